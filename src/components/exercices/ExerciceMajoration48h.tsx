import { majoration48hExercice } from '../../engine';
import { ExerciceVue, type PropsExercice } from '../widgets/ExerciceVue';

/** Island of the « majoration-48h » exercise (one kind, so its page ships only this kind's rules). */
export default function ExerciceMajoration48h(props: PropsExercice) {
  return <ExerciceVue kind={majoration48hExercice} {...props} />;
}
