/**
 * The self-assessment's state as nanostores persisted in localStorage, each under its own key:
 * the attempt in progress (`secteurs:auto-evaluation:session`), the finished attempts
 * (`secteurs:auto-evaluation:historique`) and the spaced-review cards (`secteurs:auto-evaluation:cartes`).
 * Reading repairs item by item (src/domaine/schema-auto-evaluation.ts) and never throws. Nothing leaves the browser.
 */
import { persistentAtom } from '@nanostores/persistent';
import type { Item } from '../domaine/examen';
import type { Catalogue } from '../domaine/ecarter';
import {
  estManque,
  reparerCartes,
  reparerHistorique,
  reparerSession,
  HISTORIQUE_MAX,
  CLE_CARTES_BRUTE,
  type Cartes,
  type ReponseItem,
  type Session,
  type Tentative,
} from '../domaine/schema-auto-evaluation';

export const CLE_SESSION = 'secteurs:auto-evaluation:session';
export const CLE_HISTORIQUE = 'secteurs:auto-evaluation:historique';
export const CLE_CARTES = CLE_CARTES_BRUTE;

/** Number of items dropped or reset at the last read, for a visible (never console) notice. */
export const rejets = { session: 0, historique: 0, cartes: 0 };

export const $session = persistentAtom<Session | null>(CLE_SESSION, null, {
  encode: (v) => JSON.stringify(v),
  decode: (brut) => {
    const r = reparerSession(brut);
    rejets.session = r.rejets;
    return r.valeur;
  },
});
export const $historique = persistentAtom<Tentative[]>(CLE_HISTORIQUE, [], {
  encode: (v) => JSON.stringify(v),
  decode: (brut) => {
    const r = reparerHistorique(brut);
    rejets.historique = r.rejets;
    return r.valeur;
  },
});
export const $cartes = persistentAtom<Cartes>(
  CLE_CARTES,
  {},
  {
    encode: (v) => JSON.stringify(v),
    decode: (brut) => {
      const r = reparerCartes(brut);
      rejets.cartes = r.rejets;
      return r.valeur;
    },
  },
);

export function demarrer(s: Session) {
  $session.set(s);
}

export function repondre(index: number, r: ReponseItem) {
  const s = $session.get();
  if (!s || index < 0 || index >= s.items.length) return;
  const reponses = [...s.reponses];
  reponses[index] = r;
  $session.set({ ...s, reponses });
}

export function allerA(index: number, secondes?: number) {
  const s = $session.get();
  if (!s) return;
  $session.set({ ...s, index: Math.max(0, Math.min(index, s.items.length - 1)), secondes: secondes ?? s.secondes });
}

export function noterTemps(secondes: number) {
  const s = $session.get();
  if (s && s.chrono && secondes !== s.secondes) $session.set({ ...s, secondes });
}

export function abandonner() {
  $session.set(null);
}

async function replanifier(resultats: Array<{ item: Item; juste: boolean }>) {
  if (resultats.length === 0) return;
  try {
    const { planifier } = await import('../domaine/revision');
    $cartes.set(planifier($cartes.get(), resultats));
  } catch {
    /* the scheduler could not load (offline after an update): the attempt itself is kept */
  }
}

/**
 * Ends the session. An exam goes to the history and its missed items to the review cards; a review
 * session only updates the cards (already done answer by answer). Returns the history index of the attempt, or null.
 */
export async function terminer(secondes?: number): Promise<number | null> {
  const s = $session.get();
  if (!s) return null;
  $session.set(null);
  if (s.mode === 'revision') return null;
  const t: Tentative = {
    code: s.code,
    date: new Date().toISOString(),
    longueur: s.longueur,
    themes: s.themes,
    items: s.items,
    ...(s.generateurs ? { generateurs: s.generateurs } : {}),
    reponses: s.reponses,
    secondes: secondes ?? s.secondes,
  };
  const h = [...$historique.get(), t].slice(-HISTORIQUE_MAX);
  $historique.set(h);
  await replanifier(s.items.map((item, i) => ({ item, juste: !estManque(s.reponses[i] ?? null) })));
  return h.length - 1;
}

/** A review answer updates its card at once (leaving mid-session keeps what was done). */
export async function noterRevision(item: Item, juste: boolean) {
  await replanifier([{ item, juste }]);
}

export function effacerHistorique() {
  $historique.set([]);
}

/** Whether an attempt in progress or a review card is stored (else there is nothing to set aside). */
export const quelqueChoseEnregistre = () => $session.get() !== null || Object.keys($cartes.get()).length > 0;

/**
 * Sets aside, in the stored state itself, the items of the attempt in progress and the review cards
 * that the course no longer has (see `ecarterInconnus`). Returns the French notice ('' if none).
 * The module that does it is fetched only when something is stored.
 */
export async function ecarterItemsInconnus(catalogue: Catalogue): Promise<string> {
  if (!quelqueChoseEnregistre()) return '';
  const { annonceEcartes, ecarterInconnus } = await import('../domaine/ecarter');
  const r = ecarterInconnus($session.get(), $cartes.get(), catalogue);
  if (!r.change) return '';
  $session.set(r.session);
  $cartes.set(r.cartes);
  return annonceEcartes(r.ecartes);
}

/** Forgets everything the self-assessment stores (attempt in progress, history, review cards). */
export function effacerAutoEvaluation() {
  $session.set(null);
  $historique.set([]);
  $cartes.set({});
}
