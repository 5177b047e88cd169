/** A stored bank answer checked against its question, and said in words for the results. */
import type { Question } from '../content/schemas/question';
import type { Reponse } from './corriger';

/** Whether a stored answer fits the question as it is now (the bank may have changed since). */
export function reponseCompatible(q: Question, r: Reponse): boolean {
  if (q.type !== r.type) return false;
  switch (r.type) {
    case 'choix-unique':
      return r.choix !== null && r.choix < (q as Extract<Question, { type: 'choix-unique' }>).options.length;
    case 'choix-multiple':
      return r.choix.length > 0 && r.choix.every((c) => c < (q as Extract<Question, { type: 'choix-multiple' }>).options.length);
    case 'vrai-faux':
      return r.choix !== null;
    case 'association': {
      const n = (q as Extract<Question, { type: 'association' }>).paires.length;
      return r.choix.length === n && r.choix.every((c) => c !== null && c < n);
    }
    case 'ordre': {
      const n = (q as Extract<Question, { type: 'ordre' }>).elements.length;
      return r.ordre.length === n && new Set(r.ordre).size === n && r.ordre.every((i) => i < n);
    }
  }
}

/** The learner's answer in words ("Vrai", "A ; C", "1980 → 1990 → 2004"). */
export function decrireReponse(q: Question, r: Reponse): string {
  if (!reponseCompatible(q, r)) return 'réponse illisible';
  switch (q.type) {
    case 'choix-unique':
      return q.options[(r as Extract<Reponse, { type: 'choix-unique' }>).choix!]!.texte;
    case 'choix-multiple':
      return (r as Extract<Reponse, { type: 'choix-multiple' }>).choix.map((i) => q.options[i]!.texte).join('\u00a0; ');
    case 'vrai-faux':
      return (r as Extract<Reponse, { type: 'vrai-faux' }>).choix ? 'Vrai' : 'Faux';
    case 'association':
      return q.paires.map((p, i) => `${p.gauche} ↔ ${q.paires[(r as Extract<Reponse, { type: 'association' }>).choix[i]!]!.droite}`).join('\u00a0; ');
    case 'ordre':
      return (r as Extract<Reponse, { type: 'ordre' }>).ordre.map((i) => q.elements[i]).join(' → ');
  }
}
