// Writes the `followupLint.context` settings schema of package.json from core's context table,
// so the editor offers the keys and values the linter takes. Run after `npm run build` whenever
// a context field changes (npm run context-schema); a test fails until the two agree.
import {readFileSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {contextSettingsSchema} from '@followup-lint/core'

const file = fileURLToPath(new URL('../package.json', import.meta.url))
const manifest = JSON.parse(readFileSync(file, 'utf8'))
manifest.contributes.configuration.properties['followupLint.context'].properties = contextSettingsSchema()
writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`)
