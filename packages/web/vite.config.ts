import {fileURLToPath} from 'node:url'
import {defineConfig, type Plugin} from 'vite'

const here = (relative: string) => fileURLToPath(new URL(relative, import.meta.url))

// The spelling rule reads a Hunspell dictionary from disk, which a browser cannot do. The page
// leaves the rule out of its rule set, so these imports are never reached; resolving them to a
// module that says so keeps the dictionary and its parser out of the bundle.
function withoutSpellingData(): Plugin {
  const id = '\0followup-lint-without-spelling'
  return {
    name: 'followup-lint-without-spelling',
    enforce: 'pre',
    resolveId(source) {
      return source === 'retext-spell' || source === 'dictionary-en' ? id : undefined
    },
    load(loaded) {
      if (loaded !== id) return undefined
      return 'export default function unavailable() {\n  throw new Error("The spelling rule does not run in the browser.")\n}\n'
    }
  }
}

export default defineConfig({
  // Relative paths, so that dist/ works from any folder of any static host.
  base: './',
  plugins: [withoutSpellingData()],
  resolve: {
    // Bundle the TypeScript sources, as the tests run them, so the page is never built from a
    // stale compile of core or the rules.
    alias: {
      '@followup-lint/core': here('../core/src/index.ts'),
      '@followup-lint/rules': here('../../rules/index.ts')
    }
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Chromium, Firefox and Safari all support modulepreload; the polyfill would fetch().
    modulePreload: {polyfill: false},
    // Inlined assets would be data: URLs, which the Content Security Policy does not allow.
    assetsInlineLimit: 0
  },
  server: {
    host: '127.0.0.1',
    // The example drafts are the repository's own fixtures.
    fs: {allow: [here('../..')]}
  },
  preview: {host: '127.0.0.1'}
})
