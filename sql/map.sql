-- The department map: shapes installed, and the SVG department_map_svg draws
-- (valid XML, one path per department, colour classes, escaping, no-data grey,
-- determinism, value validation).  Whole SVGs are never printed.
\set VERBOSITY terse

-- shapes: the 96 departments of mainland France and Corsica, and 6 insets
SELECT count(*) AS shapes,
       count(*) FILTER (WHERE NOT inset) AS mainland,
       string_agg(department, ' ' ORDER BY department COLLATE "C") FILTER (WHERE inset) AS insets
FROM rdvmairie.department_shape;
SELECT count(*) AS missing_mainland_codes
FROM (SELECT lpad(g::text, 2, '0') AS code FROM generate_series(1, 95) g WHERE g <> 20
      UNION ALL VALUES ('2A'), ('2B')) c
WHERE NOT EXISTS (SELECT FROM rdvmairie.department_shape s WHERE s.department = c.code AND NOT s.inset);
SELECT department, name, frame_x, frame_y, frame_w, frame_h
FROM rdvmairie.department_shape WHERE inset ORDER BY department COLLATE "C";

-- a map of ten departments valued 1..10 (the others have no data)
CREATE TEMP TABLE m AS
SELECT rdvmairie.department_map_svg(
           '{"01": 1, "02": 2, "03": 3, "04": 4, "05": 5, "06": 6, "07": 7, "08": 8, "2A": 9.5, "974": 10,
             "99": 1000, "20": 5, "976": null}',
           'Créneaux ouverts', 'créneaux / 10 000 hab.') AS svg;

-- well-formed XML with an svg root, a viewBox and a size; one path per department
SELECT xml_is_well_formed_document(svg) AS well_formed,
       (xpath('name(/*)', xmlparse(document svg)))[1]::text AS root,
       (xpath('/s:svg/@viewBox', xmlparse(document svg), '{{s,http://www.w3.org/2000/svg}}'))[1]::text AS viewbox,
       (xpath('/s:svg/@width', xmlparse(document svg), '{{s,http://www.w3.org/2000/svg}}'))[1]::text AS width,
       (xpath('count(//s:path[starts-with(@id, "dep-")])', xmlparse(document svg), '{{s,http://www.w3.org/2000/svg}}'))[1]::text AS department_paths,
       (xpath('count(//s:g[@id="departments"]/s:path/s:title)', xmlparse(document svg), '{{s,http://www.w3.org/2000/svg}}'))[1]::text AS tooltips
FROM m;

-- colour classes: quintiles of the values (breaks 2, 4, 6, 8), darker = higher by default;
-- the unknown code 99, the former Corsica code 20 and the null for 976 are ignored
SELECT r[1] AS department, r[2] AS fill, r[3] AS tooltip
FROM m, regexp_matches(svg, '<path id="dep-([^"]+)"[^>]*fill="(#[0-9a-f]{6})"[^>]*><title>([^<]*)</title>', 'g') r
WHERE r[1] IN ('01', '02', '03', '04', '05', '06', '07', '08', '2A', '974', '976', '75')
ORDER BY r[1] COLLATE "C";

-- the legend: class bounds formatted with number_format, then the no-data entry
SELECT (regexp_match(svg, '<g id="legend"[^>]*>\n<text[^>]*>([^<]*)</text>'))[1] AS legend_title,
       array_to_string(ARRAY(SELECT r[1] || ' ' || r[2]
                             FROM regexp_matches(svg, '<rect x="180" y="[0-9]+" width="16" height="11" fill="(#[0-9a-f]{6})"[^>]*/><text[^>]*>([^<]*)</text>', 'g') r),
                       ' | ') AS legend
FROM m;

-- grey for the departments without a value: 102 shapes, 10 valued
SELECT count(*) FILTER (WHERE r[1] = '#dddddd') AS grey, count(*) FILTER (WHERE r[1] <> '#dddddd') AS coloured
FROM m, regexp_matches(svg, '<path id="dep-[^"]+"[^>]*fill="(#[0-9a-f]{6})"', 'g') r;

-- low_is_good reverses the scale (the lowest value gets the darkest colour), and
-- number_format formats bounds and tooltips
SELECT (regexp_match(s, '<path id="dep-01"[^>]*fill="(#[0-9a-f]{6})"'))[1] AS fill_01,
       (regexp_match(s, '<path id="dep-974"[^>]*fill="(#[0-9a-f]{6})"'))[1] AS fill_974,
       (regexp_match(s, '<path id="dep-2A"[^>]*><title>([^<]*)</title>'))[1] AS tooltip_2a,
       (regexp_match(s, '<g id="legend"[^>]*>\n<rect[^>]*/><text[^>]*>([^<]*)</text>'))[1] AS first_class
FROM (SELECT rdvmairie.department_map_svg(
          '{"01": 1, "02": 2, "03": 3, "04": 4, "05": 5, "06": 6, "07": 7, "08": 8, "2A": 9.5, "974": 10}',
          'Délai', NULL, true, 'FM990D00') AS s) x;

-- a hostile title and legend are escaped: the document stays well-formed and
-- no markup gets through (the control character is dropped)
SELECT xml_is_well_formed_document(s) AS well_formed,
       strpos(s, '<script') AS raw_script,
       (xpath('count(//s:script)', xmlparse(document s), '{{s,http://www.w3.org/2000/svg}}'))[1]::text AS script_elements,
       (xpath('/s:svg/s:title/text()', xmlparse(document s), '{{s,http://www.w3.org/2000/svg}}'))[1]::text AS title_element,
       (regexp_match(s, '<text x="400"[^>]*>([^<]*)</text>'))[1] AS title_text,
       (regexp_match(s, '<g id="legend"[^>]*>\n<text[^>]*>([^<]*)</text>'))[1] AS legend_text
FROM (SELECT rdvmairie.department_map_svg('{"75": 1}',
          E'</title><script>alert("x")</script> & \'q\'\u0001',
          '<b>"a" & ''b''</b>') AS s) x;

-- no values at all: every department grey, a legend with the no-data entry only
SELECT count(*) FILTER (WHERE r[1] = '#dddddd') AS grey, count(*) AS paths,
       (SELECT count(*) FROM regexp_matches(s, '<rect x="180" y="[0-9]+" width="16"', 'g')) AS legend_entries
FROM (SELECT rdvmairie.department_map_svg('{}', 'Vide') AS s) x,
     regexp_matches(s, '<path id="dep-[^"]+"[^>]*fill="(#[0-9a-f]{6})"', 'g') r
GROUP BY s;
SELECT md5(rdvmairie.department_map_svg(NULL, NULL)) = md5(rdvmairie.department_map_svg('{}', NULL)) AS null_is_empty;

-- deterministic: the same input gives the same document
SELECT md5(a) = md5(b) AS same, length(md5(a)) AS md5_length, length(a) > 100000 AS substantial
FROM (SELECT rdvmairie.department_map_svg(v, 'Délai médian', 'jours', true) AS a,
             rdvmairie.department_map_svg(v, 'Délai médian', 'jours', true) AS b
      FROM (SELECT jsonb_object_agg(department, length(name) * 1.5) AS v FROM rdvmairie.department_shape) j) x;

-- validation: a non-numeric value or a non-object raises 22023
\set VERBOSITY sqlstate
SELECT rdvmairie.department_map_svg('{"75": 1, "92": "12.5"}', 't');
SELECT rdvmairie.department_map_svg('{"75": true}', 't');
SELECT rdvmairie.department_map_svg('{"75": {"value": 1}}', 't');
SELECT rdvmairie.department_map_svg('[1, 2]', 't');
\set VERBOSITY terse
SELECT rdvmairie.department_map_svg('{"75": 1, "92": "12.5"}', 't');

-- the function's contract
SELECT p.provolatile AS volatile, p.proparallel AS parallel, p.proconfig AS config,
       pg_get_function_arguments(p.oid) AS arguments
FROM pg_proc p WHERE p.oid = 'rdvmairie.department_map_svg(jsonb, text, text, boolean, text)'::regprocedure;
