/**
 * GIFT (Banque de questions → Importer → « Format GIFT »): the same content as the Moodle XML file,
 * one `$CATEGORY:` line per category. Texts are HTML (`[html]`), every GIFT special character
 * escaped (echapper.ts); numbers are written with a dot (`{#17.5:0.01}`), which GIFT requires.
 * GIFT has no ordering type: an ordering question becomes a matching « position → élément ».
 */
import type { Question } from '../../content/schemas/question';
import { echapperGift as g, segmentCategorie } from './echapper';
import { calculerVariante, ErreurExport, type ContenuExport, type VarianteCalculee } from './contenu';
import { consigneOrdre, idVariante, nomVariante, pairesOrdre } from './moodle-xml';
import {
  RACINE_CATEGORIE,
  categorieQuestion,
  categorieVariante,
  htmlCorrige,
  htmlEnonceVariante,
  htmlExplication,
  ordonner,
  paragraphe,
  repartir,
  type OptionsExport,
} from './rendu';

/** `::title::[html]text` */
const tete = (titre: string, html: string) => `::${g(titre)}::[html]${g(html)}`;
const retour = (html: string) => `#${g(html)}`;
const general = (html: string) => `\t####${g(html)}`;

function choix(q: Extract<Question, { type: 'choix-unique' | 'choix-multiple' }>, o: OptionsExport): string[] {
  const unique = q.type === 'choix-unique';
  const bonnes = q.options.filter((x) => x.correct);
  const mauvaises = q.options.filter((x) => !x.correct);
  const fb = unique ? [] : repartir(100, bonnes.length);
  const fm = unique ? [] : repartir(-100, mauvaises.length);
  const laBonne = bonnes.map((b) => b.texte).join(' ; ');
  let ib = 0;
  let im = 0;
  const lignes = q.options.map((x) => {
    if (unique) {
      const r = x.correct ? 'Bonne réponse.' : `Ce n’est pas la bonne réponse\u00a0: la bonne réponse est «\u00a0${laBonne}\u00a0».`;
      return `\t${x.correct ? '=' : '~'}${g(paragraphe(x.texte))}${retour(paragraphe(r))}`;
    }
    const poids = x.correct ? fb[ib++]! : fm[im++]!;
    return `\t~%${poids}%${g(paragraphe(x.texte))}${retour(paragraphe(x.correct ? 'Cette proposition est juste.' : 'Cette proposition est fausse.'))}`;
  });
  return [`${tete(q.id, paragraphe(q.enonce))}{`, ...lignes, general(htmlExplication(q, o)), '}'];
}

function vraiFaux(q: Extract<Question, { type: 'vrai-faux' }>, o: OptionsExport): string[] {
  const bonne = q.reponse ? 'Vrai' : 'Faux';
  // Moodle's GIFT: {TRUE#feedback for a wrong answer#feedback for a right answer}.
  const faux = paragraphe(`Ce n’est pas la bonne réponse\u00a0: c’est «\u00a0${bonne}\u00a0».`);
  return [
    `${tete(q.id, paragraphe(q.enonce))}{${q.reponse ? 'TRUE' : 'FALSE'}${retour(faux)}${retour(paragraphe('Bonne réponse.'))}`,
    general(htmlExplication(q, o)),
    '}',
  ];
}

function appariement(titre: string, enonce: string, paires: ReadonlyArray<{ gauche: string; droite: string }>, explication: string): string[] {
  for (const p of paires) {
    // GIFT separates a pair with « -> » and has no escape for it.
    if (p.gauche.includes('->') || p.droite.includes('->')) throw new ErreurExport(`« -> » ne peut pas figurer dans une association GIFT (question ${titre}).`);
  }
  return [`${tete(titre, enonce)}{`, ...paires.map((p) => `\t=${g(paragraphe(p.gauche))} -> ${g(p.droite)}`), general(explication), '}'];
}

function question(q: Question, o: OptionsExport): string[] {
  switch (q.type) {
    case 'choix-unique':
    case 'choix-multiple':
      return choix(q, o);
    case 'vrai-faux':
      return vraiFaux(q, o);
    case 'association':
      return appariement(q.id, paragraphe(q.enonce), q.paires, htmlExplication(q, o));
    case 'ordre':
      return appariement(q.id, `${paragraphe(q.enonce)}${paragraphe(consigneOrdre)}`, pairesOrdre(q.elements), htmlExplication(q, o));
  }
}

function numerique(v: VarianteCalculee, o: OptionsExport): string[] {
  const bonne = retour(paragraphe(`Bonne réponse\u00a0: ${v.attendu}.`));
  // A one-sided interval (a cap) is two answers, as in the XML file (contenu.ts, `reponses`).
  return [
    `${tete(nomVariante(v), htmlEnonceVariante(v))}{#`,
    ...v.reponses.map((r) => `\t=${r.valeur}:${r.tolerance}${bonne}`),
    general(htmlCorrige(v, o)),
    '}',
  ];
}

/** The GIFT file of some content. Same content and options → the same string, byte for byte. */
export function exporterGift(contenu: ContenuExport, options: OptionsExport = {}): string {
  const c = ordonner(contenu, options);
  const blocs: string[] = [];
  let courante = '';
  const entrer = (segments: string[]) => {
    const chemin = [RACINE_CATEGORIE, ...segments.map(segmentCategorie)].join('/');
    if (chemin !== courante) {
      blocs.push(`$CATEGORY: ${chemin}`);
      courante = chemin;
    }
  };
  for (const q of c.questions) {
    entrer(categorieQuestion(q, options));
    blocs.push(`// ${q.id}\n${question(q, options).join('\n')}`);
  }
  for (const it of c.exercices) {
    const v = calculerVariante(it);
    entrer(categorieVariante(v));
    blocs.push(`// ${idVariante(v)}\n${numerique(v, options).join('\n')}`);
  }
  return `${blocs.join('\n\n')}\n`;
}
