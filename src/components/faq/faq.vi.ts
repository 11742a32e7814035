import type { FaqStrings } from './faq.en.js';

/** Vietnamese strings of <support-faq> ("Quý khách", as Vietnamese banks and payment apps write to customers). */
export const faq: FaqStrings = {
  search: 'Tìm câu hỏi',
  categories: 'Danh mục',
  all: 'Tất cả',
  results: '{n, plural, other {# kết quả}}',
  best: 'Phù hợp nhất',
  none: 'Không tìm thấy câu trả lời phù hợp.',
  copy: 'Sao chép liên kết',
  copyFor: '{label} tới: {question}',
  copied: 'Đã sao chép liên kết',
  copyFailed: 'Không sao chép được',
  helpful: 'Thông tin này có hữu ích không?',
  yes: 'Có',
  no: 'Không',
  yesFor: '{label}, câu trả lời cho “{question}” hữu ích',
  noFor: '{label}, câu trả lời cho “{question}” không hữu ích',
  thanks: 'Cảm ơn Quý khách đã góp ý!',
  otherLanguage: 'Câu trả lời này chưa có bằng ngôn ngữ của Quý khách nên được hiển thị bằng {language}.',
  related: 'Câu hỏi liên quan',
  synonyms:
    'thẻ,thẻ tín dụng,thẻ ghi nợ,thẻ ATM,the;thanh toán,giao dịch,trừ tiền,bị trừ tiền;thất bại,không thành công,bị từ chối,lỗi;hoàn tiền,trả lại tiền,hoan tien;khiếu nại,tra soát,tranh chấp;mật khẩu,mat khau,mk',
  variants: '',
};
