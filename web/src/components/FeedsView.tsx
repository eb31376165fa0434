import { useEffect, useState } from "preact/hooks";
import { act } from "../actions.js";
import { request } from "../api.js";
import { AddFeed, CheckFeed, FeedEntries, Feeds, RemoveFeed, UpdateFeed } from "../documents-settings.js";
import type { WebFeedEntriesQuery, WebFeedFragment } from "../gql/graphql.js";
import { usePresets } from "../presets.js";

type Feed = WebFeedFragment;
type Entry = NonNullable<WebFeedEntriesQuery["feed"]>["entries"]["edges"][number]["node"];

const when = (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleString() : "never");

/** Follows sources: add one (URL, preset, interval, filters, backfill); check now, pause, remove; see each entry and what became of it. */
export function FeedsView() {
  const presets = usePresets();
  const [feeds, setFeeds] = useState<Feed[]>([]);
  const [open, setOpen] = useState<string | undefined>();
  const [entries, setEntries] = useState<Entry[]>([]);
  const EMPTY = { url: "", presetId: "", minutes: "60", backfill: "0", excludes: "" };
  const [form, setForm] = useState(EMPTY);
  /** The feed being edited, if any: the form changes it instead of adding one. */
  const [editing, setEditing] = useState<Feed | undefined>();
  const [error, setError] = useState("");
  const reload = async () => setFeeds((await request(Feeds)).feeds);
  useEffect(() => void reload().catch(() => undefined), []);
  const showEntries = async (id: string) => {
    setOpen(id);
    setEntries((await request(FeedEntries, { id })).feed?.entries.edges.map((edge) => edge.node) ?? []);
  };
  const run = async <K extends string>(pending: Promise<Record<K, { __typename: string; message?: string }>>, field: K, id?: string) => {
    await act(pending, field);
    await reload();
    if (id && open === id) await showEntries(id);
  };

  async function save(event: Event) {
    event.preventDefault();
    // The other filters (set over the API) stay as they are; only the title pattern is edited here.
    const kept = Object.fromEntries(Object.entries(editing?.filters ?? {}).filter(([key, value]) => key !== "__typename" && key !== "titleExcludes" && value !== null));
    const common = { checkEveryMinutes: Number(form.minutes), presetId: form.presetId || null, filters: { ...kept, ...(form.excludes.trim() ? { titleExcludes: form.excludes.trim() } : {}) } };
    const result = editing
      ? (await request(UpdateFeed, { id: editing.id, input: common })).updateFeed
      : (await request(AddFeed, { input: { ...common, url: form.url.trim(), backfill: Number(form.backfill) } })).addFeed;
    if (result.__typename !== "Feed") return setError(("message" in result && result.message) || "refused");
    setError("");
    setEditing(undefined);
    setForm(EMPTY);
    await reload();
  }

  const edit = (feed: Feed) => {
    setEditing(feed);
    setForm({ url: feed.url, presetId: feed.preset?.id ?? "", minutes: String(feed.checkEveryMinutes), backfill: "0", excludes: feed.filters.titleExcludes ?? "" });
  };

  return (
    <section class="feeds" aria-label="Feeds">
      <form class="add" onSubmit={save} aria-label={editing ? `Edit ${editing.title}` : "New feed"}>
        <div class="field url">
          <label for="feed-url">Feed URL</label>
          <input id="feed-url" placeholder="A channel, a playlist or a podcast feed" disabled={Boolean(editing)} value={form.url} onInput={(e) => setForm({ ...form, url: e.currentTarget.value })} />
        </div>
        <div class="field">
          <label for="feed-preset">Preset</label>
          <select id="feed-preset" value={form.presetId} onChange={(e) => setForm({ ...form, presetId: e.currentTarget.value })}>
            <option value="">Default</option>
            {presets.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="feed-minutes">Check every (min)</label>
          <input id="feed-minutes" inputMode="numeric" size={4} value={form.minutes} onInput={(e) => setForm({ ...form, minutes: e.currentTarget.value })} />
        </div>
        <div class="field" hidden={Boolean(editing)}>
          <label for="feed-backfill">Backfill</label>
          <input id="feed-backfill" inputMode="numeric" size={3} value={form.backfill} onInput={(e) => setForm({ ...form, backfill: e.currentTarget.value })} />
        </div>
        <div class="field">
          <label for="feed-excludes">Skip titles matching</label>
          <input id="feed-excludes" placeholder="trailer|teaser" value={form.excludes} onInput={(e) => setForm({ ...form, excludes: e.currentTarget.value })} />
        </div>
        <button type="submit" class="primary">
          {editing ? "Save feed" : "Follow"}
        </button>
        {editing && (
          <button type="button" onClick={() => (setEditing(undefined), setForm(EMPTY))}>
            Cancel edit
          </button>
        )}
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
      </form>
      {feeds.length === 0 && <p class="empty">No feeds yet: follow a channel or a podcast and its new entries download by themselves.</p>}
      <ul class="tasks">
        {feeds.map((feed) => (
          <li key={feed.id} class="task preset" aria-label={feed.title}>
            <div class="body">
              <p class="title">
                <button class="link" onClick={() => void (open === feed.id ? setOpen(undefined) : showEntries(feed.id))} aria-expanded={open === feed.id}>
                  {feed.title}
                </button>
                {!feed.enabled && <span class="badge">paused</span>}
              </p>
              <p class="meta">
                <span>every {feed.checkEveryMinutes} min</span>
                <span>checked {when(feed.lastCheckedAt)}</span>
                <span>next {when(feed.nextCheckAt)}</span>
                <span>{feed.entryCount} entries</span>
                {feed.preset && <span class="preset">{feed.preset.name}</span>}
              </p>
              {feed.lastError && <p class="error">{feed.lastError}</p>}
              {open === feed.id && (
                <ul class="entries" aria-label={`Entries of ${feed.title}`}>
                  {entries.map((entry) => (
                    <li key={entry.entryId}>
                      <span class={`state is-${entry.state.toLowerCase()}`}>{entry.state.toLowerCase().replace("_", " ")}</span> {entry.title}
                      {entry.reason && <span class="reason"> ({entry.reason})</span>}
                      {entry.download && <span class="reason"> [{entry.download.status.toLowerCase()}]</span>}
                    </li>
                  ))}
                </ul>
              )}
            </div>
            <div class="actions">
              <button onClick={() => void run(request(CheckFeed, { id: feed.id }), "checkFeed", feed.id)}>Check now</button>
              <button onClick={() => edit(feed)}>Edit</button>
              <button onClick={() => void run(request(UpdateFeed, { id: feed.id, input: { enabled: !feed.enabled } }), "updateFeed")}>{feed.enabled ? "Pause" : "Resume"}</button>
              <button class="danger" onClick={() => void run(request(RemoveFeed, { id: feed.id }), "removeFeed")}>
                Remove
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
