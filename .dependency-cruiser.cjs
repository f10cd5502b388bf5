/**
 * The architecture rules of ARCHITECTURE.md, checked by dependency-cruiser in `npm run lint`.
 * Folders under src/ are the roles: core (types, findings), text, io, load, parse, graph, bundle,
 * report, cache, config, pipeline (the orchestrator), cli. The stage order is
 * load -> parse -> graph -> bundle -> report; no stage reaches back, and nothing imports the CLI.
 */
const stage = (name) => `^src/${name}/`;
const forbidFrom = (name, from, to, comment) => ({
  name,
  comment,
  severity: 'error',
  from: { path: from },
  to: { path: to },
});

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Modules form a tree of layers: a cycle makes two modules one, with a seam in the middle.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-orphans',
      comment: 'A module nothing imports is dead code (entries and type declarations excepted).',
      severity: 'error',
      from: {
        orphan: true,
        pathNot: ['\\.d\\.ts$', '^src/cli/entry\\.ts$', '^src/parse/workers/worker\\.ts$'],
        path: '^src/',
      },
      to: {},
    },
    {
      name: 'no-dev-dependencies-in-src',
      comment:
        'src/ imports runtime dependencies (installed for users) and the devDependencies that ' +
        'scripts/bundle.mjs bundles into the CLI (yargs, graphology, graphology-dag, jsonc-parser, picocolors, picomatch, ' +
        'web-tree-sitter), never test or build tooling. Type-only imports vanish at build.',
      severity: 'error',
      from: { path: '^src/' },
      to: {
        dependencyTypes: ['npm-dev'],
        dependencyTypesNot: ['type-only'],
        pathNot:
          '(^|/)node_modules/(yargs|graphology|graphology-dag|jsonc-parser|picocolors|picomatch|web-tree-sitter)/',
      },
    },
    forbidFrom(
      'nothing-imports-cli',
      '^src/(?!cli/)',
      stage('cli'),
      'The CLI wires stages to commands; no stage or report depends on it.',
    ),
    forbidFrom(
      'graph-is-pure',
      stage('graph'),
      '^(src/(parse|load|bundle|report|pipeline|cache|config|io)/|node_modules/web-tree-sitter|fs$|node:fs)',
      'The graph works on FragmentSymbols only: no parser, no later stage, no file system.',
    ),
    forbidFrom(
      'bundle-builds-strings',
      stage('bundle'),
      '^(src/(parse|load|report|pipeline|cache|config|io)/|node_modules/web-tree-sitter|fs$|node:fs)',
      'The bundle stage builds text from plain data: no parser, no file system.',
    ),
    forbidFrom(
      'report-returns-text',
      stage('report'),
      '^(src/(parse|load|cache|config|io/(regular-file|write-atomic|input-journal))|node_modules/web-tree-sitter|fs$|node:fs)',
      'Reporters turn an analysis into text; they never parse or read files.',
    ),
    forbidFrom(
      'parse-knows-no-later-stage',
      stage('parse'),
      '^src/(graph|bundle|report|pipeline|cache|config|load)/',
      'The parse stage is pure per fragment and knows nothing of the stages after it.',
    ),
    forbidFrom(
      'load-only-reads',
      stage('load'),
      '^(src/(parse|graph|bundle|report|pipeline|cache)/|node_modules/web-tree-sitter)',
      'The load stage reads and decodes fragments; it knows no later stage.',
    ),
    forbidFrom(
      'core-is-the-bottom',
      stage('core'),
      '^src/(?!core/)',
      'Types and the finding catalogue import nothing but each other.',
    ),
    forbidFrom('text-is-plain', stage('text'), '^src/(?!(core|text)/)', 'Text helpers know only the core types.'),
    forbidFrom('io-is-plain', stage('io'), '^src/(?!(core|text|io)/)', 'File helpers know no stage.'),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
