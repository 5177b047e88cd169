import { ExerciceVue, type PropsExerciceDiffere } from '../widgets/ExerciceVue';

// The kind's module of the engine, loaded at the reader's first action on the exercise (ExerciceVue).
const charger = () => import('../../engine/exercises/contrat.js').then((m) => m.ratio70Exercice);

/** Island of the « ratio-70 » exercise (one kind, so its page ships only this kind's rules). */
export default function ExerciceRatio70(props: PropsExerciceDiffere) {
  return <ExerciceVue charger={charger} {...props} />;
}
