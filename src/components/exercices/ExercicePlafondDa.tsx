import { ExerciceVue, type PropsExerciceDiffere } from '../widgets/ExerciceVue';

// The kind's module of the engine, loaded at the reader's first action on the exercise (ExerciceVue).
const charger = () => import('../../engine/exercises/depassements.js').then((m) => m.plafondDAExercice);

/** Island of the « plafond-da » exercise (one kind, so its page ships only this kind's rules). */
export default function ExercicePlafondDa(props: PropsExerciceDiffere) {
  return <ExerciceVue charger={charger} {...props} />;
}
