/**
 * Cotisations taken over by the Assurance Maladie for an income at a date, by secteur
 * (`cotisationsPriseEnCharge`: secteur 1 §4.3, secteur 2 §4.4, OPTAM and CAS §4.5), with the chart of
 * the AF rate and CPAM share across incomes (secteur 1).
 */
import { useState } from 'preact/hooks';
import {
  LIBELLES_SECTEUR_COTISATIONS,
  SECTEURS_COTISATIONS,
  cotisationsPriseEnCharge,
  formatDate,
  formatEuros,
  formatTaux,
  type SecteurCotisations,
} from '../../engine';
import { ChampSaisie, useSaisie } from '../widgets/ChampSaisie';
import { Trace } from '../widgets/Trace';
import { AutresLectures, Calculateur, ChampChoix, ChampDate, Resultats, Tableau, lire, useCalcul, useDate, type PropsCalculateur } from './commun';
import { GraphiqueAf } from './GraphiqueAf';

const CHOIX_SECTEUR = SECTEURS_COTISATIONS.map((s) => [s, LIBELLES_SECTEUR_COTISATIONS[s].replace(/^./, (c) => c.toUpperCase())] as const);

export default function CalculateurCotisations({ pageSources }: PropsCalculateur) {
  const revenu = useSaisie('50000', 'montant');
  const assiette = useSaisie('40000', 'montant');
  const date = useDate('2017-06-01');
  const [secteur, setSecteur] = useState<SecteurCotisations>('secteur1');

  const calcul = useCalcul(() => {
    const v = lire(revenu);
    if (!v || !date.date) return null;
    let assietteParticipation = {};
    if (secteur === 'cas') {
      const a = lire(assiette);
      if (!a) return null;
      assietteParticipation = { assietteParticipation: a[0]! };
    }
    return { date: date.date, revenu: v[0]!, secteur, x: cotisationsPriseEnCharge({ revenu: v[0]!, date: date.date, secteur, ...assietteParticipation }) };
  }, [revenu.texte, date.texte, secteur, assiette.texte]);

  const r = calcul.r;
  return (
    <Calculateur nom="calculateur-cotisations" titre="Calculateur : cotisations prises en charge par l’Assurance Maladie selon le secteur">
      <div class="widget__champs">
        <ChampSaisie
          id="calc-cotisations-revenu"
          libelle="Revenu professionnel annuel"
          saisie={revenu}
          unite="€"
          aide="Revenu conventionné, sans dépassement. Par exemple 50 000 €."
        />
        <ChampDate id="calc-cotisations-date" libelle="Date" saisie={date} />
        <ChampChoix id="calc-cotisations-secteur" libelle="Secteur du médecin" valeur={secteur} choix={CHOIX_SECTEUR} onChange={setSecteur} />
        {secteur === 'cas' && (
          <ChampSaisie
            id="calc-cotisations-assiette"
            libelle="Revenus liés aux honoraires sans dépassements"
            saisie={assiette}
            unite="€"
            aide="L’assiette de la participation des caisses au CAS (guide ISNAR §4.5)."
          />
        )}
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
                [
                  'Maladie',
                  formatTaux(r.x.maladie.taux),
                  formatEuros(r.x.maladie.due),
                  formatEuros(r.x.maladie.partCpam),
                  formatEuros(r.x.maladie.partMedecin),
                ],
              ]}
            />
          </>
        )}
      </Resultats>
      {r && (
        <>
          <AutresLectures lectures={r.x.autresLectures} format={formatEuros} pageSources={pageSources} />
          {r.secteur === 'secteur1' && <GraphiqueAf date={r.date} revenu={r.revenu} id="calc-cotisations-graphique" />}
          <Trace etapes={r.x.etapes} pageSources={pageSources} />
        </>
      )}
    </Calculateur>
  );
}
