import { useState } from "preact/hooks";
import { request } from "../api.js";
import { actOnMany } from "../actions.js";
import { CancelMany, RemoveMany, RetryMany } from "../documents-bulk.js";
import { isUnfinished, plural } from "../format.js";
import type { Task } from "../store.js";
import { Confirm } from "./Confirm.js";

type Props = { tasks: Task[]; online: boolean; onSelectShown(): void; onDone(): void };

/** What can be done with the selected tasks at once: retry, cancel, remove (asking first, naming how many). */
export function SelectionBar({ tasks, online, onSelectShown, onDone }: Props) {
  const [removing, setRemoving] = useState(false);
  const retryable = tasks.filter((task) => task.status === "ERROR" || task.status === "CANCELLED");
  const cancellable = tasks.filter((task) => isUnfinished(task.status));
  const withFiles = tasks.filter((task) => task.fileUrl).length;
  const ids = (chosen: Task[]) => chosen.map((task) => task.id);
  const remove = (deleteFiles: boolean) => {
    setRemoving(false);
    onDone();
    void actOnMany(request(RemoveMany, { ids: ids(tasks), deleteFiles }), "removeDownloads");
  };
  const count = plural(tasks.length, "task");
  return (
    <div class="selection" role="region" aria-label="Selection">
      <p>
        <strong>{`${tasks.length} selected`}</strong>
      </p>
      <button disabled={!online || retryable.length === 0} onClick={() => void actOnMany(request(RetryMany, { ids: ids(retryable) }), "retryDownloads")}>
        {`Retry (${retryable.length})`}
      </button>
      <button disabled={!online || cancellable.length === 0} onClick={() => void actOnMany(request(CancelMany, { ids: ids(cancellable) }), "cancelDownloads")}>
        {`Cancel (${cancellable.length})`}
      </button>
      <button disabled={!online} onClick={() => setRemoving(true)}>
        {`Remove (${tasks.length})`}
      </button>
      <button class="link" onClick={onSelectShown}>
        Select all shown
      </button>
      <button class="link" onClick={onDone}>
        Clear selection
      </button>
      {removing &&
        (withFiles > 0 ? (
          <Confirm question={`Remove ${count} from the list? ${withFiles} of them have a file: keep the files, or delete them too?`} onBack={() => setRemoving(false)}>
            <button onClick={() => remove(false)}>Keep files</button>
            <button class="danger" onClick={() => remove(true)}>
              Delete files
            </button>
          </Confirm>
        ) : (
          <Confirm question={`Remove ${count} from the list?`} onBack={() => setRemoving(false)}>
            <button class="danger" onClick={() => remove(false)}>
              {`Remove ${tasks.length}`}
            </button>
          </Confirm>
        ))}
    </div>
  );
}
