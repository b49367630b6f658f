// The followup-lint package as someone outside this repository gets it: packed by npm,
// installed from the tarball into an empty folder elsewhere (its few dependencies from the npm
// registry), and used there as the READMEs say: the command, the JavaScript API, the language
// server and the TypeScript declarations.
import {type ChildProcessWithoutNullStreams, execFileSync, spawn, spawnSync} from 'node:child_process'
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {beforeAll, describe, expect, it} from 'vitest'
import {repoRoot} from './support/cli.js'
import {cliPackage, folderBytes, installedPackages, megabytes, npmEnv, packCli, type PackReport, scratch} from './support/package.js'

const {version} = JSON.parse(readFileSync(path.join(cliPackage, 'package.json'), 'utf8')) as {version: string}

let pack: {tarball: string; report: PackReport}
let app: string
let installed: {bytes: number; packages: string[]}

beforeAll(() => {
  pack = packCli()
  app = scratch('install')
  writeFileSync(path.join(app, 'package.json'), JSON.stringify({private: true, type: 'module'}))
  execFileSync('npm', ['install', '--no-audit', '--no-fund', pack.tarball], {cwd: app, env: npmEnv(), stdio: 'pipe'})
  const nodeModules = path.join(app, 'node_modules')
  installed = {bytes: folderBytes(nodeModules), packages: installedPackages(nodeModules)}
  console.log(
    `followup-lint ${version}: tarball ${megabytes(pack.report.size)} (${pack.report.files.length} files, ` +
      `${megabytes(pack.report.unpackedSize)} unpacked); installed ${megabytes(installed.bytes)} in ` +
      `${installed.packages.length} packages (${installed.packages.join(', ')})`
  )
}, 240_000)

/** A command of the installed package, run in the install folder. */
function run(bin: string, args: string[]) {
  return spawnSync(path.join(app, 'node_modules', '.bin', bin), args, {cwd: app, encoding: 'utf8'})
}

describe('the packed package', () => {
  it('holds the bundle, its declarations, the rule READMEs, README and LICENSE, and nothing else', () => {
    const files = pack.report.files.map((file) => file.path)
    expect(files).toEqual(
      expect.arrayContaining([
        'README.md',
        'LICENSE',
        'package.json',
        'bin/followup-lint.js',
        'bin/followup-lint-language-server.js',
        'bundle/index.js',
        'bundle/index.d.ts',
        'bundle/worker.js',
        'bundle/language-server.js',
        'bundle/language-server.d.ts',
        'bundle/rules/ranking-pressure/README.md'
      ])
    )
    // No TypeScript sources, tests, source maps or build state.
    const shipped = /^(?:README\.md|LICENSE|package\.json|bin\/[\w-]+\.js|bundle\/[\w-]+\.(?:js|d\.ts)|bundle\/rules\/[a-z-]+\/README\.md)$/
    expect(files.filter((file) => !shipped.test(file))).toEqual([])
    expect(readFileSync(path.join(app, 'node_modules/followup-lint/LICENSE'), 'utf8')).toBe(readFileSync(path.join(repoRoot, 'LICENSE'), 'utf8'))
  })

  it('needs no workspace package, in its manifest, its code or its types', () => {
    const manifest = JSON.parse(readFileSync(path.join(app, 'node_modules/followup-lint/package.json'), 'utf8'))
    expect(Object.keys(manifest.dependencies).filter((name) => name.startsWith('@followup-lint/'))).toEqual([])
    expect(installed.packages.filter((name) => name.startsWith('@followup-lint/'))).toEqual([])
    const bundle = path.join(app, 'node_modules/followup-lint/bundle')
    for (const file of pack.report.files.filter((entry) => /^bundle\/[\w-]+\.(?:js|d\.ts)$/.test(entry.path))) {
      const text = readFileSync(path.join(bundle, path.basename(file.path)), 'utf8')
      expect(text, file.path).not.toMatch(/(?:from|import\(|require\()\s*["']@followup-lint\//)
    }
  })

  it('stays small', () => {
    expect(pack.report.size).toBeLessThan(1_000_000)
    expect(installed.bytes).toBeLessThan(15_000_000)
    expect(installed.packages.length).toBeLessThan(15)
  })
})

describe('the installed command', () => {
  it('reports a finding in a draft and exits 1', () => {
    writeFileSync(path.join(app, 'draft.txt'), 'You are my #1 program.\n')
    const result = spawnSync('npx', ['--no', 'followup-lint', 'draft.txt'], {cwd: app, env: npmEnv(), encoding: 'utf8'})
    expect(result.stderr).toBe('')
    expect(result.stdout).toMatch(/^draft\.txt\n1:1-1:14 +error +“You are my #1” tells the program .* ranking-pressure\n/)
    expect(result.status).toBe(1)
  })

  it('loads what it keeps outside the bundle: YAML configuration and front matter, Markdown, the dictionary', () => {
    const folder = path.join(app, 'configured')
    mkdirSync(folder)
    writeFileSync(path.join(folder, '.followuplintrc.yaml'), 'rules:\n  spelling: warning\n')
    writeFileSync(path.join(folder, 'thanks.md'), '---\nkind: thank-you\n---\nDear Dr. Okafor,\n\nThank you for teh tour.\n')
    const result = run('followup-lint', ['--format', 'json', 'configured/thanks.md'])
    expect(result.stderr).toBe('')
    const [report] = JSON.parse(result.stdout) as {kind: string; messages: {ruleId: string; line: number; column: number}[]}[]
    expect(report!.kind).toBe('thank-you')
    expect(report!.messages).toContainEqual(expect.objectContaining({ruleId: 'spelling', line: 6, column: 15}))
  })

  it('lints a folder in worker threads, which load from the installed bundle', () => {
    const folder = path.join(app, 'many')
    mkdirSync(folder)
    for (let index = 0; index < 6; index++) writeFileSync(path.join(folder, `draft-${index}.txt`), `You are my #${index + 1} program.\n`)
    const threaded = run('followup-lint', ['--format', 'json', '--concurrency', '2', 'many'])
    expect(threaded.stderr).toBe('')
    expect(threaded.status).toBe(1)
    expect(JSON.parse(threaded.stdout)).toHaveLength(6)
    expect(threaded.stdout).toBe(run('followup-lint', ['--format', 'json', '--concurrency', '1', 'many']).stdout)
  })

  it('explains a rule with its sources and public link, and no path inside the package', () => {
    const result = run('followup-lint', ['--explain', 'flattery'])
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/^flattery\n=+\n/)
    expect(result.stdout).toMatch(/\nSources\n-+\n {2}1\. .+\n {5}https:\/\//)
    expect(result.stdout).toContain('https://github.com/followup-lint/followup-lint/blob/main/rules/flattery/README.md')
    expect(result.stdout).not.toContain('file:')
    expect(result.stdout).not.toContain(app)
  })
})

describe('the README\'s JavaScript example, run against the installed package', () => {
  it('prints what its comment says', () => {
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8')
    const example = readme.split('From JavaScript')[1]!.split('```js\n')[1]!.split('```')[0]!
    expect(example).toContain("from 'followup-lint'")
    const expected = /console\.log\(.*\) \/\/ '(.*)'/.exec(example)![1]
    writeFileSync(path.join(app, 'example.mjs'), example)
    const result = spawnSync(process.execPath, ['example.mjs'], {cwd: app, encoding: 'utf8'})
    expect(result.stderr).toBe('')
    expect(result.stdout).toBe(`${expected}\n`)
  })
})

/** Speaks LSP over a child's standard streams as an editor does: JSON bodies behind a Content-Length header. */
function lspPeer(child: ChildProcessWithoutNullStreams) {
  const received: {id?: number; method?: string; params?: any; result?: any}[] = []
  const waiting: {test: (message: (typeof received)[number]) => boolean; resolve: (message: (typeof received)[number]) => void}[] = []
  let buffer = Buffer.alloc(0)
  const send = (message: object) => {
    const body = Buffer.from(JSON.stringify({jsonrpc: '2.0', ...message}))
    child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]))
  }
  child.stdout.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk])
    for (let end = buffer.indexOf('\r\n\r\n'); end >= 0; end = buffer.indexOf('\r\n\r\n')) {
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString('latin1'))![1])
      if (buffer.length < end + 4 + length) break
      const message = JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString('utf8'))
      buffer = buffer.subarray(end + 4 + length)
      // The server's own requests get an empty answer, as from an editor with no such feature.
      if (message.id !== undefined && message.method) send({id: message.id, result: null})
      received.push(message)
      for (const waiter of [...waiting]) {
        if (waiter.test(message)) waiting.splice(waiting.indexOf(waiter), 1), waiter.resolve(message)
      }
    }
  })
  const next = (test: (message: (typeof received)[number]) => boolean) =>
    new Promise<(typeof received)[number]>((resolve) => {
      const past = received.find(test)
      if (past) resolve(past)
      else waiting.push({test, resolve})
    })
  return {send, next}
}

describe('the installed language server', () => {
  it('answers initialize over stdio, lints an opened draft, and exits cleanly on shutdown and exit', async () => {
    const child = spawn(path.join(app, 'node_modules', '.bin', 'followup-lint-language-server'), ['--stdio'], {cwd: app, stdio: 'pipe'})
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
    const peer = lspPeer(child)

    peer.send({id: 1, method: 'initialize', params: {processId: process.pid, rootUri: pathToFileURL(app).href, capabilities: {}}})
    const {result} = await peer.next((message) => message.id === 1)
    expect(result.serverInfo).toEqual({name: 'followup-lint-language-server', version})
    expect(result.capabilities).toMatchObject({
      textDocumentSync: {openClose: true, change: 2},
      codeActionProvider: {codeActionKinds: ['quickfix']},
      hoverProvider: true
    })
    peer.send({method: 'initialized', params: {}})

    const uri = pathToFileURL(path.join(app, 'open.txt')).href
    peer.send({method: 'textDocument/didOpen', params: {textDocument: {uri, languageId: 'plaintext', version: 1, text: 'You are my #1 program.\n'}}})
    const {params} = await peer.next((message) => message.method === 'textDocument/publishDiagnostics' && message.params.uri === uri)
    const finding = params.diagnostics.find((diagnostic: {code: string}) => diagnostic.code === 'ranking-pressure')
    expect(finding).toMatchObject({range: {start: {line: 0, character: 0}, end: {line: 0, character: 13}}, severity: 1})
    // The rule's documentation link is its public page, which an editor can open from anywhere.
    expect(finding.codeDescription.href).toBe('https://github.com/followup-lint/followup-lint/blob/main/rules/ranking-pressure/README.md')

    peer.send({id: 2, method: 'shutdown'})
    expect(await peer.next((message) => message.id === 2)).toMatchObject({result: null})
    peer.send({method: 'exit'})
    expect(await exited).toBe(0)
    expect(stderr).toBe('')
  })
})

describe('followup-lint/language-server', () => {
  it('gives a program the server to start on a connection of its own', () => {
    const script = [
      "import {defaultSettings, settingsSection, startServer} from 'followup-lint/language-server'",
      'console.log(typeof startServer, settingsSection, defaultSettings.enable)'
    ].join('\n')
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {cwd: app, encoding: 'utf8'})
    expect(result.stderr).toBe('')
    expect(result.stdout).toBe('function followupLint true\n')
  })
})

describe('the installed declarations', () => {
  it('type-check a TypeScript consumer of both entries, with no @followup-lint package to import from', () => {
    writeFileSync(
      path.join(app, 'consumer.ts'),
      [
        "import {defaultRules, lint, type Diagnostic, type LintContext, type LintResult, type Rule} from 'followup-lint'",
        "import {startServer, toLspDiagnostics, type Settings} from 'followup-lint/language-server'",
        '',
        "const context: LintContext = {kind: 'thank-you'}",
        "const result: LintResult = await lint('You are my #1 program.', {context, rules: {flattery: 'off'}})",
        'const first: Diagnostic | undefined = result.messages[0]',
        'const ids: string[] = defaultRules.map((rule: Rule) => rule.meta.id)',
        'const settings: Settings | undefined = undefined',
        'console.log(first?.ruleId, ids, typeof startServer, typeof toLspDiagnostics, settings)',
        ''
      ].join('\n')
    )
    // skipLibCheck off, so that the package's own declarations are checked too.
    const compilerOptions = {
      strict: true,
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      target: 'ES2022',
      noEmit: true,
      skipLibCheck: false,
      types: ['node'],
      typeRoots: [path.join(repoRoot, 'node_modules/@types')]
    }
    writeFileSync(path.join(app, 'tsconfig.json'), JSON.stringify({compilerOptions, files: ['consumer.ts']}))
    const tsc = spawnSync(process.execPath, [path.join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', app], {cwd: app, encoding: 'utf8'})
    expect(tsc.stdout).toBe('')
    expect(tsc.status).toBe(0)
  }, 120_000)
})
