/**
 * Stored items the course no longer has (data saved by an older version): set aside from the attempt in
 * progress and the review cards, and named in a French notice. Its own module so that the start screen
 * loads it only when something is stored (src/stores/auto-evaluation.ts imports it dynamically).
 */
import type { Item } from './examen';
import type { Cartes, ReponseItem, Session } from './schema-auto-evaluation';

/** What the course has now: used to set aside stored items that name a removed question or exercise kind. */
export interface Catalogue {
  /** Whether this stored item still exists (bank question id, or exercise kind id). */
  existe: (item: Item) => boolean;
  /** Whether a stored answer still fits its (existing) item; an unfitting answer becomes « unanswered ». */
  reponseValide?: (item: Item, r: ReponseItem) => boolean;
}

export interface ItemsEcartes {
  session: Session | null;
  cartes: Cartes;
  /** French names of the items set aside (« l’exercice « inconnu » », « la question « x » »). */
  ecartes: string[];
  /** Whether anything changed (items or answers). */
  change: boolean;
}

const nommer = (it: Item) => (it.genre === 'question' ? `la question « ${it.id} »` : `l’exercice « ${it.type} »`);

/**
 * Removes from the attempt in progress and from the review cards every item the course no longer
 * has (data saved by an older version): they are skipped and named, never shown as « introuvable »,
 * so they can never block an exam or a review session. The attempt keeps its other items and answers;
 * an attempt left with no item is dropped. Finished attempts (history) are left as they are: their
 * results are already counted and the results page names unknown items plainly.
 */
export function ecarterInconnus(session: Session | null, cartes: Cartes, catalogue: Catalogue): ItemsEcartes {
  const ecartes = new Set<string>();
  let change = false;
  let s = session;
  if (session) {
    const items: Item[] = [];
    const reponses: Array<ReponseItem | null> = [];
    let indexApres = 0;
    session.items.forEach((it, i) => {
      if (!catalogue.existe(it)) {
        ecartes.add(nommer(it));
        change = true;
        return;
      }
      let r = session.reponses[i] ?? null;
      if (r && catalogue.reponseValide && !catalogue.reponseValide(it, r)) {
        r = null;
        change = true;
      }
      if (i < session.index) indexApres++;
      items.push(it);
      reponses.push(r);
    });
    if (change) {
      s = items.length === 0 ? null : { ...session, items, reponses, longueur: items.length, index: Math.min(indexApres, items.length - 1) };
    }
  }
  const gardees: Cartes = Object.create(null);
  for (const [cle, e] of Object.entries(cartes)) {
    if (catalogue.existe(e.item)) gardees[cle] = e;
    else {
      ecartes.add(nommer(e.item));
      change = true;
    }
  }
  return { session: s, cartes: change ? gardees : cartes, ecartes: [...ecartes], change };
}

/** The French notice for items set aside, or '' when there were none. */
export function annonceEcartes(ecartes: readonly string[]): string {
  if (ecartes.length === 0) return '';
  const liste = ecartes.slice(0, 5).join(', ') + (ecartes.length > 5 ? `, et ${ecartes.length - 5} autre${ecartes.length - 5 > 1 ? 's' : ''}` : '');
  return `${ecartes.length > 1 ? `${ecartes.length} éléments enregistrés n’existent` : 'Un élément enregistré n’existe'} plus dans ce cours (${liste}) : ${ecartes.length > 1 ? 'ils ont été retirés' : 'il a été retiré'} de l’examen en cours et des révisions ; le reste est conservé.`;
}
