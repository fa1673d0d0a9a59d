-- rdvmairie.duplicate_groups(ref, application_id, applicant_name): what merges,
-- what stays apart, reason and score, NULLs, empty input, determinism and
-- parallel aggregation.
\set VERBOSITY terse
SET extra_float_digits = 0;

-- One labelled case per group of rows; the label says what must happen.
-- Numbers start from KH7M2XQ4R3 (no look-alike character in it).
CREATE TEMP TABLE dedup_case (label text, ref bigint, application_id text, applicant_name text);
INSERT INTO dedup_case VALUES
-- the same canonical number: one application, whatever the names
('merge 01 same number: case, dashes, spaces, no-break space', 101, 'KH7M2XQ4R3', 'Jean Dupont'),
('merge 01 same number: case, dashes, spaces, no-break space', 102, 'kh7m-2xq4 r3', 'Jean Dupont'),
('merge 01 same number: case, dashes, spaces, no-break space', 103, E'KH7M2\u00a0XQ4R3', 'JEAN DUPONT'),
('merge 02 same number, one name missing', 201, 'KH7M2XQ4R3', 'Marie Curie'),
('merge 02 same number, one name missing', 202, 'KH7M2XQ4R3', NULL),
('merge 03 same number, names disagree', 301, 'KH7M2XQ4R3', 'Marie Curie'),
('merge 03 same number, names disagree', 302, 'KH7M2XQ4R3', 'Paul Durand'),
('merge 04 same number, no name at all', 401, 'KH7M2XQ4R3', NULL),
('merge 04 same number, no name at all', 402, 'KH7M2XQ4R3', ''),
('merge 05 same number, 9 characters', 501, 'KH7M2XQ4R', 'Jean Dupont'),
('merge 05 same number, 9 characters', 502, 'KH7M2XQ4R', 'Jean Dupont'),
-- numbers one edit apart, names agreeing
('merge 10 substitution', 1001, 'KH7M2XQ4R3', 'Jean Dupont'),
('merge 10 substitution', 1002, 'KH7M2YQ4R3', 'Jean Dupont'),
('merge 11 insertion', 1101, 'KH7M2XQ4R3', 'Jean Dupont'),
('merge 11 insertion', 1102, 'KH7M2XXQ4R3', 'Jean Dupont'),
('merge 12 deletion', 1201, 'KH7M2XQ4R3', 'Jean Dupont'),
('merge 12 deletion', 1202, 'KH7M2Q4R3', 'Jean Dupont'),
('merge 13 adjacent transposition', 1301, 'KH7M2XQ4R3', 'Jean Dupont'),
('merge 13 adjacent transposition', 1302, 'KH7M2QX4R3', 'Jean Dupont'),
('merge 14 O for 0', 1401, 'KH7M20Q4R3', 'Jean Dupont'),
('merge 14 O for 0', 1402, 'KH7M2OQ4R3', 'Jean Dupont'),
('merge 15 I for 1', 1501, 'KH7M21Q4R3', 'Jean Dupont'),
('merge 15 I for 1', 1502, 'KH7M2IQ4R3', 'Jean Dupont'),
('merge 16 L for 1, lower case', 1601, 'KH7M21Q4R3', 'Jean Dupont'),
('merge 16 L for 1, lower case', 1602, 'kh7m2lq4r3', 'Jean Dupont'),
('merge 17 S for 5', 1701, 'KH7M25Q4R3', 'Jean Dupont'),
('merge 17 S for 5', 1702, 'KH7M2SQ4R3', 'Jean Dupont'),
('merge 18 B for 8', 1801, 'KH7M28Q4R3', 'Jean Dupont'),
('merge 18 B for 8', 1802, 'KH7M2BQ4R3', 'Jean Dupont'),
('merge 19 lower case and separators plus a substitution', 1901, 'KH7M2XQ4R3', 'Jean Dupont'),
('merge 19 lower case and separators plus a substitution', 1902, 'kh7m 2yq4-r3', 'Jean Dupont'),
('merge 20 last character, names identical', 2001, 'KH7M2XQ4R3', 'Jean Dupont'),
('merge 20 last character, names identical', 2002, 'KH7M2XQ4R4', 'jean DUPONT'),
-- names agreeing despite the way they are typed (numbers one substitution apart)
('merge 30 accents and case', 3001, 'KH7M2XQ4R3', 'Élodie Lefèvre'),
('merge 30 accents and case', 3002, 'KH7M2YQ4R3', 'ELODIE LEFEVRE'),
('merge 31 hyphen', 3101, 'KH7M2XQ4R3', 'Jean-Pierre Martin'),
('merge 31 hyphen', 3102, 'KH7M2YQ4R3', 'Jean Pierre Martin'),
('merge 32 spaces', 3201, 'KH7M2XQ4R3', 'Marie Le Gall'),
('merge 32 spaces', 3202, 'KH7M2YQ4R3', 'Marie Legall'),
('merge 33 word order', 3301, 'KH7M2XQ4R3', 'DUPONT Jean'),
('merge 33 word order', 3302, 'KH7M2YQ4R3', 'Jean Dupont'),
('merge 34 missing middle name', 3401, 'KH7M2XQ4R3', 'Jean Marie Dupont'),
('merge 34 missing middle name', 3402, 'KH7M2YQ4R3', 'Jean Dupont'),
('merge 35 one typo', 3501, 'KH7M2XQ4R3', 'Jean Dupont'),
('merge 35 one typo', 3502, 'KH7M2YQ4R3', 'Jean Dupond'),
('merge 36 typo, word order and accents', 3601, 'KH7M2XQ4R3', 'Hélène Lefèvre'),
('merge 36 typo, word order and accents', 3602, 'KH7M2YQ4R3', 'LEFEVRE Helene'),
-- chains: one number twice, then a near number
('merge 40 same number then near number', 4001, 'KH7M2XQ4R3', 'Jean Dupont'),
('merge 40 same number then near number', 4002, 'KH7M2XQ4R3', NULL),
('merge 40 same number then near number', 4003, 'KH7M2QX4R3', 'Dupont Jean'),
-- must stay apart
('apart 50 near number, one name missing', 5001, 'KH7M2XQ4R3', 'Jean Dupont'),
('apart 50 near number, one name missing', 5002, 'KH7M2YQ4R3', NULL),
('apart 51 near number, surname only', 5101, 'KH7M2XQ4R3', 'Dupont'),
('apart 51 near number, surname only', 5102, 'KH7M2YQ4R3', 'DUPONT'),
('apart 52 near number, names disagree', 5201, 'KH7M2XQ4R3', 'Jean Dupont'),
('apart 52 near number, names disagree', 5202, 'KH7M2YQ4R3', 'Paul Durand'),
('apart 53 near number, same surname, other first name', 5301, 'KH7M2XQ4R3', 'Jean Dupont'),
('apart 53 near number, same surname, other first name', 5302, 'KH7M2YQ4R3', 'Jeanne Dupont'),
('apart 54 family: consecutive numbers, one surname', 5401, 'KH7M2XQ4R3', 'Jean Martin'),
('apart 54 family: consecutive numbers, one surname', 5402, 'KH7M2XQ4R4', 'Marie Martin'),
('apart 54 family: consecutive numbers, one surname', 5403, 'KH7M2XQ4R5', 'Lucas Martin'),
('apart 54 family: consecutive numbers, one surname', 5404, 'KH7M2XQ4R6', 'Louise Martin'),
('apart 54 family: consecutive numbers, one surname', 5405, 'KH7M2XQ4R7', 'Louis Martin'),
('apart 55 family: father and son, middle name', 5501, 'KH7M2XQ4R3', 'Jean Marie Martin'),
('apart 55 family: father and son, middle name', 5502, 'KH7M2XQ4R4', 'Jean Martin'),
('apart 56 last character and a name typo', 5601, 'KH7M2XQ4R3', 'Jean Dupont'),
('apart 56 last character and a name typo', 5602, 'KH7M2XQ4R4', 'Jean Dupond'),
('apart 57 homonyms, unrelated numbers', 5701, 'KH7M2XQ4R3', 'Jean Dupont'),
('apart 57 homonyms, unrelated numbers', 5702, 'PW9T8U7V6Z', 'Jean Dupont'),
('apart 58 two edits', 5801, 'KH7M2XQ4R3', 'Jean Dupont'),
('apart 58 two edits', 5802, 'KH7M2YQ4R4', 'Jean Dupont'),
('apart 59 transposition that is not adjacent', 5901, 'KH7M2XQ4R3', 'Jean Dupont'),
('apart 59 transposition that is not adjacent', 5902, 'KH7M4XQ2R3', 'Jean Dupont'),
('apart 60 numbers that are not numbers', 6001, 'KH7M2XQ4', 'Jean Dupont'),
('apart 60 numbers that are not numbers', 6002, 'KH7M2XQ4', 'Jean Dupont'),
('apart 60 numbers that are not numbers', 6003, 'KH7M2XQ4R3AA', 'Jean Dupont'),
('apart 60 numbers that are not numbers', 6004, 'KH7M2XQ4R3AA', 'Jean Dupont'),
('apart 60 numbers that are not numbers', 6005, 'KH7M2XQ4R#', 'Jean Dupont'),
('apart 60 numbers that are not numbers', 6006, 'KH7M2XQ4R#', 'Jean Dupont'),
('apart 61 NULL number or NULL ref', 6101, NULL, 'Jean Dupont'),
('apart 61 NULL number or NULL ref', 6102, NULL, 'Jean Dupont'),
('apart 61 NULL number or NULL ref', NULL, 'KH7M2XQ4R3', 'Jean Dupont'),
('apart 61 NULL number or NULL ref', 6104, 'KH7M2XQ4R3', 'Jean Dupont');

-- every group of every case
SELECT label, g.group_no, g.refs, g.reason, g.score
FROM (SELECT label, rdvmairie.duplicate_groups(ref, application_id, applicant_name) AS groups
      FROM dedup_case GROUP BY label) c,
     unnest(c.groups) g
ORDER BY label, g.group_no;

-- each "merge" case is exactly one group holding all its refs; each "apart" case none
SELECT label,
       cardinality(rdvmairie.duplicate_groups(ref, application_id, applicant_name)) AS groups,
       CASE WHEN label LIKE 'merge%'
            THEN cardinality(rdvmairie.duplicate_groups(ref, application_id, applicant_name)) = 1
             AND (rdvmairie.duplicate_groups(ref, application_id, applicant_name))[1].refs
                 = array_agg(DISTINCT ref) FILTER (WHERE ref IS NOT NULL)
            ELSE cardinality(rdvmairie.duplicate_groups(ref, application_id, applicant_name)) = 0
       END AS as_labelled
FROM dedup_case GROUP BY label ORDER BY label;

-- empty input gives NULL (as array_agg); rows without any duplicate give an empty array
SELECT rdvmairie.duplicate_groups(ref, application_id, applicant_name) IS NULL AS no_rows_is_null
FROM dedup_case WHERE false;
SELECT rdvmairie.duplicate_groups(ref, application_id, applicant_name) AS no_duplicates
FROM (VALUES (1, 'KH7M2XQ4R3', 'Jean Martin'), (2, 'KH7M2XQ4R4', 'Marie Martin'),
             (3, 'PW9T8U7V6Z', 'Jean Martin'), (4, 'PW9T8U7V6', 'Paul Durand'),
             (5, NULL, 'Jean Martin'), (6, 'not a number', 'Jean Martin')) v(ref, application_id, applicant_name);
SELECT rdvmairie.duplicate_groups(NULL, NULL, NULL) AS only_nulls;

-- several groups in one call: numbered by smallest ref, refs ascending,
-- whatever the input order; the same result for any order of the rows
CREATE TEMP TABLE dedup_mixed AS
SELECT * FROM (VALUES
    (90, 'AC3D4E5F6G', 'Zoé Bernard'),
    (12, 'PW9T8U7V6Z', 'Jean Dupont'),
    (55, 'ac3d4e5f6g', 'Zoe BERNARD'),
    (7,  'PW9T8U7V6Z', 'Jean Dupont'),
    (30, 'PW9T8U7V6', 'DUPONT Jean'),
    (41, 'RT5U4V3W2X', 'Alice Martin'),
    (8,  'QQ2W3E4R5T', 'Hugo Petit'),
    (99, 'QQ2W3E4R5Y', 'Hugo Petit')) v(ref, application_id, applicant_name);
SELECT (unnest(rdvmairie.duplicate_groups(ref, application_id, applicant_name ORDER BY ref DESC))).*
FROM dedup_mixed;
SELECT rdvmairie.duplicate_groups(ref, application_id, applicant_name ORDER BY ref)
     = rdvmairie.duplicate_groups(ref, application_id, applicant_name ORDER BY applicant_name DESC, ref DESC)
       AS order_does_not_matter
FROM dedup_mixed;
SELECT (SELECT rdvmairie.duplicate_groups(ref, application_id, applicant_name ORDER BY ref) FROM dedup_case)
     = (SELECT rdvmairie.duplicate_groups(ref, application_id, applicant_name ORDER BY md5(ref::text || label)) FROM dedup_case)
       AS all_cases_any_order;

-- a ref given twice is one appointment: it never appears in two groups
SELECT (unnest(rdvmairie.duplicate_groups(ref, application_id, applicant_name))).*
FROM (VALUES (1, 'AC3D4E5F6G', 'Zoé Bernard'), (2, 'AC3D4E5F6G', 'Zoé Bernard'),
             (2, 'PW9T8U7V6Z', 'Jean Dupont'), (3, 'PW9T8U7V6Z', 'Jean Dupont'),
             (4, 'RT5U4V3W2X', 'Alice Martin'), (4, 'RT5U4V3W2X', 'Alice Martin')) v(ref, application_id, applicant_name);

-- a huge name is cut to its first words, a huge number is skipped, never an error
SELECT (unnest(rdvmairie.duplicate_groups(ref, application_id, applicant_name))).*
FROM (VALUES (1, 'AC3D4E5F6G', 'Zoé Bernard ' || repeat('x', 100000)),
             (2, 'AC3D4E5F6H', 'Zoé Bernard'),
             (3, 'AC3D4E5F6G' || repeat(' ', 100000), 'Zoé Bernard')) v(ref, application_id, applicant_name);

-- with GROUP BY, each group has its own state
SELECT left(label, 8) AS label, cardinality(rdvmairie.duplicate_groups(ref, application_id, applicant_name)) AS groups
FROM dedup_case WHERE label IN ('merge 10 substitution', 'apart 52 near number, names disagree',
                                'merge 01 same number: case, dashes, spaces, no-break space')
GROUP BY label ORDER BY label;

-- parallel aggregation: 300,000 rows, with duplicates, families and near misses
CREATE TABLE dedup_big AS
WITH applicant AS (
    SELECT i,
           translate(upper(substr(md5('n' || i), 1, 10)), 'ABCDEF', 'KMNPRT') AS num,
           (ARRAY['Jean','Marie','Louis','Louise','Léa','Hugo','Chloé','Lucas','Emma','Paul'])[1 + i % 10]
           || ' ' ||
           (ARRAY['Martin','Bernard','Dubois','Thomas','Robert','Richard','Petit','Durand','Leroy','Moreau',
                  'Simon','Laurent','Lefèvre','Michel','Garcia'])[1 + (i / 10) % 15] AS name
    FROM generate_series(1, 250000) i)
SELECT row_number() OVER (ORDER BY i, k) AS ref, application_id, applicant_name
FROM (
    SELECT i, 0 AS k, num AS application_id, name AS applicant_name FROM applicant
    UNION ALL
    SELECT i, 1, CASE i % 4 WHEN 0 THEN lower(num)
                            WHEN 1 THEN overlay(num placing 'Z' from 1 + i % 10 for 1)
                            WHEN 2 THEN left(num, 9)
                            ELSE num END,
           CASE i % 3 WHEN 0 THEN upper(name) WHEN 1 THEN name ELSE NULL END
    FROM applicant WHERE i % 5 = 0) r;
ANALYZE dedup_big;
SELECT count(*) AS rows FROM dedup_big;

SET max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE dedup_serial AS
SELECT rdvmairie.duplicate_groups(ref, application_id, applicant_name) AS groups FROM dedup_big;
SELECT cardinality(groups) AS groups,
       (SELECT count(*) FROM unnest(groups) g WHERE g.reason = 'same_id') AS same_id,
       (SELECT count(*) FROM unnest(groups) g WHERE g.reason = 'near_id') AS near_id
FROM dedup_serial;

SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF)
SELECT rdvmairie.duplicate_groups(ref, application_id, applicant_name) FROM dedup_big;
SELECT rdvmairie.duplicate_groups(ref, application_id, applicant_name) = (SELECT groups FROM dedup_serial)
       AS parallel_equals_serial
FROM dedup_big;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
DROP TABLE dedup_big;
