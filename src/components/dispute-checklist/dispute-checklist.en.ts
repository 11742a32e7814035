/** English strings of <support-dispute-checklist>. Placeholders in braces are filled in at run time. */
export const dispute = {
  /** Accessible name of the component's region. */
  label: 'Support',
};

/** The keys every language must translate for this component. */
export type DisputeStrings = Record<keyof typeof dispute, string>;
