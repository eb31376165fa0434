import { memo } from "preact/compat";
import { useState } from "preact/hooks";
import { request } from "../api.js";
import { Cancel, FreshLinks, Prioritize, Remove, Retry } from "../documents.js";
import { formatBytes, isUnfinished, linkExpired, statusLabel } from "../format.js";
import type { Task } from "../store.js";
import { act } from "../actions.js";

/**
 * Follows a task's link, signed anew first when it has expired: a finished task gets no more
 * events, so a page left open for more than an hour holds links that no longer open.
 */
async function follow(event: MouseEvent, task: Task, link: "fileUrl" | "thumbnailUrl"): Promise<void> {
  if (!linkExpired(task[link]!)) return;
  event.preventDefault();
  const fresh = (await request(FreshLinks, { id: task.id })).download?.[link];
  if (!fresh) return;
  const anchor = Object.assign(document.createElement("a"), { href: fresh, rel: "noopener" });
  if (link === "fileUrl") anchor.download = task.filename ?? "";
  else anchor.target = "_blank";
  anchor.click();
}

/** One task: thumbnail, title, status, live progress, and what can be done with it. Re-renders only when its task changes. */
export const TaskRow = memo(function TaskRow({ task }: { task: Task }) {
  const [confirming, setConfirming] = useState(false);
  const size = task.filesize ? formatBytes(task.filesize) : "";
  const done = task.downloadedBytes && task.status !== "COMPLETED" ? `${formatBytes(task.downloadedBytes)} of ` : "";
  const progress = Math.round(task.progress * 10) / 10;
  return (
    <li class={`task is-${statusLabel(task.status)}`} aria-label={task.title}>
      {task.thumbnailUrl ? (
        <a
          class="thumb"
          href={task.thumbnailUrl}
          target="_blank"
          rel="noopener"
          aria-label={`Open thumbnail of ${task.title}`}
          onClick={(event) => void follow(event, task, "thumbnailUrl")}
        >
          <img src={task.thumbnailUrl} alt="" loading="lazy" />
        </a>
      ) : (
        <span class="thumb placeholder" aria-hidden="true">
          {task.downloadType === "AUDIO" ? "♪" : "▶"}
        </span>
      )}
      <div class="body">
        <p class="title" title={task.url}>
          {task.isPlaylist && <span class="index">{task.playlistIndex}. </span>}
          {task.title}
        </p>
        <div
          class="bar"
          role="progressbar"
          aria-label={`Progress of ${task.title}`}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={progress}
        >
          <span style={{ width: `${progress}%` }} />
        </div>
        <p class="meta">
          <span class="status">{statusLabel(task.status)}</span>
          <span>{progress}%</span>
          {task.speed && <span>{task.speed}</span>}
          {task.eta && <span>{task.eta} left</span>}
          {size && <span class="size">{done + size}</span>}
          {task.formatNote && <span>{task.formatNote}</span>}
          {task.filename && task.status === "COMPLETED" && <span class="file">{task.filename.replace(/^.*__[0-9a-f-]{36}/, "") || task.filename}</span>}
          {task.preset && <span class="preset">{task.preset.name}</span>}
          {task.files
            .filter((file) => file.kind === "SUBTITLE")
            .map((file) => (
              <a key={file.name} href={file.url} download>
                {file.name.split(".").slice(-2).join(".")}
              </a>
            ))}
        </p>
        {task.errorMessage && <p class="error">{task.errorMessage}</p>}
      </div>
      <div class="actions">
        {task.fileUrl && (
          <a class="button" href={task.fileUrl} download={task.filename ?? ""} onClick={(event) => void follow(event, task, "fileUrl")}>
            Save file
          </a>
        )}
        {task.status === "PENDING" && <button onClick={() => act(request(Prioritize, { id: task.id }), "prioritizeDownload")}>Move to front</button>}
        {isUnfinished(task.status) && <button onClick={() => act(request(Cancel, { id: task.id }), "cancelDownload")}>Cancel</button>}
        {(task.status === "ERROR" || task.status === "CANCELLED") && (
          <button onClick={() => act(request(Retry, { id: task.id }), "retryDownload")}>Retry</button>
        )}
        {confirming ? (
          <span class="confirm" role="group" aria-label={`Remove ${task.title}?`}>
            <button onClick={() => act(request(Remove, { id: task.id, deleteFile: false }), "removeDownload")}>Keep file</button>
            <button class="danger" onClick={() => act(request(Remove, { id: task.id, deleteFile: true }), "removeDownload")}>
              Delete file
            </button>
            <button onClick={() => setConfirming(false)}>Back</button>
          </span>
        ) : (
          <button onClick={() => setConfirming(true)}>Remove</button>
        )}
      </div>
    </li>
  );
});
