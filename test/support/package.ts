// The followup-lint package as npm packs it, for the tests that install it where a user would.
import {execFileSync} from 'node:child_process'
import {lstatSync, mkdtempSync, readdirSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {repoRoot} from './cli.js'

export const cliPackage = path.join(repoRoot, 'packages', 'cli')

/** What `npm pack --json` says of the tarball it wrote. */
export interface PackReport {
  filename: string
  /** The tarball's size in bytes. */
  size: number
  unpackedSize: number
  files: {path: string; size: number}[]
}

/**
 * The environment for npm in a test: without the npm_* variables that an `npm test` run sets,
 * which would point a nested npm at this repository's package.json and settings.
 */
export function npmEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name) && name !== 'INIT_CWD'))
}

/** A new empty folder outside the repository. */
export function scratch(name: string): string {
  return mkdtempSync(path.join(tmpdir(), `followup-lint-${name}-`))
}

/** Packs the built package (npm runs its prepack, which writes the type declarations) into a new folder. */
export function packCli(): {tarball: string; report: PackReport} {
  const destination = scratch('pack')
  const output = execFileSync('npm', ['pack', '--json', '--pack-destination', destination], {
    cwd: cliPackage,
    env: npmEnv(),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const [report] = JSON.parse(output) as PackReport[]
  return {tarball: path.join(destination, report!.filename), report: report!}
}

/** The bytes of every file below a folder, as `du -sb` counts them (links not followed). */
export function folderBytes(dir: string): number {
  let total = 0
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const full = path.join(dir, entry.name)
    total += entry.isDirectory() ? folderBytes(full) : lstatSync(full).size
  }
  return total
}

/** Every package npm installed in a node_modules folder, nested ones too, from the lockfile it keeps there. */
export function installedPackages(nodeModules: string): string[] {
  const lock = JSON.parse(readFileSync(path.join(nodeModules, '.package-lock.json'), 'utf8')) as {packages: Record<string, unknown>}
  return Object.keys(lock.packages).map((key) => key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length))
}

/** Megabytes, for the log. */
export function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(2)} MB`
}
