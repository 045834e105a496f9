-- The Discord message of a deleted poll must not keep live buttons. Deleting a poll (through the
-- API or /poll delete) stores its message here in the same statement that deletes the row; the
-- bot edits each message to say the poll was deleted, with the buttons removed, and marks it done.
-- A worker claims a row for a lease, so a worker that dies mid-edit leaves it to the next sweep.
CREATE TABLE deleted_poll_messages (
    poll_id     bigint      PRIMARY KEY,
    guild_id    bigint      NOT NULL,
    channel_id  bigint      NOT NULL,
    message_id  bigint      NOT NULL,
    title       text        NOT NULL,
    deleted_at  timestamptz NOT NULL DEFAULT now(),
    claimed_at  timestamptz,
    done_at     timestamptz
);

CREATE INDEX deleted_poll_messages_pending_idx ON deleted_poll_messages (poll_id)
    WHERE done_at IS NULL;
