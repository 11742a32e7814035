// Read by `cem analyze` (scripts/build.js passes the globs and --litelement).
export default {
  plugins: [
    {
      // A plain element (<support-faq-item>) declares its attributes with `@attr` and implements them as
      // getters/setters of the same name: link the two, as the Lit analyzer does for Lit properties.
      name: 'link-attributes-to-fields',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            for (const attr of decl.attributes ?? []) {
              const field = attr.fieldName ? undefined : decl.members?.find((m) => m.kind === 'field' && m.name === attr.name && !m.privacy);
              if (!field) continue;
              attr.fieldName = field.name;
              attr.type ??= field.type;
            }
          }
        }
      },
    },
    {
      // The analyzer adds an event without a name for a `dispatchEvent(new SupportFaqSearchEvent(…))` it cannot
      // match to the class's `@event {SupportFaqSearchEvent} support-faq-search - …` tag: the tag already
      // documents it, so drop the nameless copy of a documented type (scripts/api-docs.js fails on any left).
      name: 'drop-nameless-duplicate-events',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            if (!decl.events) continue;
            const named = new Set(decl.events.filter((e) => e.name).map((e) => e.type?.text));
            decl.events = decl.events.filter((e) => e.name || !named.has(e.type?.text));
          }
        }
      },
    },
  ],
};
