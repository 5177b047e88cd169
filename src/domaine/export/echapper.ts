/**
 * Escaping for the LMS exports, in one place: HTML text, XML CDATA sections and GIFT's special
 * characters. Pure string functions (no DOM), so the exports run at build time and in the browser.
 */

/**
 * Text → HTML text content: `& < >` (the exports write no attribute, so quotes need nothing).
 * French spaces (U+00A0, U+202F) and apostrophes stay as they are.
 */
export function echapperHtml(texte: string): string {
  return texte.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
}

/**
 * A CDATA section holding `texte` verbatim. A CDATA section cannot contain « ]]> »: it is split across
 * two sections (« ]] » ends the first, « > » starts the next), which an XML parser joins back.
 */
export function cdata(texte: string): string {
  return `<![CDATA[${texte.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

/** Escapes text for an XML element or attribute value outside CDATA. */
export function echapperXml(texte: string): string {
  return texte.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/**
 * GIFT: every special character — `~ = # { } :` and the backslash itself — is preceded by a
 * backslash (Moodle's GIFT format and gift-pegjs read `\:` as « : »…). A line break would end the
 * question's line structure, so it becomes `\n`, which Moodle reads back as a line break.
 */
export function echapperGift(texte: string): string {
  return texte.replace(/[\\~=#{}:]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

/** A Moodle category path segment: « / » separates levels, so a slash inside a name is doubled (Moodle's convention). */
export function segmentCategorie(nom: string): string {
  return nom.replace(/\//g, '//');
}
