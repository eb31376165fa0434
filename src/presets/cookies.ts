import { chmod, mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { InputError } from "../domain/errors.js";

export const MAX_COOKIES_BYTES = 1024 * 1024;
const HEADER = "# Netscape HTTP Cookie File";

/**
 * Checks a Netscape cookies file (what browser extensions export, and yt-dlp's --cookies reads):
 * each cookie a line of 7 tab-separated fields. Errors name the line, never its content.
 */
export function checkCookies(text: string): string {
  if (Buffer.byteLength(text) > MAX_COOKIES_BYTES) throw new InputError("cookies", `must be at most ${MAX_COOKIES_BYTES} bytes`);
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  let cookies = 0;
  lines.forEach((line, index) => {
    if (!line.trim() || (line.startsWith("#") && !line.startsWith("#HttpOnly_"))) return;
    const fields = line.split("\t");
    const bad = (what: string) => new InputError("cookies", `line ${index + 1} is not a cookie: ${what} (a Netscape cookies file has 7 tab-separated fields per line)`);
    if (fields.length !== 7) throw bad(`it has ${fields.length} field(s)`);
    const [domain, subdomains, , secure, expires] = fields as [string, string, string, string, string];
    if (!domain.replace(/^#HttpOnly_/, "")) throw bad("the domain is empty");
    if (!/^(TRUE|FALSE)$/i.test(subdomains) || !/^(TRUE|FALSE)$/i.test(secure)) throw bad("fields 2 and 4 must be TRUE or FALSE");
    if (!/^-?\d+$/.test(expires)) throw bad("field 5 (expiry) must be a number");
    cookies += 1;
  });
  if (cookies === 0) throw new InputError("cookies", "holds no cookie (a Netscape cookies file has 7 tab-separated fields per line)");
  const normalized = lines.join("\n");
  return normalized.startsWith("# Netscape HTTP Cookie File") || normalized.startsWith("# HTTP Cookie File") ? normalized : `${HEADER}\n${normalized}`;
}

/** Where a preset's cookies live: DATA_DIR/cookies, readable by this server's user only. */
export class CookieFiles {
  private readonly dir: string;

  constructor(dataDir: string) {
    this.dir = path.join(dataDir, "cookies");
  }

  fileOf(presetId: string): string {
    return path.join(this.dir, `${presetId}.txt`);
  }

  /** Writes them (mode 0600) in place of any before, atomically. */
  async save(presetId: string, text: string): Promise<void> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const file = this.fileOf(presetId);
    const temporary = `${file}.new`;
    await writeFile(temporary, text, { mode: 0o600 });
    await chmod(temporary, 0o600); // an older file of the same name may have kept another mode
    await rename(temporary, file);
  }

  async remove(presetId: string): Promise<void> {
    await rm(this.fileOf(presetId), { force: true });
  }
}
