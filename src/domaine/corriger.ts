/**
 * Grading of question-bank answers, shared by the chapter quizzes and the self-assessment.
 * Pure functions: a learner's answer in, correct or not out. Display orders (shuffles) are
 * deterministic per question id, so the server-rendered HTML and the hydrated island agree.
 */
import type { Question } from '../content/schemas/question';
import { melangeDeterministe } from './melange';

export type Reponse =
  | { type: 'choix-unique'; choix: number | null }
  | { type: 'choix-multiple'; choix: number[] }
  | { type: 'vrai-faux'; choix: boolean | null }
  /** For each left item (authored order), the index of the chosen right item (authored order), or null. */
  | { type: 'association'; choix: Array<number | null> }
  /** Authored indices of the elements in the order the learner put them. */
  | { type: 'ordre'; ordre: number[] };

/** Order in which the right-hand items of an association are offered. */
export function ordreDroite(q: Extract<Question, { type: 'association' }>): number[] {
  return melangeDeterministe(
    q.paires.map((_, i) => i),
    `${q.id}:droite`,
  );
}

/**
 * Display order of a choice question's options, as authored indices. Authors tend to write the right
 * option first, so every place that shows a question (chapter quiz, static fallback, self-assessment)
 * shows them in this shuffled order. An option's authored index is its id: answers, grading and saved
 * answers use it, never the displayed position, so answers saved before the shuffle stay valid.
 */
export function ordreOptions(q: Extract<Question, { type: 'choix-unique' | 'choix-multiple' }>): number[] {
  return melangeDeterministe(
    q.options.map((_, i) => i),
    `${q.id}:options`,
  );
}

/** Starting order of an ordering question: shuffled, and never already the right order. */
export function ordreInitial(q: Extract<Question, { type: 'ordre' }>): number[] {
  const indices = q.elements.map((_, i) => i);
  let ordre = melangeDeterministe(indices, `${q.id}:ordre`);
  if (ordre.every((v, i) => v === i)) ordre = [...ordre.slice(1), ordre[0]!];
  return ordre;
}

export function reponseVide(q: Question): Reponse {
  switch (q.type) {
    case 'choix-unique':
      return { type: q.type, choix: null };
    case 'choix-multiple':
      return { type: q.type, choix: [] };
    case 'vrai-faux':
      return { type: q.type, choix: null };
    case 'association':
      return { type: q.type, choix: q.paires.map(() => null) };
    case 'ordre':
      return { type: q.type, ordre: ordreInitial(q) };
  }
}

/** Whether the learner has answered enough to check (every blank filled). */
export function reponseComplete(r: Reponse): boolean {
  switch (r.type) {
    case 'choix-unique':
    case 'vrai-faux':
      return r.choix !== null;
    case 'choix-multiple':
      return r.choix.length > 0;
    case 'association':
      return r.choix.every((c) => c !== null);
    case 'ordre':
      return true;
  }
}

export function estCorrecte(q: Question, r: Reponse): boolean {
  if (q.type !== r.type) return false;
  switch (q.type) {
    case 'choix-unique': {
      const c = (r as Extract<Reponse, { type: 'choix-unique' }>).choix;
      return c !== null && q.options[c]?.correct === true;
    }
    case 'choix-multiple': {
      const choisis = new Set((r as Extract<Reponse, { type: 'choix-multiple' }>).choix);
      return q.options.every((o, i) => o.correct === choisis.has(i));
    }
    case 'vrai-faux':
      return (r as Extract<Reponse, { type: 'vrai-faux' }>).choix === q.reponse;
    case 'association': {
      const choix = (r as Extract<Reponse, { type: 'association' }>).choix;
      // Compare texts, not indices: two pairs may share the same right-hand text.
      return q.paires.every((p, i) => choix[i] !== null && q.paires[choix[i]!]?.droite === p.droite);
    }
    case 'ordre': {
      const ordre = (r as Extract<Reponse, { type: 'ordre' }>).ordre;
      return ordre.length === q.elements.length && ordre.every((idx, pos) => q.elements[idx] === q.elements[pos]);
    }
  }
}

/** The right answer in words, shown after checking. */
export function bonneReponse(q: Question): string {
  switch (q.type) {
    case 'choix-unique':
    case 'choix-multiple':
      return q.options
        .filter((o) => o.correct)
        .map((o) => o.texte)
        .join(' ; ');
    case 'vrai-faux':
      return q.reponse ? 'Vrai' : 'Faux';
    case 'association':
      return q.paires.map((p) => `${p.gauche} ↔ ${p.droite}`).join(' ; ');
    case 'ordre':
      return q.elements.join(' → ');
  }
}
