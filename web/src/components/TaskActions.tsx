import { useState } from "preact/hooks";
import { request } from "../api.js";
import { act } from "../actions.js";
import { Cancel, Prioritize, Remove, Retry } from "../documents.js";
import { isUnfinished } from "../format.js";
import type { Task } from "../store.js";
import { follow } from "../links.js";

/** A task's buttons; those that need the server wait while it is away. Remove asks first, offering the file only when there is one. */
export function TaskActions({ task, online }: { task: Task; online: boolean }) {
  const [confirming, setConfirming] = useState(false);
  const remove = (deleteFile: boolean) => act(request(Remove, { id: task.id, deleteFile }), "removeDownload");
  return (
    <div class="actions">
      {task.fileUrl && (
        <a class="button" href={task.fileUrl} download={task.filename ?? ""} onClick={(event) => void follow(event, task, "fileUrl")}>
          Save file
        </a>
      )}
      {task.status === "PENDING" && (
        <button disabled={!online} onClick={() => act(request(Prioritize, { id: task.id }), "prioritizeDownload")}>
          Move to front
        </button>
      )}
      {isUnfinished(task.status) && (
        <button disabled={!online} onClick={() => act(request(Cancel, { id: task.id }), "cancelDownload")}>
          Cancel
        </button>
      )}
      {(task.status === "ERROR" || task.status === "CANCELLED") && (
        <button disabled={!online} onClick={() => act(request(Retry, { id: task.id }), "retryDownload")}>
          Retry
        </button>
      )}
      {confirming ? (
        task.fileUrl ? (
          <span class="confirm" role="group" aria-label={`Remove ${task.title} from the list, and its file?`}>
            <button onClick={() => remove(false)}>Keep file</button>
            <button class="danger" onClick={() => remove(true)}>
              Delete file
            </button>
            <button onClick={() => setConfirming(false)}>Back</button>
          </span>
        ) : (
          <span class="confirm" role="group" aria-label={`Remove ${task.title} from the list?`}>
            <button class="danger" onClick={() => remove(false)}>
              Remove from list
            </button>
            <button onClick={() => setConfirming(false)}>Back</button>
          </span>
        )
      ) : (
        <button disabled={!online} onClick={() => setConfirming(true)}>
          Remove
        </button>
      )}
    </div>
  );
}
