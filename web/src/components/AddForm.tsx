import { useState } from "preact/hooks";
import { request } from "../api.js";
import { Add } from "../documents.js";
import type { DownloadType } from "../gql/graphql.js";
import { usePresets } from "../presets.js";
import { fieldMessage } from "../format.js";
import { NO_OPTIONS, OptionsFields, optionsInput } from "./OptionsFields.js";

type Props = { qualities: { video: string[]; audio: string[] }; online: boolean };
/** The server's messages, by input field ("url", "quality"). */
type FieldErrors = Record<string, string[]>;

/** Paste one URL or several (one per line), pick video or audio and a quality, press Download. */
export function AddForm({ qualities, online }: Props) {
  const [urls, setUrls] = useState("");
  const [type, setType] = useState<DownloadType>("VIDEO");
  const [quality, setQuality] = useState("best");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const presets = usePresets();
  /** "": the default preset (if any) with the type and quality chosen here. */
  const [presetId, setPresetId] = useState("");
  const [options, setOptions] = useState(NO_OPTIONS);
  const preset = presets.find((p) => p.id === presetId);
  const choices = type === "AUDIO" ? qualities.audio : qualities.video;

  async function submit(event: Event) {
    event.preventDefault();
    const lines = urls.split("\n").map((line) => line.trim()).filter(Boolean);
    if (lines.length === 0) return setErrors({ url: ["Paste a link to a page, a playlist or a media file"] });
    setBusy(true);
    // A preset chosen here brings its own type and quality; options set here go over its own.
    const own = preset ? {} : { downloadType: type, quality };
    const inputs = lines.map((url) => ({ url, ...own, ...(presetId ? { presetId } : {}), options: optionsInput(options) }));
    try {
      // All or none: a refused line is named, and every line stays to be fixed.
      const { addDownloads: result } = await request(Add, { inputs });
      if (result.__typename === "AddDownloadsPayload") {
        setUrls("");
        setErrors({});
      } else if (result.__typename === "InvalidInputError") {
        setErrors({ [result.field.split(".").at(-1) === "quality" ? "quality" : "url"]: [fieldMessage(result.field, result.reason)] });
      } else setErrors({ url: [result.message] });
    } catch (error) {
      setErrors({ url: [(error as Error).message] });
    }
    setBusy(false);
  }

  return (
    <form class="add" onSubmit={submit} noValidate>
      <div class="field url">
        <label for="url">URL</label>
        <textarea
          id="url"
          rows={Math.min(6, Math.max(1, urls.split("\n").length))}
          placeholder="https://… (one per line for several)"
          value={urls}
          onInput={(e) => setUrls(e.currentTarget.value)}
          onKeyDown={(e) => e.key === "Enter" && !e.shiftKey && (e.preventDefault(), e.currentTarget.form?.requestSubmit())}
          aria-invalid={errors.url ? true : undefined}
          aria-describedby={errors.url ? "url-error" : undefined}
        />
        <FieldError id="url-error" messages={errors.url} />
      </div>
      <div class="field">
        <label for="preset">Preset</label>
        <select id="preset" value={presetId} onChange={(e) => setPresetId(e.currentTarget.value)}>
          <option value="">{presets.some((p) => p.isDefault) ? "Default preset" : "None"}</option>
          {presets.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <div class="field" hidden={Boolean(preset)}>
        <label for="type">Type</label>
        <select id="type" value={type} onChange={(e) => (setType(e.currentTarget.value as DownloadType), setQuality("best"))}>
          <option value="VIDEO">Video</option>
          <option value="AUDIO">Audio</option>
        </select>
      </div>
      <div class="field" hidden={Boolean(preset)}>
        <label for="quality">Quality</label>
        <select
          id="quality"
          value={quality}
          onChange={(e) => setQuality(e.currentTarget.value)}
          aria-invalid={errors.quality ? true : undefined}
          aria-describedby={errors.quality ? "quality-error" : undefined}
        >
          {choices.map((q) => (
            <option key={q} value={q}>
              {q}
            </option>
          ))}
        </select>
        <FieldError id="quality-error" messages={errors.quality} />
      </div>
      <button type="submit" class="primary" disabled={busy || !online} title={online ? undefined : "Offline: waiting for the server"}>
        Download
      </button>
      <details class="more-options">
        <summary>Options</summary>
        <OptionsFields id="add" type={preset?.downloadType ?? type} value={options} onChange={setOptions} />
      </details>
    </form>
  );
}

function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <p id={id} class="error" role="alert">
      {messages.map((m) => (
        <span key={m}>{m}</span>
      ))}
    </p>
  );
}
