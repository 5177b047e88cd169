// The server behind `npm start`, `npm run preview` and the e2e suite (scripts/static-server.mjs):
// it must answer 400 to a malformed URL, never die on a request, and never answer outside its folder —
// including a sibling folder whose name starts with the same letters (`dist-secret` next to `dist`).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { connect } from 'node:net';
import fc from 'fast-check';
import { demarrerServeur } from '../../scripts/static-server.mjs';

const SECRET = 'CONTENU-SECRET-HORS-DU-DOSSIER';

/** Sends a request with the target exactly as written (no URL normalisation, unlike fetch). */
function get(port: number, cible: string): Promise<{ statut: number; corps: string; location?: string }> {
  return new Promise((ok, ko) => {
    const req = request({ host: '127.0.0.1', port, path: cible, method: 'GET' }, (res) => {
      let corps = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (corps += d));
      res.on('end', () => ok({ statut: res.statusCode ?? 0, corps, location: res.headers.location }));
    });
    req.on('error', ko);
    req.end();
  });
}

/** Sends raw bytes (a request line Node's client would refuse to send) and returns the status line. */
function brut(port: number, octets: string): Promise<string> {
  return new Promise((ok, ko) => {
    const s = connect(port, '127.0.0.1', () => s.write(octets));
    let lu = '';
    s.on('data', (d) => (lu += d.toString('latin1')));
    s.on('end', () => ok(lu.split('\r\n', 1)[0]));
    s.on('error', ko);
  });
}

let racine: string;
const serveurs: { close: () => Promise<unknown> }[] = [];

beforeAll(() => {
  racine = mkdtempSync(join(tmpdir(), 'secteurs-serveur-'));
  mkdirSync(join(racine, 'dist', 'chapitres', 'histoire'), { recursive: true });
  writeFileSync(join(racine, 'dist', 'index.html'), '<h1>Accueil</h1>');
  writeFileSync(join(racine, 'dist', '404.html'), '<h1>Page introuvable</h1>');
  writeFileSync(join(racine, 'dist', 'chapitres', 'histoire', 'index.html'), '<h1>Histoire</h1>');
  mkdirSync(join(racine, 'dist-secret'));
  writeFileSync(join(racine, 'dist-secret', 'x.txt'), SECRET);
  writeFileSync(join(racine, 'secret.txt'), SECRET);
});

afterAll(async () => {
  await Promise.all(serveurs.map((s) => s.close()));
  rmSync(racine, { recursive: true, force: true });
});

async function lancer(base: string) {
  const s = await demarrerServeur({ dir: join(racine, 'dist'), base, port: 0 });
  serveurs.push(s);
  return { port: Number(new URL(s.url).port), url: s.url };
}

describe.each(['/', '/cours/secteurs/'])('serveur statique, base %s', (base) => {
  let port: number;
  beforeAll(async () => {
    ({ port } = await lancer(base));
  });

  it('sert les pages du dossier, redirige un dossier vers sa forme avec barre finale, 404 sinon', async () => {
    expect(await get(port, base)).toMatchObject({ statut: 200, corps: '<h1>Accueil</h1>' });
    expect(await get(port, `${base}chapitres/histoire/`)).toMatchObject({ statut: 200, corps: '<h1>Histoire</h1>' });
    expect(await get(port, `${base}chapitres/histoire`)).toMatchObject({ statut: 301, location: `${base}chapitres/histoire/` });
    expect(await get(port, `${base}nulle-part/`)).toMatchObject({ statut: 404, corps: '<h1>Page introuvable</h1>' });
  });

  it('répond 400 à un encodage pourcent invalide, et continue de servir', async () => {
    for (const cible of [`${base}%E0%A4%A`, '/%E0%A4%A', `${base}%`, `${base}%zz/`]) {
      expect((await get(port, cible)).statut, cible).toBe(400);
    }
    expect((await get(port, base)).statut).toBe(200);
  });

  it('ne sert jamais un dossier voisin dont le nom commence par « dist », ni le dossier parent', async () => {
    const attaques = [
      '/..%2Fdist-secret/x.txt',
      `${base}..%2Fdist-secret/x.txt`,
      `${base}..%2F..%2F..%2Fdist-secret/x.txt`,
      `${base}../dist-secret/x.txt`,
      `${base}%2e%2e/dist-secret/x.txt`,
      `${base}%2e%2e%2fsecret.txt`,
      `${base}..%5csecret.txt`,
      `${base}....//dist-secret/x.txt`,
    ];
    for (const cible of attaques) {
      const r = await get(port, cible);
      expect(r.corps, cible).not.toContain(SECRET);
      expect(r.statut, cible).not.toBe(200);
    }
  });

  it('répond 400 à une ligne de requête illisible au lieu de couper la connexion', async () => {
    expect(await brut(port, 'GET /\u0001 bad HTTP/1.1\r\n\r\n')).toMatch(/^HTTP\/1\.1 400/);
    expect((await get(port, base)).statut).toBe(200);
  });

  it('propriété : aucun chemin assemblé de « .. », « / », encodages et noms voisins ne sort du dossier ni n’arrête le serveur', async () => {
    const morceau = fc.constantFrom(
      '..',
      '.',
      '/',
      '%2F',
      '%2f',
      '%2e',
      '%2E%2E',
      '%5C',
      '\\',
      '%',
      '%E0%A4',
      '%00',
      'dist-secret',
      'dist',
      'x.txt',
      'secret.txt',
      '%252F',
      'chapitres',
    );
    await fc.assert(
      fc.asyncProperty(fc.array(morceau, { minLength: 1, maxLength: 8 }), async (morceaux) => {
        const cible = base + morceaux.join('');
        const r = await get(port, cible);
        expect(r.corps).not.toContain(SECRET);
        expect([200, 301, 302, 400, 404]).toContain(r.statut);
      }),
      { numRuns: 300 },
    );
    expect((await get(port, base)).statut).toBe(200);
  });
});

describe('compression, comme un hébergeur réel', () => {
  it('envoie le HTML compressé (gzip ou brotli) quand le navigateur l’accepte, et en clair sinon', async () => {
    const { port } = await lancer('/');
    const demander = (encodage?: string) =>
      new Promise<{ encodage?: string; corps: Buffer }>((ok, ko) => {
        const req = request({ host: '127.0.0.1', port, path: '/', headers: encodage ? { 'accept-encoding': encodage } : {} }, (res) => {
          const morceaux: Buffer[] = [];
          res.on('data', (d: Buffer) => morceaux.push(d));
          res.on('end', () => ok({ encodage: res.headers['content-encoding'], corps: Buffer.concat(morceaux) }));
        });
        req.on('error', ko);
        req.end();
      });
    const { gunzipSync, brotliDecompressSync } = await import('node:zlib');
    const gz = await demander('gzip');
    expect(gz.encodage).toBe('gzip');
    expect(gunzipSync(gz.corps).toString()).toBe('<h1>Accueil</h1>');
    const br = await demander('gzip, deflate, br');
    expect(br.encodage).toBe('br');
    expect(brotliDecompressSync(br.corps).toString()).toBe('<h1>Accueil</h1>');
    const clair = await demander();
    expect(clair.encodage).toBeUndefined();
    expect(clair.corps.toString()).toBe('<h1>Accueil</h1>');
  });
});
