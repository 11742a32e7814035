// `import 'support-widgets/locales/tr.js'`: Turkish is there at once, with no file to load: needed to server-render
// it (the server cannot wait for a language file), and it saves the browser those requests. Its secret words join
// the detector at once too.
import tr from './locales/tr.js';
import { secrets } from './internal/secret-words.tr.js';
import { addLocale } from './internal/locale.js';

addLocale('tr', tr, secrets);
export default tr;
