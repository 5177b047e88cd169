/**
 * Moodle XML (Banque de questions → Importer → « Format Moodle XML »): one category per chapter with
 * a sub-category per theme, and one category per exercise kind for the numeric variants.
 * Every text is HTML in a CDATA section (`format="html"`); names and idnumbers are the bank's stable ids.
 * Element names and values follow Moodle's question/format/xml/format.php and the question types'
 * own import code (multichoice, truefalse, matching, numerical, ordering).
 */
import type { Question } from '../../content/schemas/question';
import { cdata, echapperHtml as h, echapperXml, segmentCategorie } from './echapper';
import { calculerVariante, type ContenuExport, type VarianteCalculee } from './contenu';
import {
  RACINE_CATEGORIE,
  categorieQuestion,
  categorieVariante,
  htmlCorrige,
  htmlEnonceVariante,
  htmlExplication,
  ordonner,
  paragraphe,
  position,
  repartir,
  type OptionsExport,
} from './rendu';

const I = '    ';

const texte = (balise: string, html: string, indent = I) => `${indent}<${balise} format="html">\n${indent}  <text>${cdata(html)}</text>\n${indent}</${balise}>`;

function entete(type: string, nom: string, idnumber: string, enonce: string, general: string): string[] {
  return [
    `  <question type="${type}">`,
    `${I}<name>\n${I}  <text>${cdata(nom)}</text>\n${I}</name>`,
    texte('questiontext', enonce),
    texte('generalfeedback', general),
    `${I}<defaultgrade>1</defaultgrade>`,
    `${I}<penalty>0.3333333</penalty>`,
    `${I}<hidden>0</hidden>`,
    `${I}<idnumber>${echapperXml(idnumber)}</idnumber>`,
  ];
}

/** The three combined feedbacks of multichoice, matching and ordering. */
function retoursCombines(): string[] {
  return [
    texte('correctfeedback', paragraphe('Votre réponse est correcte.')),
    texte('partiallycorrectfeedback', paragraphe('Votre réponse est en partie correcte.')),
    texte('incorrectfeedback', paragraphe('Votre réponse est incorrecte.')),
  ];
}

function reponse(fraction: string, html: string, retour: string, format = 'html'): string {
  return `${I}<answer fraction="${fraction}" format="${format}">\n${I}  <text>${cdata(html)}</text>\n${texte('feedback', retour, `${I}  `)}\n${I}</answer>`;
}

function categorie(segments: readonly string[]): string {
  const chemin = [RACINE_CATEGORIE, ...segments.map(segmentCategorie)].join('/');
  return [
    `  <question type="category">`,
    `${I}<category>\n${I}  <text>${cdata(chemin)}</text>\n${I}</category>`,
    `${I}<info format="html">\n${I}  <text></text>\n${I}</info>`,
    `  </question>`,
  ].join('\n');
}

function choix(q: Extract<Question, { type: 'choix-unique' | 'choix-multiple' }>, o: OptionsExport): string {
  const unique = q.type === 'choix-unique';
  const bonnes = q.options.filter((x) => x.correct);
  const mauvaises = q.options.filter((x) => !x.correct);
  const fractionsBonnes = unique ? ['100'] : repartir(100, bonnes.length);
  // Multiple answers: each wrong option takes back an equal share, so ticking everything scores 0.
  const fractionsMauvaises = unique ? mauvaises.map(() => '0') : repartir(-100, mauvaises.length);
  const laBonne = bonnes.map((b) => b.texte).join(' ; ');
  let ib = 0;
  let im = 0;
  const reponses = q.options.map((x) => {
    const fraction = x.correct ? fractionsBonnes[ib++]! : fractionsMauvaises[im++]!;
    const retour = unique
      ? x.correct
        ? 'Bonne réponse.'
        : `Ce n’est pas la bonne réponse\u00a0: la bonne réponse est «\u00a0${laBonne}\u00a0».`
      : x.correct
        ? 'Cette proposition est juste.'
        : 'Cette proposition est fausse.';
    return reponse(fraction, paragraphe(x.texte), paragraphe(retour));
  });
  return [
    ...entete('multichoice', q.id, q.id, paragraphe(q.enonce), htmlExplication(q, o)),
    `${I}<single>${unique ? 'true' : 'false'}</single>`,
    `${I}<shuffleanswers>true</shuffleanswers>`,
    `${I}<answernumbering>abc</answernumbering>`,
    `${I}<showstandardinstruction>0</showstandardinstruction>`,
    ...retoursCombines(),
    `${I}<shownumcorrect/>`,
    ...reponses,
  ].join('\n');
}

function vraiFaux(q: Extract<Question, { type: 'vrai-faux' }>, o: OptionsExport): string {
  const bonne = q.reponse ? 'Vrai' : 'Faux';
  const retour = (juste: boolean) => paragraphe(juste ? 'Bonne réponse.' : `Ce n’est pas la bonne réponse\u00a0: c’est «\u00a0${bonne}\u00a0».`);
  return [
    ...entete('truefalse', q.id, q.id, paragraphe(q.enonce), htmlExplication(q, o)),
    reponse(q.reponse ? '100' : '0', 'true', retour(q.reponse), 'moodle_auto_format'),
    reponse(q.reponse ? '0' : '100', 'false', retour(!q.reponse), 'moodle_auto_format'),
  ].join('\n');
}

/** Matching: each left item (HTML) with its right item (plain text, as Moodle stores a matching answer). */
function appariement(q: Question, nomEtId: string, enonce: string, paires: ReadonlyArray<{ gauche: string; droite: string }>, o: OptionsExport): string {
  const sous = paires.map(
    (p) =>
      `${I}<subquestion format="html">\n${I}  <text>${cdata(paragraphe(p.gauche))}</text>\n${I}  <answer>\n${I}    <text>${cdata(p.droite)}</text>\n${I}  </answer>\n${I}</subquestion>`,
  );
  return [
    ...entete('matching', nomEtId, nomEtId, enonce, htmlExplication(q, o)),
    `${I}<shuffleanswers>true</shuffleanswers>`,
    ...retoursCombines(),
    `${I}<shownumcorrect/>`,
    ...sous,
  ].join('\n');
}

/** Fallback of an ordering question: a matching « position → element » (what does not survive: dragging). */
export const pairesOrdre = (elements: readonly string[]) => elements.map((e, i) => ({ gauche: `${position(i)} élément`, droite: e }));
export const consigneOrdre = 'Associez à chaque position l’élément qui l’occupe dans le bon ordre.';

function ordre(q: Extract<Question, { type: 'ordre' }>, o: OptionsExport): string {
  if (o.ordre === 'association') {
    return appariement(q, q.id, `${paragraphe(q.enonce)}${paragraphe(consigneOrdre)}`, pairesOrdre(q.elements), o);
  }
  // Moodle's ordering type (question/type/ordering, a standard plugin of Moodle since 4.4): an answer's
  // « fraction » is its position (1, 2, …), as the type's own export writes it; its import reads the
  // order of the <answer> elements and sets every fraction to 1, so Moodle's grade check passes.
  const reponses = q.elements.map((e, i) => `${I}<answer fraction="${i + 1}" format="html">\n${I}  <text>${cdata(paragraphe(e))}</text>\n${I}</answer>`);
  return [
    ...entete('ordering', q.id, q.id, paragraphe(q.enonce), htmlExplication(q, o)),
    `${I}<layouttype>VERTICAL</layouttype>`,
    `${I}<selecttype>ALL</selecttype>`,
    // Every item shown (ALL); the count is the number of items (the type reads at least 2).
    `${I}<selectcount>${q.elements.length}</selectcount>`,
    // All or nothing, as the course grades an ordering question (corriger.ts).
    `${I}<gradingtype>ALL_OR_NOTHING</gradingtype>`,
    `${I}<showgrading>SHOW</showgrading>`,
    `${I}<numberingstyle>none</numberingstyle>`,
    ...retoursCombines(),
    `${I}<shownumcorrect/>`,
    ...reponses,
  ].join('\n');
}

function question(q: Question, o: OptionsExport): string {
  switch (q.type) {
    case 'choix-unique':
    case 'choix-multiple':
      return choix(q, o);
    case 'vrai-faux':
      return vraiFaux(q, o);
    case 'association':
      return appariement(q, q.id, paragraphe(q.enonce), q.paires, o);
    case 'ordre':
      return ordre(q, o);
  }
}

export const nomVariante = (v: Pick<VarianteCalculee, 'titre' | 'graine'>) => `${v.titre} — variante ${v.graine}`;
export const idVariante = (v: Pick<VarianteCalculee, 'type' | 'graine'>) => `${v.type}-${v.graine}`;

function numerique(v: VarianteCalculee, o: OptionsExport): string {
  const bonne = paragraphe(`Bonne réponse\u00a0: ${v.attendu}.`);
  const reponses = v.reponses.map(
    (r) =>
      `${I}<answer fraction="100" format="moodle_auto_format">\n${I}  <text>${r.valeur}</text>\n${texte('feedback', bonne, `${I}  `)}\n${I}  <tolerance>${r.tolerance}</tolerance>\n${I}</answer>`,
  );
  // Moodle's catch-all answer « * »: any other number gets the expected answer in its feedback.
  const autre = `${I}<answer fraction="0" format="moodle_auto_format">\n${I}  <text>*</text>\n${texte('feedback', paragraphe(`Ce n’est pas la bonne réponse\u00a0: la réponse attendue est ${v.attendu}.`), `${I}  `)}\n${I}  <tolerance>0</tolerance>\n${I}</answer>`;
  return [
    ...entete('numerical', nomVariante(v), idVariante(v), htmlEnonceVariante(v), htmlCorrige(v, o)),
    ...reponses,
    autre,
    `${I}<units>\n${I}  <unit>\n${I}    <multiplier>1</multiplier>\n${I}    <unit_name>${h(v.symbole)}</unit_name>\n${I}  </unit>\n${I}</units>`,
    // Units optional: the number alone is graded; « 15,10 € » or « 66,8 % » is read in the unit above.
    `${I}<unitgradingtype>0</unitgradingtype>`,
    `${I}<unitpenalty>0.1000000</unitpenalty>`,
    `${I}<showunits>0</showunits>`,
    `${I}<unitsleft>0</unitsleft>`,
    ...v.indices.map((t) => texte('hint', paragraphe(t))),
  ].join('\n');
}

/** The Moodle XML file of some content. Same content and options → the same string, byte for byte. */
export function exporterMoodleXml(contenu: ContenuExport, options: OptionsExport = {}): string {
  const c = ordonner(contenu, options);
  const blocs: string[] = [];
  let courante = '';
  const entrer = (segments: string[]) => {
    const cle = segments.join('\u0000');
    if (cle !== courante) {
      blocs.push(categorie(segments));
      courante = cle;
    }
  };
  for (const q of c.questions) {
    entrer(categorieQuestion(q, options));
    blocs.push(`${question(q, options)}\n  </question>`);
  }
  for (const it of c.exercices) {
    const v = calculerVariante(it);
    entrer(categorieVariante(v));
    blocs.push(`${numerique(v, options)}\n  </question>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n${blocs.join('\n')}\n</quiz>\n`;
}
