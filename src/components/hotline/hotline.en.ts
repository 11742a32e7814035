/** English strings of <support-hotline>. Placeholders in braces are filled in at run time. */
export const hotline = {
  /** Accessible name of the component's region. */
  label: 'Support',
};

/** The keys every language must translate for this component. */
export type HotlineStrings = Record<keyof typeof hotline, string>;
