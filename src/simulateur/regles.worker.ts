/**
 * The worker that evaluates the Urssaf's rules (modele-social + publicodes) off the main thread.
 * It loads both packages itself (the page's main thread never downloads them), tells the page how far
 * the loading went, then answers each request. Between two situations it yields to its message queue:
 * if a newer request arrived meanwhile, the older one is abandoned (its result would be stale).
 */
import type Engine from 'publicodes';
import type { Demande, Reponse } from './protocole';
import { evaluerSituation } from './regles';
import { CHOIX } from './situation';

interface Portee {
  postMessage(m: Reponse): void;
  addEventListener(type: 'message', f: (e: MessageEvent<Demande>) => void): void;
}
const portee = self as unknown as Portee;
const envoyer = (m: Reponse) => portee.postMessage(m);

let derniere = 0;
const enAttente: Demande[] = [];
let occupe = false;

const moteur: Promise<Engine> = (async () => {
  envoyer({ type: 'progression', etape: 'telechargement' });
  const [{ default: regles }, { default: Moteur }] = await Promise.all([import('modele-social'), import('publicodes')]);
  envoyer({ type: 'progression', etape: 'analyse' });
  // Let the progress message go out before the long parse.
  await new Promise((r) => setTimeout(r, 0));
  const e = new Moteur(regles as ConstructorParameters<typeof Moteur>[0], { logger: { log() {}, warn() {}, error() {} } });
  envoyer({ type: 'progression', etape: 'pret' });
  return e;
})();

const cederLaMain = () => new Promise((r) => setTimeout(r, 0));

async function traiter(d: Demande): Promise<void> {
  const engine = await moteur;
  const debut = performance.now();
  const choix = CHOIX.filter((c) => d.situations[c]);
  for (const [i, c] of choix.entries()) {
    await cederLaMain();
    if (d.id !== derniere) {
      envoyer({ type: 'abandon', id: d.id });
      return;
    }
    const resultat = evaluerSituation(engine, d.situations[c]!);
    envoyer({ type: 'colonne', id: d.id, choix: c, resultat, complet: i === choix.length - 1, dureeMs: Math.round(performance.now() - debut) });
  }
}

async function suite(): Promise<void> {
  if (occupe) return;
  occupe = true;
  while (enAttente.length > 0) {
    // Only the latest request matters: older ones still waiting are answered as abandoned.
    const d = enAttente.pop()!;
    for (const vieille of enAttente.splice(0)) envoyer({ type: 'abandon', id: vieille.id });
    try {
      await traiter(d);
    } catch (e) {
      envoyer({ type: 'erreur', id: d.id, message: e instanceof Error ? e.message : String(e) });
    }
  }
  occupe = false;
}

portee.addEventListener('message', (e) => {
  if (e.data?.type !== 'calculer') return;
  derniere = Math.max(derniere, e.data.id);
  enAttente.push(e.data);
  void suite();
});

moteur.catch((e: unknown) => envoyer({ type: 'erreur', id: null, message: e instanceof Error ? e.message : String(e) }));
