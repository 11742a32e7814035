import type { CenterStrings } from './center.en.js';

/** Thai strings of <support-center>. */
export const center: CenterStrings = {
  nav: 'หัวข้อช่วยเหลือ',
  faq: 'คำถามที่พบบ่อย',
  hotline: 'ติดต่อทางโทรศัพท์',
  callPrep: 'ก่อนโทรหาเรา',
  dispute: 'ปฏิเสธรายการชำระเงิน',
  stuck: 'ยังไม่ได้คำตอบใช่ไหม เจ้าหน้าที่พร้อมช่วยเหลือ:',
  checklist: 'เปิดรายการตรวจสอบสำหรับปฏิเสธรายการ',
  status: 'สถานะสายด่วนตอนนี้',
  loading: 'กำลังโหลดความช่วยเหลือ…',
  failed: 'โหลดความช่วยเหลือไม่สำเร็จ',
  retry: 'ลองอีกครั้ง',
};
