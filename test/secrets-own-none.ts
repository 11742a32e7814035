// The "no password given" words of one language (the `none` list of src/internal/secret-words.<tag>.ts) on a page
// where only that language is loaded: each test/secrets-none-<tag>.test.ts is its own page, as a merchant's page
// showing one language is (issue 20). Each list holds its own language's words only.
import { expect } from '@open-wc/testing';
import { redact } from '../src/internal/sensitive.js';
import { loadLocale } from '../src/internal/locale.js';

export interface OwnWords {
  tag: string;
  name: string;
  /** How a speaker answers a password field with "I forgot it": kept as typed. */
  forgot: string[];
  /** A real password in the language: [typed, what is left]. */
  password: [string, string];
  /** Another language's "forgot it" after a keyword of the core (English) table, with what is left: masked. */
  foreign: [string, string];
}

export function ownNoPasswordWords({ tag, name, forgot, password, foreign }: OwnWords): void {
  describe(`${name} alone on the page: its own "no password" words (issue 20)`, () => {
    // As on a page showing an element in this language: its secret words load with its first file.
    before(() => loadLocale(tag, 'callPrep'));

    it(`keeps ${name} "forgot my password" answers as typed`, () => {
      for (const typed of forgot) expect(redact(typed).text, typed).to.equal(typed);
    });

    it(`still masks a real password typed in ${name}`, () => {
      expect(redact(password[0]).text).to.equal(password[1]);
    });

    it(`masks another language's "forgot it", whose words a ${name} page no longer loads (docs/security.md)`, () => {
      expect(redact(foreign[0]).text).to.equal(foreign[1]);
    });
  });
}
