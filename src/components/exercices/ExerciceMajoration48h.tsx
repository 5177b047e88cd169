import { ExerciceVue, type PropsExerciceDiffere } from '../widgets/ExerciceVue';

// The kind's module of the engine, loaded at the reader's first action on the exercise (ExerciceVue).
const charger = () => import('../../engine/exercises/cdc.js').then((m) => m.majoration48hExercice);

/** Island of the « majoration-48h » exercise (one kind, so its page ships only this kind's rules). */
export default function ExerciceMajoration48h(props: PropsExerciceDiffere) {
  return <ExerciceVue charger={charger} {...props} />;
}
