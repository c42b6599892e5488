// Uploads of activity files and exports: POST /imports streams each file of a multipart body to a temp
// folder (never held whole in memory; over the size limit is 413 too_large and nothing is kept), makes an
// import job and answers 202 at once; the job runs in the background. GET /imports and /imports/:id read
// the runner's own jobs; one job comes with a page of its per-file results (all, or the failed ones).
import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { pipeline } from "node:stream/promises";
import multipart from "@fastify/multipart";
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { listJobResults } from "../store/import-job-files.ts";
import {
  countUnfinishedJobs,
  createJob,
  failInterruptedJobs,
  findJob,
  JOB_STALE_MS,
  listJobs,
} from "../store/import-jobs.ts";
import type { AppContext } from "./app-context.ts";
import { signedInUser } from "./auth.ts";
import { ApiError, notFound } from "./errors.ts";
import { ImportJobRunner, type UploadedFile } from "./import-job-runner.ts";

/** Largest upload (all files of one request together): a big Garmin export part is ~500 MB. */
export const DEFAULT_MAX_UPLOAD_BYTES = 1024 * 1024 * 1024;
/** Unfinished jobs one runner may have: each holds its upload on disk until it has run. */
export const MAX_UNFINISHED_JOBS = 3;
/** Files in one upload (an export is one zip; loose files are many). */
const MAX_FILES = 1000;

export interface ImportRouteOptions extends AppContext {
  readonly maxUploadBytes: number;
}

const jobParams = z.object({ id: z.string().max(100) });

/** Most results in one page; a 20,000-file export is read a page at a time (or only its failures). */
export const MAX_RESULTS_PAGE = 500;
const wholeNumber = { error: "must be a whole number" } as const;
const resultsQuery = z.object({
  offset: z.coerce.number(wholeNumber).int(wholeNumber).min(0, "must be 0 or more").default(0),
  limit: z.coerce
    .number(wholeNumber)
    .int(wholeNumber)
    .min(0, `must be from 0 to ${MAX_RESULTS_PAGE}`)
    .max(MAX_RESULTS_PAGE, `must be from 0 to ${MAX_RESULTS_PAGE}`)
    .default(100),
  only: z.enum(["failed"], { error: 'must be "failed" (or left out for every file)' }).optional(),
});

const tooLarge = (limit: number) =>
  new ApiError(
    413,
    "too_large",
    `The upload is over the ${Math.round(limit / 1024 / 1024)} MB limit; nothing was imported. Split the export into parts.`,
  );

export const importRoutes: FastifyPluginAsyncZod<ImportRouteOptions> = async (app, options) => {
  const runner = new ImportJobRunner(options);
  /** Fails jobs whose process is gone (no heartbeat for JOB_STALE_MS): at start-up, and before a runner reads theirs. */
  const failStale = (userId?: string) => {
    const now = options.clock();
    return failInterruptedJobs(
      options.db,
      now.toISOString(),
      new Date(now.getTime() - JOB_STALE_MS).toISOString(),
      userId,
    );
  };
  await failStale();
  app.addHook("onClose", () => runner.idle());
  await app.register(multipart, {
    limits: { fileSize: options.maxUploadBytes, files: MAX_FILES, fields: 10, fieldSize: 1024 },
  });

  app.post(
    "/imports",
    {
      config: { access: "runner" },
      schema: {
        consumes: ["multipart/form-data"],
        description:
          "Upload activity files or export zips (multipart file parts); 202 with the import job. See docs/api.md.",
      },
    },
    async (request, reply) => {
      if (!request.isMultipart())
        throw new ApiError(
          415,
          "unsupported_media_type",
          "Send the files as multipart/form-data (one or more file fields).",
        );
      const userId = signedInUser(request).id;
      await failStale(userId);
      if ((await countUnfinishedJobs(options.db, userId)) >= MAX_UNFINISHED_JOBS) {
        throw new ApiError(
          409,
          "conflict",
          `${MAX_UNFINISHED_JOBS} of your imports are still waiting or running; upload more when one has finished.`,
        );
      }
      const dir = await mkdtemp(join(tmpdir(), "strideback-upload-"));
      let files: UploadedFile[];
      try {
        files = await receiveFiles(request, dir, options.maxUploadBytes);
      } catch (e) {
        await rm(dir, { recursive: true, force: true });
        throw e;
      }
      const job = await createJob(options.db, userId, options.clock().toISOString());
      runner.start({ jobId: job.id, userId, dir, files });
      return reply.code(202).send({ job: { ...job, results: [], resultsTotal: 0, nextOffset: null } });
    },
  );

  app.get("/imports", { config: { access: "runner" } }, async (request) => {
    const userId = signedInUser(request).id;
    await failStale(userId);
    return { jobs: await listJobs(options.db, userId) };
  });

  app.get(
    "/imports/:id",
    {
      config: { access: "runner" },
      schema: {
        params: jobParams,
        querystring: resultsQuery,
        description:
          "The job with its counts and a page of its per-file results (offset, limit 0-500, only=failed); resultsTotal and nextOffset for the next page.",
      },
    },
    async (request) => {
      const userId = signedInUser(request).id;
      await failStale(userId);
      const job = await findJob(options.db, userId, request.params.id);
      if (!job) throw notFound("The import");
      const { offset, limit, only } = request.query;
      const page = await listJobResults(options.db, job, { offset, limit, ...(only ? { only } : {}) });
      return { job: { ...job, ...page } };
    },
  );
};

/** Streams every file part to `dir`; 413 when the files together pass `limit`, 400 when there is none. */
async function receiveFiles(request: FastifyRequest, dir: string, limit: number): Promise<UploadedFile[]> {
  const files: UploadedFile[] = [];
  let total = 0;
  try {
    for await (const part of request.parts()) {
      if (part.type !== "file") continue;
      const name = safeName(part.filename, files.length);
      const path = join(dir, `${files.length}-${name}`);
      let bytes = 0;
      part.file.on("data", (chunk: Buffer) => (bytes += chunk.length));
      await pipeline(part.file, createWriteStream(path));
      total += bytes;
      if (part.file.truncated || total > limit) throw tooLarge(limit);
      files.push({ path, name });
    }
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === "FST_REQ_FILE_TOO_LARGE" || code === "FST_FILES_LIMIT") throw tooLarge(limit);
    throw e;
  }
  if (files.length === 0)
    throw new ApiError(400, "invalid_body", "The upload holds no file.", [
      { path: "file", message: "send at least one file part" },
    ]);
  return files;
}

/** The file's own name, without folders or odd characters (it is only shown back to the runner). */
function safeName(filename: string | undefined, index: number): string {
  const name = basename((filename ?? "").replaceAll("\\", "/"))
    .replace(/[^\w.\- ]/g, "_")
    .slice(-120);
  return name.length > 0 && name !== "." && name !== ".." ? name : `upload-${index + 1}`;
}
