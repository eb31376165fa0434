import type { DownloadStatus } from "../gql/graphql.js";
import { QueueToggle } from "./QueueToggle.js";

export type Filter = { status: DownloadStatus | ""; search: string };
const STATUSES: DownloadStatus[] = ["PENDING", "DOWNLOADING", "PROCESSING", "COMPLETED", "ERROR", "CANCELLED"];

/** Filter by status, search by title, pause the queue, clear what has finished. */
export function Toolbar({ filter, onFilter, onClear }: { filter: Filter; onFilter(filter: Filter): void; onClear(): void }) {
  return (
    <div class="toolbar">
      <label>
        Status
        <select value={filter.status} onChange={(e) => onFilter({ ...filter, status: e.currentTarget.value as Filter["status"] })}>
          <option value="">All</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {s.toLowerCase()}
            </option>
          ))}
        </select>
      </label>
      <label>
        Search
        <input type="search" placeholder="Title" value={filter.search} onInput={(e) => onFilter({ ...filter, search: e.currentTarget.value })} />
      </label>
      <QueueToggle />
      <button onClick={onClear}>Clear finished</button>
    </div>
  );
}
