import { VERSION } from './version.js';

type Versioned = CustomElementConstructor & { version?: string };

/**
 * Registers a custom element once. Loading the library twice (the ESM and the classic bundle, or two
 * copies) never throws: the same version is skipped silently, another version gets one warning.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  // No registry at all (a server without Lit's Node build): nothing to register, and importing must not throw.
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag) as Versioned | undefined;
  if (!existing) {
    (ctor as Versioned).version = VERSION;
    customElements.define(tag, ctor);
  } else if (existing.version !== VERSION) {
    console.warn(
      `<${tag}>: support-widgets ${VERSION} was loaded, but version ${existing.version ?? 'unknown'} already registered this element; the page keeps using ${existing.version ?? 'the first one'}.`,
    );
  }
}
