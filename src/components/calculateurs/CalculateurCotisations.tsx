/**
 * Cotisations taken over by the Assurance Maladie for an income at a date, by secteur
 * (`cotisationsPriseEnCharge`: secteur 1 §4.3, secteur 2 §4.4, OPTAM and CAS §4.5), with the chart of
 * the AF rate and CPAM share across incomes (secteur 1). A secteur that did not exist at the date is
 * refused by the engine (SECTEUR_INEXISTANT); for the CAS after 2016 (ambiguity 21) the retained
 * reading's refusal is shown with the result of the other reading (« maintenu », ISNAR §3.2), labelled.
 */
import { useState } from 'preact/hooks';
import {
  ErreurMoteur,
  LECTURES_CAS,
  LIBELLES_SECTEUR_COTISATIONS,
  SECTEURS_COTISATIONS,
  cotisationsPriseEnCharge,
  formatDate,
  formatEuros,
  formatTaux,
  type EntreeCotisations,
  type LectureCas,
  type ResultatCotisations,
  type SecteurCotisations,
} from '../../engine';
import { ChampSaisie, useSaisie } from '../widgets/ChampSaisie';
import { Trace } from '../widgets/Trace';
import { AutresLectures, Calculateur, ChampChoix, ChampDate, Resultats, Tableau, lire, useCalcul, useDate, type PropsCalculateur } from './commun';
import { GraphiqueAf } from './GraphiqueAf';

const CHOIX_SECTEUR = SECTEURS_COTISATIONS.map((s) => [s, LIBELLES_SECTEUR_COTISATIONS[s].replace(/^./, (c) => c.toUpperCase())] as const);

/**
 * The retained reading's result; or, when the engine refuses the secteur at that date and names another
 * reading of the sources under which it exists (the CAS after 2016, ambiguity 21), its refusal message
 * and that reading's result. Any other refusal is thrown as is (shown by `useCalcul`).
 */
function calculerOuAutreLecture(entree: EntreeCotisations): { x: ResultatCotisations; refus: string | null } {
  try {
    return { x: cotisationsPriseEnCharge(entree), refus: null };
  } catch (e) {
    const lecture = e instanceof ErreurMoteur && e.code === 'SECTEUR_INEXISTANT' ? e.details?.autreLecture : undefined;
    if (!lecture || !(LECTURES_CAS as readonly string[]).includes(lecture)) throw e;
    return { x: cotisationsPriseEnCharge({ ...entree, lecture: lecture as LectureCas }), refus: (e as ErreurMoteur).message };
  }
}

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
    const entree: EntreeCotisations = { revenu: v[0]!, date: date.date, secteur, ...assietteParticipation };
    return { date: date.date, revenu: v[0]!, secteur, ...calculerOuAutreLecture(entree) };
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
            {r.refus !== null && (
              <div class="calculateur__refus">
                <p class="calculateur__sous-titre">Lecture retenue par le cours : pas de calcul</p>
                <p>{r.refus}</p>
              </div>
            )}
            <p class="resultat__principal">
              {r.refus !== null ? 'Selon l’autre lecture (ambiguïté n\u00b0\u00a021, CAS maintenu), pris' : 'Pris'} en charge par l’Assurance Maladie :{' '}
              {formatEuros(r.x.valeur)} par an.
            </p>
            <Tableau
              id="calc-cotisations-tableau"
              legende={`Cotisations pour un revenu de ${formatEuros(r.revenu)} au ${formatDate(r.date)}${r.refus !== null ? ', autre lecture des sources (ambiguïté n\u00b0\u00a021)' : ''}`}
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
          <AutresLectures
            lectures={
              r.refus !== null
                ? [
                    {
                      ambiguite: 'a21',
                      libelle:
                        'CAS «\u00a0maintenu en place par la convention de 2016\u00a0» (guide ISNAR §3.2), lecture non retenue\u00a0: pris en charge par l’Assurance Maladie',
                      valeur: r.x.valeur,
                    },
                    ...r.x.autresLectures,
                  ]
                : r.x.autresLectures
            }
            format={formatEuros}
            pageSources={pageSources}
          />
          {r.secteur === 'secteur1' && <GraphiqueAf date={r.date} revenu={r.revenu} id="calc-cotisations-graphique" />}
          <Trace etapes={r.x.etapes} pageSources={pageSources} />
        </>
      )}
    </Calculateur>
  );
}
