import { dict } from './dict.js';

/** Copies text to the clipboard. Resolves false when the browser refuses (no permission, insecure page). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older browsers and some embedded frames have no async clipboard: fall back to a selection copy.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'support-widgets-copy';
    document.body.append(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    return ok;
  }
}

/** Saves text as a file on the user's device. Nothing is uploaded. */
export function downloadFile(filename: string, text: string, type = 'text/plain'): void {
  const url = URL.createObjectURL(new Blob([text], dict({ type: `${type};charset=utf-8` })));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name from a title and today's date: `call-summary-2026-11-24.txt`. */
export function fileName(stem: string, extension: string, date = new Date()): string {
  const day = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  return `${stem}-${day}.${extension}`;
}

/**
 * Prints plain text alone, without the rest of the host page, from a hidden frame. The text is set as
 * `textContent` (never parsed) and styled with a constructed stylesheet, so a strict CSP allows it.
 */
export function printText(title: string, text: string, lang: string, dir: 'ltr' | 'rtl'): void {
  const frame = document.createElement('iframe');
  frame.title = title;
  // Not `hidden`: a frame that is not rendered prints nothing in some browsers.
  frame.width = '0';
  frame.height = '0';
  frame.tabIndex = -1;
  frame.setAttribute('aria-hidden', 'true');
  document.body.append(frame);
  const win = frame.contentWindow;
  const doc = frame.contentDocument;
  if (!win || !doc) {
    frame.remove();
    return;
  }
  doc.documentElement.lang = lang;
  doc.documentElement.dir = dir;
  doc.title = title;
  const heading = doc.createElement('h1');
  heading.textContent = title;
  const body = doc.createElement('pre');
  body.textContent = text;
  doc.body.append(heading, body);
  const sheet = new (win as Window & typeof globalThis).CSSStyleSheet();
  sheet.replaceSync(
    'body{font:12pt/1.5 system-ui,sans-serif;color:#000;margin:1.5cm}h1{font-size:16pt;margin:0 0 12pt}pre{font:inherit;white-space:pre-wrap;overflow-wrap:anywhere;margin:0}',
  );
  doc.adoptedStyleSheets = [sheet];
  const cleanup = (): void => frame.remove();
  // Firefox fires `afterprint` inside `print()` when it prints without a dialog: the frame goes in the next
  // task, not while its own print() is still on the stack.
  win.addEventListener('afterprint', () => setTimeout(cleanup), dict({ once: true }));
  setTimeout(cleanup, 60_000);
  win.print();
}
