// The elements of the help page: registered on the server at build time, and in the browser.
import 'support-widgets/faq.js';
import 'support-widgets/hotline.js';
