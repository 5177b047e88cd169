/**
 * The installation simulator: the reader's planned activity, and for each of the four choices
 * (secteur 1, secteur 2 with OPTAM, secteur 2, non conventionné) the doctor's side and the patient's
 * side. The course's engine computes on the main thread (tariffs, OPTAM prime, patient side: a few
 * milliseconds); the Urssaf's rules run in a worker (useRegles). Nothing here computes a rule.
 */
import { useMemo, useState } from 'preact/hooks';
import { D, SPECIALITES, formatTaux, type Decimal } from '../../engine';
import { simulation, type EntreesSimulateur } from '../../simulateur/situation';
import { ChampSaisie, useSaisie } from '../widgets/ChampSaisie';
import { ChampChoix, ChampDate, Resultats, useCalcul, useDate } from '../calculateurs/commun';
import { Colonnes } from './Colonnes';
import { useRegles } from './useRegles';

export interface PropsSimulateur {
  pageSources: string;
  versions: { modeleSocial: string; publicodes: string };
}

/** Today, ISO, in the reader's time zone (the default date of the rules). */
function aujourdhui(): string {
  const d = new Date();
  const deux = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${deux(d.getMonth() + 1)}-${deux(d.getDate())}`;
}

const CHOIX_SPECIALITES = SPECIALITES.map((s) => [s.id, s.libelle] as const);
const tauxParDefaut = (id: string) => {
  const t = SPECIALITES.find((s) => s.id === id)?.tauxPrimeOptam;
  return t ? formatTaux(D(t)) : '';
};

/** A rate field that is a share: over 100 % is refused at the field, in French. */
function part(s: ReturnType<typeof useSaisie>): ReturnType<typeof useSaisie> {
  if (s.lecture.ok && s.lecture.valeur.greaterThan(1)) return { ...s, lecture: { ok: false, message: 'Une part ne peut pas dépasser 100\u00a0%.' } };
  return s;
}

/**
 * The worker's state lives here, below the form: a column arriving re-renders the results only, not
 * the ten fields above them (a shorter task on the main thread).
 */
function AvecRegles(props: Omit<Parameters<typeof Colonnes>[0], 'regles'> & { situations: Parameters<typeof useRegles>[0] }) {
  const regles = useRegles(props.situations);
  return <Colonnes sim={props.sim} regles={regles} perime={props.perime} pageSources={props.pageSources} versions={props.versions} />;
}

export default function Simulateur({ pageSources, versions }: PropsSimulateur) {
  const date = useDate(aujourdhui());
  const [specialite, setSpecialite] = useState('generaliste');
  const consultations = useSaisie('4000', 'nombre', { entier: true });
  const autresActes = useSaisie('10000', 'montant');
  const depassement = useSaisie('40 %', 'taux');
  const optamPart = part(useSaisie('60 %', 'taux'));
  const optamDepassement = useSaisie('20 %', 'taux');
  const tauxPrime = useSaisie(tauxParDefaut('generaliste'), 'taux');
  const frais = useSaisie('40000', 'montant');
  const complementaire = part(useSaisie('80 %', 'taux'));

  const choisirSpecialite = (id: string) => {
    setSpecialite(id);
    tauxPrime.setTexte(tauxParDefaut(id));
  };
  // An empty prime rate means « unknown »: no prime is computed (never invented).
  const primeVide = tauxPrime.texte.trim() === '';
  const champs = [consultations, autresActes, depassement, optamPart, optamDepassement, frais, complementaire];

  const calcul = useCalcul(() => {
    if (!date.date || champs.some((c) => !c.lecture.ok) || (!primeVide && !tauxPrime.lecture.ok)) return null;
    const v = (c: ReturnType<typeof useSaisie>): Decimal => (c.lecture.ok ? c.lecture.valeur : D(0));
    const e: EntreesSimulateur = {
      date: date.date,
      specialite,
      consultations: v(consultations),
      autresActes: v(autresActes),
      depassementSecteur2: v(depassement),
      optamPartOpposable: v(optamPart),
      optamDepassement: v(optamDepassement),
      tauxPrimeOptam: primeVide ? null : v(tauxPrime),
      frais: v(frais),
      partComplementaire: v(complementaire),
    };
    return { e, ...simulation(e) };
  }, [date.texte, specialite, ...champs.map((c) => c.texte), tauxPrime.texte]);

  const situations = calcul.perime ? null : (calcul.r?.situations ?? null);
  const sp = useMemo(() => SPECIALITES.find((s) => s.id === specialite), [specialite]);

  return (
    <section class="widget simulateur" data-widget="simulateur" aria-labelledby="simulateur-titre">
      <h2 class="widget__titre" id="simulateur-titre">
        Votre activité prévue
      </h2>
      <div class="widget__champs simulateur__champs">
        <ChampDate
          id="sim-date"
          libelle="Date des règles"
          saisie={date}
          aide="Par défaut aujourd’hui. Saisissez une date de 2017 pour comparer avec le guide ISNAR (janvier 2017)."
        />
        <ChampChoix id="sim-specialite" libelle="Spécialité" valeur={specialite} choix={CHOIX_SPECIALITES} onChange={choisirSpecialite} />
        <ChampSaisie
          id="sim-consultations"
          libelle="Consultations par an"
          saisie={consultations}
          aide="Par exemple 4 000 (environ 20 par jour sur 200 jours)."
        />
        <ChampSaisie
          id="sim-autres-actes"
          libelle="Autres actes, au tarif opposable"
          saisie={autresActes}
          unite="€ par an"
          aide="Honoraires des actes autres que la consultation, comptés au tarif du secteur 1."
        />
        <ChampSaisie
          id="sim-depassement"
          libelle="Dépassement moyen en secteur 2 sans OPTAM"
          saisie={depassement}
          unite="%"
          aide="Dépassements ÷ honoraires au tarif opposable (définition de la convention) : 40 % = une consultation de 30 € facturée 42 €. Sert aussi de prix pour le non conventionné."
        />
        <ChampSaisie
          id="sim-optam-part"
          libelle="OPTAM : part de l’activité à tarif opposable"
          saisie={optamPart}
          unite="%"
          aide="Votre engagement OPTAM. La prime porte sur cette part de vos honoraires au tarif opposable."
        />
        <ChampSaisie
          id="sim-optam-depassement"
          libelle="OPTAM : taux de dépassement moyen"
          saisie={optamDepassement}
          unite="%"
          aide="Votre second engagement OPTAM, sur toute l’activité."
        />
        <ChampSaisie
          id="sim-taux-prime"
          libelle="Taux de la prime OPTAM de la spécialité"
          saisie={primeVide ? { ...tauxPrime, lecture: { ok: true, valeur: D(0) } } : tauxPrime}
          unite="%"
          aide={
            sp?.tauxPrimeOptam
              ? 'Taux de la spécialité selon la CSMF (liste de 2017, voir les sources).'
              : 'Aucune source citée par le cours ne donne ce taux pour cette spécialité : laissez vide (pas de prime calculée) ou saisissez le vôtre.'
          }
        />
        <ChampSaisie id="sim-frais" libelle="Frais professionnels" saisie={frais} unite="€ par an" aide="Loyer, secrétariat, matériel, assurances…" />
        <ChampSaisie
          id="sim-complementaire"
          libelle="Patients dont la complémentaire couvre les dépassements"
          saisie={complementaire}
          unite="%"
          aide="Couverture supposée : ticket modérateur et dépassements jusqu’à 100 % de la base de remboursement (plafond des contrats responsables hors OPTAM)."
        />
      </div>
      <Resultats calcul={calcul} classe="simulateur__resultats">
        {calcul.r && <AvecRegles sim={calcul.r} situations={situations} perime={calcul.perime} pageSources={pageSources} versions={versions} />}
      </Resultats>
    </section>
  );
}
