/** English strings of <support-faq>. Placeholders in braces are filled in at run time. */
export const faq = {
  /** Label of the search box. */
  search: 'Search questions',
  /** Accessible name of the group of category chips. */
  categories: 'Categories',
  /** The chip that shows every category. */
  all: 'All',
  /** Announced after a search: an ICU plural, its forms chosen by the language's Intl.PluralRules (`#` is the number). */
  results: '{n, plural, one {# result} other {# results}}',
  /** Label of the list of links to the questions that match a search best. */
  best: 'Best matches',
  /** Shown and announced when nothing matches. */
  none: 'No matching answers.',
  /** Button under an open answer. */
  copy: 'Copy link',
  /** Accessible name of "Copy link": `{label}` is its text, `{question}` the answer's question. */
  copyFor: '{label} to: {question}',
  /** Announced after the link was copied. */
  copied: 'Link copied',
  /** Announced when the browser refused to copy. */
  copyFailed: 'Copy failed',
  /** Question under an open answer when `feedback` is set. */
  helpful: 'Was this helpful?',
  /** Feedback answer. */
  yes: 'Yes',
  /** Feedback answer. */
  no: 'No',
  /** Accessible names of the feedback buttons: `{label}` is "Yes" or "No", `{question}` the answer's question. */
  yesFor: '{label}, the answer to “{question}” helped',
  noFor: '{label}, the answer to “{question}” did not help',
  /** Shown after the user gave feedback. */
  thanks: 'Thanks for the feedback!',
  /** Before an answer shown in another language than the page's: `{language}` is its name ("English"). */
  otherLanguage: 'This answer is not available in your language, so it is shown in {language}.',
  /** Label of the list of related questions under an open answer. */
  related: 'Related questions',
  /** Never shown: the search's built-in synonyms, groups separated by `;`, their words or phrases by `,` (`""`: none). */
  synonyms: 'card,credit card,debit card;charge,payment;failed,declined,rejected;refund,money back,reimbursement;dispute,chargeback',
  /**
   * Never shown: pairs of a Traditional Chinese character and the Simplified one the search reads it as (`""`:
   * none). Only the Chinese languages have them (see faq.zh-CN.ts).
   */
  variants: '',
};

/** The keys every language must translate for this component. */
export type FaqStrings = Record<keyof typeof faq, string>;
