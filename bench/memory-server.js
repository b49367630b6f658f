// The language server as its binary starts it, but with no debounce (so that every edit is
// linted) and one extra request, bench/memory, that answers with the process's memory after a
// full garbage collection. Start it with --expose-gc.
import {startServer} from '@followup-lint/language-server'
import {createConnection, ProposedFeatures} from 'vscode-languageserver/node'

const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout)
connection.onRequest('bench/memory', () => {
  globalThis.gc?.()
  const {heapUsed, rss} = process.memoryUsage()
  return {heapUsed, rss}
})
startServer(connection, {debounce: 0})
