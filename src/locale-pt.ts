// `import 'support-widgets/locales/pt.js'`: Portuguese (Brazil) is there at once, with no file to load: needed to server-render
// it (the server cannot wait for a language file), and it saves the browser those requests. Its secret words join
// the detector at once too.
import pt from './locales/pt.js';
import { secrets } from './internal/secret-words.pt.js';
import { addLocale } from './internal/locale.js';

addLocale('pt', pt, secrets);
export default pt;
