-- Polly schema, version 1. PostgreSQL is the source of truth: every invariant that
-- can be stated in the schema is stated here, so that no code path (API, bot, a psql session)
-- can break it.

-- ---------------------------------------------------------------------------------------------
-- polls
-- ---------------------------------------------------------------------------------------------
CREATE TABLE polls (
    id              bigserial     PRIMARY KEY,
    guild_id        bigint        NOT NULL,
    channel_id      bigint        NOT NULL,
    creator_id      bigint        NOT NULL,
    message_id      bigint,
    title           varchar(256)  NOT NULL,
    question        varchar(1000) NOT NULL,
    anonymous       boolean       NOT NULL DEFAULT false,
    hide_results    boolean       NOT NULL DEFAULT false,
    max_choices     integer       NOT NULL DEFAULT 1,
    allowed_role_id bigint,
    ping_role_id    bigint,
    ping_on_open    boolean       NOT NULL DEFAULT false,
    ping_on_close   boolean       NOT NULL DEFAULT false,
    image_url       varchar(2048),
    opens_at        timestamptz   NOT NULL,
    closes_at       timestamptz   NOT NULL,
    timezone        varchar(64)   NOT NULL,
    status          varchar(16)   NOT NULL,
    created_at      timestamptz   NOT NULL DEFAULT now(),
    updated_at      timestamptz   NOT NULL DEFAULT now(),
    closed_at       timestamptz,
    version         integer       NOT NULL DEFAULT 0,
    CONSTRAINT polls_status_check CHECK (status IN ('scheduled', 'active', 'closed')),
    CONSTRAINT polls_max_choices_check CHECK (max_choices BETWEEN 1 AND 25),
    CONSTRAINT polls_close_after_open_check CHECK (closes_at > opens_at),
    CONSTRAINT polls_closed_at_check CHECK ((status = 'closed') = (closed_at IS NOT NULL)),
    CONSTRAINT polls_title_not_blank_check CHECK (btrim(title) <> '')
);

-- The scheduler's "due" queries: tiny partial indexes, one per transition.
CREATE INDEX polls_due_to_open_idx ON polls (opens_at) WHERE status = 'scheduled';
CREATE INDEX polls_due_to_close_idx ON polls (closes_at) WHERE status = 'active';
-- Guild listings, newest first, with or without a status filter.
CREATE INDEX polls_guild_created_idx ON polls (guild_id, created_at DESC, id DESC);
CREATE INDEX polls_guild_status_created_idx ON polls (guild_id, status, created_at DESC, id DESC);
-- Cache warming: active polls by recency.
CREATE INDEX polls_active_updated_idx ON polls (updated_at DESC) WHERE status = 'active';

-- ---------------------------------------------------------------------------------------------
-- poll_options: 2..25 per poll (the count is checked by PollRules; positions are 0..24 here)
-- ---------------------------------------------------------------------------------------------
CREATE TABLE poll_options (
    poll_id  bigint       NOT NULL REFERENCES polls (id) ON DELETE CASCADE,
    position smallint     NOT NULL,
    label    varchar(100) NOT NULL,
    emoji    varchar(100),
    PRIMARY KEY (poll_id, position),
    CONSTRAINT poll_options_label_unique UNIQUE (poll_id, label),
    CONSTRAINT poll_options_position_check CHECK (position BETWEEN 0 AND 24),
    CONSTRAINT poll_options_label_not_blank_check CHECK (btrim(label) <> '')
);

-- Labels are unique per poll ignoring case and surrounding blanks, as PollRules checks them.
CREATE UNIQUE INDEX poll_options_label_folded_idx ON poll_options (poll_id, lower(btrim(label)));

-- ---------------------------------------------------------------------------------------------
-- votes: one row per (poll, user, chosen option)
-- ---------------------------------------------------------------------------------------------
CREATE TABLE votes (
    poll_id  bigint      NOT NULL,
    user_id  bigint      NOT NULL,
    position smallint    NOT NULL,
    voted_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (poll_id, user_id, position),
    CONSTRAINT votes_option_fk FOREIGN KEY (poll_id, position)
        REFERENCES poll_options (poll_id, position) ON DELETE CASCADE,
    CONSTRAINT votes_poll_fk FOREIGN KEY (poll_id) REFERENCES polls (id) ON DELETE CASCADE
);

-- Per-option counts for results read only this index (index-only scans on large polls).
CREATE INDEX votes_poll_position_idx ON votes (poll_id, position);

-- The lock key that serialises one voter on one poll. Transactions that change a user's votes
-- take pg_advisory_xact_lock(polly_voter_lock_key(poll, user)) first, so different voters never
-- wait for each other. A hash collision only makes two voters wait; it cannot break correctness.
CREATE FUNCTION polly_voter_lock_key(p_poll_id bigint, p_user_id bigint) RETURNS bigint
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT hashtextextended(p_poll_id::text || ':' || p_user_id::text, 7411) $$;

-- At most max_choices votes per user and poll, hence at most one on a single-choice poll. The
-- trigger takes the voter's advisory lock before counting, so the check holds under any
-- concurrency, whatever code path inserts the vote (the lock is re-entrant for VoteDao.toggle,
-- which already holds it).
CREATE FUNCTION polly_votes_enforce_max_choices() RETURNS trigger
    LANGUAGE plpgsql
AS $$
DECLARE
    allowed integer;
    held    integer;
BEGIN
    PERFORM pg_advisory_xact_lock(polly_voter_lock_key(NEW.poll_id, NEW.user_id));
    SELECT max_choices INTO allowed FROM polls WHERE id = NEW.poll_id;
    SELECT count(*) INTO held FROM votes WHERE poll_id = NEW.poll_id AND user_id = NEW.user_id;
    IF allowed IS NOT NULL AND held >= allowed THEN
        RAISE EXCEPTION 'votes_max_choices_check: user % already holds % of % choices on poll %',
            NEW.user_id, held, allowed, NEW.poll_id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'votes_max_choices_check';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER votes_enforce_max_choices
    BEFORE INSERT ON votes
    FOR EACH ROW EXECUTE FUNCTION polly_votes_enforce_max_choices();

-- ---------------------------------------------------------------------------------------------
-- user_preferences
-- ---------------------------------------------------------------------------------------------
CREATE TABLE user_preferences (
    user_id         bigint      PRIMARY KEY,
    last_guild_id   bigint,
    last_channel_id bigint,
    last_role_id    bigint,
    timezone        varchar(64),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX user_preferences_updated_idx ON user_preferences (updated_at DESC);

-- ---------------------------------------------------------------------------------------------
-- sessions: web logins, persisted so that a Redis outage logs nobody out
-- ---------------------------------------------------------------------------------------------
CREATE TABLE sessions (
    id                   varchar(128) PRIMARY KEY,
    user_id              bigint       NOT NULL,
    username             varchar(256),
    avatar               varchar(256),
    manageable_guild_ids bigint[]     NOT NULL DEFAULT '{}',
    created_at           timestamptz  NOT NULL DEFAULT now(),
    expires_at           timestamptz  NOT NULL
);

CREATE INDEX sessions_expires_idx ON sessions (expires_at);
CREATE INDEX sessions_user_idx ON sessions (user_id);
