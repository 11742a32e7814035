import type { FaqStrings } from './faq.en.js';

/** Brazilian Portuguese (você) strings of <support-faq>; pt-PT uses them too. */
export const faq: FaqStrings = {
  search: 'Pesquisar perguntas',
  categories: 'Categorias',
  all: 'Todas',
  // Intl.PluralRules('pt') puts 0 with 1 ("one"): zero is said as none.
  results: '{n, plural, =0 {Nenhum resultado} one {# resultado} many {# de resultados} other {# resultados}}',
  best: 'Melhores resultados',
  none: 'Nenhuma resposta encontrada.',
  copy: 'Copiar link',
  copyFor: '{label} de: {question}',
  copied: 'Link copiado',
  copyFailed: 'Não foi possível copiar',
  helpful: 'Esta resposta ajudou?',
  yes: 'Sim',
  no: 'Não',
  yesFor: '{label}, a resposta a “{question}” ajudou',
  noFor: '{label}, a resposta a “{question}” não ajudou',
  thanks: 'Obrigado pela sua avaliação!',
  otherLanguage: 'Esta resposta não está disponível no seu idioma, por isso é exibida em {language}.',
  related: 'Perguntas relacionadas',
  // Built-in search synonyms: the words Brazilians type (accents are ignored by the search).
  synonyms:
    'cartão,cartão de crédito,cartão de débito;cobrança,pagamento,compra,débito;falhou,recusado,recusada,negado,não aprovado;reembolso,estorno,devolução,dinheiro de volta;contestação,contestar,disputa,chargeback;senha,código;central de atendimento,telefone,SAC',
  variants: '',
};
