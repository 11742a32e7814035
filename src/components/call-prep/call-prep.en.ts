/** English strings of <support-call-prep>. Placeholders in braces are filled in at run time. */
export const callPrep = {
  /** Accessible name of the component's region. */
  label: 'Support',
};

/** The keys every language must translate for this component. */
export type CallPrepStrings = Record<keyof typeof callPrep, string>;
