// The API tables of an element (attributes, properties, methods, events, slots, parts, custom properties) as
// Markdown, from custom-elements.json: written into docs/ by scripts/api-docs.js, and into each element's page
// of the documentation site (docsite/) from the manifest of the build the site is made from.

export const cell = (text) =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n+/g, ' ')
    .trim();
export const code = (text) => (text ? `\`${cell(text).replace(/`/g, '')}\`` : '');
export function table(head, rows) {
  if (!rows.length) return '';
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** The manifest's declarations by class name, and `render(decl)`: an element's API tables as Markdown. */
export function apiTables(manifest) {
  const declarations = new Map();
  for (const mod of manifest.modules) for (const d of mod.declarations ?? []) declarations.set(d.name, d);

  /** The element's own members plus what it inherits from its superclasses in this package. */
  function withInherited(decl) {
    const out = { ...decl, members: [...(decl.members ?? [])], attributes: [...(decl.attributes ?? [])], events: [...(decl.events ?? [])] };
    let parent = decl.superclass && declarations.get(decl.superclass.name);
    while (parent) {
      for (const key of ['members', 'attributes', 'events']) {
        for (const item of parent[key] ?? []) if (!out[key].some((m) => m.name === item.name)) out[key].push(item);
      }
      parent = parent.superclass && declarations.get(parent.superclass.name);
    }
    return out;
  }

  function render(decl) {
    const d = withInherited(decl);
    const parts = [];
    const attrs = d.attributes.filter((a) => a.name);
    const attrRows = attrs.map((a) => {
      const field = d.members.find((m) => m.name === a.fieldName);
      return [
        code(a.name),
        code(a.fieldName),
        code(a.type?.text ?? field?.type?.text),
        code(a.default ?? field?.default),
        cell(a.description ?? field?.description),
      ];
    });
    if (attrRows.length) parts.push(`**Attributes**\n\n${table(['Attribute', 'Property', 'Type', 'Default', 'Description'], attrRows)}`);
    const props = d.members.filter(
      (m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public' && !attrs.some((a) => a.fieldName === m.name),
    );
    const propRows = props.map((m) => [code(m.name), code(m.type?.text), code(m.default), cell(m.description) + (m.readonly ? ' (read-only)' : '')]);
    if (propRows.length) parts.push(`**Properties** (no attribute)\n\n${table(['Property', 'Type', 'Default', 'Description'], propRows)}`);
    const methods = d.members.filter(
      (m) =>
        m.kind === 'method' &&
        !m.static &&
        (m.privacy ?? 'public') === 'public' &&
        !['render', 'connectedCallback', 'disconnectedCallback', 'firstUpdated', 'updated', 'willUpdate'].includes(m.name),
    );
    const methodRows = methods.map((m) => [code(`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`), cell(m.description)]);
    if (methodRows.length) parts.push(`**Methods**\n\n${table(['Method', 'Description'], methodRows)}`);
    const events = d.events;
    const eventRows = events.map((e) => [code(e.name), code(e.type?.text), cell(e.description)]);
    if (eventRows.length) parts.push(`**Events** (bubbling, composed)\n\n${table(['Event', 'Type', 'Description'], eventRows)}`);
    const slotRows = (d.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]);
    if (slotRows.length) parts.push(`**Slots**\n\n${table(['Slot', 'Description'], slotRows)}`);
    const partRows = (d.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]);
    if (partRows.length) parts.push(`**CSS parts**\n\n${table(['Part', 'Description'], partRows)}`);
    const propsCss = (d.cssProperties ?? []).map((p) => [code(p.name), cell(p.description)]);
    if (propsCss.length) parts.push(`**CSS custom properties**\n\n${table(['Property', 'Description'], propsCss)}`);
    return parts.join('\n\n');
  }

  return { declarations, withInherited, render };
}
