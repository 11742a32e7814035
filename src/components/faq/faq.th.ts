import type { FaqStrings } from './faq.en.js';

/** Thai strings of <support-faq> (neutral polite UI style, as Thai banks' apps write, without ค่ะ/ครับ). */
export const faq: FaqStrings = {
  search: 'ค้นหาคำถาม',
  categories: 'หมวดหมู่',
  all: 'ทั้งหมด',
  results: '{n, plural, other {พบ # รายการ}}',
  best: 'คำถามที่ตรงที่สุด',
  none: 'ไม่พบคำตอบที่ตรงกัน',
  copy: 'คัดลอกลิงก์',
  copyFor: '{label}: {question}',
  copied: 'คัดลอกลิงก์แล้ว',
  copyFailed: 'คัดลอกไม่สำเร็จ',
  helpful: 'ข้อมูลนี้มีประโยชน์หรือไม่',
  yes: 'มีประโยชน์',
  no: 'ไม่มีประโยชน์',
  yesFor: '{label} คำตอบของ “{question}” มีประโยชน์',
  noFor: '{label} คำตอบของ “{question}” ไม่มีประโยชน์',
  thanks: 'ขอบคุณสำหรับความคิดเห็น',
  otherLanguage: 'คำตอบนี้ยังไม่มีในภาษาของคุณ จึงแสดงเป็นภาษา{language}',
  related: 'คำถามที่เกี่ยวข้อง',
  synonyms:
    'บัตร,บัตรเครดิต,บัตรเดบิต,บัตร ATM;ชำระเงิน,จ่ายเงิน,ตัดเงิน,หักเงิน;ไม่สำเร็จ,ล้มเหลว,ถูกปฏิเสธ,ไม่ผ่าน;คืนเงิน,ขอเงินคืน,ได้เงินคืน;ปฏิเสธรายการ,โต้แย้งรายการ,chargeback;รหัสผ่าน,พาสเวิร์ด',
  variants: '',
};
