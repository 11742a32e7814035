// `import 'support-widgets/locales/es.js'`: Spanish is there at once, with no file to load: needed to server-render
// it (the server cannot wait for a language file), and it saves the browser those requests. Its secret words join
// the detector at once too.
import es from './locales/es.js';
import { secrets } from './internal/secret-words.es.js';
import { addLocale } from './internal/locale.js';

addLocale('es', es, secrets);
export default es;
