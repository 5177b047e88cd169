/**
 * The import graph points one way: components → stores → domaine → engine (README, « Organisation »).
 * `npm run check:architecture` (and a step of `npm test`) fails on any import against it.
 * Type-only imports count too (tsPreCompilationDeps): a type is a dependency of the design.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'moteur-autonome',
      comment: 'src/engine is the lowest layer: it imports nothing from src outside itself.',
      severity: 'error',
      from: { path: '^src/engine/' },
      to: { path: '^src/', pathNot: '^src/engine/' },
    },
    {
      name: 'domaine-pur',
      comment:
        'src/domaine is pure learning logic: no stores, no UI (components, pages, layouts), no Preact, no nanostores, no Astro. Stores and islands import it, never the reverse.',
      severity: 'error',
      from: { path: '^src/domaine/' },
      to: {
        path: [
          '^src/(stores|components|pages|layouts)/',
          '(^|/)node_modules/(preact|nanostores|@nanostores|astro|@astrojs)/',
          '^(preact|nanostores|@nanostores/[^/]+|astro|@astrojs/[^/]+)(/|$)',
          '^astro:',
        ],
      },
    },
    {
      name: 'stores-sans-interface',
      comment: 'src/stores holds state, not rendering: it never imports components, pages or layouts.',
      severity: 'error',
      from: { path: '^src/stores/' },
      to: { path: '^src/(components|pages|layouts)/' },
    },
    {
      name: 'pas-de-cycle',
      comment: 'No circular dependency inside src.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^src/', circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|dist-[^/]+)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.d.ts'],
    },
  },
};
