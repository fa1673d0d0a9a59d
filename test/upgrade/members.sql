-- test/upgrade/members.sql — a text dump of everything the rdvmairie extension
-- owns, one sorted line per fact, for comparing an upgraded installation with a
-- fresh one (pg_dump leaves extension members out). Covers member objects
-- (pg_depend deptype 'e') with their full definitions, grants and comments, and
-- what hangs off member tables: columns, constraints, indexes, triggers, policies,
-- row-level security; plus the extension's configuration tables and schema grants.
\pset format unaligned
\pset tuples_only on
WITH ext AS (
    SELECT oid, extconfig, extcondition FROM pg_extension WHERE extname = 'rdvmairie'
), member AS (
    SELECT d.classid, d.objid, d.objsubid, pg_describe_object(d.classid, d.objid, d.objsubid) AS what
    FROM pg_depend d JOIN ext ON d.refobjid = ext.oid
    WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
), fact AS (
    SELECT what AS line FROM member
    -- functions, procedures, aggregates: definition, owner rights, grants, comment
    UNION ALL
    SELECT m.what || ' | ' || CASE WHEN p.prokind = 'a'
               THEN format('aggregate(%s) sfunc=%s stype=%s final=%s combine=%s', pg_get_function_arguments(p.oid),
                           a.aggtransfn, format_type(a.aggtranstype, NULL), a.aggfinalfn, a.aggcombinefn)
               ELSE pg_get_functiondef(p.oid) END
           || ' | acl=' || coalesce(p.proacl::text, '') || ' | ' || coalesce(obj_description(p.oid, 'pg_proc'), '')
    FROM member m JOIN pg_proc p ON m.classid = 'pg_proc'::regclass AND p.oid = m.objid
    LEFT JOIN pg_aggregate a ON a.aggfnoid = p.oid
    -- relations: kind, options, row-level security, grants, comment, view definition
    UNION ALL
    SELECT m.what || ' | kind=' || c.relkind::text || ' rls=' || c.relrowsecurity || ' force=' || c.relforcerowsecurity
           || ' options=' || coalesce(c.reloptions::text, '') || ' acl=' || coalesce(c.relacl::text, '')
           || ' | ' || coalesce(obj_description(c.oid, 'pg_class'), '')
           || CASE WHEN c.relkind IN ('v', 'm') THEN ' | ' || pg_get_viewdef(c.oid) ELSE '' END
    FROM member m JOIN pg_class c ON m.classid = 'pg_class'::regclass AND c.oid = m.objid
    -- columns, in order, with type, nullability, default or generation, grants, comment
    UNION ALL
    SELECT m.what || ' column ' || a.attnum || ' ' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
           || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
           || coalesce(' ' || a.attgenerated::text || ' default ' || pg_get_expr(ad.adbin, ad.adrelid), '')
           || CASE WHEN a.attidentity <> '' THEN ' identity ' || a.attidentity::text ELSE '' END
           || ' acl=' || coalesce(a.attacl::text, '') || ' | ' || coalesce(col_description(c.oid, a.attnum), '')
    FROM member m JOIN pg_class c ON m.classid = 'pg_class'::regclass AND c.oid = m.objid
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
    LEFT JOIN pg_attrdef ad ON ad.adrelid = c.oid AND ad.adnum = a.attnum
    -- constraints, indexes, triggers, policies of member tables
    UNION ALL
    SELECT m.what || ' constraint ' || co.conname || ' ' || pg_get_constraintdef(co.oid)
    FROM member m JOIN pg_constraint co ON m.classid = 'pg_class'::regclass AND co.conrelid = m.objid
    UNION ALL
    SELECT m.what || ' index ' || pg_get_indexdef(i.indexrelid) || ' | ' || coalesce(obj_description(i.indexrelid, 'pg_class'), '')
    FROM member m JOIN pg_index i ON m.classid = 'pg_class'::regclass AND i.indrelid = m.objid
    UNION ALL
    SELECT m.what || ' trigger ' || pg_get_triggerdef(t.oid)
    FROM member m JOIN pg_trigger t ON m.classid = 'pg_class'::regclass AND t.tgrelid = m.objid AND NOT t.tgisinternal
    UNION ALL
    SELECT m.what || ' policy ' || po.polname || ' cmd=' || po.polcmd::text || ' permissive=' || po.polpermissive::text
           || ' roles=' || (SELECT string_agg(CASE WHEN r = 0 THEN 'public' ELSE r::regrole::text END, ',' ORDER BY 1) FROM unnest(po.polroles) r)
           || ' using=' || coalesce(pg_get_expr(po.polqual, po.polrelid), '')
           || ' check=' || coalesce(pg_get_expr(po.polwithcheck, po.polrelid), '')
    FROM member m JOIN pg_policy po ON m.classid = 'pg_class'::regclass AND po.polrelid = m.objid
    -- types: enum labels, domains, composite types' comment
    UNION ALL
    SELECT m.what || ' | ' || format_type(t.oid, NULL) || ' ' || t.typtype::text
           || coalesce(' labels=' || (SELECT string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid), '')
           || ' | ' || coalesce(obj_description(t.oid, 'pg_type'), '')
    FROM member m JOIN pg_type t ON m.classid = 'pg_type'::regclass AND t.oid = m.objid
    -- schemas: grants and comment
    UNION ALL
    SELECT 'schema ' || n.nspname || ' acl=' || coalesce(n.nspacl::text, '') || ' | ' || coalesce(obj_description(n.oid, 'pg_namespace'), '')
    FROM pg_namespace n WHERE n.nspname IN ('rdvmairie', 'rdvmairie_api')
    -- tables pg_dump keeps the rows of
    UNION ALL
    SELECT 'config table ' || c::regclass::text || ' where ' || coalesce(w, '')
    FROM ext, unnest(ext.extconfig, ext.extcondition) AS x(c, w)
)
SELECT line FROM fact ORDER BY line COLLATE "C";
