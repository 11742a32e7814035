/** The library's version; `scripts/build.js` checks it against package.json. */
export const VERSION = '0.1.0';
