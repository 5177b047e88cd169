/**
 * Behaviour of the « Ma progression » panel (GestionProgression.astro, static HTML): fills the
 * chapter and exercise tables from the stored progress and keeps them live; export, import and reset
 * (with its confirmation step), each reported in the status message, which takes the focus.
 * The export/import/reset code (with the self-assessment stores it covers) loads at the first
 * action, not with the page.
 */
import { $progression, derniersRejets } from '../../stores/progression';
import { progressionChapitre, type Progression, type ResultatExercice } from '../../domaine/schema-progression';
import { etatExercice as etat } from '../../domaine/score';

/** Where an exercise stands: solved without the solution, or only with it (« solution vue »), or not yet. */
const etatExercice = (r: ResultatExercice): string => etat(r.meilleurScore, r.solutionsVues);

/** Called by the component's script (this module has no side effect of its own: package.json `sideEffects`). */
export function brancher(racine: HTMLElement) {
  const titres = JSON.parse(racine.dataset.exercices ?? '{}') as Record<string, string>;
  const lignesChapitres = [...racine.querySelectorAll<HTMLTableRowElement>('tr[data-questions]')];
  const aucunExercice = racine.querySelector<HTMLElement>('[data-aucun-exercice]')!;
  const modele = racine.querySelector<HTMLTemplateElement>('template[data-modele-exercices]')!;
  const message = racine.querySelector<HTMLElement>('p.message')!;
  const reinitialiser = racine.querySelector<HTMLButtonElement>('[data-action="reinitialiser"]')!;
  const confirmation = racine.querySelector<HTMLElement>('.confirmation')!;
  const fichier = racine.querySelector<HTMLInputElement>('#import-progression')!;
  let tableExercices: HTMLElement | null = null;

  function afficher(p: Progression) {
    for (const tr of lignesChapitres) {
      const s = progressionChapitre(p, (tr.dataset.questions ?? '').split(' ').filter(Boolean));
      tr.querySelector('[data-champ="reussies"]')!.textContent = String(s.reussies);
      tr.querySelector('[data-champ="repondues"]')!.textContent = String(s.repondues);
    }
    const faits = Object.entries(p.exercices);
    if (faits.length === 0) {
      tableExercices?.remove();
      tableExercices = null;
      aucunExercice.hidden = false;
      return;
    }
    if (!tableExercices) {
      tableExercices = (modele.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
      aucunExercice.after(tableExercices);
    }
    aucunExercice.hidden = true;
    const lignes = faits.map(([id, r]) => {
      const tr = document.createElement('tr');
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = titres[id] ?? id;
      tr.append(th);
      for (const [texte, nombre] of [
        [String(r.tentatives), true],
        [String(r.reussites), true],
        [String(r.solutionsVues), true],
        [etatExercice(r), false],
      ] as const) {
        const td = document.createElement('td');
        if (nombre) td.className = 'nombre';
        td.textContent = texte;
        tr.append(td);
      }
      return tr;
    });
    tableExercices.querySelector('tbody')!.replaceChildren(...lignes);
  }

  function dire(type: 'ok' | 'erreur', texte: string) {
    message.className = `message message--${type}`;
    message.textContent = texte;
    requestAnimationFrame(() => message.focus());
  }

  $progression.subscribe(afficher);
  // Reading the store (just above) repaired it item by item; say what was dropped, once.
  if (derniersRejets.length > 0) {
    dire('erreur', `${derniersRejets.length} entrée(s) illisible(s) de votre progression enregistrée ont été écartées ; le reste a été conservé.`);
  }

  const sauvegarde = () => import('../../stores/sauvegarde');

  racine.querySelector('[data-action="exporter"]')!.addEventListener('click', async () => {
    const { exporterSauvegarde } = await sauvegarde();
    const url = URL.createObjectURL(new Blob([exporterSauvegarde()], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `secteurs-progression-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    dire('ok', 'Fichier de progression téléchargé.');
  });

  const importer = async () => {
    const f = fichier.files?.[0];
    fichier.value = '';
    if (!f) return;
    let texte: string;
    try {
      texte = await f.text();
    } catch {
      dire('erreur', 'Fichier refusé : il n’a pas pu être lu.');
      return;
    }
    const { importerSauvegarde } = await sauvegarde();
    const r = importerSauvegarde(texte);
    dire(r.ok ? 'ok' : 'erreur', r.ok ? r.resume : r.message);
  };
  fichier.addEventListener('change', () => void importer());
  // This script starts after the page's first paint (ApresRendu): a file chosen before then is imported now.
  if (fichier.files?.length) void importer();

  /** The reset button and its confirmation take turns; the focus follows (to « Annuler », the safe choice). */
  function confirmer(oui: boolean) {
    reinitialiser.hidden = oui;
    confirmation.hidden = !oui;
    (oui ? confirmation.querySelector<HTMLButtonElement>('[data-action="annuler"]')! : reinitialiser).focus();
  }
  reinitialiser.addEventListener('click', () => confirmer(true));
  confirmation.querySelector('[data-action="annuler"]')!.addEventListener('click', () => confirmer(false));
  confirmation.querySelector('[data-action="effacer"]')!.addEventListener('click', async () => {
    const { effacerTout } = await sauvegarde();
    effacerTout();
    confirmer(false);
    dire('ok', 'Progression effacée : quiz, exercices, chapitres visités, examen en cours, historique des examens et cartes de révision.');
  });
}
