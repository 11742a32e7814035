// Preact with the generated JSX map (docs/frameworks.md): right code passes; each wrong line must be an error
// (tsc fails on an unused @ts-expect-error, so these cannot pass vacuously).
import type { CustomElements } from 'support-widgets/types/jsx';
import type { FaqItemData } from 'support-widgets';

// As docs/frameworks.md tells Preact users to write it: the augmentation needs a namespace and an empty interface.
declare module 'preact' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}

const items: FaqItemData[] = [{ question: 'How long does a refund take?', answer: '5 to 10 business days.' }];
const track = (number: string): void => void number;

export const right = (
  <div>
    <support-faq items={items} searchable heading-level={2} onsupport-faq-search={(e) => console.log(e.detail.query, e.detail.results)} />
    <support-hotline onsupport-hotline-call={(e) => track(e.detail.number)} />
    <support-dispute-checklist onsupport-dispute-change={(e) => console.log(e.detail.checked.length)} />
  </div>
);

export const wrong = (
  <div>
    {/* @ts-expect-error items is a list of questions */}
    <support-faq items={42} />
    {/* @ts-expect-error no such theme */}
    <support-hotline theme="blue" />
    {/* @ts-expect-error the search event's detail has `query`, not `querry` */}
    <support-faq onsupport-faq-search={(e) => console.log(e.detail.querry)} />
  </div>
);
