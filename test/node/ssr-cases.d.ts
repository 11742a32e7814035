import type { TemplateResult } from 'lit';

export const cases: Record<
  'hotline-clock' | 'faq-json' | 'hotline-json' | 'center-json' | 'faq-level' | 'faq-ar' | 'faq-zh' | 'hotline-ar' | 'hotline-zh' | 'center-ar',
  (now?: Date) => TemplateResult
>;
export const serverClocks: Record<string, number>;
export const browserClocks: Record<string, Date>;
