// web-test-runner commands for the accessibility tests, through the Chrome launcher's puppeteer page (CDP):
// - `ax-tree` `{ selector }`: Chromium's full accessibility tree (`Accessibility.getFullAXTree`) under the page
//   element `selector` matches. What a screen reader is given, shadow roots included: roles, names, ignored
//   nodes and live-region properties.
// - `timezone` `{ zone }`: the page's time zone (`Emulation.setTimezoneOverride`; `''` resets it).
// - `forced-colors` `{ active }`: emulates `forced-colors: active` (the commands package's emulateMedia has no
//   such feature).
// - `insert-text` `{ text }`: inserts text at the focus as an input method's commit or a text expander does
//   (`Input.insertText`): through the browser's editing, with beforeinput, maxlength and input as for a paste.
// - `layout-metrics`: the renderer's counters so far (`Performance.getMetrics`): `layoutMs` and `styleMs` (time
//   spent in layout and style recalculation), `layouts` (layout passes).

/** One CDP session per page: an emulation lasts as long as the session that set it. */
const sessions = new WeakMap();
function cdpOf(page) {
  if (!sessions.has(page)) sessions.set(page, page.createCDPSession());
  return sessions.get(page);
}

/** One node as the tests see it: no CDP ids, properties as a plain object. */
function shape(node, byId) {
  const value = (v) => v?.value;
  return {
    role: value(node.role) ?? '',
    name: value(node.name) ?? '',
    description: value(node.description) ?? '',
    ignored: !!node.ignored,
    props: Object.fromEntries((node.properties ?? []).map((p) => [p.name, value(p.value)])),
    children: (node.childIds ?? [])
      .map((id) => byId.get(id))
      .filter(Boolean)
      .map((child) => shape(child, byId)),
  };
}

export function a11yCommandsPlugin() {
  return {
    name: 'a11y-commands',
    async executeCommand({ command, payload, session }) {
      if (!['ax-tree', 'forced-colors', 'timezone', 'insert-text', 'layout-metrics'].includes(command)) return undefined;
      // Firefox and WebKit present themselves as puppeteer too (scripts/engines.js), without CDP.
      if (session.browser.type !== 'puppeteer' || ['Firefox', 'WebKit'].includes(session.browser.name)) {
        throw new Error(`${command} needs Chromium's CDP, not ${session.browser.name} (${session.browser.type})`);
      }
      const cdp = await cdpOf(session.browser.getPage(session.id));
      if (command === 'timezone') {
        // The page's time zone, as a visitor elsewhere has it ('' gives the machine's back).
        await cdp.send('Emulation.setTimezoneOverride', { timezoneId: payload.zone });
        return true;
      }
      if (command === 'layout-metrics') {
        await cdp.send('Performance.enable');
        const m = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value]));
        return { layoutMs: m.LayoutDuration * 1000, styleMs: m.RecalcStyleDuration * 1000, layouts: m.LayoutCount };
      }
      if (command === 'insert-text') {
        await cdp.send('Input.insertText', { text: payload.text });
        return true;
      }
      if (command === 'forced-colors') {
        await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload.active ? 'active' : 'none' }] });
        return true;
      }
      const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: payload.selector });
      if (!nodeId) throw new Error(`ax-tree: nothing matches ${payload.selector}`);
      const { node } = await cdp.send('DOM.describeNode', { nodeId });
      await cdp.send('Accessibility.enable');
      const { nodes } = await cdp.send('Accessibility.getFullAXTree');
      const byId = new Map(nodes.map((n) => [n.nodeId, n]));
      const top = nodes.find((n) => n.backendDOMNodeId === node.backendNodeId);
      if (!top) throw new Error(`ax-tree: ${payload.selector} is not in the accessibility tree`);
      return shape(top, byId);
    },
  };
}
