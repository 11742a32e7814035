// `import 'support-widgets/locales/zh-Hant.js'`: Traditional Chinese is there at once, with no file to load: needed to server-render
// it (the server cannot wait for a language file), and it saves the browser those requests. Its secret words join
// the detector at once too.
import zhHant from './locales/zh-Hant.js';
import { secrets } from './internal/secret-words.zh-Hant.js';
import { addLocale } from './internal/locale.js';

addLocale('zh-hant', zhHant, secrets);
export default zhHant;
