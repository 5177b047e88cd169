/**
 * Printing an exercise: the sheet shows its statement (the form, buttons, hints and feedback are
 * screen-only, see the print rules in global.css) and, when the reader ticks « Imprimer avec la
 * solution », the worked solution of the variant on screen — a teacher prints a sheet or its key.
 * The solution is computed only once asked for, and shown only in print. A chapter island may not
 * have its kind yet (ExerciceVue): ticking the box loads it.
 */
import { useState } from 'preact/hooks';
import type { ExerciseKind, Params } from '../../engine';
import type { VueSolution } from './SolutionExercice';

interface Props {
  kind: ExerciseKind<Params> | null;
  params: Params | null;
  /** The solution's view, there with the kind. */
  Solution: VueSolution | null;
  /** Loads the kind (it re-renders this component with it). */
  charger: () => Promise<unknown>;
  pageSources: string;
  id: string;
}

export function ImpressionExercice({ kind, params, Solution, charger, pageSources, id }: Props) {
  const [avecSolution, setAvecSolution] = useState(false);
  const solution = avecSolution && kind && params ? kind.solve(params) : null;
  return (
    <div class="exercice__impression">
      <label class="exercice__option-impression" for={`${id}-imprimer-solution`}>
        <input
          id={`${id}-imprimer-solution`}
          type="checkbox"
          checked={avecSolution}
          onChange={(e) => {
            const coche = (e.currentTarget as HTMLInputElement).checked;
            if (coche && !kind) void charger();
            setAvecSolution(coche);
          }}
        />{' '}
        Imprimer avec la solution
      </label>
      {solution && Solution && <Solution solution={solution} pageSources={pageSources} impression />}
    </div>
  );
}
