import type { AudioFormat, DownloadOptionsInput, DownloadType, SubtitleFormat, VideoContainer } from "../gql/graphql.js";

/** The options a person sets in the page, as the form holds them. */
export type OptionsForm = {
  container: VideoContainer | "";
  audioFormat: AudioFormat | "";
  subtitleLanguages: string;
  embedSubtitles: boolean;
  subtitleFormat: SubtitleFormat | "";
  embedMetadata: boolean;
  embedThumbnail: boolean;
  embedChapters: boolean;
  splitChapters: boolean;
  rateLimitKb: string;
  folder: string;
};

export const NO_OPTIONS: OptionsForm = {
  container: "",
  audioFormat: "",
  subtitleLanguages: "",
  embedSubtitles: false,
  subtitleFormat: "",
  embedMetadata: false,
  embedThumbnail: false,
  embedChapters: false,
  splitChapters: false,
  rateLimitKb: "",
  folder: "",
};

/** Only what was set: unset fields keep the preset's. */
export function optionsInput(form: OptionsForm): DownloadOptionsInput {
  const languages = form.subtitleLanguages.split(/[\s,]+/).filter(Boolean);
  const input: DownloadOptionsInput = {};
  if (form.container) input.container = form.container;
  if (form.audioFormat) input.audioFormat = form.audioFormat;
  if (languages.length) input.subtitles = { languages, embed: form.embedSubtitles, ...(form.subtitleFormat ? { format: form.subtitleFormat } : {}) };
  for (const flag of ["embedMetadata", "embedThumbnail", "embedChapters", "splitChapters"] as const) if (form[flag]) input[flag] = true;
  if (form.rateLimitKb) input.rateLimit = Math.round(Number(form.rateLimitKb) * 1024);
  if (form.folder.trim()) input.folder = form.folder.trim();
  return input;
}

type Props = { id: string; type: DownloadType; value: OptionsForm; onChange(value: OptionsForm): void };

/** The typed options: container or audio format, subtitles, what to embed, a rate limit, a folder. */
export function OptionsFields({ id, type, value, onChange }: Props) {
  const set = <K extends keyof OptionsForm>(key: K, item: OptionsForm[K]) => onChange({ ...value, [key]: item });
  const check = (key: "embedSubtitles" | "embedMetadata" | "embedThumbnail" | "embedChapters" | "splitChapters", label: string) => (
    <label class="check">
      <input type="checkbox" checked={value[key]} onChange={(e) => set(key, e.currentTarget.checked)} /> {label}
    </label>
  );
  return (
    <div class="options">
      {type === "VIDEO" ? (
        <div class="field">
          <label for={`${id}-container`}>Container</label>
          <select id={`${id}-container`} value={value.container} onChange={(e) => set("container", e.currentTarget.value as VideoContainer | "")}>
            <option value="">Default</option>
            <option value="MP4">MP4</option>
            <option value="MKV">MKV</option>
            <option value="ORIGINAL">As downloaded</option>
          </select>
        </div>
      ) : (
        <div class="field">
          <label for={`${id}-audio`}>Audio format</label>
          <select id={`${id}-audio`} value={value.audioFormat} onChange={(e) => set("audioFormat", e.currentTarget.value as AudioFormat | "")}>
            <option value="">Default</option>
            {["MP3", "M4A", "OPUS", "FLAC", "WAV"].map((format) => (
              <option key={format} value={format}>
                {format}
              </option>
            ))}
          </select>
        </div>
      )}
      <div class="field">
        <label for={`${id}-subs`}>Subtitles (languages)</label>
        <input id={`${id}-subs`} placeholder="en, de or all" value={value.subtitleLanguages} onInput={(e) => set("subtitleLanguages", e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for={`${id}-subformat`}>Subtitle format</label>
        <select id={`${id}-subformat`} value={value.subtitleFormat} onChange={(e) => set("subtitleFormat", e.currentTarget.value as SubtitleFormat | "")}>
          <option value="">As the site has them</option>
          <option value="SRT">SRT</option>
          <option value="VTT">VTT</option>
        </select>
      </div>
      <div class="field">
        <label for={`${id}-rate`}>Rate limit (KB/s)</label>
        <input id={`${id}-rate`} inputMode="numeric" value={value.rateLimitKb} onInput={(e) => set("rateLimitKb", e.currentTarget.value)} />
      </div>
      <div class="field grow">
        <label for={`${id}-folder`}>Folder</label>
        <input id={`${id}-folder`} placeholder="{uploader}/{upload_date}" value={value.folder} onInput={(e) => set("folder", e.currentTarget.value)} />
      </div>
      <div class="checks">
        {check("embedSubtitles", "Embed subtitles")}
        {check("embedMetadata", "Embed metadata")}
        {check("embedThumbnail", "Embed thumbnail")}
        {check("embedChapters", "Embed chapters")}
        {check("splitChapters", "Split by chapters")}
      </div>
    </div>
  );
}
