-- Posts and close announcements are at least once, without duplicates. A claim (posted_at,
-- close_announced_at) is confirmed by the Discord message id it produced (message_id,
-- close_announcement_id); a claim left unconfirmed past its lease (a worker died, or Discord kept
-- failing past JDA's retries) is taken again by the sweeper, which sends the same nonce so that
-- Discord returns the first message instead of posting a second one.
ALTER TABLE polls ADD COLUMN close_announcement_id bigint;

-- Announcements made before this migration: confirmed, with no id known (0).
UPDATE polls SET close_announcement_id = 0 WHERE close_announced_at IS NOT NULL;
