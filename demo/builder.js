// The help center builder (builder.html): a merchant fills in forms, the real <support-center> beside them
// shows the result, and the page writes the snippet and config.json. Every message next to a field comes from
// the library itself: the element's own validators (a fresh <support-center> is given each draft, its reports
// taken through its `reporter`) and config.schema.json, the schema the package ships. Numbers are read with
// the library's phone module and FAQ files with its importer (the CLI's `faq-import`), both browser-safe.
// The page builds its DOM with createElement and textContent only (no HTML from strings) and has no inline
// script or style, so it runs under the strict CSP with Trusted Types of docs/security.md.
import { asciiDigits, e164, formatNumber, sameNumber } from '../dist/internal/phone.js';
import { importFaq } from '../dist/cli/faq-import.js';
import { dict, request } from '../dist/internal/dict.js';
import { slugify } from '../dist/internal/config.js';
import { shown } from '../dist/internal/bidi.js';
import { minutesOf, parseRanges } from '../dist/components/hotline/hours.js';
import { validZone } from '../dist/internal/time.js';
import { findSensitive } from '../dist/internal/sensitive.js';
import { LANGUAGES } from './languages.js';

const DRAFT_KEY = 'support-widgets-builder-draft';
const DRAFT_VERSION = 1;
const THEME_KEY = 'examplepay-demo-theme';
/** The CDN the snippet loads from: any npm CDN serves the package's cdn/ folder at a pinned version. */
const CDN = 'https://cdn.jsdelivr.net/npm/support-widgets@';

const DAYS = [
  ['Mo', 'Monday'],
  ['Tu', 'Tuesday'],
  ['We', 'Wednesday'],
  ['Th', 'Thursday'],
  ['Fr', 'Friday'],
  ['Sa', 'Saturday'],
  ['Su', 'Sunday'],
];
/**
 * Countries and their calling codes (ITU-T E.164, "List of ITU-T Recommendation E.164 assigned country codes").
 * Countries sharing a code (the NANP's +1, +7, +44, +61) each have their own entry: the code is what counts.
 */
const COUNTRIES = [
  ['US', '1'],
  ['CA', '1'],
  ['MX', '52'],
  ['BR', '55'],
  ['AR', '54'],
  ['CL', '56'],
  ['CO', '57'],
  ['PE', '51'],
  ['GB', '44'],
  ['IE', '353'],
  ['FR', '33'],
  ['DE', '49'],
  ['AT', '43'],
  ['CH', '41'],
  ['NL', '31'],
  ['BE', '32'],
  ['LU', '352'],
  ['ES', '34'],
  ['PT', '351'],
  ['IT', '39'],
  ['GR', '30'],
  ['PL', '48'],
  ['CZ', '420'],
  ['HU', '36'],
  ['RO', '40'],
  ['SE', '46'],
  ['NO', '47'],
  ['DK', '45'],
  ['FI', '358'],
  ['RU', '7'],
  ['UA', '380'],
  ['TR', '90'],
  ['IL', '972'],
  ['AE', '971'],
  ['SA', '966'],
  ['EG', '20'],
  ['MA', '212'],
  ['NG', '234'],
  ['KE', '254'],
  ['ZA', '27'],
  ['IN', '91'],
  ['PK', '92'],
  ['BD', '880'],
  ['CN', '86'],
  ['HK', '852'],
  ['TW', '886'],
  ['JP', '81'],
  ['KR', '82'],
  ['SG', '65'],
  ['MY', '60'],
  ['TH', '66'],
  ['VN', '84'],
  ['ID', '62'],
  ['PH', '63'],
  ['AU', '61'],
  ['NZ', '64'],
];
const REGION_NAMES = new Intl.DisplayNames(['en'], dict({ type: 'region' }));
/** Call-prep's built-in topics and fields (docs/call-prep.md), in the element's order. */
const TOPICS = [
  ['account', 'Change account details'],
  ['payment', 'Failed payment'],
  ['security', 'Security'],
  ['dispute', 'Dispute'],
  ['methods', 'Payment methods'],
  ['other', 'Other'],
];
const FIELDS = [
  ['topic', 'Topic'],
  ['account', 'Account (email or ID)'],
  ['txn', 'Transaction ID'],
  ['when', 'Date and time'],
  ['card4', "Card's last 4 digits"],
  ['decline', 'Error or decline code'],
  ['amount', 'Amount'],
  ['status', 'Account status'],
  ['what', 'What happened'],
  ['checked', 'What was already checked'],
  ['tried', 'What was tried'],
  ['lang', 'Preferred language'],
  ['phone', 'Callback number'],
  ['device', 'Device details'],
];
const FIELD_TYPES = ['text', 'email', 'tel', 'textarea', 'select', 'checks', 'datetime', 'date', 'amount'];
/** The dispute checklist's payment kinds (docs/dispute-checklist.md, Deadline) and built-in types. */
const REGIMES = [
  ['us-credit', 'US credit card'],
  ['us-debit', 'US debit card'],
  ['eu', 'Card issued in the EU'],
  ['paypal', 'PayPal'],
  ['visa', 'Visa (network rules)'],
  ['mastercard', 'Mastercard (network rules)'],
  ['custom', 'Your own payment method'],
];
const TYPES = [
  ['unauthorized', 'Unauthorized'],
  ['unrecognized', 'Unrecognized charge'],
  ['not-received', 'Not received'],
  ['not-as-described', 'Not as described'],
  ['duplicate', 'Duplicate charge'],
  ['paid-by-other-means', 'Paid by other means'],
  ['subscription-cancelled', 'Subscription cancelled'],
  ['refund-not-received', 'Refund not received'],
  ['incorrect-amount', 'Incorrect amount'],
  ['other', 'Other'],
];
const CONTACT_TYPES = [
  ['email', 'Email'],
  ['chat', 'Chat (https: link)'],
  ['whatsapp', 'WhatsApp (number)'],
  ['line', 'LINE (line.me link)'],
  ['wechat', 'WeChat ID'],
];
const SECTIONS = [
  ['faq', 'FAQ'],
  ['hotline', 'Hotline'],
  ['callPrep', 'Call preparation'],
  ['dispute', 'Dispute checklist'],
];

// ---------------------------------------------------------------------------------------------------------
// The draft: what the forms hold. Read back from storage through `draftFrom`, which keeps only known keys of
// the right types (own properties only), so a stored record from an older page or another tool cannot break it.

const blankItem = (langs) => ({
  id: '',
  category: '',
  question: Object.fromEntries(langs.map((l) => [l, ''])),
  answer: Object.fromEntries(langs.map((l) => [l, ''])),
});
const blankLine = () => ({
  label: '',
  country: 'US',
  number: '',
  display: '',
  languages: '',
  timezone: '',
  hours: Object.fromEntries(DAYS.map(([d]) => [d, []])),
  special: [],
  contacts: [],
  tollFree: false,
  hearingImpaired: false,
  note: '',
});

let kindCount = 0;
/**
 * A kind of dispute of the merchant's own. `key` names it in the draft for good (the kind chosen at first is
 * `kind:<key>`): its id is made from its name, so it changes with the name. `replaces`: a built-in kind's id.
 */
const blankKind = () => ({ key: `k${Date.now().toString(36)}${(kindCount++).toString(36)}`, id: '', label: '', description: '', evidence: '', replaces: '' });

function emptyDraft() {
  return {
    lang: 'en',
    theme: 'light',
    sections: SECTIONS.map(([s]) => s),
    faq: { languages: ['en'], searchable: true, feedback: false, related: false, items: [] },
    hotline: { verifyUrl: '', lines: [] },
    callPrep: { topics: TOPICS.map(([t]) => t), customTopics: [], fields: FIELDS.map(([f]) => f), customFields: [] },
    dispute: { regimes: [], customLabel: '', windowDays: '', type: '', noBuiltIns: false, merchantName: '', currency: '', types: [] },
  };
}

const own = (o, k) => (o && typeof o === 'object' && Object.hasOwn(o, k) ? o[k] : undefined);
const str = (v, fallback = '') => (typeof v === 'string' ? v : fallback);
const bool = (v, fallback = false) => (typeof v === 'boolean' ? v : fallback);
const arr = (v) => (Array.isArray(v) ? v : []);
const strs = (v, allowed) => arr(v).filter((x) => typeof x === 'string' && (!allowed || allowed.includes(x)));
const texts = (v) => Object.fromEntries(Object.keys(v && typeof v === 'object' ? v : {}).map((k) => [k, str(own(v, k))]));

/** The draft a stored (or any) value describes: known keys of the right types, the rest from an empty draft. */
function draftFrom(raw) {
  const d = emptyDraft();
  if (!raw || typeof raw !== 'object') return d;
  const lang = str(own(raw, 'lang'));
  if (LANGUAGES.some(([t]) => t === lang)) d.lang = lang;
  if (['light', 'dark', 'auto'].includes(own(raw, 'theme'))) d.theme = own(raw, 'theme');
  if (Array.isArray(own(raw, 'sections'))) d.sections = strs(own(raw, 'sections'), d.sections);
  const faq = own(raw, 'faq');
  const langs = strs(own(faq, 'languages')).filter((t) => /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(t));
  if (langs.length) d.faq.languages = [...new Set(langs)];
  for (const k of ['searchable', 'feedback', 'related']) d.faq[k] = bool(own(faq, k), d.faq[k]);
  d.faq.items = arr(own(faq, 'items')).map((i) => ({
    id: str(own(i, 'id')),
    category: str(own(i, 'category')),
    question: texts(own(i, 'question')),
    answer: texts(own(i, 'answer')),
  }));
  const hot = own(raw, 'hotline');
  d.hotline.verifyUrl = str(own(hot, 'verifyUrl'));
  d.hotline.lines = arr(own(hot, 'lines')).map((l) => {
    const line = blankLine();
    for (const k of ['label', 'number', 'display', 'languages', 'timezone', 'note']) line[k] = str(own(l, k));
    if (COUNTRIES.some(([c]) => c === own(l, 'country'))) line.country = own(l, 'country');
    line.tollFree = bool(own(l, 'tollFree'));
    line.hearingImpaired = bool(own(l, 'hearingImpaired'));
    for (const [day] of DAYS) {
      line.hours[day] = arr(own(own(l, 'hours'), day))
        .filter((r) => Array.isArray(r) && r.length === 2)
        .map(([a, b]) => [str(a), str(b)]);
    }
    line.special = arr(own(l, 'special')).map((s) => ({
      from: str(own(s, 'from')),
      through: str(own(s, 'through')),
      closed: bool(own(s, 'closed'), true),
      opens: str(own(s, 'opens')),
      closes: str(own(s, 'closes')),
      name: str(own(s, 'name')),
    }));
    // A kind the builder does not offer (an older page's or another tool's `sms`) becomes an email contact, the Kind
    // select's first choice, and its value stays for the merchant to check (C21x-1: kept as it was, the select
    // showed Email while the snippet said sms).
    line.contacts = arr(own(l, 'contacts')).map((c) => ({
      type: CONTACT_TYPES.some(([t]) => t === own(c, 'type')) ? own(c, 'type') : 'email',
      value: str(own(c, 'value')),
      label: str(own(c, 'label')),
    }));
    return line;
  });
  const prep = own(raw, 'callPrep');
  if (Array.isArray(own(prep, 'topics'))) d.callPrep.topics = strs(own(prep, 'topics'), d.callPrep.topics);
  if (Array.isArray(own(prep, 'fields'))) d.callPrep.fields = strs(own(prep, 'fields'), d.callPrep.fields);
  d.callPrep.customTopics = arr(own(prep, 'customTopics')).map((t) => ({ id: str(own(t, 'id')), label: str(own(t, 'label')) }));
  d.callPrep.customFields = arr(own(prep, 'customFields')).map((f) => ({
    id: str(own(f, 'id')),
    label: str(own(f, 'label')),
    type: FIELD_TYPES.includes(own(f, 'type')) ? own(f, 'type') : 'text',
    required: bool(own(f, 'required')),
  }));
  const dis = own(raw, 'dispute');
  d.dispute.regimes = strs(
    own(dis, 'regimes'),
    REGIMES.map(([r]) => r),
  );
  for (const k of ['customLabel', 'windowDays', 'type', 'merchantName', 'currency']) d.dispute[k] = str(own(dis, k));
  d.dispute.noBuiltIns = bool(own(dis, 'noBuiltIns'));
  d.dispute.types = [];
  for (const t of arr(own(dis, 'types'))) {
    const kind = blankKind();
    for (const k of ['id', 'label', 'description', 'evidence']) kind[k] = str(own(t, k));
    const replaces = str(own(t, 'replaces'));
    if (TYPES.some(([x]) => x === replaces)) kind.replaces = replaces;
    // A draft from before c23-3 replaced a built-in kind by typing its id: now said with "Replaces a built-in kind".
    if (!kind.replaces && TYPES.some(([x]) => x === kind.id.trim())) [kind.replaces, kind.id] = [kind.id.trim(), ''];
    const key = str(own(t, 'key'));
    if (/^k[a-z0-9]+$/.test(key) && !d.dispute.types.some((x) => x.key === key)) kind.key = key;
    // The kind chosen at first was written as the kind's id: now as the kind itself, whatever its id becomes.
    if (d.dispute.type && d.dispute.type === (kind.replaces || kind.id.trim())) d.dispute.type = kind.replaces || `kind:${kind.key}`;
    d.dispute.types.push(kind);
  }
  return d;
}

// ---------------------------------------------------------------------------------------------------------
// Storage: the draft survives a reload; a throwing or full localStorage (blocked cookies, private modes, a
// sandboxed frame) leaves the page working, and says so.

// Card numbers and secrets (C21x-3): the library promises that no full card number, CVV, PIN, password or one-time
// code is ever stored, emitted or exported (docs/security.md, Storage rules). The builder keeps what is typed in
// memory, so the merchant sees it and is told beside the field, but masks it, with the library's own detector, in
// the draft it saves, in the preview, the snippet and config.json.

/** A text with its card numbers and secrets masked, and how many of each: cached, the draft is masked on every change. */
const maskedTexts = new Map();
/** A link's address is not a password: "[Reset your password](https://…)" read the address as the password. */
const IN_URL = /[a-z][a-z0-9+.-]*:\/\/[^\s()<>]*$/i;
function masked(text) {
  let out = maskedTexts.get(text);
  if (out) return out;
  const spans = findSensitive(text).filter((sp) => sp.kind === 'card' || !IN_URL.test(text.slice(0, sp.start)));
  out = {
    text: spans.reduceRight((t, sp) => t.slice(0, sp.start) + sp.mask + t.slice(sp.end), text),
    cards: spans.filter((sp) => sp.kind === 'card').length,
    secrets: spans.filter((sp) => sp.kind === 'secret').length,
  };
  if (maskedTexts.size > 20_000) maskedTexts.clear();
  maskedTexts.set(text, out);
  return out;
}

/** A copy of `value` with every string masked; `found(path, masked)` hears of each string that changed. */
function maskAll(value, found = () => {}, path = '') {
  if (typeof value === 'string') {
    const m = masked(value);
    if (m.text !== value) found(path, m);
    return m.text;
  }
  if (Array.isArray(value)) return value.map((v, i) => maskAll(v, found, path ? `${path}.${i}` : String(i)));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskAll(v, found, path ? `${path}.${k}` : k)]));
  return value;
}

/** What the merchant reads beside a field that holds a card number or a secret. */
function maskedMessage(m) {
  const what = [m.cards && 'a full card number', m.secrets && 'what reads as a password, PIN, CVV or one-time code'].filter(Boolean).join(' and ');
  return `This holds ${what}: the preview, the snippet and config.json show it masked (${m.cards ? '•••• 1111' : '••••••'}), and the draft kept in this browser holds it masked too. A help page never needs one: remove it, or write an example that is not a real one.`;
}

/**
 * Set when a save failed (storage full), cleared by the next save that works: a reload then brings back an older
 * draft, and says so (C21x-6: it came back without a word). A few bytes, so it fits where the draft did not.
 */
const STALE_KEY = `${DRAFT_KEY}-stale`;
/** When the draft shown was saved, if changes typed after it were not kept (read at load). */
let staleSince;

function loadDraft() {
  try {
    const raw = localStorage.getItem(DRAFT_KEY);
    if (!raw) return undefined;
    // Prototype keys dropped at every depth, as the elements read merchant JSON (src/internal/config.ts).
    const record = JSON.parse(raw, (k, v) => (k === '__proto__' || k === 'constructor' || k === 'prototype' ? undefined : v));
    if (own(record, 'v') !== DRAFT_VERSION) return undefined;
    const failedAt = Number(localStorage.getItem(STALE_KEY));
    const savedAt = Number(own(record, 't'));
    if (failedAt && (!savedAt || failedAt >= savedAt)) staleSince = savedAt ? new Date(savedAt) : null;
    return draftFrom(own(record, 'draft'));
  } catch {
    return undefined;
  }
}

let storageFailed = false;
function saveDraft() {
  try {
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ v: DRAFT_VERSION, t: Date.now(), draft: maskAll(draft) }));
    localStorage.removeItem(STALE_KEY);
    if (storageFailed) say('draft-status', 'Your draft is saved in this browser again.');
    storageFailed = false;
  } catch {
    try {
      localStorage.setItem(STALE_KEY, String(Date.now()));
    } catch {
      // Blocked storage: nothing was kept, so a reload brings back nothing older.
    }
    // What is true (C21x-6): config.json and the snippet publish the help center; the builder cannot open them again.
    if (!storageFailed)
      say(
        'draft-status',
        'This browser did not keep your latest changes (its storage is full or blocked): they last while this page is open, and a reload brings back the draft saved before, if any. Copy the snippet or download config.json now to publish them.',
      );
    storageFailed = true;
  }
}

function say(id, text) {
  const el = document.getElementById(id);
  // Cleared first, then written a moment later: the same message again is announced again (a timer, not a
  // frame: a page in a background tab gets no frames).
  el.textContent = '';
  setTimeout(() => (el.textContent = text), 100);
}

// ---------------------------------------------------------------------------------------------------------
// DOM helpers: elements from tag, attributes and children; text only ever as text nodes.

function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'on') for (const [type, fn] of Object.entries(v)) el.addEventListener(type, fn);
    else if (k === 'value' || k === 'checked' || k === 'selected') el[k] = v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  el.append(...children.flat(Infinity).filter((c) => c !== undefined && c !== null && c !== false));
  return el;
}

/** Every field's control and message element, by the control's id (rebuilt on each render). */
const fields = new Map();

/**
 * A labelled control with its hint and its message element: the message is the control's description
 * (aria-describedby) and sets aria-invalid while it holds text. `set(value)` writes the draft on input.
 */
function field(label, id, { type = 'text', value = '', set, hint, options, rows, attrs = {}, wide } = {}) {
  const describedby = [hint && `${id}-hint`, `${id}-error`].filter(Boolean).join(' ');
  const common = { id, 'aria-describedby': describedby, ...attrs, on: { input: (e) => update(() => set(e.target.value)) } };
  let control;
  if (type === 'select') {
    control = h(
      'select',
      { ...common, on: { change: (e) => update(() => set(e.target.value)) } },
      options.map(([v, text, extra = {}]) => h('option', { value: v, selected: v === value, ...extra }, text)),
    );
  } else if (type === 'textarea') control = h('textarea', { ...common, rows: rows ?? 3, value });
  else control = h('input', { ...common, type, value });
  fields.set(id, { control, error: null });
  const error = h('p', { id: `${id}-error`, class: 'error' });
  fields.get(id).error = error;
  return h(
    'div',
    { class: wide ? 'field wide' : 'field' },
    h('label', { for: id }, label),
    hint && h('p', { id: `${id}-hint`, class: 'hint' }, hint),
    control,
    error,
  );
}

function checkbox(label, id, checked, set, attrs = {}) {
  return h(
    'label',
    { class: 'check' },
    h('input', { type: 'checkbox', id, checked, ...attrs, on: { change: (e) => update(() => set(e.target.checked), true) } }),
    ' ',
    label,
  );
}

/** A group of controls (a fieldset) with a message element of its own, for errors about the group as a whole. */
function group(legend, id, ...children) {
  const error = h('p', { id: `${id}-error`, class: 'error' });
  const set = h('fieldset', { id, 'aria-describedby': `${id}-error` }, h('legend', {}, legend), ...children, error);
  fields.set(id, { control: set, error });
  return set;
}

function button(text, onClick, attrs = {}) {
  return h('button', { type: 'button', ...attrs, on: { click: onClick } }, text);
}

// ---------------------------------------------------------------------------------------------------------
// The forms.

let draft = loadDraft() ?? emptyDraft();
const form = document.getElementById('form');

/** Renders the forms from the draft; focus goes to `focusId`, else stays on the element of the same id. */
function render(focusId) {
  const active = focusId ?? document.activeElement?.id;
  fields.clear();
  form.replaceChildren(general(), faqSection(), hotlineSection(), callPrepSection(), disputeSection());
  const target = active && document.getElementById(active);
  if (target) target.focus();
  refresh();
}

/** Changes the draft; `structural` changes re-render the forms (a list grew or shrank), others only refresh. */
function update(change, structural = false, focusId) {
  change();
  if (structural) render(focusId);
  else refresh();
}

function general() {
  return h(
    'section',
    { 'aria-labelledby': 'general-h' },
    h('h2', { id: 'general-h' }, 'Language, theme and sections'),
    field('Language of the help center', 'lang', {
      type: 'select',
      value: draft.lang,
      options: LANGUAGES.map(([tag, name, dir = 'ltr']) => [tag, name, { lang: tag, dir }]),
      set: (v) => (draft.lang = v),
      hint: 'The elements speak this language; the snippet sets it with lang.',
    }),
    field('Theme', 'theme', {
      type: 'select',
      value: draft.theme,
      options: [
        ['light', 'Light'],
        ['dark', 'Dark'],
        ['auto', "Auto (follows the visitor's system)"],
      ],
      set: (v) => (draft.theme = v),
    }),
    group(
      'Sections shown',
      'sections',
      h(
        'div',
        { class: 'checks' },
        SECTIONS.map(([s, name]) =>
          checkbox(name, `section-${s}`, draft.sections.includes(s), (on) => {
            draft.sections = SECTIONS.map(([x]) => x).filter((x) => (x === s ? on : draft.sections.includes(x)));
          }),
        ),
      ),
    ),
  );
}

const langName = (tag) => LANGUAGES.find(([t]) => t === tag)?.[1] ?? tag;
const langDir = (tag) => LANGUAGES.find(([t]) => t === tag)?.[2] ?? 'ltr';

function faqSection() {
  const f = draft.faq;
  const categories = [...new Set(f.items.map((i) => i.category.trim()).filter(Boolean))];
  const extra = f.languages.filter((t) => !LANGUAGES.some(([x]) => x === t));
  return h(
    'section',
    { 'aria-labelledby': 'faq-h' },
    h('h2', { id: 'faq-h' }, 'FAQ'),
    group(
      'Languages of your questions and answers',
      'faq-languages',
      // Named, not only "the first one": unticked and ticked again, a language goes after the others (C21x-13).
      h(
        'p',
        { class: 'hint', id: 'faq-default-lang' },
        `The default, shown when a visitor’s language has no answer: ${langName(f.languages[0])}, the first one ticked. To make another the default, untick this one and tick it again.`,
      ),
      h(
        'div',
        { class: 'checks' },
        [...LANGUAGES.map(([t]) => t), ...extra].map((tag) =>
          checkbox(h('span', { lang: tag, dir: langDir(tag) }, langName(tag)), `faq-lang-${tag}`, f.languages.includes(tag), (on) => {
            const next = on ? [...f.languages, tag] : f.languages.filter((t) => t !== tag);
            if (next.length) f.languages = next;
          }),
        ),
      ),
    ),
    h(
      'div',
      { class: 'checks' },
      checkbox('Search box', 'faq-searchable', f.searchable, (v) => (f.searchable = v)),
      checkbox('“Was this helpful?” buttons', 'faq-feedback', f.feedback, (v) => (f.feedback = v)),
      checkbox('Related questions under an answer', 'faq-related', f.related, (v) => (f.related = v)),
    ),
    h(
      'datalist',
      { id: 'faq-categories' },
      categories.map((c) => h('option', { value: c })),
    ),
    h(
      'ol',
      { class: 'items', 'aria-label': 'Questions' },
      f.items.map((item, i) => faqItem(item, i)),
    ),
    button('Add a question', () => update(() => f.items.push(blankItem(f.languages)), true, `faq-${f.items.length}-q-${f.languages[0]}`), { id: 'faq-add' }),
    faqImport(),
  );
}

/** An item's title: its question in the default language, else its number. */
const itemTitle = (item, i) => item.question[draft.faq.languages[0]]?.trim() || `Question ${i + 1}`;

function nameItemButtons(item, i) {
  for (const [key, verb] of [
    ['up', 'Move up'],
    ['down', 'Move down'],
    ['remove', 'Remove'],
  ])
    document.getElementById(`faq-${i}-${key}`)?.setAttribute('aria-label', `${verb}: ${itemTitle(item, i)}`);
}

function faqItem(item, i) {
  const f = draft.faq;
  const n = f.items.length;
  const title = itemTitle(item, i);
  const move = (to, keep) =>
    update(
      () => {
        const [x] = f.items.splice(i, 1);
        f.items.splice(to, 0, x);
      },
      true,
      // Focus follows the item; at the top or bottom the other move button, since this one is then disabled.
      `faq-${to}-${to === 0 || to === n - 1 ? (keep === 'up' ? 'down' : 'up') : keep}`,
    );
  return h(
    'li',
    { class: 'item' },
    h(
      'fieldset',
      {},
      h('legend', {}, `Question ${i + 1}`),
      f.languages.map((tag) => [
        field(`Question (${langName(tag)})`, `faq-${i}-q-${tag}`, {
          value: item.question[tag] ?? '',
          set: (v) => {
            item.question[tag] = v;
            // The buttons are named after the question: their names follow the typing.
            if (tag === f.languages[0]) nameItemButtons(item, i);
          },
          attrs: { lang: tag, dir: langDir(tag) },
          wide: true,
        }),
        field(`Answer (${langName(tag)})`, `faq-${i}-a-${tag}`, {
          type: 'textarea',
          value: item.answer[tag] ?? '',
          set: (v) => (item.answer[tag] = v),
          attrs: { lang: tag, dir: langDir(tag) },
          hint: 'Blank lines between paragraphs, “- ” for list lines, **bold**, [text](https://link).',
          wide: true,
        }),
      ]),
      field('Category', `faq-${i}-category`, { value: item.category, set: (v) => (item.category = v), attrs: { list: 'faq-categories' } }),
      field('Link id', `faq-${i}-id`, {
        value: item.id,
        set: (v) => (item.id = v),
        hint: 'Optional: made from the question when empty (#how-long-does-a-refund-take).',
      }),
      h(
        'p',
        { class: 'actions' },
        button('Move up', () => move(i - 1, 'up'), { id: `faq-${i}-up`, disabled: i === 0, 'aria-label': `Move up: ${title}` }),
        button('Move down', () => move(i + 1, 'down'), { id: `faq-${i}-down`, disabled: i === n - 1, 'aria-label': `Move down: ${title}` }),
        button('Remove', () => update(() => f.items.splice(i, 1), true, n > 1 ? `faq-${Math.min(i, n - 2)}-remove` : 'faq-add'), {
          id: `faq-${i}-remove`,
          'aria-label': `Remove: ${title}`,
        }),
      ),
    ),
  );
}

/** The import panel's state, kept across renders of the forms. */
const importState = { text: '', format: '', open: false };
function faqImport() {
  return h(
    'details',
    { class: 'import', open: importState.open, on: { toggle: (e) => (importState.open = e.target.open) } },
    h('summary', {}, 'Import questions from Markdown, CSV or a Zendesk export'),
    h('p', { class: 'hint' }, 'The same importer as the command ', h('code', {}, 'npx support-widgets faq-import'), '. The file is read in this browser only.'),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'import-file' }, 'File'),
      h('input', {
        type: 'file',
        id: 'import-file',
        accept: '.md,.markdown,.csv,.tsv,.json,text/markdown,text/csv,application/json',
        on: {
          change: async (e) => {
            const file = e.target.files?.[0];
            if (file) runImport(await file.text(), file.name);
          },
        },
      }),
    ),
    h(
      'div',
      { class: 'field wide' },
      h('label', { for: 'import-text' }, 'Or paste the text'),
      h('textarea', { id: 'import-text', rows: 5, value: importState.text, on: { input: (e) => (importState.text = e.target.value) } }),
    ),
    field('Format', 'import-format', {
      type: 'select',
      value: importState.format,
      options: [
        ['', 'Recognise it'],
        ['markdown', 'Markdown'],
        ['csv', 'CSV'],
        ['zendesk', 'Zendesk Help Center JSON'],
      ],
      set: (v) => (importState.format = v),
    }),
    button('Import the pasted text', () => runImport(importState.text), { id: 'import-run' }),
    h('div', { id: 'import-result', role: 'status' }),
  );
}

function runImport(text, name) {
  const out = document.getElementById('import-result');
  const f = draft.faq;
  let result;
  try {
    // No default language: an export names its own (a Zendesk article's `locale`, `en-us`), which a default of
    // the builder's first language (`en`) would not match, dropping every article; text without languages
    // (Markdown, CSV) comes back as plain strings, given to the builder's first language below.
    result = importFaq(text, { name, format: importState.format || undefined });
  } catch (e) {
    out.replaceChildren(h('p', { class: 'error' }, `Nothing imported: ${e.at ? `${e.at}: ` : ''}${e.message}`));
    return;
  }
  // A language of the export that the builder has under its bare code (`en-us` for `en`) is that language.
  const ours = (tag) =>
    f.languages.find((l) => l.toLowerCase() === tag.toLowerCase()) ?? f.languages.find((l) => l.toLowerCase() === tag.toLowerCase().split('-')[0]) ?? tag;
  const base = ours(result.config.defaultLang ?? f.languages[0]);
  const perLang = (t) => (typeof t === 'string' ? { [base]: t } : Object.fromEntries(Object.entries(t).map(([tag, v]) => [ours(tag), v])));
  const items = result.config.items.map((i) => ({ id: i.id ?? '', category: i.category ?? '', question: perLang(i.question), answer: perLang(i.answer) }));
  const langs = new Set(f.languages);
  for (const i of items) for (const t of [...Object.keys(i.question), ...Object.keys(i.answer)]) langs.add(t);
  update(() => {
    f.languages = [...langs];
    f.items.push(...items);
  }, true);
  const report = document.getElementById('import-result');
  report.replaceChildren(
    h(
      'p',
      {},
      `Imported ${items.length} ${items.length === 1 ? 'question' : 'questions'} (${result.format})${result.warnings.length ? `; ${result.warnings.length} not kept as they were:` : '.'}`,
    ),
    // No list when nothing was changed: replaceChildren writes a null as the text "null" (C21x-10).
    ...(result.warnings.length
      ? [
          h(
            'ul',
            {},
            result.warnings.map((w) => h('li', {}, `${w.at}: ${w.message}`)),
          ),
        ]
      : []),
  );
  report.closest('details').open = importState.open = true;
}

function hotlineSection() {
  const hot = draft.hotline;
  return h(
    'section',
    { 'aria-labelledby': 'hotline-h' },
    h('h2', { id: 'hotline-h' }, 'Hotline'),
    h(
      'ol',
      { class: 'items', 'aria-label': 'Phone lines' },
      hot.lines.map((line, i) => h('li', { class: 'item' }, lineForm(line, i))),
    ),
    button('Add a phone line', () => update(() => hot.lines.push(blankLine()), true, `line-${hot.lines.length}-label`), { id: 'line-add' }),
    field('Where customers can check your numbers', 'hotline-verify', {
      type: 'url',
      value: hot.verifyUrl,
      set: (v) => (hot.verifyUrl = v),
      hint: 'Optional: a page of your site listing your real numbers (https:), linked from the safety notice.',
    }),
  );
}

/** The E.164 number a line's typed number stands for: as typed when international, else with the country's code. */
function lineNumber(line) {
  const typed = line.number.trim();
  if (!typed) return '';
  if (/^[+\uff0b]/.test(typed)) return asciiDigits(typed).replace(/[\s().\-\u2010-\u2015]/g, '');
  const cc = COUNTRIES.find(([c]) => c === line.country)?.[1] ?? '1';
  const digits = asciiDigits(typed).replace(/[\s().\-\u2010-\u2015]/g, '');
  // A national number may start with its trunk prefix (0, or 1 in the NANP): the phone module's sameNumber
  // knows each country's and says which reading dials the number as written.
  for (const cut of [2, 1, 0]) {
    const tel = `+${cc}${digits.slice(cut)}`;
    if (e164(tel) && sameNumber(typed, tel)) return tel;
  }
  return `+${cc}${digits}`;
}

function lineForm(line, i) {
  const p = `line-${i}`;
  const name = line.label.trim() || `Line ${i + 1}`;
  const tel = lineNumber(line);
  const valid = tel && e164(tel);
  const zones = zoneList();
  return h(
    'fieldset',
    {},
    h('legend', {}, `Phone line ${i + 1}`),
    field('Name of the line', `${p}-label`, {
      value: line.label,
      set: (v) => {
        line.label = v;
        document.getElementById(`${p}-remove`).setAttribute('aria-label', `Remove line: ${v.trim() || `Line ${i + 1}`}`);
      },
      hint: 'For example “Customer support”.',
    }),
    h(
      'div',
      { class: 'row' },
      field('Country', `${p}-country`, {
        type: 'select',
        value: line.country,
        options: COUNTRIES.map(([c, cc]) => [c, `${REGION_NAMES.of(c)} (+${cc})`]).sort((a, b) => a[1].localeCompare(b[1])),
        set: (v) => {
          line.country = v;
          showNumber(line, p);
        },
      }),
      field('Phone number', `${p}-number`, {
        type: 'tel',
        value: line.number,
        set: (v) => {
          line.number = v;
          showNumber(line, p);
        },
        hint: valid ? `Dialled as ${formatNumber(valid)}.` : 'As your customers dial it in your country, or in international form (+1 800 555 0100).',
        attrs: { autocomplete: 'off', inputmode: 'tel' },
      }),
    ),
    field('Number as shown', `${p}-display`, {
      value: line.display,
      set: (v) => (line.display = v),
      hint: 'Optional: how the number is written on the card (1-800-555-0100); it must be the number dialled.',
    }),
    field('Languages spoken', `${p}-languages`, {
      value: line.languages,
      set: (v) => (line.languages = v),
      hint: 'Language tags, separated by commas: en, es.',
    }),
    hoursForm(line, p),
    h(
      'fieldset',
      { id: `${p}-tz-group` },
      h('legend', {}, 'Time zone of the hours'),
      h(
        'div',
        { class: 'field' },
        h('label', { for: `${p}-tz-search` }, 'Search time zones'),
        h('input', {
          type: 'search',
          id: `${p}-tz-search`,
          'aria-controls': `${p}-timezone`,
          autocomplete: 'off',
          on: { input: (e) => filterZones(e.target.value, line, `${p}-timezone`, zones) },
        }),
      ),
      field('Time zone', `${p}-timezone`, {
        type: 'select',
        value: line.timezone,
        options: zoneOptions('', line, zones),
        set: (v) => (line.timezone = v),
        attrs: { size: 6 },
        hint: 'Required with opening hours. Type in the search box to narrow the list.',
      }),
    ),
    specialForm(line, p),
    contactsForm(line, p),
    h(
      'div',
      { class: 'checks' },
      checkbox('Toll-free', `${p}-tollfree`, line.tollFree, (v) => (line.tollFree = v)),
      checkbox('Relay and TTY', `${p}-tty`, line.hearingImpaired, (v) => (line.hearingImpaired = v)),
    ),
    field('Note', `${p}-note`, { value: line.note, set: (v) => (line.note = v), hint: 'Optional: one line under the number.' }),
    h(
      'p',
      { class: 'actions' },
      button('Remove line', () => update(() => draft.hotline.lines.splice(i, 1), true, 'line-add'), {
        id: `${p}-remove`,
        'aria-label': `Remove line: ${name}`,
      }),
    ),
  );
}

/** The number's hint, as the user types: the E.164 number it dials, formatted by the phone module. */
function showNumber(line, p) {
  const hint = document.getElementById(`${p}-number-hint`);
  const tel = lineNumber(line);
  const valid = tel && e164(tel);
  hint.textContent = valid ? `Dialled as ${formatNumber(valid)}.` : 'As your customers dial it in your country, or in international form (+1 800 555 0100).';
}

/**
 * Current IANA names for the old ones some engines list (C21x-5: Chromium's Intl.supportedValuesOf('timeZone') has
 * Asia/Calcutta, Europe/Kiev, Asia/Saigon and no UTC, so "Kolkata", "Kyiv" or "UTC" found nothing). Each rename is
 * from the tz database's `backward` file (https://github.com/eggert/tz/blob/main/backward). The current name is the
 * option's value, the old one stays in its text, so either is found.
 */
const RENAMED = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Europe/Kiev': 'Europe/Kyiv',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Godthab': 'America/Nuuk',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Truk': 'Pacific/Chuuk',
  'Pacific/Ponape': 'Pacific/Pohnpei',
};
/** Words a merchant may search by that no zone name holds: UTC's other name, India's largest cities. */
const ZONE_WORDS = { UTC: 'GMT Coordinated Universal Time', 'Asia/Kolkata': 'India Mumbai Delhi' };

/**
 * The time zones offered: [value, text, words searched (lower case, `_` read as a space)], current names first and
 * UTC, each one the hotline accepts here (its own check, validZone).
 */
function zoneList() {
  const listed = Intl.supportedValuesOf('timeZone');
  const out = listed.map((z) => {
    const now = own(RENAMED, z);
    return now && validZone(now) && !listed.includes(now) ? [now, `${now.replace(/_/g, ' ')} (${z.replace(/_/g, ' ')})`] : [z, z.replace(/_/g, ' ')];
  });
  if (!listed.includes('UTC') && validZone('UTC')) out.push(['UTC', 'UTC']);
  return out.map(([v, text]) => [v, text, `${v} ${text} ${own(ZONE_WORDS, v) ?? ''}`.toLowerCase().replace(/_/g, ' ')]);
}

function zoneOptions(query, line, zones) {
  const q = query.trim().toLowerCase();
  // A search of words finds a zone whose name or words hold each of them, spaces or underscores alike.
  const words = q.split(/[\s_/]+/).filter(Boolean);
  const found = zones.filter(([, , text]) => words.every((w) => text.includes(w)));
  // The chosen zone stays listed (and selected) whatever the search shows.
  if (line.timezone && !found.some(([v]) => v === line.timezone)) found.unshift([line.timezone, line.timezone.replace(/_/g, ' ')]);
  return found.map(([v, text]) => [v, text]);
}

function filterZones(query, line, id, zones) {
  const select = document.getElementById(id);
  const options = zoneOptions(query, line, zones);
  select.replaceChildren(...options.map(([v, text]) => h('option', { value: v, selected: v === line.timezone }, text)));
  if (!line.timezone) select.selectedIndex = -1;
  document.getElementById(`${id}-hint`).textContent = `${options.length} time ${options.length === 1 ? 'zone' : 'zones'} found.`;
}

/** The visible text of a day's copy button: the days it copies to. */
const copyText = (day) => (day < 4 ? 'Same hours until Friday' : day === 4 ? 'Same hours at the weekend' : 'Same hours on Sunday');

/** What a range that closes before it opens means: it runs past midnight into the next day. Empty otherwise. */
function overnight([opens, closes], day) {
  if (!/^\d\d:\d\d$/.test(opens) || !/^\d\d:\d\d$/.test(closes) || closes >= opens || closes === '00:00') return '';
  return `Runs past midnight into ${DAYS[(day + 1) % 7][1]}, until ${closes}. If the times are swapped, change them.`;
}

function hoursForm(line, p) {
  return group(
    'Weekly opening hours',
    `${p}-hours`,
    h('p', { class: 'hint' }, 'In the line’s time zone. A day without hours is closed. Hours past midnight (22:00 to 02:00) run into the next day.'),
    h(
      'div',
      { class: 'days' },
      DAYS.map(([d, dayName], di) =>
        h(
          'div',
          { role: 'group', 'aria-labelledby': `${p}-${d}-name` },
          h('span', { id: `${p}-${d}-name`, class: 'day' }, dayName),
          line.hours[d].length ? null : h('span', { class: 'hint' }, 'Closed'),
          line.hours[d].map((range, ri) => {
            // Each time is a field of its own: the element's message about these hours lands beside the time at fault.
            const night = `${p}-${d}-${ri}-night`;
            const [opens, closes] = [0, 1].map((k) => {
              const id = `${p}-${d}-${ri}-${k ? 'closes' : 'opens'}`;
              const control = h('input', {
                type: 'time',
                id,
                value: range[k],
                // Named in the list of problems by the day and its words, not by its id (C21x-9).
                'data-name': `${dayName}, ${k ? 'to' : 'from'}`,
                'aria-describedby': k ? `${night} ${id}-error` : `${id}-error`,
                on: {
                  input: (e) => {
                    update(() => (range[k] = e.target.value));
                    document.getElementById(night).textContent = overnight(range, di);
                  },
                },
              });
              const error = h('p', { id: `${id}-error`, class: 'error' });
              fields.set(id, { control, error });
              return [control, error];
            });
            return [
              h(
                'span',
                { class: 'range' },
                h('label', {}, 'From ', opens[0]),
                h('label', {}, ' to ', closes[0]),
                button('Remove', () => update(() => line.hours[d].splice(ri, 1), true, `${p}-${d}-add`), {
                  'aria-label': `Remove ${dayName} ${range[0]} to ${range[1]}`,
                }),
              ),
              // A range that ends before it starts runs into the next day: said beside it, in case the times were swapped (C21x-14).
              h('p', { id: night, class: 'hint' }, overnight(range, di)),
              opens[1],
              closes[1],
            ];
          }),
          button(
            'Add hours',
            () => {
              const last = line.hours[d].at(-1);
              update(
                () => line.hours[d].push(last ? [last[1], last[1] < '17:00' ? '17:00' : '23:59'] : ['09:00', '17:00']),
                true,
                `${p}-${d}-${line.hours[d].length}-opens`,
              );
            },
            { id: `${p}-${d}-add`, 'aria-label': `Add hours on ${dayName}` },
          ),
          di < 6
            ? button(
                copyText(di),
                () =>
                  update(() => {
                    // Monday to Thursday copy to the weekdays after them; Friday to the weekend; Saturday to Sunday.
                    for (const [next] of DAYS.slice(di + 1, di < 4 ? 5 : 7)) line.hours[next] = line.hours[d].map((r) => [...r]);
                  }, true),
                { id: `${p}-${d}-copy`, 'aria-label': `${copyText(di)}, as ${dayName}` },
              )
            : null,
        ),
      ),
    ),
  );
}

function specialForm(line, p) {
  return group(
    'Special dates (holidays, exceptional hours)',
    `${p}-special`,
    h(
      'ol',
      { class: 'items' },
      line.special.map((s, si) => {
        const q = `${p}-special-${si}`;
        return h(
          'li',
          { class: 'item' },
          group(
            `Special date ${si + 1}`,
            q,
            h(
              'div',
              { class: 'row' },
              field('Date', `${q}-from`, { type: 'date', value: s.from, set: (v) => (s.from = v) }),
              field('Until (optional)', `${q}-through`, { type: 'date', value: s.through, set: (v) => (s.through = v) }),
            ),
            checkbox('Closed all day', `${q}-closed`, s.closed, (v) => {
              s.closed = v;
              if (!v && !s.opens) [s.opens, s.closes] = ['09:00', '13:00'];
            }),
            s.closed
              ? null
              : h(
                  'div',
                  { class: 'row' },
                  field('Opens', `${q}-opens`, { type: 'time', value: s.opens, set: (v) => (s.opens = v) }),
                  field('Closes', `${q}-closes`, { type: 'time', value: s.closes, set: (v) => (s.closes = v) }),
                ),
            field('Name', `${q}-name`, { value: s.name, set: (v) => (s.name = v), hint: 'Optional: “Christmas Day”.' }),
            // The name starts with the visible text, so "click Remove date" works by voice (WCAG 2.5.3 Label in Name).
            button('Remove date', () => update(() => line.special.splice(si, 1), true, `${p}-special-add`), {
              'aria-label': `Remove date: special date ${si + 1}`,
            }),
          ),
        );
      }),
    ),
    button(
      'Add a special date',
      () =>
        update(
          () => line.special.push({ from: '', through: '', closed: true, opens: '', closes: '', name: '' }),
          true,
          `${p}-special-${line.special.length}-from`,
        ),
      {
        id: `${p}-special-add`,
      },
    ),
  );
}

function contactsForm(line, p) {
  return group(
    'Other ways to reach this team',
    `${p}-contacts`,
    h(
      'ol',
      { class: 'items' },
      line.contacts.map((c, ci) => {
        const q = `${p}-contact-${ci}`;
        return h(
          'li',
          { class: 'item row' },
          field('Kind', `${q}-type`, { type: 'select', value: c.type, options: CONTACT_TYPES, set: (v) => (c.type = v) }),
          field('Address, link or number', `${q}-value`, { value: c.value, set: (v) => (c.value = v) }),
          field('Label', `${q}-label`, { value: c.label, set: (v) => (c.label = v), hint: 'Optional.' }),
          button('Remove', () => update(() => line.contacts.splice(ci, 1), true, `${p}-contact-add`), { 'aria-label': `Remove contact ${ci + 1}` }),
        );
      }),
    ),
    button(
      'Add a contact method',
      () => update(() => line.contacts.push({ type: 'email', value: '', label: '' }), true, `${p}-contact-${line.contacts.length}-type`),
      {
        id: `${p}-contact-add`,
      },
    ),
  );
}

function callPrepSection() {
  const c = draft.callPrep;
  return h(
    'section',
    { 'aria-labelledby': 'prep-h' },
    h('h2', { id: 'prep-h' }, 'Call preparation'),
    group(
      'Topics offered',
      'prep-topics',
      h(
        'div',
        { class: 'checks' },
        TOPICS.map(([t, name]) =>
          checkbox(
            name,
            `prep-topic-${t}`,
            c.topics.includes(t),
            (on) => (c.topics = TOPICS.map(([x]) => x).filter((x) => (x === t ? on : c.topics.includes(x)))),
          ),
        ),
      ),
      h(
        'ol',
        { class: 'items' },
        c.customTopics.map((t, i) =>
          h(
            'li',
            { class: 'item row' },
            field('Topic id', `prep-ctopic-${i}-id`, { value: t.id, set: (v) => (t.id = v), hint: 'Letters, digits and dashes: refund.' }),
            field('Topic name', `prep-ctopic-${i}-label`, { value: t.label, set: (v) => (t.label = v) }),
            button('Remove', () => update(() => c.customTopics.splice(i, 1), true, 'prep-ctopic-add'), { 'aria-label': `Remove topic ${t.label || i + 1}` }),
          ),
        ),
      ),
      button('Add a topic of your own', () => update(() => c.customTopics.push({ id: '', label: '' }), true, `prep-ctopic-${c.customTopics.length}-id`), {
        id: 'prep-ctopic-add',
      }),
    ),
    group(
      'Fields of the form',
      'prep-fields',
      h(
        'div',
        { class: 'checks' },
        FIELDS.map(([f, name]) =>
          checkbox(
            name,
            `prep-field-${f}`,
            c.fields.includes(f),
            (on) => (c.fields = FIELDS.map(([x]) => x).filter((x) => (x === f ? on : c.fields.includes(x)))),
          ),
        ),
      ),
      h(
        'ol',
        { class: 'items' },
        c.customFields.map((f, i) =>
          h(
            'li',
            { class: 'item row' },
            field('Field id', `prep-cfield-${i}-id`, { value: f.id, set: (v) => (f.id = v), hint: 'Letters, digits and dashes: order.' }),
            field('Label', `prep-cfield-${i}-label`, { value: f.label, set: (v) => (f.label = v) }),
            field('Input', `prep-cfield-${i}-type`, { type: 'select', value: f.type, options: FIELD_TYPES.map((t) => [t, t]), set: (v) => (f.type = v) }),
            checkbox('Required', `prep-cfield-${i}-required`, f.required, (v) => (f.required = v)),
            button('Remove', () => update(() => c.customFields.splice(i, 1), true, 'prep-cfield-add'), { 'aria-label': `Remove field ${f.label || i + 1}` }),
          ),
        ),
      ),
      button(
        'Add a field of your own',
        () => update(() => c.customFields.push({ id: '', label: '', type: 'text', required: false }), true, `prep-cfield-${c.customFields.length}-id`),
        {
          id: 'prep-cfield-add',
        },
      ),
    ),
  );
}

function disputeSection() {
  const d = draft.dispute;
  return h(
    'section',
    { 'aria-labelledby': 'dispute-h' },
    h('h2', { id: 'dispute-h' }, 'Dispute checklist'),
    group(
      'How your customers pay',
      'dispute-regimes',
      h('p', { class: 'hint' }, 'The checklist asks which one was used: each has its own deadline. None chosen: all of them.'),
      h(
        'div',
        { class: 'checks' },
        REGIMES.map(([r, name]) =>
          checkbox(
            name,
            `dispute-regime-${r}`,
            d.regimes.includes(r),
            (on) => (d.regimes = REGIMES.map(([x]) => x).filter((x) => (x === r ? on : d.regimes.includes(x)))),
          ),
        ),
      ),
      d.regimes.includes('custom')
        ? h(
            'div',
            { class: 'row' },
            field('Name of your payment method', 'dispute-custom-label', {
              value: d.customLabel,
              set: (v) => (d.customLabel = v),
              hint: 'For example “ExamplePay balance”.',
            }),
            field('Days to dispute', 'dispute-window', {
              type: 'number',
              value: d.windowDays,
              set: (v) => (d.windowDays = v),
              attrs: { min: 0, inputmode: 'numeric' },
              hint: 'Default 120.',
            }),
          )
        : null,
    ),
    field('Kind of dispute chosen at first', 'dispute-type', {
      type: 'select',
      value: d.type,
      options: firstKindOptions(),
      set: (v) => (d.type = v),
    }),
    checkbox('Only my own kinds of dispute (hide the built-in ones)', 'dispute-nobuiltins', d.noBuiltIns, (v) => (d.noBuiltIns = v)),
    h(
      'div',
      { class: 'row' },
      field('Your name on statements', 'dispute-merchant', {
        value: d.merchantName,
        set: (v) => (d.merchantName = v),
        hint: 'Optional: the descriptor customers see.',
      }),
      field('Currency', 'dispute-currency', {
        value: d.currency,
        set: (v) => (d.currency = v),
        hint: 'Optional: ISO 4217, like USD.',
        attrs: { maxlength: 3, autocapitalize: 'characters' },
      }),
    ),
    group(
      'Kinds of dispute of your own',
      'dispute-types',
      h(
        'ol',
        { class: 'items' },
        d.types.map((t, i) =>
          h(
            'li',
            { class: 'item' },
            group(
              `Kind ${i + 1}`,
              `dispute-t-${i}`,
              field('Name', `dispute-t-${i}-label`, {
                value: t.label,
                set: (v) => {
                  t.label = v;
                  kindNamed(t, i);
                },
                hint: t.replaces ? `Optional: “${typeName(t.replaces)}” when empty.` : 'What customers choose, for example “Gift card not delivered”.',
                wide: true,
              }),
              field('Description', `dispute-t-${i}-description`, {
                value: t.description,
                set: (v) => (t.description = v),
                hint: 'Optional: one line under the name.',
                wide: true,
              }),
              field('Evidence, one per line', `dispute-t-${i}-items`, {
                type: 'textarea',
                value: t.evidence,
                set: (v) => (t.evidence = v),
                hint: 'Start a line with * for evidence the customer must have.',
                wide: true,
              }),
              kindAdvanced(t, i),
              button(
                'Remove',
                () =>
                  update(
                    () => {
                      d.types.splice(i, 1);
                      // A kind removed can no longer be the one chosen at first.
                      if (d.type === `kind:${t.key}` || (t.replaces && d.type === t.replaces && d.noBuiltIns)) d.type = '';
                    },
                    true,
                    'dispute-t-add',
                  ),
                {
                  id: `dispute-t-${i}-remove`,
                  'aria-label': `Remove kind: ${kindTitle(t, i)}`,
                },
              ),
            ),
          ),
        ),
      ),
      button('Add a kind of dispute', () => update(() => d.types.push(blankKind()), true, `dispute-t-${d.types.length}-label`), { id: 'dispute-t-add' }),
    ),
  );
}

const typeName = (id) => TYPES.find(([t]) => t === id)?.[1] ?? id;
const kindTitle = (t, i) => t.label.trim() || (t.replaces ? typeName(t.replaces) : `Kind ${i + 1}`);
/** Advanced panels left open, by kind (kept across renders of the forms). */
const advancedOpen = new WeakSet();

/**
 * The id and the built-in kind it replaces, out of the way: a merchant adding a kind of their own needs neither
 * (its id is made from its name, as a question's link id is). Open when either is set, so nothing set is hidden.
 */
function kindAdvanced(t, i) {
  const d = draft.dispute;
  const replaced = new Set(d.types.filter((x) => x !== t && x.replaces).map((x) => x.replaces));
  return h(
    'details',
    {
      class: 'advanced',
      open: !!(t.replaces || t.id.trim() || advancedOpen.has(t)),
      on: { toggle: (e) => (e.target.open ? advancedOpen.add(t) : advancedOpen.delete(t)) },
    },
    h('summary', {}, 'Advanced: replace a built-in kind, or choose the id'),
    field('Replaces a built-in kind', `dispute-t-${i}-replaces`, {
      type: 'select',
      value: t.replaces,
      options: [['', 'None: a kind of its own'], ...TYPES.map(([id, name]) => [id, name, { disabled: replaced.has(id) }])],
      set: (v) =>
        update(() => {
          // The kind chosen at first follows the kind: under the built-in id it now has, or its own again.
          const before = t.replaces || `kind:${t.key}`;
          t.replaces = v;
          if (d.type === before) d.type = v || `kind:${t.key}`;
        }, true),
      hint: 'Your name (when given), description and evidence take the place of that kind’s; customers no longer see the built-in one.',
      wide: true,
    }),
    t.replaces
      ? null
      : field('Id', `dispute-t-${i}-id`, {
          value: t.id,
          set: (v) => (t.id = v),
          hint: `Optional: made from the name when empty (${kindIds(d.types)[i] || 'gift-card-not-delivered'}). It names this kind in a link to the checklist (?dispute-type=…) and in what customers export.`,
        }),
  );
}

/** A kind's name changed: its Remove button, its made id and the "chosen at first" list follow the typing. */
function kindNamed(t, i) {
  document.getElementById(`dispute-t-${i}-remove`)?.setAttribute('aria-label', `Remove kind: ${kindTitle(t, i)}`);
  const hint = document.getElementById(`dispute-t-${i}-id-hint`);
  if (hint) hint.textContent = hint.textContent.replace(/\(.*?\)/, `(${kindIds(draft.dispute.types)[i] || 'gift-card-not-delivered'})`);
  const select = document.getElementById('dispute-type');
  if (select) select.replaceChildren(...firstKindOptions().map(([v, text]) => h('option', { value: v, selected: v === draft.dispute.type }, text)));
}

/** "Kind of dispute chosen at first": the built-in kinds (with a replacing kind's name) and the merchant's own. */
function firstKindOptions() {
  const d = draft.dispute;
  const replacing = (id) => d.types.find((t) => t.replaces === id);
  return [
    ['', 'None: the customer picks'],
    ...(d.noBuiltIns ? [] : TYPES.map(([id, name]) => [id, replacing(id)?.label.trim() || name])),
    ...d.types.map((t, i) => (t.replaces && !d.noBuiltIns ? null : [t.replaces || `kind:${t.key}`, kindTitle(t, i)])).filter(Boolean),
  ];
}

/**
 * Each kind's id: the built-in one it replaces, else the one typed, else made from its name as the FAQ makes a
 * question's link id (the library's slugify), with -2, -3… until it is no built-in kind's and no other kind's:
 * a kind named "Not received" is added, never put silently in the built-in one's place (c23-3).
 */
function kindIds(types) {
  const given = types.map((t) => t.replaces || t.id.trim());
  const taken = new Set([...TYPES.map(([id]) => id), ...given.filter(Boolean)]);
  return types.map((t, i) => {
    if (given[i]) return given[i];
    const base = slug(shown(t.label));
    if (!base) return '';
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  });
}

// ---------------------------------------------------------------------------------------------------------
// The configuration: the draft as config.schema.json describes it, and where each of its fields is in the
// form (config path → control id), so that a message about `hotline.lines.0.number` lands beside that field.

/** A question's id as the FAQ makes it (the library's own slugify: deep links match the element's). */
const slug = slugify;

/** `Mo 09:00-17:00` lines, days with the same ranges joined into runs (`Mo-Fr`): schema.org openingHours. */
function openingHours(hours) {
  const ranges = DAYS.map(([d]) =>
    hours[d]
      // A range with one time missing goes in as it is: the element says what is wrong with it.
      .filter(([a, b]) => a || b)
      .map(([a, b]) => `${a}-${b}`)
      .join(','),
  );
  const parts = [];
  for (let i = 0; i < 7; i++) {
    if (!ranges[i]) continue;
    let j = i;
    while (j + 1 < 7 && ranges[j + 1] === ranges[i]) j++;
    parts.push(`${DAYS[i][0]}${j > i ? `${j > i + 1 ? '-' : ','}${DAYS[j][0]}` : ''} ${ranges[i]}`);
    i = j;
  }
  return parts.join('; ');
}

function toConfig(d) {
  const where = new Map();
  /** The builder's own messages, each with the field it is about: what it leaves out of the snippet, and why. */
  const notes = [];
  const config = {};
  if (d.theme !== 'light') config.theme = d.theme;
  const at = (path, id) => where.set(path, id);
  at('theme', 'theme');
  at('sections', 'sections');
  if (d.sections.includes('faq')) {
    const f = d.faq;
    const items = f.items.map((item, i) => {
      const pick = (t) => Object.fromEntries(f.languages.filter((l) => t[l]?.trim()).map((l) => [l, t[l].trim()]));
      const out = { ...(item.id.trim() ? { id: item.id.trim() } : {}), question: pick(item.question), answer: pick(item.answer) };
      if (item.category.trim()) out.category = item.category.trim();
      at(`faq.items.${i}`, `faq-${i}-q-${f.languages[0]}`);
      at(`faq.items.${i}.id`, `faq-${i}-id`);
      at(`faq.items.${i}.category`, `faq-${i}-category`);
      for (const l of f.languages) {
        at(`faq.items.${i}.question.${l}`, `faq-${i}-q-${l}`);
        at(`faq.items.${i}.answer.${l}`, `faq-${i}-a-${l}`);
      }
      // An empty question or answer is named at the default language's field.
      at(`faq.items.${i}.question`, `faq-${i}-q-${f.languages[0]}`);
      at(`faq.items.${i}.answer`, `faq-${i}-a-${f.languages[0]}`);
      return out;
    });
    config.faq = {
      defaultLang: f.languages[0],
      searchable: f.searchable,
      ...(f.feedback ? { feedback: true } : {}),
      ...(f.related ? { related: true } : {}),
      items,
    };
    at('faq.defaultLang', 'faq-languages');
  }
  if (d.sections.includes('hotline')) {
    const lines = d.hotline.lines.map((line, i) => {
      const p = `hotline.lines.${i}`;
      const id = `line-${i}`;
      const out = {};
      if (line.label.trim()) out.label = line.label.trim();
      out.number = lineNumber(line);
      if (line.display.trim()) out.display = line.display.trim();
      if (line.languages.trim()) out.languages = line.languages.trim();
      const hours = openingHours(line.hours);
      if (hours) out.hours = hours;
      if (line.timezone) out.timezone = line.timezone;
      if (line.tollFree) out.tollFree = true;
      if (line.hearingImpaired) out.hearingImpaired = true;
      if (line.note.trim()) out.note = line.note.trim();
      if (line.special.length) {
        out.specialHours = line.special.map((s, si) => {
          const q = `${id}-special-${si}`;
          at(`${p}.specialHours.${si}`, q);
          at(`${p}.specialHours.${si}.validFrom`, `${q}-from`);
          at(`${p}.specialHours.${si}.validThrough`, `${q}-through`);
          at(`${p}.specialHours.${si}.opens`, `${q}-opens`);
          at(`${p}.specialHours.${si}.closes`, `${q}-closes`);
          at(`${p}.specialHours.${si}.name`, `${q}-name`);
          return {
            validFrom: s.from,
            ...(s.through && s.through !== s.from ? { validThrough: s.through } : {}),
            ...(s.closed ? {} : { opens: s.opens, closes: s.closes }),
            ...(s.name.trim() ? { name: s.name.trim() } : {}),
          };
        });
      }
      if (line.contacts.length) {
        out.contacts = line.contacts.map((c, ci) => {
          const q = `${id}-contact-${ci}`;
          for (const k of ['type', 'value', 'label']) at(`${p}.contacts.${ci}.${k}`, `${q}-${k}`);
          at(`${p}.contacts.${ci}`, `${q}-value`);
          return { type: c.type, value: c.value.trim(), ...(c.label.trim() ? { label: c.label.trim() } : {}) };
        });
      }
      at(p, `${id}-number`);
      for (const k of ['label', 'number', 'display', 'languages', 'timezone', 'note']) at(`${p}.${k}`, `${id}-${k}`);
      // The element names hours it refuses as a whole (`hotline.lines.0.hours`): the message goes beside the first
      // time the same parser refuses (its range alone), else on the group.
      const faulty = DAYS.flatMap(([day]) => line.hours[day].map((r, ri) => [day, r, ri])).find(([, r]) => (r[0] || r[1]) && !parseRanges(`${r[0]}-${r[1]}`));
      at(
        `${p}.hours`,
        faulty ? `${id}-${faulty[0]}-${faulty[2]}-${faulty[1][0] && minutesOf(faulty[1][0]) !== undefined ? 'closes' : 'opens'}` : `${id}-hours`,
      );
      at(`${p}.specialHours`, `${id}-special`);
      at(`${p}.contacts`, `${id}-contacts`);
      return out;
    });
    config.hotline = { lines };
    if (d.hotline.verifyUrl.trim()) config.hotline.verifyUrl = d.hotline.verifyUrl.trim();
    at('hotline.verifyUrl', 'hotline-verify');
  }
  if (d.sections.includes('callPrep')) {
    const c = d.callPrep;
    const prep = {};
    const builtinTopics = TOPICS.map(([t]) => t);
    if (c.customTopics.length || c.topics.length !== builtinTopics.length) {
      prep.topics = [...c.topics, ...c.customTopics.map((t) => ({ id: t.id.trim(), label: t.label.trim() }))];
      c.customTopics.forEach((_, i) => {
        const k = c.topics.length + i;
        at(`callPrep.topics.${k}`, `prep-ctopic-${i}-id`);
        at(`callPrep.topics.${k}.id`, `prep-ctopic-${i}-id`);
        at(`callPrep.topics.${k}.label`, `prep-ctopic-${i}-label`);
      });
    }
    if (c.customFields.length || c.fields.length !== FIELDS.length) {
      prep.fields = [
        ...c.fields,
        ...c.customFields.map((f) => ({ id: f.id.trim(), type: f.type, label: f.label.trim(), ...(f.required ? { required: true } : {}) })),
      ];
      c.customFields.forEach((_, i) => {
        const k = c.fields.length + i;
        at(`callPrep.fields.${k}`, `prep-cfield-${i}-id`);
        for (const key of ['id', 'label', 'type']) at(`callPrep.fields.${k}.${key}`, `prep-cfield-${i}-${key}`);
      });
    }
    at('callPrep.topics', 'prep-topics');
    at('callPrep.fields', 'prep-fields');
    config.callPrep = prep;
  }
  if (d.sections.includes('dispute')) {
    const s = d.dispute;
    const dis = {};
    if (s.regimes.length) {
      dis.regimes = s.regimes.map((r) => (r === 'custom' && s.customLabel.trim() ? { id: 'custom', label: s.customLabel.trim() } : r));
      s.regimes.forEach((r, i) => at(`dispute.regimes.${i}`, r === 'custom' ? 'dispute-custom-label' : 'dispute-regimes'));
    }
    if (s.regimes.includes('custom') && s.windowDays.trim()) dis.windowDays = Number(s.windowDays);
    if (s.noBuiltIns) dis.noBuiltIns = true;
    if (s.merchantName.trim()) dis.merchantName = s.merchantName.trim();
    if (s.currency.trim()) dis.currency = s.currency.trim().toUpperCase();
    // The builder's own checks of a kind, in its words (c23-3): a kind the element would drop (no name, no evidence, an
    // id another kind has) is left out of the snippet and the preview, and said so beside the field at fault.
    const ids = kindIds(s.types);
    const madeIds = new Map();
    const kept = [];
    s.types.forEach((t, i) => {
      const f = `dispute-t-${i}`;
      let complete = true;
      const say = (id, message) => void notes.push({ path: `dispute.types`, field: `${f}-${id}`, message });
      const out = (id, message) => {
        complete = false;
        say(id, `${message} Until then, this kind is left out of the snippet.`);
      };
      const lines = t.evidence.split('\n').map((line) => line.trim());
      const items = [];
      lines.forEach((line, n) => {
        if (!line) return;
        const label = shown(line.replace(/^\*\s*/, ''));
        if (!label) return say('items', `An evidence line needs its text: line ${n + 1} is ${line.startsWith('*') ? 'only a *' : 'empty'}, so it is left out.`);
        // Each item's id, which the merchant never sees, is made from its text and unique in the kind.
        const base = slug(label) || 'item';
        let id = base;
        for (let k = 2; items.some((x) => x.id === id); k++) id = `${base}-${k}`;
        items.push({ id, label, ...(line.startsWith('*') ? { required: true } : {}) });
      });
      const replaced = t.replaces && !s.noBuiltIns;
      const typed = t.id.trim();
      const other = s.types.findIndex((x, j) => j < i && (x.replaces || x.id.trim()) === (t.replaces || typed) && (t.replaces || typed));
      if (!replaced && !shown(t.label)) out('label', 'This kind needs a name.');
      if (!items.length) out('items', 'This kind needs its evidence: write one piece per line.');
      if (other >= 0)
        out(
          t.replaces ? 'replaces' : 'id',
          t.replaces
            ? `${kindTitle(s.types[other], other)} already replaces “${typeName(t.replaces)}”.`
            : `${kindTitle(s.types[other], other)} has this id too: each kind needs its own.`,
        );
      else if (!t.replaces && TYPES.some(([x]) => x === typed))
        out(
          'id',
          `“${typed}” is the built-in kind “${typeName(typed)}”: to put yours in its place, choose it under Replaces a built-in kind; else give another id, or none.`,
        );
      if (!complete) return;
      const k = kept.length;
      at(`dispute.types.${k}`, `${f}-label`);
      at(`dispute.types.${k}.id`, t.replaces ? `${f}-replaces` : `${f}-id`);
      at(`dispute.types.${k}.label`, `${f}-label`);
      at(`dispute.types.${k}.description`, `${f}-description`);
      at(`dispute.types.${k}.items`, `${f}-items`);
      madeIds.set(t.key, ids[i]);
      kept.push({
        id: ids[i],
        ...(shown(t.label) ? { label: t.label.trim() } : {}),
        ...(t.description.trim() ? { description: t.description.trim() } : {}),
        items,
      });
    });
    if (kept.length) dis.types = kept;
    if (s.type.startsWith('kind:')) {
      // The merchant's own kind, by its current id; one left out of the snippet cannot be chosen at first either.
      const kind = s.types.find((t) => `kind:${t.key}` === s.type);
      if (kind && madeIds.has(kind.key)) dis.type = madeIds.get(kind.key);
      else if (kind)
        notes.push({
          path: 'dispute.type',
          field: 'dispute-type',
          message: `${kindTitle(kind, s.types.indexOf(kind))} is left out of the snippet: none is chosen at first until it is complete.`,
        });
    } else if (s.type) dis.type = s.type;
    for (const [k, id] of [
      ['regimes', 'dispute-regimes'],
      ['windowDays', 'dispute-window'],
      ['type', 'dispute-type'],
      ['merchantName', 'dispute-merchant'],
      ['currency', 'dispute-currency'],
      ['types', 'dispute-types'],
    ])
      at(`dispute.${k}`, id);
    config.dispute = dis;
  }
  // Sections in the config's order are shown; a section left out is simply absent.
  if (!d.sections.length) config.sections = [];
  // No card number or secret leaves the builder (C21x-3): each one is masked, and named beside its field.
  const safe = maskAll(config, (path, m) => notes.push({ path, message: maskedMessage(m) }));
  return { config: safe, where, notes };
}

// ---------------------------------------------------------------------------------------------------------
// Checking: the package's JSON schema, and the element's own validators.

let schema;
/** The draft 2020-12 keywords config.schema.json uses (scripts/schema.js generates it from the config's types). */
function schemaProblems(value) {
  if (!schema) return [];
  const out = [];
  const ref = (s) => (s.$ref ? ref(schema.$defs[s.$ref.replace('#/$defs/', '')]) : s);
  const kind = (v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v);
  const fits = (t, v) => t === kind(v) || (t === 'number' && typeof v === 'number');
  const join = (path, key) => (path ? `${path}.${key}` : String(key));
  const check = (node, v, path, report) => {
    const s = ref(node);
    if (s.anyOf) {
      const branches = s.anyOf.map(ref);
      const results = branches.map((b) => {
        const found = [];
        check(b, v, path, (...x) => found.push(x));
        return found;
      });
      if (results.some((r) => !r.length)) return;
      // The branch of the value's own type says what is wrong; else the types allowed.
      const i = branches.findIndex((b) => !b.type || [b.type].flat().some((t) => fits(t, v)));
      if (i >= 0) for (const r of results[i]) report(...r);
      else report(path, `must be ${[...new Set(branches.flatMap((b) => b.type ?? []))].join(' or ')}${s.description ? ` (${s.description})` : ''}`);
      return;
    }
    if (s.type && ![s.type].flat().some((t) => fits(t, v))) return report(path, `must be ${[s.type].flat().join(' or ')}`);
    if ('const' in s && v !== s.const) return report(path, `must be ${JSON.stringify(s.const)}`);
    if (s.enum && !s.enum.includes(v)) return report(path, `must be one of ${s.enum.map((x) => JSON.stringify(x)).join(', ')}`);
    if (typeof v === 'string') {
      if (s.minLength !== undefined && [...v].length < s.minLength)
        report(path, s.minLength === 1 ? 'must not be empty' : `must be at least ${s.minLength} characters`);
      else if (s.pattern && !new RegExp(s.pattern, 'u').test(v))
        report(path, `must match the pattern ${s.pattern}${s.description ? ` (${s.description.replace(/\.$/, '')})` : ''}`);
    }
    if (typeof v === 'number' && s.minimum !== undefined && v < s.minimum) report(path, `must be ${s.minimum} or more`);
    if (Array.isArray(v) && s.items) v.forEach((x, i) => check(s.items, x, join(path, i), report));
    if (kind(v) === 'object') {
      for (const key of s.required ?? []) if (!Object.hasOwn(v, key)) report(join(path, key), 'is required');
      for (const [key, x] of Object.entries(v)) {
        if (s.properties && Object.hasOwn(s.properties, key)) check(s.properties[key], x, join(path, key), report);
        else if (s.additionalProperties === false) report(join(path, key), 'is not a key the configuration knows');
        else if (s.additionalProperties && typeof s.additionalProperties === 'object') check(s.additionalProperties, x, join(path, key), report);
      }
    }
  };
  check(schema, value, '', (path, message) => out.push({ path, message: `The configuration’s schema: ${path || 'the configuration'} ${message}.` }));
  return out;
}

/** Resolves when `root` and every support-widgets element inside it, at any depth, have rendered. */
async function settled(root) {
  const all = (node, out = [root]) => {
    for (const el of (node.shadowRoot ?? node).querySelectorAll('*')) {
      if (el.localName.startsWith('support-')) out.push(el);
      if (el.shadowRoot) all(el, out);
    }
    return out;
  };
  for (let count = -1, found = all(root); found.length !== count; count = found.length, found = all(root)) {
    await Promise.all(found.map((el) => customElements.whenDefined(el.localName).then(() => el.updateComplete)));
  }
}

/**
 * What the element says of a config: a fresh <support-center> (out of sight) is given it, and each report it
 * makes (the same messages a merchant's console would show) is taken through its `reporter`. Fresh each time,
 * because an element checks a value when it changes: a long-lived one would not repeat an earlier report.
 */
async function elementProblems(config) {
  await customElements.whenDefined('support-center');
  const host = document.getElementById('check');
  const el = document.createElement('support-center');
  const out = [];
  el.reporter = (path, problem) => out.push({ path: path.replace(/\[(\d+)\]/g, '.$1'), message: `${problem[0].toUpperCase()}${problem.slice(1)}.` });
  el.config = JSON.parse(JSON.stringify(config));
  host.replaceChildren(el);
  await settled(el);
  host.replaceChildren();
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Refresh: the preview, the messages, the snippet and the saved draft follow every change.

const preview = document.getElementById('preview');
// The builder shows the preview's reports beside the fields: none goes to the console.
customElements.whenDefined('support-center').then(() => (preview.reporter = () => {}));
let version = '';
let integrity = '';
/** cdn/integrity.json: each CDN file's hash, by its path under cdn/ (empty when the build has none). */
let hashes = Object.create(null);
let timer;
let round = 0;
let current = { config: {}, where: new Map(), notes: [] };

function refresh() {
  current = toConfig(draft);
  saveDraft();
  writeSnippet();
  clearTimeout(timer);
  // Typing fast checks once, when the typing pauses.
  timer = setTimeout(check, 120);
}

async function check() {
  const n = ++round;
  const { config, where, notes } = current;
  preview.setAttribute('lang', draft.lang);
  preview.setAttribute('theme', draft.theme);
  preview.config = JSON.parse(JSON.stringify(config));
  const problems = [...notes, ...(await elementProblems(config)), ...schemaProblems(config)].map(inBuilderWords);
  if (n !== round) return;
  showProblems(problems, where);
  form.dataset.checked = String(n);
}

/** The control a config path belongs to: its own, else its nearest enclosing field's. */
function controlFor(path, where) {
  for (let p = path; p; p = p.replace(/\.?[^.]*$/, '')) {
    const id = where.get(p);
    if (id && fields.has(id)) return id;
  }
  return undefined;
}

/** A Markdown autolink, `<https://example.com>`: Markdown has it, the answers' format does not (docs/faq.md). */
const AUTOLINK = /<(?:https?|mailto|tel):[^<>\s]*>/gi;
/** HTML in merchant text, as the library finds it (src/internal/config.ts MARKUP). */
const MARKUP = /<[a-z/!?]/i;

/**
 * A message said as a merchant writing Markdown reads it (c23-8): an autolink in an answer is reported by the element
 * as markup, which reads as "no links"; it is told how to write the link instead. Markup besides it is still named.
 */
function inBuilderWords(problem) {
  const answer = /^faq\.items\.\d+\.answer(\.|$)/.test(problem.path ?? '');
  if (!answer || problem.message !== 'Markup is not allowed; it is shown as plain text.') return problem;
  const text = document.getElementById(controlFor(problem.path, current.where))?.value ?? '';
  if (text.search(AUTOLINK) < 0) return problem;
  const links = 'Write links as [text](https://…): a link in < > is shown as plain text.';
  return { ...problem, message: MARKUP.test(text.replace(AUTOLINK, '')) ? `${links} ${problem.message}` : links };
}

function showProblems(problems, where) {
  for (const { control, error } of fields.values()) {
    error.replaceChildren();
    if (control.localName !== 'fieldset') control.removeAttribute('aria-invalid');
  }
  const unplaced = [];
  const seen = new Set();
  for (const problem of problems) {
    const id = problem.field && fields.has(problem.field) ? problem.field : controlFor(problem.path, where);
    const key = `${id} ${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (!id) {
      unplaced.push(problem);
      continue;
    }
    const { control, error } = fields.get(id);
    error.append(h('span', {}, problem.message));
    if (control.localName !== 'fieldset') control.setAttribute('aria-invalid', 'true');
  }
  const box = document.getElementById('problems');
  const placed = [...fields.entries()].filter(([, f]) => f.error.textContent);
  if (!placed.length && !unplaced.length) {
    box.replaceChildren(h('p', { class: 'ok' }, 'No problems found: the element and the schema accept this configuration.'));
    return;
  }
  box.replaceChildren(
    h('p', {}, `${placed.length + unplaced.length} ${placed.length + unplaced.length === 1 ? 'field needs' : 'fields need'} a look before you publish:`),
    h(
      'ul',
      {},
      placed.map(([id, f]) =>
        h(
          'li',
          {},
          button(`${labelOf(id)}: ${f.error.firstChild.textContent}`, () => document.getElementById(id).focus()),
        ),
      ),
      unplaced.map((p) => h('li', {}, `${p.path}: ${p.message}`)),
    ),
  );
}

function labelOf(id) {
  const el = document.getElementById(id);
  const own = el?.localName === 'fieldset' ? el.querySelector('legend') : document.querySelector(`label[for="${CSS.escape(id)}"]`);
  const outer = el?.parentElement?.closest('fieldset')?.querySelector('legend');
  return [outer && outer !== own ? outer.textContent : '', own?.textContent ?? el?.dataset.name ?? id].filter(Boolean).join(', ');
}

/** JSON safe inside a <script> element: `<` escaped, so no text can close the script or open a comment. */
const scriptJson = (config) => JSON.stringify(config, null, 2).replace(/</g, '\\u003c');

/**
 * The import map that verifies the language files the bundle loads on demand: the same text, byte for byte, as
 * the README's (scripts/cdn-snippets.js importMapText), so the CSP hash docs/security.md gives for it applies.
 */
function importMap() {
  const base = `${CDN}${version}/cdn/`;
  const lines = Object.keys(hashes)
    .filter((path) => path.endsWith('.js') && !path.endsWith('.iife.js') && /^sha(256|384|512)-[A-Za-z0-9+/=]+$/.test(String(hashes[path])))
    .map((path) => `  ${JSON.stringify(base + path)}: ${JSON.stringify(hashes[path])}`);
  return `<script type="importmap">\n{ "integrity": {\n${lines.join(',\n')}\n} }\n</script>\n`;
}

/**
 * From this many bytes of configuration the page says the snippet's size (c23-8: a 2 MB answer went by without a
 * word). 100 KB is more than the whole library weighs over the wire (cdn/support-widgets.js, about 83 KB gzip), a
 * FAQ of some 200 questions with answers of 500 characters; inline, it is downloaded again with every page view
 * and parsed before the help center shows, where config.json on the merchant's site is cached between pages.
 */
const LARGE = 100_000;
const bytes = (text) => new TextEncoder().encode(text).length;
const size = (n) =>
  new Intl.NumberFormat('en', dict({ style: 'unit', unit: n < 1e6 ? 'kilobyte' : 'megabyte', maximumFractionDigits: n < 1e6 ? 0 : 1 })).format(
    n < 1e6 ? n / 1e3 : n / 1e6,
  );

/** Under the snippet when its configuration is large: its size, the longest text in it and its field, and what to do. */
function sizeNote(config) {
  const note = document.getElementById('snippet-size');
  const total = bytes(document.getElementById('snippet').value);
  if (bytes(JSON.stringify(config)) < LARGE) {
    note.hidden = true;
    note.textContent = '';
    return;
  }
  // The longest text of the configuration, by its path: the field to look at first.
  let longest = ['', ''];
  const walk = (v, path) => {
    if (typeof v === 'string') {
      if (v.length > longest[1].length) longest = [path, v];
    } else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k);
  };
  walk(config, '');
  const id = controlFor(longest[0], current.where);
  const where = id ? `${labelOf(id)} alone is ${longest[1].length.toLocaleString('en')} characters` : '';
  note.hidden = false;
  note.textContent = `The snippet is large: ${size(total)}${where ? `; ${where}` : ''}. Every page view downloads it again, and the help center shows only once the browser has read it. Check that the long text is meant, or put config.json on your site instead (below): browsers keep it between pages.`;
}

function writeSnippet() {
  const { config } = current;
  const src = `${CDN}${version}/cdn/support-widgets.js`;
  const attrs = [`type="module"`, `src="${src}"`, integrity && `integrity="${integrity}"`, `crossorigin="anonymous"`].filter(Boolean).join(' ');
  const json = scriptJson(config)
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
  document.getElementById('snippet').value = `${integrity ? importMap() : ''}<script ${attrs}></script>

<support-center lang="${draft.lang}">
  <script type="application/json">
${json}
  </script>
</support-center>
`;
  sizeNote(config);
  // The file route keeps the chosen language too (C21b-2: the tag shown had no lang, so German became English).
  document.getElementById('src-tag').textContent = `<support-center lang="${draft.lang}" src="/config.json"></support-center>`;
}

// ---------------------------------------------------------------------------------------------------------
// Start: the version and the integrity hash come from the package itself, read at run time.

async function readJson(url) {
  try {
    const response = await request(url);
    return response.ok ? await response.json() : undefined;
  } catch {
    return undefined;
  }
}

async function start() {
  const [pkg, given, loaded] = await Promise.all([
    readJson(new URL('../package.json', import.meta.url)),
    readJson(new URL('../cdn/integrity.json', import.meta.url)),
    readJson(new URL('../config.schema.json', import.meta.url)),
  ]);
  version = typeof pkg?.version === 'string' ? pkg.version : '';
  schema = loaded;
  hashes = Object.assign(Object.create(null), given && typeof given === 'object' && !Array.isArray(given) ? given : {});
  const hash = own(hashes, 'support-widgets.js');
  integrity = typeof hash === 'string' && /^sha(256|384|512)-[A-Za-z0-9+/=]+$/.test(hash) ? hash : '';
  document.getElementById('version').textContent = version;
  const note = document.getElementById('integrity-note');
  note.hidden = !!integrity;
  note.textContent = integrity
    ? ''
    : 'This build has no cdn/integrity.json, so the snippet has no integrity attribute: the browser cannot check that the CDN serves the file as published. Use a build that writes cdn/integrity.json, or add the sha384 hash of cdn/support-widgets.js yourself.';
  render();
  if (staleSince !== undefined) {
    const when = staleSince ? ` at ${new Intl.DateTimeFormat('en', dict({ dateStyle: 'medium', timeStyle: 'short' })).format(staleSince)}` : '';
    say(
      'draft-status',
      `This is an older draft: the one this browser kept${when}. Changes made after it were not kept (the storage was full or blocked).${storageFailed ? ' The storage is still full: changes made now last while this page is open.' : ''}`,
    );
  }
}

document.getElementById('copy').addEventListener('click', async () => {
  const text = document.getElementById('snippet').value;
  try {
    await navigator.clipboard.writeText(text);
    say('output-status', 'Snippet copied.');
  } catch {
    const area = document.getElementById('snippet');
    area.focus();
    area.select();
    say('output-status', 'The browser did not allow copying: the snippet is selected, press Ctrl+C (⌘C on a Mac).');
  }
});

document.getElementById('download').addEventListener('click', () => {
  const blob = new Blob([`${JSON.stringify(current.config, null, 2)}\n`], dict({ type: 'application/json' }));
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: 'config.json', hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  say('output-status', 'config.json downloaded.');
});

// Start over keeps the draft it replaced until the next edit, so one click next to Copy and Download loses nothing
// (outside check C21b-1): "Undo start over" brings it back, with what the storage holds.
const undoReset = document.getElementById('undo-reset');
let replaced;
function dropUndo() {
  replaced = undefined;
  if (undoReset.hidden) return;
  // Focus on the button that goes away moves to Start over, not to the page's start.
  const had = document.activeElement === undoReset;
  undoReset.hidden = true;
  if (had) document.getElementById('reset').focus();
}
document.getElementById('reset').addEventListener('click', () => {
  replaced = draft;
  draft = emptyDraft();
  render('lang');
  undoReset.hidden = false;
  say('output-status', 'Started over: the draft is empty. Undo start over brings it back.');
});
undoReset.addEventListener('click', () => {
  if (!replaced) return;
  draft = replaced;
  render('reset');
  dropUndo();
  say('output-status', 'The draft is back as it was.');
});
form.addEventListener('input', dropUndo);

for (const radio of document.querySelectorAll('input[name="preview-width"]')) {
  radio.addEventListener('change', () => (document.querySelector('.builder').dataset.width = radio.value));
}

// The page's own light and dark (the preview follows the builder's Theme field, not this).
const themeButtons = document.querySelectorAll('[data-page-theme]');
function pageTheme(theme) {
  document.documentElement.dataset.theme = theme;
  for (const b of themeButtons) b.setAttribute('aria-pressed', String(b.dataset.pageTheme === theme));
}
try {
  pageTheme(localStorage.getItem(THEME_KEY) === 'dark' ? 'dark' : 'light');
} catch {
  pageTheme('light');
}
for (const b of themeButtons) {
  b.addEventListener('click', () => {
    pageTheme(b.dataset.pageTheme);
    try {
      localStorage.setItem(THEME_KEY, b.dataset.pageTheme);
    } catch {
      // Storage blocked: the choice lasts for this page only.
    }
  });
}

start();
