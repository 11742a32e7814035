// Endpoints for test/boundaries.test.ts and test/hostile/boundaries.test.ts, under /__boundaries/<mode>?key=K:
//   answer?status=N[&type=T][&body=B][&fail=F]  records the request body, answers N (503 for the first F requests)
//   redirect?to=URL                             answers 302 to URL (the tests point it at another origin)
//   halfway                                     answers 200 JSON, sends half a body, then drops the connection
//   hang                                        never answers
//   log                                         the bodies recorded for K, as a JSON array (not itself recorded)
import { PassThrough } from 'node:stream';

const bodies = new Map();

async function read(req) {
  let text = '';
  for await (const chunk of req) text += chunk;
  return text;
}

export async function boundaryEndpoints(context, next) {
  const url = new URL(context.url, 'http://localhost');
  if (!url.pathname.startsWith('/__boundaries/')) return next();
  const mode = url.pathname.split('/')[2];
  const key = url.searchParams.get('key') ?? '';
  // Any origin may read the answer: a redirect's target on another origin must be reachable to be counted.
  context.set('Access-Control-Allow-Origin', '*');
  if (mode === 'log') {
    context.type = 'application/json';
    context.body = JSON.stringify(bodies.get(key) ?? []);
    return undefined;
  }
  const list = bodies.get(key) ?? [];
  list.push({ method: context.method, body: await read(context.req) });
  bodies.set(key, list);
  // Never answers: the request stays open until the browser gives up on it.
  if (mode === 'hang') {
    context.status = 200;
    context.body = '';
    return new Promise((resolve) => context.req.socket.on('close', resolve));
  }
  if (mode === 'redirect') {
    context.status = 302;
    context.set('Location', url.searchParams.get('to') ?? '/');
    return undefined;
  }
  if (mode === 'halfway') {
    const stream = new PassThrough();
    context.status = 200;
    context.type = 'application/json';
    context.set('Content-Length', '1000');
    context.body = stream;
    stream.write('{"ok": tr');
    setTimeout(() => context.req.socket.destroy(), 50);
    return undefined;
  }
  const fail = Number(url.searchParams.get('fail') ?? 0);
  context.status = list.length <= fail ? 503 : Number(url.searchParams.get('status') ?? 200);
  context.type = url.searchParams.get('type') ?? 'application/json';
  context.body = url.searchParams.get('body') ?? '{"ok":true}';
  return undefined;
}
