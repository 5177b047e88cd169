// The static server for dist/, used by `npm start`, `npm run preview` and the end-to-end tests.
// It serves the build under the base path it was built for (BASE), like a real host would.
//
// Files are served by `sirv` (the static handler behind Vite's preview server): in production mode it
// lists the folder once at start-up and answers only paths from that list, so no request, however
// encoded (`..`, `%2F`, a sibling folder whose name starts with the same letters), can reach a file
// outside the folder. Around it this wrapper only: answers 400 to a URL that cannot be decoded, keeps
// requests under the base path, redirects a folder to its trailing-slash form, serves 404.html, and
// never lets an exception in one request stop the process.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import compression from 'compression';
import sirv from 'sirv';

/** Normalises a base path to "/x/y/" form ("/" for the root). */
export function normaliserBase(base = '/') {
  return `/${base}/`.replace(/\/+/g, '/');
}

/**
 * Decodes the path of a request target, or returns null when it is not a valid URL path
 * (malformed percent-encoding such as `%E0%A4%A`, or a target that is not a path).
 */
export function decoderChemin(cible) {
  if (typeof cible !== 'string' || !cible.startsWith('/')) return null;
  const brut = cible.split(/[?#]/, 1)[0];
  try {
    return decodeURIComponent(brut);
  } catch {
    return null;
  }
}

/** True when `fichier` is `racine` itself or inside it (path-separator aware, unlike a string prefix). */
export function estDansDossier(racine, fichier) {
  const rel = relative(racine, fichier);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function repondre(res, statut, texte, entetes = {}) {
  if (res.headersSent) return res.end();
  res.writeHead(statut, { 'content-type': 'text/plain; charset=utf-8', ...entetes });
  res.end(texte);
}

/**
 * Starts the server. Resolves to { url, close }. `port: 0` picks a free port.
 */
export async function demarrerServeur({ dir = 'dist', base = '/', port = 4321, host = '127.0.0.1' } = {}) {
  const racine = resolve(dir);
  const prefixe = normaliserBase(base);
  const page404 = await readFile(join(racine, '404.html')).catch(() => Buffer.from('Page introuvable'));
  const compresser = compression({ threshold: 0 });
  const fichiers = sirv(racine, {
    dev: false,
    dotfiles: false,
    etag: true,
    onNoMatch: (_req, res) => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page404);
    },
  });

  async function traiter(req, res) {
    const chemin = decoderChemin(req.url ?? '/');
    if (chemin === null) return repondre(res, 400, 'Requête invalide : adresse mal encodée.');
    if (chemin.includes('\0')) return repondre(res, 400, 'Requête invalide : caractère nul dans l’adresse.');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return repondre(res, 405, 'Méthode non autorisée.', { allow: 'GET, HEAD' });
    }
    if (!chemin.startsWith(prefixe)) {
      if (`${chemin}/` === prefixe) return repondre(res, 301, '', { location: prefixe });
      return repondre(res, 302, '', { location: prefixe });
    }
    const relatif = chemin.slice(prefixe.length - 1);
    // A folder asked without its trailing slash: redirect, so that relative links resolve as on a real host.
    // Checked only for a path inside the folder (sirv would answer it anyway, never outside).
    const cible = resolve(racine, `.${relatif}`);
    if (!chemin.endsWith('/') && estDansDossier(racine, cible)) {
      const info = await stat(cible).catch(() => null);
      if (info?.isDirectory()) return repondre(res, 301, '', { location: `${chemin}/` });
    }
    // Hand sirv the path relative to the base (re-encoded: sirv decodes it again), with the query string.
    const requete = req.url ?? '/';
    const debutRequete = requete.search(/[?#]/);
    req.url = encodeURI(relatif) + (debutRequete === -1 ? '' : requete.slice(debutRequete));
    compresser(req, res, () => fichiers(req, res));
  }

  const server = createServer((req, res) => {
    traiter(req, res).catch((erreur) => {
      console.error('Erreur du serveur sur', req.url, erreur);
      repondre(res, 500, 'Erreur interne du serveur.');
    });
  });
  // A request Node cannot even parse (bad request line, bad header): answer 400 instead of dropping it.
  server.on('clientError', (_erreur, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
  });

  return new Promise((ok, ko) => {
    server.once('error', ko);
    server.listen(port, host, () => {
      const adresse = server.address();
      const p = typeof adresse === 'object' && adresse ? adresse.port : port;
      ok({
        url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${p}${prefixe}`,
        close: () => new Promise((r) => server.close(r)),
      });
    });
  });
}
