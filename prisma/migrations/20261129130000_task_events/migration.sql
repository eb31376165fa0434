-- CreateTable
CREATE TABLE "TaskEvent" (
    "seq" BIGINT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "downloadId" TEXT NOT NULL,
    "previousStatus" TEXT,
    "download" TEXT NOT NULL,
    "at" DATETIME NOT NULL
);
