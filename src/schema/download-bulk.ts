import type { Download as DownloadRow } from "../domain/task.js";
import { InputError, isServiceError, RateLimitError } from "../domain/errors.js";
import { builder } from "./builder.js";
import { Download } from "./download.js";
import { AddDownloadInput, requestOf, takeBudget } from "./download-mutations.js";
import { ErrorCode, type ReturnedError } from "./errors.js";

/** The mutations on many tasks at once: the page's selection, a client's batch. */

/** Ids one call may name. */
export const MAX_BULK = 500;

type Failure = { id: string; error: ReturnedError };
type Outcome = { downloads: DownloadRow[]; failed: Failure[] };

const BulkFailure = builder.objectRef<Failure>("BulkFailure").implement({
  description: "A task a bulk mutation could not change, and why",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The task's id as given" }),
    code: t.field({ type: ErrorCode, description: "NOT_FOUND or CONFLICT", resolve: (f) => f.error.code }),
    message: t.string({ description: "Why, for people", resolve: (f) => f.error.message }),
  }),
});

const outcomeType = (name: string, changed: string) =>
  builder.objectRef<Outcome>(name).implement({
    description: `What a bulk mutation did: the tasks it ${changed}, and those it could not`,
    fields: (t) => ({
      downloads: t.field({ type: [Download], description: `The tasks it ${changed}, as they are now`, resolve: (o) => o.downloads }),
      failed: t.field({ type: [BulkFailure], description: "The ids it could not act on, each with its error", resolve: (o) => o.failed }),
    }),
  });

const checkIds = (ids: ReadonlyArray<string | number>): string[] => {
  if (ids.length === 0 || ids.length > MAX_BULK) throw new InputError("ids", `must name 1 to ${MAX_BULK} tasks`);
  return [...new Set(ids.map(String))];
};

/** Acts on each id in turn; a service error (not found, wrong state) is that id's failure, anything else is thrown. */
async function eachId(ids: ReadonlyArray<string | number>, act: (id: string) => Promise<DownloadRow>): Promise<Outcome> {
  const outcome: Outcome = { downloads: [], failed: [] };
  for (const id of checkIds(ids)) {
    try {
      outcome.downloads.push(await act(id));
    } catch (error) {
      if (!isServiceError(error)) throw error;
      outcome.failed.push({ id, error: error as ReturnedError });
    }
  }
  return outcome;
}

builder.mutationFields((t) => ({
  addDownloads: t.field({
    type: [Download],
    description: `Queues up to ${MAX_BULK} URLs in one call, all or none: a refused input is named (inputs.2.url) and nothing is queued`,
    errors: {
      types: [InputError, RateLimitError],
      union: { description: "The queued tasks, or the input that was refused, or too many tasks for now" },
      result: { description: "The URLs were queued" },
      dataField: { name: "downloads", description: "The new tasks, in the order of the inputs" },
    },
    args: { inputs: t.arg({ type: [AddDownloadInput], required: true, description: "What to download, one input per URL" }) },
    resolve: async (_root, { inputs }, ctx) => {
      if (inputs.length === 0 || inputs.length > MAX_BULK) throw new InputError("inputs", `must hold 1 to ${MAX_BULK} URLs`);
      takeBudget(ctx, inputs.length);
      const requests = await Promise.all(
        inputs.map((input, index) =>
          requestOf(input, ctx).catch((error: unknown) => {
            throw error instanceof InputError ? error.within(`inputs.${index}`) : error;
          }),
        ),
      );
      return ctx.downloads.add(requests);
    },
  }),
  cancelDownloads: t.field({
    type: outcomeType("CancelDownloadsPayload", "cancelled"),
    description: "Cancels each pending or running task named; one that cannot be is listed in failed",
    errors: { types: [InputError], directResult: true, union: { description: "What was cancelled, or why the ids were refused" } },
    args: { ids: t.arg.idList({ required: true, description: `The tasks' ids (1 to ${MAX_BULK})` }) },
    resolve: (_root, { ids }, ctx) => eachId(ids, (id) => ctx.downloads.cancel(id)),
  }),
  retryDownloads: t.field({
    type: outcomeType("RetryDownloadsPayload", "queued again"),
    description: "Queues each failed or cancelled task named again, with its options (each counts against MAX_TASKS_PER_MINUTE); one that cannot be is listed in failed",
    errors: { types: [InputError, RateLimitError], directResult: true, union: { description: "What was queued again, or why the ids were refused" } },
    args: { ids: t.arg.idList({ required: true, description: `The tasks' ids (1 to ${MAX_BULK})` }) },
    resolve: (_root, { ids }, ctx) => {
      if (ids.length > 0 && ids.length <= MAX_BULK) takeBudget(ctx, ids.length); // a bad list is refused by eachId, for free
      return eachId(ids, (id) => ctx.downloads.retry(id));
    },
  }),
  removeDownloads: t.field({
    type: outcomeType("RemoveDownloadsPayload", "deleted (their last state)"),
    description: "Deletes each task named (cancelling it if it runs) and its thumbnail; with deleteFiles, also its files",
    errors: { types: [InputError], directResult: true, union: { description: "What was deleted, or why the ids were refused" } },
    args: {
      ids: t.arg.idList({ required: true, description: `The tasks' ids (1 to ${MAX_BULK})` }),
      deleteFiles: t.arg.boolean({ defaultValue: false, description: "Also delete their files and partial files" }),
    },
    resolve: (_root, { ids, deleteFiles }, ctx) => eachId(ids, (id) => ctx.downloads.remove(id, deleteFiles ?? false)),
  }),
}));
