-- dedup.sql — the duplicate finder: aggregate rdvmairie.duplicate_groups(ref, application_id, applicant_name).
-- How it matches and what its score means: docs/dedup.md.

CREATE TYPE rdvmairie.duplicate_group AS (
    group_no int,
    refs     bigint[],
    reason   text,
    score    float4
);
COMMENT ON TYPE rdvmairie.duplicate_group IS
    'One applicant found behind several rows by rdvmairie.duplicate_groups(): the refs of those rows, why and how sure.';
COMMENT ON COLUMN rdvmairie.duplicate_group.group_no IS
    'Group number, 1..n, groups ordered by their smallest ref.';
COMMENT ON COLUMN rdvmairie.duplicate_group.refs IS
    'The distinct refs of the group''s rows, ascending; always two or more.';
COMMENT ON COLUMN rdvmairie.duplicate_group.reason IS
    'same_id: every row has the same canonical pre-application number; near_id: some numbers are one edit or look-alike apart and the names agree.';
COMMENT ON COLUMN rdvmairie.duplicate_group.score IS
    'How sure, in [0, 1]: the weakest link needed to join the group (1 = one number, every row named, all names agreeing).';

CREATE FUNCTION rdvmairie.duplicate_groups_transfn(internal, bigint, text, text)
RETURNS internal
AS 'MODULE_PATHNAME', 'duplicate_groups_transfn'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION rdvmairie.duplicate_groups_transfn(internal, bigint, text, text) IS
    'Transition function of rdvmairie.duplicate_groups: stores one row as a compact record (rows without a ref or a plausible number are skipped).';

CREATE FUNCTION rdvmairie.duplicate_groups_combinefn(internal, internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'duplicate_groups_combinefn'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION rdvmairie.duplicate_groups_combinefn(internal, internal) IS
    'Combine function of rdvmairie.duplicate_groups: merges two partial states (parallel aggregation).';

CREATE FUNCTION rdvmairie.duplicate_groups_serialfn(internal)
RETURNS bytea
AS 'MODULE_PATHNAME', 'duplicate_groups_serialfn'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION rdvmairie.duplicate_groups_serialfn(internal) IS
    'Serialization function of rdvmairie.duplicate_groups: a partial state as bytea, to pass between parallel workers of one server.';

CREATE FUNCTION rdvmairie.duplicate_groups_deserialfn(bytea, internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'duplicate_groups_deserialfn'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION rdvmairie.duplicate_groups_deserialfn(bytea, internal) IS
    'Deserialization function of rdvmairie.duplicate_groups: checks and reads a serialized partial state.';

CREATE FUNCTION rdvmairie.duplicate_groups_finalfn(internal)
RETURNS rdvmairie.duplicate_group[]
AS 'MODULE_PATHNAME', 'duplicate_groups_finalfn'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION rdvmairie.duplicate_groups_finalfn(internal) IS
    'Final function of rdvmairie.duplicate_groups: blocks, verifies and groups the rows; NULL without rows, an empty array without duplicates.';

CREATE AGGREGATE rdvmairie.duplicate_groups(ref bigint, application_id text, applicant_name text) (
    SFUNC = rdvmairie.duplicate_groups_transfn,
    STYPE = internal,
    FINALFUNC = rdvmairie.duplicate_groups_finalfn,
    FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = rdvmairie.duplicate_groups_combinefn,
    SERIALFUNC = rdvmairie.duplicate_groups_serialfn,
    DESERIALFUNC = rdvmairie.duplicate_groups_deserialfn,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE rdvmairie.duplicate_groups(bigint, text, text) IS
    'Groups the rows that belong to one applicant: the same canonical pre-application number (same_id), or numbers one edit or look-alike apart whose applicant names agree (near_id); families with consecutive numbers and homonyms stay apart. Returns rdvmairie.duplicate_group[] ordered by smallest ref; NULL without rows.';
