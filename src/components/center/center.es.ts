import type { CenterStrings } from './center.en.js';

/** Spanish (neutral international, usted) strings of <support-center>. */
export const center: CenterStrings = {
  nav: 'Temas de ayuda',
  faq: 'Preguntas frecuentes',
  hotline: 'Llámenos',
  callPrep: 'Antes de llamar',
  dispute: 'Reclamar un cargo',
  stuck: '¿Aún necesita ayuda? Una persona puede atenderle:',
  checklist: 'Abrir la lista para la disputa',
  status: 'Línea de atención ahora',
  loading: 'Cargando la ayuda…',
  failed: 'No se pudo cargar la ayuda.',
  retry: 'Reintentar',
};
