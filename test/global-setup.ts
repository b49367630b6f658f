import {execFileSync} from 'node:child_process'
import {repoRoot} from './support/cli.js'

// The end-to-end tests spawn the built binaries, so they must not run against a stale build.
export default function setup(): void {
  execFileSync('npm', ['run', 'build', '--silent'], {cwd: repoRoot, stdio: 'inherit'})
}
