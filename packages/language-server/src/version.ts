import {readFileSync} from 'node:fs'

// A bundle replaces this name with the version it was built from, since it ships without the
// package's own package.json.
declare const FOLLOWUP_LINT_SERVER_VERSION: string | undefined

function fromManifest(): string {
  try {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version?: string}
    return manifest.version ?? '0.0.0'
  } catch {
    return '0.0.0'
  }
}

/** The server's version, as shown in `serverInfo` and by `--version`. */
export const serverVersion: string =
  typeof FOLLOWUP_LINT_SERVER_VERSION === 'string' ? FOLLOWUP_LINT_SERVER_VERSION : fromManifest()
