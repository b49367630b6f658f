// Bundles what the followup-lint package ships into bundle/: the command line, the lint() API
// and the language server, with the engine and the rules inside, so that the package needs
// none of the workspace packages once published. One file to load instead of some 140
// modules is also most of what a run on one draft costs. What a plain lint does not need
// (reporters other than the one asked for, Markdown, email, config schema, fixing) stays in
// chunks that load only when used. Run by the root build after tsc.
import {cpSync, existsSync, readdirSync, readFileSync, rmSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const outdir = path.join(root, 'bundle')
const require = createRequire(import.meta.url)
const server = path.dirname(require.resolve('@followup-lint/language-server/package.json'))
const rules = path.dirname(require.resolve('@followup-lint/rules/package.json'))
const {version} = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))

rmSync(outdir, {recursive: true, force: true})
await build({
  entryPoints: {
    bin: path.join(root, 'dist', 'bin.js'),
    index: path.join(root, 'dist', 'index.js'),
    // The worker threads of a parallel run load this file beside the chunk that starts them.
    worker: path.join(root, 'dist', 'worker.js'),
    'language-server': path.join(server, 'dist', 'index.js'),
    'language-server-bin': path.join(server, 'dist', 'bin.js')
  },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // dictionary-en reads its files beside itself; yaml is CommonJS, whose named exports a split
  // chunk would lose; the language server's public types name vscode-languageserver's. All
  // three are dependencies of the package and load from node_modules.
  external: ['dictionary-en', 'yaml', 'vscode-languageserver', 'vscode-languageserver/*'],
  // The server reads its version from its own package.json, which is not shipped.
  define: {FOLLOWUP_LINT_SERVER_VERSION: JSON.stringify(version)},
  // Bundled CommonJS modules (commander) call require for Node's own modules.
  banner: {js: "import {createRequire as __followupLintRequire} from 'node:module';\nconst require = __followupLintRequire(import.meta.url);"},
  logLevel: 'warning'
})

// `--explain`, SARIF's helpUri and the server's links read each rule's README from rules/
// beside the bundle.
for (const id of readdirSync(rules)) {
  const readme = path.join(rules, id, 'README.md')
  if (existsSync(path.join(rules, id, 'rule.yml')) && existsSync(readme)) {
    cpSync(readme, path.join(outdir, 'rules', id, 'README.md'))
  }
}
