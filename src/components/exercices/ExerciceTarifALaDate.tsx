import { tarifALaDate } from '../../engine';
import { ExerciceVue, type PropsExercice } from '../widgets/ExerciceVue';

/** Island of the « tarif-a-la-date » exercise (one kind, so its page ships only this kind's rules). */
export default function ExerciceTarifALaDate(props: PropsExercice) {
  return <ExerciceVue kind={tarifALaDate} {...props} />;
}
