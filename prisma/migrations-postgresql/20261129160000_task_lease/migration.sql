-- The lease of the instance running a task (see services/job-reporter.ts).
ALTER TABLE "Download" ADD COLUMN "lockedBy" TEXT, ADD COLUMN "lockedAt" TIMESTAMP(3);
