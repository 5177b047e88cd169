/**
 * A year of care seen from the participation forfaitaire (ambiguity 20, all external: the two
 * source documents never mention the PF): each act costs the PF in force that day, capped per day
 * and per professional, then the year is capped per civil year, all professionals together.
 *
 * Retained reading of the daily cap: an amount in euros (4 € per day and per professional, kept at
 * 4 € when the PF went to 2 € on 15 May 2024 — cbanque, bonne-assurance). Other reading, computed
 * too: a number of participations (4 per day, i.e. 8 € at 2 €), as the 2007 texts describe the
 * cap at 1 € ("1 € pour chaque consultation … plafonnée à 4 €").
 */
import { type Decimal, type DecimalInput, ZERO, min } from '../decimal.js';
import { ErreurMoteur } from '../errors.js';
import { Trace, type Grandeur, type ResultatRegle } from '../trace.js';
import { parametre, enregistrer } from '../parametres/registre.js';
import { patient } from '../parametres/patient.js';
import { verifierDate, formatDate, annee } from '../dates.js';
import { entierPositif } from './valider.js';

// The families whose ids this module names (parametres/registre.ts).
enregistrer(patient);

export interface ActeParticipation {
  /** Day of the act, 'YYYY-MM-DD'. */
  date: string;
  /** Who performed it (any label: « Dr A », « laboratoire »): the daily cap is per professional. */
  professionnel: string;
  /** Acts that day with that professional; default 1. */
  nombre?: DecimalInput;
}

export interface JourParticipation {
  date: string;
  professionnel: string;
  nombre: Decimal;
  /** PF before the daily cap (nombre × PF). */
  brut: Decimal;
  /** PF after the daily cap (retained reading). */
  retenu: Decimal;
}

export interface ResultatParticipationAnnee extends ResultatRegle {
  annee: number;
  /** Sum of every act's PF, no cap. */
  sansPlafonds: Decimal;
  /** After the daily caps, before the annual cap. */
  apresPlafondJournalier: Decimal;
  jours: JourParticipation[];
}

/** Value = PF paid over the civil year (euros), daily cap per professional then annual cap. */
export function participationForfaitaireAnnee(e: { actes: ActeParticipation[]; exonere?: boolean }): ResultatParticipationAnnee {
  if (!Array.isArray(e.actes) || e.actes.length === 0) {
    throw new ErreurMoteur('ENTREE_INVALIDE', 'Il faut au moins un acte (date et professionnel) pour calculer une année de participation forfaitaire.');
  }
  const actes = e.actes.map((a, i) => {
    const date = verifierDate(a.date);
    const professionnel = typeof a.professionnel === 'string' ? a.professionnel.trim() : '';
    if (!professionnel)
      throw new ErreurMoteur('ENTREE_INVALIDE', `L’acte ${i + 1} doit dire quel professionnel l’a réalisé : le plafond journalier est fixé par professionnel.`);
    const nombre = entierPositif(`nombre d’actes (ligne ${i + 1})`, a.nombre ?? 1);
    if (nombre.isZero()) throw new ErreurMoteur('ENTREE_INVALIDE', `Le nombre d’actes de la ligne ${i + 1} doit être au moins 1.`);
    return { date, professionnel, nombre };
  });
  const an = annee(actes[0]!.date);
  if (actes.some((a) => annee(a.date) !== an)) {
    throw new ErreurMoteur(
      'ENTREE_INVALIDE',
      'Tous les actes doivent être de la même année civile : le plafond annuel de la participation forfaitaire porte sur une année civile.',
    );
  }

  const t = new Trace();
  t.note(
    'Participation forfaitaire',
    'Règles externes aux deux documents du cours : participation par acte, plafond par jour et par professionnel, plafond par année civile tous professionnels confondus (date de l’acte retenue).',
    { ambiguite: 'a20', externe: true },
  );
  if (e.exonere) {
    t.note('Exonération', 'Assuré exonéré (mineur, complémentaire santé solidaire, maternité…) : aucune participation.', { ambiguite: 'a20', externe: true });
  }

  // Group the acts by (day, professional), in date order.
  const groupes = new Map<string, { date: string; professionnel: string; nombre: Decimal }>();
  for (const a of [...actes].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0))) {
    const cle = `${a.date}\u0000${a.professionnel}`;
    const g = groupes.get(cle);
    if (g) g.nombre = g.nombre.plus(a.nombre);
    else groupes.set(cle, { ...a });
  }

  // Each dated value enters the trace once, with its source, the first time it is used.
  const tracees = new Map<string, Grandeur>();
  const valeur = (id: string, date: string, nom: string): Grandeur => {
    const p = parametre(id, date);
    const cle = `${id}@${p.depuis}`;
    let g = tracees.get(cle);
    if (!g) {
      g = t.parametre(id, date, `${nom} (depuis le ${formatDate(p.depuis)})`, { ambiguite: 'a20' });
      tracees.set(cle, g);
    }
    return g;
  };

  const jours: JourParticipation[] = [];
  const retenus: Grandeur[] = [];
  let sansPlafonds = ZERO;
  let autreLecture = ZERO;
  for (const g of groupes.values()) {
    const pf = e.exonere
      ? { nom: 'participation (exonéré)', valeur: ZERO, unite: 'euros' as const }
      : valeur('participationForfaitaire', g.date, 'participation forfaitaire');
    const plafond = valeur('participationForfaitaire.plafondJournalier', g.date, 'plafond par jour et par professionnel');
    const n: Grandeur = { nom: 'nombre d’actes', valeur: g.nombre, unite: 'nombre' };
    const jour = t.operation(
      `participation du ${formatDate(g.date)}, ${g.professionnel}`,
      'min(nombre d’actes × participation, plafond par jour et par professionnel)',
      [n, pf, plafond],
      (x, p, c) => min(x.mul(p), c),
      'euros',
      { ambiguite: 'a20', externe: true },
    );
    const brut = g.nombre.mul(pf.valeur);
    sansPlafonds = sansPlafonds.plus(brut);
    // Other reading: the daily cap is a number of participations.
    const nombreMax = parametre('participationForfaitaire.plafondJournalierNombre', g.date).valeur;
    autreLecture = autreLecture.plus(min(g.nombre, nombreMax).mul(pf.valeur));
    jours.push({ date: g.date, professionnel: g.professionnel, nombre: g.nombre, brut, retenu: jour.valeur });
    retenus.push(jour);
  }
  const apresJour = t.operation(
    'total après plafonds journaliers',
    'somme des participations de chaque jour',
    retenus,
    (...v) => v.reduce((a, b) => a.plus(b), ZERO),
    'euros',
  );
  const derniere = jours[jours.length - 1]!.date;
  const plafondAn = valeur('participationForfaitaire.plafondAnnuel', derniere, 'plafond par année civile');
  const total = t.operation(
    `participation forfaitaire de l’année ${an}`,
    'min(total après plafonds journaliers, plafond annuel)',
    [apresJour, plafondAn],
    (a, p) => min(a, p),
    'euros',
    {
      ambiguite: 'a20',
      externe: true,
    },
  );
  const autre = min(autreLecture, plafondAn.valeur);
  const nombreMaxDernier = parametre('participationForfaitaire.plafondJournalierNombre', derniere).valeur;
  return {
    ...t.resultat(total, [
      {
        ambiguite: 'a20',
        libelle: `Plafond journalier lu comme un nombre de participations (${nombreMaxDernier.toString()} par jour et par professionnel) plutôt qu’un montant en euros`,
        valeur: autre,
        ...(autre.equals(total.valeur)
          ? {
              explication:
                'Même résultat ici : les deux lectures ne diffèrent que si, un même jour chez un même professionnel, le plafond en euros est atteint avant ce nombre de participations (participation relevée le 15 mai 2024).',
            }
          : {}),
      },
    ]),
    annee: an,
    sansPlafonds,
    apresPlafondJournalier: apresJour.valeur,
    jours,
  };
}
