import { useCallback, useEffect, useMemo, useState } from "preact/hooks";
import { signIn } from "../api.js";
import { useNotice } from "../actions.js";
import type { State, Task, TaskStore } from "../store.js";
import { useTabTitle } from "../tab-title.js";
import { AddForm } from "./AddForm.js";
import { Footer } from "./Footer.js";
import { PresetsView } from "./PresetsView.js";
import { FeedsView } from "./FeedsView.js";
import { NotifiersView } from "./NotifiersView.js";
import { SelectionBar } from "./SelectionBar.js";
import { TaskList } from "./TaskList.js";
import { ThemeSwitch } from "./ThemeSwitch.js";
import { Toolbar, type Filter } from "./Toolbar.js";
import { TokenPrompt } from "./TokenPrompt.js";

const VIEWS = { downloads: "Downloads", feeds: "Feeds", presets: "Presets", notifiers: "Notifiers" } as const;
type View = keyof typeof VIEWS;

export function App({ store }: { store: TaskStore }) {
  const [state, setState] = useState<State>(store.current);
  const [filter, setFilter] = useState<Filter>({ status: "", search: "", order: "newest" });
  const [view, setView] = useState<View>("downloads");
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const notice = useNotice();
  useEffect(() => store.listen(setState), [store]);
  useTabTitle(state.tasks);
  const shown = useMemo(() => {
    const search = filter.search.trim().toLowerCase();
    const matches = (task: Task) => !search || task.title.toLowerCase().includes(search) || task.url.toLowerCase().includes(search);
    return (task: Task) => (!filter.status || task.status === filter.status) && matches(task);
  }, [filter]);
  const tasks = useMemo(() => (filter.order === "newest" ? state.tasks : [...state.tasks].reverse()), [state.tasks, filter.order]);
  const toggle = useCallback(
    (id: string) =>
      setSelected((before) => {
        const after = new Set(before);
        if (!after.delete(id)) after.add(id);
        return after;
      }),
    [],
  );
  const chosen = useMemo(() => state.tasks.filter((task) => selected.has(task.id)), [state.tasks, selected]);

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
        <h1>{VIEWS[view]}</h1>
        <nav class="views" aria-label="Views">
          {(Object.keys(VIEWS) as View[]).map((name) => (
            <button key={name} aria-pressed={view === name} onClick={() => setView(name)}>
              {VIEWS[name]}
            </button>
          ))}
        </nav>
        <ThemeSwitch />
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
          <AddForm qualities={state.qualities} online={state.online} />
          <Toolbar filter={filter} onFilter={setFilter} tasks={state.tasks} online={state.online} />
          {chosen.length > 0 && (
            <SelectionBar
              tasks={chosen}
              online={state.online}
              onSelectShown={() => setSelected(new Set(tasks.filter(shown).map((task) => task.id)))}
              onDone={() => setSelected(new Set())}
            />
          )}
          {state.loaded ? <TaskList tasks={tasks} shown={shown} selected={selected} onSelect={toggle} online={state.online} /> : <p class="empty">Loading…</p>}
        </>
      )}
      <Footer />
    </main>
  );
}
