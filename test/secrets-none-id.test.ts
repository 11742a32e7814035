import { ownNoPasswordWords } from './secrets-own-none.js';

ownNoPasswordWords({
  tag: 'id',
  name: 'Indonesian',
  forgot: ['kata sandi: lupa', 'kata sandi: tidak ingat'],
  password: ['kata sandi saya Rahasia2024', 'kata sandi saya ••••••'],
  foreign: ['password: unuttum', 'password: ••••••'],
});
