import type { DisputeGuidanceStrings } from './dispute-checklist.en.js';

/** Spanish guidance of <support-dispute-checklist> (the deadline rules, the evidence items and why each matters): its second file, see DisputeGuidanceStrings. */
export const dispute: DisputeGuidanceStrings = {
  written:
    'Tarjetas de crédito de EE. UU.: envíe su reclamación por escrito a la dirección para errores de facturación que figura en su estado de cuenta (no a la dirección de pago). Una llamada telefónica por sí sola no protege sus derechos.',
  'w-us-reg-z':
    'Tarjetas de crédito de EE. UU.: su banco debe recibir su carta dentro de los 60 días siguientes al estado de cuenta que mostró el cargo por primera vez.',
  'w-us-reg-e':
    'Tarjetas de débito y transferencias de EE. UU.: avise a su banco dentro de los 60 días siguientes al estado de cuenta que mostró el cargo por primera vez.',
  'w-us-reg-e-lost':
    'Si perdió o le robaron la tarjeta o el PIN, avise a su banco dentro de los 2 días hábiles siguientes a darse cuenta: después podría perder hasta 500 dólares.',
  'w-eu-psd2-71': 'UE y EEE: avise a su banco en cuanto se dé cuenta; la ley da como máximo 13 meses desde el día en que el dinero salió de su cuenta.',
  'w-eu-none':
    'UE y EEE: la ley no fija un plazo para este tipo de problema; las normas de tarjetas de su banco sí, a menudo 120 días desde el cargo. Consulte pronto a su banco.',
  'w-paypal-180': 'PayPal: abra una disputa dentro de los 180 días siguientes al pago.',
  'w-eu-psd2-76':
    'UE y EEE: si el importe exacto no estaba fijado cuando autorizó el pago (un débito directo o una retención en la tarjeta en un hotel o alquiler de vehículos), puede pedir a su banco un reembolso dentro de las 8 semanas siguientes al cargo en cuenta. Si no, las normas de tarjetas de su banco fijan el plazo, a menudo 120 días desde el cargo. Consulte pronto a su banco.',
  'w-paypal-error': 'PayPal: informe de un cargo incorrecto o duplicado dentro de los 60 días siguientes al estado de cuenta que lo mostró.',
  'w-paypal-unauthorized': 'PayPal: informe de un pago que usted no hizo dentro de los 60 días siguientes al estado de cuenta que lo mostró.',
  'w-visa-13.1':
    'Visa: su banco tiene 120 días desde la fecha prometida (o desde el cargo, si no se prometió ninguna fecha), como máximo 540 días después del cargo.',
  'w-visa-13.3': 'Visa: su banco tiene 120 días desde el día en que lo recibió (o desde el cargo), como máximo 540 días después del cargo.',
  'w-visa-13.6': 'Visa: su banco tiene 120 días desde la fecha de la confirmación del reembolso (o desde el cargo), como máximo 540 días después del cargo.',
  'w-visa-120': 'Visa: su banco tiene 120 días desde el cargo. Avísele con bastante antelación: también necesita tiempo.',
  'w-mastercard-4853':
    'Mastercard: su banco tiene 120 días desde la fecha prometida (o desde el cargo, si no se prometió ninguna fecha), como máximo 540 días después del cargo.',
  'w-mastercard-4834': 'Mastercard: por un cargo duplicado, un importe incorrecto o un cargo ya pagado de otra forma, su banco tiene 90 días desde el cargo.',
  'w-mastercard-120':
    'Mastercard: su banco tiene 120 días desde el cargo (desde la recepción, si el producto no es como se describió). Avísele con bastante antelación.',
  'dsc-unrecognized':
    'Primero averigüe qué es: las tiendas a menudo cobran con otro nombre, y alguien con quien comparte la tarjeta puede haber pagado. Si nadie lo reconoce, denúncielo como fraude.',
  'i-statement': 'Línea del estado de cuenta',
  'r-statement': 'Muestra el nombre del comercio, la fecha y el importe cobrado.',
  'i-contact': 'Prueba de que primero contactó al comercio',
  'r-contact': 'Correos, chat o un número de caso: los emisores esperan que primero lo intente con el comercio.',
  'i-receipt': 'Comprobante o confirmación del pedido',
  'r-receipt': 'Muestra qué compró, cuándo y por cuánto.',
  'i-terms': 'Lo que se prometió',
  'r-terms': 'El anuncio, la fecha de entrega o las condiciones cuando pagó.',
  'i-tracking': 'Seguimiento o registro de entrega',
  'r-tracking': 'Muestra que nunca llegó o que llegó tarde.',
  'i-photos': 'Fotos del problema',
  'r-photos': 'Muestran el daño o en qué difiere de la descripción.',
  'i-return': 'Prueba de que lo devolvió',
  'r-return': 'Fecha de devolución, transportista y número de seguimiento, o la negativa del comercio a aceptarlo.',
  'i-service': 'Qué falló en el servicio',
  'r-service': 'Fechas, lo que se prometió y lo que recibió; la opinión de un experto si la tiene.',
  'i-descriptor': 'Busque el nombre que aparece en su estado de cuenta',
  'r-descriptor': 'Busque el nombre exacto y cualquier teléfono que lo acompañe: las tiendas a menudo cobran con otro nombre comercial.',
  'i-household': 'Pregunte a quienes comparten su tarjeta o cuenta',
  'r-household': 'La compra de un familiar o una suscripción olvidada suele ser la respuesta.',
  'i-other': 'Prueba de que pagó de otra forma',
  'r-other': 'Un recibo, el estado de cuenta de otra tarjeta o un cheque que demuestre que el comercio recibió el pago.',
  'i-cancel': 'Confirmación de la cancelación',
  'r-cancel': 'Muestra que canceló antes de este cargo.',
  'i-refund': 'La promesa de reembolso',
  'r-refund': 'El mensaje o la nota de crédito del comercio que promete el dinero.',
  'i-both': 'Ambas transacciones',
  'r-both': 'La fecha, el importe y la referencia del cargo válido y del duplicado.',
  'i-price': 'El precio acordado',
  'r-price': 'Un presupuesto, un recibo o un precio mostrado que difiere del cargo.',
  'i-report': 'Su aviso al emisor',
  'r-report': 'Cuándo avisó a su banco o billetera y bloqueó la tarjeta.',
  'i-card': 'Dónde estaba su tarjeta',
  'r-card': 'Con usted, perdida o robada cuando se hizo el cargo.',
  'i-story': 'Qué ocurrió, en pocas palabras',
  'r-story': 'Fechas, lo que esperaba y lo que solicita.',
};
