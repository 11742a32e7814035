// `import 'support-widgets/locales/ru.js'`: Russian is there at once, with no file to load: needed to server-render
// it (the server cannot wait for a language file), and it saves the browser those requests. Its secret words join
// the detector at once too.
import ru from './locales/ru.js';
import { secrets } from './internal/secret-words.ru.js';
import { addLocale } from './internal/locale.js';

addLocale('ru', ru, secrets);
export default ru;
