-- DropIndex
DROP INDEX "Download_createdAt_idx";

-- CreateIndex
CREATE INDEX "Download_createdAt_playlistIndex_idx" ON "Download"("createdAt", "playlistIndex");
