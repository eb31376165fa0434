import type { TestProject } from "vitest/node";
import { startPostgres } from "./fixtures/postgres.js";
import { startRedis } from "./fixtures/redis.js";

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
    redisUrl: string;
  }
}

/**
 * For the postgresql project: one throwaway cluster for the run, each test server on a database
 * of its own; and one Redis, so events there travel the way several instances need.
 */
export default async function setup(project: TestProject) {
  const [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
  project.provide("postgresUrl", postgres.url);
  project.provide("redisUrl", redis.url);
  return async () => {
    await Promise.all([postgres.stop(), redis.stop()]);
  };
}
