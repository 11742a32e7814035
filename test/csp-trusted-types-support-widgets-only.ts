// Imported first by trusted-types-lit.test.ts: from here on the page enforces Trusted Types and allows only
// the library's own policy, before any module creates Lit's.
const meta = document.createElement('meta');
meta.httpEquiv = 'Content-Security-Policy';
meta.content = "require-trusted-types-for 'script'; trusted-types support-widgets";
document.head.append(meta);
