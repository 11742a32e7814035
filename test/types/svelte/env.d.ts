// The generated types, as an app adds them (README: Svelte).
import type {} from 'support-widgets/types/svelte';
