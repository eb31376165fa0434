import { useEffect, useMemo, useState } from "preact/hooks";
import { request, signIn } from "../api.js";
import { act, useNotice } from "../actions.js";
import { Clear } from "../documents.js";
import type { State, Task, TaskStore } from "../store.js";
import { AddForm } from "./AddForm.js";
import { PresetsView } from "./PresetsView.js";
import { FeedsView } from "./FeedsView.js";
import { NotifiersView } from "./NotifiersView.js";
import { TaskList } from "./TaskList.js";
import { Toolbar, type Filter } from "./Toolbar.js";
import { TokenPrompt } from "./TokenPrompt.js";

export function App({ store }: { store: TaskStore }) {
  const [state, setState] = useState<State>(store.current);
  const [filter, setFilter] = useState<Filter>({ status: "", search: "" });
  const [view, setView] = useState<"downloads" | "presets" | "feeds" | "notifiers">("downloads");
  const notice = useNotice();
  useEffect(() => store.listen(setState), [store]);
  const shown = useMemo(() => {
    const search = filter.search.trim().toLowerCase();
    return (task: Task) => (!filter.status || task.status === filter.status) && (!search || task.title.toLowerCase().includes(search));
  }, [filter]);

  if (state.auth === "needed" || state.auth === "refused") {
    return (
      <main>
        <TokenPrompt
          refused={state.auth === "refused"}
          onToken={(value) => {
            void signIn(value).then((ok) => (ok ? store.start() : store.refused()));
          }}
        />
      </main>
    );
  }
  return (
    <main>
      <header>
        <h1>{{ downloads: "Downloads", presets: "Presets", feeds: "Feeds", notifiers: "Notifiers" }[view]}</h1>
        <nav class="views" aria-label="Views">
          <button aria-pressed={view === "downloads"} onClick={() => setView("downloads")}>
            Downloads
          </button>
          <button aria-pressed={view === "feeds"} onClick={() => setView("feeds")}>
            Feeds
          </button>
          <button aria-pressed={view === "presets"} onClick={() => setView("presets")}>
            Presets
          </button>
          <button aria-pressed={view === "notifiers"} onClick={() => setView("notifiers")}>
            Notifiers
          </button>
        </nav>
        <p class={`connection ${state.online ? "online" : "offline"}`} role="status">
          {state.online ? "Live" : state.auth === "checking" ? "Connecting…" : "Offline: reconnecting…"}
        </p>
      </header>
      {notice && (
        <p class="notice" role="alert">
          {notice}
        </p>
      )}
      {view === "presets" ? (
        <PresetsView qualities={state.qualities} />
      ) : view === "feeds" ? (
        <FeedsView />
      ) : view === "notifiers" ? (
        <NotifiersView />
      ) : (
        <>
          <AddForm qualities={state.qualities} />
          <Toolbar filter={filter} onFilter={setFilter} onClear={() => act(request(Clear), "clearDownloads")} />
          {state.loaded ? <TaskList tasks={state.tasks} shown={shown} /> : <p class="empty">Loading…</p>}
        </>
      )}
    </main>
  );
}
