-- The PostgreSQL form of prisma/migrations up to 20261129130000_task_events (types as Prisma maps them).
CREATE TABLE "Download" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "url" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "thumbnail" TEXT NOT NULL DEFAULT '',
    "thumbnailPath" TEXT,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "progress" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "speedBytes" DOUBLE PRECISION,
    "etaSeconds" INTEGER,
    "filesize" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "downloadedBytes" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "formatNote" TEXT NOT NULL DEFAULT '',
    "isPlaylist" BOOLEAN NOT NULL DEFAULT false,
    "playlistIndex" INTEGER NOT NULL DEFAULT 0,
    "playlistTotal" INTEGER NOT NULL DEFAULT 1,
    "groupId" TEXT NOT NULL,
    "filename" TEXT NOT NULL DEFAULT '',
    "filepath" TEXT,
    "pid" INTEGER,
    "quality" TEXT NOT NULL DEFAULT 'best',
    "downloadType" TEXT NOT NULL DEFAULT 'video',
    "errorMessage" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "startedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3)
);

CREATE INDEX "Download_status_idx" ON "Download"("status");
CREATE INDEX "Download_groupId_idx" ON "Download"("groupId");
CREATE INDEX "Download_createdAt_playlistIndex_idx" ON "Download"("createdAt", "playlistIndex");

CREATE TABLE "TaskEvent" (
    "seq" BIGINT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "downloadId" TEXT NOT NULL,
    "previousStatus" TEXT,
    "download" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL
);
