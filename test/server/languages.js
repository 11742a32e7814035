// Endpoint for the tests that run once per language (test/rtl.test.ts): `GET /__languages` answers the languages
// on disk, each src/locales/<tag>.ts but English, as JSON `[{ "tag": "ar", "dir": "rtl" }, …]`, so that a language
// merged later is tested without editing a test.
import { readdirSync, readFileSync } from 'node:fs';

export function languagesEndpoint(context, next) {
  if (context.path !== '/__languages') return next();
  const tags = readdirSync('src/locales').filter((f) => f.endsWith('.ts') && f !== 'en.ts');
  context.type = 'application/json';
  context.body = JSON.stringify(
    tags.map((f) => ({ tag: f.slice(0, -3), dir: /\bdir\s*:\s*'rtl'/.test(readFileSync(`src/locales/${f}`, 'utf8')) ? 'rtl' : 'ltr' })),
  );
  return undefined;
}
