// The words that introduce a secret in this language (see SecretWords in secret-words.ts): loaded with the
// language's first file, or at once by its entry point, and added to the detector for every element.
import type { SecretWords } from './secret-words.js';

/** "6-digit", between a Spanish keyword and its value: `código de verificación de 6 dígitos: 482913`. */
// R10-8: also without "de", as a form's hint: `código de seguridad (3 dígitos): 123`.
const ES_COUNT = ['3', '4', '6', '8', 'tres', 'cuatro', 'seis', 'ocho'].flatMap((n) => [`de ${n} dígitos`, `${n} dígitos`]);
// Spanish (Spain and Latin America). The names banks use in their SMS and help pages: "código de verificación",
// "código de seguridad" and "código de un solo uso" (CaixaBank, BBVA, Santander España help pages); "clave
// dinámica" (Bancolombia, BancoEstado Chile: the app's one-time code); "token" (BBVA México, Banorte: the
// code of the "token móvil"); "NIP" (Mexico's name for the PIN, Banxico's and every Mexican bank's ATM pages);
// "número secreto" and "clave del cajero" (Spain and Latin America for the ATM PIN); the CVV as "código de
// seguridad" and "los 3 dígitos de atrás / del reverso" (Visa and Mastercard Spanish pages say "reverso").
// Not "código" alone, which names public codes too (código postal, código de error, código de pedido); "el
// código es" and "mi código" name it as English "the code is" and "my code" do. From knowledge of these
// banks' wording, not a single published standard: a native reviewer may add regional words.
export const secrets: SecretWords = {
  publicWords: [
    ...['incidencia*', 'reclamaci*', 'queja*', 'solicitud*'],
    ...['ticket*', 'número*', 'fecha*', 'cargo*', 'comisión*', 'coste', 'costo*', 'tarifa*', 'móvil*', 'teléfono*'],
    ...['celular*', 'correo*', 'email*', 'página*', 'enlace*', 'versión*', 'remitente*', 'gestor*', 'bloque*', 'olvid*', 'restablec*'],
    ...['cambi*', 'caduc*', 'vencid*', 'desde$', 'el$', 'hasta$'],
  ],
  numbered: [
    ...['!pedido*', '!reembolso*', '!devolución*', '!devolucion*', '!rastre*', '!seguimiento*', '!envío*', '!factura*', '!paquete*'],
    ...['pago*', 'transferencia*', 'número*', 'cuenta*', 'monto*', 'importe*', 'compra*', 'de$'],
  ],
  units: ['pesos', 'peso', 'euros', 'dólares', 'soles', 'mxn', 'cop', 'ars', 'clp', '~veces', '~días', '~minutos'],
  codes: [
    'código de verificación',
    'código de seguridad',
    'código de un solo uso',
    'código de confirmación',
    'código de activación',
    'código de acceso',
    'código de autenticación',
    'código de validación',
    'código dinámico',
    'código temporal',
    'código SMS',
    'código por SMS',
    'código del SMS',
    'código de WhatsApp',
    'código que me llegó',
    'código que me enviaron',
    'código que recibí',
    'código recibido',
    'código es',
    // "My/your code" (R9-4: `tu código de Mercado Pago es 482913`), as English "my code".
    'mi código',
    'tu código',
    'su código',
    'número de seguridad',
    'código era',
    'código:',
    'clave dinámica',
    'clave de un solo uso',
    'clave temporal',
    'clave del cajero',
    'clave de cajero',
    'clave de la tarjeta',
    'clave de mi tarjeta',
    'número secreto',
    'número de identificación personal',
    'nip',
    'token',
    'código CVV',
    'dígitos de atrás',
    'dígitos de detrás',
    'dígitos del reverso',
    'números de atrás',
    'números del reverso',
    'código de atrás',
    // R10-10: "the number on the back".
    'número de atrás',
    'número de detrás',
    'número del reverso',
    'código del reverso',
  ],
  // Capitalised in a form's labels, after "de" (`Código de Pedido: 1234`): a name, not the app a code is from.
  publicCodes: [
    ...['pedido', 'error', 'barras', 'cliente', 'reserva', 'descuento', 'seguimiento', 'referencia'],
    // R12-7: an order, ticket, case, invoice or claim number before the secret the caller writes about (`Pedido nº
    // 482913 - código de verificación no llega`; `nº` reads `no`).
    ...['orden', 'ticket', 'caso', 'factura', 'incidencia', 'reclamación', 'expediente', 'solicitud', 'localizador'],
  ],
  // R12-1: "código" alone as English "code" (BARE_CODE): a secret only with a mark, a link word or its purpose before its
  // value (`Código para iniciar sesión: 482913`, `Código: 482913`); `código postal: 28001` and `código de error: 504` stay.
  bare: ['código'],
  passwords: ['contraseña', 'clave', 'clave de acceso', 'clave secreta', 'clave de internet'],
  links: [
    // R22-5: a hedge between the name and the value, as an unsure customer writes it.
    ...['probablemente', 'quizás', 'quizas', 'creo que es', 'debería ser', 'deberia ser', 'debe ser'],
    ...[
      'es',
      'era',
      'son',
      'nuevo',
      'nueva',
      'actual',
      'número',
      'de mi tarjeta',
      'de la tarjeta',
      'de mi cuenta',
      'de la cuenta',
      'dinámica',
      'temporal',
      'por SMS',
      'por WhatsApp',
      'por mensaje',
      'por correo',
    ],
    ...ES_COUNT,
  ],
  // Answers that give no password, kept after a password's name (see NO_PASSWORD); a group's languages share them.
  none: [
    // "Forgot it", "don't know", "don't remember", "none", "don't have one" ("contraseña: la olvidé"). English "no" is
    // a link word ("PIN no. 1234"): after it, the rest of "no me acuerdo" is what is read, so the tails are listed too.
    'olvidé',
    'la olvidé',
    'no la sé',
    'no lo sé',
    'no sé',
    'no la recuerdo',
    'no me acuerdo',
    'ninguna',
    'no tengo',
    'me acuerdo',
    'la recuerdo',
    'la sé',
    'lo sé',
    'tengo',
  ],
};
