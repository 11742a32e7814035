// Endpoint for test/hotline-callback.test.ts, a merchant's callback endpoint:
//   POST /__callback?key=K[&status=N][&fail=F][&delay=MS][&body=B][&type=T]
// records the request (method, content type, body) under K, waits MS ms, answers N (default 200; 500 for the
// first F requests) with the text B (default `{}`) as type T (default application/json).
//   GET /__callback/log?key=K  the requests recorded for K, as a JSON array (not itself recorded).
const requests = new Map();

export async function callbackEndpoint(context, next) {
  const url = new URL(context.url, 'http://localhost');
  const key = url.searchParams.get('key') ?? '';
  if (url.pathname === '/__callback/log') {
    context.type = 'application/json';
    context.body = JSON.stringify(requests.get(key) ?? []);
    return undefined;
  }
  if (url.pathname !== '/__callback') return next();
  let body = '';
  for await (const chunk of context.req) body += chunk;
  const list = requests.get(key) ?? [];
  list.push({ method: context.method, type: context.get('content-type'), body });
  requests.set(key, list);
  const delay = Number(url.searchParams.get('delay') ?? 0);
  if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
  context.status = list.length <= Number(url.searchParams.get('fail') ?? 0) ? 500 : Number(url.searchParams.get('status') ?? 200);
  context.type = url.searchParams.get('type') ?? 'application/json';
  context.body = url.searchParams.get('body') ?? '{}';
  return undefined;
}
