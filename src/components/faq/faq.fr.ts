import type { FaqStrings } from './faq.en.js';

/**
 * French strings of <support-faq>. French typography: a no-break space (U+00A0) before `:` and inside « »,
 * a narrow no-break space (U+202F) before `;`, `?` and `!`.
 */
export const faq: FaqStrings = {
  search: 'Rechercher une question',
  categories: 'Catégories',
  all: 'Toutes',
  results: '{n, plural, one {# résultat} many {# de résultats} other {# résultats}}',
  best: 'Meilleurs résultats',
  none: 'Aucune réponse ne correspond.',
  copy: 'Copier le lien',
  copyFor: '{label} : {question}',
  copied: 'Lien copié',
  copyFailed: 'Échec de la copie',
  helpful: 'Cette réponse vous a-t-elle été utile ?',
  yes: 'Oui',
  no: 'Non',
  yesFor: '{label}, la réponse à « {question} » a été utile',
  noFor: '{label}, la réponse à « {question} » n’a pas été utile',
  thanks: 'Merci pour votre avis !',
  otherLanguage: 'Cette réponse n’est pas disponible dans votre langue : elle est affichée en {language}.',
  related: 'Questions associées',
  // What French speakers type: "CB" and "carte bleue" for any bank card, "prélèvement" for a charge, "rembourser".
  synonyms:
    'carte,carte bancaire,carte bleue,CB,carte de crédit,carte de débit;débit,prélèvement,paiement,achat;échec,échoué,refusé,rejeté;remboursement,rembourser,être remboursé,remboursé;contestation,contester,litige,réclamation;opposition,faire opposition,bloquer ma carte,carte bloquée;mot de passe,mdp,code secret',
  variants: '',
};
