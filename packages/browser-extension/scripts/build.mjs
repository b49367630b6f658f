// Builds the extension for Chromium-based browsers and for Firefox from one source: the
// scripts bundled with esbuild (the engine and the rules inside, no code loaded from anywhere
// else), the pages and styles copied, one manifest for each, and a zip of each folder.
import {cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import AdmZip from 'adm-zip'
import {build} from 'esbuild'
import {mailMatches, manifestFor} from './manifest.mjs'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const dist = path.join(root, 'dist')
const here = (relative) => path.join(root, relative)
const {version} = JSON.parse(readFileSync(here('package.json'), 'utf8'))

// The spelling rule reads a Hunspell dictionary from disk, which an extension cannot do; it is
// left out of the rule set, so these imports are never reached. Resolving them to a module
// that says so keeps the dictionary out of the bundle, as the web page's build does.
const withoutSpellingData = {
  name: 'without-spelling-data',
  setup(builder) {
    builder.onResolve({filter: /^(retext-spell|dictionary-en)$/}, () => ({path: 'spelling', namespace: 'unavailable'}))
    builder.onLoad({filter: /.*/, namespace: 'unavailable'}, () => ({
      contents: 'export default function unavailable() {\n  throw new Error("The spelling rule does not run in the browser.")\n}\n'
    }))
  }
}

// The `format` package finds the global object with an indirect eval where there is no module
// system; bundled, it always has one, but an extension ships no eval at all.
const withoutEval = {
  name: 'without-eval',
  setup(builder) {
    builder.onLoad({filter: /[\\/]format[\\/]format\.js$/}, (args) => ({
      contents: readFileSync(args.path, 'utf8').replace("(1,eval)('this')", 'globalThis'),
      loader: 'js'
    }))
  }
}

rmSync(dist, {recursive: true, force: true})
const scripts = path.join(dist, 'scripts')
await build({
  entryPoints: ['content', 'background', 'popup', 'options'].map((name) => here(`src/${name}.ts`)),
  outdir: scripts,
  bundle: true,
  // Classic scripts: a content script cannot be a module, and Firefox's background scripts
  // load as classic scripts too.
  format: 'iife',
  platform: 'browser',
  target: ['chrome120', 'firefox140'],
  // Bundle the TypeScript sources, as the tests run them, so the extension is never built from
  // a stale compile of core or the rules.
  alias: {
    '@followup-lint/core': here('../core/src/index.ts'),
    '@followup-lint/rules': here('../../rules/index.ts')
  },
  plugins: [withoutSpellingData, withoutEval],
  define: {FOLLOWUP_LINT_MAIL_MATCHES: JSON.stringify(mailMatches)},
  // Packages that decode HTML entities through innerHTML in a browser build decode them from
  // a table in their worker build: no markup is ever parsed.
  conditions: ['worker'],
  // The engine loads some of its parts on demand; in one file they are simply there.
  splitting: false,
  minify: true,
  legalComments: 'none',
  charset: 'utf8',
  logLevel: 'warning'
})

for (const browser of ['chromium', 'firefox']) {
  const out = path.join(dist, browser)
  mkdirSync(out, {recursive: true})
  cpSync(scripts, out, {recursive: true})
  cpSync(here('static'), out, {recursive: true})
  writeFileSync(path.join(out, 'manifest.json'), `${JSON.stringify(manifestFor(browser, version), null, 2)}\n`)
  const zip = new AdmZip()
  for (const name of readdirSync(out).sort()) zip.addLocalFile(path.join(out, name))
  zip.writeZip(path.join(dist, `followup-lint-${browser}.zip`))
}
rmSync(scripts, {recursive: true, force: true})
