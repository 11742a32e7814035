'use client';
// Only the FAQ and the hotline: each React module registers only its own element.
import { SupportFaq } from 'support-widgets/react/faq.js';
import { SupportHotline } from 'support-widgets/react/hotline.js';

const items = [
  { question: 'How long does a refund take?', answer: 'To a card: **5 to 10 business days** after we receive the item.' },
  { question: 'Can I change my delivery address?', answer: 'Yes, until the parcel ships.' },
];
const lines = [{ label: 'Customer support', number: '+18005550100', display: '1-800-555-0100', hours: 'Mo-Fr 09:00-18:00', timezone: 'America/New_York' }];

export default function Help() {
  return (
    <>
      <SupportFaq items={items} searchable headingLevel={2} />
      <SupportHotline lines={lines} />
    </>
  );
}
