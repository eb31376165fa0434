import { defineConfig } from "vitest/config";

/** Run again on PostgreSQL (test/postgres-setup.ts): the engine, the task life cycle and REST. */
const ON_POSTGRES = ["test/core.test.ts", "test/lifecycle.test.ts", "test/rest.test.ts", "test/contract.test.ts", "test/connection.test.ts", "test/order.test.ts", "test/presets.test.ts", "test/listing.test.ts", "test/group-commit.test.ts", "test/postgres/*.test.ts"];

export default defineConfig({
  test: {
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // A page on a loaded 2-core CI machine can take seconds to reconnect; a poll that succeeds returns at once.
    expect: { poll: { timeout: 10_000 } },
    pool: "forks",
    projects: [
      { extends: true, test: { name: "sqlite", include: ["test/**/*.test.ts"], exclude: ["test/postgres/**"] } },
      { extends: true, test: { name: "postgresql", include: ON_POSTGRES, globalSetup: ["test/postgres-setup.ts"] } },
    ],
  },
});
