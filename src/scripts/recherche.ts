/**
 * Header search over the Pagefind index built after `astro build` (static, no server).
 * Pagefind's own JS is loaded only when the reader first uses the box, so pages pay nothing for it
 * until then. `/` focuses the box from anywhere; Escape closes the results.
 */
interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: Array<{ weight: number }>;
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: PagefindSubResult[];
}
interface PagefindResult {
  data: () => Promise<PagefindData>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  debouncedSearch: (q: string, o?: unknown, ms?: number) => Promise<{ results: PagefindResult[] } | null>;
}

const form = document.querySelector<HTMLFormElement>('[data-recherche]');
if (form) {
  const champ = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  const panneau = form.querySelector<HTMLElement>('[data-resultats]')!;
  const annonce = form.querySelector<HTMLElement>('[data-annonce]')!;
  const etat = document.createElement('p');
  etat.className = 'recherche__etat';
  const dire = (texte: string) => {
    etat.textContent = texte;
    annonce.textContent = texte; // role="status": read out by screen readers
  };
  const base = form.dataset.base ?? '/';
  let pagefind: Promise<Pagefind> | null = null;

  const charger = () => {
    pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pf: Pagefind) => {
      await pf.options({ baseUrl: base, excerptLength: 24 });
      return pf;
    });
    return pagefind;
  };

  /** Lower case, no accents, split into words: « l’OPTAM » → ["l", "optam"]. */
  const mots = (t: string) =>
    t
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
  const meilleureSection = (rs: PagefindSubResult[], q: string) => {
    const cherches = mots(q);
    const score = (r: PagefindSubResult) => {
      const titre = mots(r.title);
      const dansTitre = cherches.filter((m) => titre.some((t) => t.startsWith(m))).length;
      return dansTitre * 1000 + (r.weighted_locations?.length ?? 0);
    };
    return rs.reduce<PagefindSubResult | undefined>((m, r) => (m === undefined || score(r) > score(m) ? r : m), undefined);
  };

  const echapper = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

  async function chercher() {
    const q = champ.value.trim();
    if (q.length < 2) {
      panneau.hidden = true;
      dire('');
      return;
    }
    let pf: Pagefind;
    try {
      pf = await charger();
    } catch {
      panneau.hidden = false;
      panneau.replaceChildren();
      dire('La recherche n’est pas disponible (index absent : lancez « npm run build »).');
      panneau.append(etat);
      return;
    }
    const recherche = await pf.debouncedSearch(q, {}, 200);
    if (recherche === null) return; // superseded by a newer keystroke
    const donnees = await Promise.all(recherche.results.slice(0, 8).map((r) => r.data()));
    const liste = document.createElement('ol');
    for (const d of donnees) {
      // Link to the section that treats the term: Pagefind lists a page's sections in page order, so
      // the first one is often « Objectifs d’apprentissage », which merely names it. The best section
      // is the one whose heading names most of the words searched, then the one with most matches.
      const cible = meilleureSection(d.sub_results ?? [], q) ?? { title: d.meta.title ?? d.url, url: d.url, excerpt: d.excerpt };
      const li = document.createElement('li');
      const titrePage = d.meta.title ?? '';
      const titre = cible.title && cible.title !== titrePage ? `${titrePage} › ${cible.title}` : titrePage;
      // Pagefind's excerpt is plain text with <mark> around matches: keep only those tags.
      // eslint-disable-next-line no-control-regex -- U+0000 marks the <mark> tags while the rest is escaped: it cannot occur in Pagefind's text
      const extrait = echapper(cible.excerpt.replace(/<\/?mark>/g, '\u0000')).replace(/\u0000(.*?)\u0000/g, '<mark>$1</mark>');
      li.innerHTML = `<a href="${echapper(cible.url)}">${echapper(titre)}</a><p>${extrait}</p>`;
      liste.append(li);
    }
    const n = recherche.results.length;
    dire(n === 0 ? `Aucun résultat pour « ${q} ».` : `${n} résultat${n > 1 ? 's' : ''} pour « ${q} ».`);
    panneau.replaceChildren(etat, liste);
    panneau.hidden = false;
  }

  champ.addEventListener('focus', () => void charger().catch(() => undefined), { once: true });
  champ.addEventListener('input', () => void chercher());
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void chercher();
  });
  form.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      panneau.hidden = true;
      champ.focus();
    }
  });
  document.addEventListener('click', (e) => {
    if (!form.contains(e.target as Node)) panneau.hidden = true;
  });
  document.addEventListener('keydown', (e) => {
    const cible = e.target as HTMLElement;
    const saisie = cible.closest('input, textarea, select, [contenteditable="true"]');
    if (e.key === '/' && !saisie && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      champ.focus();
    }
  });
}

// A module (loaded on demand by recherche-differee.ts), not a global script.
export {};
