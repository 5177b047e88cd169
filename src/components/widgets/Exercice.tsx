/**
 * An exercise looked up by kind id in the engine's registry: for pages that draw any kind (the
 * self-assessment). Chapters use the one-kind islands of src/components/exercices/ instead, so they
 * do not ship every kind's rules.
 */
import { exercices } from '../../engine';
import { ExerciceVue, type PropsExercice } from './ExerciceVue';
import { SolutionExercice } from './SolutionExercice';

export default function Exercice({ type, ...props }: PropsExercice & { /** Exercise kind id in the engine's `exercices`. */ type: string }) {
  const kind = exercices[type];
  if (!kind)
    return (
      <p class="champ__erreur">
        Exercice «{'\u00a0'}
        {type}
        {'\u00a0'}» introuvable.
      </p>
    );
  return <ExerciceVue kind={kind} Solution={SolutionExercice} {...props} />;
}
