-- One click on a poll option, as one statement and therefore one round trip and one transaction.
-- VoteDao.toggle calls it: on a 2-core machine under load, the same steps issued one by one from
-- Java cost about six round trips per click.
--
-- Steps (the function is VOLATILE, so in READ COMMITTED every statement below takes a fresh
-- snapshot and sees what other transactions committed before it started):
--   1. Read the poll's status and max_choices and whether the option exists, share-locking the poll
--      row: a concurrent close (UPDATE of that row) waits for this click, and a click that comes
--      after a close sees 'closed'. Share locks do not conflict, so voters do not wait for each
--      other here.
--   2. Take this voter's advisory lock (polly_voter_lock_key, V1): clicks of one user on one poll
--      are serialised, clicks of different users are not.
--   3. Add, remove or switch, enforcing max_choices. The V1 trigger re-checks max_choices on every
--      insert under the same (re-entrant) lock.
-- Returns the outcome name (VoteOutcome.Result) and the user's choices afterwards, ascending.
CREATE FUNCTION polly_toggle_vote(p_poll_id bigint, p_user_id bigint, p_position integer,
                                  OUT result text, OUT choices integer[])
    LANGUAGE plpgsql
AS $$
DECLARE
    v_status      text;
    v_max_choices integer;
    v_has_option  boolean;
BEGIN
    SELECT p.status, p.max_choices,
           EXISTS (SELECT 1 FROM poll_options o WHERE o.poll_id = p.id AND o.position = p_position)
      INTO v_status, v_max_choices, v_has_option
      FROM polls p
     WHERE p.id = p_poll_id
       FOR SHARE OF p;
    IF NOT FOUND THEN
        result := 'REJECTED_UNKNOWN_POLL';
        choices := '{}';
        RETURN;
    END IF;

    IF v_status = 'active' AND v_has_option THEN
        PERFORM pg_advisory_xact_lock(polly_voter_lock_key(p_poll_id, p_user_id));
    END IF;
    SELECT coalesce(array_agg(v.position::integer ORDER BY v.position), '{}')
      INTO choices
      FROM votes v
     WHERE v.poll_id = p_poll_id AND v.user_id = p_user_id;

    IF v_status <> 'active' THEN
        result := 'REJECTED_NOT_ACTIVE';
        RETURN;
    ELSIF NOT v_has_option THEN
        result := 'REJECTED_UNKNOWN_OPTION';
        RETURN;
    ELSIF p_position = ANY (choices) THEN
        DELETE FROM votes WHERE poll_id = p_poll_id AND user_id = p_user_id AND position = p_position;
        result := 'REMOVED';
    ELSIF v_max_choices = 1 AND cardinality(choices) > 0 THEN
        DELETE FROM votes WHERE poll_id = p_poll_id AND user_id = p_user_id;
        INSERT INTO votes (poll_id, user_id, position) VALUES (p_poll_id, p_user_id, p_position);
        result := 'SWITCHED';
    ELSIF cardinality(choices) >= v_max_choices THEN
        result := 'REJECTED_MAX_CHOICES';
        RETURN;
    ELSE
        INSERT INTO votes (poll_id, user_id, position) VALUES (p_poll_id, p_user_id, p_position);
        result := 'ADDED';
    END IF;

    SELECT coalesce(array_agg(v.position::integer ORDER BY v.position), '{}')
      INTO choices
      FROM votes v
     WHERE v.poll_id = p_poll_id AND v.user_id = p_user_id;
END
$$;
