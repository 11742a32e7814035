// What the hotline's callback form loads on demand (see loadDetector in hotline.component.ts): two functions of
// the detector, so the CDN bundle, where the detector is already present for the call form, builds a namespace
// of two members for the dynamic import instead of one listing every export of sensitive.ts.
export { isSensitive, redact } from './sensitive.js';
