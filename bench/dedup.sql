-- bench/dedup.sql — labelled applicants and appointments for the duplicate finder.
--
-- psql variables: rows (appointments wanted, about), seed (0..1).
-- Writes schema bench_dedup:
--   unit(unit, size, bookings)        a household: one applicant, or a family of 2-5
--                                     with consecutive numbers and one surname;
--                                     it books `bookings` town halls together
--   applicant(applicant_id, unit, number, first_name, middle_name, last_name)
--   appointment(ref, unit, applicant_id, booking, application_id, applicant_name,
--               number_variant, name_variant)
--                                     what vendors declare: the number and name as
--                                     typed that time; applicant_id is the truth
-- Rates (per appointment unless said), chosen from the product brief and
-- common form-filling errors; see docs/dedup.md:
--   households: 12% families (size 2: 45%, 3: 30%, 4: 17%, 5: 8%)
--   bookings:   12% of households book 2-4 town halls (2: 70%, 3: 22%, 4: 8%)
--   number:     90% as issued; 5% lower case or separators; 1.5% one character
--               replaced; 1.5% a look-alike (O/0, I/1, L/1, S/5, B/8);
--               1% two neighbours swapped; 0.6% one missing; 0.4% one extra
--   name:       30% surname first; 25% all capitals, 10% all lower case, 20%
--               surname in capitals; 12% accents dropped; compound first names
--               20% with a space, 5% glued; compound surnames 20% glued, 10%
--               hyphenated; a middle name (20% of applicants have one) given
--               half the time; 3% one typo; 2% no name at all
--   homonyms:   first names and surnames are drawn with a head of common names,
--               and 1% of single applicants carry another household's full name
\set ON_ERROR_STOP 1
SET client_min_messages = warning;
SET max_parallel_workers_per_gather = 0;	-- random() in one process: deterministic
SET work_mem = '256MB';

DROP SCHEMA IF EXISTS bench_dedup CASCADE;
CREATE SCHEMA bench_dedup;

CREATE TABLE bench_dedup.name_list (kind text, name text, sex text, common int);
\copy bench_dedup.name_list FROM 'data/french_names.csv' CSV HEADER

-- name pools, numbered for random picks: first/last x common/all
CREATE TABLE bench_dedup.pool AS
SELECT kind || '_' || CASE WHEN c THEN 'common' ELSE 'all' END AS pool,
       row_number() OVER (PARTITION BY kind, c ORDER BY name)::int AS id, name
FROM bench_dedup.name_list
CROSS JOIN LATERAL (VALUES (true), (false)) v(c)
WHERE common = 1 OR NOT c;
ALTER TABLE bench_dedup.pool ADD PRIMARY KEY (pool, id);
ANALYZE bench_dedup.pool;
SELECT count(*) FILTER (WHERE pool = 'first_common') AS n_first_common,
       count(*) FILTER (WHERE pool = 'first_all') AS n_first_all,
       count(*) FILTER (WHERE pool = 'last_common') AS n_last_common,
       count(*) FILTER (WHERE pool = 'last_all') AS n_last_all
FROM bench_dedup.pool \gset

-- n characters of [0-9A-Z] from the bytes of an md5, starting at byte `first`
CREATE FUNCTION bench_dedup.chars(h bytea, first int, n int)
RETURNS text LANGUAGE sql IMMUTABLE
RETURN (SELECT string_agg(substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1 + get_byte(h, first + k) % 36, 1), '' ORDER BY k)
        FROM generate_series(0, n - 1) k);

CREATE FUNCTION bench_dedup.strip_accents(s text)
RETURNS text LANGUAGE sql IMMUTABLE
RETURN translate(s, 'àâäáãåçéèêëíìîïñóòôöõúùûüýÿÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜÝŸ',
                    'aaaaaaceeeeiiiinooooouuuuyyAAAAAACEEEEIIIINOOOOOUUUUYY');

-- one typing error at a random letter of s: kind by r1, place by r2, letter by r3
CREATE FUNCTION bench_dedup.typo(s text, r1 float8, r2 float8, r3 float8)
RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    n int := length(s);
    p int := 1 + floor(r2 * n)::int;
    c text := substr('abcdefghijklmnopqrstuvwxyz', 1 + floor(r3 * 26)::int, 1);
BEGIN
    IF n < 2 THEN RETURN s; END IF;
    IF substr(s, p, 1) !~ '[[:alpha:]]' THEN p := greatest(1, p - 1); END IF;
    IF r1 < 0.4 THEN                       -- a letter replaced
        RETURN overlay(s placing (CASE WHEN substr(s, p, 1) = upper(substr(s, p, 1)) THEN upper(c) ELSE c END) from p for 1);
    ELSIF r1 < 0.65 THEN                   -- a letter missing
        RETURN overlay(s placing '' from p for 1);
    ELSIF r1 < 0.85 THEN                   -- a letter doubled
        RETURN overlay(s placing substr(s, p, 1) || substr(s, p, 1) from p for 1);
    ELSE                                   -- two neighbours swapped
        IF p = n THEN p := n - 1; END IF;
        RETURN overlay(s placing substr(s, p + 1, 1) || substr(s, p, 1) from p for 2);
    END IF;
END $$;

-- the number as typed for one appointment; returns (typed, variant label)
CREATE FUNCTION bench_dedup.type_number(num text, r float8, r2 float8, r3 float8, OUT typed text, OUT variant text)
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    alphabet constant text := '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    n int := length(num);
    p int := 1 + floor(r2 * n)::int;
    c text := substr(alphabet, 1 + floor(r3 * 36)::int, 1);
    q int;
BEGIN
    IF r < 0.90 THEN
        typed := num; variant := 'exact';
    ELSIF r < 0.95 THEN
        variant := 'format';
        typed := CASE WHEN r2 < 0.4 THEN lower(num)
                      WHEN r2 < 0.7 THEN substr(num, 1, 4) || ' ' || substr(num, 5, 3) || ' ' || substr(num, 8)
                      ELSE substr(num, 1, 5) || '-' || substr(num, 6) END;
    ELSIF r < 0.965 THEN
        variant := 'substitution';
        IF c = substr(num, p, 1) THEN c := substr(alphabet, 1 + (position(c IN alphabet) % 36), 1); END IF;
        typed := overlay(num placing c from p for 1);
    ELSIF r < 0.98 THEN
        q := regexp_instr(num, '[0O1IL5S8B]');
        IF q = 0 THEN
            variant := 'substitution';
            IF c = substr(num, p, 1) THEN c := substr(alphabet, 1 + (position(c IN alphabet) % 36), 1); END IF;
            typed := overlay(num placing c from p for 1);
        ELSE
            variant := 'look-alike';
            typed := overlay(num placing (CASE substr(num, q, 1)
                         WHEN '0' THEN 'O' WHEN 'O' THEN '0'
                         WHEN '1' THEN CASE WHEN r3 < 0.5 THEN 'I' ELSE 'L' END
                         WHEN 'I' THEN '1' WHEN 'L' THEN '1'
                         WHEN '5' THEN 'S' WHEN 'S' THEN '5'
                         WHEN '8' THEN 'B' ELSE '8' END) from q for 1);
        END IF;
    ELSIF r < 0.99 THEN
        variant := 'transposition';
        IF p = n THEN p := n - 1; END IF;
        typed := overlay(num placing substr(num, p + 1, 1) || substr(num, p, 1) from p for 2);
    ELSIF r < 0.996 THEN
        variant := 'deletion';
        typed := overlay(num placing '' from p for 1);
    ELSE
        variant := 'insertion';
        typed := overlay(num placing c || substr(num, p, 1) from p for 1);
    END IF;
END $$;

-- households
SELECT setseed(:seed) \g /dev/null
CREATE TABLE bench_dedup.unit AS
SELECT u,
       CASE WHEN r1 >= 0.12 THEN 1
            WHEN r2 < 0.45 THEN 2 WHEN r2 < 0.75 THEN 3 WHEN r2 < 0.92 THEN 4 ELSE 5 END AS size,
       CASE WHEN r3 >= 0.12 THEN 1
            WHEN r4 < 0.70 THEN 2 WHEN r4 < 0.92 THEN 3 ELSE 4 END AS bookings
FROM (SELECT u, random() AS r1, random() AS r2, random() AS r3, random() AS r4
      FROM generate_series(1, ceil(:rows / 1.40)::int) u) x;
ALTER TABLE bench_dedup.unit ADD PRIMARY KEY (u);
ANALYZE bench_dedup.unit;

-- applicants: numbers from an md5 of the household; a family's members get
-- consecutive last characters and share the surname.  Names: a draw from the
-- common head (first names 60%, surnames 30%) or from the whole list.
CREATE TABLE bench_dedup.applicant AS
SELECT x.applicant_id, x.unit, x.member, x.number,
       f.name AS first_name, m.name AS middle_name, l.name AS last_name
FROM (
    SELECT row_number() OVER (ORDER BY u.u, k)::int AS applicant_id, u.u AS unit, k AS member,
           CASE WHEN u.size = 1 THEN bench_dedup.chars(h, 0, 10)
                ELSE bench_dedup.chars(h, 0, 9)
                     || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1 + get_byte(h, 10) % (37 - u.size) + k, 1)
           END AS number,
           CASE WHEN r1 < 0.6 THEN 'first_common' ELSE 'first_all' END AS f_pool,
           1 + floor(r2 * CASE WHEN r1 < 0.6 THEN :n_first_common ELSE :n_first_all END)::int AS f_id,
           CASE WHEN r3 < 0.2 THEN CASE WHEN r4 < 0.6 THEN 'first_common' ELSE 'first_all' END END AS m_pool,
           1 + floor(r5 * CASE WHEN r4 < 0.6 THEN :n_first_common ELSE :n_first_all END)::int AS m_id,
           CASE WHEN get_byte(h, 11) < 77 THEN 'last_common' ELSE 'last_all' END AS l_pool,
           1 + ((get_byte(h, 12) * 256 + get_byte(h, 13)) * 256 + get_byte(h, 14))
               % CASE WHEN get_byte(h, 11) < 77 THEN :n_last_common ELSE :n_last_all END AS l_id
    FROM bench_dedup.unit u
    CROSS JOIN LATERAL (SELECT decode(md5(:seed || '/' || u.u), 'hex') AS h) hh
    CROSS JOIN LATERAL generate_series(0, u.size - 1) k
    CROSS JOIN LATERAL (SELECT k AS k_seen, random() AS r1, random() AS r2, random() AS r3,
                               random() AS r4, random() AS r5) r
) x
JOIN bench_dedup.pool f ON f.pool = x.f_pool AND f.id = x.f_id
LEFT JOIN bench_dedup.pool m ON m.pool = x.m_pool AND m.id = x.m_id
JOIN bench_dedup.pool l ON l.pool = x.l_pool AND l.id = x.l_id;

-- family members have different first names; a middle name is not the first name
UPDATE bench_dedup.applicant a
SET first_name = p.name
FROM bench_dedup.pool p,
     (SELECT applicant_id FROM (
         SELECT applicant_id, row_number() OVER (PARTITION BY unit, lower(bench_dedup.strip_accents(first_name)) ORDER BY member) AS n
         FROM bench_dedup.applicant) d WHERE n > 1) dup
WHERE a.applicant_id = dup.applicant_id
  AND p.pool = 'first_all' AND p.id = 1 + (a.applicant_id::bigint * 7919) % :n_first_all;
UPDATE bench_dedup.applicant SET middle_name = NULL WHERE middle_name = first_name;

-- homonyms: 1% of single applicants carry the full name of another household
UPDATE bench_dedup.applicant a
SET first_name = o.first_name, middle_name = o.middle_name, last_name = o.last_name
FROM bench_dedup.applicant o, bench_dedup.unit u
WHERE u.u = a.unit AND u.size = 1 AND a.applicant_id % 100 = 37
  AND o.applicant_id = greatest(1, a.applicant_id - 1000 - a.applicant_id % 7);
ALTER TABLE bench_dedup.applicant ADD PRIMARY KEY (applicant_id);
ANALYZE bench_dedup.applicant;

-- appointments: each member books each of the household's town halls, typing
-- number and name anew each time
CREATE TABLE bench_dedup.appointment AS
SELECT row_number() OVER (ORDER BY applicant_id, booking)::bigint AS ref,
       unit, applicant_id, booking,
       CASE WHEN r_num < 0.90 THEN number ELSE (bench_dedup.type_number(number, r_num, r_n2, r_n3)).typed END
           AS application_id,
       CASE WHEN missing THEN NULL
            WHEN typo THEN bench_dedup.typo(name, r_t1, r_t2, r_t3)
            ELSE name END AS applicant_name,
       CASE WHEN r_num < 0.90 THEN 'exact' ELSE (bench_dedup.type_number(number, r_num, r_n2, r_n3)).variant END
           AS number_variant,
       concat_ws(',', CASE WHEN missing THEN 'missing' END,
                      CASE WHEN typo AND NOT missing THEN 'typo' END,
                      CASE WHEN has_middle AND NOT with_middle THEN 'no-middle' END) AS name_variant
FROM (
    SELECT applicant_id, unit, booking, number, has_middle, with_middle, missing, typo,
           r_num, r_n2, r_n3, r_t1, r_t2, r_t3,
           CASE WHEN r_case < 0.25 THEN upper(full_name)
                WHEN r_case < 0.35 THEN lower(full_name)
                ELSE full_name END AS name
    FROM (
        SELECT *,
               CASE WHEN surname_first THEN last_typed || ' ' || given ELSE given || ' ' || last_typed END AS full_name
        FROM (
            SELECT *,
                   CASE WHEN r_case >= 0.35 AND r_case < 0.55 THEN upper(l) ELSE l END AS last_typed
            FROM (
                SELECT *,
                       CASE WHEN strip THEN bench_dedup.strip_accents(g0) ELSE g0 END AS given,
                       CASE WHEN strip THEN bench_dedup.strip_accents(l0) ELSE l0 END AS l
                FROM (
                    SELECT *,
                           concat_ws(' ', CASE WHEN r_hy < 0.20 THEN replace(first_name, '-', ' ')
                                               WHEN r_hy < 0.25 THEN replace(first_name, '-', '')
                                               ELSE first_name END,
                                          CASE WHEN with_middle THEN middle_name END) AS g0,
                           CASE WHEN r_sp < 0.20 THEN replace(last_name, ' ', '')
                                WHEN r_sp < 0.30 THEN replace(last_name, ' ', '-')
                                ELSE last_name END AS l0
                    FROM (
                        SELECT a.applicant_id, a.unit, b AS booking, a.number, a.first_name, a.middle_name,
                               a.last_name, a.middle_name IS NOT NULL AS has_middle,
                               a.middle_name IS NOT NULL AND r.r_mid < 0.5 AS with_middle,
                               r.r_missing < 0.02 AS missing, r.r_typo < 0.03 AS typo,
                               r.r_order < 0.30 AS surname_first, r.r_case, r.r_strip < 0.12 AS strip,
                               r.r_hy, r.r_sp, r.r_num, r.r_n2, r.r_n3, r.r_t1, r.r_t2, r.r_t3
                        FROM bench_dedup.applicant a
                        JOIN bench_dedup.unit u ON u.u = a.unit
                        CROSS JOIN LATERAL generate_series(1, u.bookings) b
                        CROSS JOIN LATERAL (
                            SELECT b AS b_seen, random() AS r_mid, random() AS r_missing, random() AS r_typo,
                                   random() AS r_order, random() AS r_case, random() AS r_strip,
                                   random() AS r_hy, random() AS r_sp, random() AS r_num, random() AS r_n2,
                                   random() AS r_n3, random() AS r_t1, random() AS r_t2, random() AS r_t3) r
                    ) s0
                ) s1
            ) s2
        ) s3
    ) s4
) s5;
-- exactly :rows appointments (the last household may lose some bookings)
DELETE FROM bench_dedup.appointment WHERE ref > :rows;
ALTER TABLE bench_dedup.appointment ADD PRIMARY KEY (ref);
CREATE INDEX ON bench_dedup.appointment (unit);
VACUUM ANALYZE bench_dedup.appointment;

-- the truth: pairs of appointments of one applicant
CREATE FUNCTION bench_dedup.true_pairs(max_unit int)
RETURNS TABLE (r1 bigint, r2 bigint) LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT a.ref, b.ref FROM bench_dedup.appointment a
    JOIN bench_dedup.appointment b ON b.applicant_id = a.applicant_id AND b.ref > a.ref
    WHERE a.unit <= max_unit;
END;

-- the pairs a grouping predicts
CREATE FUNCTION bench_dedup.predicted_pairs(groups rdvmairie.duplicate_group[])
RETURNS TABLE (r1 bigint, r2 bigint) LANGUAGE sql IMMUTABLE
BEGIN ATOMIC
    SELECT x.r, y.r
    FROM unnest(groups) g
    CROSS JOIN LATERAL unnest(g.refs) x(r)
    CROSS JOIN LATERAL unnest(g.refs) y(r)
    WHERE y.r > x.r;
END;

-- elapsed milliseconds of one statement
CREATE FUNCTION bench_dedup.elapsed_ms(sql text) RETURNS float8 LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz := clock_timestamp();
BEGIN
    EXECUTE sql;
    RETURN extract(epoch FROM clock_timestamp() - t0) * 1000;
END $$;

-- the smallest unit cut holding at least n appointments
CREATE FUNCTION bench_dedup.unit_cut(n bigint) RETURNS int LANGUAGE sql STABLE
RETURN (SELECT unit FROM bench_dedup.appointment WHERE ref = least(n, (SELECT max(ref) FROM bench_dedup.appointment)));

CREATE TABLE bench_dedup.result (measure text PRIMARY KEY, value float8, detail text);

SELECT (SELECT count(*) FROM bench_dedup.appointment) AS appointments,
       (SELECT count(*) FROM bench_dedup.applicant) AS applicants,
       (SELECT count(*) FROM bench_dedup.unit WHERE size > 1) AS families,
       (SELECT round(100.0 * count(*) FILTER (WHERE bookings > 1) / count(*), 1) FROM bench_dedup.unit) AS pct_households_booking_several;
