-- Feed events, in order, for feedEvents subscribers to resume from (src/feeds/events.ts).
CREATE TABLE "FeedEventLog" (
    "seq" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "feedId" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
