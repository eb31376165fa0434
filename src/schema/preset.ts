import { ConflictError, InputError, NotFoundError } from "../domain/errors.js";
import { parseOptions } from "../domain/options.js";
import type { Preset as PresetRow } from "../domain/preset.js";
import { downloadTypeOf } from "../domain/task.js";
import { AUDIO_QUALITIES, VIDEO_QUALITIES } from "../domain/vocabulary.js";
import { MAX_COOKIES_BYTES } from "../presets/cookies.js";
import { builder } from "./builder.js";
import { DownloadType } from "./download-enums.js";
import { DownloadOptions, DownloadOptionsInput, optionsChangeOf } from "./download-options.js";

export const Preset = builder.objectRef<PresetRow>("Preset").implement({
  description: "A named set of download options; the default one applies when a download names none",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The preset's UUID" }),
    name: t.exposeString("name", { description: "Unique" }),
    downloadType: t.field({ type: DownloadType, description: "Video or audio", resolve: (p) => downloadTypeOf(p) }),
    quality: t.exposeString("quality", { description: 'As addDownload takes it: "best", "720p", "192k", ...' }),
    options: t.field({ type: DownloadOptions, description: "How its downloads are saved", resolve: (p) => parseOptions(p.options) }),
    isDefault: t.exposeBoolean("isDefault", { description: "Used when a download names no preset" }),
    hasCookies: t.exposeBoolean("hasCookies", { description: "Whether a cookies file is stored for it (its content is never returned)" }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was created" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "When it last changed" }),
  }),
});

const QUALITY_NOTE = `Video: ${VIDEO_QUALITIES.join(", ")}. Audio: ${AUDIO_QUALITIES.join(", ")}`;

const CreatePresetInput = builder.inputType("CreatePresetInput", {
  description: "A new preset",
  fields: (t) => ({
    name: t.string({ required: true, description: "Unique, 1 to 100 characters" }),
    downloadType: t.field({ type: DownloadType, required: false, description: "Video (default) or audio" }),
    quality: t.string({ required: false, description: `Default best. ${QUALITY_NOTE}` }),
    options: t.field({ type: DownloadOptionsInput, required: false, description: "How its downloads are saved" }),
    isDefault: t.boolean({ required: false, description: "Make it the default (the previous default stops being it)" }),
  }),
});

const UpdatePresetInput = builder.inputType("UpdatePresetInput", {
  description: "What to change; unset fields stay. Options, when given, replace the preset's options as a whole",
  fields: (t) => ({
    name: t.string({ required: false, description: "Unique, 1 to 100 characters" }),
    downloadType: t.field({ type: DownloadType, required: false, description: "Video or audio (quality goes back to best unless given)" }),
    quality: t.string({ required: false, description: QUALITY_NOTE }),
    options: t.field({ type: DownloadOptionsInput, required: false, description: "The new options" }),
    isDefault: t.boolean({ required: false, description: "Make it the default, or stop it being the default" }),
  }),
});

const presetErrors = (description: string) => ({ types: [InputError, NotFoundError, ConflictError], directResult: true as const, union: { description } });

const presetInput = (input: typeof UpdatePresetInput.$inferInput) => ({
  name: input.name ?? undefined,
  downloadType: input.downloadType ?? undefined,
  quality: input.quality ?? undefined,
  options: optionsChangeOf(input.options),
  isDefault: input.isDefault ?? undefined,
});

builder.queryFields((t) => ({
  presets: t.field({
    type: [Preset],
    description: "Every preset, by name",
    resolve: (_root, _args, ctx) => ctx.presets.list(),
  }),
  preset: t.field({
    type: Preset,
    nullable: true,
    description: "One preset; null when there is none with that id",
    args: { id: t.arg.id({ required: true, description: "The preset's id" }) },
    resolve: (_root, args, ctx) => ctx.presets.get(String(args.id)),
  }),
}));

builder.mutationFields((t) => ({
  createPreset: t.field({
    type: Preset,
    description: "Stores a new preset; a duplicate name is a ConflictError, a bad option an InvalidInputError naming it",
    errors: presetErrors("The new preset, or why it was refused"),
    args: { input: t.arg({ type: CreatePresetInput, required: true, description: "The preset" }) },
    resolve: (_root, { input }, ctx) => ctx.presets.create({ ...presetInput(input), name: input.name }),
  }),
  updatePreset: t.field({
    type: Preset,
    description: "Changes a preset; tasks already queued keep the options they were queued with",
    errors: presetErrors("The changed preset, or why it was refused"),
    args: { id: t.arg.id({ required: true, description: "The preset's id" }), input: t.arg({ type: UpdatePresetInput, required: true, description: "What to change" }) },
    resolve: (_root, { id, input }, ctx) => ctx.presets.update(String(id), presetInput(input)),
  }),
  deletePreset: t.field({
    type: Preset,
    description: "Deletes a preset and its cookies; its tasks keep their options",
    errors: presetErrors("The deleted preset, or NotFoundError"),
    args: { id: t.arg.id({ required: true, description: "The preset's id" }) },
    resolve: (_root, { id }, ctx) => ctx.presets.delete(String(id)),
  }),
  setPresetCookies: t.field({
    type: Preset,
    description: `Stores a Netscape cookies file (at most ${MAX_COOKIES_BYTES} bytes; GraphQL requests are capped at 128 KB, so larger ones go to PUT /api/presets/{id}/cookies) used by the preset's downloads. It is never returned`,
    errors: presetErrors("The preset, or why the cookies were refused"),
    args: { id: t.arg.id({ required: true, description: "The preset's id" }), cookies: t.arg.string({ required: true, description: "The cookies file's text" }) },
    resolve: (_root, { id, cookies }, ctx) => ctx.presets.setCookies(String(id), cookies),
  }),
  clearPresetCookies: t.field({
    type: Preset,
    description: "Deletes the preset's cookies file",
    errors: presetErrors("The preset, or NotFoundError"),
    args: { id: t.arg.id({ required: true, description: "The preset's id" }) },
    resolve: (_root, { id }, ctx) => ctx.presets.clearCookies(String(id)),
  }),
}));
