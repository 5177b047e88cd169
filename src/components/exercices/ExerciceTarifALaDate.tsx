import { ExerciceVue, type PropsExerciceDiffere } from '../widgets/ExerciceVue';

// The kind's module of the engine, loaded at the reader's first action on the exercise (ExerciceVue).
const charger = () => import('../../engine/exercises/histoire.js').then((m) => m.tarifALaDate);

/** Island of the « tarif-a-la-date » exercise (one kind, so its page ships only this kind's rules). */
export default function ExerciceTarifALaDate(props: PropsExerciceDiffere) {
  return <ExerciceVue charger={charger} {...props} />;
}
