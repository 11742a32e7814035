// `import 'support-widgets/locales/fr.js'`: French is there at once, with no file to load: needed to server-render
// it (the server cannot wait for a language file), and it saves the browser those requests. Its secret words join
// the detector at once too.
import fr from './locales/fr.js';
import { secrets } from './internal/secret-words.fr.js';
import { addLocale } from './internal/locale.js';

addLocale('fr', fr, secrets);
export default fr;
