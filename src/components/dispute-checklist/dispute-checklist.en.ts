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
  /** Days left to file, more than 14: an ICU plural, its forms chosen by the language's Intl.PluralRules. */
  left: '{n, plural, one {# day left} other {# days left}}',
  /** `left` when 14 days or fewer remain; `=0` is the last day, said as such in every language (not "0 days left"). */
  soon: '{n, plural, =0 {Today is the last day to file.} one {# day left. File soon.} other {# days left. File soon.}}',
  passed: 'The deadline passed on {date}. Contact your card issuer.',
  /** `{n}` items ready of `{total}` (`#`): the plural follows the total. */
  req: '{total, plural, one {{n} of # required item ready} other {{n} of # required items ready}}',
  rec: '{total, plural, one {{n} of # recommended item ready} other {{n} of # recommended items ready}}',
  required: 'Required',
  recommended: 'Recommended',
  ready: 'Everything required is ready. File your dispute with your card issuer or wallet.',
  note: 'Note',
  /** Accessible name of an item's note field. */
  noteFor: 'Note for {item}',
  noteHint: 'Where it is, a reference',
  masked: 'Card number hidden: only the last 4 digits are kept.',
  refused: 'Code, PIN or password replaced by ••••••: never write one here.',
  /** Shown and announced at a note when a paste went past its limit and its end was not kept. */
  long: 'Only the first 1,000 characters were kept; the rest was left out.',
  saved: 'Saved on this device',
  memory: "Can't save on this device: kept until you leave the page.",
  forget: 'Forget',
  /** Accessible name of Forget: `{label}` is its text (other elements on the page have a Forget too). */
  forgetName: '{label} saved checklist progress',
  /** The progress was replaced by a newer one from another tab or window. */
  synced: 'Updated from another tab',
  forgotten: 'Forgotten on this device.',
  undo: 'Undo',
  /** Accessible name of Undo, in Forget's place after it: `{label}` is its text. */
  undoName: '{label} forgetting the checklist progress',
  /** Announced after Undo brought the forgotten progress back. */
  restored: 'Progress restored.',
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
  /** Closes the type picker without a new choice. */
  cancel: 'Cancel',
  /** Under the deadline: the rules ask the bank to wait before it files the dispute. */
  wait: 'Your bank may ask you to wait until {date}.',
  /** Under the deadline: the rules' waiting period would end after the last day, so the last day governs. */
  conflict: 'The waiting period in the card rules would end after this last day: contact your bank now.',
  /** Under a date field: the user typed a date after today. */
  future: 'This date is in the future.',
  /** A line of the deadline box ("Last day to file: {date}") made a sentence when it is read out before the next one. */
  sentence: '{text}.',
  /** A date the deadline needs is missing; {date} is the date field's label. */
  needs: 'To work out your last day to file, enter: {date}.',
  /** The charge as the merchant's page gave it. */
  merchant: 'Merchant: {name}',
  amount: 'Amount: {amount}',
  /** Legend of the payment kind radio group. */
  how: 'How did you pay?',
  'k-us-credit': 'Credit card from a US bank',
  'k-us-debit': 'Debit card or bank transfer, US bank',
  'k-eu': 'Card or bank payment, bank in the EU or EEA',
  'k-paypal': 'PayPal',
  'k-visa': 'Visa card, bank elsewhere',
  'k-mastercard': 'Mastercard, bank elsewhere',
  'k-custom': 'Another way',
  /** Legend of the goods or service radio group. */
  what: 'What did you pay for?',
  'what-g': 'Goods',
  'what-s': 'A service',
  /** Legend of the date fields. */
  dates: 'Dates',
  /** A label and its value, on the summary and in the exports ("Date of the charge: 18 August 2026"): the colon as the language writes it. */
  pair: '{label}: {value}',
  'd-transaction': 'Date of the charge',
  'd-statement': 'Date of the statement that first showed the charge',
  'd-expected': 'Promised delivery or service date',
  'd-received': 'Date you received it',
  'd-returned': 'Date you sent it back',
  'd-cancelled': 'Date you cancelled',
  'd-refund': 'Date on the refund confirmation',
  /** Moves an unrecognized charge on to the fraud path. */
  notMine: 'Nobody recognises it: report it as fraud',
  // Built-in dispute types.
  't-unauthorized': 'Charge I did not make',
  't-unrecognized': 'I don’t recognise this charge',
  't-not-received': 'Item or service not received',
  't-not-as-described': 'Not as described or defective',
  't-duplicate': 'Charged twice',
  't-paid-by-other-means': 'Already paid another way',
  't-subscription-cancelled': 'Charged after cancelling',
  't-refund-not-received': 'Refund not received',
  't-incorrect-amount': 'Wrong amount charged',
  't-other': 'Something else',
  // The guidance: each other language keeps these in a second file (see DisputeGuidanceStrings), last here so that
  // its packed strings are one run of the CDN file's array.
  /** Shown (and exported) with US credit cards: Regulation Z wants a written notice at the billing-error address. */
  written:
    'US credit cards: send your dispute in writing to the billing-error address on your statement (not the payment address). A phone call alone does not keep your rights.',
  // Why the deadline is what it is, by rule id (see the rules table in docs/dispute-checklist.md).
  'w-us-reg-z': 'US credit cards: your bank must receive your letter within 60 days of the statement that first showed the charge.',
  'w-us-reg-e': 'US debit cards and transfers: tell your bank within 60 days of the statement that first showed the charge.',
  'w-us-reg-e-lost': 'If your card or PIN was lost or stolen, tell your bank within 2 business days of noticing: after that you could lose up to $500.',
  'w-eu-psd2-71': 'EU and EEA: tell your bank as soon as you notice; the law gives at most 13 months from the day the money left your account.',
  'w-eu-none': 'EU and EEA: the law sets no deadline for this kind of problem; your bank’s card rules do, often 120 days from the charge. Ask your bank soon.',
  'w-paypal-180': 'PayPal: open a dispute within 180 days of the payment.',
  'w-eu-psd2-76':
    'EU and EEA: if the exact amount was not set when you agreed to the payment (a direct debit, or a card hold at a hotel or car rental), you can ask your bank for a refund within 8 weeks of the debit. Otherwise your bank’s card rules set the deadline, often 120 days from the charge. Ask your bank soon.',
  'w-paypal-error': 'PayPal: report a wrong or duplicate charge within 60 days of the statement that showed it.',
  'w-paypal-unauthorized': 'PayPal: report a payment you did not make within 60 days of the statement that showed it.',
  'w-visa-13.1': 'Visa: your bank has 120 days from the promised date (or the charge, if no date was promised), at most 540 days after the charge.',
  'w-visa-13.3': 'Visa: your bank has 120 days from the day you received it (or the charge), at most 540 days after the charge.',
  'w-visa-13.6': 'Visa: your bank has 120 days from the date on the refund confirmation (or the charge), at most 540 days after the charge.',
  'w-visa-120': 'Visa: your bank has 120 days from the charge. Tell it well before: it needs time too.',
  'w-mastercard-4853': 'Mastercard: your bank has 120 days from the promised date (or the charge, if no date was promised), at most 540 days after the charge.',
  'w-mastercard-4834': 'Mastercard: for a duplicate charge, a wrong amount or a charge already paid another way, your bank has 90 days from the charge.',
  'w-mastercard-120': 'Mastercard: your bank has 120 days from the charge (from receipt, for goods not as described). Tell it well before.',
  /** Under an unrecognized charge: what to do first. */
  'dsc-unrecognized':
    'First find out what it is: shops often bill under another name, and someone you share the card with may have paid. If nobody recognises it, report it as fraud.',
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
  'i-return': 'Proof you sent it back',
  'r-return': "Return date, carrier and tracking number, or the merchant's refusal to take it back.",
  'i-service': 'What was wrong with the service',
  'r-service': 'Dates, what was promised and what you got; an expert’s opinion if you have one.',
  'i-descriptor': 'Look up the name on your statement',
  'r-descriptor': 'Search the exact name and any phone number beside it: shops often bill under another business name.',
  'i-household': 'Ask the people who share your card or account',
  'r-household': 'A family member’s purchase or a forgotten subscription is the usual answer.',
  'i-other': 'Proof you paid another way',
  'r-other': "A receipt, another card's statement or a cheque showing the merchant was paid.",
  'i-cancel': 'Cancellation confirmation',
  'r-cancel': 'Shows you cancelled before this charge.',
  'i-refund': 'The refund promise',
  'r-refund': "The merchant's message or credit note promising the money.",
  'i-both': 'Both transactions',
  'r-both': 'The date, amount and reference of the valid charge and of the duplicate.',
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

/**
 * The strings each other language keeps in a second file, `dispute-checklist.guidance.<tag>.ts`, which its
 * `dispute-checklist.<tag>.ts` imports: the deadline rules, the evidence items and why each matters, the
 * written-notice advice. They are half of the checklist's text, and one file per language went over issue 20's
 * 3,000 B gzip (Russian 3,291). In the CDN build each is its own file, fetched with the first (scripts/pack-locales.js).
 */
export type DisputeGuidanceStrings = Pick<
  DisputeStrings,
  Extract<keyof DisputeStrings, `w-${string}` | `i-${string}` | `r-${string}` | 'dsc-unrecognized' | 'written'>
>;
