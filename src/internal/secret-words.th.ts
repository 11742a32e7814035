// The words that introduce a secret in this language (see SecretWords in secret-words.ts): loaded with the
// language's first file, or at once by its entry point, and added to the detector for every element.
import type { SecretWords } from './secret-words.js';

// Thai. The code as Thai banks send it ("รหัส OTP คือ 482913 (รหัสอ้างอิง ABCD)": SCB, Krungthai, KBank's
// "OTP = …"; the Bank of Thailand's warnings name รหัส OTP, รหัสผ่าน and รหัส ATM), the ATM PIN (รหัสบัตร ATM,
// รหัส ATM), the CVV as card forms ask for it (เลข 3 ตัวหลังบัตร, รหัสหลังบัตร, รหัสความปลอดภัย), and รหัสผ่าน
// with its loanword พาสเวิร์ด. Never รหัส alone: รหัสไปรษณีย์ (postal), รหัสข้อผิดพลาด (error), รหัสอ้างอิง (the
// SMS's public reference), รหัสพนักงาน (an agent's ID) are public. Keywords are matched without Thai's vowel and
// tone marks (the detector drops combining marks), so none is short: รหัสพิน would match รหัสพนักงาน (it names a PIN only before its value: `valueOnly`).
export const secrets: SecretWords = {
  publicWords: ['เลขคำสั่งซื้อ', 'วันที่', 'ค่าธรรมเนียม', 'เบอร์', 'โทรศัพท์', 'อีเมล', 'ลิงก์', 'เวอร์ชัน', 'ผู้ส่ง', 'ลืม', 'ล็อก', 'เปลี่ยน', 'หมดอายุ', 'รีเซ็ต'],
  numbered: ['!คำสั่งซื้อ', '!คืนเงิน', '!พัสดุ', '!ติดตาม', 'ยอด', 'การโอน', 'โอน', 'เบอร์', 'บัญชี', 'ชำระ', 'จ่าย'],
  units: ['บาท', '~ครั้ง', '~วัน', '~นาที'],
  codes: [
    'รหัส OTP',
    'รหัส ยืนยัน',
    'รหัสผ่านครั้งเดียว',
    'รหัสผ่านชั่วคราว',
    'รหัสใช้ครั้งเดียว',
    'รหัส PIN',
    'รหัสบัตร',
    'รหัสบัตร ATM',
    'รหัส ATM',
    'รหัสเอทีเอ็ม',
    'หลังบัตร',
    // R10-5: the PIN without รหัส, "PIN number" (พิน folds to พน, as รหัสพิน: value only, below).

    'รหัสความปลอดภัย',
    'รหัส CVV',
    'รหัส CVC',
  ],
  // PIN in Thai letters (R9-3): only before its value, as it also starts รหัสพนักงาน once read without marks.
  valueOnly: ['รหัส พิน', 'เลข พิน', 'พิน'],
  // รหัส alone, as English `code` (R10-3): with a mark or คือ before its value (`รหัส: 482913`, `รหัสคือ 482913`), never
  // before the word naming a public code (`รหัสไปรษณีย์`, `รหัสสินค้า`: no link word, so no value).
  bare: ['รหัส'],
  // R10-5: written with a space, `รหัส ผ่าน`.
  passwords: ['รหัส ผ่าน', 'พาสเวิร์ด', 'พาสเวิด'],
  // "is" (คือ, เป็น), "my", "received", "number", and how many digits (3 ตัว, 6 หลัก).
  links: [
    'คือ',
    'เป็น',
    'ของฉัน',
    'ของผม',
    'ของดิฉัน',
    // "Your", as Thai OTP messages say it (R9-3: `รหัสยืนยันของคุณคือ 482913`).
    'ของคุณ',
    'ของท่าน',
    // R10-4: the other "my", "our", "his/her": หนู (a young woman's or child's "I"), เรา, เค้า/เขา, พี่, น้อง.
    ...['หนู', 'เรา', 'เค้า', 'เขา', 'เธอ', 'พี่', 'น้อง', 'กู', 'ตัวเอง'].map((w) => `ของ${w}`),
    'ที่ได้รับ',
    'ที่ได้',
    'เลข',
    'หมายเลข',
    'ตัวเลข',
    ...['3', '4', '5', '6', '7', '8', 'สาม', 'สี่', 'หก'].flatMap((n) => [`${n} ตัว`, `${n} หลัก`]),
  ],
  // R11-7: a public code's name after the keyword (an order, customer or parcel code), code first or last.
  publicCodes: [
    ...['พัสดุ', 'ลูกค้า', 'คำสั่งซื้อ', 'สั่งซื้อ', 'ติดตาม', 'ส่วนลด', 'สาขา', 'ร้าน'],
    // R12-7: "number" (หมายเลข, เลขที่) glued before or after an order, customer, parcel, reference, booking, invoice or
    // ticket (`หมายเลขคำสั่งซื้อ 482913 ไม่ได้รับรหัส OTP`); Thai writes them without a space.
    ...['หมายเลขคำสั่งซื้อ', 'เลขที่คำสั่งซื้อ', 'คำสั่งซื้อเลขที่', 'หมายเลขลูกค้า', 'รหัสลูกค้า', 'เลขพัสดุ', 'หมายเลขพัสดุ', 'หมายเลขอ้างอิง'],
    ...['เลขอ้างอิง', 'ใบแจ้งหนี้', 'เลขที่ใบแจ้งหนี้', 'ตั๋ว', 'หมายเลขตั๋ว', 'หมายเลขการจอง', 'เลขที่การจอง'],
  ],
};
