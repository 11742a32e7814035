const ND = /\p{Nd}/u;

/**
 * A decimal digit of any script as ASCII: Unicode allots each script's ten digits consecutively, 0 first
 * (§4.6; two runs meet only in U+116D0–U+116E3, hence the bound).
 */
export function asciiDigit(ch: string): string {
  const cp = ch.codePointAt(0)!;
  let k = 0;
  while (k < 60 && ND.test(String.fromCodePoint(cp - k - 1))) k++;
  return String(k % 10);
}
