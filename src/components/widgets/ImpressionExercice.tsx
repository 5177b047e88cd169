/**
 * Printing an exercise: the sheet shows its statement (the form, buttons, hints and feedback are
 * screen-only, see the print rules in global.css) and, when the reader ticks « Imprimer avec la
 * solution », the worked solution of the variant on screen — a teacher prints a sheet or its key.
 * The solution is computed only once asked for, and shown only in print.
 */
import { useState } from 'preact/hooks';
import { formatEuros, formatTaux, type ExerciseKind, type Params } from '../../engine';
import { Trace } from './Trace';

export function ImpressionExercice({ kind, params, pageSources, id }: { kind: ExerciseKind<Params>; params: Params; pageSources: string; id: string }) {
  const [avecSolution, setAvecSolution] = useState(false);
  const solution = avecSolution ? kind.solve(params) : null;
  return (
    <div class="exercice__impression">
      <label class="exercice__option-impression" for={`${id}-imprimer-solution`}>
        <input
          id={`${id}-imprimer-solution`}
          type="checkbox"
          checked={avecSolution}
          onChange={(e) => setAvecSolution((e.currentTarget as HTMLInputElement).checked)}
        />{' '}
        Imprimer avec la solution
      </label>
      {solution && (
        <div class="exercice__corrige-imprime">
          <p class="resultat__principal">{`Solution : ${solution.unite === 'euros' ? formatEuros(solution.valeur) : formatTaux(solution.valeur)}`}</p>
          <Trace etapes={solution.etapes} pageSources={pageSources} titre="La solution pas à pas" ouvert />
        </div>
      )}
    </div>
  );
}
