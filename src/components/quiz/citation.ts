/**
 * Most explanations of the question bank already end with their citation, « … (Guide ISNAR-IMG 2017,
 * §4.2). », and the quiz also printed the question's structured source after them: the same
 * citation twice. When the explanation's closing parenthesis cites the question's own source, that
 * parenthesis becomes the link (it is often more precise: « §2.2 et §4.5 », « note 171 »); otherwise
 * the structured source is appended as before.
 */
export interface ExplicationDecoupee {
  /** The explanation without its closing citation. */
  texte: string;
  /** The inner text of the closing citation when it cites the question's source, else null. */
  citation: string | null;
  /** What followed the closing parenthesis (usually « . »). */
  fin: string;
}

const mots = (s: string) =>
  s
    .toLocaleLowerCase('fr')
    .split(/[\s,]+/)
    .filter(Boolean);

export function decouperExplication(explication: string, citationSource: string): ExplicationDecoupee {
  const m = /^(.*?)\s*\(([^()]+)\)([.!?]?)\s*$/s.exec(explication);
  const debut = mots(citationSource).slice(0, 2);
  if (!m || debut.length === 0) return { texte: explication, citation: null, fin: '' };
  const interieur = mots(m[2]!);
  const citeLaSource = debut.every((mot, i) => interieur[i] === mot);
  return citeLaSource ? { texte: m[1]!, citation: m[2]!, fin: m[3] ?? '' } : { texte: explication, citation: null, fin: '' };
}
