// `import 'support-widgets/locales/id.js'`: Indonesian is there at once, with no file to load: needed to server-render
// it (the server cannot wait for a language file), and it saves the browser those requests. Its secret words join
// the detector at once too.
import id from './locales/id.js';
import { secrets } from './internal/secret-words.id.js';
import { addLocale } from './internal/locale.js';

addLocale('id', id, secrets);
export default id;
