import { useEffect } from "preact/hooks";
import type { Task } from "./store.js";

const TITLE = "Downloads";

/** The tab says how far the running tasks are, "(42%) Downloads", so a background tab shows it too. */
export function useTabTitle(tasks: Task[]): void {
  useEffect(() => {
    const running = tasks.filter((task) => task.status === "DOWNLOADING" || task.status === "PROCESSING");
    if (running.length === 0) {
      document.title = TITLE;
      return;
    }
    const progress = running.reduce((sum, task) => sum + task.progress, 0) / running.length;
    document.title = `(${Math.floor(progress)}%) ${TITLE}`;
  }, [tasks]);
}
