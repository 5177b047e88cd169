/**
 * What an exam or a review needs and the start screen does not: the exam draw, the exercise kinds
 * (the whole engine), the question and exercise widgets, the results. AutoEvaluation.tsx imports this
 * module dynamically when an exam or a review starts (or a stored one resumes, or past results are
 * opened), so the start screen loads and answers without the engine's weight.
 */
import { listeExercices } from '../../engine';

export { EcranExamen } from './EcranExamen';
export { Bilan } from './Bilan';
export { graineVariante, tirerExamen } from '../../domaine/examen';

/** Exercise kinds the draw picks from. */
export const KINDS = listeExercices();
