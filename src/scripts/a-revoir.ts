/**
 * Home page: "À revoir : N questions" with a link to the self-assessment when spaced-review items are
 * due. Reads the review cards from localStorage (repaired item by item, never throws) and fills every
 * `[data-a-revoir]` element; it stays hidden when nothing is due. No ts-fsrs here: due dates are stored.
 */
import { CLE_CARTES_BRUTE, cartesDues, reparerCartes } from '../domaine/schema-auto-evaluation';

function remplir() {
  let brut: string | null;
  try {
    brut = localStorage.getItem(CLE_CARTES_BRUTE);
  } catch {
    return; /* storage disabled */
  }
  const n = cartesDues(reparerCartes(brut).valeur).length;
  for (const el of document.querySelectorAll<HTMLElement>('[data-a-revoir]')) {
    if (n === 0) {
      el.hidden = true;
      continue;
    }
    const lien = el.dataset.lien ?? 'auto-evaluation/';
    el.replaceChildren();
    el.append(`À revoir\u00a0: ${n} question${n > 1 ? 's' : ''}. `);
    const a = document.createElement('a');
    a.href = lien;
    a.textContent = 'Réviser maintenant';
    el.append(a);
    el.hidden = false;
  }
}

remplir();
