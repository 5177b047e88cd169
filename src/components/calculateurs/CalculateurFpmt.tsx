/**
 * Forfait patientèle médecin traitant for a patient mix (`forfaitPatienteleMedecinTraitant`,
 * CdC II-A-2 note 161, ambiguity 12): one count per exclusive category.
 */
import { forfaitPatienteleMedecinTraitant, formatEuros, formatNombre, formatParametre, type PatienteleFpmt } from '../../engine';
import { ChampSaisie, useSaisie } from '../widgets/ChampSaisie';
import { Trace } from '../widgets/Trace';
import { AutresLectures, Calculateur, ChampDate, Resultats, Tableau, lire, useCalcul, useDate, type PropsCalculateur } from './commun';

const CATEGORIES: ReadonlyArray<readonly [keyof PatienteleFpmt, string, string, string]> = [
  ['enfants', 'Enfants de 0 à 6 ans', 'fpmt.enfant', '100'],
  ['enfantsAld', 'Enfants de 0 à 6 ans en ALD', 'fpmt.plus80OuAld', '2'],
  ['plus80OuAld', 'Patients de plus de 80 ans ou en ALD', 'fpmt.plus80OuAld', '200'],
  ['plus80EtAld', 'Patients de plus de 80 ans et en ALD', 'fpmt.plus80EtAld', '50'],
  ['autres', 'Autres patients', 'fpmt.base', '800'],
];

export default function CalculateurFpmt({ pageSources }: PropsCalculateur) {
  const date = useDate('2018-06-01');
  // eslint-disable-next-line react-hooks/rules-of-hooks -- CATEGORIES is a module constant: the same hooks in the same order on every render
  const nombres = CATEGORIES.map(([, , , initial]) => useSaisie(initial, 'nombre', { entier: true }));

  const calcul = useCalcul(() => {
    const v = lire(...nombres);
    if (!v || !date.date) return null;
    const patients: PatienteleFpmt = Object.fromEntries(CATEGORIES.map(([c], i) => [c, v[i]!]));
    return { date: date.date, v, x: forfaitPatienteleMedecinTraitant({ date: date.date, patients }) };
  }, [date.texte, ...nombres.map((n) => n.texte)]);

  const r = calcul.r;
  return (
    <Calculateur nom="calculateur-fpmt" titre="Calculateur : forfait patientèle médecin traitant">
      <div class="widget__champs">
        <ChampDate id="calc-fpmt-date" libelle="Date" saisie={date} />
        {CATEGORIES.map(([c, libelle], i) => (
          <ChampSaisie key={c} id={`calc-fpmt-${c}`} libelle={libelle} saisie={nombres[i]!} unite="patients" />
        ))}
      </div>
      <Resultats calcul={calcul}>
        {r && (
          <>
            <p class="resultat__principal">Forfait patientèle annuel : {formatEuros(r.x.valeur)}</p>
            <Tableau
              id="calc-fpmt-tableau"
              legende="Forfaits par catégorie de patients (chaque patient compté une fois)"
              entetes={['Catégorie', 'Patients', 'Forfait par patient']}
              lignes={CATEGORIES.map(([, libelle, param], i) => [libelle, formatNombre(r.v[i]!), formatParametre(param, r.date)])}
            />
          </>
        )}
      </Resultats>
      {r && (
        <>
          <AutresLectures lectures={r.x.autresLectures} format={formatEuros} pageSources={pageSources} />
          <Trace etapes={r.x.etapes} pageSources={pageSources} />
        </>
      )}
    </Calculateur>
  );
}
