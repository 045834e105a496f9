-- Seeds the results growth table of bench/run.sh (psql -v guild=...): three more active
-- single-choice polls in the benchmark guild, with 1,000, 10,000 and 1,000,000 votes (the main
-- seed already has the 100,000-vote poll), each titled 'Growth <n>'. Voters are distinct
-- (ids 800000000000000001..), so the max-choices trigger is off for the bulk insert only, as in
-- seed.sql. Idempotent: it deletes the growth polls of a previous run first.
\set ON_ERROR_STOP on
SELECT set_config('bench.guild', :'guild', false);
BEGIN;
DELETE FROM polls WHERE guild_id = :guild AND title LIKE 'Growth %';
ALTER TABLE votes DISABLE TRIGGER votes_enforce_max_choices;
DO $$
DECLARE
  size int;
  poll bigint;
BEGIN
  FOREACH size IN ARRAY ARRAY[1000, 10000, 1000000] LOOP
    INSERT INTO polls (guild_id, channel_id, creator_id, title, question, max_choices, opens_at,
                       closes_at, timezone, status)
    VALUES (current_setting('bench.guild')::bigint, 500000000000000001, 900000000000000001,
            'Growth ' || size, 'Which option wins with ' || size || ' votes?', 1,
            now() - interval '1 hour', now() + interval '7 days', 'UTC', 'active')
    RETURNING id INTO poll;
    INSERT INTO poll_options (poll_id, position, label, emoji)
    SELECT poll, p, 'Option ' || (p + 1), NULL FROM generate_series(0, 4) AS p;
    INSERT INTO votes (poll_id, user_id, position, voted_at)
    SELECT poll, 800000000000000000 + n, n % 5, now() - interval '1 hour'
    FROM generate_series(1, size) AS n;
  END LOOP;
END $$;
ALTER TABLE votes ENABLE TRIGGER votes_enforce_max_choices;
COMMIT;
VACUUM ANALYZE votes;
SELECT title || '=' || id FROM polls WHERE guild_id = :guild AND title LIKE 'Growth %' ORDER BY id;
