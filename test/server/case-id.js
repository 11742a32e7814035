// Endpoint for test/call-prep-facts.test.ts: `POST /__case?body=B[&header=H][&status=N]` answers N (default 200)
// with the JSON text B and, when given, the header `X-Case-Id: H`: a merchant's endpoint returning a case ID.
export function caseEndpoint(context, next) {
  const url = new URL(context.url, 'http://localhost');
  if (url.pathname !== '/__case') return next();
  context.status = Number(url.searchParams.get('status') ?? 200);
  context.type = 'application/json';
  const header = url.searchParams.get('header');
  if (header !== null) context.set('X-Case-Id', header);
  context.body = url.searchParams.get('body') ?? '{}';
  return undefined;
}
