// React component for `<support-center>` (`support-widgets/react/center.js`):
// importing it registers it and the four elements it renders.
// React is an optional peer dependency of the package: only the `react/` modules import it.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { SupportCenter as CenterElement, type SupportCenterErrorEvent, type SupportCenterLoadEvent } from '../center.js';

/** `<support-center>`: `config` (or `src`), `sections`, `now`, …; `onSupportCenterLoad` and `onSupportCenterError` for `src`. */
export const SupportCenter = createComponent({
  react: React,
  tagName: 'support-center',
  elementClass: CenterElement,
  displayName: 'SupportCenter',
  events: {
    onSupportCenterLoad: 'support-center-load' as EventName<SupportCenterLoadEvent>,
    onSupportCenterError: 'support-center-error' as EventName<SupportCenterErrorEvent>,
  },
});

/** Props of the wrapper, for components that pass them on. */
export type SupportCenterProps = React.ComponentProps<typeof SupportCenter>;

// The element class (for refs), the event classes and the data types.
export { CenterElement as SupportCenterElement };
export * from '../events/center.js';
export type { CenterConfig, CenterSection } from '../center.js';
