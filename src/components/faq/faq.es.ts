import type { FaqStrings } from './faq.en.js';

/** Spanish (neutral international, usted) strings of <support-faq>. */
export const faq: FaqStrings = {
  search: 'Buscar preguntas',
  categories: 'Categorías',
  all: 'Todas',
  results: '{n, plural, one {# resultado} many {# de resultados} other {# resultados}}',
  best: 'Mejores coincidencias',
  none: 'No hay respuestas que coincidan.',
  copy: 'Copiar enlace',
  copyFor: '{label} de: {question}',
  copied: 'Enlace copiado',
  copyFailed: 'No se pudo copiar',
  helpful: '¿Le resultó útil?',
  yes: 'Sí',
  no: 'No',
  yesFor: '{label}, la respuesta a «{question}» me ayudó',
  noFor: '{label}, la respuesta a «{question}» no me ayudó',
  thanks: '¡Gracias por su opinión!',
  otherLanguage: 'Esta respuesta no está disponible en su idioma, por eso se muestra en {language}.',
  related: 'Preguntas relacionadas',
  // Built-in search synonyms: the words people in Spain and Latin America type (accents are ignored by the search).
  synonyms:
    'tarjeta,tarjeta de crédito,tarjeta de débito,plástico;cargo,cobro,pago,compra;fallido,falló,rechazado,rechazada,declinado,denegado;reembolso,devolución,reintegro,devolver el dinero;disputa,reclamo,reclamación,contracargo,aclaración;contraseña,clave;línea de atención,teléfono,atención al cliente',
  variants: '',
};
