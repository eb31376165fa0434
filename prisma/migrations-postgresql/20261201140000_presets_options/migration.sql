-- Download options and presets (src/domain/options.ts): each task keeps the options it runs with.
ALTER TABLE "Download" ADD COLUMN "options" TEXT NOT NULL DEFAULT '{}',
  ADD COLUMN "presetId" TEXT,
  ADD COLUMN "playlistTitle" TEXT NOT NULL DEFAULT '',
  ADD COLUMN "files" TEXT NOT NULL DEFAULT '[]';

CREATE TABLE "Preset" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "downloadType" TEXT NOT NULL DEFAULT 'video',
    "quality" TEXT NOT NULL DEFAULT 'best',
    "options" TEXT NOT NULL DEFAULT '{}',
    "isDefault" BOOLEAN NOT NULL DEFAULT false,
    "hasCookies" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "Preset_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Preset_name_key" ON "Preset"("name");
