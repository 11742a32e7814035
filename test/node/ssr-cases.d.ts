import type { TemplateResult } from 'lit';

export const cases: Record<
  | 'hotline-clock'
  | 'faq-json'
  | 'hotline-json'
  | 'center-json'
  | 'faq-level'
  | 'faq-ar'
  | 'faq-zh'
  | 'hotline-ar'
  | 'hotline-zh'
  | 'center-ar'
  | 'center-zh'
  | 'call-prep-ar'
  | 'call-prep-zh'
  | 'dispute-checklist-ar'
  | 'dispute-checklist-zh',
  (now?: Date) => TemplateResult
>;
export const serverClocks: Record<string, number>;
export const browserClocks: Record<string, Date>;
