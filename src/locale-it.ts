// `import 'support-widgets/locales/it.js'`: Italian is there at once, with no file to load: needed to server-render
// it (the server cannot wait for a language file), and it saves the browser those requests. Its secret words join
// the detector at once too.
import it from './locales/it.js';
import { secrets } from './internal/secret-words.it.js';
import { addLocale } from './internal/locale.js';

addLocale('it', it, secrets);
export default it;
