// Solid with the generated types (docs/frameworks.md): properties as `prop:items` or `items`, events as
// `on:support-faq-search` or `onsupport-faq-search`. Right code passes; each wrong line must be an error (an unused @ts-expect-error fails).
import type {} from 'support-widgets/types/solid-js';
import type { FaqItemData } from 'support-widgets';

const items: FaqItemData[] = [{ question: 'How long does a refund take?', answer: '5 to 10 business days.' }];
const track = (number: string): void => void number;

export const right = (
  <div>
    <support-faq prop:items={items} searchable heading-level={2} on:support-faq-search={(e) => console.log(e.detail.query, e.detail.results)} />
    <support-hotline on:support-hotline-call={(e) => track(e.detail.number)} />
    <support-faq items={items} onsupport-faq-search={(e) => console.log(e.detail.query)} />
    <support-dispute-checklist on:support-dispute-change={(e) => console.log(e.detail.checked.length)} />
  </div>
);

export const wrong = (
  <div>
    {/* @ts-expect-error items is a list of questions */}
    <support-faq prop:items={42} />
    {/* @ts-expect-error no such theme */}
    <support-hotline theme="blue" />
    {/* @ts-expect-error the search event's detail has `query`, not `querry` */}
    <support-faq on:support-faq-search={(e) => console.log(e.detail.querry)} />
    {/* @ts-expect-error items is a list of questions */}
    <support-faq items={42} />
    {/* @ts-expect-error the search event's detail has `query`, not `querry` */}
    <support-faq onsupport-faq-search={(e) => console.log(e.detail.querry)} />
  </div>
);
