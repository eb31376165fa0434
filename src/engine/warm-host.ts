import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";
import { commandLine, ISOLATED_PYTHON, pythonScript, writableOf, type AddressGuard, type Exit, type Launcher, type TaskProcess } from "./launcher.js";
import { groupGone, signalGroup } from "./process-group.js";

const HOST_SCRIPT = pythonScript("host.py");

export type HostOptions = {
  /** A Python 3 with yt_dlp importable (Debian's /usr/bin/python3 with the yt-dlp package). */
  python: string;
  /** A yt-dlp release file (a zip Python imports) to prefer over the installed package. */
  ytdlpRelease?: string;
  ffmpegPath?: string;
  guard: AddressGuard;
  /** The host died (while starting or running): said at error level by the owner. */
  onDied?: (message: string) => void;
};

/** A host that dies while starting is started again after this long, doubling, at most a minute apart. */
const RESTART_FIRST_MS = 500;
const RESTART_MAX_MS = 60_000;

export type HostInfo = { version: string; path: string };

type Running = {
  /** Sent to the host process now running: it dies with that host. Unsent ones wait for the next. */
  sent?: boolean;
  pid?: number;
  output: Array<(stream: "stdout" | "stderr", text: string) => void>;
  stderr: string;
  started(pid: number | undefined): void;
  exited(exit: Exit): void;
};

type HostEvent =
  | ({ event: "ready" } & HostInfo)
  | { event: "started"; id: number; pid: number }
  | { event: "output"; id: number; stream: "stdout" | "stderr"; text: string }
  | { event: "exited"; id: number; code: number }
  | ({ event: "checked"; id: number } & ArgsCheck);

/** What yt-dlp's parser said of raw arguments (python/raw_args.py): the flag refused, or why they do not parse. */
export type ArgsCheck = { refused: string | null; error: string | null };

/**
 * A long-lived Python process that has imported yt_dlp and compiled its extractors, and forks one
 * child per task (see python/host.py): a task skips the ~1.2 s of CPU a fresh yt-dlp spends
 * starting up. Each child leads its own process group, as a spawned yt-dlp would. If the host
 * dies, its tasks end as `lost` (their groups killed first) and the next task starts a new host.
 */
export class WarmHost implements Launcher {
  private process?: ChildProcess;
  private ready?: Promise<HostInfo>;
  private readonly running = new Map<number, Running>();
  private readonly checks = new Map<number, (check: ArgsCheck) => void>();
  private nextId = 1;

  constructor(private readonly options: HostOptions) {}

  /** Starts the host if it is not running; resolves once yt_dlp is imported and warm. */
  start(): Promise<HostInfo> {
    this.ready ??= new Promise<HostInfo>((resolve, reject) => {
      const child = spawn(this.options.python, [...ISOLATED_PYTHON, HOST_SCRIPT, this.options.ytdlpRelease ?? "", this.options.ffmpegPath ?? ""], {
        stdio: ["pipe", "pipe", "inherit"],
      });
      this.process = child;
      child.once("error", (error) => reject(new Error(`could not start ${this.options.python}: ${error.message}`)));
      child.once("exit", (code, signal) => {
        const how = signal ? `was killed (${signal})` : `exited with code ${code} (is yt_dlp importable by ${this.options.python}?)`;
        reject(new Error(`the yt-dlp host ${how} before it was ready`));
        void this.lost(child);
      });
      createInterface({ input: child.stdout! }).on("line", (line) => {
        const event = JSON.parse(line) as HostEvent;
        if (event.event === "ready") resolve({ version: event.version, path: event.path });
        else this.dispatch(event);
      });
    });
    return this.ready;
  }

  run(url: string, flags: Record<string, unknown>, extra?: string[]): TaskProcess {
    const id = this.nextId++;
    let started!: (pid: number | undefined) => void;
    let exited!: (exit: Exit) => void;
    const pid = new Promise<number | undefined>((resolve) => (started = resolve));
    const exit = new Promise<Exit>((resolve) => (exited = resolve));
    const task: Running = { output: [], stderr: "", started, exited };
    this.running.set(id, task);
    void this.started().then(() => {
      if (!this.running.has(id)) return;
      task.sent = true;
      this.send({ op: "run", id, argv: commandLine(url, flags, extra), ...this.options.guard, writable: writableOf(flags) });
    });
    return { pid, exited: exit, onOutput: (listener) => void task.output.push(listener) };
  }

  /** Checks raw yt-dlp arguments with yt-dlp's own parser, in the host (no fork). */
  async checkArgs(args: string[]): Promise<ArgsCheck> {
    await this.start();
    const id = this.nextId++;
    const answer = new Promise<ArgsCheck>((resolve) => this.checks.set(id, resolve));
    this.send({ op: "check", id, args });
    return answer;
  }

  /**
   * Resolves once a host is ready. One that dies while starting (the OOM killer, a signal) is
   * started again with backoff, and the tasks wait for it rather than fail: that is not theirs.
   */
  private async started(): Promise<void> {
    for (let wait = RESTART_FIRST_MS; ; wait = Math.min(wait * 2, RESTART_MAX_MS)) {
      try {
        await this.start();
        return;
      } catch (error) {
        this.options.onDied?.(`${(error as Error).message}; starting another in ${wait} ms`);
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  }

  /** Stops the host once its running tasks have finished (after an update, or at shutdown). */
  async retire(): Promise<void> {
    while (this.running.size > 0) await new Promise((resolve) => setTimeout(resolve, 200));
    await this.stop();
  }

  /** Stops the host; it kills every child's process group as its stdin closes. */
  async stop(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null) return;
    const gone = new Promise((resolve) => child.once("exit", resolve));
    child.stdin!.end();
    await gone;
  }

  private dispatch(event: Exclude<HostEvent, { event: "ready" }>): void {
    if (event.event === "checked") {
      this.checks.get(event.id)?.(event);
      this.checks.delete(event.id);
      return;
    }
    const task = this.running.get(event.id);
    if (!task) return;
    if (event.event === "started") {
      task.pid = event.pid;
      task.started(event.pid);
    } else if (event.event === "output") {
      if (event.stream === "stderr") task.stderr += event.text;
      for (const listener of task.output) listener(event.stream, event.text);
    } else {
      this.end(event.id, { exitCode: event.code, stderr: task.stderr });
    }
  }

  private end(id: number, exit: Exit): void {
    const task = this.running.get(id);
    this.running.delete(id);
    task?.started(task.pid);
    task?.exited(exit);
  }

  private send(command: object): void {
    this.process?.stdin?.write(`${JSON.stringify(command)}\n`);
  }

  /** The host died: its children are killed, their tasks end as lost, and the next run restarts it. */
  private async lost(child: ChildProcess): Promise<void> {
    if (this.process !== child) return;
    this.process = undefined;
    this.ready = undefined;
    for (const answer of this.checks.values()) answer({ refused: null, error: "the yt-dlp host stopped while checking; try again" });
    this.checks.clear();
    const tasks = [...this.running.entries()].filter(([, task]) => task.sent);
    if (tasks.length) this.options.onDied?.(`the yt-dlp host died (exit code ${child.exitCode}, signal ${child.signalCode}); its ${tasks.length} task(s) resume on a new one`);
    for (const [, task] of tasks) if (task.pid) signalGroup(task.pid, "SIGKILL");
    await Promise.all(tasks.map(([, task]) => groupGone(task.pid)));
    for (const [id, task] of tasks) this.end(id, { exitCode: null, stderr: task.stderr, lost: true });
  }
}
