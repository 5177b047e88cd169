// A minimal static file server for dist/, used by `npm start` and by the end-to-end tests.
// It serves the build under the same base path it was built for (BASE), and compresses text, like a
// real host would.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8', '.xml': 'application/xml',
  '.wasm': 'application/wasm', '.pf_meta': 'application/octet-stream', '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream', '.pagefind': 'application/octet-stream', '.woff2': 'font/woff2',
};

/** Text types are sent gzip-compressed when the browser accepts it, as any real host does. */
const COMPRESSIBLES = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.txt', '.xml']);

/** Normalises a base path to "/x/y/" form ("/" for the root). */
export function normaliserBase(base = '/') {
  const b = `/${base}/`.replace(/\/+/g, '/');
  return b;
}

/**
 * Starts the server. Resolves to { url, close }. `port: 0` picks a free port.
 */
export function demarrerServeur({ dir = 'dist', base = '/', port = 4321, host = '127.0.0.1' } = {}) {
  const racine = resolve(dir);
  const prefixe = normaliserBase(base);
  const server = createServer(async (req, res) => {
    const chemin = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!chemin.startsWith(prefixe) && `${chemin}/` !== prefixe) {
      res.writeHead(302, { location: prefixe });
      res.end();
      return;
    }
    const relatif = chemin.slice(prefixe.length - 1);
    let fichier = normalize(join(racine, relatif));
    if (!fichier.startsWith(racine)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const s = await stat(fichier);
      if (s.isDirectory()) {
        if (!chemin.endsWith('/')) {
          res.writeHead(301, { location: `${chemin}/` });
          res.end();
          return;
        }
        fichier = join(fichier, 'index.html');
      }
      const corps = await readFile(fichier);
      const entetes = { 'content-type': TYPES[extname(fichier)] ?? 'application/octet-stream', vary: 'accept-encoding' };
      if (COMPRESSIBLES.has(extname(fichier)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        res.writeHead(200, { ...entetes, 'content-encoding': 'gzip' });
        res.end(gzipSync(corps));
        return;
      }
      res.writeHead(200, entetes);
      res.end(corps);
    } catch {
      const page404 = await readFile(join(racine, '404.html')).catch(() => Buffer.from('Page introuvable'));
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page404);
    }
  });
  return new Promise((ok, ko) => {
    server.once('error', ko);
    server.listen(port, host, () => {
      const adresse = server.address();
      const p = typeof adresse === 'object' && adresse ? adresse.port : port;
      ok({ url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${p}${prefixe}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}
