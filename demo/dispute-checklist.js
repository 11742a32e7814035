// The demo's disputed charge is always `data-days-ago` days old, so visitors see the deadline close (the
// urgent state) on whatever day they open the page. The static transaction-date is the fallback.
for (const el of document.querySelectorAll('support-dispute-checklist[data-days-ago]')) {
  const d = new Date();
  d.setDate(d.getDate() - Number(el.dataset.daysAgo));
  const pad = (n) => String(n).padStart(2, '0');
  el.setAttribute('transaction-date', `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`);
}
