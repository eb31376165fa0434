import PQueue from "p-queue";
import type { JobSpec } from "./args.js";
import { runDownload, SHUTDOWN, type RunListener, type RunnerOptions, type RunResult } from "./runner.js";

/** What the engine tells its owner about a job; the engine itself keeps no task state. */
export type JobObserver = RunListener & {
  /** Called before the process starts; false skips the job (its task is gone or no longer pending). */
  started(): Promise<boolean>;
  finished(result: RunResult): void;
};

/** Runs jobs through yt-dlp, at most `concurrency` at a time, in the order they were queued. */
export class DownloadQueue {
  private readonly queue: PQueue;
  private readonly jobs = new Map<string, AbortController>();

  constructor(
    private readonly options: RunnerOptions & { concurrency: number },
    private readonly observe: (jobId: string) => JobObserver,
  ) {
    this.queue = new PQueue({ concurrency: options.concurrency });
  }

  /** Queues a job unless it is already queued or running. */
  enqueue(job: JobSpec): void {
    if (this.jobs.has(job.id)) return;
    const controller = new AbortController();
    this.jobs.set(job.id, controller);
    const { signal } = controller;
    this.queue
      .add(() => this.run(job, signal), { signal })
      .catch(() => undefined) // aborted before it started: cancel() already reported it
      .finally(() => {
        if (this.jobs.get(job.id) === controller) this.jobs.delete(job.id);
      });
  }

  /** Stops a job: a queued one never starts, a running one is killed. Returns false if unknown. */
  cancel(jobId: string): boolean {
    const controller = this.jobs.get(jobId);
    if (!controller) return false;
    controller.abort();
    this.jobs.delete(jobId);
    return true;
  }

  has(jobId: string): boolean {
    return this.jobs.has(jobId);
  }

  /** Kills every job, keeping partial files for resumption, and waits until they have exited. */
  async stop(): Promise<void> {
    this.queue.clear();
    for (const controller of this.jobs.values()) controller.abort(SHUTDOWN);
    this.jobs.clear();
    await this.queue.onIdle();
  }

  private async run(job: JobSpec, signal: AbortSignal): Promise<void> {
    const observer = this.observe(job.id);
    if (!(await observer.started())) return;
    const result = await runDownload(job, this.options, observer, signal);
    observer.finished(result);
  }
}
