-- Ranked-choice polls. A poll's kind is 'choice' (members pick options with buttons; one row per
-- pick in votes) or 'ranked' (members order the options; one ballot per member here, counted by
-- instant runoff in polly-common). The kind of existing polls is 'choice'.
ALTER TABLE polls ADD COLUMN kind varchar(16) NOT NULL DEFAULT 'choice';
ALTER TABLE polls ADD CONSTRAINT polls_kind_check CHECK (kind IN ('choice', 'ranked'));

-- One ballot per member and ranked poll: option positions, most preferred first. A ballot may rank
-- only some options (a partial ranking) but never names one twice or names none; re-ranking
-- replaces the row. Ballots go with their poll.
CREATE TABLE ballots (
    poll_id    bigint      NOT NULL REFERENCES polls (id) ON DELETE CASCADE,
    user_id    bigint      NOT NULL,
    ranking    smallint[]  NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (poll_id, user_id),
    CONSTRAINT ballots_ranking_not_empty_check CHECK (cardinality(ranking) BETWEEN 1 AND 25),
    CONSTRAINT ballots_ranking_positions_check CHECK (0 <= ALL (ranking) AND 24 >= ALL (ranking))
);

-- A ranked poll takes ballots, never votes: the max_choices trigger of votes also refuses a vote on
-- a ranked poll, whatever code path inserts it.
CREATE OR REPLACE FUNCTION polly_votes_enforce_max_choices() RETURNS trigger
    LANGUAGE plpgsql
AS $$
DECLARE
    allowed integer;
    v_kind  text;
    held    integer;
BEGIN
    PERFORM pg_advisory_xact_lock(polly_voter_lock_key(NEW.poll_id, NEW.user_id));
    SELECT max_choices, kind INTO allowed, v_kind FROM polls WHERE id = NEW.poll_id;
    IF v_kind = 'ranked' THEN
        RAISE EXCEPTION 'votes_choice_poll_check: poll % is ranked and takes ballots, not votes',
            NEW.poll_id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'votes_choice_poll_check';
    END IF;
    SELECT count(*) INTO held FROM votes WHERE poll_id = NEW.poll_id AND user_id = NEW.user_id;
    IF allowed IS NOT NULL AND held >= allowed THEN
        RAISE EXCEPTION 'votes_max_choices_check: user % already holds % of % choices on poll %',
            NEW.user_id, held, allowed, NEW.poll_id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'votes_max_choices_check';
    END IF;
    RETURN NEW;
END
$$;
