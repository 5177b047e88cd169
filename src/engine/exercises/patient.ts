/** Exercise kind of the "parcours" theme: what the Assurance Maladie pays, what the patient pays. */
import { D } from '../decimal.js';
import { creerAlea } from '../random.js';
import { parametre, enregistrer } from '../parametres/registre.js';
import { tarifs } from '../parametres/tarifs.js';
import { patient } from '../parametres/patient.js';
import { priseEnChargeConsultation, LIBELLES_SITUATION, type Situation } from '../rules/patient.js';
import { formatEuros, formatTaux } from '../francais.js';
import type { ExerciseKind } from './types.js';
import { noter, solution, c, type ErreurType } from './noter.js';
import { dateAleatoire, formatDate, val, txt } from './outils.js';

// The families whose ids this module names (parametres/registre.ts).
enregistrer(tarifs, patient);

interface ParamsPatient extends Record<string, unknown> {
  situation: Extract<Situation, 'secteur1' | 'secteur1DE' | 'secteur2Optam' | 'secteur2NonOptam'>;
  date: string;
  montantFacture: string;
  parcours: boolean;
  question: 'amo' | 'reste';
}

function calcul(p: ParamsPatient) {
  return priseEnChargeConsultation({ situation: p.situation, date: p.date, acte: 'G', montantFacture: p.montantFacture, parcours: p.parcours });
}

export const priseEnChargeExercice: ExerciseKind<ParamsPatient> = {
  id: 'prise-en-charge',
  titre: 'Remboursement et reste à charge d’une consultation',
  theme: 'parcours',
  generate(seed) {
    const a = creerAlea(seed);
    const situation = a.choix(['secteur1', 'secteur1', 'secteur1DE', 'secteur2Optam', 'secteur2NonOptam'] as const);
    const date = dateAleatoire(a, 2017, 2025, '2017-05-01');
    const tarif = parametre('acte.G', date).valeur;
    const depassement =
      situation === 'secteur1' ? D(0) : a.montant(situation === 'secteur2Optam' ? '2' : '5', situation === 'secteur2Optam' ? '15' : '35', '1');
    return {
      situation,
      date,
      montantFacture: tarif.plus(depassement).toString(),
      parcours: situation === 'secteur1' ? a.entier(0, 3) > 0 : true,
      question: a.choix(['amo', 'reste'] as const),
    };
  },
  enonce(p) {
    const base =
      p.situation === 'secteur2NonOptam' ? ` On retient la pratique : base de remboursement de ${txt('secteur2.baseNonOptam', p.date)} hors OPTAM.` : '';
    return `Le ${formatDate(p.date)}, un patient adulte sans exonération consulte un ${LIBELLES_SITUATION[p.situation]}, ${p.parcours ? 'dans le respect du parcours de soins coordonnés' : 'hors parcours de soins coordonnés (sans passer par son médecin traitant)'}, pour une consultation de médecine générale facturée ${formatEuros(D(p.montantFacture))}.${base} ${p.question === 'amo' ? 'Combien l’Assurance Maladie lui rembourse-t-elle, participation forfaitaire déduite ?' : 'Sans complémentaire santé, combien reste-t-il à sa charge ?'}`;
  },
  solve(p) {
    const r = calcul(p);
    return solution({ valeur: p.question === 'amo' ? r.partAmo : r.resteACharge, etapes: r.etapes }, 'euros');
  },
  grade(p, raw) {
    const r = calcul(p);
    const sol = this.solve(p);
    const f = r.montantFacture;
    const pf = r.participationForfaitaire;
    const tauxParcours = val('remboursement.tauxParcours', p.date);
    const tauxHors = val('remboursement.tauxHorsParcours', p.date);
    const versReste = (amo: ReturnType<typeof D>) => (p.question === 'amo' ? amo : f.minus(amo));
    const erreurs: ErreurType[] = [
      {
        valeur: versReste(c(r.tauxRemboursement.mul(f)).minus(pf)),
        erreur: 'le taux a été appliqué au montant facturé au lieu de la base de remboursement (tarif opposable).',
      },
      { valeur: versReste(r.partAmo.plus(pf)), erreur: 'la participation forfaitaire n’a pas été déduite.' },
      {
        valeur: versReste(c(tauxParcours.mul(r.baseRemboursement)).minus(pf)),
        erreur: `hors parcours de soins, le taux de remboursement est de ${formatTaux(tauxHors)} et non ${formatTaux(tauxParcours)}.`,
      },
      {
        valeur: versReste(c(tauxHors.mul(r.baseRemboursement)).minus(pf)),
        erreur: `dans le parcours de soins, le taux de remboursement est de ${formatTaux(tauxParcours)}.`,
      },
      // The classic slip on a bill above the tariff: only the ticket modérateur is counted as left to pay.
      {
        valeur: p.question === 'reste' && f.greaterThan(r.baseRemboursement) ? r.baseRemboursement.minus(r.partAmo) : null,
        erreur: 'le dépassement d’honoraires a été oublié : sans complémentaire, il reste entièrement à la charge du patient.',
      },
      {
        valeur: p.question === 'amo' ? r.resteACharge : r.partAmo,
        erreur: 'vous avez donné l’autre part : la question porte sur ' + (p.question === 'amo' ? 'le remboursement.' : 'le reste à charge.'),
      },
    ];
    if (p.situation === 'secteur2NonOptam') {
      const autre = priseEnChargeConsultation({ situation: p.situation, date: p.date, acte: 'G', montantFacture: p.montantFacture, lectureSecteur2: 'isnar' });
      erreurs.push({
        valeur: p.question === 'amo' ? autre.partAmo : autre.resteACharge,
        erreur: `hors OPTAM, la base de remboursement est de ${txt('secteur2.baseNonOptam', p.date)}, pas le tarif du secteur 1.`,
      });
    }
    return noter(raw, sol, erreurs);
  },
  indices: (p) => [
    'Le taux de remboursement s’applique à la base de remboursement (tarif opposable), jamais au prix facturé.',
    p.parcours
      ? `Dans le parcours de soins, le taux est de ${txt('remboursement.tauxParcours', p.date)}.`
      : `Hors parcours de soins, le taux tombe à ${txt('remboursement.tauxHorsParcours', p.date)} (source externe).`,
    `La participation forfaitaire (${txt('participationForfaitaire', p.date)} à cette date) est déduite du remboursement.`,
    'Le reste à charge = montant facturé − remboursement.',
  ],
};
