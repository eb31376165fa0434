import { randomUUID } from "node:crypto";
import path from "node:path";
import { openDatabase } from "../src/store/database.js";

/** Stores `count` finished tasks in the server's database, the way completed downloads leave them. */
export async function fillTasks(dataDir: string, count: number): Promise<void> {
  const store = await openDatabase(`file:${path.join(dataDir, "downloads.db")}`, { migrate: false }); // the running server migrated it
  const now = Date.now();
  for (let start = 0; start < count; start += 1000) {
    await store.tasks.insertEntries(
      Array.from({ length: Math.min(1000, count - start) }, (_, i) => {
        const id = randomUUID();
        return {
          id, groupId: id, url: `https://example.com/video/${start + i}`, title: `Video ${start + i}`, status: "completed",
          progress: 100, filesize: 5_000_000, downloadedBytes: 5_000_000, formatNote: "720p", quality: "best",
          filename: `Video ${start + i}__${id}.mp4`, createdAt: new Date(now - (count - start - i) * 1000), completedAt: new Date(now),
          downloadType: "video",
        };
      }),
    );
  }
  await store.close();
}
