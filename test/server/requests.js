// What a request looked like, for test/prototype-requests.test.ts, under /__requests/<mode>?key=K:
//   config   answers a small <support-center> config (JSON)
//   send     answers {"ok":true}, 503 for the first F requests (&fail=F)
//   log      the requests recorded for K: method, body, content-type, x-polluted and referer (not itself recorded)
const seen = new Map();

export async function requestEndpoints(context, next) {
  const url = new URL(context.url, 'http://localhost');
  if (!url.pathname.startsWith('/__requests/')) return next();
  const mode = url.pathname.split('/')[2];
  const key = url.searchParams.get('key') ?? '';
  context.type = 'application/json';
  if (mode === 'log') {
    context.body = JSON.stringify(seen.get(key) ?? []);
    return undefined;
  }
  let body = '';
  for await (const chunk of context.req) body += chunk;
  const list = seen.get(key) ?? [];
  const h = context.headers;
  list.push({ method: context.method, body, type: h['content-type'] ?? '', polluted: h['x-polluted'] ?? '', referer: h.referer ?? '' });
  seen.set(key, list);
  context.status = mode === 'send' && list.length <= Number(url.searchParams.get('fail') ?? 0) ? 503 : 200;
  context.body =
    mode === 'config'
      ? JSON.stringify({
          sections: ['faq', 'hotline'],
          faq: { items: [{ question: 'Where is my order?', answer: 'In your account.' }] },
          hotline: { lines: [{ number: '+18005550100' }] },
        })
      : '{"ok":true}';
  return undefined;
}
