-- Announcement claims: every announcement follows a winning status transition.
-- Posting a poll's message and announcing its close are each claimed by one compare-and-set on
-- these columns, whoever made the status change: the bot's own scheduler and commands, or the API
-- (which stores a poll that opens now as active, and closes polls itself). The bot sweeps for
-- active polls not yet posted and closed polls not yet announced, so both reach Discord exactly
-- once (at most once if a worker dies between claim and post).
ALTER TABLE polls
    ADD COLUMN posted_at          timestamptz,
    ADD COLUMN close_announced_at timestamptz;

-- Existing polls: whatever is active or closed has already been posted and announced.
UPDATE polls SET posted_at = updated_at WHERE status <> 'scheduled';
UPDATE polls SET close_announced_at = closed_at WHERE status = 'closed';

CREATE INDEX polls_unposted_idx ON polls (id) WHERE status = 'active' AND posted_at IS NULL;
CREATE INDEX polls_unannounced_idx ON polls (id)
    WHERE status = 'closed' AND close_announced_at IS NULL;
