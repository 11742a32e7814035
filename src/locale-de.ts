// `import 'support-widgets/locales/de.js'`: German is there at once, with no file to load: needed to server-render
// it (the server cannot wait for a language file), and it saves the browser those requests. Its secret words join
// the detector at once too.
import de from './locales/de.js';
import { secrets } from './internal/secret-words.de.js';
import { addLocale } from './internal/locale.js';

addLocale('de', de, secrets);
export default de;
