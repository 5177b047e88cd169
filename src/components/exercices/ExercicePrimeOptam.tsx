import { ExerciceVue, type PropsExerciceDiffere } from '../widgets/ExerciceVue';

// The kind's module of the engine, loaded at the reader's first action on the exercise (ExerciceVue).
const charger = () => import('../../engine/exercises/cdc.js').then((m) => m.primeOptamExercice);

/** Island of the « prime-optam » exercise (one kind, so its page ships only this kind's rules). */
export default function ExercicePrimeOptam(props: PropsExerciceDiffere) {
  return <ExerciceVue charger={charger} {...props} />;
}
