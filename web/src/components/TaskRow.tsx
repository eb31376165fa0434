import { memo } from "preact/compat";
import { formatBytes, statusLabel, when } from "../format.js";
import { follow } from "../links.js";
import type { Task } from "../store.js";
import { ErrorDetails } from "./ErrorDetails.js";
import { TaskActions } from "./TaskActions.js";

type Props = { task: Task; selected: boolean; onSelect(id: string): void; online: boolean };

/** One task: thumbnail, title, status, live progress, and what can be done with it. Re-renders only when its props change. */
export const TaskRow = memo(function TaskRow({ task, selected, onSelect, online }: Props) {
  const size = task.filesize ? formatBytes(task.filesize) : "";
  const done = task.downloadedBytes && task.status !== "COMPLETED" ? `${formatBytes(task.downloadedBytes)} of ` : "";
  const progress = Math.round(task.progress * 10) / 10;
  return (
    <li class={`task is-${statusLabel(task.status)}${selected ? " selected" : ""}`} aria-label={task.title}>
      <input type="checkbox" class="select" aria-label={`Select ${task.title}`} checked={selected} onChange={() => onSelect(task.id)} />
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
        <div class="bar" role="progressbar" aria-label={`Progress of ${task.title}`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={progress}>
          <span style={{ width: `${progress}%` }} />
        </div>
        <p class="meta">
          <span class="status">{statusLabel(task.status)}</span>
          <span>{progress}%</span>
          {/* Offline, the row is frozen: a speed and a time left would be stale. */}
          {online && task.speed && <span>{task.speed}</span>}
          {online && task.eta && <span>{task.eta} left</span>}
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
          <span class="time">
            {task.completedAt ? "Finished " : "Added "}
            <time dateTime={task.completedAt ?? task.createdAt} title={new Date(task.completedAt ?? task.createdAt).toLocaleString()}>
              {when(task.completedAt ?? task.createdAt)}
            </time>
          </span>
        </p>
        {task.status === "ERROR" && <ErrorDetails summary={task.errorSummary ?? "The download failed"} details={task.errorMessage ?? ""} />}
      </div>
      <TaskActions task={task} online={online} />
    </li>
  );
});
