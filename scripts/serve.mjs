#!/usr/bin/env node
// Tiny static file server (used by `make serve`, on the built site target/site/). Plain Node, no
// dependencies. Serves files under one folder only, bound to 127.0.0.1, never cached.
//   node scripts/serve.mjs [port] [folder]   (default: $PORT or 8000, and www/, the sources;
//                                             $HOST overrides 127.0.0.1)
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = await realpath(process.argv[3] ? resolve(process.argv[3]) : fileURLToPath(new URL('../www/', import.meta.url)));
const PORT = Number(process.argv[2] ?? process.env.PORT ?? 8000);
const HOST = process.env.HOST || '127.0.0.1';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

function inside(path) {
  return path === ROOT || path.startsWith(ROOT + sep);
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(body);
}

// Returns the real path of the file to serve, or null.
async function locate(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  let file = resolve(ROOT, '.' + decoded);
  if (!inside(file)) return null;
  try {
    file = await realpath(file); // symlinks must not lead out of the folder either
    if (!inside(file)) return null;
    let st = await stat(file);
    const dir = st.isDirectory();
    if (dir) {
      file = await realpath(join(file, 'index.html'));
      if (!inside(file)) return null;
      st = await stat(file);
    }
    return st.isFile() ? { file, size: st.size, dir } : null;
  } catch {
    return null;
  }
}

const server = createServer(async (req, res) => {
  const started = Date.now();
  res.on('finish', () => {
    console.log(`${res.statusCode} ${req.method} ${req.url} ${Date.now() - started}ms`);
  });
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, 'method not allowed\n', { Allow: 'GET, HEAD' });
    return;
  }
  let pathname;
  try {
    pathname = new URL(req.url, 'http://localhost').pathname;
  } catch {
    send(res, 400, 'bad request\n');
    return;
  }
  const found = await locate(pathname);
  if (!found) {
    send(res, 404, 'not found\n');
    return;
  }
  // A directory without its trailing slash: redirect so relative URLs in index.html resolve.
  if (found.dir && !pathname.endsWith('/')) {
    send(res, 301, '', { Location: `${pathname}/` });
    return;
  }
  const type = MIME[extname(found.file).toLowerCase()] ?? 'application/octet-stream';
  res.writeHead(200, {
    'Content-Type': type,
    'Content-Length': found.size,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(found.file)
    .on('error', () => res.destroy())
    .pipe(res);
});

server.on('error', (err) => {
  console.error(`serve: ${err.message}`);
  process.exit(1);
});

server.listen(PORT, HOST, () => {
  const shown = HOST === '127.0.0.1' ? 'localhost' : HOST;
  console.log(`Serving ${ROOT} at http://${shown}:${server.address().port}/  (Ctrl-C to stop)`);
});

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
