/**
 * The worked solution of an exercise, on screen (after an answer or on request) or in print: the
 * expected answer in French notation and the engine's trace. Apart from ExerciceVue because it is
 * what needs the engine's formats and trace (with decimal.js): a chapter's exercise island loads it
 * with the kind, at the reader's first action, not at hydration.
 */
import { formatEuros, formatTaux, type Solution } from '../../engine';
import { Trace } from './Trace';

export function SolutionExercice({ solution, pageSources, impression = false }: { solution: Solution; pageSources: string; impression?: boolean }) {
  const valeur = solution.unite === 'euros' ? formatEuros(solution.valeur) : formatTaux(solution.valeur);
  if (impression)
    return (
      <div class="exercice__corrige-imprime">
        <p class="resultat__principal">{`Solution : ${valeur}`}</p>
        <Trace etapes={solution.etapes} pageSources={pageSources} titre="La solution pas à pas" ouvert />
      </div>
    );
  return (
    <div class="exercice__solution">
      <p class="resultat__principal">Réponse attendue : {valeur}</p>
      <Trace etapes={solution.etapes} pageSources={pageSources} titre="La solution pas à pas" ouvert />
    </div>
  );
}

export type VueSolution = typeof SolutionExercice;
