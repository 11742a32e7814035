// The words that introduce a secret in this language (see SecretWords in secret-words.ts): loaded with the
// language's first file, or at once by its entry point, and added to the detector for every element.
import type { SecretWords } from './secret-words.js';

// French, as French banks and the CB network name these (as we know their pages and SMS; not re-checked online
// here): the card PIN is the "code confidentiel" (Groupement des Cartes Bancaires CB, Banque de France's
// consumer pages), also "code secret", "code PIN", "code CB"/"code carte bleue"; the CVV the "cryptogramme
// visuel" ("les 3 chiffres au dos"); 3-D Secure SMS give a "code de sécurité", "code de validation",
// "code à usage unique" or "code de confirmation de paiement" (La Banque Postale calls its SMS code
// "Certicode"); "mot de passe" is abbreviated "mdp". Not "code postal", "code client", "code promo", "code
// d'erreur": the bare "code" is English's BARE_CODE, kept unless a mark or link word (est, :) comes next.
export const secrets: SecretWords = {
  publicWords: [
    ...['réclamation*', 'reclamation*', 'plainte*', 'demande*'],
    ...['ticket*', 'numéro*', 'frais', 'coût*', 'tarif*', 'date*', 'téléphone*', 'portable', 'mobile', 'courriel*', 'email*'],
    ...['mail', 'page*', 'lien*', 'site', 'version*', 'expéditeur*', 'gestionnaire*', 'réinitialis*', 'bloqu*', 'oubli*', 'chang*'],
    ...['modifi*', 'expir*', 'le$', 'du$', 'depuis$', 'au$'],
  ],
  numbered: [
    ...['!commande*', '!remboursement*', '!retour*', '!suivi*', '!colis', '!livraison*', '!facture*'],
    ...['paiement*', 'virement*', 'numéro*', 'compte*', 'montant*', 'achat*', 'de$'],
  ],
  units: ['euro*', 'eur', 'centimes', '~fois', '~jours', '~minutes'],
  codes: [
    'code de vérification',
    'code de validation',
    'code de sécurité',
    'code sécurité',
    'code d’authentification',
    "code d'authentification",
    'code d’activation',
    "code d'activation",
    'code d’accès',
    "code d'accès",
    'code de confirmation de paiement',
    'code unique',
    'code à usage unique',
    'mot de passe à usage unique',
    'code temporaire',
    'code provisoire',
    'code sms',
    'code par sms',
    'code reçu',
    'code envoyé',
    'code 3d secure',
    'code 3ds',
    'certicode',
    // "My/your code" (`Votre code WhatsApp : 482-913`, R9-4), and the CVV as "numéro de sécurité" (R9-10).
    'mon code',
    'votre code',
    'ton code',
    'numéro de sécurité',
    'code confidentiel',
    'code secret',
    'code pin',
    'code carte',
    'code de carte',
    'code de la carte',
    'code cb',
    'code carte bleue',
    // A gift card's code spends its balance, as English "gift card code".
    'code carte cadeau',
    'code de carte cadeau',
    'code de la carte cadeau',
    'cryptogramme',
    'cryptogramme visuel',
    'chiffres au dos',
    'numéros au dos',
    'chiffres derrière',
    // R10-10: "crypto", as users shorten cryptogramme (only with its colon: also a currency), and "the code on the back".
    'crypto:',
    'crypto :',
    'code au dos',
    'numéro au dos',
    'code derrière',
    // "code à 6 chiffres : 482913", as English "6-digit code" (a count, never a value, is before the keyword).
    ...['3', '4', '5', '6', '8', 'trois', 'quatre', 'six', 'huit'].flatMap((n) => [`code à ${n} chiffres`, `code de ${n} chiffres`]),
  ],
  publicCodes: [
    ...['client', 'commande', 'erreur', 'parrainage', 'suivi', 'réduction'],
    // R12-7: an order, ticket, file, invoice or parcel number before the secret the caller writes about (`Commande n°
    // 482913 – code de vérification non reçu`).
    ...['ticket', 'dossier', 'facture', 'réclamation', 'demande', 'référence', 'réf', 'contrat', 'colis', 'abonné'],
  ],
  passwords: ['mot de passe', 'mdp', 'mot-de-passe', 'motdepasse'],
  links: [
    // R22-5: a hedge between the name and the value, as an unsure customer writes it.
    ...['peut-être', 'peut-etre', 'probablement', 'sans doute', 'devrait être', 'devrait etre'],
    'est',
    'était',
    'c’est',
    "c'est",
    'sont',
    'vaut',
    'égal',
    'égale',
    'égal à',
    'mon',
    'ma',
    'de mon',
    'de ma',
    'de la',
    'du',
    'pour mon',
    'pour ma',
    'pour la',
    'sur ma',
    'de ma carte',
    'de ma nouvelle carte',
    'de mon compte',
    'la carte',
    'carte',
    'compte',
    'numéro',
    'nouveau',
    'nouvelle',
    'ancien',
    'ancienne',
    'actuel',
    'actuelle',
    'provisoire',
    'temporaire',
    'reçu',
    'envoyé',
    'par sms',
    // R10-8: a count between a keyword and its value, as a form's hint: `CVV (3 chiffres): 123`.
    ...['3', '4', '6', '8'].map((n) => `${n} chiffres`),
  ],
};
