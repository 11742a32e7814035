import { ownNoPasswordWords } from './secrets-own-none.js';

ownNoPasswordWords({
  tag: 'pt',
  name: 'Brazilian Portuguese',
  forgot: ['senha: esqueci', 'Senha: não lembro', 'senha: não sei'],
  password: ['senha: Brasil@2024', 'senha: ••••••'],
  foreign: ['password: olvidé', 'password: ••••••'],
});
