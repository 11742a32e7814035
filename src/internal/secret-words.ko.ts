// The words that introduce a secret in this language (see SecretWords in secret-words.ts): loaded with the
// language's first file, or at once by its entry point, and added to the detector for every element.
import type { SecretWords } from './secret-words.js';

// Korean. The code as Korean banks and card companies name it in their SMS and apps ("[Web발신] 인증번호
// [482913]", KB국민카드, 신한카드, 토스; "OTP 번호", "보안카드 번호"), the CVC as card companies' payment pages
// ask for it ("카드 뒷면 서명란의 3자리 CVC"), and 비밀번호 (password and card PIN alike: "카드 비밀번호 4자리"),
// its short form 비번, 암호, 패스워드. Not 승인번호 (the approval number printed on every card slip) nor
// 주문번호, 우편번호, 오류 코드: they are public.
export const secrets: SecretWords = {
  publicWords: ['주문번호', '날짜', '수수료', '전화', '이메일', '페이지', '버전', '발신', '재설정', '잠김', '잠금', '변경', '만료', '분실'],
  numbered: ['!주문', '!환불', '!배송', '결제', '이체', '계좌', '금액'],
  units: ['원', '~번', '~일', '~분'],
  // A space in a keyword matches none or any (`인증 번호는 482913`, as Korean spacing often writes it: R9-7).
  codes: [
    ...['인증 번호', '인증 코드', '확인 코드', '보안 코드', '보안 카드 번호', '일회용 비밀 번호', '핀 번호', '뒷면 3 자리', '뒷면 세 자리', '서명란 3 자리'],
    // R10-10: "the number on the card's back".
    ...['카드 뒷면 번호', '뒷면 번호', '카드 뒷면 숫자', '뒷면 숫자'],
  ],
  // 코드 alone, as English `code` (R10-3): with a mark or 는/은 before its value (`코드: 482913`, `코드는 482913입니다`), not
  // after a public code's name (`오류 코드: 504`, `상품 코드: 123456`).
  bare: ['코드'],
  publicCodes: [
    ...['오류', '에러', '우편', '상품', '할인', '쿠폰', '초대', '추천', '주문', '예약', '국가', '지역', '배송', '운송장'],
    ...['프로모션', '회원', 'QR', '바', '상태', '은행', '지점', '사원', '고객', '제품', '매장', '가게'],
    // R12-7: "… number" (번호) after an order, customer, member, booking, waybill, receipt, ticket, inquiry or contract
    // (`주문번호 482913 인증번호가 안 와요`; a space inside may be typed or not).
    ...['주문 번호', '고객 번호', '회원 번호', '예약 번호', '송장 번호', '운송장 번호', '접수 번호', '티켓 번호', '문의 번호', '계약 번호'],
  ],
  passwords: ['비밀 번호', '비번', '암호', '패스 워드'],
  // Topic particles (는/은, 이/가), "number" (CVC 번호, PIN 번호, OTP 번호), and how many digits (6자리, 여섯 자리).
  links: ['는', '은', '이', '가', '번호', '숫자', ...['3', '4', '5', '6', '7', '8', '세', '네', '다섯', '여섯', '일곱', '여덟'].map((n) => `${n} 자리`)],
};
