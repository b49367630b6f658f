import {existsSync, rmSync} from 'node:fs'
import path from 'node:path'

/** A program a real-client test drives: where it is, or why the test is skipped. */
export interface Program {
  path: string | undefined
  /** True only when the program is missing and CI is not set: under CI a missing program fails. */
  skip: boolean
  /** The describe block's title, which says when and why it was skipped. */
  title: string
}

/**
 * Look for a program by name on the PATH, or at an absolute path. Without it the tests that
 * need it are skipped, saying so, except under CI, whose machine installs it: there they run
 * and fail.
 */
export function findProgram(label: string, title: string, candidates: readonly string[]): Program {
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)
  for (const candidate of candidates) {
    if (path.isAbsolute(candidate)) {
      if (existsSync(candidate)) return {path: candidate, skip: false, title}
      continue
    }
    const found = dirs.map((dir) => path.join(dir, candidate)).find((file) => existsSync(file))
    if (found) return {path: found, skip: false, title}
  }
  const why = `${label} is not installed (looked for ${candidates.join(', ')})`
  if (process.env.CI) return {path: undefined, skip: false, title: `${title} (${why}, and CI is set: failing)`}
  process.stderr.write(`followup-lint tests: skipping "${title}": ${why}. Install it, or set CI=1 to make these tests fail instead.\n`)
  return {path: undefined, skip: true, title: `${title} (skipped: ${why})`}
}

/**
 * Chromium's flags for the browser tests: no sandbox (CI runs as root), and none of the
 * browser's own background traffic, so that every request a test sees is the page's.
 */
export const chromiumArgs: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

/** Close what a browser test opened, whichever parts it got to: the browser, its server, its profile folder. */
export async function closeBrowserTest(
  browser: {close(): Promise<void>} | undefined,
  server: {close(done: () => void): void} | undefined,
  userData: string | undefined
): Promise<void> {
  await browser?.close()
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
  if (userData) rmSync(userData, {recursive: true, force: true})
}
