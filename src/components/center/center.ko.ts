import type { CenterStrings } from './center.en.js';

/** Korean strings of <support-center>. */
export const center: CenterStrings = {
  nav: '도움말 주제',
  faq: '자주 묻는 질문',
  hotline: '전화 상담',
  callPrep: '전화하기 전에',
  dispute: '결제 이의 제기',
  stuck: '해결되지 않았습니까? 상담원이 도와드립니다:',
  checklist: '이의 제기 체크리스트 열기',
  status: '현재 고객센터 상태',
  loading: '도움말을 불러오는 중…',
  failed: '도움말을 불러오지 못했습니다.',
  retry: '다시 시도',
};
