-- Automatic retries of transient failures (src/domain/failure-kinds.ts).
ALTER TABLE "Download" ADD COLUMN "attempt" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Download" ADD COLUMN "nextAttemptAt" DATETIME;
ALTER TABLE "Download" ADD COLUMN "errorKind" TEXT;
ALTER TABLE "Download" ADD COLUMN "lastError" TEXT NOT NULL DEFAULT '';
