import { constants } from "node:fs";
import { access, statfs } from "node:fs/promises";

/** Below this much free space a folder counts as full: the database needs room to write a page or two. */
export const MIN_FREE_BYTES = 2 * 1024 * 1024;

/** What is wrong with a folder the server writes to: full, not writable, or missing; undefined when fine. */
export async function folderProblem(name: string, dir: string): Promise<string | undefined> {
  try {
    await access(dir, constants.W_OK);
  } catch (error) {
    return `${name} is not writable (${(error as NodeJS.ErrnoException).code})`;
  }
  return (await hasRoom(dir)) ? undefined : `${name} is full (less than ${MIN_FREE_BYTES / 1024 / 1024} MB free)`;
}

/** Whether the disk holding `dir` has MIN_FREE_BYTES free; a folder that cannot be asked counts as roomy. */
const hasRoom = (dir: string) => statfs(dir).then(({ bavail, bsize }) => bavail * bsize >= MIN_FREE_BYTES, () => true);

/** Whether an error says the disk (or the database's storage) is full: SQLite, PostgreSQL and the file system. */
export function isStorageFull(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  return code === "SQLITE_FULL" || code === "ENOSPC" || code === "53100" || /disk is full|no space left/i.test(message ?? "");
}

/** Whether any of some folders is full. Room is remembered for a second (adds come in bursts); a full disk is asked again each time. */
export class SpaceCheck {
  private roomUntil = 0;
  /** The look in progress: requests arriving together share it (500 at once made 1,000 statfs calls). */
  private looking?: Promise<boolean>;

  constructor(private readonly dirs: string[]) {}

  async full(now = Date.now()): Promise<boolean> {
    if (now < this.roomUntil) return false;
    this.looking ??= Promise.all(this.dirs.map(hasRoom))
      .then((room) => {
        const full = room.includes(false);
        if (!full) this.roomUntil = Date.now() + 1000;
        return full;
      })
      .finally(() => (this.looking = undefined));
    return this.looking;
  }
}
