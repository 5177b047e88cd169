import { ExerciceVue, type PropsExerciceDiffere } from '../widgets/ExerciceVue';

// The kind's module of the engine, loaded at the reader's first action on the exercise (ExerciceVue).
const charger = () => import('../../engine/exercises/patient.js').then((m) => m.priseEnChargeExercice);

/** Island of the « prise-en-charge » exercise (one kind, so its page ships only this kind's rules). */
export default function ExercicePriseEnCharge(props: PropsExerciceDiffere) {
  return <ExerciceVue charger={charger} {...props} />;
}
