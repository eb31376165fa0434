import { open } from "node:fs/promises";

/** The image formats a thumbnail may be, by the bytes they start with. */
const SIGNATURES: Array<{ type: string; ext: string; matches(head: Buffer): boolean }> = [
  { type: "image/jpeg", ext: "jpg", matches: (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff },
  { type: "image/png", ext: "png", matches: (h) => h.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { type: "image/webp", ext: "webp", matches: (h) => h.toString("latin1", 0, 4) === "RIFF" && h.toString("latin1", 8, 12) === "WEBP" },
];

export type ImageType = { type: string; ext: string };

/**
 * What image a file really is, from its first bytes (never from its name or a server's
 * Content-Type); undefined for anything else, HTML and SVG included, or a file that is gone.
 */
export async function imageType(file: string): Promise<ImageType | undefined> {
  const handle = await open(file, "r").catch(() => undefined);
  if (!handle) return undefined;
  try {
    const head = Buffer.alloc(12);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const found = SIGNATURES.find((s) => s.matches(head.subarray(0, bytesRead)));
    return found && { type: found.type, ext: found.ext };
  } finally {
    await handle.close();
  }
}
