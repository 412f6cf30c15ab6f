import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.spec.ts'],
    environment: 'node',
    // Keychain and SQLite tests do real I/O; give slow CI machines room.
    testTimeout: 20_000,
    pool: 'forks',
  },
});
