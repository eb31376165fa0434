import { ensureMedia } from "./fixtures/media.js";

/** Generates the fixture media once per run (cached between runs). */
export default async function setup() {
  await ensureMedia();
}
