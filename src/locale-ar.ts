// `import 'support-widgets/locales/ar.js'`: Arabic (right to left) is there at once, with no file to load: needed to
// server-render it (the server cannot wait for a language file), and it saves the browser that request.
import ar from './locales/ar.js';
import { addLocale } from './internal/locale.js';

addLocale('ar', ar);
export default ar;
