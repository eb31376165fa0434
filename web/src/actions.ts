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
