import {createConnection, ProposedFeatures} from 'vscode-languageserver/node'
import {startServer} from './server.js'
import {serverVersion} from './version.js'

const usage = `Usage: followup-lint-language-server --stdio

Speaks the Language Server Protocol over standard input and output (or --node-ipc,
--socket=<port>, --pipe=<name>), for editors that lint follow-up emails with followup-lint.
`

const args = process.argv.slice(2)
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(usage)
} else if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${serverVersion}\n`)
} else if (!args.some((arg) => /^--(?:stdio|node-ipc|socket=|pipe=)/.test(arg))) {
  process.stderr.write(`followup-lint-language-server: say how to talk to the editor\n\n${usage}`)
  process.exitCode = 2
} else {
  // A failure while answering one request must not take the editor's linting down with it.
  process.on('unhandledRejection', (reason) => {
    process.stderr.write(`followup-lint-language-server: ${(reason as Error)?.stack ?? String(reason)}\n`)
  })
  startServer(createConnection(ProposedFeatures.all))
}
