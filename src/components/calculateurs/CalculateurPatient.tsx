/**
 * A consultation seen from the patient's side, for every situation of the doctor side by side:
 * billed, paid by the Assurance Maladie, paid by the complémentaire, left to the patient
 * (`priseEnChargeConsultation`, once per situation of `SITUATIONS`).
 */
import { useState } from 'preact/hooks';
import {
  ErreurMoteur,
  SITUATIONS,
  formatDate,
  formatEuros,
  priseEnChargeConsultation,
  type Complementaire,
  type ResultatPriseEnCharge,
  type Situation,
} from '../../engine';
import { ChampSaisie, useSaisie } from '../widgets/ChampSaisie';
import { Trace } from '../widgets/Trace';
import {
  AutresLectures,
  Calculateur,
  CaseACocher,
  ChampChoix,
  ChampDate,
  Resultats,
  Tableau,
  ValeursExternes,
  lire,
  useCalcul,
  useDate,
  type PropsCalculateur,
} from './commun';

const COURT: Record<Situation, string> = {
  secteur1: 'Secteur 1',
  secteur1DE: 'Secteur 1 avec DE',
  secteur1DA: 'Secteur 1 avec DA (hors parcours)',
  secteur2Optam: 'Secteur 2 avec OPTAM',
  secteur2NonOptam: 'Secteur 2 sans OPTAM',
  DP: 'Titulaire d’un DP',
  nonConventionne: 'Non conventionné',
};

const COMPLEMENTAIRES = {
  aucune: undefined,
  tm: { ticketModerateur: true },
  tm100: { ticketModerateur: true, plafondDepassements: '1' },
  tm200: { ticketModerateur: true, plafondDepassements: '2' },
} satisfies Record<string, Complementaire | undefined>;
type ChoixComplementaire = keyof typeof COMPLEMENTAIRES;
const CHOIX_COMPLEMENTAIRE: ReadonlyArray<readonly [ChoixComplementaire, string]> = [
  ['aucune', 'Aucune'],
  ['tm', 'Ticket modérateur seulement'],
  ['tm100', 'Ticket modérateur et dépassements jusqu’à 100 % de la base'],
  ['tm200', 'Ticket modérateur et dépassements jusqu’à 200 % de la base'],
];

type ActePatient = 'G' | 'consultationCoordonnee';
const CHOIX_ACTE: ReadonlyArray<readonly [ActePatient, string]> = [
  ['G', 'Consultation du généraliste (G)'],
  ['consultationCoordonnee', 'Consultation du spécialiste (CS + MPC + MCS ; hors parcours CS + MPC)'],
];
const COURT_ACTE: Record<ActePatient, string> = { G: 'G', consultationCoordonnee: 'spécialiste' };

/** One situation's result, or the engine's reason when the combination does not exist (a DA billed by a GP). */
type Ligne = readonly [Situation, ResultatPriseEnCharge | { refus: string }];
const estRefus = (x: Ligne[1]): x is { refus: string } => 'refus' in x;

export default function CalculateurPatient({ pageSources }: PropsCalculateur) {
  const date = useDate('2017-06-01');
  const facture = useSaisie('40', 'montant');
  const [acte, setActe] = useState<ActePatient>('G');
  const [parcours, setParcours] = useState(true);
  const [comp, setComp] = useState<ChoixComplementaire>('tm');
  const [detail, setDetail] = useState<Situation>('secteur2NonOptam');

  const calcul = useCalcul(() => {
    const v = lire(facture);
    if (!v || !date.date) return null;
    const d = date.date;
    return {
      date: d,
      acte,
      lignes: SITUATIONS.map((s): Ligne => {
        const entree = {
          situation: s,
          date: d,
          acte,
          // Secteur 1 bills the tarif opposable; a DA implies a patient outside the parcours de soins.
          montantFacture: s === 'secteur1' ? undefined : v[0],
          parcours: s === 'secteur1DA' ? undefined : parcours,
          complementaire: COMPLEMENTAIRES[comp],
        };
        // Only the DA line may be refused on its own (a GP's act: the DA is a specialist's); any other
        // refusal concerns every line and is shown as the calculator's error.
        if (s !== 'secteur1DA') return [s, priseEnChargeConsultation(entree)];
        try {
          return [s, priseEnChargeConsultation(entree)];
        } catch (e) {
          if (e instanceof ErreurMoteur && e.code === 'SITUATION_INCOMPATIBLE') return [s, { refus: e.message }];
          throw e;
        }
      }),
    };
  }, [facture.texte, date.texte, acte, parcours, comp]);

  const r = calcul.r;
  const ligneChoisie = r?.lignes.find(([s]) => s === detail)?.[1];
  const choisi = ligneChoisie && !estRefus(ligneChoisie) ? ligneChoisie : undefined;
  const refus = r?.lignes.flatMap(([s, x]) => (estRefus(x) ? [[s, x.refus] as const] : [])) ?? [];
  return (
    <Calculateur nom="calculateur-patient" titre="Calculateur : ce que paie le patient selon le secteur du médecin">
      <div class="widget__champs">
        <ChampDate id="calc-patient-date" libelle="Date de la consultation" saisie={date} />
        <ChampSaisie
          id="calc-patient-facture"
          libelle="Montant facturé par le médecin"
          saisie={facture}
          unite="€"
          aide="Par exemple 40 ou 45,50 €. En secteur 1, le médecin facture le tarif opposable."
        />
        <ChampChoix id="calc-patient-acte" libelle="Acte" valeur={acte} choix={CHOIX_ACTE} onChange={setActe} />
        <ChampChoix id="calc-patient-complementaire" libelle="Complémentaire santé" valeur={comp} choix={CHOIX_COMPLEMENTAIRE} onChange={setComp} />
        <CaseACocher id="calc-patient-parcours" libelle="Parcours de soins coordonnés respecté" coche={parcours} onChange={setParcours} />
      </div>
      <Resultats calcul={calcul}>
        {r && (
          <>
            <Tableau
              id="calc-patient-tableau"
              legende={`Consultation (${COURT_ACTE[r.acte]}) au ${formatDate(r.date)}, ${parcours ? 'dans' : 'hors du'} parcours de soins : qui paie quoi`}
              entetes={['Médecin consulté', 'Facturé', 'Assurance Maladie', 'Complé\u00ADmentaire', 'Reste à charge']}
              lignes={r.lignes.map(([s, x]) =>
                estRefus(x)
                  ? [COURT[s], 'sans objet', 'sans objet', 'sans objet', 'sans objet']
                  : [COURT[s], formatEuros(x.montantFacture), formatEuros(x.partAmo), formatEuros(x.partComplementaire), formatEuros(x.resteACharge)],
              )}
            />
            {refus.map(([s, message]) => (
              <p class="calculateur__refus" key={s}>
                {COURT[s]}
                {'\u00a0'}: {message}
              </p>
            ))}
            <ValeursExternes etapes={r.lignes.flatMap(([, x]) => (estRefus(x) ? [] : x.etapes))} />
          </>
        )}
      </Resultats>
      {r && (
        <div class="calculateur__detail">
          <ChampChoix
            id="calc-patient-detail"
            libelle="Voir le détail du calcul pour"
            valeur={detail}
            choix={SITUATIONS.map((s) => [s, COURT[s]] as const)}
            onChange={setDetail}
          />
          {choisi ? (
            <>
              <AutresLectures
                lectures={choisi.autresLectures}
                format={formatEuros}
                pageSources={pageSources}
                titre="Autres lectures possibles (part de l’Assurance Maladie)"
              />
              <Trace etapes={choisi.etapes} pageSources={pageSources} titre={`Le calcul pas à pas : ${COURT[detail]}`} />
            </>
          ) : (
            ligneChoisie && estRefus(ligneChoisie) && <p>{ligneChoisie.refus}</p>
          )}
        </div>
      )}
    </Calculateur>
  );
}
