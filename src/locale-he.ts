// `import 'support-widgets/locales/he.js'`: Hebrew (right to left) is there at once, with no file to load: needed to server-render
// it (the server cannot wait for a language file), and it saves the browser those requests. Its secret words join
// the detector at once too.
import he from './locales/he.js';
import { secrets } from './internal/secret-words.he.js';
import { addLocale } from './internal/locale.js';

addLocale('he', he, secrets);
export default he;
