// `import 'support-widgets/locales/vi.js'`: Vietnamese is there at once, with no file to load: needed to server-render
// it (the server cannot wait for a language file), and it saves the browser those requests. Its secret words join
// the detector at once too.
import vi from './locales/vi.js';
import { secrets } from './internal/secret-words.vi.js';
import { addLocale } from './internal/locale.js';

addLocale('vi', vi, secrets);
export default vi;
