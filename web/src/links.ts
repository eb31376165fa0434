import { request } from "./api.js";
import { FreshLinks } from "./documents.js";
import { linkExpired } from "./format.js";
import type { Task } from "./store.js";

/**
 * Follows a task's link, signed anew first when it has expired: a finished task gets no more
 * events, so a page left open for more than an hour holds links that no longer open.
 */
export async function follow(event: MouseEvent, task: Task, link: "fileUrl" | "thumbnailUrl"): Promise<void> {
  if (!linkExpired(task[link]!)) return;
  event.preventDefault();
  const fresh = (await request(FreshLinks, { id: task.id })).download?.[link];
  if (!fresh) return;
  const anchor = Object.assign(document.createElement("a"), { href: fresh, rel: "noopener" });
  if (link === "fileUrl") anchor.download = task.filename ?? "";
  else anchor.target = "_blank";
  anchor.click();
}
