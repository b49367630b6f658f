// Writes the type declarations of the package's two entries, bundle/index.d.ts and
// bundle/language-server.d.ts, from what tsc declared, with the engine's and the rules' types
// copied in: the published package has no @followup-lint/* packages to import them from.
// Run by npm before it packs or publishes (prepack), after the root build.
import {existsSync, renameSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {generateDtsBundle} from 'dts-bundle-generator'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
const server = path.dirname(require.resolve('@followup-lint/language-server/package.json'))

const entries = [
  {from: path.join(root, 'dist', 'index.d.ts'), to: 'index.d.ts'},
  {from: path.join(server, 'dist', 'index.d.ts'), to: 'language-server.d.ts'}
]
for (const {from} of [...entries, {from: path.join(root, 'bundle', 'bin.js')}]) {
  if (!existsSync(from)) {
    console.error(`followup-lint: ${path.relative(root, from)} is missing; run npm run build at the root first`)
    process.exit(1)
  }
}

// Only vscode-languageserver, a dependency of the package, stays an import; the syntax tree
// types (nlcst, unist) come along so that a consumer needs no @types package.
const libraries = {inlinedLibraries: ['@followup-lint/core', '@followup-lint/rules', 'nlcst', 'unist']}
const output = {noBanner: true, exportReferencedTypes: false}
const texts = generateDtsBundle(
  entries.map(({from}) => ({filePath: from, libraries, output})),
  {preferredConfigPath: path.join(root, 'tsconfig.json')}
)
// Written beside and renamed into place, so that an npm pack running at the same time reads
// either the old file or the new one, never half of one.
entries.forEach(({to}, index) => {
  const file = path.join(root, 'bundle', to)
  writeFileSync(`${file}.${process.pid}`, texts[index])
  renameSync(`${file}.${process.pid}`, file)
})
