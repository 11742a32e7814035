// Card numbers: 13 to 19 digits, single spaces or dashes between groups allowed.
const CARD_CANDIDATE = /(?<![\d])\d(?:[ -]?\d){12,18}(?![\d])/g;
// A keyword followed by what looks like the secret itself.
const SECRET_PHRASES = [
  /\b(?:cvv2?|cvc2?|cid|csc|security\s+code|card\s+verification(?:\s+(?:code|value))?)\b\W{0,3}(?:is\W{0,3}|was\W{0,3})?\d{3,4}\b/i,
  /\b(?:pin(?:\s+(?:code|number))?)\b\W{0,3}(?:is\W{0,3}|was\W{0,3})?\d{4,8}\b/i,
  /\b(?:one[\s-]?time\s+(?:pass)?(?:code|password)|otp|2fa\s+code|sms\s+code|verification\s+code|auth(?:entication)?\s+code|security\s+pin)\b\W{0,3}(?:is\W{0,3}|was\W{0,3})?\d{4,8}\b/i,
  /\b(?:password|passcode|passwd|pwd)\b\s*(?:is|was|:|=)\s*\S{3,}/i,
  // One optional separator with its spaces: two adjacent `\s*` backtracked quadratically on long white space.
  /(?:安全码|验证码|校验码|动态码|动态密码|CVV码?|PIN码?)\s*(?:(?:是|为|:|：|=)\s*)?\d{3,8}/i,
  /(?:密码|口令)\s*(?:是|为|:|：|=)\s*\S{3,}/,
];

/** Luhn checksum over a string of digits. */
function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function isCardNumber(candidate: string): boolean {
  const digits = candidate.replace(/[ -]/g, '');
  return digits.length >= 13 && digits.length <= 19 && luhn(digits);
}

/** True when the text holds a full card number (Luhn-valid, 13 to 19 digits). */
export function hasCardNumber(text: string): boolean {
  return (text.match(CARD_CANDIDATE) ?? []).some(isCardNumber);
}

/** Replaces every full card number in the text with its last four digits: `•••• 1111`. */
export function maskCardNumbers(text: string): string {
  return text.replace(CARD_CANDIDATE, (m) => (isCardNumber(m) ? `•••• ${m.replace(/[ -]/g, '').slice(-4)}` : m));
}

/** True when the text gives a CVV, PIN, password or one-time code. */
export function hasSecret(text: string): boolean {
  return SECRET_PHRASES.some((re) => re.test(text));
}

/** True when the text must never be stored: a full card number or a secret. */
export function isSensitive(text: string): boolean {
  return hasCardNumber(text) || hasSecret(text);
}
