import type { CenterStrings } from './center.en.js';

/** French strings of <support-center> (typography as in faq.fr.ts). */
export const center: CenterStrings = {
  nav: 'Rubriques d’aide',
  faq: 'Questions fréquentes',
  hotline: 'Nous appeler',
  callPrep: 'Avant d’appeler',
  dispute: 'Contester un paiement',
  stuck: 'Pas de solution ? Un conseiller peut vous aider :',
  checklist: 'Ouvrir la liste de contrôle de contestation',
  status: 'Assistance en ce moment',
  loading: 'Chargement de l’aide…',
  failed: 'Impossible de charger l’aide.',
  retry: 'Réessayer',
};
