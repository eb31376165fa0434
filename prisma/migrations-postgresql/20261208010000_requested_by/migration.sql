-- Whose task budget a task (and its playlist entries) counts against (security/rate-limit.ts).
ALTER TABLE "Download" ADD COLUMN "requestedBy" TEXT;
