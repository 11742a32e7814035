// Issue 19, outside check c23-7: what users type without the keyboard's special letters (`can't` and `cant` for
// `can’t`, `strasse` for `Straße`, `coeur` for `cœur`, `don hang` for `đơn hàng`) and words they write joined
// (`login` for `log in`), typed into the box.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/faq.js';
import type { SupportFaq, SupportFaqSearchEvent } from '../src/faq.js';
import { ready, shownQuestions as shown } from './helpers.js';

/** Types `query` into the FAQ's search box over what it held, and resolves with the questions left, once typing settles. */
async function type(el: SupportFaq, query: string): Promise<string[]> {
  const input = el.shadowRoot!.querySelector('input')!;
  input.focus();
  input.select();
  const settled = new Promise<void>((resolve) => {
    const on = (e: Event): void => {
      if ((e as SupportFaqSearchEvent).detail.query !== query) return;
      el.removeEventListener('support-faq-search', on);
      resolve();
    };
    el.addEventListener('support-faq-search', on);
  });
  await sendKeys({ type: query });
  await settled;
  await el.updateComplete;
  return shown(el);
}

/** The highlighted words, as the page shows them. */
const marked = (): string[] => ([...(CSS.highlights.get('support-faq') ?? [])] as Range[]).map((r) => r.toString());
/** The questions of the "Best matches" list, best first. */
const best = (el: SupportFaq): string[] => [...el.shadowRoot!.querySelectorAll('[part=best] a')].map((a) => a.textContent!);

describe('<support-faq> search finds what users type without special letters (c23-7)', () => {
  it("apostrophes: can’t, can't, canʼt and cant find “I can’t log in”, and an FAQ written with ' is found by can’t", async () => {
    const el = await fixture<SupportFaq>(html`<support-faq searchable search-delay="0">
      <support-faq-item question="I can’t log in"><p>Reset your password from the sign-in page.</p></support-faq-item>
      <support-faq-item question="Why can't I pay by card?"><p>Your bank declined it.</p></support-faq-item>
      <support-faq-item question="Can I change my order?"><p>Until it ships.</p></support-faq-item>
    </support-faq>`);
    await ready(el);
    const both = ['I can’t log in', "Why can't I pay by card?"];
    expect(await type(el, 'can’t')).to.deep.equal(both);
    expect(await type(el, "can't")).to.deep.equal(both);
    expect(await type(el, 'canʼt')).to.deep.equal(both);
    expect(await type(el, 'cant')).to.deep.equal(both);
    expect(await type(el, 'cant log')).to.deep.equal(['I can’t log in']);
    expect(await type(el, 'can’t pay')).to.deep.equal(["Why can't I pay by card?"]);
    // `can` still finds all three.
    expect(await type(el, 'can')).to.have.length(3);
  });

  it('German ß, French œ, Vietnamese đ and Polish ł are found as typed without them (strasse, coeur, don hang, zloty)', async () => {
    const de = await fixture<SupportFaq>(html`<support-faq lang="de" searchable search-delay="0">
      <support-faq-item question="Welche Größe passt?"><p>Siehe Tabelle.</p></support-faq-item>
      <support-faq-item question="Lieferung in meine Straße"><p>An jede Adresse.</p></support-faq-item>
      <support-faq-item question="Zahlung in Złoty"><p>Ja.</p></support-faq-item>
    </support-faq>`);
    await ready(de);
    expect(await type(de, 'strasse')).to.deep.equal(['Lieferung in meine Straße']);
    expect(await type(de, 'STRASSE')).to.deep.equal(['Lieferung in meine Straße']);
    expect(await type(de, 'grosse')).to.deep.equal(['Welche Größe passt?']);
    expect(await type(de, 'zloty')).to.deep.equal(['Zahlung in Złoty']);
    // Swiss German writes ss: `Straße` typed finds it too.
    const ch = await fixture<SupportFaq>(html`<support-faq lang="de-CH" searchable search-delay="0">
      <support-faq-item question="Lieferung in meine Strasse"><p>An jede Adresse.</p></support-faq-item>
      <support-faq-item question="Rückgabe"><p>30 Tage.</p></support-faq-item>
    </support-faq>`);
    await ready(ch);
    expect(await type(ch, 'Straße')).to.deep.equal(['Lieferung in meine Strasse']);
    const fr = await fixture<SupportFaq>(html`<support-faq lang="fr" searchable search-delay="0">
      <support-faq-item question="Une œuvre d’art abîmée"><p>Écrivez-nous.</p></support-faq-item>
      <support-faq-item question="Le cœur du problème"><p>Votre carte.</p></support-faq-item>
    </support-faq>`);
    await ready(fr);
    expect(await type(fr, 'coeur')).to.deep.equal(['Le cœur du problème']);
    expect(await type(fr, 'oeuvre')).to.deep.equal(['Une œuvre d’art abîmée']);
    const vi = await fixture<SupportFaq>(html`<support-faq lang="vi" searchable search-delay="0">
      <support-faq-item question="Làm sao để được hoàn tiền?"><p>Mở đơn hàng và chọn Hoàn tiền.</p></support-faq-item>
      <support-faq-item question="Quên mật khẩu"><p>Đổi mật khẩu trong Cài đặt.</p></support-faq-item>
      <support-faq-item question="Giờ làm việc"><p>Thứ Hai đến Thứ Sáu.</p></support-faq-item>
    </support-faq>`);
    await ready(vi);
    expect(await type(vi, 'don hang')).to.deep.equal(['Làm sao để được hoàn tiền?']);
    expect(await type(vi, 'doi mat khau')).to.deep.equal(['Quên mật khẩu']);
  });

  it('a word written joined finds the FAQ’s two words (login, signin, twofactor), and two words its joined one first', async () => {
    const el = await fixture<SupportFaq>(html`<support-faq searchable search-delay="0">
      <support-faq-item question="How do I log in?"><p>Use your e-mail.</p></support-faq-item>
      <support-faq-item question="Where do I sign in?"><p>At the top of the page.</p></support-faq-item>
      <support-faq-item question="Turning on two-factor authentication"><p>In Security.</p></support-faq-item>
      <support-faq-item question="Opening hours"><p>Monday to Friday.</p></support-faq-item>
    </support-faq>`);
    await ready(el);
    expect(await type(el, 'login')).to.deep.equal(['How do I log in?']);
    expect(await type(el, 'signin')).to.deep.equal(['Where do I sign in?']);
    expect(await type(el, 'twofactor')).to.deep.equal(['Turning on two-factor authentication']);
    expect(await type(el, 'Log-in')).to.deep.equal(['How do I log in?']);
    // Two words the FAQ writes as one count that word as a whole word: the Signin question ranks above a design one.
    const joined = await fixture<SupportFaq>(html`<support-faq searchable search-delay="0">
      <support-faq-item question="Design tips in the app"><p>Colours and fonts.</p></support-faq-item>
      <support-faq-item question="Signin problems"><p>Reset your password.</p></support-faq-item>
      <support-faq-item question="Opening hours"><p>Monday to Friday.</p></support-faq-item>
    </support-faq>`);
    await ready(joined);
    expect(await type(joined, 'sign in')).to.deep.equal(['Design tips in the app', 'Signin problems']);
    expect(best(joined)).to.deep.equal(['Signin problems', 'Design tips in the app']);
  });

  it('the highlight marks the word as written: Straße for strasse, and a word between an accent typed apart and a ß', async () => {
    // `o` and its accent typed apart (as text copied from some systems comes) fold one unit shorter, `ß` one longer:
    // the highlight maps every unit back, also when the two make up for each other.
    const el = await fixture<SupportFaq>(html`<support-faq lang="de" searchable search-delay="0">
      <support-faq-item question="Lieferung in meine Straße"><p>An jede Adresse.</p></support-faq-item>
      <support-faq-item question="Umtausch"><p>${'Mu\u0308nchen und Straße'}</p></support-faq-item>
    </support-faq>`);
    await ready(el);
    if (!('highlights' in CSS)) return;
    await type(el, 'strasse');
    await waitUntil(() => marked().length > 0, 'the match highlighted');
    expect(marked()).to.deep.equal(['Straße', 'Straße']);
    // Between the accent typed apart and the ß, the folded text is one unit short.
    await type(el, 'und');
    await waitUntil(() => marked().length > 0, 'the match highlighted');
    expect(marked()).to.deep.equal(['und']);
  });
});
