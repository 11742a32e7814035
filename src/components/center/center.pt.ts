import type { CenterStrings } from './center.en.js';

/** Brazilian Portuguese (você) strings of <support-center>; pt-PT uses them too. */
export const center: CenterStrings = {
  nav: 'Tópicos de ajuda',
  faq: 'Perguntas frequentes',
  hotline: 'Fale conosco',
  callPrep: 'Antes de ligar',
  dispute: 'Contestar uma cobrança',
  stuck: 'Ainda precisa de ajuda? Uma pessoa pode atender você:',
  checklist: 'Abrir a lista para a contestação',
  status: 'Central de atendimento agora',
  loading: 'Carregando a ajuda…',
  failed: 'Não foi possível carregar a ajuda.',
  retry: 'Tentar de novo',
};
