import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";
import { ISOLATED_PYTHON, pythonScript } from "../engine/launcher.js";

/** What Apprise said of a delivery or of a URL. */
type Answer = { id: number; ok?: boolean; shown?: string | null; error?: string | null };

const TIMEOUT_MS = 30_000;
/** Deliveries sent at the same time, whatever the number of notifiers or tests asked for. */
export const APPRISE_THREADS = 4;

export type AppriseOptions = { python: string; allowAddresses: string[]; localSchemes?: string[] };

/**
 * One long-lived Apprise process (python/apprise_worker.py) for every notifier, started on first
 * use and again after it dies: a few deliveries at a time, each connection through the address
 * guard, its output never logged (Apprise may echo a URL's tokens).
 */
export class AppriseWorker {
  private child?: { child: ChildProcess; asked: Set<number> };
  private nextId = 1;
  private readonly waiting = new Map<number, (answer: Answer) => void>();

  constructor(private readonly options: AppriseOptions) {}

  /** Sends a message; `allowPrivate` lets this notifier's own connections reach private addresses. */
  async send(url: string, title: string, body: string, allowPrivate: boolean): Promise<{ ok: boolean; error?: string }> {
    const answer = await this.ask({ op: "send", url, title, body, allowPrivate });
    return answer.ok ? { ok: true } : { ok: false, error: answer.error ?? "Apprise could not deliver it" };
  }

  /** The URL as Apprise reads it, its secrets masked; or why Apprise refuses it. */
  async describe(url: string): Promise<{ shown?: string; error?: string }> {
    const answer = await this.ask({ op: "describe", url });
    return answer.shown ? { shown: answer.shown } : { error: answer.error ?? "Apprise does not recognise this URL" };
  }

  stop(): void {
    this.child?.child.stdin?.end();
    this.child = undefined;
  }

  private ask(command: Record<string, unknown>): Promise<Answer> {
    const id = this.nextId++;
    return new Promise<Answer>((resolve) => {
      const timer = setTimeout(() => this.settle({ id, ok: false, error: `Apprise gave no answer within ${TIMEOUT_MS / 1000} s` }), TIMEOUT_MS);
      timer.unref();
      this.waiting.set(id, (answer) => {
        clearTimeout(timer);
        resolve(answer);
      });
      const { child, asked } = this.running();
      asked.add(id);
      child.stdin!.write(`${JSON.stringify({ ...command, id })}\n`);
    });
  }

  private settle(answer: Answer): void {
    this.child?.asked.delete(answer.id);
    const resolve = this.waiting.get(answer.id);
    this.waiting.delete(answer.id);
    resolve?.(answer);
  }

  /** The worker, started if it is not running, and the ids asked of it (answered for it if it dies). */
  private running(): { child: ChildProcess; asked: Set<number> } {
    if (this.child) return this.child;
    const settings = JSON.stringify({ allow: this.options.allowAddresses, threads: APPRISE_THREADS, localSchemes: this.options.localSchemes ?? [] });
    const child = spawn(this.options.python, [...ISOLATED_PYTHON, pythonScript("apprise_worker.py"), settings], { stdio: ["pipe", "pipe", "ignore"] });
    const running = (this.child = { child, asked: new Set<number>() });
    createInterface({ input: child.stdout! }).on("line", (line) => this.settle(JSON.parse(line) as Answer));
    const gone = (error?: string) => {
      if (this.child === running) this.child = undefined;
      for (const id of running.asked) this.settle({ id, ok: false, error: error ?? "Apprise stopped before it answered" });
    };
    child.once("error", () => gone("Apprise is not installed (apt-get install apprise)"));
    child.once("exit", () => gone());
    child.stdin!.on("error", () => gone());
    child.unref();
    (child.stdin as unknown as { unref?: () => void }).unref?.();
    return running;
  }
}
