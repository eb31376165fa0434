import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import { isFinishedStatus } from "../domain/vocabulary.js";
import type { DownloadService } from "../tasks/downloads.js";
import type { EventBus } from "../events/bus.js";
import type { FeedEvents } from "../feeds/events.js";

/** Prometheus metrics: counts read at scrape time, and counters fed by the task events. */
export class Metrics {
  readonly registry = new Registry();
  /** GraphQL operations by type and name, timed from execution start to result. */
  readonly operationSeconds: Histogram<"operation" | "name">;

  constructor(bus: EventBus, downloads: DownloadService, instanceId: string, feeds?: FeedEvents) {
    const registers = [this.registry];
    this.registry.setDefaultLabels({ instance_id: instanceId }); // which of several servers says it
    collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: "mds_tasks",
      help: "Tasks by status",
      labelNames: ["status"],
      registers,
      async collect() {
        const counts = await downloads.countByStatus();
        this.reset(); // a status with no tasks left has no series, not its last count
        for (const [status, count] of Object.entries(counts)) this.set({ status }, count);
      },
    });
    new Gauge({ name: "mds_queue_length", help: "Tasks waiting to start", registers, async collect() {
      this.set((await downloads.countByStatus()).pending ?? 0);
    } });
    new Gauge({ name: "mds_active_downloads", help: "Tasks running now (downloading or processing)", registers, collect() {
      this.set(downloads.activeCount());
    } });
    new Gauge({ name: "mds_subscribers", help: "Open GraphQL subscriptions", registers, collect() {
      this.set(downloads.subscriberCount);
    } });
    new Gauge({ name: "mds_task_claims_total", help: "Tasks this instance claimed (one statement took each)", registers, collect() {
      this.set(downloads.claimCount());
    } });
    const events = new Counter({ name: "mds_events_published_total", help: "Task events published", labelNames: ["kind"], registers });
    const outcomes = new Counter({ name: "mds_task_outcomes_total", help: "Tasks that ended, by outcome", labelNames: ["outcome"], registers });
    const bytes = new Counter({ name: "mds_downloaded_bytes_total", help: "Bytes of completed downloads", registers });
    const durations = new Histogram({
      name: "mds_task_duration_seconds",
      help: "From start to end of a task that ended",
      labelNames: ["outcome"],
      buckets: [1, 2, 5, 10, 30, 60, 120, 300, 900, 3600],
      registers,
    });
    this.operationSeconds = new Histogram({
      name: "mds_graphql_operation_seconds",
      help: "GraphQL operation latency",
      labelNames: ["operation", "name"],
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    });
    const checks = new Counter({ name: "mds_feed_checks_total", help: "Feed checks this instance ran, by result", labelNames: ["result"], registers });
    const queued = new Counter({ name: "mds_feed_entries_queued_total", help: "New feed entries queued, by feed", labelNames: ["feed"], registers });
    feeds?.on((event) => {
      checks.inc({ result: event.kind });
      if (event.kind === "checked") queued.inc({ feed: event.feed.id }, event.check.queued);
    });
    bus.onOwn((event) => { // what this instance did; each instance counts its own
      events.inc({ kind: event.kind });
      const task = event.download;
      if (event.kind !== "status" || !isFinishedStatus(task.status)) return;
      outcomes.inc({ outcome: task.status });
      if (task.status === "completed") bytes.inc(task.filesize);
      if (task.startedAt) durations.observe({ outcome: task.status }, (Date.now() - task.startedAt.getTime()) / 1000);
    });
  }
}
