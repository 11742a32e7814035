// `import 'support-widgets/locales/th.js'`: Thai is there at once, with no file to load: needed to server-render
// it (the server cannot wait for a language file), and it saves the browser those requests. Its secret words join
// the detector at once too.
import th from './locales/th.js';
import { secrets } from './internal/secret-words.th.js';
import { addLocale } from './internal/locale.js';

addLocale('th', th, secrets);
export default th;
