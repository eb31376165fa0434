-- CreateTable
CREATE TABLE "Download" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "url" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "thumbnail" TEXT NOT NULL DEFAULT '',
    "thumbnailPath" TEXT,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "progress" REAL NOT NULL DEFAULT 0,
    "speedBytes" REAL,
    "etaSeconds" INTEGER,
    "filesize" REAL NOT NULL DEFAULT 0,
    "downloadedBytes" REAL NOT NULL DEFAULT 0,
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "startedAt" DATETIME,
    "completedAt" DATETIME
);

-- CreateIndex
CREATE INDEX "Download_status_idx" ON "Download"("status");

-- CreateIndex
CREATE INDEX "Download_groupId_idx" ON "Download"("groupId");

-- CreateIndex
CREATE INDEX "Download_createdAt_idx" ON "Download"("createdAt");

