// Bundles the command line into bundle/: one file to load instead of some 140 modules, which
// is most of what a run on one draft costs. What a plain lint does not need (reporters other
// than the one asked for, Markdown, email, config schema, fixing) stays in chunks that load
// only when used. Run by the root build after tsc.
import {rmSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const outdir = path.join(root, 'bundle')
rmSync(outdir, {recursive: true, force: true})
await build({
  entryPoints: [path.join(root, 'dist', 'bin.js')],
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // dictionary-en reads its files beside itself; yaml is CommonJS, whose named exports a split
  // chunk would lose. Both load only when needed, from node_modules.
  external: ['dictionary-en', 'yaml'],
  // Bundled CommonJS modules (commander) call require for Node's own modules.
  banner: {js: "import {createRequire as __followupLintRequire} from 'node:module';\nconst require = __followupLintRequire(import.meta.url);"},
  logLevel: 'warning'
})
