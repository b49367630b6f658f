// Builds followup-lint.vsix from the bundle alone: no dependency install, no download. vsce
// bundles first (vscode:prepublish), as it does for `vsce package` and `vsce publish`.
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {createVSIX} from '@vscode/vsce'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
await createVSIX({
  cwd: root,
  packagePath: path.join(root, 'followup-lint.vsix'),
  dependencies: false
})
