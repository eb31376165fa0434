-- Idle instances LISTEN on "mds_work" (src/store/work-notices.ts): a task that becomes claimable
-- (added, put back in the queue, let go by its instance) tells them at commit, from any instance.
-- Notices with the same payload in one transaction arrive once, so a bulk insert sends one.
CREATE FUNCTION "notify_work"() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('mds_work', '');
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Download_work" AFTER INSERT OR UPDATE OF "status", "lockedBy" ON "Download"
  FOR EACH ROW WHEN (NEW."status" = 'pending' AND NEW."lockedBy" IS NULL)
  EXECUTE FUNCTION "notify_work"();
