import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Chromium tests start a browser; on a 2-core machine a generous time-out avoids flaky failures.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The suite's assertions are in English (LANG=en); the Dutch default has tests of its own.
    env: {NO_COLOR: '1', TZ: 'Pacific/Kiritimati', LANG: 'en_US.UTF-8'},
    pool: 'forks',
    // Lines of src/ run by the tests in their own processes (#9); builds started as a child
    // process (bin/bundel.js) are not counted, so the figure is a floor.
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/**/*.test.ts', 'src/test-util/**', 'src/__fixtures__/**', 'src/types/**'],
      reporter: process.env.COVERAGE_FILES ? ['text'] : ['text-summary'],
      thresholds: {lines: 90}
    }
  }
})
