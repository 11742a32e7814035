/** English strings of <support-dispute-checklist>. Placeholders in braces are filled in at run time. */
export const dispute = {
  /** Title of the checklist, its exports and the print page. */
  label: 'Dispute evidence checklist',
  /** Legend of the dispute type radio group. */
  pick: 'What went wrong?',
  change: 'Change type',
  /** Export line naming the dispute type. */
  type: 'Type: {type}',
  due: 'Last day to file: {date}',
  left: 'Days left: {n}',
  soon: 'Days left: {n}. File soon.',
  passed: 'The deadline passed on {date}. Contact your card issuer.',
  req: '{n} of {total} required items ready',
  rec: '{n} of {total} recommended items ready',
  required: 'Required',
  recommended: 'Recommended',
  ready: 'Everything required is ready. File your dispute with your card issuer or wallet.',
  note: 'Note',
  /** Accessible name of an item's note field. */
  noteFor: 'Note for {item}',
  noteHint: 'Where it is, a reference',
  masked: 'Card number hidden: only the last 4 digits are kept.',
  refused: 'Not kept: never write a code, PIN or password here.',
  saved: 'Saved on this device',
  memory: "Can't save on this device: kept until you leave the page.",
  forget: 'Forget',
  /** Accessible name of Forget: `{label}` is its text (other elements on the page have a Forget too). */
  forgetName: '{label} saved checklist progress',
  /** The progress was replaced by a newer one from another tab or window. */
  synced: 'Updated from another tab',
  forgotten: 'Forgotten on this device.',
  /** Accessible name of the export buttons group. */
  exp: 'Export',
  copy: 'Copy',
  print: 'Print',
  text: 'Save .txt',
  json: 'Save .json',
  /** Accessible name of each export button: `{label}` is the button's text. */
  exportName: '{label}: evidence checklist',
  copied: 'Copied.',
  copyFail: 'Could not copy.',
  // Built-in dispute types.
  't-unauthorized': 'Charge I did not make',
  't-not-received': 'Item or service not received',
  't-not-as-described': 'Not as described or defective',
  't-duplicate': 'Charged twice',
  't-subscription-cancelled': 'Charged after cancelling',
  't-refund-not-received': 'Refund not received',
  't-incorrect-amount': 'Wrong amount charged',
  't-other': 'Something else',
  // Built-in evidence items (i-) and why each one matters (r-).
  'i-statement': 'Statement line',
  'r-statement': 'Shows the merchant name, date and amount as charged.',
  'i-contact': 'Proof you asked the merchant first',
  'r-contact': 'Emails, chat or a case number: issuers expect you to try the merchant first.',
  'i-receipt': 'Receipt or order confirmation',
  'r-receipt': 'Shows what you bought, when and for how much.',
  'i-terms': 'What was promised',
  'r-terms': 'The listing, delivery date or terms when you paid.',
  'i-tracking': 'Tracking or delivery record',
  'r-tracking': 'Shows it never arrived, or arrived late.',
  'i-photos': 'Photos of the problem',
  'r-photos': 'Show the damage or how it differs from the description.',
  'i-return': 'Proof of return',
  'r-return': 'Return receipt and tracking, or the refusal to take it back.',
  'i-cancel': 'Cancellation confirmation',
  'r-cancel': 'Shows you cancelled before this charge.',
  'i-refund': 'The refund promise',
  'r-refund': "The merchant's message or credit note promising the money.",
  'i-both': 'Both transactions',
  'r-both': 'Date, amount and reference of the original and the duplicate.',
  'i-price': 'The agreed price',
  'r-price': 'A quote, receipt or price shown that differs from the charge.',
  'i-report': 'Your report to the issuer',
  'r-report': 'When you told your bank or wallet and blocked the card.',
  'i-card': 'Where your card was',
  'r-card': 'With you, lost or stolen when the charge was made.',
  'i-story': 'What happened, in brief',
  'r-story': 'Dates, what you expected and what you ask for.',
};

/** The keys every language must translate for this component. */
export type DisputeStrings = Record<keyof typeof dispute, string>;
