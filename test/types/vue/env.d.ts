// The generated types, as an app adds them (README: Vue 3).
import type {} from 'support-widgets/types/vue';
