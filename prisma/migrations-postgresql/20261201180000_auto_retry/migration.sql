-- Automatic retries of transient failures (src/domain/failure-kinds.ts).
ALTER TABLE "Download" ADD COLUMN "attempt" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "nextAttemptAt" TIMESTAMP(3),
  ADD COLUMN "errorKind" TEXT,
  ADD COLUMN "lastError" TEXT NOT NULL DEFAULT '';
