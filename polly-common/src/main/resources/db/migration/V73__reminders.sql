-- Reminders before a poll closes. A poll may ask for one reminder remind_before_seconds before its
-- closes_at. Like posts and close announcements (V3, V71) it is posted at least once and never
-- twice: a worker claims it (reminded_at), posts it with a nonce, and confirms the claim with the
-- message id (reminder_message_id); a claim left unconfirmed past its lease is taken again. An edit
-- of the close time or of the reminder, and a reopen, clear both columns, so the reminder is due
-- again before the new close.
ALTER TABLE polls
    ADD COLUMN remind_before_seconds integer,
    ADD COLUMN reminded_at           timestamptz,
    ADD COLUMN reminder_message_id   bigint,
    ADD CONSTRAINT polls_remind_before_check
        CHECK (remind_before_seconds IS NULL OR remind_before_seconds BETWEEN 60 AND 2764800);

-- The scheduler's "reminder due" query: active polls with a reminder not yet confirmed.
CREATE INDEX polls_reminder_due_idx ON polls (closes_at)
    WHERE status = 'active' AND remind_before_seconds IS NOT NULL AND reminder_message_id IS NULL;
