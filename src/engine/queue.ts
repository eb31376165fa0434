import PQueue from "p-queue";
import type { JobSpec } from "./args.js";
import { runDownload, SHUTDOWN, type RunListener, type RunnerOptions, type RunResult } from "./runner.js";

/** What the engine tells its owner about a job; the engine itself keeps no task state. */
export type JobObserver = RunListener & {
  /** Called before the process starts; false skips the job (its task is gone or no longer pending). */
  started(): Promise<boolean>;
  finished(result: RunResult): Promise<void>;
};

/** `running` is set once the job starts: p-queue's own promise rejects at abort, before the process is gone. */
type Job = { controller: AbortController; running?: Promise<void> };

/** Runs jobs through yt-dlp, at most `concurrency` at a time, in the order they were queued. */
export class DownloadQueue {
  private readonly queue: PQueue;
  private readonly jobs = new Map<string, Job>();
  /** Set by stop(): nothing more starts, whatever is queued meanwhile. */
  private stopping = false;

  constructor(
    private readonly options: RunnerOptions & { concurrency: number },
    private readonly observe: (jobId: string) => JobObserver,
  ) {
    this.queue = new PQueue({ concurrency: options.concurrency });
  }

  /** Queues a job unless it is already queued or running, or the queue is stopping. */
  enqueue(job: JobSpec): void {
    if (this.stopping || this.jobs.has(job.id)) return;
    const controller = new AbortController();
    const { signal } = controller;
    const entry: Job = { controller };
    this.jobs.set(job.id, entry);
    this.queue
      .add(() => (entry.running = this.run(job, signal)), { signal })
      .catch((error: unknown) => {
        if (!signal.aborted) console.error(`job ${job.id}:`, error);
      })
      .finally(() => {
        if (!entry.running && this.jobs.get(job.id) === entry) this.jobs.delete(job.id); // never started
      });
  }

  /** Stops a job (a queued one never starts, a running one is killed) and waits until it has. */
  async cancel(jobId: string): Promise<void> {
    const job = this.jobs.get(jobId);
    if (!job) return;
    job.controller.abort();
    if (!job.running) this.jobs.delete(jobId); // p-queue drops it; free the id for a retry at once
    await job.running;
  }

  /** Stops a running job keeping its partial files, for another instance to resume; waits until it has. */
  async release(jobId: string): Promise<void> {
    const job = this.jobs.get(jobId);
    job?.controller.abort(SHUTDOWN);
    await job?.running;
  }

  /** Kills every job, keeping partial files for resumption, and waits until they have exited. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.queue.pause(); // a slot freed by a killed job must not start a queued one
    this.queue.clear();
    const jobs = [...this.jobs.values()];
    for (const job of jobs) job.controller.abort(SHUTDOWN);
    await Promise.all(jobs.map((job) => job.running));
  }

  private async run(job: JobSpec, signal: AbortSignal): Promise<void> {
    const observer = this.observe(job.id);
    if (!(await observer.started())) {
      this.jobs.delete(job.id);
      return;
    }
    const result = await runDownload(job, this.options, observer, signal).catch(
      (error: Error): RunResult => ({ outcome: "failed", message: `download failed: ${error.message}` }),
    );
    this.jobs.delete(job.id); // before reporting, so the owner may queue the task again
    await observer.finished(result);
  }
}
