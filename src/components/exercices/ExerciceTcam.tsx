import { tcamExercice } from '../../engine';
import { ExerciceVue, type PropsExercice } from '../widgets/ExerciceVue';

/** Island of the « tcam » exercise (one kind, so its page ships only this kind's rules). */
export default function ExerciceTcam(props: PropsExercice) {
  return <ExerciceVue kind={tcamExercice} {...props} />;
}
