-- Seeds the benchmark data set straight into PostgreSQL (psql -v secret=... -v guild=...):
--   * 10,000 users (ids 900000000000000001..900000000000010000) with preferences;
--   * one login session per user, whose browser token is 'bench-token-<n>' (n = 1..10000). The
--     stored id is what polly-api's SessionService stores: base64url(HMAC-SHA256(secret,
--     'session:' || token)) without padding, so the API accepts 'Authorization: Bearer
--     bench-token-<n>' exactly as after a real login. Every user manages guild :guild;
--   * one active single-choice poll in that guild with 5 options and 100,000 votes from 100,000
--     distinct voters (ids 800000000000000001..800000000000100000).
-- Idempotent: it deletes what a previous run seeded first.
\set ON_ERROR_STOP on
CREATE EXTENSION IF NOT EXISTS pgcrypto;

BEGIN;
DELETE FROM polls WHERE guild_id = :guild;
DELETE FROM sessions WHERE user_id BETWEEN 900000000000000001 AND 900000000000010000;
DELETE FROM user_preferences WHERE user_id BETWEEN 900000000000000001 AND 900000000000010000;

INSERT INTO user_preferences (user_id, last_guild_id, last_channel_id, last_role_id, timezone,
                              updated_at)
SELECT 900000000000000000 + n, :guild, 500000000000000000 + n % 50,
       CASE WHEN n % 3 = 0 THEN 600000000000000000 + n % 7 END,
       (ARRAY['Europe/Paris', 'America/New_York', 'Asia/Tokyo', 'UTC', 'Australia/Sydney'])[1 + n % 5],
       now() - (n || ' seconds')::interval
FROM generate_series(1, 10000) AS n;

INSERT INTO sessions (id, user_id, username, avatar, manageable_guild_ids, created_at, expires_at)
SELECT rtrim(translate(encode(hmac('session:bench-token-' || n, :'secret', 'sha256'), 'base64'),
                       '+/', '-_'), '='),
       900000000000000000 + n, 'bench-user-' || n, NULL, ARRAY[:guild]::bigint[], now(),
       now() + interval '1 day'
FROM generate_series(1, 10000) AS n;

INSERT INTO polls (guild_id, channel_id, creator_id, title, question, max_choices, opens_at,
                   closes_at, timezone, status)
VALUES (:guild, 500000000000000001, 900000000000000001, 'Bench poll',
        'Which option wins with 100,000 votes?', 1, now() - interval '1 hour',
        now() + interval '7 days', 'Europe/Paris', 'active');

INSERT INTO poll_options (poll_id, position, label, emoji)
SELECT currval('polls_id_seq'), p, 'Option ' || (p + 1), NULL FROM generate_series(0, 4) AS p;

-- The max-choices trigger takes one advisory lock per inserted row, held to the end of the
-- transaction; 100,000 of them overflow the lock table. The data set is single-choice by
-- construction (one row per voter), so the trigger is off for this bulk insert only.
ALTER TABLE votes DISABLE TRIGGER votes_enforce_max_choices;
INSERT INTO votes (poll_id, user_id, position, voted_at)
SELECT currval('polls_id_seq'), 800000000000000000 + n,
       CASE WHEN n % 10 < 4 THEN 0 WHEN n % 10 < 7 THEN 1 WHEN n % 10 < 9 THEN 2 ELSE 3 + n % 2 END,
       now() - interval '1 hour' + (n || ' milliseconds')::interval
FROM generate_series(1, 100000) AS n;
ALTER TABLE votes ENABLE TRIGGER votes_enforce_max_choices;
COMMIT;

VACUUM ANALYZE user_preferences;
VACUUM ANALYZE sessions;
VACUUM ANALYZE polls;
VACUUM ANALYZE votes;

SELECT 'seeded poll ' || id || ' with ' || (SELECT count(*) FROM votes WHERE poll_id = p.id)
       || ' votes; users ' || (SELECT count(*) FROM user_preferences
                               WHERE user_id BETWEEN 900000000000000001 AND 900000000000010000)
FROM polls p WHERE guild_id = :guild;
