import { useEffect, useState } from "preact/hooks";

type Result = { __typename: string; message?: string };
const listeners = new Set<(message: string) => void>();

/**
 * Runs a mutation whose answer is a union: a typed failure (or a lost request) is shown on the
 * page's status line; success shows nothing here, because its event updates the list.
 */
export async function act<K extends string>(pending: Promise<Record<K, Result>>, field: K): Promise<void> {
  let message: string | undefined;
  try {
    message = (await pending)[field].message;
  } catch (error) {
    message = (error as Error).message;
  }
  if (message) for (const listener of listeners) listener(message);
}

type BulkResult = Result & { failed?: Array<{ id: string; message: string }> };

/** Like act, for a mutation on many tasks: the tasks it could not act on are counted, with the first reason. */
export async function actOnMany<K extends string>(pending: Promise<Record<K, BulkResult>>, field: K): Promise<void> {
  await act(
    pending.then((data) => {
      const { failed = [], message } = data[field];
      const said = message ?? (failed.length ? `${failed.length} could not be changed: ${failed[0]!.message}` : undefined);
      return { [field]: { __typename: data[field].__typename, message: said } } as Record<K, Result>;
    }),
    field,
  );
}

/** The latest action failure, cleared after a while. */
export function useNotice(): string {
  const [message, setMessage] = useState("");
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const listener = (text: string) => {
      setMessage(text);
      clearTimeout(timer);
      timer = setTimeout(() => setMessage(""), 8000);
    };
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, []);
  return message;
}
