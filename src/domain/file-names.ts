/**
 * How a task's files are named, so that each is found by its task id: the media file, its
 * partials, chapters and subtitles are "{title}__{id}.{ext}"; the thumbnail the server keeps is
 * "{id}.{ext}". Imports nothing.
 */

/** What ends a file's name before its extension, tying it to its task. */
export const idSuffix = (id: string) => `__${id}`;

/** The task ids in a file name ("…__{id}.…"), partials and fragments too. */
export const idsInFileName = (name: string) => [...name.matchAll(/__([0-9a-f-]{36})\./g)].map((m) => m[1]!);

/** The task a kept thumbnail ("{id}.{ext}") belongs to. */
export const thumbnailIdOf = (name: string) => (name.includes(".") ? name.slice(0, name.indexOf(".")) : undefined);
