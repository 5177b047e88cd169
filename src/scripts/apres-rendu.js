// Inlined at the end of <body> by Base.astro: starts the scripts kept in <template data-apres-rendu>
// (components/layout/ApresRendu.astro) once the page has loaded AND painted its first content — or at
// once if the reader acts before then, replaying what needed them: a click on a header button that
// needs JavaScript ([data-js-requis]), the projection shortcut Alt+Maj+P, a search sent. The search
// shortcut « / » moves the focus to the box at once; the box's loader looks at the focus when it starts.
(() => {
  let pret = null;
  let fini = false;
  const lancer = () =>
    (pret ??= Promise.all(
      [...document.querySelectorAll('template[data-apres-rendu]')].flatMap((modele) => {
        const attentes = [...modele.content.querySelectorAll('script')].map((ancien) => {
          const script = document.createElement('script');
          for (const { name, value } of ancien.attributes) script.setAttribute(name, value);
          script.textContent = ancien.textContent;
          // A module script fires `load` once it has run, its imports included.
          const execute = script.src ? new Promise((ok) => (script.onload = script.onerror = ok)) : null;
          document.body.append(script);
          return execute;
        });
        modele.remove();
        return attentes.filter(Boolean);
      }),
    ).then(() => {
      fini = true;
      for (const type of TYPES) removeEventListener(type, tot, true);
    }));

  const TYPES = ['click', 'keydown', 'focusin', 'submit'];
  const dansUnChamp = (cible) => cible instanceof Element && cible.closest('input, textarea, select, [contenteditable="true"]');
  const rejouer = (e, refaire) => {
    e.preventDefault();
    e.stopImmediatePropagation();
    void lancer().then(refaire);
  };
  function tot(e) {
    if (fini) return;
    void lancer();
    const cible = e.target;
    if (e.type === 'click') {
      const bouton = cible instanceof Element && cible.closest('[data-js-requis]');
      if (bouton) rejouer(e, () => bouton.click());
    } else if (e.type === 'keydown' && e.key === '/' && !dansUnChamp(cible)) {
      // Into the search box now, so that what follows is typed there; its loader sees the focus.
      const champ = document.querySelector('[data-recherche] input[type="search"]');
      if (champ) {
        e.preventDefault();
        champ.focus();
      }
    } else if (e.type === 'keydown' && e.altKey && e.shiftKey && e.code === 'KeyP') {
      const copie = new KeyboardEvent('keydown', e);
      rejouer(e, () => cible.dispatchEvent(copie));
    } else if (e.type === 'submit' && cible instanceof HTMLFormElement && cible.hasAttribute('data-recherche')) {
      rejouer(e, () => cible.requestSubmit());
    }
  }
  for (const type of TYPES) addEventListener(type, tot, true);

  const charge = new Promise((ok) => (document.readyState === 'complete' ? ok() : addEventListener('load', ok, { once: true })));
  const peint = new Promise((ok) => {
    if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) return ok();
    new PerformanceObserver((liste, observateur) => {
      if (liste.getEntriesByName('first-contentful-paint').length === 0) return;
      observateur.disconnect();
      ok();
    }).observe({ type: 'paint', buffered: true });
    // A tab opened in the background paints only when shown: its buttons must work all the same.
    setTimeout(ok, 3000);
  });
  void Promise.all([charge, peint]).then(lancer);
})();
