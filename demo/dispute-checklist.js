// The demo's disputed charge is always `data-days-ago` days old, so visitors see the deadline close (the
// urgent state) on whatever day they open the page. The static transaction date is the fallback.
const d = new Date();
const pad = (n) => String(n).padStart(2, '0');
const date = (days) => {
  d.setTime(Date.now());
  d.setDate(d.getDate() - days);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};
// The checklist on the components page.
for (const el of document.querySelectorAll('support-dispute-checklist[data-days-ago]')) {
  el.setAttribute('transaction-date', date(Number(el.dataset.daysAgo)));
}
// The help center: its config's `dispute.transactionDate`.
for (const el of document.querySelectorAll('support-center[data-days-ago]')) {
  customElements.whenDefined('support-center').then(() => {
    const config = el.config;
    if (config?.dispute) el.config = { ...config, dispute: { ...config.dispute, transactionDate: date(Number(el.dataset.daysAgo)) } };
  });
}
