import {lintDraft} from '@followup-lint/core/node'
import {createLinter} from '@followup-lint/core'
import {defaultRules} from '@followup-lint/rules'
const text = 'X'.repeat(+process.argv[2])
for (const r of defaultRules) { const l = createLinter([r]); const t = performance.now(); l.lint(text); const ms = performance.now()-t; if (ms > 50) console.log(r.meta.id, ms.toFixed(0)) }
for (const ext of ['txt','md','eml']) { const t = performance.now(); await lintDraft(ext==='eml' ? 'Content-Type: text/html\n\n'+text : text, {filePath:'/tmp/x.'+ext, rules: defaultRules}); console.log(ext, (performance.now()-t).toFixed(0)) }
