import { ownNoPasswordWords } from './secrets-own-none.js';

ownNoPasswordWords({
  tag: 'it',
  name: 'Italian',
  forgot: ["password: l'ho dimenticata", 'Password: non la ricordo', 'password: non lo so'],
  password: ['la password è "gatto blu"', 'la password è "••••••"'],
  foreign: ['password: olvidé', 'password: ••••••'],
});
