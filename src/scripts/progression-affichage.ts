/**
 * Fills every `[data-progression-chapitre]` element (home page cards, chapter sidebar) with the
 * learner's progress on that chapter, kept live as answers are recorded; records the visit of the
 * current chapter (`[data-chapitre-courant]`). A few hundred bytes on top of the nanostore: no island needed.
 */
import { $progression, enregistrerVisite } from '../stores/progression';
import { progressionChapitre } from '../domaine/schema-progression';

const elements = [...document.querySelectorAll<HTMLElement>('[data-progression-chapitre]')];
if (elements.length > 0) {
  $progression.subscribe((p) => {
    for (const el of elements) {
      const ids = (el.dataset.questions ?? '').split(' ').filter(Boolean);
      const { reussies, repondues, total } = progressionChapitre(p, ids);
      const vu = Boolean(p.chapitres[el.dataset.progressionChapitre ?? '']);
      el.textContent = repondues > 0 ? ` · ${reussies} / ${total} questions réussies` : vu ? ' · chapitre ouvert' : ' · pas encore commencé';
    }
  });
}
const courant = document.querySelector<HTMLElement>('[data-chapitre-courant]')?.dataset.chapitreCourant;
if (courant) enregistrerVisite(courant);
