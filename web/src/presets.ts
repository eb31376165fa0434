import { useEffect, useState } from "preact/hooks";
import { request } from "./api.js";
import { Presets } from "./documents-settings.js";
import type { WebPresetFragment } from "./gql/graphql.js";

export type Preset = WebPresetFragment;

let current: Preset[] = [];
const listeners = new Set<(presets: Preset[]) => void>();

/** Reads the presets again and tells every view that shows them. */
export async function reloadPresets(): Promise<void> {
  current = (await request(Presets)).presets;
  for (const listener of listeners) listener(current);
}

/** The server's presets, shared by the form and the Presets view. */
export function usePresets(): Preset[] {
  const [presets, setPresets] = useState(current);
  useEffect(() => {
    listeners.add(setPresets);
    void reloadPresets().catch(() => undefined);
    return () => void listeners.delete(setPresets);
  }, []);
  return presets;
}
