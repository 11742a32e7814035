import { ownNoPasswordWords } from './secrets-own-none.js';

ownNoPasswordWords({
  tag: 'hi',
  name: 'Hindi',
  forgot: ['पासवर्ड: भूल गया', 'पासवर्ड: याद नहीं', 'password: bhool gaya'],
  password: ['पासवर्ड: सीता2024', 'पासवर्ड: ••••••'],
  foreign: ['password: lupa', 'password: ••••••'],
});
