// The page's side of the worker (src/simulateur/client.ts), with a fake worker: every request gets a
// new id, and a reply to any request but the latest is dropped (never shown as current).
import { describe, expect, it } from 'vitest';
import { demarrer } from '../../src/simulateur/client';
import type { Reponse } from '../../src/simulateur/protocole';
import type { ResultatRegles } from '../../src/simulateur/regles';

function fauxWorker() {
  const ecouteurs: Array<(e: MessageEvent<Reponse>) => void> = [];
  const envoyes: unknown[] = [];
  const w = {
    addEventListener: (type: string, f: (e: MessageEvent<Reponse>) => void) => type === 'message' && ecouteurs.push(f),
    postMessage: (m: unknown) => envoyes.push(m),
    terminate: () => {},
  };
  const repondre = (m: Reponse) => ecouteurs.forEach((f) => f({ data: m } as MessageEvent<Reponse>));
  return { w: w as unknown as Worker, envoyes, repondre };
}

const resultat = { total: '1' } as ResultatRegles;

describe('client du worker', () => {
  it('numérote les demandes et ne transmet que les réponses à la dernière', () => {
    const f = fauxWorker();
    const recus: Array<[number, string, boolean]> = [];
    const erreurs: string[] = [];
    const client = demarrer(
      { progression: () => {}, colonne: (id, choix, _r, complet) => recus.push([id, choix, complet]), erreur: (m) => erreurs.push(m) },
      () => f.w,
    );
    const a = client.calculer({ secteur1: {} });
    const b = client.calculer({ secteur1: {} });
    expect([a, b, client.derniere()]).toEqual([1, 2, 2]);
    expect(f.envoyes).toEqual([
      { type: 'calculer', id: 1, situations: { secteur1: {} } },
      { type: 'calculer', id: 2, situations: { secteur1: {} } },
    ]);
    f.repondre({ type: 'colonne', id: 1, choix: 'secteur1', resultat, complet: true, dureeMs: 5 });
    f.repondre({ type: 'erreur', id: 1, message: 'ancienne' });
    expect(recus).toEqual([]);
    expect(erreurs).toEqual([]);
    f.repondre({ type: 'colonne', id: 2, choix: 'secteur1', resultat, complet: true, dureeMs: 5 });
    f.repondre({ type: 'erreur', id: null, message: 'chargement' });
    expect(recus).toEqual([[2, 'secteur1', true]]);
    expect(erreurs).toEqual(['chargement']);
  });
});
