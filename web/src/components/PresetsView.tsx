import { useState } from "preact/hooks";
import { act } from "../actions.js";
import { request } from "../api.js";
import { ClearPresetCookies, CreatePreset, DeletePreset, SetPresetCookies, UpdatePreset } from "../documents-settings.js";
import type { DownloadType } from "../gql/graphql.js";
import { reloadPresets, usePresets, type Preset } from "../presets.js";
import { NO_OPTIONS, OptionsFields, optionsInput, type OptionsForm } from "./OptionsFields.js";

type Draft = { id?: string; name: string; type: DownloadType; quality: string; isDefault: boolean; options: OptionsForm };
const EMPTY: Draft = { name: "", type: "VIDEO", quality: "best", isDefault: false, options: NO_OPTIONS };

/** A stored preset as the form edits it. */
const draftOf = (p: Preset): Draft => ({
  id: p.id,
  name: p.name,
  type: p.downloadType,
  quality: p.quality,
  isDefault: p.isDefault,
  options: {
    container: p.options.container ?? "",
    audioFormat: p.options.audioFormat ?? "",
    subtitleLanguages: p.options.subtitles?.languages.join(", ") ?? "",
    embedSubtitles: p.options.subtitles?.embed ?? false,
    subtitleFormat: p.options.subtitles?.format ?? "",
    embedMetadata: p.options.embedMetadata,
    embedThumbnail: p.options.embedThumbnail,
    embedChapters: p.options.embedChapters,
    splitChapters: p.options.splitChapters,
    rateLimitKb: p.options.rateLimit ? String(p.options.rateLimit / 1024) : "",
    folder: p.options.folder ?? "",
  },
});

/** Runs a preset mutation, then reads the presets again. */
const change = async <K extends string>(pending: Promise<Record<K, { __typename: string; message?: string }>>, field: K) => {
  await act(pending, field);
  await reloadPresets();
};

/** Lists, creates, edits and deletes presets; sets the default; uploads or clears a cookies file. */
export function PresetsView({ qualities }: { qualities: { video: string[]; audio: string[] } }) {
  const presets = usePresets();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [error, setError] = useState("");

  async function save(event: Event) {
    event.preventDefault();
    const input = { name: draft.name, downloadType: draft.type, quality: draft.quality, isDefault: draft.isDefault, options: optionsInput(draft.options) };
    const result = draft.id ? (await request(UpdatePreset, { id: draft.id, input })).updatePreset : (await request(CreatePreset, { input })).createPreset;
    if (result.__typename !== "Preset") return setError(("message" in result && result.message) || "refused");
    setError("");
    setDraft(EMPTY);
    await reloadPresets();
  }

  async function upload(preset: Preset, file: File | undefined) {
    if (file) await change(request(SetPresetCookies, { id: preset.id, cookies: await file.text() }), "setPresetCookies");
  }

  return (
    <section class="presets" aria-label="Presets">
      <form class="add preset-form" onSubmit={save} aria-label={draft.id ? "Edit preset" : "New preset"}>
        <div class="field">
          <label for="preset-name">Preset name</label>
          <input id="preset-name" value={draft.name} onInput={(e) => setDraft({ ...draft, name: e.currentTarget.value })} />
        </div>
        <div class="field">
          <label for="preset-type">Type</label>
          <select id="preset-type" value={draft.type} onChange={(e) => setDraft({ ...draft, type: e.currentTarget.value as DownloadType, quality: "best" })}>
            <option value="VIDEO">Video</option>
            <option value="AUDIO">Audio</option>
          </select>
        </div>
        <div class="field">
          <label for="preset-quality">Quality</label>
          <select id="preset-quality" value={draft.quality} onChange={(e) => setDraft({ ...draft, quality: e.currentTarget.value })}>
            {(draft.type === "AUDIO" ? qualities.audio : qualities.video).map((q) => (
              <option key={q}>{q}</option>
            ))}
          </select>
        </div>
        <label class="check">
          <input type="checkbox" checked={draft.isDefault} onChange={(e) => setDraft({ ...draft, isDefault: e.currentTarget.checked })} /> Default preset
        </label>
        <OptionsFields id="preset" type={draft.type} value={draft.options} onChange={(options) => setDraft({ ...draft, options })} />
        <button type="submit" class="primary">
          {draft.id ? "Save preset" : "Create preset"}
        </button>
        {draft.id && (
          <button type="button" onClick={() => setDraft(EMPTY)}>
            Cancel edit
          </button>
        )}
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
      </form>
      {presets.length === 0 ? (
        <p class="empty">No presets yet: a preset keeps a set of options under a name.</p>
      ) : (
        <ul class="tasks">
          {presets.map((preset) => (
            <li key={preset.id} class="task preset" aria-label={preset.name}>
              <div class="body">
                <p class="title">
                  {preset.name} {preset.isDefault && <span class="badge">default</span>}
                </p>
                <p class="meta">
                  <span>{preset.downloadType === "AUDIO" ? `audio ${preset.options.audioFormat?.toLowerCase() ?? "mp3"}` : `video ${preset.options.container?.toLowerCase() ?? ""}`}</span>
                  <span>{preset.quality}</span>
                  {preset.options.subtitles && <span>subtitles {preset.options.subtitles.languages.join(", ")}</span>}
                  {preset.options.folder && <span>folder {preset.options.folder}</span>}
                  <span>{preset.hasCookies ? "cookies stored" : "no cookies"}</span>
                </p>
              </div>
              <div class="actions">
                <button onClick={() => setDraft(draftOf(preset))}>Edit</button>
                {!preset.isDefault && <button onClick={() => void change(request(UpdatePreset, { id: preset.id, input: { isDefault: true } }), "updatePreset")}>Make default</button>}
                <label class="button">
                  {preset.hasCookies ? "Replace cookies" : "Upload cookies"}
                  <input type="file" accept=".txt,text/plain" hidden onChange={(e) => void upload(preset, e.currentTarget.files?.[0])} />
                </label>
                {preset.hasCookies && <button onClick={() => void change(request(ClearPresetCookies, { id: preset.id }), "clearPresetCookies")}>Clear cookies</button>}
                <button class="danger" onClick={() => void change(request(DeletePreset, { id: preset.id }), "deletePreset")}>
                  Delete
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
