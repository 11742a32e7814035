import { ownNoPasswordWords } from './secrets-own-none.js';

ownNoPasswordWords({
  tag: 'es',
  name: 'Spanish',
  forgot: ['contraseña: la olvidé', 'Contraseña: no me acuerdo', 'contraseña: no la sé'],
  password: ['La contraseña es Hunter2024', 'La contraseña es ••••••'],
  foreign: ['password: esqueci', 'password: ••••••'],
});
