import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Chromium tests start a browser; on a 2-core machine a generous time-out avoids flaky failures.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    env: {NO_COLOR: '1', TZ: 'Pacific/Kiritimati'},
    pool: 'forks'
  }
})
