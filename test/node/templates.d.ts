import type { TemplateResult } from 'lit';
import type { FaqItemData, HotlineLine } from '../../src/index.js';

export const data: { items: FaqItemData[]; light: { question: string; answer: string }; lines: HotlineLine[] };
export const templates: Record<'faq' | 'hotline' | 'call-prep' | 'dispute-checklist' | 'center', () => TemplateResult>;
