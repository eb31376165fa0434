import type { DownloadType } from "./vocabulary.js";

/** A named set of download options (the Preset model of prisma/schema.prisma; `options` is JSON, see options.ts). */
export type Preset = {
  id: string;
  name: string;
  downloadType: string;
  quality: string;
  options: string;
  isDefault: boolean;
  hasCookies: boolean;
  createdAt: Date;
  updatedAt: Date;
};

/** What a preset is made of, checked (presets/presets.ts). */
export type PresetFields = { name: string; downloadType: DownloadType; quality: string; options: string; isDefault: boolean };
