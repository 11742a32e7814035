/** English strings of <support-center>. Placeholders in braces are filled in at run time. */
export const center = {
  /** Name of the section navigation. */
  nav: 'Help topics',
  faq: 'Common questions',
  hotline: 'Call us',
  callPrep: 'Before you call',
  dispute: 'Dispute a charge',
  /** Under a FAQ search with no results, before the links to the call form and the hotline. */
  stuck: 'Still stuck? A person can help:',
  /** Link from the call form's "dispute" topic to the checklist. */
  checklist: 'Open the dispute checklist',
  /** Name of the compact hotline beside the call summary. */
  status: 'Hotline now',
  loading: 'Loading help…',
  failed: 'Help could not be loaded.',
  retry: 'Retry',
};

/** The keys every language must translate for this component. */
export type CenterStrings = Record<keyof typeof center, string>;
