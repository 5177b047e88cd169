/**
 * An exercise kind alone, for its embed page (/integrer/exercice/<kind>/?graine=4821). The seed comes
 * from the address, read in the browser (the page is static): a missing one draws a fresh variant
 * and says which, a bad one is refused with a French message and a fresh variant is shown instead.
 * The seed shown is written back into the address (history.replaceState) so that a reload or a copied
 * link gives the same variant.
 * Rendered only in the browser (client:only): the kind's island is imported once the seed is known,
 * after ./sans-stockage has detached the progress store from localStorage.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import type { PropsExercice } from '../widgets/ExerciceVue';
import type { TypeExercice } from '../content/vocabulaire';
import { lireGraine, type LectureGraine } from './registre';
import { detacherStockage } from './sans-stockage';

detacherStockage();

type Ilot = () => Promise<{ default: ComponentType<PropsExercice> }>;

/** Each kind's island (the same as in the chapters), loaded alone: the page ships only that kind's rules. */
const ILOTS: Record<TypeExercice, Ilot> = {
  'tarif-a-la-date': () => import('../exercices/ExerciceTarifALaDate'),
  'aide-installation': () => import('../exercices/ExerciceAideInstallation'),
  'prise-en-charge': () => import('../exercices/ExercicePriseEnCharge'),
  'plafond-da': () => import('../exercices/ExercicePlafondDa'),
  'taux-depassement': () => import('../exercices/ExerciceTauxDepassement'),
  redevance: () => import('../exercices/ExerciceRedevance'),
  'ratio-70': () => import('../exercices/ExerciceRatio70'),
  cotisations: () => import('../exercices/ExerciceCotisations'),
  fpmt: () => import('../exercices/ExerciceFpmt'),
  'prime-optam': () => import('../exercices/ExercicePrimeOptam'),
  tcam: () => import('../exercices/ExerciceTcam'),
  'majoration-48h': () => import('../exercices/ExerciceMajoration48h'),
};

/** A fresh seed in the range the chapters' « Nouvelle variante » uses (four digits, easy to read aloud). */
function graineAuHasard(): number {
  const a = new Uint32Array(1);
  crypto.getRandomValues(a);
  return (a[0]! % 9000) + 1000;
}

export default function ExerciceIntegre({ kind, pageSources }: { kind: TypeExercice; pageSources: string }) {
  const [etat] = useState(() => {
    const lecture: LectureGraine = lireGraine(location.search);
    return { lecture, graine: lecture.etat === 'lue' ? lecture.graine : graineAuHasard() };
  });
  const [Ilot, setIlot] = useState<ComponentType<PropsExercice> | null>(null);
  const [echec, setEchec] = useState(false);

  useEffect(() => {
    if (etat.lecture.etat !== 'lue') {
      const url = new URL(location.href);
      url.searchParams.set('graine', String(etat.graine));
      history.replaceState(history.state, '', url);
    }
    ILOTS[kind]()
      .then((m) => setIlot(() => m.default))
      .catch(() => setEchec(true));
  }, [etat, kind]);

  const { lecture, graine } = etat;
  return (
    <>
      {lecture.etat === 'absente' && (
        <p class="integre__graine" role="status">
          Aucune graine dans l’adresse : variante n°&nbsp;{graine} tirée au hasard. Ajoutez <code>?graine={graine}</code> à l’adresse pour retrouver la même.
        </p>
      )}
      {lecture.etat === 'invalide' && (
        <p class="integre__graine integre__graine--erreur" role="alert">
          {lecture.message} Variante n°&nbsp;{graine} tirée au hasard à la place.
        </p>
      )}
      {echec ? (
        <p class="champ__erreur" role="alert">
          L’exercice n’a pas pu être chargé. Vérifiez la connexion puis rechargez la page.
        </p>
      ) : Ilot ? (
        <Ilot graine={graine} pageSources={pageSources} />
      ) : (
        <p>Chargement de l’exercice…</p>
      )}
    </>
  );
}
