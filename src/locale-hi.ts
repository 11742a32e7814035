// `import 'support-widgets/locales/hi.js'`: Hindi is there at once, with no file to load: needed to server-render
// it (the server cannot wait for a language file), and it saves the browser those requests. Its secret words join
// the detector at once too.
import hi from './locales/hi.js';
import { secrets } from './internal/secret-words.hi.js';
import { addLocale } from './internal/locale.js';

addLocale('hi', hi, secrets);
export default hi;
