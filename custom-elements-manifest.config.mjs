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
  ],
};
