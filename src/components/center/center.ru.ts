import type { CenterStrings } from './center.en.js';

/** Russian strings of <support-center>. */
export const center: CenterStrings = {
  nav: 'Разделы помощи',
  faq: 'Частые вопросы',
  hotline: 'Позвонить нам',
  callPrep: 'Перед звонком',
  dispute: 'Оспорить списание',
  stuck: 'Не нашли ответ? Вам поможет сотрудник:',
  checklist: 'Открыть чек-лист для оспаривания',
  status: 'Горячая линия сейчас',
  loading: 'Загрузка справки…',
  failed: 'Не удалось загрузить справку.',
  retry: 'Повторить',
};
