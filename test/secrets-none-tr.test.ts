import { ownNoPasswordWords } from './secrets-own-none.js';

ownNoPasswordWords({
  tag: 'tr',
  name: 'Turkish',
  forgot: ['şifrem: unuttum', 'şifremi unuttum', 'şifre: bilmiyorum'],
  password: ['şifrem kedi123', 'şifrem ••••••'],
  foreign: ['password: lupa', 'password: ••••••'],
});
