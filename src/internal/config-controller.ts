import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isRecord, parseJson, type Reporter } from './config.js';
import { dict } from './dict.js';

/**
 * The element's child `<script type="application/json">` config and its error reports: its one job. It reads
 * the script once the document has parsed the element's children, parses it (prototype keys dropped), and
 * hands the object to `apply`, which validates each key and reports a bad one with `report`. A report is one
 * `console.error` naming the element and the field's path, once per message, unless `reporter` takes it
 * (`<support-center>` sets it to report its sections' errors under its own path).
 * @internal
 */
export class ConfigController implements ReactiveController {
  /** Takes this element's reports instead of the console: `<support-center>` hands it to its sections. */
  reporter?: Reporter = undefined;
  /** The messages already logged: each is logged once. */
  readonly reported = new Set<string>();
  private readonly onDocumentReady = (): void => this.read();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { readonly hasUpdated: boolean },
    /** Validates and applies the parsed JSON object. */
    private readonly apply: (config: Record<string, unknown>) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Server-rendered (a declarative shadow root with content): the first render must match the server's HTML,
    // which has no child JSON config (the server sees no children), so the config is read once hydrated.
    if (!this.host.hasUpdated && this.host.shadowRoot?.hasChildNodes()) {
      void this.host.updateComplete.then(() => this.read());
    } else if (document.readyState === 'loading') {
      // A classic script in <head> upgrades the element before its children are parsed.
      document.addEventListener('DOMContentLoaded', this.onDocumentReady, dict({ once: true }));
    } else {
      this.read();
    }
  }

  hostDisconnected(): void {
    document.removeEventListener('DOMContentLoaded', this.onDocumentReady);
  }

  /** Logs one `console.error` per bad field, naming the element, the field and what was expected. */
  readonly report: Reporter = (path, problem) => {
    if (this.reporter) return this.reporter(path, problem);
    const { localName, id } = this.host;
    const message = `<${localName}${id ? ` id="${id}"` : ''}> ${path}: ${problem}.`;
    if (this.reported.has(message)) return;
    this.reported.add(message);
    console.error(message);
  };

  /** Reads the child `<script type="application/json">`, if any, and hands the object to `apply`. */
  read(): void {
    const script = [...this.host.children].find((c) => c instanceof HTMLScriptElement && c.type.toLowerCase() === 'application/json');
    if (!script?.textContent?.trim()) return;
    let config: unknown;
    try {
      config = parseJson(script.textContent);
    } catch (error) {
      this.report('config', `the JSON could not be parsed (${(error as Error).message}); expected a JSON object`);
      return;
    }
    if (!isRecord(config)) return void this.report('config', 'expected a JSON object');
    this.apply(config);
  }
}
