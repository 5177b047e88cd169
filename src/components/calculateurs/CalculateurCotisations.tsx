/**
 * Cotisations of a secteur 1 doctor taken over by the Assurance Maladie for an income at a date
 * (`cotisationsPriseEnCharge`), with the chart of the AF rate and CPAM share across incomes.
 */
import { cotisationsPriseEnCharge, formatDate, formatEuros, formatTaux } from '../../engine';
import { ChampSaisie, useSaisie } from '../widgets/ChampSaisie';
import { Trace } from '../widgets/Trace';
import { AutresLectures, Calculateur, ChampDate, Resultats, Tableau, lire, useCalcul, useDate, type PropsCalculateur } from './commun';
import { GraphiqueAf } from './GraphiqueAf';

export default function CalculateurCotisations({ pageSources }: PropsCalculateur) {
  const revenu = useSaisie('50000', 'montant');
  const date = useDate('2017-06-01');

  const calcul = useCalcul(() => {
    const v = lire(revenu);
    if (!v || !date.date) return null;
    return { date: date.date, revenu: v[0]!, x: cotisationsPriseEnCharge({ revenu: v[0]!, date: date.date }) };
  }, [revenu.texte, date.texte]);

  const r = calcul.r;
  return (
    <Calculateur nom="calculateur-cotisations" titre="Calculateur : cotisations prises en charge par l’Assurance Maladie (secteur 1)">
      <div class="widget__champs">
        <ChampSaisie id="calc-cotisations-revenu" libelle="Revenu professionnel annuel" saisie={revenu} unite="€" aide="Revenu conventionné, sans dépassement. Par exemple 50 000 €." />
        <ChampDate id="calc-cotisations-date" libelle="Date" saisie={date} />
      </div>
      <Resultats calcul={calcul}>
        {r && (
          <>
            <p class="resultat__principal">Pris en charge par l’Assurance Maladie : {formatEuros(r.x.valeur)} par an.</p>
            <Tableau
              id="calc-cotisations-tableau"
              legende={`Cotisations pour un revenu de ${formatEuros(r.revenu)} au ${formatDate(r.date)}`}
              entetes={['Cotisation', 'Taux', 'Due', 'Payée par la CPAM', 'À la charge du médecin']}
              lignes={[
                ['Allocations familiales', formatTaux(r.x.af.taux, 3), formatEuros(r.x.af.due), formatEuros(r.x.af.partCpam), formatEuros(r.x.af.partMedecin)],
                ['Maladie', formatTaux(r.x.maladie.taux), formatEuros(r.x.maladie.due), formatEuros(r.x.maladie.partCpam), formatEuros(r.x.maladie.partMedecin)],
              ]}
            />
          </>
        )}
      </Resultats>
      {r && (
        <>
          <AutresLectures lectures={r.x.autresLectures} format={formatEuros} pageSources={pageSources} />
          <GraphiqueAf date={r.date} revenu={r.revenu} id="calc-cotisations-graphique" />
          <Trace etapes={r.x.etapes} pageSources={pageSources} />
        </>
      )}
    </Calculateur>
  );
}
