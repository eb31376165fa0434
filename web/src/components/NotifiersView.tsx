import { useEffect, useState } from "preact/hooks";
import { act } from "../actions.js";
import { request } from "../api.js";
import { AddNotifier, Notifiers, RemoveNotifier, TestNotifier, UpdateNotifier } from "../documents-notifiers.js";
import type { WebNotifierFragment } from "../gql/graphql.js";

type Notifier = WebNotifierFragment;

/** Adds webhooks and Apprise URLs, tests them, shows their recent deliveries, enables them again. */
export function NotifiersView() {
  const [notifiers, setNotifiers] = useState<Notifier[]>([]);
  const [form, setForm] = useState({ name: "", url: "", allowPrivate: false });
  const [message, setMessage] = useState("");
  const reload = async () => setNotifiers((await request(Notifiers)).notifiers);
  useEffect(() => {
    void reload().catch(() => undefined);
    const timer = setInterval(() => void reload().catch(() => undefined), 3000); // deliveries come and go
    return () => clearInterval(timer);
  }, []);

  async function add(event: Event) {
    event.preventDefault();
    const { addNotifier } = await request(AddNotifier, { input: { name: form.name, url: form.url.trim(), allowPrivateAddress: form.allowPrivate } });
    if (addNotifier.__typename !== "AddNotifierPayload") return setMessage(("message" in addNotifier && addNotifier.message) || "refused");
    setMessage(`Added. Its webhook secret, shown this once: ${addNotifier.secret}`);
    setForm({ name: "", url: "", allowPrivate: false });
    await reload();
  }

  async function test(notifier: Notifier) {
    const { testNotifier } = await request(TestNotifier, { id: notifier.id });
    setMessage(testNotifier.__typename === "TestNotifierPayload" ? (testNotifier.ok ? `${notifier.name}: the test arrived` : `${notifier.name}: ${testNotifier.error}`) : "refused");
  }

  return (
    <section class="notifiers" aria-label="Notifiers">
      <form class="add" onSubmit={add} aria-label="New notifier">
        <div class="field">
          <label for="notifier-name">Name</label>
          <input id="notifier-name" value={form.name} onInput={(e) => setForm({ ...form, name: e.currentTarget.value })} />
        </div>
        <div class="field url">
          <label for="notifier-url">Webhook or Apprise URL</label>
          <input id="notifier-url" placeholder="https://… or ntfy://topic, discord://…" value={form.url} onInput={(e) => setForm({ ...form, url: e.currentTarget.value })} />
        </div>
        <label class="check">
          <input type="checkbox" checked={form.allowPrivate} onChange={(e) => setForm({ ...form, allowPrivate: e.currentTarget.checked })} /> Private address
        </label>
        <button type="submit" class="primary">
          Add notifier
        </button>
      </form>
      {message && (
        <p class="notice" role="status">
          {message}
        </p>
      )}
      {notifiers.length === 0 && <p class="empty">No notifiers yet: a webhook or an Apprise URL is told when downloads finish or fail.</p>}
      <ul class="tasks">
        {notifiers.map((notifier) => (
          <li key={notifier.id} class="task preset" aria-label={notifier.name}>
            <div class="body">
              <p class="title">
                {notifier.name} {!notifier.enabled && <span class="badge">disabled</span>}
              </p>
              <p class="meta">
                <span>{notifier.url}</span>
                <span>{notifier.events.map((e) => e.toLowerCase().replace(/_/g, " ")).join(", ")}</span>
              </p>
              {notifier.disabledReason && <p class="error">{notifier.disabledReason}</p>}
              <ul class="entries" aria-label={`Deliveries of ${notifier.name}`}>
                {notifier.deliveries.edges.map(({ node }) => (
                  <li key={node.id}>
                    <span class={`state is-${node.status === "DELIVERED" ? "queued" : "filtered"}`}>{node.status.toLowerCase()}</span> {node.type}
                    <span class="reason">
                      {" "}
                      ({node.attempts} attempt{node.attempts === 1 ? "" : "s"}
                      {node.statusCode ? `, ${node.statusCode}` : ""}
                      {node.error ? `, ${node.error}` : ""})
                    </span>
                  </li>
                ))}
              </ul>
            </div>
            <div class="actions">
              <button onClick={() => void test(notifier)}>Test</button>
              <button onClick={() => void act(request(UpdateNotifier, { id: notifier.id, input: { enabled: !notifier.enabled } }), "updateNotifier").then(reload)}>
                {notifier.enabled ? "Disable" : "Enable"}
              </button>
              <button class="danger" onClick={() => void act(request(RemoveNotifier, { id: notifier.id }), "removeNotifier").then(reload)}>
                Remove
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
