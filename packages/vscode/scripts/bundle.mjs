// Bundles the extension and the language server into dist/, with the rule READMEs the
// server links to and the data files its dependencies read at run time, so that the .vsix
// runs with nothing else installed.
import {cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'
import {findRuleDocsDir} from '@followup-lint/language-server'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dist = path.join(root, 'dist')
const serverPackage = path.dirname(fileURLToPath(import.meta.resolve('@followup-lint/language-server/package.json')))
const {version} = JSON.parse(readFileSync(path.join(serverPackage, 'package.json'), 'utf8'))

rmSync(dist, {recursive: true, force: true})
mkdirSync(dist, {recursive: true})

const common = {bundle: true, platform: 'node', target: 'node20', minify: true, legalComments: 'none', logLevel: 'warning'}

await build({
  ...common,
  entryPoints: [path.join(serverPackage, 'dist', 'bin.js')],
  outfile: path.join(dist, 'server.mjs'),
  format: 'esm',
  define: {FOLLOWUP_LINT_SERVER_VERSION: JSON.stringify(version)},
  // Some dependencies are CommonJS and call require() for Node's own modules.
  banner: {js: "import {createRequire as __createRequire} from 'node:module';const require=__createRequire(import.meta.url);"}
})

// The spelling rule's dictionary reads index.aff and index.dic beside its own module, which in
// the bundle is server.mjs: they go beside it, with the dictionary's license.
const rulesPackage = path.dirname(fileURLToPath(import.meta.resolve('@followup-lint/rules/package.json')))
const dictionary = path.dirname(createRequire(path.join(rulesPackage, 'package.json')).resolve('dictionary-en'))
for (const [from, to] of [['index.aff', 'index.aff'], ['index.dic', 'index.dic'], ['license', 'dictionary-en-license']]) {
  cpSync(path.join(dictionary, from), path.join(dist, to))
}

// Any other file a bundled module reads beside itself would be missing from the .vsix: refuse
// to build rather than ship a server that fails when a rule loads it.
const server = readFileSync(path.join(dist, 'server.mjs'), 'utf8')
for (const [, file] of server.matchAll(/new URL\(\s*["'`]([^"'`]+)["'`]\s*,\s*import\.meta\.url\s*\)/g)) {
  if (!existsSync(path.join(dist, file))) throw new Error(`the bundled server reads ${file} beside itself, and dist/ has no ${file}`)
}

await build({
  ...common,
  entryPoints: [path.join(root, 'src', 'extension.ts')],
  outfile: path.join(dist, 'extension.cjs'),
  format: 'cjs',
  external: ['vscode']
})

const docs = findRuleDocsDir()
if (!docs) throw new Error('cannot find the @followup-lint/rules package for the rule READMEs')
for (const id of readdirSync(docs)) {
  const readme = path.join(docs, id, 'README.md')
  if (!existsSync(readme)) continue
  mkdirSync(path.join(dist, 'rules', id), {recursive: true})
  cpSync(readme, path.join(dist, 'rules', id, 'README.md'))
}
