import { describe, expect, it } from "vitest";
import type { Download } from "../src/domain/task.js";
import { EventBus, type DownloadEvent } from "../src/events/bus.js";

const task = (id: string, status: string, updatedAt: number) => ({ id, status, updatedAt: new Date(updatedAt) }) as Download;
const event = (seq: number, download: Download, kind: DownloadEvent["kind"] = "progress") => ({ kind, download, at: new Date(), seq }) as DownloadEvent;

describe("EventBus with a relay (several instances)", () => {
  it("delivers relayed events in order, drops one older than the task's last, and always delivers a removal", () => {
    const bus = new EventBus();
    const delivered: number[] = [];
    const others: number[] = [];
    bus.on((e) => delivered.push(e.seq));
    bus.onOthers((e) => others.push(e.seq));
    bus.receive(event(1, task("t1", "downloading", 2000)), false);
    bus.receive(event(2, task("t1", "pending", 1000), "status"), false); // a retry's event that arrived after the task started again
    bus.receive(event(3, task("t2", "downloading", 500)), true); // another task: its own versions
    bus.receive(event(4, task("t1", "completed", 3000), "status"), false);
    bus.receive(event(5, task("t1", "completed", 1), "removed"), false);
    expect(delivered).toEqual([1, 3, 4, 5]);
    expect(others).toEqual([1, 4, 5]);
    expect(bus.log.lastSeq).toBe(5);
  });

  it("sends changes through the relay instead of delivering them itself", () => {
    const bus = new EventBus();
    const sent: string[] = [];
    const delivered: number[] = [];
    bus.on((e) => delivered.push(e.seq));
    bus.relayThrough({ send: (change) => sent.push(change.download.id) });
    bus.publish({ kind: "added", download: task("t1", "pending", 1) });
    expect(sent).toEqual(["t1"]);
    expect(delivered).toEqual([]); // it comes back numbered through receive
  });
});
