import { useEffect, useState } from "preact/hooks";
import { request } from "../api.js";
import { PauseQueue, QueueState, ResumeQueue } from "../documents.js";

/** Pauses and resumes the queue for every instance: running tasks finish, nothing new starts. */
export function QueueToggle({ online }: { online: boolean }) {
  const [paused, setPaused] = useState<boolean | undefined>();
  useEffect(() => {
    const read = () => void request(QueueState).then((data) => setPaused(data.serverInfo.queuePaused), () => undefined);
    read();
    const timer = setInterval(read, 5000); // another page or instance may change it
    return () => clearInterval(timer);
  }, []);
  if (paused === undefined) return null;
  const toggle = async () => setPaused(paused ? (await request(ResumeQueue)).resumeQueue.queuePaused : (await request(PauseQueue)).pauseQueue.queuePaused);
  return (
    <button class={paused ? "paused" : ""} aria-pressed={paused} disabled={!online} onClick={() => void toggle()}>
      {paused ? "Queue paused: resume" : "Pause queue"}
    </button>
  );
}
