import type { DisputeGuidanceStrings } from './dispute-checklist.en.js';

/** Portuguese (Brazil) guidance of <support-dispute-checklist> (the deadline rules, the evidence items and why each matters): its second file, see DisputeGuidanceStrings. */
export const dispute: DisputeGuidanceStrings = {
  written:
    'Cartões de crédito dos EUA: envie sua contestação por escrito para o endereço de erros de cobrança indicado na fatura (não para o endereço de pagamento). Só uma ligação não garante seus direitos.',
  'w-us-reg-z': 'Cartões de crédito dos EUA: seu banco deve receber sua carta em até 60 dias da primeira fatura que mostrou a cobrança.',
  'w-us-reg-e': 'Cartões de débito e transferências dos EUA: avise seu banco em até 60 dias do primeiro extrato que mostrou a cobrança.',
  'w-us-reg-e-lost':
    'Se o seu cartão ou PIN foi perdido ou roubado, avise seu banco em até 2 dias úteis depois de perceber: depois disso, você pode perder até 500 dólares.',
  'w-eu-psd2-71': 'UE e EEE: avise seu banco assim que perceber; a lei dá no máximo 13 meses a partir do dia em que o dinheiro saiu da sua conta.',
  'w-eu-none':
    'UE e EEE: a lei não fixa prazo para este tipo de problema; as regras de cartão do seu banco fixam, muitas vezes 120 dias a partir da cobrança. Consulte seu banco logo.',
  'w-paypal-180': 'PayPal: abra uma contestação em até 180 dias do pagamento.',
  'w-eu-psd2-76':
    'UE e EEE: se o valor exato não estava definido quando você autorizou o pagamento (um débito automático ou uma pré-autorização no cartão em hotel ou locadora de veículos), você pode pedir o reembolso ao seu banco em até 8 semanas do débito. Caso contrário, as regras de cartão do seu banco fixam o prazo, muitas vezes 120 dias a partir da cobrança. Consulte seu banco logo.',
  'w-paypal-error': 'PayPal: informe uma cobrança errada ou duplicada em até 60 dias do extrato que a mostrou.',
  'w-paypal-unauthorized': 'PayPal: informe um pagamento que você não fez em até 60 dias do extrato que o mostrou.',
  'w-visa-13.1':
    'Visa: seu banco tem 120 dias a partir da data prometida (ou da cobrança, se nenhuma data foi prometida), no máximo 540 dias depois da cobrança.',
  'w-visa-13.3': 'Visa: seu banco tem 120 dias a partir do dia em que você recebeu (ou da cobrança), no máximo 540 dias depois da cobrança.',
  'w-visa-13.6': 'Visa: seu banco tem 120 dias a partir da data da confirmação do reembolso (ou da cobrança), no máximo 540 dias depois da cobrança.',
  'w-visa-120': 'Visa: seu banco tem 120 dias a partir da cobrança. Avise-o bem antes: ele também precisa de tempo.',
  'w-mastercard-4853':
    'Mastercard: seu banco tem 120 dias a partir da data prometida (ou da cobrança, se nenhuma data foi prometida), no máximo 540 dias depois da cobrança.',
  'w-mastercard-4834':
    'Mastercard: para uma cobrança duplicada, um valor errado ou uma cobrança já paga de outra forma, seu banco tem 90 dias a partir da cobrança.',
  'w-mastercard-120':
    'Mastercard: seu banco tem 120 dias a partir da cobrança (a partir do recebimento, para produtos diferentes do anunciado). Avise-o bem antes.',
  'dsc-unrecognized':
    'Primeiro descubra o que é: as lojas muitas vezes cobram com outro nome, e alguém com quem você divide o cartão pode ter pagado. Se ninguém reconhecer, comunique como fraude.',
  'i-statement': 'Linha da fatura ou do extrato',
  'r-statement': 'Mostra o nome do estabelecimento, a data e o valor cobrado.',
  'i-contact': 'Prova de que você procurou o estabelecimento antes',
  'r-contact': 'E-mails, chat ou um número de protocolo: os emissores esperam que você tente primeiro com o estabelecimento.',
  'i-receipt': 'Comprovante ou confirmação do pedido',
  'r-receipt': 'Mostra o que você comprou, quando e por quanto.',
  'i-terms': 'O que foi prometido',
  'r-terms': 'O anúncio, a data de entrega ou as condições quando você pagou.',
  'i-tracking': 'Rastreamento ou registro de entrega',
  'r-tracking': 'Mostra que nunca chegou ou que chegou atrasado.',
  'i-photos': 'Fotos do problema',
  'r-photos': 'Mostram o dano ou como difere da descrição.',
  'i-return': 'Prova de que você devolveu',
  'r-return': 'Data da devolução, transportadora e código de rastreamento, ou a recusa do estabelecimento em aceitar a devolução.',
  'i-service': 'O que houve de errado com o serviço',
  'r-service': 'Datas, o que foi prometido e o que você recebeu; o parecer de um especialista, se tiver.',
  'i-descriptor': 'Pesquise o nome que aparece na sua fatura',
  'r-descriptor': 'Pesquise o nome exato e qualquer telefone ao lado dele: as lojas muitas vezes cobram com outro nome comercial.',
  'i-household': 'Pergunte a quem divide o cartão ou a conta com você',
  'r-household': 'Uma compra de um familiar ou uma assinatura esquecida costuma ser a resposta.',
  'i-other': 'Prova de que você pagou de outra forma',
  'r-other': 'Um recibo, a fatura de outro cartão ou um cheque que mostre que o estabelecimento recebeu.',
  'i-cancel': 'Confirmação do cancelamento',
  'r-cancel': 'Mostra que você cancelou antes desta cobrança.',
  'i-refund': 'A promessa de reembolso',
  'r-refund': 'A mensagem ou nota de crédito do estabelecimento prometendo o dinheiro.',
  'i-both': 'As duas transações',
  'r-both': 'A data, o valor e a referência da cobrança válida e da duplicada.',
  'i-price': 'O preço combinado',
  'r-price': 'Um orçamento, recibo ou preço exibido diferente do valor cobrado.',
  'i-report': 'Seu aviso ao emissor',
  'r-report': 'Quando você avisou seu banco ou carteira digital e bloqueou o cartão.',
  'i-card': 'Onde estava seu cartão',
  'r-card': 'Com você, perdido ou roubado quando a cobrança foi feita.',
  'i-story': 'O que aconteceu, em poucas palavras',
  'r-story': 'Datas, o que você esperava e o que você pede.',
};
