/**
 * Every internal link goes through `href()` so the site works under a sub-path
 * (`BASE=/cours/secteurs`): Astro gives `import.meta.env.BASE_URL` with or without a trailing slash
 * depending on configuration, so it is normalised here once.
 */
const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** `href('chapitres/histoire/')` → `/base/chapitres/histoire/`. Pass paths without a leading slash. */
export function href(path = ''): string {
  return BASE + path.replace(/^\/+/, '');
}

export function chapitreHref(id: string, ancre?: string): string {
  return href(`chapitres/${id}/`) + (ancre ? `#${ancre}` : '');
}
