/**
 * Bibliography of the engine. 'isnar' and 'cdc' are the two seed documents; every
 * other id is an external public source listed in SOURCES-NOTES part 2. Parameters
 * that rely on an external source carry `externe: true`.
 */
import type { SourceRef } from './types.js';

export interface Document {
  titre: string;
  url?: string;
  externe: boolean;
}

export const documents: Record<string, Document> = {
  isnar: {
    titre: "ISNAR-IMG, Comprendre les secteurs de conventionnement et les enjeux des négociations — guide pratique à l'usage des internes (sept. 2012, mis à jour janv. 2017)",
    externe: false,
  },
  cdc: {
    titre: 'Cour des comptes, « Les conventions entre l’assurance maladie et les professions de santé libérales », rapport sur l’application des LFSS, 2022',
    externe: false,
  },
  'ext.ameli-convention-2024': {
    titre: 'ameli.fr — Convention médicale 2024-2029, l’essentiel',
    url: 'https://www.ameli.fr/medecin/textes-reference/convention-medicale-2024-2029/essentiel',
    externe: true,
  },
  'ext.fmfpro-convention-2024': {
    titre: 'FMF — Les nouveautés de la convention 2024',
    url: 'https://fmfpro.org/les-nouveautes-de-la-convention-2024',
    externe: true,
  },
  'ext.csmf-2023': {
    titre: 'Les généralistes-CSMF — tarifs au 1er novembre 2023 (règlement arbitral)',
    url: 'https://lesgeneralistes-csmf.fr/2023/11/07/egora-tarifs-des-consultations-chez-le-medecin-ce-qui-a-change-au-1er-novembre-en-attendant-mieux/',
    externe: true,
  },
  'ext.fmfpro-da': {
    titre: 'FMF — tarifs et dépassement autorisé (convention 2016, art. 37.1)',
    url: 'https://fmfpro.org/?nom_tarif=tarif-23&p=1555',
    externe: true,
  },
  'ext.quotidien-apc-2018': {
    titre: 'Le Quotidien du médecin — l’avis ponctuel de consultant porté à 50 euros ce 1er juin (2018)',
    url: 'https://static3.lequotidiendumedecin.fr/liberal-soins-de-ville/assurance-maladie/revalos-lavis-ponctuel-de-consultant-porte-50-euros-ce-1-er-juin',
    externe: true,
  },
  'ext.service-public-F17042': {
    titre: 'Service-public.fr F17042 — remboursement d’une consultation (miroir, vérifié le 22/12/2024)',
    url: 'https://stmeen-montauban.fr/mise-a-jour-du-livret-de-famille/?xml=F17042',
    externe: true,
  },
  'ext.pf-2024': {
    titre: 'Participation forfaitaire à 2 € au 15 mai 2024 (décision UNCAM, JO 24 avril 2024) — cbanque / magnolia',
    url: 'http://index.cbanque.org/votre-argent/actualites/97491/medecin-analyses-radios-ce-qui-change-avec-la-nouvelle-participation-forfaitaire-a-2-euros',
    externe: true,
  },
  'ext.snds-pf': {
    titre: 'Documentation du SNDS (Health Data Hub), glossaire « PF — Participation forfaitaire » : plafonnée à 4 euros par jour pour un même professionnel, 50 euros par an',
    url: 'https://deploy-preview-436--documentation-snds.netlify.app/glossaire/pf',
    externe: true,
  },
  'ext.ash-pf-2007': {
    titre: 'ASH, hebdo n° 2519 (2007) — le plafond journalier du forfait de 1 € sur les consultations et actes médicaux est augmenté (1 € par acte chez un même praticien le même jour, plafonné à 4 €)',
    url: 'https://ash.tm.fr/hebdo/2519/le-social-en-textes/le-plafond-journalier-du-forfait-de-1-sur-les-consultations-et-actes-medicaux-est-augmente-385512.php',
    externe: true,
  },
  'ext.tf1-pf-2024': {
    titre: 'TF1 info, 15 mai 2024 — participation forfaitaire à 2 € ; plafonds annuels maintenus à 50 euros',
    url: 'https://www.tf1info.fr/sante/video-medecin-consultation-medicale-le-reste-a-charge-des-assures-va-doubler-a-partir-de-ce-mercredi-15-mai-2024-2295749.html',
    externe: true,
  },
  'ext.magnolia-pf': {
    titre: 'Magnolia — principes de la participation forfaitaire (1 € depuis 2005)',
    url: 'https://www.magnolia.fr:443/mutuelle-sante/principes-participation-forfaitaire',
    externe: true,
  },
  'ext.ag2r-secteur2': {
    titre: 'AG2R La Mondiale — médecin conventionné secteur 1 ou 2 (base 23 € hors OPTAM)',
    url: 'https://www.ag2rlamondiale.fr/sante-prevoyance/mutuelle-sante/conseil-qu-est-ce-qu-un-medecin-conventionne-secteur-1-ou-2',
    externe: true,
  },
  'ext.mutuellesante-secteur3': {
    titre: 'mutuellesante.fr — médecin non conventionné (tarif d’autorité 0,61 € / 1,22 €)',
    url: 'https://mutuellesante.fr/conseils/secteur-3',
    externe: true,
  },
  'ext.aga-ps-af': {
    titre: 'AGA-PS — réduction du taux des cotisations allocations familiales 2015-2017',
    url: 'https://aga-ps.com/?p=553',
    externe: true,
  },
  'ext.css-d613-1': {
    titre: 'Code de la sécurité sociale, art. D.613-1 (taux AF des travailleurs indépendants depuis 2018)',
    url: 'https://juriblio.fr/codes/code-de-la-securite-sociale/partie-reglementaire-decrets-simples/livre-6/titre-1/chapitre-3/section-1',
    externe: true,
  },
  'ext.urssaf-pamc': {
    titre: 'Urssaf — cotisations des praticiens et auxiliaires médicaux conventionnés (maladie 6,50 %, CPAM 6,40 %)',
    url: 'https://www.urssaf.fr/portail/home/outre-mer/praticien-et-auxiliaire-medical/comment-sont-calculees-les-cotis/liste-des-cotisations.html',
    externe: true,
  },
  'ext.pass': {
    titre: 'Plafond annuel de la sécurité sociale par année (Urssaf, MSA, arrêté du 22 déc. 2025)',
    url: 'https://v4www2.urssaf.fr/portail/sites/urssaf/home/taux-et-baremes/plafonds.html',
    externe: true,
  },
  'ext.legifrance-annexe21': {
    titre: 'Convention médicale 2016, annexe 21 — définition du taux de dépassement',
    url: 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000037408963',
    externe: true,
  },
  'ext.synmad-optam': {
    titre: 'Synmad, e-journal du 23 octobre 2017 — OPTAM, où en sommes-nous (barème de modulation)',
    url: 'https://www.synmad.com/actualites/ejournal/ejournal-23-octobre-2017-optam-ou-en-sommes-nous.html',
    externe: true,
  },
  'ext.csmf-optam': {
    titre: 'CSMF — focus OPTAM, avantages pour le médecin (taux par spécialité)',
    url: 'http://www.csmf.org/focus-optam-avantages-pour-le-medecin',
    externe: true,
  },
  'ext.modele-social': {
    titre: 'Paquet npm modele-social (règles Publicodes de mon-entreprise), PAMC . participation CPAM',
    url: 'https://www.npmjs.com/package/modele-social',
    externe: true,
  },
};

export function isnar(section: string): SourceRef {
  return { document: 'isnar', section };
}
export function cdc(section: string): SourceRef {
  return { document: 'cdc', section };
}
/**
 * A reference to a public source beyond the two documents. Only the id travels with the value:
 * titles and addresses stay in `documents`, read by `citer` and the sources page, so a widget that
 * evaluates a rule does not ship the whole bibliography. (tests/engine checks every id is known.)
 */
export function ext(id: string, section = ''): SourceRef {
  return { document: id, section };
}

/** "ISNAR §5.2", "CdC II-B-3, note 173", "[externe] ameli.fr — …" */
export function citer(s: SourceRef): string {
  if (s.document === 'isnar') return `Guide ISNAR-IMG 2017, ${s.section}`;
  if (s.document === 'cdc') return `Cour des comptes 2022, ${s.section}`;
  const doc = documents[s.document];
  return `[source externe] ${doc ? doc.titre : s.document}${s.section ? `, ${s.section}` : ''}`;
}
