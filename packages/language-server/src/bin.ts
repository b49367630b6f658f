import {createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter} from 'vscode-languageserver/node'
import {framingGuard} from './framing.js'
import {startServer} from './server.js'
import {serverVersion} from './version.js'

const usage = `Usage: followup-lint-language-server --stdio

Speaks the Language Server Protocol over standard input and output (or --node-ipc,
--socket=<port>, --pipe=<name>), for editors that lint follow-up emails with followup-lint.
`

/** The largest message taken from the editor: a document at the size cap, escaped as JSON, with room to spare. */
const maxMessageBytes = 64 * 1024 * 1024

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
  if (args.includes('--stdio')) {
    // Standard input is checked frame by frame: a broken frame ends the server with a reason,
    // rather than leaving it alive and deaf (see framing.ts).
    const guard = framingGuard(maxMessageBytes)
    guard.on('error', (error) => {
      process.stderr.write(`followup-lint-language-server: the editor sent ${error.message}; stopping, since nothing after it can be read\n`)
      process.exit(1)
    })
    process.stdin.pipe(guard)
    startServer(createConnection(ProposedFeatures.all, new StreamMessageReader(guard), new StreamMessageWriter(process.stdout)))
  } else {
    startServer(createConnection(ProposedFeatures.all))
  }
}
