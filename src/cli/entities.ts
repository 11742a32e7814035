/**
 * HTML character references (WHATWG HTML §13.2.5.72–80 and the named character reference list): numeric ones
 * with or without `;`, and the named ones people and editors actually write. An unknown name stays as written
 * (and is reported by the caller).
 */
const NAMED: Record<string, string> = Object.create(null);
for (const pair of (
  'amp 38 lt 60 gt 62 quot 34 apos 39 nbsp 160 ensp 8194 emsp 8195 thinsp 8201 zwnj 8204 zwj 8205 lrm 8206 rlm 8207 ' +
  'shy 173 copy 169 reg 174 trade 8482 hellip 8230 mdash 8212 ndash 8211 minus 8722 lsquo 8216 rsquo 8217 sbquo 8218 ' +
  'ldquo 8220 rdquo 8221 bdquo 8222 laquo 171 raquo 187 lsaquo 8249 rsaquo 8250 bull 8226 middot 183 prime 8242 ' +
  'Prime 8243 euro 8364 pound 163 yen 165 cent 162 curren 164 sect 167 para 182 deg 176 plusmn 177 times 215 ' +
  'divide 247 micro 181 frac12 189 frac14 188 frac34 190 sup1 185 sup2 178 sup3 179 ordf 170 ordm 186 iexcl 161 ' +
  'iquest 191 brvbar 166 not 172 macr 175 acute 180 cedil 184 uml 168 larr 8592 rarr 8594 uarr 8593 darr 8595 ' +
  'harr 8596 rArr 8658 lArr 8656 check 10003 star 9734 hearts 9829 le 8804 ge 8805 ne 8800 asymp 8776 infin 8734 ' +
  'Tab 9 NewLine 10 excl 33 num 35 dollar 36 percnt 37 lpar 40 rpar 41 ast 42 plus 43 comma 44 period 46 sol 47 ' +
  'colon 58 semi 59 equals 61 quest 63 commat 64 lsqb 91 lbrack 91 bsol 92 rsqb 93 rbrack 93 lowbar 95 grave 96 ' +
  'lcub 123 lbrace 123 verbar 124 vert 124 rcub 125 rbrace 125 ' +
  'Agrave 192 Aacute 193 Acirc 194 Atilde 195 Auml 196 Aring 197 AElig 198 Ccedil 199 Egrave 200 Eacute 201 ' +
  'Ecirc 202 Euml 203 Igrave 204 Iacute 205 Icirc 206 Iuml 207 ETH 208 Ntilde 209 Ograve 210 Oacute 211 Ocirc 212 ' +
  'Otilde 213 Ouml 214 Oslash 216 Ugrave 217 Uacute 218 Ucirc 219 Uuml 220 Yacute 221 THORN 222 szlig 223 ' +
  'agrave 224 aacute 225 acirc 226 atilde 227 auml 228 aring 229 aelig 230 ccedil 231 egrave 232 eacute 233 ' +
  'ecirc 234 euml 235 igrave 236 iacute 237 icirc 238 iuml 239 eth 240 ntilde 241 ograve 242 oacute 243 ocirc 244 ' +
  'otilde 245 ouml 246 oslash 248 ugrave 249 uacute 250 ucirc 251 uuml 252 yacute 253 thorn 254 yuml 255 ' +
  'OElig 338 oelig 339 Scaron 352 scaron 353 Yuml 376 fnof 402 circ 710 tilde 732'
).match(/\S+ \d+/g)!) {
  const [name, code] = pair.split(' ');
  NAMED[name] = String.fromCodePoint(Number(code));
}
/** Names HTML decodes without `;` too (the legacy ones pages still write): in text only. */
const LEGACY = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg']);
/** Numeric references 0x80–0x9F mean windows-1252's characters (WHATWG HTML §13.2.5.80, numeric character reference end state). */
const C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function numeric(code: number): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  if (code >= 0x80 && code <= 0x9f) return C1[code - 0x80];
  return String.fromCodePoint(code);
}

/**
 * The text with its character references decoded. `inAttribute`: a legacy name without `;` followed by `=` or
 * a letter or digit stays as written (§13.2.5.73). `unknown` is called with each name it could not decode.
 */
export function decodeEntities(text: string, inAttribute = false, unknown?: (name: string) => void): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#(\d{1,8})|#[xX]([\da-fA-F]{1,7})|([A-Za-z][A-Za-z\d]{0,31}))(;?)/g, (whole, dec, hex, name, semi, at, all: string) => {
    if (dec) return numeric(Number(dec));
    if (hex) return numeric(parseInt(hex, 16));
    if (semi && NAMED[name] !== undefined) return NAMED[name];
    if (!semi && LEGACY.has(name)) {
      if (inAttribute && /[=\dA-Za-z]/.test(all[at + whole.length] ?? '')) return whole;
      return NAMED[name];
    }
    if (semi) unknown?.(name);
    return whole;
  });
}
