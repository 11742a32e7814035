// `import 'support-widgets/locales/zh-CN.js'`: Simplified Chinese is there at once, with no file to load: needed to
// server-render it (the server cannot wait for a language file), and it saves the browser that request.
import zhCN from './locales/zh-CN.js';
import { addLocale } from './internal/locale.js';

addLocale('zh-cn', zhCN);
export default zhCN;
