/**
 * Spaced review with ts-fsrs (FSRS, the scheduler of Anki): a missed item gets a card rated Again;
 * each later review rates it Good (right) or Again (wrong) and ts-fsrs sets the next due date.
 * Loaded lazily (dynamic import) when an exam ends or a review answer is given, so the exam screens
 * do not carry the scheduler's weight.
 */
import { createEmptyCard, fsrs, Rating, type Card } from 'ts-fsrs';
import type { Item } from './examen';
import { cleRevision } from './examen';
import type { CarteStockee, Cartes } from './schema-auto-evaluation';

const planificateur = fsrs();

function versCarte(c: CarteStockee): Card {
  return { ...c, due: new Date(c.due), last_review: c.last_review ? new Date(c.last_review) : undefined };
}
function depuisCarte(c: Card): CarteStockee {
  const s: CarteStockee = {
    due: c.due.toISOString(),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: c.elapsed_days,
    scheduled_days: c.scheduled_days,
    learning_steps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state as CarteStockee['state'],
  };
  if (c.last_review) s.last_review = c.last_review.toISOString();
  return s;
}

export interface Resultat {
  item: Item;
  /** Fully right (a "close" numeric answer counts as missed). */
  juste: boolean;
}

/**
 * New cards: a missed item without a card gets one, rated Again; an item that already has a card is
 * rated Good or Again; a right item without a card gets none. Returns a new record.
 */
export function planifier(cartes: Cartes, resultats: readonly Resultat[], maintenant = new Date()): Cartes {
  const out: Cartes = Object.assign(Object.create(null), cartes);
  for (const { item, juste } of resultats) {
    const cle = cleRevision(item);
    const existante = out[cle];
    if (!existante && juste) continue;
    const carte = existante ? versCarte(existante.carte) : createEmptyCard(maintenant);
    const suivante = planificateur.next(carte, maintenant, juste ? Rating.Good : Rating.Again).card;
    // An exercise card is about the kind: its stored seed is irrelevant (each review draws a new variant).
    out[cle] = { item: existante?.item ?? item, carte: depuisCarte(suivante) };
  }
  return out;
}
