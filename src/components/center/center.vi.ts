import type { CenterStrings } from './center.en.js';

/** Vietnamese strings of <support-center>. */
export const center: CenterStrings = {
  nav: 'Chủ đề hỗ trợ',
  faq: 'Câu hỏi thường gặp',
  hotline: 'Gọi cho chúng tôi',
  callPrep: 'Trước khi gọi',
  dispute: 'Khiếu nại giao dịch',
  stuck: 'Vẫn chưa giải quyết được? Nhân viên hỗ trợ sẵn sàng giúp Quý khách:',
  checklist: 'Mở danh sách khiếu nại',
  status: 'Tổng đài lúc này',
  loading: 'Đang tải nội dung hỗ trợ…',
  failed: 'Không tải được nội dung hỗ trợ.',
  retry: 'Thử lại',
};
