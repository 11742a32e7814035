import type { TemplateResult } from 'lit';

export const cases: Record<'faq-json' | 'hotline-json' | 'center-json' | 'faq-level', () => TemplateResult>;
