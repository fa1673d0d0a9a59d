-- The duplicate finder's public contract (design section 5) and the shape of
-- its answer on a few thousand rows: groups of two refs or more, refs
-- ascending, numbered by smallest ref, each ref in one group, scores in [0, 1].
BEGIN;
SELECT plan(24);
SET LOCAL client_min_messages = warning;

-- contract
SELECT has_type('rdvmairie', 'duplicate_group', 'type duplicate_group');
SELECT is((SELECT string_agg(attname || ' ' || format_type(atttypid, atttypmod), ', ' ORDER BY attnum)
           FROM pg_attribute WHERE attrelid = (SELECT typrelid FROM pg_type WHERE oid = 'rdvmairie.duplicate_group'::regtype)
             AND attnum > 0 AND NOT attisdropped),
          'group_no integer, refs bigint[], reason text, score real',
          'duplicate_group has the contract''s fields');
SELECT is_aggregate('rdvmairie', 'duplicate_groups', ARRAY['bigint', 'text', 'text'], 'duplicate_groups is an aggregate');
SELECT function_returns('rdvmairie', 'duplicate_groups', ARRAY['bigint', 'text', 'text'], 'rdvmairie.duplicate_group[]');
SELECT is(pg_get_function_arguments('rdvmairie.duplicate_groups(bigint, text, text)'::regprocedure),
          'ref bigint, application_id text, applicant_name text', 'argument names');
SELECT is((SELECT aggtranstype::regtype::text FROM pg_aggregate WHERE aggfnoid = 'rdvmairie.duplicate_groups(bigint, text, text)'::regprocedure),
          'internal', 'internal transition state');
SELECT ok((SELECT aggcombinefn <> 0 AND aggserialfn <> 0 AND aggdeserialfn <> 0
           FROM pg_aggregate WHERE aggfnoid = 'rdvmairie.duplicate_groups(bigint, text, text)'::regprocedure),
          'combine, serialize and deserialize functions: the aggregate can run in parallel');
SELECT is((SELECT aggfinalmodify FROM pg_aggregate WHERE aggfnoid = 'rdvmairie.duplicate_groups(bigint, text, text)'::regprocedure),
          'r', 'the final function leaves the state alone');
SELECT is((SELECT string_agg(DISTINCT proparallel::text, '') FROM pg_proc
           WHERE pronamespace = 'rdvmairie'::regnamespace AND proname LIKE 'duplicate_groups%'),
          's', 'the aggregate and its support functions are parallel safe');
SELECT is((SELECT count(*) FROM pg_proc
           WHERE pronamespace = 'rdvmairie'::regnamespace AND proname LIKE 'duplicate_groups%'
             AND obj_description(oid, 'pg_proc') IS NULL), 0::bigint, 'every duplicate_groups function has a comment');
SELECT isnt(obj_description('rdvmairie.duplicate_group'::regtype, 'pg_type'), NULL, 'the type has a comment');
SELECT is((SELECT count(*) FROM pg_attribute
           WHERE attrelid = (SELECT typrelid FROM pg_type WHERE oid = 'rdvmairie.duplicate_group'::regtype)
             AND attnum > 0 AND col_description(attrelid, attnum) IS NULL), 0::bigint, 'every field has a comment');

-- a few thousand rows: applicants booking one to three times with typos,
-- families with consecutive numbers, homonyms
CREATE TEMP TABLE rows AS
WITH applicant AS (
    SELECT i,
           translate(upper(substr(md5('pgtap' || i), 1, 10)), 'ABCDEF', 'KMNPRT') AS num,
           (ARRAY['Jean','Marie','Louis','Louise','Léa','Hugo','Chloé','Lucas','Emma','Paul'])[1 + i % 10] AS first_name,
           (ARRAY['Martin','Bernard','Dubois','Thomas','Robert','Richard','Petit','Durand','Leroy','Moreau'])[1 + (i / 10) % 10] AS last_name
    FROM generate_series(1, 3000) i)
SELECT row_number() OVER (ORDER BY i, k)::bigint AS ref, i AS applicant, application_id, applicant_name
FROM (
    SELECT i, 0 AS k, num AS application_id, first_name || ' ' || last_name AS applicant_name FROM applicant
    UNION ALL   -- second bookings: the number retyped, the name reordered
    SELECT i, 1, CASE WHEN i % 4 = 0 THEN lower(num) WHEN i % 4 = 1 THEN left(num, 9) ELSE num END,
           upper(last_name) || ' ' || first_name FROM applicant WHERE i % 3 = 0
    UNION ALL   -- a family: the next number, same surname, another first name
    SELECT i, 2, left(num, 9) || CASE WHEN right(num, 1) = '9' THEN '8' ELSE '9' END,
           'Zoé ' || last_name FROM applicant WHERE i % 7 = 0
) r;
CREATE TEMP TABLE answer AS
SELECT rdvmairie.duplicate_groups(ref, application_id, applicant_name) AS groups FROM rows;
CREATE TEMP TABLE member AS
SELECT g.group_no, g.reason, g.score, r.ref, r.ord
FROM answer, unnest(groups) g, unnest(g.refs) WITH ORDINALITY r(ref, ord);

SELECT is((SELECT count(*) FROM unnest((SELECT groups FROM answer)) g WHERE cardinality(g.refs) < 2),
          0::bigint, 'every group has two refs or more');
SELECT is((SELECT count(*) FROM (SELECT ref FROM member GROUP BY ref HAVING count(*) > 1) d),
          0::bigint, 'no ref is in two groups');
SELECT is((SELECT count(*) FROM member m1 JOIN member m2 ON m1.group_no = m2.group_no AND m2.ord = m1.ord + 1
           WHERE m2.ref <= m1.ref), 0::bigint, 'refs ascend inside each group');
SELECT is((SELECT array_agg(group_no ORDER BY min_ref) FROM (SELECT group_no, min(ref) AS min_ref FROM member GROUP BY group_no) g),
          (SELECT array_agg(n ORDER BY n) FROM generate_series(1, (SELECT cardinality(groups) FROM answer)) n),
          'groups are numbered 1..n by smallest ref');
SELECT is((SELECT count(*) FROM member WHERE score < 0 OR score > 1 OR reason NOT IN ('same_id', 'near_id')),
          0::bigint, 'scores in [0, 1], reasons same_id or near_id');
SELECT is((SELECT count(DISTINCT group_no) FROM member), 1000::bigint,
          'one group per applicant who booked twice');
SELECT is((SELECT count(*) FROM member m JOIN rows r USING (ref)
           GROUP BY group_no HAVING count(DISTINCT r.applicant) > 1 LIMIT 1), NULL,
          'no group mixes two applicants (families stay apart)');
SELECT is((SELECT count(*) FROM member m JOIN rows r USING (ref) WHERE application_id ~ '[a-z]' AND reason <> 'same_id'),
          0::bigint, 'a number retyped in lower case is the same number');
SELECT is((SELECT count(*) FROM member m JOIN rows r USING (ref) WHERE length(application_id) = 9),
          (SELECT count(*) FROM rows r WHERE length(application_id) = 9 AND EXISTS (SELECT 1 FROM rows o WHERE o.applicant = r.applicant AND o.ref <> r.ref)),
          'a number missing a character joins its applicant''s other booking');

-- the same answer whatever the order of the rows
SELECT is((SELECT rdvmairie.duplicate_groups(ref, application_id, applicant_name ORDER BY md5(ref::text)) FROM rows),
          (SELECT groups FROM answer), 'the order of the rows does not matter');
SELECT is((SELECT rdvmairie.duplicate_groups(ref, application_id, applicant_name) FROM rows WHERE false),
          NULL, 'no rows: NULL');
SELECT is((SELECT rdvmairie.duplicate_groups(ref, application_id, applicant_name) FROM rows WHERE ref = 1),
          '{}'::rdvmairie.duplicate_group[], 'one row: an empty array');

SELECT * FROM finish();
ROLLBACK;
