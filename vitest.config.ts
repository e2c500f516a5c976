import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    // Each file gets its own process: Payload instances, env and SQLite files never leak between files.
    pool: 'forks',
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Two cores: more parallel ffmpeg runs only make every test slower.
    maxWorkers: 2,
  },
})
