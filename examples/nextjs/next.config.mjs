// Deep server rendering of Lit elements (their shadow DOM in the HTML) inside React's server render.
import litSSR from '@lit-labs/nextjs';

const withLitSSR = litSSR({ addDeclarativeShadowDomPolyfill: false });

/** @type {import('next').NextConfig} */
export default withLitSSR({ reactStrictMode: true });
