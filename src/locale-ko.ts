// `import 'support-widgets/locales/ko.js'`: Korean is there at once, with no file to load: needed to server-render
// it (the server cannot wait for a language file), and it saves the browser those requests. Its secret words join
// the detector at once too.
import ko from './locales/ko.js';
import { secrets } from './internal/secret-words.ko.js';
import { addLocale } from './internal/locale.js';

addLocale('ko', ko, secrets);
export default ko;
