-- A queue a person steers: pause it for every instance, move a task to the front.
ALTER TABLE "Download" ADD COLUMN "priority" INTEGER NOT NULL DEFAULT 0;
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);
