/** English strings of <support-faq>. Placeholders in braces are filled in at run time. */
export const faq = {
  /** Accessible name of the component's region. */
  label: 'Support',
};

/** The keys every language must translate for this component. */
export type FaqStrings = Record<keyof typeof faq, string>;
