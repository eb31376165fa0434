import { useEffect, useRef, useState } from "preact/hooks";
import { request } from "../api.js";
import { act } from "../actions.js";
import { CancelGroup } from "../documents.js";
import { isUnfinished } from "../format.js";
import type { Task } from "../store.js";
import { TaskRow } from "./TaskRow.js";

type Item = { kind: "task"; task: Task } | { kind: "playlist"; groupId: string; entries: Task[] };

/** Playlist entries are gathered under their playlist, where its newest entry would be. */
function itemsOf(tasks: Task[]): Item[] {
  const items: Item[] = [];
  const playlists = new Map<string, Task[]>();
  for (const task of tasks) {
    if (!task.isPlaylist) {
      items.push({ kind: "task", task });
      continue;
    }
    let entries = playlists.get(task.groupId);
    if (!entries) {
      playlists.set(task.groupId, (entries = []));
      items.push({ kind: "playlist", groupId: task.groupId, entries });
    }
    entries.push(task);
  }
  for (const entries of playlists.values()) entries.sort((a, b) => a.playlistIndex - b.playlistIndex);
  return items;
}

/** Rows rendered at first, and added each time the end of the list scrolls into view. */
const WINDOW = 100;

type Props = { tasks: Task[]; shown: (task: Task) => boolean; selected: ReadonlySet<string>; onSelect(id: string): void; online: boolean };

/** Every task in the order given, showing those `shown` accepts; a playlist counts all its entries. */
export function TaskList({ tasks, shown, selected, onSelect, online }: Props) {
  const [limit, setLimit] = useState(WINDOW);
  const end = useRef<HTMLLIElement>(null);
  const items = itemsOf(tasks).filter((item) => (item.kind === "task" ? shown(item.task) : item.entries.some(shown)));
  const more = items.length > limit;
  useEffect(() => {
    if (!more || !end.current) return;
    const observer = new IntersectionObserver(([entry]) => entry?.isIntersecting && setLimit((n) => n + WINDOW), { rootMargin: "600px" });
    observer.observe(end.current);
    return () => observer.disconnect();
  }, [more, limit]);
  if (items.length === 0) return <p class="empty">{tasks.length ? "No task matches." : "Nothing yet: paste a URL above."}</p>;
  return (
    <ul class="tasks" aria-label="Tasks">
      {items.slice(0, limit).map((item) =>
        item.kind === "task" ? (
          <TaskRow key={item.task.id} task={item.task} selected={selected.has(item.task.id)} onSelect={onSelect} online={online} />
        ) : (
          <Playlist key={item.groupId} {...item} shown={shown} selected={selected} onSelect={onSelect} online={online} />
        ),
      )}
      {more && (
        <li ref={end} class="more">
          <button onClick={() => setLimit((n) => n + WINDOW)}>{`Show more (${limit} of ${items.length})`}</button>
        </li>
      )}
    </ul>
  );
}

function Playlist({ groupId, entries, shown, selected, onSelect, online }: Omit<Props, "tasks"> & { groupId: string; entries: Task[] }) {
  const total = Math.max(entries[0]?.playlistTotal ?? 0, entries.length);
  const done = entries.filter((t) => t.status === "COMPLETED").length;
  const unfinished = entries.some((t) => isUnfinished(t.status));
  const title = entries.find((t) => t.playlistTitle)?.playlistTitle;
  return (
    <li class="playlist" aria-label={title ? `Playlist ${title}` : `Playlist of ${total}`}>
      <div class="playlist-head">
        <p>
          <span class="playlist-title">{title ?? "Playlist"}</span> · <strong>{`${done} of ${total} done`}</strong>
        </p>
        {unfinished && (
          <button disabled={!online} onClick={() => act(request(CancelGroup, { groupId }), "cancelGroup")}>
            Cancel playlist
          </button>
        )}
      </div>
      <ul>
        {entries.filter(shown).map((task) => (
          <TaskRow key={task.id} task={task} selected={selected.has(task.id)} onSelect={onSelect} online={online} />
        ))}
      </ul>
    </li>
  );
}
