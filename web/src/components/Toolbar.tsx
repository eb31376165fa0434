import { useState } from "preact/hooks";
import { request } from "../api.js";
import { act, actOnMany } from "../actions.js";
import { Clear } from "../documents.js";
import { RetryMany } from "../documents-bulk.js";
import type { DownloadStatus } from "../gql/graphql.js";
import { plural } from "../format.js";
import type { Task } from "../store.js";
import { Confirm } from "./Confirm.js";
import { QueueToggle } from "./QueueToggle.js";

export type Filter = { status: DownloadStatus | ""; search: string; order: "newest" | "oldest" };
const STATUSES: DownloadStatus[] = ["PENDING", "DOWNLOADING", "PROCESSING", "COMPLETED", "ERROR", "CANCELLED"];
const FAILED: DownloadStatus[] = ["ERROR", "CANCELLED"];

type Clearing = { question: string; statuses: DownloadStatus[]; count: number };

/** Filter by status (with counts), search title and URL, sort, pause the queue, clear or retry what has finished. */
export function Toolbar({ filter, onFilter, tasks, online }: { filter: Filter; onFilter(filter: Filter): void; tasks: Task[]; online: boolean }) {
  const [clearing, setClearing] = useState<Clearing>();
  const counts = new Map<DownloadStatus, number>();
  for (const task of tasks) counts.set(task.status, (counts.get(task.status) ?? 0) + 1);
  const completed = counts.get("COMPLETED") ?? 0;
  const failed = tasks.filter((task) => FAILED.includes(task.status));
  const errors = failed.filter((task) => task.status === "ERROR"); // a cancelled task was stopped on purpose
  const clear = ({ statuses }: Clearing) => {
    setClearing(undefined);
    void act(request(Clear, { status: statuses }), "clearDownloads");
  };
  return (
    <div class="toolbar">
      <label>
        Status
        <select value={filter.status} onChange={(e) => onFilter({ ...filter, status: e.currentTarget.value as Filter["status"] })}>
          <option value="">{`All (${tasks.length})`}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {`${s.toLowerCase()} (${counts.get(s) ?? 0})`}
            </option>
          ))}
        </select>
      </label>
      <label class="search">
        Search
        <input type="search" placeholder="Title or URL" value={filter.search} onInput={(e) => onFilter({ ...filter, search: e.currentTarget.value })} />
      </label>
      <label>
        Sort
        <select value={filter.order} onChange={(e) => onFilter({ ...filter, order: e.currentTarget.value as Filter["order"] })}>
          <option value="newest">Newest first</option>
          <option value="oldest">Oldest first</option>
        </select>
      </label>
      <div class="toolbar-actions">
        <QueueToggle online={online} />
        <button
          disabled={!online || completed === 0}
          onClick={() => setClearing({ question: `Remove ${plural(completed, "completed task")} from the list? Their files stay in the download folder.`, statuses: ["COMPLETED"], count: completed })}
        >
          {`Clear completed (${completed})`}
        </button>
        <button
          disabled={!online || failed.length === 0}
          onClick={() => setClearing({ question: `Remove ${plural(failed.length, "failed or cancelled task")} from the list?`, statuses: FAILED, count: failed.length })}
        >
          {`Clear failed (${failed.length})`}
        </button>
        <button disabled={!online || errors.length === 0} onClick={() => void actOnMany(request(RetryMany, { ids: errors.map((task) => task.id) }), "retryDownloads")}>
          {`Retry failed (${errors.length})`}
        </button>
      </div>
      {clearing && (
        <Confirm question={clearing.question} onBack={() => setClearing(undefined)}>
          <button class="danger" onClick={() => clear(clearing)}>
            {`Clear ${clearing.count}`}
          </button>
        </Confirm>
      )}
    </div>
  );
}
