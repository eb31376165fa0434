import { randomUUID } from "node:crypto";
import { ConflictError, InputError, namedList, NotFoundError } from "../domain/errors.js";
import { checkOptions, checkQuality, mergeOptions, parseOptions, type DownloadOptions, type OptionsChange } from "../domain/options.js";
import type { Preset, PresetFields } from "../domain/preset.js";
import { isDownloadType, type DownloadType } from "../domain/vocabulary.js";
import { DuplicateNameError, type PresetStore } from "../store/presets.js";
import { checkCookies, CookieFiles } from "./cookies.js";

/** What yt-dlp's parser says of raw arguments (engine/engine.ts). */
export type ArgsChecker = (args: string[]) => Promise<{ refused: string | null; error: string | null }>;

export type PresetInput = {
  name?: string;
  downloadType?: DownloadType;
  quality?: string;
  options?: OptionsChange;
  isDefault?: boolean;
};

/** What a download request asks for; anything unset comes from its preset (or the default one). */
export type DownloadRequest = {
  presetId?: string;
  /** A preset's id or name (REST's `preset`). */
  preset?: string;
  downloadType?: DownloadType;
  quality?: string;
  options?: OptionsChange;
};

/** A request resolved against its preset: what the task is queued with. */
export type ResolvedRequest = { downloadType: DownloadType; quality: string; options: DownloadOptions; presetId: string | null };

const MAX_NAME_LENGTH = 100;

/** Presets: named option sets, one of them the default, each with an optional cookies file. */
/** How long the default preset is remembered (see defaultPreset). */
const DEFAULT_PRESET_MS = 1000;

export class PresetService {
  readonly cookies: CookieFiles;
  private defaultRead?: { until: number; preset: Promise<Preset | null> };
  /** What refers to a preset ('feed "News"', 'notifier "Phone"'): set where feeds and notifiers exist (app.ts). */
  usedBy: (id: string) => Promise<string[]> = async () => [];

  constructor(
    private readonly store: PresetStore,
    dataDir: string,
    private readonly allowYtdlpArgs: boolean,
    private readonly checkArgs: ArgsChecker,
  ) {
    this.cookies = new CookieFiles(dataDir);
  }

  list(): Promise<Preset[]> {
    return this.store.list();
  }

  get(id: string): Promise<Preset | null> {
    return this.store.get(id);
  }

  async require(id: string): Promise<Preset> {
    const preset = await this.store.get(id);
    if (!preset) throw new NotFoundError(`no preset with id ${id}`);
    return preset;
  }

  async create(input: PresetInput): Promise<Preset> {
    const downloadType = input.downloadType ?? "video";
    const fields = await this.checkFields({ ...input, name: input.name ?? "", downloadType, quality: input.quality ?? "best" }, {});
    const created = await this.store.create(randomUUID(), fields).catch(duplicate(fields.name));
    this.defaultRead = undefined; // it may be the new default
    return created;
  }

  /** Changes the given fields; `options`, when given, replaces the preset's options as a whole. */
  async update(id: string, input: PresetInput): Promise<Preset> {
    const current = await this.require(id);
    const type = input.downloadType ?? (current.downloadType as DownloadType);
    const quality = input.quality ?? (input.downloadType ? "best" : current.quality);
    const fields = await this.checkFields({ ...input, name: input.name ?? current.name, downloadType: type, quality }, input.options ? {} : parseOptions(current.options));
    const updated = await this.store.update(id, fields).catch(duplicate(fields.name));
    this.defaultRead = undefined;
    if (!updated) throw new NotFoundError(`no preset with id ${id}`);
    return updated;
  }

  /**
   * Deletes a preset and its cookies; tasks queued with it keep their options. Refused (a
   * ConflictError naming them) while it is the default or a feed or notifier refers to it.
   */
  async delete(id: string): Promise<Preset> {
    const preset = await this.require(id);
    if (preset.isDefault) throw new ConflictError(`preset "${preset.name}" is the default: make another preset the default (or none) first`);
    const users = await this.usedBy(id);
    if (users.length) throw new ConflictError(`preset "${preset.name}" is used by ${namedList(users)}: change them to another preset first`);
    await this.store.delete(id);
    this.defaultRead = undefined;
    await this.cookies.remove(id);
    return preset;
  }

  /** Stores a Netscape cookies file for the preset's tasks; the file is never returned. */
  async setCookies(id: string, text: string): Promise<Preset> {
    await this.require(id);
    await this.cookies.save(id, checkCookies(text));
    return (await this.store.setHasCookies(id, true)) ?? this.require(id);
  }

  async clearCookies(id: string): Promise<Preset> {
    await this.require(id);
    await this.cookies.remove(id);
    return (await this.store.setHasCookies(id, false)) ?? this.require(id);
  }

  /** The preset named (by id, or id or name), else the default one, with the request's own choices over it. */
  async resolve(request: DownloadRequest): Promise<ResolvedRequest> {
    const preset = await this.presetFor(request);
    const downloadType = request.downloadType ?? (preset && isDownloadType(preset.downloadType) ? preset.downloadType : "video");
    const sameType = !request.downloadType || request.downloadType === preset?.downloadType;
    const quality = request.quality ?? (preset && sameType ? preset.quality : "best");
    checkQuality(downloadType, quality);
    const options = mergeOptions(preset ? parseOptions(preset.options) : {}, request.options);
    return { downloadType, quality, options: await this.checkAllOptions(options, "options"), presetId: preset?.id ?? null };
  }

  private async presetFor(request: DownloadRequest): Promise<Preset | null> {
    if (request.presetId) {
      const preset = await this.store.get(request.presetId);
      if (!preset) throw new InputError("presetId", `no preset with id ${request.presetId.slice(0, 40)}`);
      return preset;
    }
    if (request.preset) {
      const preset = (await this.store.get(request.preset)) ?? (await this.store.byName(request.preset));
      if (!preset) throw new InputError("preset", "no preset with that id or name");
      return preset;
    }
    return this.defaultPreset();
  }

  /**
   * The default preset, remembered for a second: a burst of 500 submissions reads it once, not
   * 500 times. This instance's own changes forget it at once; another instance's show within the second.
   */
  private defaultPreset(now = Date.now()): Promise<Preset | null> {
    if (!this.defaultRead || now >= this.defaultRead.until) {
      const preset = this.store.defaultPreset();
      this.defaultRead = { until: now + DEFAULT_PRESET_MS, preset };
      preset.catch(() => (this.defaultRead = undefined)); // a failed read is not remembered
    }
    return this.defaultRead.preset;
  }

  private async checkFields(input: PresetInput & { name: string; downloadType: DownloadType; quality: string }, base: DownloadOptions): Promise<PresetFields> {
    const name = input.name.trim();
    if (!name || name.length > MAX_NAME_LENGTH || /[\x00-\x1f]/.test(name)) throw new InputError("name", `must be 1 to ${MAX_NAME_LENGTH} characters, without control characters`);
    checkQuality(input.downloadType, input.quality);
    const options = await this.checkAllOptions(mergeOptions(base, input.options), "options");
    return { name, downloadType: input.downloadType, quality: input.quality, options: JSON.stringify(options), isDefault: input.isDefault ?? false };
  }

  /** checkOptions, then raw arguments through yt-dlp's parser (only when the operator allows them). */
  private async checkAllOptions(options: DownloadOptions, field: string): Promise<DownloadOptions> {
    const checked = checkOptions(options, field);
    const args = checked.ytdlpArgs;
    if (!args?.length) return checked;
    if (!this.allowYtdlpArgs) throw new InputError(`${field}.ytdlpArgs`, "raw yt-dlp arguments are off on this server (the operator can set ALLOW_YTDLP_ARGS=true)");
    const { refused, error } = await this.checkArgs(args);
    if (refused) throw new InputError(`${field}.ytdlpArgs`, `${refused} is not allowed: it writes outside the download folder, runs a program, changes what yt-dlp prints, or carries a secret`);
    if (error) throw new InputError(`${field}.ytdlpArgs`, `yt-dlp does not accept them: ${error}`);
    return checked;
  }
}

const duplicate = (name: string) => (error: unknown) => {
  if (error instanceof DuplicateNameError) throw new ConflictError(`a preset named "${name}" exists already`);
  throw error;
};
