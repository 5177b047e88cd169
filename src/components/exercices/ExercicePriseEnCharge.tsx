import { priseEnChargeExercice } from '../../engine';
import { ExerciceVue, type PropsExercice } from '../widgets/ExerciceVue';

/** Island of the « prise-en-charge » exercise (one kind, so its page ships only this kind's rules). */
export default function ExercicePriseEnCharge(props: PropsExercice) {
  return <ExerciceVue kind={priseEnChargeExercice} {...props} />;
}
