-- Feeds (src/feeds/): followed sources, every entry they listed, and the tasks they queued.
ALTER TABLE "Download" ADD COLUMN "feedId" TEXT, ADD COLUMN "sourceKey" TEXT;
CREATE INDEX "Download_sourceKey_idx" ON "Download"("sourceKey");

CREATE TABLE "Feed" (
    "id" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "checkEveryMinutes" INTEGER NOT NULL DEFAULT 60,
    "presetId" TEXT,
    "downloadType" TEXT,
    "quality" TEXT,
    "options" TEXT NOT NULL DEFAULT '{}',
    "filters" TEXT NOT NULL DEFAULT '{}',
    "lastCheckedAt" TIMESTAMP(3),
    "nextCheckAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT NOT NULL DEFAULT '',
    "failures" INTEGER NOT NULL DEFAULT 0,
    "lockedBy" TEXT,
    "lockedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "Feed_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "Feed_nextCheckAt_idx" ON "Feed"("nextCheckAt");

CREATE TABLE "FeedEntry" (
    "id" TEXT NOT NULL,
    "feedId" TEXT NOT NULL,
    "entryKey" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "downloadId" TEXT,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FeedEntry_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "FeedEntry_feedId_createdAt_idx" ON "FeedEntry"("feedId", "createdAt");
CREATE UNIQUE INDEX "FeedEntry_feedId_entryKey_key" ON "FeedEntry"("feedId", "entryKey");
