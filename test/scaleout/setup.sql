-- test/scaleout/setup.sql: the scenario test/integration/scaleout.sh ingests on the primary.
-- psql variables: points, d0 (first day), d_last (last day of the first feed), origins.
\set ON_ERROR_STOP 1
SET client_min_messages = warning;
DROP SCHEMA IF EXISTS scaleout CASCADE;
CREATE SCHEMA scaleout;

SELECT * FROM rdvmairie_scenario.install(:points, 50, :'d0', :'d_last');
-- feeds confirmed a moment ago stay fresh for the whole run, on every server
ALTER DATABASE :"DBNAME" SET rdvmairie.slot_max_age = '1d';

-- search origins drawn where people live (population-weighted), overseas included
SELECT setseed(0.42);
CREATE TEMP TABLE cumulative AS
SELECT longitude, latitude, sum(population) OVER (ORDER BY insee_code) AS upto
FROM rdvmairie_scenario.commune WHERE population > 0;
CREATE INDEX ON cumulative (upto);
ANALYZE cumulative;
CREATE TABLE scaleout.origin AS
SELECT x.i AS id, c.longitude + (random() - 0.5) * 0.05 AS lon, c.latitude + (random() - 0.5) * 0.05 AS lat
FROM (SELECT i, random() * (SELECT max(upto) FROM cumulative) AS r FROM generate_series(1, :origins) i) x
CROSS JOIN LATERAL (SELECT * FROM cumulative c WHERE c.upto >= x.r ORDER BY c.upto LIMIT 1) c;
ALTER TABLE scaleout.origin ADD PRIMARY KEY (id);
VACUUM ANALYZE;
