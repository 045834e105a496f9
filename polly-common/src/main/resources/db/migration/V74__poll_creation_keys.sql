-- A client's key for one poll creation (the API's Idempotency-Key header). When the answer to a
-- creation is lost (the connection or PostgreSQL went away after COMMIT), the client sends the same
-- request with the same key again and gets the poll the first attempt stored instead of a second
-- copy. Keys are per creator; creation_digest fingerprints the request the key was first used for,
-- so the same key with a different request is refused rather than answered with the wrong poll.
ALTER TABLE polls
    ADD COLUMN creation_key    varchar(100),
    ADD COLUMN creation_digest char(64),
    ADD CONSTRAINT polls_creation_key_check
        CHECK ((creation_key IS NULL) = (creation_digest IS NULL));

CREATE UNIQUE INDEX polls_creation_key_idx ON polls (creator_id, creation_key)
    WHERE creation_key IS NOT NULL;
