-- rdvmairie_scenario: a deterministic, France-scale scenario generator for
-- tests and benchmarks.  Plain SQL / PL/pgSQL on core PostgreSQL only (no
-- PostGIS, no extension objects); not part of the extension.
--
--   psql -v ON_ERROR_STOP=1 -f test/scenario/scenario.sql
--   \copy rdvmairie_scenario.commune FROM 'data/communes.csv' CSV HEADER
--   SELECT rdvmairie_scenario.generate();
--
-- (test/scenario/load.sql does the first two steps.)  See
-- test/scenario/README.md.
--
-- All randomness is hash-based (hashint8extended / hashtextextended keyed by
-- the seed), never random(): the same seed and sizes give identical rows, and
-- the same inputs give byte-identical payloads, whatever the row order, the
-- session time zone or float output settings.

SET client_min_messages = warning;
DROP SCHEMA IF EXISTS rdvmairie_scenario CASCADE;
RESET client_min_messages;
CREATE SCHEMA rdvmairie_scenario;
COMMENT ON SCHEMA rdvmairie_scenario IS
  'Deterministic test scenario: communes, vendors, meeting points and vendor payloads';

-- ---------------------------------------------------------------------------
-- Tables
-- ---------------------------------------------------------------------------

CREATE TABLE rdvmairie_scenario.commune (
  insee_code text PRIMARY KEY,
  name       text NOT NULL,
  department text NOT NULL,
  postcode   text NOT NULL,
  population int  NOT NULL,
  latitude   float8 NOT NULL,
  longitude  float8 NOT NULL
);

-- Parameters of the last generate() call.
CREATE TABLE rdvmairie_scenario.params (
  seed           float8 NOT NULL,
  meeting_points int    NOT NULL,
  vendors        int    NOT NULL,
  generated_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE rdvmairie_scenario.vendor (
  editor_id      text PRIMARY KEY,
  name           text NOT NULL,
  base_url       text NOT NULL,
  auth_token     text NOT NULL,
  -- format of the datetimes it sends: zulu_wallclock | offset | naive_t | naive_space
  datetime_style text NOT NULL,
  -- true: its 'Z' times are true UTC (its datetime_style is zulu_wallclock)
  sends_utc      boolean NOT NULL,
  -- share of defective items in its payloads (0.01 .. 0.05)
  sloppiness     float8 NOT NULL,
  -- extra columns
  market_rank    int    NOT NULL,   -- 1 = largest vendor
  market_share   float8 NOT NULL,   -- expected share of the meeting points
  id_style       text   NOT NULL    -- seq | seq_base | prefixed | hex
);

CREATE TABLE rdvmairie_scenario.meeting_point (
  editor_id            text NOT NULL REFERENCES rdvmairie_scenario.vendor ON DELETE CASCADE,
  external_id          text NOT NULL,
  name                 text NOT NULL,
  public_entry_address text NOT NULL,
  zip_code             text NOT NULL,
  city_name            text NOT NULL,
  department           text NOT NULL,
  time_zone            text NOT NULL,
  longitude            float8 NOT NULL,
  latitude             float8 NOT NULL,
  website              text NOT NULL,
  city_logo            text NOT NULL,
  insee_code           text NOT NULL,
  -- extra columns
  seq                  int    NOT NULL,  -- order of the point in its vendor's list
  rank_in_commune      int    NOT NULL,  -- 1 = the town hall itself, 2.. = annexes
  point_key            bigint NOT NULL,  -- hash key driving this point's slots
  slot_minutes         int    NOT NULL,  -- 15 or 20
  saturday             boolean NOT NULL, -- open on Saturday morning
  free_rate            float8 NOT NULL,  -- probability that a slot is free
  defect               text,             -- defect shown by sloppy payloads, NULL if none
  PRIMARY KEY (editor_id, external_id),
  UNIQUE (editor_id, seq)
);

-- ---------------------------------------------------------------------------
-- Helpers
-- ---------------------------------------------------------------------------

-- 64-bit key of a seed, independent of float output settings.
CREATE FUNCTION rdvmairie_scenario._seed_key(seed float8) RETURNS bigint
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT hashtextextended('rdvmairie_scenario/' || encode(float8send(seed), 'hex'), 0) $$;

-- Uniform pseudo-random number in [0, 1) from (seed key, integer key, salt).
CREATE FUNCTION rdvmairie_scenario._u(sk bigint, k bigint, salt bigint) RETURNS float8
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT ((hashint8extended(k, hashint8extended(salt, sk)) >> 11) & 9007199254740991)::float8
          / 9007199254740992.0 $$;

-- Same from a text key.
CREATE FUNCTION rdvmairie_scenario._ut(sk bigint, k text, salt bigint) RETURNS float8
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT ((hashtextextended(k, hashint8extended(salt, sk)) >> 11) & 9007199254740991)::float8
          / 9007199254740992.0 $$;

-- Pick one element of a text array with u in [0, 1).
CREATE FUNCTION rdvmairie_scenario._pick(a text[], u float8) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT a[1 + floor(u * cardinality(a))::int] $$;

CREATE FUNCTION rdvmairie_scenario.time_zone(department text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT CASE department
            WHEN '971' THEN 'America/Guadeloupe'
            WHEN '972' THEN 'America/Martinique'
            WHEN '973' THEN 'America/Cayenne'
            WHEN '974' THEN 'Indian/Reunion'
            WHEN '975' THEN 'America/Miquelon'
            WHEN '976' THEN 'Indian/Mayotte'
            ELSE 'Europe/Paris' END $$;

-- Upper case of a French name, independent of the database collation.
CREATE FUNCTION rdvmairie_scenario._upper_fr(s text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT upper(translate(replace(replace(s, 'œ', 'Œ'), 'æ', 'Æ'),
                          'àâäáçéèêëîïíôöóùûüúÿ', 'ÀÂÄÁÇÉÈÊËÎÏÍÔÖÓÙÛÜÚŸ') COLLATE "C") $$;

-- ASCII slug for host names: 'Saint-Étienne' -> 'saint-etienne'.
CREATE FUNCTION rdvmairie_scenario._slug(s text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT trim(BOTH '-' FROM regexp_replace(
            lower(translate(replace(replace(replace(replace(s, 'œ', 'oe'), 'Œ', 'OE'), 'æ', 'ae'), 'Æ', 'AE'),
                            'àâäáãåçéèêëíìîïñóòôöõúùûüýÿÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜÝŸ',
                            'aaaaaaceeeeiiiinooooouuuuyyAAAAAACEEEEIIIINOOOOOUUUUYY') COLLATE "C"),
            '[^a-z0-9]+', '-', 'g')) $$;

-- "de Lyon", "d'Évry", "du Mans", "des Abymes".
CREATE FUNCTION rdvmairie_scenario._de(s text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT CASE
            WHEN s LIKE 'Le %'  THEN 'du ' || substr(s, 4)
            WHEN s LIKE 'Les %' THEN 'des ' || substr(s, 5)
            WHEN s ~ '^[AEIOUYÉÈÊÎÔÂaeiouyH]' AND s !~ '^(Hy|Ha|He|Ho|Hu)' THEN 'd''' || s
            ELSE 'de ' || s END $$;

-- "+02:00" for an offset in minutes.
CREATE FUNCTION rdvmairie_scenario._format_offset(m int) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT CASE WHEN m < 0 THEN '-' ELSE '+' END
          || lpad((abs(m) / 60)::text, 2, '0') || ':' || lpad((abs(m) % 60)::text, 2, '0') $$;

-- Format a slot's local wall-clock time the way a vendor does.  STABLE, not
-- IMMUTABLE, so that it can be inlined (to_char is STABLE); the patterns used
-- do not depend on locale settings.
CREATE FUNCTION rdvmairie_scenario._format_datetime(local_ts timestamp, tz text, style text, sends_utc boolean)
RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE AS
$$ SELECT CASE
     WHEN sends_utc THEN
       to_char(timezone('UTC', timezone(tz, local_ts)), 'YYYY-MM-DD"T"HH24:MI"Z"')
     WHEN style = 'zulu_wallclock' THEN to_char(local_ts, 'YYYY-MM-DD"T"HH24:MI"Z"')
     WHEN style = 'naive_t'        THEN to_char(local_ts, 'YYYY-MM-DD"T"HH24:MI:SS')
     WHEN style = 'naive_space'    THEN to_char(local_ts, 'YYYY-MM-DD HH24:MI:SS')
     ELSE to_char(local_ts, 'YYYY-MM-DD"T"HH24:MI:SS')
          || rdvmairie_scenario._format_offset(
               (extract(epoch FROM local_ts - timezone('UTC', timezone(tz, local_ts))) / 60)::int)
   END $$;

-- ---------------------------------------------------------------------------
-- generate(): vendors and meeting points
-- ---------------------------------------------------------------------------

CREATE FUNCTION rdvmairie_scenario.generate(seed float8 DEFAULT 0.42,
                                            meeting_points int DEFAULT 3500,
                                            vendors int DEFAULT 50)
RETURNS text
LANGUAGE plpgsql
SET work_mem = '64MB'
SET jit = off
AS $fn$
DECLARE
  sk bigint := rdvmairie_scenario._seed_key(seed);
  n_communes int;
  n_points int;
  n_used int;
BEGIN
  IF meeting_points < 1 OR vendors < 1 THEN
    RAISE EXCEPTION 'meeting_points and vendors must be positive';
  END IF;
  SELECT count(*) INTO n_communes FROM rdvmairie_scenario.commune;
  IF n_communes = 0 THEN
    RAISE EXCEPTION 'rdvmairie_scenario.commune is empty: load data/communes.csv first';
  END IF;

  DELETE FROM rdvmairie_scenario.meeting_point;
  DELETE FROM rdvmairie_scenario.vendor;
  DELETE FROM rdvmairie_scenario.params;
  INSERT INTO rdvmairie_scenario.params (seed, meeting_points, vendors)
  VALUES (seed, meeting_points, vendors);

  -- Vendors.  Market shares follow a Zipf law (rank^-0.9) over a seeded
  -- permutation of the editor ids; the vendors ranked 4th and 9th send true
  -- UTC times.
  INSERT INTO rdvmairie_scenario.vendor
  WITH v AS (
    SELECT i,
           'ed' || lpad(i::text, greatest(2, length(vendors::text)), '0') AS editor_id,
           rdvmairie_scenario._u(sk, i, 101) AS u_rank,
           rdvmairie_scenario._u(sk, i, 102) AS u_style,
           rdvmairie_scenario._u(sk, i, 103) AS u_slop,
           rdvmairie_scenario._u(sk, i, 104) AS u_ids
    FROM generate_series(1, vendors) AS i
  ), r AS (
    SELECT v.*, row_number() OVER (ORDER BY u_rank, i)::int AS market_rank
    FROM v
  ), w AS (
    SELECT r.*, power(market_rank, -0.9) / sum(power(market_rank, -0.9)) OVER () AS share
    FROM r
  )
  SELECT editor_id,
         (ARRAY['Alizé', 'Boréal', 'Cèdre', 'Dauphin', 'Écume', 'Fougère', 'Givre', 'Héron',
                'Iris', 'Jonquille', 'Kermès', 'Lavande', 'Mistral', 'Nacre', 'Olivier',
                'Pervenche', 'Quartz', 'Roseau', 'Sureau', 'Tilleul', 'Ubac', 'Verveine',
                'Yeuse', 'Zéphyr', 'Ajonc'])[1 + (i * 7) % 25]
         || ' '
         || (ARRAY['Rendez-vous', 'Agenda', 'Planning', 'Guichet', 'Créneaux', 'Accueil',
                   'Citoyen', 'Réservation', 'Mairie Connect', 'Titres'])[1 + i % 10]
         || CASE WHEN i > 50 THEN ' ' || ((i - 1) / 50 + 1)::text ELSE '' END,
         'https://' || editor_id || '.example.org/api',
         md5('token/' || sk::text || '/' || i::text) || md5('token2/' || sk::text || '/' || i::text),
         CASE WHEN market_rank IN (4, 9) THEN 'zulu_wallclock'
              WHEN u_style < 0.30 THEN 'zulu_wallclock'
              WHEN u_style < 0.60 THEN 'offset'
              WHEN u_style < 0.85 THEN 'naive_t'
              ELSE 'naive_space' END,
         market_rank IN (4, 9),
         round((0.01 + 0.04 * u_slop)::numeric, 4)::float8,
         market_rank,
         share,
         CASE WHEN u_ids < 0.55 THEN 'seq'
              WHEN u_ids < 0.75 THEN 'seq_base'
              WHEN u_ids < 0.90 THEN 'prefixed'
              ELSE 'hex' END
  FROM w;

  -- Meeting points.  Each commune gets an expected number of points
  -- proportional to population^0.65 (Paris, Lyon and Marseille count as one
  -- city, split over their arrondissements by population), and an exact total
  -- of meeting_points by systematic sampling over a seeded order of the
  -- communes.  Each point picks its vendor by market share.
  INSERT INTO rdvmairie_scenario.meeting_point
  WITH c AS (
    SELECT c.*,
           CASE WHEN insee_code LIKE '751%' THEN '75056'
                WHEN insee_code LIKE '6938%' THEN '69123'
                WHEN insee_code LIKE '132%' THEN '13055'
                ELSE insee_code END AS unit,
           insee_code ~ '^(751|6938|132)' AS arrondissement
    FROM rdvmairie_scenario.commune c
  ), w AS (
    SELECT c.*,
           power(sum(population) OVER (PARTITION BY unit), 0.65)
             * population / sum(population) OVER (PARTITION BY unit) AS weight,
           rdvmairie_scenario._ut(sk, insee_code, 201) AS u_order
    FROM c
  ), cum AS (
    SELECT w.*,
           meeting_points * sum(weight) OVER (ORDER BY u_order, insee_code)
             / sum(weight) OVER () AS hi,
           meeting_points * weight / sum(weight) OVER () AS lambda
    FROM w
  ), cnt AS (
    SELECT cum.*,
           (floor(hi + u0) - floor(hi - lambda + u0))::int AS n
    FROM cum, (SELECT rdvmairie_scenario._u(sk, 0, 202) AS u0) z
  ), p AS (
    SELECT cnt.*, k,
           hashtextextended(insee_code || '#' || k, sk) AS point_key
    FROM cnt, generate_series(1, cnt.n) AS k
    WHERE cnt.n > 0
  ), pv AS (
    SELECT p.*, v.editor_id, v.id_style, v.sloppiness,
           rdvmairie_scenario._u(sk, point_key, 302) AS u1,
           rdvmairie_scenario._u(sk, point_key, 303) AS u2,
           rdvmairie_scenario._u(sk, point_key, 304) AS u3,
           rdvmairie_scenario._u(sk, point_key, 305) AS u4,
           rdvmairie_scenario._u(sk, point_key, 306) AS u5,
           rdvmairie_scenario._u(sk, point_key, 307) AS u6,
           rdvmairie_scenario._ut(sk, insee_code, 308) AS u7c,
           rdvmairie_scenario._u(sk, point_key, 309) AS u8
    FROM p
    JOIN (SELECT vendor.*,
                 coalesce(sum(market_share) OVER (ORDER BY market_rank
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS lo,
                 CASE WHEN market_rank = max(market_rank) OVER () THEN 2
                      ELSE sum(market_share) OVER (ORDER BY market_rank) END AS hi
          FROM rdvmairie_scenario.vendor) v
      ON rdvmairie_scenario._u(sk, p.point_key, 301) >= v.lo
     AND rdvmairie_scenario._u(sk, p.point_key, 301) < v.hi
  ), s AS (
    SELECT pv.*,
           row_number() OVER (PARTITION BY editor_id ORDER BY u_order, insee_code, k)::int AS seq,
           CASE WHEN arrondissement THEN regexp_replace(name, ' Arrondissement$', '') ELSE name END AS short_name,
           CASE WHEN arrondissement THEN regexp_replace(name, ' \d+(er|e) Arrondissement$', '') ELSE name END AS city,
           -- jitter: town hall within 300 m, annexes within 3 km (less in small towns)
           CASE WHEN k = 1 THEN 0.3
                WHEN arrondissement THEN 1.5
                ELSE least(3.0, 0.8 + sqrt(population) / 250) END * sqrt(u1) AS r_km,
           2 * pi() * u2 AS theta
    FROM pv
  ), g AS (
    SELECT s.*,
           round((latitude + r_km * cos(theta) / 111.32)::numeric, 6)::float8 AS lat,
           round((longitude + r_km * sin(theta) / (111.32 * cos(radians(latitude))))::numeric, 6)::float8 AS lon,
           CASE WHEN arrondissement THEN 'https://mairie' || regexp_replace(short_name, '\D', '', 'g') || '.'
                                         || rdvmairie_scenario._slug(city) || '.fr'
                WHEN u7c < 0.4 THEN 'https://www.ville-' || rdvmairie_scenario._slug(city) || '.fr'
                WHEN u7c < 0.7 THEN 'https://www.mairie-' || rdvmairie_scenario._slug(city) || '.fr'
                ELSE 'https://www.' || rdvmairie_scenario._slug(city) || '.fr' END AS website,
           CASE id_style
             WHEN 'seq' THEN seq::text
             WHEN 'seq_base' THEN (1000 * (1 + ((hashtextextended(editor_id, sk) % 90) + 90) % 90) + seq)::text
             WHEN 'prefixed' THEN 'MP' || lpad(seq::text, 5, '0')
             ELSE lpad(to_hex((seq::bigint * 2654435761 + ((hashtextextended(editor_id, sk) % 4294967296) + 4294967296)) % 4294967296), 8, '0')
           END AS ext_id
    FROM s
  )
  SELECT editor_id,
         ext_id,
         CASE WHEN k = 1 THEN
                CASE WHEN u3 < 0.85 OR arrondissement THEN 'Mairie ' ELSE 'Hôtel de Ville ' END
                || rdvmairie_scenario._de(short_name)
              WHEN u3 < 0.75 THEN
                'Mairie annexe ' || rdvmairie_scenario._de(short_name) || ' – '
                || (ARRAY['Centre', 'Nord', 'Sud', 'Est', 'Ouest', 'la Gare', 'les Coteaux', 'le Port',
                          'Saint-Jean', 'la Plaine', 'Bellevue', 'les Bruyères', 'le Bourg',
                          'la Source', 'Montplaisir', 'les Tilleuls', 'la Croix-Rouge', 'Beaulieu'])
                   [1 + ((point_key % 18) + 18 + k) % 18]
              ELSE 'Maison des services publics ' || rdvmairie_scenario._de(short_name)
                   || CASE WHEN k > 2 THEN ' ' || (k - 1)::text ELSE '' END
         END,
         CASE WHEN k = 1 THEN
                rdvmairie_scenario._pick(ARRAY['1 place de l''Hôtel de Ville', 'Place de la Mairie',
                  '2 rue de la Mairie', '1 place du Général de Gaulle', '10 rue de la République',
                  'Place de la Libération', '1 place Jean Jaurès', '3 place de la République'], u4)
              ELSE (1 + floor(u4 * 150))::int::text || ' '
                || rdvmairie_scenario._pick(ARRAY['rue', 'avenue', 'boulevard', 'allée', 'place', 'chemin'], u5)
                || ' '
                || rdvmairie_scenario._pick(ARRAY['Victor Hugo', 'Jean Moulin', 'Pasteur', 'de la Gare',
                  'des Écoles', 'du Maréchal Foch', 'Gambetta', 'de la Paix', 'Jules Ferry',
                  'du 8 Mai 1945', 'des Tilleuls', 'Anatole France', 'Émile Zola', 'Aristide Briand',
                  'de Verdun', 'Louise Michel', 'Simone Veil', 'du Stade'], u6)
         END,
         postcode,
         city,
         department,
         rdvmairie_scenario.time_zone(department),
         lon,
         lat,
         website,
         CASE WHEN u8 < 0.5 THEN 'https://static.' || editor_id || '.example.org/logos/' || insee_code || '.png'
              ELSE website || '/images/logo.png' END,
         insee_code,
         seq,
         k,
         point_key,
         CASE WHEN rdvmairie_scenario._u(sk, point_key, 310) < 0.55 THEN 15 ELSE 20 END,
         rdvmairie_scenario._u(sk, point_key, 311) < 0.25,
         round((0.12 + 0.40 * rdvmairie_scenario._u(sk, point_key, 312))::numeric, 4)::float8,
         CASE WHEN rdvmairie_scenario._u(sk, point_key, 313) < sloppiness THEN
           rdvmairie_scenario._pick(
             ARRAY['coords_as_strings', 'coords_swapped', 'city_name_upper_spaces',
                   'website_missing', 'website_not_http', 'coords_zero', 'coords_outside_france']
             || CASE WHEN ext_id ~ '^[1-9][0-9]{0,17}$' THEN ARRAY['id_number'] ELSE '{}'::text[] END
             || CASE WHEN postcode LIKE '0%' THEN ARRAY['zip_lost_zero'] ELSE '{}'::text[] END,
             rdvmairie_scenario._u(sk, point_key, 314))
         END
  FROM g;

  SELECT count(*), count(DISTINCT insee_code) INTO n_points, n_used FROM rdvmairie_scenario.meeting_point;
  RETURN format('%s vendors, %s meeting points in %s of %s communes',
                vendors, n_points, n_used, n_communes);
END
$fn$;

COMMENT ON FUNCTION rdvmairie_scenario.generate(float8, int, int) IS
  '(Re)fill vendor and meeting_point deterministically from the seed';

-- install(): the platform after its first refresh of the scenario: vendors
-- registered, their meeting point lists ingested and, given a first and last day,
-- their identity-card slots of those days ingested. Needs the extension.
CREATE FUNCTION rdvmairie_scenario.install(meeting_points int, vendors int DEFAULT 50,
                                           first_day date DEFAULT NULL, last_day date DEFAULT NULL,
                                           seed float8 DEFAULT 0.42)
RETURNS TABLE (meeting_point_feeds bigint, slots bigint)
LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM rdvmairie_scenario.generate(seed, meeting_points, vendors);
  INSERT INTO rdvmairie.editor (editor_id, name, base_url, auth_token, sends_utc)
  SELECT v.editor_id, v.name, v.base_url, v.auth_token, v.sends_utc FROM rdvmairie_scenario.vendor v;
  SELECT count(*) INTO meeting_point_feeds FROM rdvmairie_scenario.vendor v
  CROSS JOIN LATERAL rdvmairie.ingest_meeting_points(v.editor_id, rdvmairie_scenario.meeting_points_payload(v.editor_id, false)) r;
  slots := 0;
  IF first_day IS NOT NULL THEN
    SELECT sum(r.inserted) INTO slots FROM rdvmairie_scenario.vendor v
    CROSS JOIN LATERAL rdvmairie.ingest_slots(v.editor_id,
        rdvmairie_scenario.slots_payload(v.editor_id, first_day, last_day, 'CNI', 1, false), first_day, last_day) r;
  END IF;
  RETURN NEXT;
END
$fn$;

COMMENT ON FUNCTION rdvmairie_scenario.install(int, int, date, date, float8) IS
  'Generates the scenario and ingests it as a first refresh would: editors, meeting points, and CNI slots of [first_day, last_day] when given';

-- ---------------------------------------------------------------------------
-- getManagedMeetingPoints
-- ---------------------------------------------------------------------------

CREATE FUNCTION rdvmairie_scenario.meeting_point_defects(editor_id text)
RETURNS TABLE (external_id text, defect text)
LANGUAGE sql STABLE AS
$$ SELECT mp.external_id, mp.defect
   FROM rdvmairie_scenario.meeting_point mp
   WHERE mp.editor_id = meeting_point_defects.editor_id AND mp.defect IS NOT NULL
   ORDER BY mp.seq $$;

CREATE FUNCTION rdvmairie_scenario.meeting_points_payload(editor_id text, sloppy boolean DEFAULT true)
RETURNS jsonb
LANGUAGE plpgsql STABLE AS
$fn$
DECLARE
  result jsonb;
BEGIN
  IF NOT EXISTS (SELECT FROM rdvmairie_scenario.vendor v WHERE v.editor_id = meeting_points_payload.editor_id) THEN
    RAISE EXCEPTION 'unknown scenario vendor %', editor_id;
  END IF;
  SELECT coalesce(jsonb_agg(item ORDER BY seq), '[]'::jsonb) INTO result
  FROM (
    SELECT mp.seq,
           CASE WHEN d IS NULL THEN clean
                WHEN d = 'id_number' THEN clean || jsonb_build_object('id', mp.external_id::numeric)
                WHEN d = 'coords_as_strings' THEN clean || jsonb_build_object(
                       'longitude', lon::text, 'latitude', lat::text)
                WHEN d = 'coords_swapped' THEN clean || jsonb_build_object(
                       'longitude', lat, 'latitude', lon)
                WHEN d = 'zip_lost_zero' THEN clean || jsonb_build_object(
                       'zip_code', ltrim(mp.zip_code, '0'))
                WHEN d = 'city_name_upper_spaces' THEN clean || jsonb_build_object(
                       'city_name', '  ' || replace(rdvmairie_scenario._upper_fr(mp.city_name), ' ', '   ') || ' ')
                WHEN d = 'website_missing' THEN clean - 'website'
                WHEN d = 'website_not_http' THEN clean || jsonb_build_object(
                       'website', regexp_replace(mp.website, '^https?://', ''))
                WHEN d = 'coords_zero' THEN clean || jsonb_build_object(
                       'longitude', 0, 'latitude', 0)
                WHEN d = 'coords_outside_france' THEN clean || (ARRAY[
                       '{"longitude": 13.404954, "latitude": 52.520008}',     -- Berlin
                       '{"longitude": -3.703790, "latitude": 40.416775}',     -- Madrid
                       '{"longitude": -74.005941, "latitude": 40.712784}',    -- New York
                       '{"longitude": 139.691706, "latitude": 35.689487}',    -- Tokyo
                       '{"longitude": 18.424055, "latitude": -33.924870}'     -- Cape Town
                     ]::jsonb[])[1 + ((mp.point_key % 5) + 5) % 5]
                ELSE clean END AS item
    FROM rdvmairie_scenario.meeting_point mp
    CROSS JOIN LATERAL (
      SELECT round(mp.longitude::numeric, 6) AS lon, round(mp.latitude::numeric, 6) AS lat,
             CASE WHEN sloppy THEN mp.defect END AS d
    ) x
    CROSS JOIN LATERAL (
      SELECT jsonb_build_object(
               'id', mp.external_id,
               'name', mp.name,
               'longitude', lon,
               'latitude', lat,
               'public_entry_address', mp.public_entry_address,
               'zip_code', mp.zip_code,
               'city_name', mp.city_name,
               'website', mp.website,
               'city_logo', mp.city_logo) AS clean
    ) y
    WHERE mp.editor_id = meeting_points_payload.editor_id
  ) items;
  RETURN result;
END
$fn$;

-- ---------------------------------------------------------------------------
-- availableTimeSlots
-- ---------------------------------------------------------------------------

-- Every item of an availableTimeSlots answer, clean ones (defect IS NULL) and,
-- when sloppy, the extra defective ones.  ord orders items inside a point's
-- list.  Free slots depend only on the point, the slot's local time, the
-- reason and documents_number: never on the window or as_of, which only
-- filter.
CREATE FUNCTION rdvmairie_scenario.slot_items(
    editor_id text, start_date date, end_date date,
    reason text DEFAULT 'CNI', documents_number int DEFAULT 1,
    sloppy boolean DEFAULT true, as_of timestamptz DEFAULT now(),
    meeting_point_ids text[] DEFAULT NULL)
RETURNS TABLE (external_id text, ord bigint, starts_at timestamptz,
               datetime text, callback_url text, defect text)
LANGUAGE plpgsql STABLE
SET work_mem = '256MB'
-- custom plans fold documents_number = 1 and drop the window sort
SET plan_cache_mode = force_custom_plan
-- row estimates are far too high: JIT would cost ~0.5 s per call for nothing
SET jit = off
AS $fn$
DECLARE
  v rdvmairie_scenario.vendor;
  lo float8;   -- slot free for the reason when free_u < free_rate and lo <= reason_u < hi
  hi float8;
  n int := documents_number;
BEGIN
  SELECT * INTO v FROM rdvmairie_scenario.vendor x WHERE x.editor_id = slot_items.editor_id;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'unknown scenario vendor %', editor_id;
  END IF;
  -- CNI and PASSPORT share 80 % of their free slots; CNI-PASSPORT gets the
  -- shared part only.
  CASE reason
    WHEN 'CNI' THEN lo := 0.1; hi := 1.0;
    WHEN 'PASSPORT' THEN lo := 0.0; hi := 0.9;
    WHEN 'CNI-PASSPORT' THEN lo := 0.1; hi := 0.9;
    ELSE RAISE EXCEPTION 'unknown reason %', reason;
  END CASE;
  IF n IS NULL OR n < 1 THEN
    RAISE EXCEPTION 'documents_number must be at least 1';
  END IF;
  IF start_date IS NULL OR end_date IS NULL OR as_of IS NULL THEN
    RAISE EXCEPTION 'start_date, end_date and as_of are required';
  END IF;

  RETURN QUERY
  WITH pts AS (
    SELECT mp.external_id AS xid, mp.seq, mp.point_key, mp.time_zone, mp.slot_minutes,
           mp.saturday, mp.free_rate
    FROM rdvmairie_scenario.meeting_point mp
    WHERE mp.editor_id = v.editor_id
      AND (meeting_point_ids IS NULL OR mp.external_id = ANY (meeting_point_ids))
  ), cand AS (
    -- every slot of every opening session in the window (local dates)
    SELECT pts.*, d::date AS day, sess.s, k,
           d + make_interval(mins => sess.first_min + k * pts.slot_minutes) AS local_ts,
           (d::date - date '2000-01-01')::bigint * 1440 + sess.first_min + k * pts.slot_minutes AS minute_key
    FROM pts
    CROSS JOIN generate_series(start_date::timestamp, end_date::timestamp, interval '1 day') AS d
    CROSS JOIN (VALUES (1, 510, 720), (2, 810, 1020)) AS sess(s, first_min, last_min)
    CROSS JOIN LATERAL generate_series(0, (sess.last_min - sess.first_min) / pts.slot_minutes - 1) AS k
    WHERE extract(isodow FROM d) <= 5 OR (extract(isodow FROM d) = 6 AND pts.saturday AND sess.s = 1)
  ), f AS (
    SELECT cand.*,
           (rdvmairie_scenario._u(0, cand.point_key # cand.minute_key, 1)
              < cand.free_rate
            AND rdvmairie_scenario._u(0, cand.point_key # cand.minute_key, 2)
              >= lo
            AND rdvmairie_scenario._u(0, cand.point_key # cand.minute_key, 2)
              < hi) AS free
    FROM cand
  ), fn AS (
    -- free for n documents: this slot and the next n-1 of the session are free
    SELECT f.*,
           CASE WHEN n = 1 THEN f.free
                ELSE count(*) FILTER (WHERE f.free) OVER (
                       PARTITION BY f.point_key, f.day, f.s ORDER BY f.k
                       ROWS BETWEEN CURRENT ROW AND n - 1 FOLLOWING) = n
           END AS free_n
    FROM f
  ), clean AS (
    SELECT fn.xid, fn.seq, fn.point_key, fn.time_zone, fn.local_ts,
           fn.local_ts AT TIME ZONE fn.time_zone AS starts_at,
           'https://' || v.editor_id || '.example.org/book/' || fn.xid || '/'
             || to_char(fn.local_ts, 'YYYYMMDDHH24MI') || '?reason=' || reason
             || CASE WHEN n > 1 THEN '&documents_number=' || n ELSE '' END AS url,
           fn.minute_key
    FROM fn
    WHERE fn.free_n
      AND (fn.local_ts AT TIME ZONE fn.time_zone) > as_of
  ), extra AS (
    -- when sloppy, about sloppiness/5 of the clean slots bring one bad item
    SELECT clean.*,
           (ARRAY['repeat', 'past', 'outside_window', 'bad_callback_url', 'bad_datetime'])
             [1 + floor(rdvmairie_scenario._u(0, clean.point_key # clean.minute_key, 4) * 5)::int] AS kind,
           rdvmairie_scenario._u(0, clean.point_key # clean.minute_key, 5) AS w
    FROM clean
    WHERE sloppy
      AND rdvmairie_scenario._u(0, clean.point_key # clean.minute_key, 3) < v.sloppiness / 5
  ), bad AS (
    SELECT e.xid, e.seq, e.local_ts, e.minute_key, e.kind,
           CASE e.kind
             WHEN 'past' THEN
               (timezone(e.time_zone, as_of))::date - (1 + floor(e.w * 20))::int + e.local_ts::time
             WHEN 'outside_window' THEN
               end_date + (1 + floor(e.w * 14))::int + e.local_ts::time
             WHEN 'bad_callback_url' THEN e.local_ts + interval '5 minutes'
             ELSE e.local_ts
           END AS bad_ts,
           e.time_zone, e.url, e.w
    FROM extra e
  )
  SELECT c.xid, c.seq * 1000000000000 + c.minute_key * 10, c.starts_at,
         rdvmairie_scenario._format_datetime(c.local_ts, c.time_zone, v.datetime_style, v.sends_utc),
         c.url, NULL::text
  FROM clean c
  UNION ALL
  SELECT b.xid, b.seq * 1000000000000 + b.minute_key * 10 + 1,
         CASE WHEN b.kind = 'bad_datetime' THEN NULL ELSE b.bad_ts AT TIME ZONE b.time_zone END,
         CASE WHEN b.kind = 'bad_datetime' THEN
                CASE floor(b.w * 4)::int
                  WHEN 0 THEN to_char(b.local_ts, 'YYYY') || '-02-30T' || to_char(b.local_ts, 'HH24:MI')
                  WHEN 1 THEN to_char(b.local_ts, 'DD/MM/YYYY HH24:MI')
                  WHEN 2 THEN '0000-' || to_char(b.local_ts, 'MM-DD"T"HH24:MI:SS')
                  ELSE '9999-' || to_char(b.local_ts, 'MM-DD"T"HH24:MI:SS')
                END
              ELSE rdvmairie_scenario._format_datetime(b.bad_ts, b.time_zone, v.datetime_style, v.sends_utc)
         END,
         CASE WHEN b.kind = 'bad_callback_url' THEN
                CASE floor(b.w * 3)::int
                  WHEN 0 THEN 'javascript:alert(1)'
                  WHEN 1 THEN regexp_replace(b.url, '^https://', 'ftp://')
                  ELSE regexp_replace(b.url, '^https://', '')
                END
              WHEN b.kind IN ('past', 'outside_window') THEN
                'https://' || v.editor_id || '.example.org/book/' || b.xid || '/'
                  || to_char(b.bad_ts, 'YYYYMMDDHH24MI') || '?reason=' || reason
                  || CASE WHEN n > 1 THEN '&documents_number=' || n ELSE '' END
              ELSE b.url
         END,
         b.kind
  FROM bad b;
END
$fn$;

CREATE FUNCTION rdvmairie_scenario.slots_payload(
    editor_id text, start_date date, end_date date,
    reason text DEFAULT 'CNI', documents_number int DEFAULT 1,
    sloppy boolean DEFAULT true, as_of timestamptz DEFAULT now(),
    meeting_point_ids text[] DEFAULT NULL)
RETURNS jsonb
LANGUAGE sql STABLE
SET work_mem = '256MB'
SET jit = off
AS $fn$
  WITH items AS (
    SELECT * FROM rdvmairie_scenario.slot_items(editor_id, start_date, end_date, reason,
                                                documents_number, sloppy, as_of, meeting_point_ids)
  ), per_point AS (
    SELECT i.external_id,
           jsonb_agg(jsonb_build_object('datetime', i.datetime, 'callback_url', i.callback_url)
                     ORDER BY i.ord) AS slots
    FROM items i
    GROUP BY i.external_id
  )
  SELECT coalesce(jsonb_object_agg(mp.external_id, coalesce(pp.slots, '[]'::jsonb)), '{}'::jsonb)
  FROM rdvmairie_scenario.meeting_point mp
  LEFT JOIN per_point pp ON pp.external_id = mp.external_id
  WHERE mp.editor_id = slots_payload.editor_id
    AND (meeting_point_ids IS NULL OR mp.external_id = ANY (meeting_point_ids))
$fn$;

CREATE FUNCTION rdvmairie_scenario.expected_slots(
    editor_id text, start_date date, end_date date,
    reason text DEFAULT 'CNI', documents_number int DEFAULT 1,
    as_of timestamptz DEFAULT now(), meeting_point_ids text[] DEFAULT NULL)
RETURNS TABLE (external_id text, starts_at timestamptz, callback_url text)
LANGUAGE sql STABLE AS
$fn$
  SELECT i.external_id, i.starts_at, i.callback_url
  FROM rdvmairie_scenario.slot_items(editor_id, start_date, end_date, reason,
                                     documents_number, false, as_of, meeting_point_ids) i
  ORDER BY i.ord
$fn$;

CREATE FUNCTION rdvmairie_scenario.slot_defects(
    editor_id text, start_date date, end_date date,
    reason text DEFAULT 'CNI', documents_number int DEFAULT 1,
    as_of timestamptz DEFAULT now(), meeting_point_ids text[] DEFAULT NULL)
RETURNS TABLE (external_id text, defect text, datetime text, callback_url text)
LANGUAGE sql STABLE AS
$fn$
  SELECT i.external_id, i.defect, i.datetime, i.callback_url
  FROM rdvmairie_scenario.slot_items(editor_id, start_date, end_date, reason,
                                     documents_number, true, as_of, meeting_point_ids) i
  WHERE i.defect IS NOT NULL
  ORDER BY i.ord
$fn$;
