// `import 'support-widgets/locales/ja.js'`: Japanese is there at once, with no file to load: needed to server-render
// it (the server cannot wait for a language file), and it saves the browser those requests. Its secret words join
// the detector at once too.
import ja from './locales/ja.js';
import { secrets } from './internal/secret-words.ja.js';
import { addLocale } from './internal/locale.js';

addLocale('ja', ja, secrets);
export default ja;
