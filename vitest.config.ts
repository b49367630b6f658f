import {fileURLToPath} from 'node:url'
import {defineConfig} from 'vitest/config'

export default defineConfig({
  resolve: {
    // Tests run the TypeScript sources, so a test never passes against a stale build.
    alias: {
      '@followup-lint/core/node': fileURLToPath(new URL('packages/core/src/node/index.ts', import.meta.url)),
      '@followup-lint/core': fileURLToPath(new URL('packages/core/src/index.ts', import.meta.url))
    }
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'rules/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 20_000
  }
})
