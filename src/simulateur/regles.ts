/**
 * Reading the Urssaf's rules (`modele-social`, evaluated by `publicodes`) for one situation: every
 * social-contribution line of an independent médecin, with the title, explanation and references
 * that the rule itself carries, the CPAM participation and the net income. Used by the worker
 * (regles.worker.ts) and by the Node tests; it takes the engine as an argument so that neither
 * package is imported here (the page's main thread never loads them).
 *
 * Values leave this module as decimal strings (publicodes computes in JavaScript numbers): the
 * main thread turns them into Decimal once and rounds them at display.
 */
import type Engine from 'publicodes';
import type { SituationPublicodes } from './situation';

const CC = 'dirigeant . indépendant . cotisations et contributions';

/**
 * The lines of `cotisations et contributions`, in its own order. Evaluating the generic name gives the
 * rule that replaces it for a médecin (`remplace` in PAMC.publicodes and CARMF.publicodes), whose text
 * we show: `regleAffichee` names it.
 */
export const LIGNES: ReadonlyArray<{ regle: string; libelle: string; regleAffichee: string[] }> = [
  {
    regle: `${CC} . maladie`,
    libelle: 'Maladie-maternité',
    regleAffichee: ['dirigeant . indépendant . PL . PAMC . maladie', 'dirigeant . indépendant . PL . maladie'],
  },
  {
    regle: `${CC} . allocations familiales`,
    libelle: 'Allocations familiales',
    regleAffichee: ['dirigeant . indépendant . PL . PAMC . allocations familiales', `${CC} . allocations familiales`],
  },
  { regle: `${CC} . indemnités journalières maladie`, libelle: 'Indemnités journalières', regleAffichee: [`${CC} . indemnités journalières maladie`] },
  { regle: `${CC} . retraite de base`, libelle: 'Retraite de base (CNAVPL)', regleAffichee: ['dirigeant . indépendant . PL . CNAVPL . retraite'] },
  {
    regle: `${CC} . retraite complémentaire`,
    libelle: 'Retraite complémentaire (CARMF)',
    regleAffichee: ['dirigeant . indépendant . PL . CARMF . retraite complémentaire'],
  },
  { regle: `${CC} . PCV`, libelle: 'Allocations supplémentaires de vieillesse (ASV, CARMF)', regleAffichee: ['dirigeant . indépendant . PL . CARMF . ASV'] },
  { regle: `${CC} . invalidité et décès`, libelle: 'Invalidité-décès (CARMF)', regleAffichee: ['dirigeant . indépendant . PL . CARMF . invalidité décès'] },
  { regle: `${CC} . CSG-CRDS`, libelle: 'CSG-CRDS', regleAffichee: [`${CC} . CSG-CRDS`] },
  {
    regle: `${CC} . contributions spéciales`,
    libelle: 'CURPS (unions régionales des professionnels de santé)',
    regleAffichee: ['dirigeant . indépendant . PL . PAMC . CURPS'],
  },
  { regle: `${CC} . formation professionnelle`, libelle: 'Formation professionnelle', regleAffichee: [`${CC} . formation professionnelle`] },
  { regle: `${CC} . exonérations`, libelle: 'Exonérations (déduites)', regleAffichee: [`${CC} . exonérations`] },
];

/** The CPAM participation and its parts (PAMC.publicodes, CARMF.publicodes). */
export const PARTICIPATION = {
  total: 'dirigeant . indépendant . PL . PAMC . participation CPAM',
  parts: [
    { regle: 'dirigeant . indépendant . PL . PAMC . allocations familiales . participation CPAM', libelle: 'sur les allocations familiales' },
    { regle: 'dirigeant . indépendant . PL . PAMC . maladie . participation CPAM', libelle: 'sur la maladie' },
    { regle: 'dirigeant . indépendant . PL . CARMF . ASV . participation CPAM', libelle: 'sur l’ASV (deux tiers)' },
    { regle: 'dirigeant . indépendant . PL . CARMF . participation CPAM retraite', libelle: 'sur la retraite de base (avenant 5)' },
  ],
} as const;

export const TOTAL = CC;
export const NET = 'dirigeant . rémunération . net';
export const ASSIETTE = 'dirigeant . indépendant . assiette des cotisations';
export const ASSIETTE_PARTICIPATION = 'dirigeant . indépendant . PL . PAMC . assiette participation CPAM';
export const PASS = 'plafond sécurité sociale';

export interface Reference {
  titre: string;
  url: string;
}

export interface LigneRegle {
  regle: string;
  libelle: string;
  /** Decimal string in euros per year; null when the rule does not apply to this situation. */
  valeur: string | null;
  /** Title, first paragraph of the description and references of the rule shown. */
  titre: string;
  description: string | null;
  references: Reference[];
}

export interface ResultatRegles {
  lignes: LigneRegle[];
  participation: LigneRegle[];
  participationTotale: string | null;
  total: string | null;
  net: string | null;
  assiette: string | null;
  pass: string | null;
}

type RegleBrute = { titre?: unknown; description?: unknown; références?: unknown };

/** A number from publicodes as a decimal string (no float arithmetic here); null when not applicable. */
export function chaineValeur(v: unknown): string | null {
  if (typeof v !== 'number' || !Number.isFinite(v)) return null;
  return String(v);
}

function evaluerEuros(engine: Engine, regle: string, unite = '€/an'): string | null {
  return chaineValeur(engine.evaluate({ valeur: regle, unité: unite }).nodeValue);
}

/** First paragraph of a rule's Markdown description, links and emphasis stripped. */
export function premierParagraphe(md: unknown): string | null {
  if (typeof md !== 'string' || !md.trim()) return null;
  const p = md.trim().split(/\n\s*\n/)[0] ?? '';
  return p
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/[*_`>#]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function references(r: unknown): Reference[] {
  if (!r || typeof r !== 'object') return [];
  return Object.entries(r as Record<string, unknown>)
    .filter((e): e is [string, string] => typeof e[1] === 'string' && /^https?:\/\//.test(e[1]))
    .map(([titre, url]) => ({ titre, url }));
}

function texte(engine: Engine, regles: readonly string[], libelle: string): Pick<LigneRegle, 'titre' | 'description' | 'references'> {
  for (const nom of regles) {
    let brute: RegleBrute;
    try {
      brute = engine.getRule(nom).rawNode as RegleBrute;
    } catch {
      continue;
    }
    const applicable = engine.evaluate(nom).nodeValue;
    if (applicable === null && regles.length > 1) continue;
    return {
      titre: typeof brute.titre === 'string' ? brute.titre : libelle,
      description: premierParagraphe(brute.description),
      references: references(brute.références),
    };
  }
  return { titre: libelle, description: null, references: [] };
}

/** Evaluates one situation. `arreter` is polled between lines so a newer request can cut it short. */
export function evaluerSituation(engine: Engine, situation: SituationPublicodes): ResultatRegles {
  engine.setSituation(situation as Parameters<Engine['setSituation']>[0]);
  const lignes = LIGNES.map((l) => ({
    regle: l.regle,
    libelle: l.libelle,
    valeur: evaluerEuros(engine, l.regle),
    ...texte(engine, l.regleAffichee, l.libelle),
  }));
  const participation = PARTICIPATION.parts.map((p) => ({
    regle: p.regle,
    libelle: p.libelle,
    valeur: evaluerEuros(engine, p.regle),
    ...texte(engine, [p.regle], p.libelle),
  }));
  return {
    lignes,
    participation,
    participationTotale: evaluerEuros(engine, PARTICIPATION.total),
    total: evaluerEuros(engine, TOTAL),
    net: evaluerEuros(engine, NET),
    assiette: evaluerEuros(engine, ASSIETTE),
    pass: evaluerEuros(engine, PASS),
  };
}
