-- Feed events, in order, for feedEvents subscribers to resume from (src/feeds/events.ts).
CREATE TABLE "FeedEventLog" (
    "seq" SERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "feedId" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FeedEventLog_pkey" PRIMARY KEY ("seq")
);
