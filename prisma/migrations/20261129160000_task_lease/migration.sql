-- The lease of the instance running a task (see services/job-reporter.ts).
ALTER TABLE "Download" ADD COLUMN "lockedBy" TEXT;
ALTER TABLE "Download" ADD COLUMN "lockedAt" DATETIME;
