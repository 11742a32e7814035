/** English strings of <support-hotline>. Placeholders in braces are filled in at run time. */
export const hotline = {
  /** Accessible name of the component's region. */
  label: 'Support hotline',
  /** Status: open, more than 30 minutes before closing. */
  open: 'Open now',
  /** Status: open, closing within 30 minutes. */
  closingSoon: 'Closing soon',
  /** Status: closed, opening within 30 minutes. */
  openingSoon: 'Opening soon',
  /** Status: closed. */
  closed: 'Closed',
  /** Status: open all day, every day. */
  always: 'Open 24 hours',
  /** `{day}` is empty (today), `tomorrow ` or a weekday and a space; `{time}` a clock time. */
  closes: 'closes {day}{time}',
  /** `{day}` is `today `, `tomorrow ` or a weekday and a space. */
  opens: 'opens {day}{time}',
  today: 'today',
  tomorrow: 'tomorrow',
  /** Time left, after the closing or opening time (with its leading space). */
  in: ' (in {time})',
  hoursMinutes: '{h} h {m} min',
  hours: '{h} h',
  minutes: '{m} min',
  /** The same moment on the viewer's clock, when their time zone differs from the line's. */
  yours: '{time} your time',
  hoursUnknown: 'Hours unavailable',
  numberUnknown: 'Number unavailable',
  copy: 'Copy number',
  /** Accessible name of the copy button: `{label}` is its text ("Copy number" or "Copied"), `{number}` the number. */
  copyFor: '{label} {number}',
  /** The copy button's text after a copy. */
  copied: 'Copied',
  /** Announced to screen readers after a copy. */
  copiedNumber: 'Number copied: {number}',
  /** Announced after copying a number displayed with letters: `{digits}` is what was copied, in groups. */
  copiedLetters: 'Number copied: {number} ({digits})',
  copyFailed: 'Could not copy. Select the number instead.',
  /** Badge on the lines that speak the page's language. */
  yourLanguage: 'Speaks your language',
  languages: 'Languages: {list}',
  tollFree: 'Toll-free',
  hearingImpaired: 'Deaf & hard of hearing',
  safety: 'We will never ask for your password, PIN, one-time code or full card number. Only call numbers shown on this site.',
  /** Special hours of today and the next 30 days, under a line: `{list}` is one or more entries joined by ` · `. */
  specialHours: 'Special hours: {list}',
  /** One special-hours entry with its name: `Christmas Eve (Thu, Dec 24): 9:00 AM–1:00 PM`; `{hours}` may be "Closed". */
  specialNamed: '{name} ({date}): {hours}',
  /** One special-hours entry without a name. */
  specialDate: '{date}: {hours}',
  /** Accessible name of the list of a line's other contacts. */
  contacts: 'Other ways to reach us',
  /** Under a closed line: `{list}` names the contacts answered now ("WhatsApp and Email"). */
  reachNow: 'Available now: {list}',
  /** After a contact with its own hours, while they are closed. */
  unavailable: '(not available now)',
  email: 'Email',
  chat: 'Chat with us',
  whatsapp: 'WhatsApp',
  /** The LINE messaging app. */
  lineApp: 'LINE',
  /** The WeChat label before the ID. */
  wechat: 'WeChat',
  /** The button that copies a WeChat ID. */
  copyId: 'Copy ID',
  /** Announced after copying a WeChat ID: `{label}` is the contact's label. */
  copiedId: '{label} ID copied: {id}',
  /** The estimated wait from `status-endpoint`, after the status of an open line: `{time}` is `5 min` or `1 h 10 min`. */
  wait: 'about {time} wait',
  /** The button that opens a line's callback form (`callback-endpoint`). */
  callback: 'Call me back',
  /** Accessible name of that button and of its form: `{label}` is the button's text, `{line}` the line's label or number. */
  callbackFor: '{label}: {line}',
  /** Label of the user's phone number in the callback form. */
  phone: 'Your phone number',
  /** Under the phone number field, followed by an example number (`+44 20 7946 0000`). */
  phoneHint: 'Include the country code, for example',
  /** The phone number is not a number with its country code. */
  phoneBad: 'Enter your number with its country code, starting with +.',
  /** The phone number field holds a card number or a secret: it is not sent. */
  phoneCard: 'This looks like a card number, not a phone number. It was not sent.',
  /** Label of the callback time choice. */
  when: 'When should we call?',
  /** The first time offered while the line is open. */
  asap: 'As soon as possible',
  /** Under the time list when the form opens again and the time chosen before is no longer offered. */
  timeGone: 'The time you chose is no longer available. The first available time is selected.',
  /** Label of the callback form's optional note. */
  cbNote: 'Note (optional)',
  /** The callback form's submit button. */
  send: 'Request call',
  cancel: 'Cancel',
  /** While the callback request is being sent. */
  sending: 'Sending…',
  /**
   * The merchant received the callback request (2xx): `{time}` is "As soon as possible" or a day and time
   * (`Tue, Dec 8, 3:00 PM`), with the line's time and zone when the user's differ.
   */
  requested: 'Call requested: {time}.',
  /** After the confirmation when the endpoint gave one: `{id}` is its reference. */
  reference: 'Reference: {id}',
  /** The callback request failed; a Retry button follows. */
  cbFailed: 'Your request could not be sent. What you typed is kept.',
  retry: 'Retry',
  /** Link to the merchant's official contact page (`verify-url`). */
  verify: 'Check our official contact page',
};

/** The keys every language must translate for this component. */
export type HotlineStrings = Record<keyof typeof hotline, string>;
