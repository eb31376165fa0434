import { InputError } from "./errors.js";
import { FOLDER_FIELDS, type FolderField } from "./vocabulary.js";

/** One piece of a folder name: literal text, or a task's metadata. */
export type FolderPart = { text: string } | { field: FolderField };

const MAX_LENGTH = 200;
const MAX_DEPTH = 5;

/**
 * Checks a folder template such as "{uploader}/{upload_date}" or "Music/{playlist_title}": relative
 * to the download folder, at most MAX_DEPTH folders, no "." or ".." folder, no backslash or
 * control character, and only the known placeholders. Returns it with "/" runs collapsed. What
 * the placeholders become is made safe when the task runs (engine/option-flags.ts).
 */
export function checkFolderTemplate(template: string, field: string): string {
  const refuse = (reason: string) => {
    throw new InputError(field, reason);
  };
  if (template.length > MAX_LENGTH) refuse(`must be at most ${MAX_LENGTH} characters`);
  if (/[\x00-\x1f\x7f\\]/.test(template)) refuse("must not contain control characters or a backslash");
  if (template.startsWith("/") || template.startsWith("~")) refuse("must be relative to the download folder (no leading / or ~)");
  const segments = template.split("/").filter(Boolean);
  if (segments.length > MAX_DEPTH) refuse(`at most ${MAX_DEPTH} folders deep`);
  for (const segment of segments) {
    if (segment.trim() === "." || segment.trim() === "..") refuse('must not contain a "." or ".." folder');
    folderParts(segment, refuse);
  }
  return segments.join("/");
}

/** The template's folders, each as its parts. */
export function folderSegments(template: string): FolderPart[][] {
  const refuse = (reason: string): never => {
    throw new Error(`folder template: ${reason}`);
  };
  return template.split("/").filter(Boolean).map((segment) => folderParts(segment, refuse));
}

function folderParts(segment: string, refuse: (reason: string) => void): FolderPart[] {
  const parts: FolderPart[] = [];
  for (const [, text, name] of segment.matchAll(/([^{}]*)(?:\{([^{}]*)\}|$)/g)) {
    if (text) parts.push({ text });
    if (name === undefined) continue;
    if (!(FOLDER_FIELDS as readonly string[]).includes(name)) refuse(`{${name.slice(0, 30)}} is not a placeholder; use ${FOLDER_FIELDS.map((f) => `{${f}}`).join(", ")}`);
    parts.push({ field: name as FolderField });
  }
  if (parts.map((p) => ("text" in p ? p.text : `{${p.field}}`)).join("") !== segment) refuse('has a "{" or "}" that is not part of a placeholder');
  return parts;
}
