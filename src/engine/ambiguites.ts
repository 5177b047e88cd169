/**
 * Where the two source documents are ambiguous, inconsistent or silent
 * (numbered 1 to 21; chapters' « Point d’ambiguïté » boxes
 * and the Barèmes page cite these numbers). Each rule names in its trace the
 * ambiguities it depends on; where two readings are defensible the rule
 * computes both (`autresLectures`).
 */
export interface Ambiguite {
  /** The ambiguity's number, as the course cites it (« note n° 4 sur les sources »). */
  numero: number;
  titre: string;
  lectureRetenue: string;
  pourquoi: string;
  autresLectures: string[];
}

export const ambiguites: Record<string, Ambiguite> = {
  a1: {
    numero: 1,
    titre: 'Taux AF entre 110 % et 140 % du PASS',
    lectureRetenue: 'Taux linéaire non arrondi : 2,15 % + 3,10 % × (R − 1,1 × PASS) / (0,3 × PASS).',
    pourquoi: "Le guide dit seulement « entre 2,15 et 5,25 % » ; la formule officielle 2015-2017 est linéaire et n'impose pas d'arrondir le taux.",
    autresLectures: ['Taux arrondi au centième de point comme le fait aga-ps (3,95 % pour 50 000 € en 2017, soit 1 975 € au lieu de 1 977,10 €).'],
  },
  a2: {
    numero: 2,
    titre: 'Bornes des tranches AF (110 % et 140 % du PASS)',
    lectureRetenue: 'R ≤ 110 % → tranche 1 ; 110 % < R ≤ 140 % → tranche 2 ; R > 140 % → tranche 3.',
    pourquoi: '« Inférieur ou égal à 110 % » est la formulation du texte officiel ; le taux est continu aux seuils, seule la part CPAM (100/75/60 %) saute.',
    autresLectures: ['Lecture littérale du guide (« inférieurs à 110 % ») : à exactement 110 % du PASS, tranche 2 (part CPAM 75 %).'],
  },
  a3: {
    numero: 3,
    titre: 'Part CPAM de la cotisation AF (100/75/60 %)',
    lectureRetenue:
      'Tranche choisie sur le revenu total R ; la CPAM paie part × taux(R) × assiette de participation (revenu conventionné hors dépassements) ; le médecin paie le reste. Effet de seuil (falaise) à 110 % du PASS.',
    pourquoi:
      'Lecture la plus directe de « sur l’assiette de participation, la CPAM prend respectivement en charge 100, 75 ou 60 % … en fonction du montant des revenus » (ISNAR §4.3). Non vérifiée sur le texte de la convention.',
    autresLectures: [
      'Lecture de modele-social (Publicodes, URSSAF) : la CPAM paie 100 % tant que l’assiette de participation est ≤ 140 % du PASS, 75 % jusqu’à 250 %, 60 % au-delà.',
      'Lecture par tranches marginales (100 % sur la part ≤ 110 %, 75 % sur la part suivante…) : non calculée, aucune source ne la soutient.',
    ],
  },
  a4: {
    numero: 4,
    titre: 'Plafond du dépassement autorisé (DA) : deux formulations du guide',
    lectureRetenue:
      "§4.3 et convention 2016 art. 37.1 : montant facturé ≤ 117,5 % du tarif applicable dans le parcours de soins, arrondi à l'euro supérieur pour un acte clinique ; pour un acte technique, DA ≤ 17,5 % du tarif de l'acte, sans arrondi à l'euro.",
    pourquoi:
      'C’est le texte de la convention (cité par la FMF), qui réserve l’arrondi à l’euro supérieur aux actes cliniques ; le §4.3 du guide applique les 117,5 % aux actes cliniques et techniques, sans arrondi. Les lectures sont calculées et affichées ; un plafond en euros sans arrondi propre est arrondi au centime inférieur.',
    autresLectures: [
      '§3.1 : montant du DA ≤ 17,5 % du tarif opposable appliqué au patient (base hors parcours, CS + MPC pour un spécialiste), au centime inférieur.',
      '§4.3 sans l’arrondi à l’euro supérieur (au centime inférieur).',
    ],
  },
  a5: {
    numero: 5,
    titre: 'Qui peut facturer un DA',
    lectureRetenue: 'Les spécialistes de secteur 1, pour un patient hors parcours de soins (§4.3) : un DA facturé avec un acte de généraliste est refusé.',
    pourquoi: '§4.3 est la clause contractuelle ; §3.1 dit « notamment » sans nommer d’autre cas.',
    autresLectures: ['§3.1 : tout médecin de secteur 1 dont le patient est hors parcours, « notamment » les spécialistes de second recours.'],
  },
  a6: {
    numero: 6,
    titre: 'Ratio de 70 % d’honoraires sans dépassement',
    lectureRetenue: 'Lecture A : honoraires des actes facturés sans aucun dépassement ÷ honoraires totaux.',
    pourquoi: 'Correspond à la règle de 2005 (« DA dans la limite de 30 % de leur activité globale ») ; les deux lectures sont calculées.',
    autresLectures: ['Lecture B : (honoraires totaux − montant des dépassements) ÷ honoraires totaux.'],
  },
  a7: {
    numero: 7,
    titre: 'Définition du « taux de dépassement »',
    lectureRetenue: 'Définition CNAM (convention 2016, annexe 21) : dépassements ÷ honoraires remboursables (60 € sur un tarif de 30 € = 100 %).',
    pourquoi: 'Le plafond de 100 % du CAS et de l’OPTAM (CdC note 171) n’a de sens qu’avec cette définition. Les deux sont calculées.',
    autresLectures: ['Définition ISNAR §4.1 : prix pratiqué ÷ tarif conventionnel (même acte = 200 %).'],
  },
  a8: {
    numero: 8,
    titre: '« 70 % du montant des soins »',
    lectureRetenue:
      '70 % de la base de remboursement (tarif opposable), moins la participation forfaitaire, dans le parcours de soins ; 30 % hors parcours [externe].',
    pourquoi: 'C’est la règle de remboursement publiée (service-public.fr) ; en secteur 2 le taux s’applique à la base, jamais au prix.',
    autresLectures: ['Lecture littérale du guide : 70 % du montant facturé (faux dès qu’il y a un dépassement).'],
  },
  a9: {
    numero: 9,
    titre: 'Base de remboursement du secteur 2 hors OPTAM',
    lectureRetenue: 'Base de 23 € pour une consultation chez un médecin de secteur 2 non adhérent à l’OPTAM [externe], généraliste ou spécialiste.',
    pourquoi: 'C’est la pratique documentée depuis 2017 ; le moteur calcule aussi la lecture du guide.',
    autresLectures: [
      'Guide ISNAR §3.2 : remboursement « sur la base du tarif opposable » du secteur 1 — celui du généraliste, ou celui du spécialiste (consultation coordonnée dans le parcours, CS + MPC hors parcours).',
    ],
  },
  a10: {
    numero: 10,
    titre: 'Tarif d’autorité (médecin non conventionné)',
    lectureRetenue: 'Base de 0,61 € (généraliste) ou 1,22 € (spécialiste) [externe], remboursée au taux habituel (70 % dans le parcours).',
    pourquoi: 'Valeurs des assureurs, cohérentes entre elles ; le taux à appliquer n’est donné par aucune source, le moteur applique le taux habituel.',
    autresLectures: ['Les 0,61 € / 1,22 € sont le remboursement lui-même (certains assureurs).', 'Guide ISNAR §3.3 : tarif d’autorité de « 3 ou 4 euros ».'],
  },
  a11: {
    numero: 11,
    titre: 'Modulation de la prime OPTAM',
    lectureRetenue:
      'Barème externe (Synmad 2017) : écart ≤ 1 point → 100 % (présumé), ]1 ; 2] → 90 %, ]2 ; 3] → 70 %, ]3 ; 4] → 50 %, ]4 ; 5] → 30 %, > 5 → 0 ; l’écart retenu est le plus grand des deux indicateurs ; prime = taux de la spécialité × honoraires à tarif opposable × modulation.',
    pourquoi:
      'La CdC (note 173) ne donne que les deux extrêmes ; une seule source secondaire donne les paliers. Bornes et combinaison des indicateurs sont des hypothèses.',
    autresLectures: ['Lecture seule de la CdC : 100 % sans écart, 0 % au-delà de 5 points, montant indéterminé entre les deux.'],
  },
  a12: {
    numero: 12,
    titre: 'Catégories du forfait patientèle médecin traitant',
    lectureRetenue:
      'Catégories exclusives, chaque patient compté une fois ; « 0 à 6 ans » = âge révolu ≤ 6 ; « plus de 80 ans » = âge révolu ≥ 80 ; un enfant en ALD relève du forfait ALD (42 €).',
    pourquoi: 'Le texte (CdC note 161) rattache le 42 € à tout patient « inscrit dans une ALD » ; les bornes d’âge ne sont pas précisées, le moteur le dit.',
    autresLectures: ['Enfant de 0 à 6 ans en ALD compté 6 € (la catégorie enfant prime).', '« Plus de 80 ans » au sens strict : âge révolu ≥ 81.'],
  },
  a13: {
    numero: 13,
    titre: 'TCAM du tableau n° 23',
    lectureRetenue: 'Moyenne arithmétique des quatre taux de croissance annuels : elle reproduit les TCAM publiés (5,2 %, 6,3 %, 7,5 %, 3,8 %).',
    pourquoi: 'C’est le seul calcul qui redonne les chiffres de la Cour ; le moteur montre aussi le taux composé.',
    autresLectures: ['Taux de croissance annuel moyen composé (géométrique) : 5,1 %, 6,2 %, 7,4 %, 3,6 %.'],
  },
  a14: {
    numero: 14,
    titre: 'Le chiffre de 28,4 %',
    lectureRetenue:
      'Cité tel quel, comme un chiffre de la Cour calculé sur des agrégats qui ne sont pas ceux du tableau n° 23 (le tableau donne 642 / 1 908 = 33,6 % pour les honoraires médicaux et dentaires) ; aucun exercice n’est construit dessus.',
    pourquoi:
      'Les autres années du tableau ne redonnent pas non plus les « 21 % environ » de la Cour. Explication probable, non vérifiable : le périmètre (honoraires médicaux seuls pour la Cour, médicaux et dentaires dans le tableau ; « prestations » contre « dépenses » de soins de ville).',
    autresLectures: [],
  },
  a15: {
    numero: 15,
    titre: 'Part de la ROSP (0,2 à 0,4 %)',
    lectureRetenue: 'Aucun exercice n’est construit sur ce ratio.',
    pourquoi: 'Rapportée aux totaux du tableau n° 23, la ROSP pèse 0,42 à 0,59 % : la Cour utilise un autre agrégat (sous-objectif Ondam).',
    autresLectures: [],
  },
  a16: {
    numero: 16,
    titre: 'Date de la convention de 2016',
    lectureRetenue: '25 août 2016 (signature), approuvée par arrêté du 20 octobre 2016, JO du 23 octobre 2016.',
    pourquoi: 'CdC note 160 et ameli concordent ; le guide dit 26 août (§2.2) puis 25 août (§4.2).',
    autresLectures: ['26 août 2016 (ISNAR §2.2).'],
  },
  a17: {
    numero: 17,
    titre: 'Cotisation maladie 9,8 % → 6,5 %',
    lectureRetenue: '9,8 % en 2017 (« était »), 6,5 % à partir du 1er janvier 2018 (date hypothétique) ; le médecin garde 0,1 % dans les deux cas.',
    pourquoi: 'Le guide ne date pas la bascule ; seule la part prise en charge par la CPAM en dépend, le moteur calcule les deux taux.',
    autresLectures: ['Taux de 6,5 % dès 2017 (« doit passer à 6,5 % »).'],
  },
  a18: {
    numero: 18,
    titre: 'Assiette de la redevance d’activité libérale',
    lectureRetenue:
      'Pourcentages du guide appliqués au tarif de l’acte hors dépassements (§3.4), présentés comme la règle décrite par le guide, non comme le droit actuel.',
    pourquoi: 'Le guide parle du tarif CCAM alors que les consultations relèvent de la NGAP ; d’autres régimes existent (décrets 2006 et 2008).',
    autresLectures: ['Pourcentage des honoraires effectivement perçus, dépassements compris (décret du 15 mai 2008).'],
  },
  a19: {
    numero: 19,
    titre: 'Versement de l’aide à l’installation',
    lectureRetenue: '50 000 € répartis également sur les deux années (25 000 € par an).',
    pourquoi: '« Versée sur deux ans » ne précise pas l’échéancier : la répartition égale est une hypothèse.',
    autresLectures: ['Échéancier inégal (par exemple une part à la signature) : non calculable avec les sources.'],
  },
  a20: {
    numero: 20,
    titre: 'Exonérations et plafonds de la participation forfaitaire',
    lectureRetenue:
      'Participation forfaitaire déduite du remboursement sauf exonération déclarée (mineur, CSS, maternité…) ; sur une année (participationForfaitaireAnnee) : plafond de 4 € par jour et par professionnel, exprimé en euros et inchangé quand la participation passe à 2 € le 15 mai 2024, puis plafond de 50 € par année civile, tous professionnels confondus (date de l’acte).',
    pourquoi:
      'Les sources du cours ne parlent pas de la participation forfaitaire : tout vient de sources externes. Celles de 2024 (cbanque, bonne-assurance) écrivent « 4 euros par jour et par médecin » ; le texte réglementaire n’a pas pu être consulté. Un seul acte par consultation : priseEnChargeConsultation n’applique pas les plafonds.',
    autresLectures: [
      'Plafond journalier exprimé en nombre de participations (4 par jour et par professionnel, comme à 1 € en 2007), soit 8 € à 2 € : calculé par participationForfaitaireAnnee.',
    ],
  },
  a21: {
    numero: 21,
    titre: 'Le CAS après le 1er janvier 2017 : « maintenu » ou « remplacé » ?',
    lectureRetenue:
      'Le CAS est remplacé par l’OPTAM, en vigueur depuis janvier 2017 : à partir du 1er janvier 2017, les calculs du cours refusent la participation du CAS. Avant cette date, aucune source ne donne de taux de participation (les barèmes du cours commencent le 1er janvier 2017) : dans cette lecture, le CAS n’est donc calculable à aucune date.',
    pourquoi:
      'Le §4.5 est le passage du guide consacré au CAS : « Le CAS est donc remplacé par l’Option Pratique Tarifaire Maîtrisée (OPTAM) », et les caisses y « participaient » (imparfait) aux cotisations sociales ; la Cour des comptes date l’OPTAM de janvier 2017 (II-B-3). Le §3.2 ne mentionne le CAS qu’en passant.',
    autresLectures: [
      'Guide ISNAR §3.2 : le CAS est « maintenu en place par la convention de 2016 » ; la participation des caisses continue après le 1er janvier 2017, sur les revenus liés aux honoraires sans dépassements, aux taux du secteur 1 (« dans les mêmes conditions que les médecins de secteur 1 », CdC note 171) : calculée sur demande (lecture « maintenu »).',
    ],
  },
};
