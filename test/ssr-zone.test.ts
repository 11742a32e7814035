// A server in another time zone than the visitor's (found by an outside check of issue 15): the call form's
// time zone list holds the server's zone, the browser's holds the visitor's. Hydration must not fail (Lit's
// "unexpected longer than expected iterable"), no second form may be drawn, and the visitor's zone ends selected.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { allElements, hydrateAll, recordMessages, serverHtml } from './ssr-load.js';

describe('server rendering in another time zone than the visitor', () => {
  afterEach(() => executeServerCommand('timezone', { zone: '' }));

  // Visitor in the browser's zone, or (Chromium's time zone emulation) in Adelaide, a half-hour zone that is not
  // in the server's list either: the server's option nodes are reused and must not keep its selection.
  for (const [name, visitorZone] of [
    ['call-prep', ''],
    ['call-prep', 'Australia/Adelaide'],
  ] as const) {
    it(`<support-${name}> hydrates, draws one form and selects the visitor's zone${visitorZone ? ` (${visitorZone})` : ''}`, async () => {
      if (visitorZone) await executeServerCommand('timezone', { zone: visitorZone });
      const visitor = Intl.DateTimeFormat().resolvedOptions().timeZone;
      const SERVER_ZONE = visitor === 'America/New_York' ? 'Asia/Dubai' : visitorZone ? 'America/New_York' : 'Asia/Dubai';
      const messages = recordMessages();
      const host = await serverHtml(name, false, SERVER_ZONE);
      const served = [host, ...allElements(host.shadowRoot!)].find((el) => el.localName === 'support-call-prep');
      const zones = [...served!.shadowRoot!.querySelector<HTMLSelectElement>('select[id$="-z"]')!.options].map((o) => o.value);
      expect(zones, 'the server wrote its own zone').to.include(SERVER_ZONE);
      await hydrateAll();
      const form = [host, ...allElements(host.shadowRoot!)].find((el) => el.localName === 'support-call-prep')!;
      expect(form.shadowRoot!.querySelectorAll('form').length, 'one form').to.equal(1);
      await (form as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const select = form.shadowRoot!.querySelector<HTMLSelectElement>('select[id$="-z"]')!;
      expect(select.value).to.equal(visitor);
      expect([...select.options].map((o) => o.value)).to.include(visitor);
      expect(messages.filter((m) => !m.startsWith('log: Lit is in dev mode'))).to.deep.equal([]);
      host.parentElement!.remove();
    });
  }
});
