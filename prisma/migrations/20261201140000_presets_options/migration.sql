-- Download options and presets (src/domain/options.ts): each task keeps the options it runs with.
-- Columns are added in place (no table rebuild), so a large task table migrates at once.
ALTER TABLE "Download" ADD COLUMN "options" TEXT NOT NULL DEFAULT '{}';
ALTER TABLE "Download" ADD COLUMN "presetId" TEXT;
ALTER TABLE "Download" ADD COLUMN "playlistTitle" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Download" ADD COLUMN "files" TEXT NOT NULL DEFAULT '[]';

CREATE TABLE "Preset" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "downloadType" TEXT NOT NULL DEFAULT 'video',
    "quality" TEXT NOT NULL DEFAULT 'best',
    "options" TEXT NOT NULL DEFAULT '{}',
    "isDefault" BOOLEAN NOT NULL DEFAULT false,
    "hasCookies" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
CREATE UNIQUE INDEX "Preset_name_key" ON "Preset"("name");
