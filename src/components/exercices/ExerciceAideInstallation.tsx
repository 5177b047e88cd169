import { aideInstallationExercice } from '../../engine';
import { ExerciceVue, type PropsExercice } from '../widgets/ExerciceVue';

/** Island of the « aide-installation » exercise (one kind, so its page ships only this kind's rules). */
export default function ExerciceAideInstallation(props: PropsExercice) {
  return <ExerciceVue kind={aideInstallationExercice} {...props} />;
}
