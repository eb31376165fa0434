import type { TestProject } from "vitest/node";
import { startPostgres } from "./fixtures/postgres.js";

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

/** For the postgresql project: one throwaway cluster for the run; each test server gets its own database. */
export default async function setup(project: TestProject) {
  const postgres = await startPostgres();
  project.provide("postgresUrl", postgres.url);
  return () => postgres.stop();
}
