-- Create the rdvmairie_scenario schema and load the communes fixture.
-- Run from the repository root (the \copy path is relative to it):
--   psql -v ON_ERROR_STOP=1 -f test/scenario/load.sql
-- then: SELECT rdvmairie_scenario.generate();
\ir scenario.sql
\copy rdvmairie_scenario.commune FROM 'data/communes.csv' WITH (FORMAT csv, HEADER true)
ANALYZE rdvmairie_scenario.commune;
