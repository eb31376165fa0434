import PQueue from "p-queue";
import type { JobSpec } from "./args.js";
import { runDownload, SHUTDOWN, type RunListener, type RunnerOptions, type RunResult } from "./runner.js";

/** What the engine tells its owner about a job; the engine itself keeps no task state. */
export type JobObserver = RunListener & {
  /** Called before the process starts (the task is claimed already). */
  started(): Promise<void>;
  finished(result: RunResult): Promise<void>;
};

/** Claims the next task to run, if there is one (one statement: see store/claims.ts). */
export type NextJob = () => Promise<JobSpec | undefined>;

/** `running` is set once the job starts: p-queue's own promise rejects at abort, before the process is gone. */
type Job = { controller: AbortController; running?: Promise<void> };

/** How long a worker waits before asking again when claiming failed (the database is away). */
const RETRY_CLAIM_MS = 1000;

/**
 * Runs jobs through yt-dlp, at most `concurrency` at a time. Workers pull: each free slot claims
 * the next task when woken (a task was added, a run ended, another instance said so), so the
 * queue lives in the database and N instances make one claim per task.
 */
export class DownloadQueue {
  private readonly queue: PQueue;
  private readonly jobs = new Map<string, Job>();
  /** Slots claiming or running. */
  private busy = 0;
  /** Woken while every slot was busy: a slot that frees up claims again. */
  private wokenMeanwhile = false;
  /** Set by stop(): nothing more is claimed. */
  private stopping = false;
  private retryTimer?: NodeJS.Timeout;

  constructor(
    private readonly options: RunnerOptions & { concurrency: number },
    private readonly observe: (jobId: string) => JobObserver,
    private readonly next: NextJob,
  ) {
    this.queue = new PQueue({ concurrency: options.concurrency });
  }

  /** Lets every free slot claim a task (there may be work). */
  wake(): void {
    if (this.stopping) return;
    if (this.busy >= this.options.concurrency) this.wokenMeanwhile = true;
    while (this.busy < this.options.concurrency) {
      this.busy += 1;
      void this.queue.add(() => this.claimAndRun()).then((ran) => {
        this.busy -= 1;
        if (ran || this.wokenMeanwhile) {
          this.wokenMeanwhile = false;
          this.wake(); // this slot is free again: the next task, if any
        }
      });
    }
  }

  /** Stops a running job (it is killed) and waits until it has. */
  async cancel(jobId: string): Promise<void> {
    const job = this.jobs.get(jobId);
    job?.controller.abort();
    await job?.running;
  }

  /** Stops a running job keeping its partial files, for another instance to resume; waits until it has. */
  async release(jobId: string): Promise<void> {
    const job = this.jobs.get(jobId);
    job?.controller.abort(SHUTDOWN);
    await job?.running;
  }

  /** Claims nothing more, kills every job keeping partial files for resumption, and waits until they have exited. */
  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.retryTimer);
    this.queue.clear();
    const jobs = [...this.jobs.values()];
    for (const job of jobs) job.controller.abort(SHUTDOWN);
    await Promise.all(jobs.map((job) => job.running));
  }

  /** One slot's turn: claims a task and runs it; whether it ran one. Never rejects. */
  private async claimAndRun(): Promise<boolean> {
    if (this.stopping) return false;
    const job = await this.next().catch((error: Error) => {
      console.error(`claiming the next task failed (tried again in ${RETRY_CLAIM_MS} ms): ${error.message}`);
      this.retryTimer ??= setTimeout(() => {
        this.retryTimer = undefined;
        this.wake();
      }, RETRY_CLAIM_MS).unref();
      return undefined;
    });
    if (!job || this.stopping) return false; // claimed while stopping: handed back with the running ones
    const controller = new AbortController();
    const entry: Job = { controller };
    this.jobs.set(job.id, entry);
    entry.running = this.run(job, controller.signal).catch((error: Error) => console.error(`job ${job.id}:`, error));
    await entry.running;
    return true;
  }

  private async run(job: JobSpec, signal: AbortSignal): Promise<void> {
    try {
      const observer = this.observe(job.id);
      await observer.started();
      const result = await runDownload(job, this.options, observer, signal).catch(
        (error: Error): RunResult => ({ outcome: "failed", message: `download failed: ${error.message}` }),
      );
      this.jobs.delete(job.id); // before reporting, so the owner may queue the task again
      await observer.finished(result);
    } finally {
      this.jobs.delete(job.id);
    }
  }
}
