import { defineConfig } from 'vitest/config';

/**
 * One `npm test` runs every tier: unit tests of the core, API and CLI tests against
 * PGlite and (when TEST_DATABASE_URL is set) a real PostgreSQL server, and the browser
 * journeys in the system Chromium.
 */
const withPostgres = Boolean(process.env.TEST_DATABASE_URL);

const integration = (engine: 'pglite' | 'postgres') => ({
  extends: true as const,
  test: {
    name: `api-${engine}`,
    include: ['tests/api/**/*.test.ts', 'tests/cli/**/*.test.ts'],
    env: { PARCOURS_TEST_ENGINE: engine },
    globalSetup: ['tests/helpers/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

export default defineConfig({
  test: {
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts'] } },
      integration('pglite'),
      ...(withPostgres ? [integration('postgres')] : []),
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.spec.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
