// The words that introduce a secret in this language (see SecretWords in secret-words.ts): loaded with the
// language's first file, or at once by its entry point, and added to the detector for every element.
import type { SecretWords } from './secret-words.js';

// Vietnamese. Bank SMS are often sent without accents ("Ma OTP: 482913. Quy khach vui long KHONG cung cap ma
// OTP cho bat ky ai": Vietcombank, BIDV, Techcombank). Written without accents here: the detector reads a Latin
// letter without them, so each keyword matches accented, unaccented and decomposed text as a whole word (đ has
// no unaccented form in Unicode: `mã đăng nhập` is given both ways). The code (mã OTP, mã xác thực, mã xác nhận,
// mã xác minh as Google writes it), the PIN (mã PIN, mật mã, mã số bí mật), the CVV on the back (mã CVV, 3 số mặt
// sau thẻ, mã bảo mật), mật khẩu and its everyday short forms mk and pass. Never mã alone: mã đơn hàng, mã lỗi,
// mã bưu chính, mã giao dịch, mã giảm giá are public.
export const secrets: SecretWords = {
  publicWords: [
    ...['ngày', 'phí', 'số', 'điện thoại', 'email', 'trang', 'liên kết', 'phiên bản', 'người gửi', 'khóa', 'bị khóa'],
    ...['quên', 'đổi', 'hết hạn', 'từ$', 'vào$'],
  ],
  numbered: ['!đơn', '!đơn hàng', '!hoàn tiền', '!vận đơn', '!giao hàng', 'thanh toán', 'chuyển khoản', 'số', 'tài khoản', 'nạp'],
  units: ['đồng', 'vnđ', 'vnd', 'nghìn', 'ngàn', 'triệu', '~lần', '~ngày', '~phút'],
  codes: [
    'ma xac thuc',
    'ma xac nhan',
    'ma xac minh',
    'ma kich hoat',
    'ma dang nhap',
    'mã đăng nhập',
    'ma bao mat',
    'mat ma',
    'ma so bi mat',
    'so bi mat',
    // "My/your code", "secret code" (R9-10: `mã của tôi là 482913`, `mã bí mật 1234`).
    // R10-4: "my/your code" with each everyday pronoun: em, anh, chị, con, tao, tớ (tôi and mình since R9-10).
    ...['toi', 'minh', 'ban', 'em', 'anh', 'chi', 'con', 'tao', 'to', 'quy khach'].map((p) => `ma cua ${p}`),
    // R10-3: mã alone with its colon. Unaccented it reads `ma`, as Italian "but", French "my" and Vietnamese mà ("but":
    // `không phải 100000 mà là 200000`) do: only so, not before là.
    'ma :',
    'ma bi mat',
    'so mat sau the',
    'so sau the',
    'mat sau the',
    'mat sau cua the',
  ],
  passwords: ['mat khau', 'mk', 'pass la'],
  // R12-7: an order (đơn hàng), a customer, an invoice, a slip, a request, a waybill, a contract, named before the secret
  // the caller writes about (`Đơn hàng 482913 - mã OTP không đến`); both ways, as đ has no unaccented form.
  publicCodes: [
    ...['don hang', 'đơn hàng', 'khach hang', 'khách hàng', 'hoa don', 'hóa đơn', 'phieu', 'phiếu', 'yeu cau', 'yêu cầu'],
    ...['van don', 'vận đơn', 'hop dong', 'hợp đồng'],
  ],
  // "is" (là), "my" / "your" (của tôi, của mình, của bạn), the card's (thẻ) or account's, ATM, "received", how
  // many digits; and G, as Google sends its code: "G-482913 là mã xác minh Google của bạn".
  links: [
    // R22-5: a hedge between the name and the value, as an unsure customer writes it.
    ...['chắc là', 'có lẽ là', 'có lẽ', 'hình như là'],
    'la',
    'cua toi',
    'cua minh',
    'cua em',
    ...['anh', 'chi', 'con', 'tao', 'to'].map((p) => `cua ${p}`),
    // R10-4: "sent back/to (me) is", `mã OTP gửi về là`.
    'gui ve',
    'gui den',
    'gui toi',
    'duoc gui',
    'cua ban',
    'cua quy khach',
    'the',
    'tai khoan',
    'nhan duoc',
    'gom',
    'ATM',
    'G',
    ...['3', '4', '5', '6', '7', '8'].flatMap((n) => [`${n} so`, `${n} chu so`]),
  ],
};
