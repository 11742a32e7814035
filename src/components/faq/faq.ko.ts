import type { FaqStrings } from './faq.en.js';

/** Korean strings of <support-faq> (합니다체, as Korean card companies' help pages write). */
export const faq: FaqStrings = {
  search: '질문 검색',
  categories: '카테고리',
  all: '전체',
  results: '{n, plural, other {검색 결과 #건}}',
  best: '가장 관련 있는 질문',
  none: '일치하는 답변이 없습니다.',
  copy: '링크 복사',
  copyFor: '{label}: {question}',
  copied: '링크를 복사했습니다',
  copyFailed: '복사하지 못했습니다',
  helpful: '도움이 되었습니까?',
  yes: '예',
  no: '아니요',
  yesFor: '{label}, “{question}” 답변이 도움이 되었습니다',
  noFor: '{label}, “{question}” 답변이 도움이 되지 않았습니다',
  thanks: '의견을 보내 주셔서 감사합니다!',
  otherLanguage: '이 답변은 사용하시는 언어로 제공되지 않아 {language}(으)로 표시합니다.',
  related: '관련 질문',
  synonyms:
    '카드,신용카드,체크카드,직불카드;결제,청구,출금,승인;실패,거절,오류,승인 거절;환불,취소,결제 취소,돈 돌려받기;이의 제기,이의제기,차지백,분쟁;비밀번호,비번,암호',
  variants: '',
};
