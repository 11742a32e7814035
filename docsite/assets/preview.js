// Inside an example's sandboxed preview (see examples.js): tells the documentation page the preview's height
// whenever it changes, so the frame can show it whole. Only a number is sent (the height in CSS px), only to
// the page's origin.
'use strict';
{
  const parentOrigin = new URL(document.baseURI).origin;
  const report = () => window.parent.postMessage(Math.ceil(document.documentElement.getBoundingClientRect().height), parentOrigin);
  new ResizeObserver(report).observe(document.documentElement);
}
