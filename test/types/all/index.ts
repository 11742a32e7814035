// Every generated type file in one program, as in an app that uses several frameworks or a monorepo, with
// TypeScript's default skipLibCheck: false: they compile together, with Vue, Svelte, Preact and Solid loaded.
import type {} from 'support-widgets/types/vue';
import type {} from 'support-widgets/types/svelte';
import type {} from 'support-widgets/types/solid-js';
import type { CustomElements } from 'support-widgets/types/jsx';
import type {} from 'preact';

export type Tags = keyof CustomElements;
