import { ExerciceVue, type PropsExerciceDiffere } from '../widgets/ExerciceVue';

// The kind's module of the engine, loaded at the reader's first action on the exercise (ExerciceVue).
const charger = () => import('../../engine/exercises/cdc.js').then((m) => m.fpmtExercice);

/** Island of the « fpmt » exercise (one kind, so its page ships only this kind's rules). */
export default function ExerciceFpmt(props: PropsExerciceDiffere) {
  return <ExerciceVue charger={charger} {...props} />;
}
