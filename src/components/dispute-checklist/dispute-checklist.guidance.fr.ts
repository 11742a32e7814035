import type { DisputeGuidanceStrings } from './dispute-checklist.en.js';

/** French guidance of <support-dispute-checklist> (the deadline rules, the evidence items and why each matters): its second file, see DisputeGuidanceStrings. */
export const dispute: DisputeGuidanceStrings = {
  written:
    'Cartes de crédit américaines : envoyez votre contestation par écrit à l’adresse dédiée aux erreurs de facturation indiquée sur votre relevé (et non à l’adresse de paiement). Un simple appel ne préserve pas vos droits.',
  'w-us-reg-z':
    'Cartes de crédit américaines : votre banque doit recevoir votre courrier dans les 60 jours suivant le relevé où le débit est apparu pour la première fois.',
  'w-us-reg-e':
    'Cartes de débit et virements américains : prévenez votre banque dans les 60 jours suivant le relevé où le débit est apparu pour la première fois.',
  'w-us-reg-e-lost':
    'En cas de perte ou de vol de votre carte ou de votre code PIN, prévenez votre banque dans les 2 jours ouvrés suivant le moment où vous vous en êtes aperçu : au-delà, vous pourriez perdre jusqu’à 500 $.',
  'w-eu-psd2-71':
    'UE et EEE : prévenez votre banque dès que vous constatez le problème ; la loi vous laisse au plus 13 mois à compter du jour où l’argent a quitté votre compte.',
  'w-eu-none':
    'UE et EEE : la loi ne fixe aucun délai pour ce type de problème ; ce sont les règles de carte de votre banque qui le fixent, souvent 120 jours après le débit. Contactez rapidement votre banque.',
  'w-paypal-180': 'PayPal : ouvrez un litige dans les 180 jours suivant le paiement.',
  'w-eu-psd2-76':
    'UE et EEE : si le montant exact n’était pas fixé lorsque vous avez accepté le paiement (un prélèvement, ou une pré-autorisation de carte dans un hôtel ou chez un loueur de voitures), vous pouvez demander un remboursement à votre banque dans les 8 semaines suivant le débit. Sinon, ce sont les règles de carte de votre banque qui fixent le délai, souvent 120 jours après le débit. Contactez rapidement votre banque.',
  'w-paypal-error': 'PayPal : signalez un débit erroné ou en double dans les 60 jours suivant le relevé où il apparaît.',
  'w-paypal-unauthorized': 'PayPal : signalez un paiement que vous n’avez pas effectué dans les 60 jours suivant le relevé où il apparaît.',
  'w-visa-13.1':
    'Visa : votre banque dispose de 120 jours à compter de la date promise (ou du débit, si aucune date n’a été promise), et au plus tard 540 jours après le débit.',
  'w-visa-13.3': 'Visa : votre banque dispose de 120 jours à compter du jour où vous l’avez reçu (ou du débit), et au plus tard 540 jours après le débit.',
  'w-visa-13.6':
    'Visa : votre banque dispose de 120 jours à compter de la date de la confirmation de remboursement (ou du débit), et au plus tard 540 jours après le débit.',
  'w-visa-120': 'Visa : votre banque dispose de 120 jours à compter du débit. Prévenez-la bien avant : elle aussi a besoin de temps.',
  'w-mastercard-4853':
    'Mastercard : votre banque dispose de 120 jours à compter de la date promise (ou du débit, si aucune date n’a été promise), et au plus tard 540 jours après le débit.',
  'w-mastercard-4834':
    'Mastercard : pour un débit en double, un montant erroné ou un débit déjà réglé autrement, votre banque dispose de 90 jours à compter du débit.',
  'w-mastercard-120':
    'Mastercard : votre banque dispose de 120 jours à compter du débit (à compter de la réception, pour un produit non conforme à sa description). Prévenez-la bien avant.',
  'dsc-unrecognized':
    'Commencez par identifier ce débit : les boutiques facturent souvent sous un autre nom, et une personne avec qui vous partagez la carte a peut-être payé. Si personne ne le reconnaît, signalez-le comme une fraude.',
  'i-statement': 'Ligne du relevé',
  'r-statement': 'Indique le nom du commerçant, la date et le montant tels que débités.',
  'i-contact': 'Preuve que vous avez d’abord contacté le commerçant',
  'r-contact': 'E-mails, chat ou numéro de dossier : les banques attendent que vous vous adressiez d’abord au commerçant.',
  'i-receipt': 'Reçu ou confirmation de commande',
  'r-receipt': 'Indique ce que vous avez acheté, quand et pour quel montant.',
  'i-terms': 'Ce qui a été promis',
  'r-terms': 'L’annonce, la date de livraison ou les conditions au moment du paiement.',
  'i-tracking': 'Suivi ou preuve de livraison',
  'r-tracking': 'Montre que la commande n’est jamais arrivée, ou qu’elle est arrivée en retard.',
  'i-photos': 'Photos du problème',
  'r-photos': 'Montrent le dommage ou l’écart avec la description.',
  'i-return': 'Preuve du renvoi',
  'r-return': 'Date de renvoi, transporteur et numéro de suivi, ou refus du commerçant de reprendre l’article.',
  'i-service': 'Ce qui n’allait pas dans le service',
  'r-service': 'Dates, ce qui était promis et ce que vous avez obtenu ; l’avis d’un expert si vous en avez un.',
  'i-descriptor': 'Recherchez le nom qui figure sur votre relevé',
  'r-descriptor':
    'Recherchez le nom exact et le numéro de téléphone éventuellement indiqué à côté : les boutiques facturent souvent sous une autre raison sociale.',
  'i-household': 'Demandez aux personnes qui partagent votre carte ou votre compte',
  'r-household': 'L’achat d’un membre de la famille ou un abonnement oublié en est le plus souvent l’explication.',
  'i-other': 'Preuve que vous avez payé autrement',
  'r-other': 'Un reçu, le relevé d’une autre carte ou un chèque montrant que le commerçant a été payé.',
  'i-cancel': 'Confirmation de résiliation',
  'r-cancel': 'Montre que vous avez résilié avant ce débit.',
  'i-refund': 'La promesse de remboursement',
  'r-refund': 'Le message ou l’avoir du commerçant promettant le remboursement.',
  'i-both': 'Les deux opérations',
  'r-both': 'La date, le montant et la référence du débit valable et du doublon.',
  'i-price': 'Le prix convenu',
  'r-price': 'Un devis, un reçu ou un prix affiché qui diffère du montant débité.',
  'i-report': 'Votre signalement à la banque',
  'r-report': 'Quand vous avez prévenu votre banque ou votre portefeuille électronique et fait opposition sur la carte.',
  'i-card': 'Où se trouvait votre carte',
  'r-card': 'Avec vous, perdue ou volée au moment du débit.',
  'i-story': 'Ce qui s’est passé, en bref',
  'r-story': 'Dates, ce que vous attendiez et ce que vous demandez.',
};
