import type { CenterStrings } from './center.en.js';

/** Japanese strings of <support-center>. */
export const center: CenterStrings = {
  nav: 'ヘルプのトピック',
  faq: 'よくある質問',
  hotline: 'お電話でのお問い合わせ',
  callPrep: 'お電話の前に',
  dispute: '請求への異議申し立て',
  stuck: '解決しない場合は、担当者がお手伝いします：',
  checklist: '異議申し立てのチェックリストを開く',
  status: 'サポート窓口の現在の状況',
  loading: 'ヘルプを読み込んでいます…',
  failed: 'ヘルプを読み込めませんでした。',
  retry: '再試行',
};
