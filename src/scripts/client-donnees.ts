/**
 * `client:donnees={{ url, erreur }}`: an island whose data is not in its props but in a static JSON
 * file (src/lib/donnees-ilots.ts explains why). Like `client:visible` (Astro's
 * runtime/client/visible.js), nothing happens until the island scrolls into view; then the JSON and
 * the component's code are fetched together, the data is deposited where the component reads it
 * synchronously, and the island hydrates, rendering the same markup the server printed.
 *
 * If the JSON cannot be had (offline, 404, invalid JSON), nothing is thrown: the server-rendered
 * content stays readable, and a French message with a « Réessayer » button is put just before the
 * island (not inside it: Preact hydrates the island's children and must find exactly the server's).
 * Registered by the integration in astro.config.mjs; typed in directives-client.d.ts.
 */
import type { ClientDirective } from 'astro';
import { deposerDonnees, type OptionsDonnees } from '../lib/donnees-ilots';

async function lireJson(url: string): Promise<unknown> {
  const reponse = await fetch(url);
  if (!reponse.ok) throw new Error(`HTTP ${reponse.status}`);
  return reponse.json();
}

const donnees: ClientDirective = (load, options, el) => {
  const { url, erreur } = options.value as unknown as OptionsDonnees;
  let avis: HTMLElement | null = null;
  let enCours = false;

  const signaler = () => {
    if (!avis) {
      avis = document.createElement('div');
      avis.className = 'donnees-erreur';
      // Set apart from the island below it (the stylesheet is the page shell's, not this directive's).
      avis.style.marginBlockEnd = '1rem';
      const texte = document.createElement('p');
      texte.className = 'message message--erreur';
      texte.setAttribute('role', 'alert');
      const bouton = document.createElement('button');
      bouton.type = 'button';
      bouton.className = 'bouton';
      bouton.textContent = 'Réessayer';
      bouton.addEventListener('click', () => void charger());
      avis.append(texte, bouton);
      el.before(avis);
    }
    // Written anew each time, so that a failed retry is announced again.
    const texte = avis.querySelector('p')!;
    texte.textContent = '';
    requestAnimationFrame(() => (texte.textContent = erreur));
  };

  const charger = async () => {
    if (enCours) return;
    enCours = true;
    let hydrate: Awaited<ReturnType<typeof load>>;
    try {
      const [h, json] = await Promise.all([load(), lireJson(url)]);
      hydrate = h;
      deposerDonnees(url, json);
    } catch {
      enCours = false;
      signaler();
      return;
    }
    // A retry succeeded: the message goes, and the focus that was on its button moves into the island.
    const focusDansAvis = avis?.contains(document.activeElement) ?? false;
    avis?.remove();
    avis = null;
    await hydrate();
    if (focusDansAvis) el.querySelector<HTMLElement>('input, select, button, a[href]')?.focus();
  };

  const io = new IntersectionObserver((entrees) => {
    if (!entrees.some((e) => e.isIntersecting)) return;
    io.disconnect();
    void charger();
  });
  for (const enfant of el.children) io.observe(enfant);
};

export default donnees;
