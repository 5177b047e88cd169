import { ExerciceVue, type PropsExerciceDiffere } from '../widgets/ExerciceVue';

// The kind's module of the engine, loaded at the reader's first action on the exercise (ExerciceVue).
const charger = () => import('../../engine/exercises/depassements.js').then((m) => m.tauxDepassementExercice);

/** Island of the « taux-depassement » exercise (one kind, so its page ships only this kind's rules). */
export default function ExerciceTauxDepassement(props: PropsExerciceDiffere) {
  return <ExerciceVue charger={charger} {...props} />;
}
