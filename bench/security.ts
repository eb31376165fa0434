/**
 * Query-bomb benchmark: starts the real server as a process with a 3-entry playlist, sends each
 * abusive query of the security suite 20 times, each alongside a `GET /api/downloads?limit=20`,
 * and prints how fast the bomb is refused and how long the concurrent request took.
 *
 *   npm run bench:security
 */
import { ensureMedia } from "../test/fixtures/media.js";
import { startFixtureServer } from "../test/fixtures/server.js";
import { waitFor } from "../test/helpers.js";
import { BOMBS } from "../test/security/bombs.js";
import { ADD, startServerProcess } from "../test/security/server.js";

const ROUNDS = 20;

await ensureMedia();
const fixture = await startFixtureServer();
const server = await startServerProcess({ ALLOW_PRIVATE_ADDRESSES: "true" });
await server.gql(ADD, { url: fixture.url("/feed.rss?bench") });
await waitFor(async () => ((await server.gql(`{ downloads { id } }`)).body.data!.downloads as unknown[]).length === 3);

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;
const timed = async <T>(work: Promise<T>, started: number) => {
  await work;
  return performance.now() - started;
};

console.log(`| query | refused p50 | refused max | concurrent GET p50 | concurrent GET max |`);
console.log(`|---|---|---|---|---|`);
for (const [name, query] of BOMBS) {
  const refused: number[] = [];
  const other: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const started = performance.now();
    const [bomb, get] = await Promise.all([
      timed(server.gql(query), started),
      timed(fetch(`${server.base}/api/downloads?limit=20`).then((r) => r.json()), started),
    ]);
    refused.push(bomb);
    other.push(get);
  }
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  console.log(`| ${name} | ${ms(percentile(refused, 50))} | ${ms(Math.max(...refused))} | ${ms(percentile(other, 50))} | ${ms(Math.max(...other))} |`);
}
await server.close();
await fixture.close();
