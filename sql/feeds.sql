-- refresh_feeds without a vendor server: argument checks, unreachable vendors
-- recorded in feed_run and health, the circuit breaker, pg_cron guidance.
SET client_min_messages = notice;
\set VERBOSITY default
\set SHOW_CONTEXT never

CALL rdvmairie.refresh_feeds(NULL, 'everything');

-- nothing to fetch: no enabled vendor with a base URL
INSERT INTO rdvmairie.editor (editor_id, name) VALUES ('no_url', 'Vendor without API');
CALL rdvmairie.refresh_feeds();
SELECT count(*) AS runs FROM rdvmairie.feed_run;

-- a vendor nobody answers for: the failure is recorded, three in a row open the breaker
INSERT INTO rdvmairie.editor (editor_id, name, base_url, auth_token) VALUES ('down', 'Vendor down', 'http://127.0.0.1:1/api', 'secret');
CALL rdvmairie.refresh_feeds('down');
SELECT editor_id, feed, http_status, bytes, url, left(error, 27) AS error FROM rdvmairie.feed_run ORDER BY feed_run_id;
SELECT editor_id, consecutive_failures, open_until IS NOT NULL AS breaker_open, left(last_error, 27) AS last_error,
       meeting_points_fetched_at IS NULL AS never_fetched
FROM rdvmairie.feed_health;
CALL rdvmairie.refresh_feeds('down');
CALL rdvmairie.refresh_feeds('down');
SELECT consecutive_failures, open_until > now() AS breaker_open FROM rdvmairie.feed_health WHERE editor_id = 'down';
CALL rdvmairie.refresh_feeds('down');
SELECT count(*) AS runs_after_breaker_opened FROM rdvmairie.feed_run WHERE editor_id = 'down';

-- the token never appears in what is recorded
SELECT count(*) AS token_leaks FROM rdvmairie.feed_run WHERE url LIKE '%secret%' OR error LIKE '%secret%';

-- disabled vendors are not fetched
UPDATE rdvmairie.feed_health SET open_until = NULL;
UPDATE rdvmairie.editor SET enabled = false WHERE editor_id = 'down';
CALL rdvmairie.refresh_feeds();
SELECT count(*) AS runs FROM rdvmairie.feed_run WHERE editor_id = 'down';

-- pg_cron lives in another database in the test cluster (scripts/test.sh sets
-- cron.database_name = rdvmairie_test): the error says what to do
SELECT * FROM rdvmairie.schedule_jobs();
SELECT rdvmairie.unschedule_jobs();

-- the clean-up runs without pg_cron too
SELECT jsonb_object_keys(rdvmairie.clean_up()) AS cleaned ORDER BY 1;
