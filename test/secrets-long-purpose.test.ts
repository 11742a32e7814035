// Issue 13: a secret named for a purpose longer than the detector reads word by word (an address, a URL or one run
// of characters without a space, over 64 characters), as people paste them: the value after its colon or "is" is
// masked whatever the purpose is. Until 2026-12-07 an unbounded URL and address pattern read them, and was
// quadratic (see test/budgets.test.ts); bounded without this rule, these secrets were kept.
import '../src/index.js';
import { expectRedacted, loadEveryLanguage } from './helpers.js';

const LONG_URL = `https://online.examplebank.com/retail/login/authenticate?session=${'a1b2c3'.repeat(40)}`;
// A link pasted from an e-mail, tracking parameters and all: 3,000 characters.
const PASTED_URL = `https://click.examplebank.com/track?u=${'9f8e7d6c5b4a'.repeat(250)}`;
const LONG_LOCAL = `${'customer.service.account.'.repeat(3)}holder@examplebank.com`;
const RUN = `${'x'.repeat(70)}`;

before(loadEveryLanguage);

describe('a secret named for a long purpose', () => {
  it('masks the value after a URL of any length, with a colon or "is"', () => {
    expectRedacted(
      [
        [`my password for ${LONG_URL}: hunter22`, `my password for ${LONG_URL}: ••••••`],
        [`OTP for ${LONG_URL} is 482913`, `OTP for ${LONG_URL} is ••••••`],
        [`password for ${LONG_URL} online banking: hunter22`, `password for ${LONG_URL} online banking: ••••••`],
        [`code for ${LONG_URL}: 482913`, `code for ${LONG_URL}: ••••••`],
        [`my password for ${PASTED_URL} is hunter22`, `my password for ${PASTED_URL} is ••••••`],
        [`รหัส OTP สำหรับ${LONG_URL} คือ 482913`, `รหัส OTP สำหรับ${LONG_URL} คือ ••••••`],
        [`пароль для ${LONG_URL}: hunter22`, `пароль для ${LONG_URL}: ••••••`],
      ],
      // A URL itself is no secret, nor is one after the keyword's "is".
      [`password for https://x.com/login is hunter22`.replace('hunter22', 'wrong'), `PIN ${LONG_URL}`],
    );
  });

  it('masks the value after an address whose name part is longer than an address allows, or after one long run', () => {
    expectRedacted(
      [
        [`my password for ${LONG_LOCAL}: hunter22`, `my password for ${LONG_LOCAL}: ••••••`],
        [`PIN for ${RUN}: 4829`, `PIN for ${RUN}: ••••••`],
        [`密码 for ${RUN}me@x : 4829`, `密码 for ${RUN}me@x : ••••••`],
      ],
      [],
    );
  });
});
