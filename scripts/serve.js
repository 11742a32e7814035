// Serves the repository on http://localhost:8000 (PORT to change): the demo at /demo/, the CDN build at /cdn/,
// the documentation site at /site/ once `npm run docs:site` has built it (`npm start` does).
// A tiny static server with no dependencies, used by `npm start`, the served-page check and the bench.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const ROOT = resolve('.');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/** Compressed bodies by path, encoding and modification time: compress once, serve many times. */
const compressed = new Map();

/**
 * Starts the server. `headers(path)` may add response headers (the strict-CSP check uses it); `route(url, res)`
 * may answer a request itself and return true (the bench's generated pages); `nodeModules` serves
 * node_modules/ too (the bench's peer library).
 */
export function serve({ port = Number(process.env.PORT) || 8000, headers = () => ({}), route, nodeModules = false } = {}) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (route && (await route(url, res))) return;
    if (url.pathname === '/') {
      res.writeHead(302, { location: '/demo/' });
      res.end();
      return;
    }
    let path = normalize(join(ROOT, decodeURIComponent(url.pathname)));
    if (!path.startsWith(ROOT) || (!nodeModules && path.includes('node_modules'))) {
      res.writeHead(404).end('Not found');
      return;
    }
    try {
      let info = await stat(path);
      if (info.isDirectory()) {
        path = join(path, 'index.html');
        info = await stat(path);
      }
      let body = await readFile(path);
      const type = TYPES[extname(path)] ?? 'application/octet-stream';
      // Compressed like a CDN would serve it, so that Lighthouse and the bench measure what merchants get.
      const accept = String(req.headers['accept-encoding'] ?? '');
      let encoding;
      if (/text|json|svg/.test(type) && body.length > 1024) {
        encoding = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : undefined;
        if (encoding) {
          const key = `${path}:${encoding}:${info.mtimeMs}`;
          let packed = compressed.get(key);
          if (!packed) {
            packed = encoding === 'br' ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) : gzipSync(body, { level: 9 });
            compressed.set(key, packed);
          }
          body = packed;
        }
      }
      res.writeHead(200, {
        'content-type': type,
        'cache-control': 'no-cache',
        vary: 'accept-encoding',
        ...(encoding ? { 'content-encoding': encoding } : {}),
        // The documentation site's example previews are sandboxed documents of an opaque origin: the language
        // files the library imports there are module scripts, fetched with CORS (docsite/assets/examples.js).
        ...(url.pathname.startsWith('/site/cdn/') ? { 'access-control-allow-origin': '*' } : {}),
        ...headers(url.pathname),
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  return new Promise((ready) => server.listen(port, '127.0.0.1', () => ready(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await serve();
  const { port } = server.address();
  console.log(
    `ExamplePay demo: http://localhost:${port}/demo/  (中文: /demo/zh.html, العربية: /demo/ar.html, the elements one by one: /demo/components.html). Ctrl+C to stop.`,
  );
  console.log(
    existsSync('site/index.html')
      ? `Documentation: http://localhost:${port}/site/`
      : 'Documentation: not built (npm run docs:site builds it into site/; npm start does).',
  );
}
