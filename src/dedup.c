/*
 * dedup.c — the aggregate rdvmairie.duplicate_groups(ref, application_id, applicant_name).
 *
 * Finds the rows that belong to one applicant: the same canonical
 * pre-application number, or numbers one edit apart with agreeing names (the
 * rules are in dedup_match.c, the reasoning in docs/dedup.md).
 *
 * Transition: each row becomes one fixed-size DedupRecord (the number packed
 * into 64 bits, a summary of the name) appended to an array in the aggregate
 * context, and its normalised name is appended to one byte arena: no
 * per-row allocation, memory proportional to the input.  Combine appends,
 * serialize/deserialize copy both arrays, so the aggregate runs in parallel.
 *
 * Final function, without comparing every row with every other:
 *   1. sort a copy of the records by folded number, canonical number, name;
 *   2. join the rows of each canonical number (and rows naming one ref);
 *   3. blocking: for each distinct folded number, its one-deletion keys
 *      (dedup_match.h); numbers within one edit share a key.  Keys are
 *      hashed to 32 bits next to the number's index in one uint64, bucketed
 *      by their top bits and radix-sorted bucket by bucket, in passes of
 *      bounded size; numbers in one run of equal hashes are candidate pairs;
 *   4. verify each candidate pair (edit kind, then names) and keep the
 *      accepted links with their score;
 *   5. join the links strongest first (Kruskal), so that each group's score
 *      is its weakest necessary link whatever the input order;
 *   6. emit groups of two or more refs, numbered by smallest ref.
 * The result depends only on the rows' contents, never on their order, so a
 * parallel plan gives exactly the result of a serial one.
 */
#include "postgres.h"

#include "access/detoast.h"
#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/typcache.h"

#include "dedup_match.h"

PG_FUNCTION_INFO_V1(duplicate_groups_transfn);
PG_FUNCTION_INFO_V1(duplicate_groups_combinefn);
PG_FUNCTION_INFO_V1(duplicate_groups_serialfn);
PG_FUNCTION_INFO_V1(duplicate_groups_deserialfn);
PG_FUNCTION_INFO_V1(duplicate_groups_finalfn);

/* One input row, 40 bytes.  Its name lives in the state's arena. */
typedef struct DedupRecord
{
	int64		ref;
	uint64		folded;			/* packed folded number */
	uint64		name_sig;		/* order-free signature of the name's words */
	uint32		name_off;		/* normalised name in the arena */
	uint32		letters;		/* letter mask of the name */
	uint32		variant;		/* look-alikes typed */
	uint16		name_len;
	uint8		num_len;
	uint8		ntokens;
} DedupRecord;

typedef struct DedupState
{
	MemoryContext cxt;			/* the aggregate context owning the arrays */
	DedupRecord *recs;
	uint32		nrecs;
	uint32		maxrecs;
	char	   *names;
	Size		names_len;
	Size		names_max;
} DedupState;

/* Rows one state holds: indexes are uint32 and arrays stay below 1 GB chunks. */
#define DEDUP_MAX_ROWS ((uint32) (INT32_MAX / 2))
/* Candidate keys sorted per pass of the final function (8 bytes each). */
#define DEDUP_KEYS_PER_PASS (8 * 1024 * 1024)
/* Bytes of input read: a number with its separators, the start of a name */
#define DEDUP_MAX_NUMBER_BYTES 256
#define DEDUP_MAX_NAME_BYTES 4096
/* Serialized partial states */
#define DEDUP_MAGIC 0x52445644	/* "RDVD" */
#define DEDUP_VERSION 1

typedef struct DedupSerialHeader
{
	uint32		magic;
	uint32		version;
	uint32		nrecs;
	uint32		record_size;
	uint64		names_len;
} DedupSerialHeader;

/* ------------------------------------------------------------------------
 * State
 * ------------------------------------------------------------------------ */

static DedupState *
StateCreate(MemoryContext aggcxt)
{
	DedupState *st = MemoryContextAllocZero(aggcxt, sizeof(DedupState));

	st->cxt = aggcxt;
	st->maxrecs = 64;
	st->recs = MemoryContextAlloc(aggcxt, st->maxrecs * sizeof(DedupRecord));
	st->names_max = 1024;
	st->names = MemoryContextAlloc(aggcxt, st->names_max);
	return st;
}

static void
TooManyRows(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
			 errmsg("rdvmairie.duplicate_groups accepts at most %u rows per group", DEDUP_MAX_ROWS),
			 errhint("Split the input, for example by department or by month.")));
}

/* Room for n more records and len more name bytes. */
static void
StateReserve(DedupState *st, uint32 n, Size len)
{
	if ((uint64) st->nrecs + n > DEDUP_MAX_ROWS)
		TooManyRows();
	if (st->nrecs + n > st->maxrecs)
	{
		uint64		want = Max((uint64) st->maxrecs * 2, (uint64) st->nrecs + n);

		want = Min(want, (uint64) DEDUP_MAX_ROWS);
		st->recs = repalloc_huge(st->recs, want * sizeof(DedupRecord));
		st->maxrecs = (uint32) want;
	}
	if (st->names_len + len > st->names_max)
	{
		Size		want = Max(st->names_max * 2, st->names_len + len);

		if (want > (Size) UINT32_MAX)
		{
			if (st->names_len + len > (Size) UINT32_MAX)
				TooManyRows();
			want = (Size) UINT32_MAX;
		}
		st->names = repalloc_huge(st->names, want);
		st->names_max = want;
	}
}

static void
StateAppend(DedupState *st, int64 ref, const rdv_dedup_number *num,
			const char *name, size_t name_len)
{
	DedupRecord *r;
	rdv_dedup_name_info info;

	StateReserve(st, 1, name_len);
	rdv_dedup_name_info_of(name, name_len, &info);
	r = &st->recs[st->nrecs++];
	r->ref = ref;
	r->folded = num->folded;
	r->variant = num->variant;
	r->num_len = num->len;
	r->name_sig = info.signature;
	r->letters = info.letters;
	r->ntokens = info.ntokens;
	r->name_off = (uint32) st->names_len;
	r->name_len = (uint16) name_len;
	if (name_len > 0)
		memcpy(st->names + st->names_len, name, name_len);
	st->names_len += name_len;
}

static MemoryContext
RequireAggContext(FunctionCallInfo fcinfo)
{
	MemoryContext aggcxt;

	if (!AggCheckCallContext(fcinfo, &aggcxt))
		elog(ERROR, "rdvmairie.duplicate_groups support function called in non-aggregate context");
	return aggcxt;
}

/* ------------------------------------------------------------------------
 * Aggregate support functions
 * ------------------------------------------------------------------------ */

/*
 * duplicate_groups_transfn(state internal, ref bigint, application_id text,
 * applicant_name text) — rows without a ref or without a plausible number
 * cannot be matched and are skipped; a NULL or wordless name is kept as "no
 * name".
 */
Datum
duplicate_groups_transfn(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt = RequireAggContext(fcinfo);
	DedupState *st = PG_ARGISNULL(0) ? NULL : (DedupState *) PG_GETARG_POINTER(0);
	text	   *id;
	rdv_dedup_number num;
	char		name[RDV_DEDUP_NAME_MAX + 1];
	size_t		name_len = 0;

	if (st == NULL)
		st = StateCreate(aggcxt);
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
		PG_RETURN_POINTER(st);

	/* a value this long is no number: do not even detoast it */
	if (toast_raw_datum_size(PG_GETARG_DATUM(2)) > VARHDRSZ + DEDUP_MAX_NUMBER_BYTES)
		PG_RETURN_POINTER(st);
	id = PG_GETARG_TEXT_PP(2);
	if (!rdv_dedup_parse_number(VARDATA_ANY(id), VARSIZE_ANY_EXHDR(id), &num))
		PG_RETURN_POINTER(st);
	if (!PG_ARGISNULL(3))
	{
		/* only the start of a name is kept: read no more of a huge value */
		text	   *nm = PG_GETARG_TEXT_P_SLICE(3, 0, DEDUP_MAX_NAME_BYTES);

		name_len = rdv_dedup_normalize_name(VARDATA_ANY(nm), VARSIZE_ANY_EXHDR(nm),
											name, sizeof(name));
	}
	StateAppend(st, PG_GETARG_INT64(1), &num, name, name_len);
	PG_RETURN_POINTER(st);
}

/* duplicate_groups_combinefn(internal, internal): appends the second state to the first. */
Datum
duplicate_groups_combinefn(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt = RequireAggContext(fcinfo);
	DedupState *s1 = PG_ARGISNULL(0) ? NULL : (DedupState *) PG_GETARG_POINTER(0);
	DedupState *s2 = PG_ARGISNULL(1) ? NULL : (DedupState *) PG_GETARG_POINTER(1);
	uint32		i;

	if (s2 == NULL)
	{
		if (s1 == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(s1);
	}
	if (s1 == NULL)
		s1 = StateCreate(aggcxt);	/* a copy: s2 belongs to another context */
	StateReserve(s1, s2->nrecs, s2->names_len);
	for (i = 0; i < s2->nrecs; i++)
	{
		DedupRecord *r = &s1->recs[s1->nrecs + i];

		*r = s2->recs[i];
		r->name_off += (uint32) s1->names_len;
	}
	s1->nrecs += s2->nrecs;
	if (s2->names_len > 0)
		memcpy(s1->names + s1->names_len, s2->names, s2->names_len);
	s1->names_len += s2->names_len;
	PG_RETURN_POINTER(s1);
}

/*
 * duplicate_groups_serialfn(internal) returns bytea: a header, then the
 * records and the name arena as they are in memory (partial states only
 * travel between processes of one server).
 */
Datum
duplicate_groups_serialfn(PG_FUNCTION_ARGS)
{
	DedupState *st;
	DedupSerialHeader hdr;
	Size		recs_size,
				total;
	bytea	   *out;
	char	   *p;

	RequireAggContext(fcinfo);
	st = (DedupState *) PG_GETARG_POINTER(0);
	recs_size = (Size) st->nrecs * sizeof(DedupRecord);
	total = VARHDRSZ + sizeof(hdr) + recs_size + st->names_len;
	if (total > MaxAllocSize)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("rdvmairie.duplicate_groups partial state of %zu bytes is too large to pass between parallel workers",
						total),
				 errhint("Run this query without parallel workers (SET max_parallel_workers_per_gather = 0).")));
	out = palloc(total);
	SET_VARSIZE(out, total);
	hdr.magic = DEDUP_MAGIC;
	hdr.version = DEDUP_VERSION;
	hdr.nrecs = st->nrecs;
	hdr.record_size = sizeof(DedupRecord);
	hdr.names_len = st->names_len;
	p = VARDATA(out);
	memcpy(p, &hdr, sizeof(hdr));
	p += sizeof(hdr);
	if (recs_size > 0)
		memcpy(p, st->recs, recs_size);
	p += recs_size;
	if (st->names_len > 0)
		memcpy(p, st->names, st->names_len);
	PG_RETURN_BYTEA_P(out);
}

static void
BadPartialState(const char *what)
{
	ereport(ERROR,
			(errcode(ERRCODE_DATA_CORRUPTED),
			 errmsg("invalid rdvmairie.duplicate_groups partial state: %s", what)));
}

/* duplicate_groups_deserialfn(bytea, internal) returns internal: checks, then copies. */
Datum
duplicate_groups_deserialfn(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt = RequireAggContext(fcinfo);
	bytea	   *in = PG_GETARG_BYTEA_PP(0);
	const char *p = VARDATA_ANY(in);
	Size		len = VARSIZE_ANY_EXHDR(in);
	DedupSerialHeader hdr;
	DedupState *st;
	Size		recs_size;
	uint32		i;

	if (len < sizeof(hdr))
		BadPartialState("too short");
	memcpy(&hdr, p, sizeof(hdr));
	if (hdr.magic != DEDUP_MAGIC || hdr.version != DEDUP_VERSION ||
		hdr.record_size != sizeof(DedupRecord))
		BadPartialState("unknown format");
	if (hdr.nrecs > DEDUP_MAX_ROWS || hdr.names_len > UINT32_MAX)
		BadPartialState("too large");
	recs_size = (Size) hdr.nrecs * sizeof(DedupRecord);
	if (len != sizeof(hdr) + recs_size + hdr.names_len)
		BadPartialState("wrong length");

	st = StateCreate(aggcxt);
	StateReserve(st, hdr.nrecs, hdr.names_len);
	p += sizeof(hdr);
	if (recs_size > 0)
		memcpy(st->recs, p, recs_size);
	p += recs_size;
	if (hdr.names_len > 0)
		memcpy(st->names, p, hdr.names_len);
	st->nrecs = hdr.nrecs;
	st->names_len = hdr.names_len;
	for (i = 0; i < st->nrecs; i++)
		if ((uint64) st->recs[i].name_off + st->recs[i].name_len > st->names_len)
			BadPartialState("name out of bounds");
	PG_RETURN_POINTER(st);
}

/* ------------------------------------------------------------------------
 * Final function: sorting
 * ------------------------------------------------------------------------ */

static inline int
CompareRecords(const DedupRecord *a, const DedupRecord *b, const char *names)
{
	int			c;

	if (a->folded != b->folded)
		return a->folded < b->folded ? -1 : 1;
	if (a->variant != b->variant)
		return a->variant < b->variant ? -1 : 1;
	if (a->name_sig != b->name_sig)
		return a->name_sig < b->name_sig ? -1 : 1;
	if (a->ref != b->ref)
		return a->ref < b->ref ? -1 : 1;
	if (a->name_len != b->name_len)
		return a->name_len < b->name_len ? -1 : 1;
	c = memcmp(names + a->name_off, names + b->name_off, a->name_len);
	return c;
}

#define ST_SORT sort_records
#define ST_ELEMENT_TYPE DedupRecord
#define ST_COMPARE_ARG_TYPE const char
#define ST_COMPARE(a, b, arg) CompareRecords(a, b, arg)
#define ST_CHECK_FOR_INTERRUPTS
#define ST_SCOPE static
#define ST_DEFINE
#include "lib/sort_template.h"

/* (ref, position) pairs, to join rows naming one ref */
typedef struct RefPos
{
	int64		ref;
	uint32		pos;
} RefPos;

#define ST_SORT sort_refpos
#define ST_ELEMENT_TYPE RefPos
#define ST_COMPARE(a, b) ((a)->ref < (b)->ref ? -1 : (a)->ref > (b)->ref ? 1 : \
						  (a)->pos < (b)->pos ? -1 : (a)->pos > (b)->pos ? 1 : 0)
#define ST_SCOPE static
#define ST_DEFINE
#include "lib/sort_template.h"

/* An accepted link between two rows with different canonical numbers */
typedef struct Edge
{
	uint32		a;
	uint32		b;
	float4		score;
} Edge;

/* strongest first; ties in row order, for a stable run */
#define ST_SORT sort_edges
#define ST_ELEMENT_TYPE Edge
#define ST_COMPARE(x, y) ((x)->score > (y)->score ? -1 : (x)->score < (y)->score ? 1 : \
						  (x)->a < (y)->a ? -1 : (x)->a > (y)->a ? 1 : \
						  (x)->b < (y)->b ? -1 : (x)->b > (y)->b ? 1 : 0)
#define ST_SCOPE static
#define ST_DEFINE
#include "lib/sort_template.h"

/* Members of emitted groups: (smallest ref of the group, ref, position) */
typedef struct Member
{
	int64		group_ref;
	int64		ref;
	uint32		pos;
} Member;

#define ST_SORT sort_members
#define ST_ELEMENT_TYPE Member
#define ST_COMPARE(a, b) ((a)->group_ref < (b)->group_ref ? -1 : (a)->group_ref > (b)->group_ref ? 1 : \
						  (a)->ref < (b)->ref ? -1 : (a)->ref > (b)->ref ? 1 : \
						  (a)->pos < (b)->pos ? -1 : (a)->pos > (b)->pos ? 1 : 0)
#define ST_SCOPE static
#define ST_DEFINE
#include "lib/sort_template.h"

/* ------------------------------------------------------------------------
 * Final function: grouping
 * ------------------------------------------------------------------------ */

typedef struct Finder
{
	const DedupRecord *r;		/* records, sorted */
	const char *names;
	uint32		n;
	uint32	   *parent;			/* union-find over positions */
	uint32	   *size;
	float4	   *score;			/* at each root: the group's weakest link */
	bool	   *rep;			/* first row of its (canonical number, name) */
	uint32		nnodes;			/* distinct folded numbers */
	uint32	   *node_start;		/* nnodes + 1 positions */
	Edge	   *edges;
	Size		nedges;
	Size		maxedges;
} Finder;

static void
JoinRows(Finder *f, uint32 a, uint32 b, float4 score)
{
	uint32		ra = rdv_uf_find(f->parent, a);
	uint32		rb = rdv_uf_find(f->parent, b);
	uint32		r;

	if (ra == rb)
		return;
	r = rdv_uf_union(f->parent, f->size, ra, rb);
	f->score[r] = Min(Min(f->score[ra], f->score[rb]), score);
}

static inline const char *
NameOf(const Finder *f, uint32 pos)
{
	return f->names + f->r[pos].name_off;
}

static inline bool
SameCanonical(const DedupRecord *a, const DedupRecord *b)
{
	return a->folded == b->folded && a->variant == b->variant;
}

/*
 * Score of the rows [start, end) sharing one canonical number: their names
 * are compared with the first named row's.
 */
static float4
CanonicalScore(const Finder *f, uint32 start, uint32 end)
{
	int32		ref_pos = -1;
	bool		missing = false,
				variant = false,
				disagree = false;
	uint32		i;
	float4		s;

	for (i = start; i < end; i++)
	{
		const DedupRecord *r = &f->r[i];

		if (r->ntokens == 0)
		{
			missing = true;
			continue;
		}
		if (ref_pos < 0)
		{
			ref_pos = (int32) i;
			continue;
		}
		if (r->name_sig == f->r[ref_pos].name_sig)
			continue;
		switch (rdv_dedup_compare_names(NameOf(f, ref_pos), f->r[ref_pos].name_len,
										NameOf(f, i), r->name_len))
		{
			case RDV_NAMES_AGREE:
				break;
			case RDV_NAMES_VARIANT:
				variant = true;
				break;
			case RDV_NAMES_DISAGREE:
				disagree = true;
				break;
		}
	}
	if (ref_pos < 0)
		return RDV_DEDUP_SCORE_SAME_VARIANT;	/* no name at all */
	s = RDV_DEDUP_SCORE_SAME_AGREE;
	if (missing)
		s = Min(s, RDV_DEDUP_SCORE_SAME_MISSING);
	if (variant)
		s = Min(s, RDV_DEDUP_SCORE_SAME_VARIANT);
	if (disagree)
		s = Min(s, RDV_DEDUP_SCORE_SAME_DISAGREE);
	return s;
}

static void
AddEdge(Finder *f, uint32 a, uint32 b, float4 score)
{
	if (f->nedges == f->maxedges)
	{
		f->maxedges *= 2;
		f->edges = repalloc_huge(f->edges, f->maxedges * sizeof(Edge));
	}
	f->edges[f->nedges].a = a;
	f->edges[f->nedges].b = b;
	f->edges[f->nedges].score = score;
	f->nedges++;
}

static void
LinkRows(Finder *f, uint32 a, uint32 b, rdv_dedup_edit edit)
{
	const DedupRecord *ra = &f->r[a];
	const DedupRecord *rb = &f->r[b];
	rdv_dedup_name_info ia,
				ib;
	float4		s;

	if (ra->ntokens < 2 || rb->ntokens < 2)
		return;
	if (rdv_uf_find(f->parent, a) == rdv_uf_find(f->parent, b))
		return;					/* already one canonical number or one ref */
	ia.signature = ra->name_sig;
	ia.letters = ra->letters;
	ia.ntokens = ra->ntokens;
	ib.signature = rb->name_sig;
	ib.letters = rb->letters;
	ib.ntokens = rb->ntokens;
	s = rdv_dedup_near_score(edit, NameOf(f, a), ra->name_len, &ia,
							 NameOf(f, b), rb->name_len, &ib);
	if (s > 0.0f)
		AddEdge(f, a, b, s);
}

/* Rows of folded numbers p and q (p != q), found in one block. */
static void
LinkNodes(Finder *f, uint32 p, uint32 q)
{
	rdv_dedup_edit edit = rdv_dedup_number_edit(f->r[f->node_start[p]].folded,
												 f->r[f->node_start[q]].folded);
	uint32		a,
				b;

	if (edit == RDV_EDIT_FAR)
		return;					/* the keys' hashes collided */
	for (a = f->node_start[p]; a < f->node_start[p + 1]; a++)
	{
		if (!f->rep[a])
			continue;
		for (b = f->node_start[q]; b < f->node_start[q + 1]; b++)
			if (f->rep[b])
				LinkRows(f, a, b, edit);
	}
}

/* Rows of one folded number whose canonical numbers differ by look-alikes only. */
static void
LinkLookalikes(Finder *f, uint32 p)
{
	uint32		start = f->node_start[p],
				end = f->node_start[p + 1],
				a,
				b;

	if (f->r[start].variant == f->r[end - 1].variant)
		return;					/* sorted: one canonical number */
	for (a = start; a < end; a++)
	{
		if (!f->rep[a])
			continue;
		for (b = a + 1; b < end; b++)
			if (f->rep[b] && f->r[b].variant != f->r[a].variant)
				LinkRows(f, a, b, RDV_EDIT_NONE);
	}
}

static inline uint32
KeyHash(uint64 key)
{
	return (uint32) ((key * UINT64CONST(0x9E3779B97F4A7C15)) >> 32);
}

/*
 * Sorts (hash << 32 | node) entries by the low 24 bits of the hash: two
 * stable counting passes of 12 bits, through tmp (n entries).
 */
static void
RadixByHash24(uint64 *a, uint64 *tmp, Size n)
{
	Size		count[4096];
	int			pass;

	if (n < 2)
		return;
	for (pass = 0; pass < 2; pass++)
	{
		int			shift = 32 + 12 * pass;
		uint64	   *from = pass == 0 ? a : tmp;
		uint64	   *to = pass == 0 ? tmp : a;
		Size		i,
					sum = 0;

		memset(count, 0, sizeof(count));
		for (i = 0; i < n; i++)
			count[(from[i] >> shift) & 4095]++;
		for (i = 0; i < 4096; i++)
		{
			Size		c = count[i];

			count[i] = sum;
			sum += c;
		}
		for (i = 0; i < n; i++)
			to[count[(from[i] >> shift) & 4095]++] = from[i];
	}
}

/*
 * Blocking: every distinct folded number's keys, as (hash << 32 | node),
 * bucketed by the hash's top 8 bits, in passes of at most
 * DEDUP_KEYS_PER_PASS entries (a single bucket may exceed it).
 */
static void
LinkBlocks(Finder *f)
{
	Size		count[257] = {0};
	Size		offset[257];
	uint64		keys[RDV_DEDUP_MAX_KEYS];
	uint32		p;
	int			b0 = 0;

	for (p = 0; p < f->nnodes; p++)
	{
		int			k,
					nk = rdv_dedup_number_keys(f->r[f->node_start[p]].folded, keys);

		for (k = 0; k < nk; k++)
			count[KeyHash(keys[k]) >> 24]++;
		if ((p & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
	}

	while (b0 < 256)
	{
		int			b1 = b0,
					b;
		Size		total = 0,
					maxcount,
					i;
		uint64	   *entries,
				   *tmp;

		while (b1 < 256 && (b1 == b0 || total + count[b1] <= DEDUP_KEYS_PER_PASS))
			total += count[b1++];
		offset[b0] = 0;
		for (b = b0; b < b1; b++)
			offset[b + 1] = offset[b] + count[b];
		entries = MemoryContextAllocHuge(CurrentMemoryContext, Max(total, 1) * sizeof(uint64));

		for (p = 0; p < f->nnodes; p++)
		{
			int			k,
						nk = rdv_dedup_number_keys(f->r[f->node_start[p]].folded, keys);

			for (k = 0; k < nk; k++)
			{
				uint32		h = KeyHash(keys[k]);
				int			bucket = h >> 24;

				if (bucket >= b0 && bucket < b1)
					entries[offset[bucket]++] = ((uint64) h << 32) | p;
			}
			if ((p & 0xFFFF) == 0)
				CHECK_FOR_INTERRUPTS();
		}
		/*
		 * Offsets now point at each bucket's end.  Inside a bucket the top 8
		 * bits of the hash are equal: two radix passes over its low 24 bits
		 * make equal hashes adjacent.
		 */
		maxcount = 0;
		for (b = b0; b < b1; b++)
			maxcount = Max(maxcount, count[b]);
		tmp = MemoryContextAllocHuge(CurrentMemoryContext, Max(maxcount, 1) * sizeof(uint64));
		for (b = b0; b < b1; b++)
		{
			CHECK_FOR_INTERRUPTS();
			RadixByHash24(entries + offset[b] - count[b], tmp, count[b]);
		}
		pfree(tmp);
		for (i = 0; i < total;)
		{
			Size		j = i + 1,
						x,
						y;

			while (j < total && (entries[j] >> 32) == (entries[i] >> 32))
				j++;
			for (x = i; x < j; x++)
				for (y = x + 1; y < j; y++)
				{
					uint32		np = (uint32) entries[x],
								nq = (uint32) entries[y];

					if (np != nq)
						LinkNodes(f, np, nq);
				}
			if (j - i > 1)
				CHECK_FOR_INTERRUPTS();
			i = j;
		}
		pfree(entries);
		b0 = b1;
	}
}

static ArrayType *
BuildResult(Finder *f, Oid elemtype, MemoryContext resultcxt)
{
	uint32		n = f->n,
				i;
	int64	   *group_ref;
	Member	   *members;
	Size		nmembers = 0,
				g;
	Datum	   *groups;
	int			ngroups = 0;
	TupleDesc	tupdesc;
	int16		elemlen;
	bool		elembyval;
	char		elemalign;
	MemoryContext workcxt = CurrentMemoryContext;

	/* smallest ref of each group of two rows or more */
	group_ref = MemoryContextAllocHuge(workcxt, (Size) n * sizeof(int64));
	for (i = 0; i < n; i++)
	{
		uint32		root = rdv_uf_find(f->parent, i);

		if (f->size[root] >= 2)
			group_ref[root] = PG_INT64_MAX;
	}
	for (i = 0; i < n; i++)
	{
		uint32		root = rdv_uf_find(f->parent, i);

		if (f->size[root] < 2)
			continue;
		group_ref[root] = Min(group_ref[root], f->r[i].ref);
		nmembers++;
	}
	members = MemoryContextAllocHuge(workcxt, Max(nmembers, 1) * sizeof(Member));
	nmembers = 0;
	for (i = 0; i < n; i++)
	{
		uint32		root = rdv_uf_find(f->parent, i);

		if (f->size[root] < 2)
			continue;
		members[nmembers].group_ref = group_ref[root];
		members[nmembers].ref = f->r[i].ref;
		members[nmembers].pos = i;
		nmembers++;
	}
	sort_members(members, nmembers);

	MemoryContextSwitchTo(resultcxt);
	tupdesc = lookup_rowtype_tupdesc_copy(elemtype, -1);
	tupdesc = BlessTupleDesc(tupdesc);
	get_typlenbyvalalign(elemtype, &elemlen, &elembyval, &elemalign);
	groups = palloc(Max(nmembers / 2, 1) * sizeof(Datum));

	for (g = 0; g < nmembers;)
	{
		Size		e = g + 1,
					k;
		int			nrefs = 1;
		bool		same_id = true;
		Datum	   *refs;
		Datum		values[4];
		bool		nulls[4] = {false, false, false, false};
		uint32		root;

		while (e < nmembers && members[e].group_ref == members[g].group_ref)
			e++;
		for (k = g + 1; k < e; k++)
		{
			if (members[k].ref != members[k - 1].ref)
				nrefs++;
			if (!SameCanonical(&f->r[members[k].pos], &f->r[members[g].pos]))
				same_id = false;
		}
		if (nrefs >= 2)
		{
			int			r = 0;

			refs = palloc(nrefs * sizeof(Datum));
			for (k = g; k < e; k++)
				if (k == g || members[k].ref != members[k - 1].ref)
					refs[r++] = Int64GetDatum(members[k].ref);
			root = rdv_uf_find(f->parent, members[g].pos);
			ngroups++;
			values[0] = Int32GetDatum(ngroups);
			values[1] = PointerGetDatum(construct_array(refs, nrefs, INT8OID, sizeof(int64),
														FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
			values[2] = CStringGetTextDatum(same_id ? "same_id" : "near_id");
			values[3] = Float4GetDatum(f->score[root]);
			groups[ngroups - 1] = HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls));
			pfree(refs);
		}
		g = e;
		CHECK_FOR_INTERRUPTS();
	}
	if (ngroups == 0)
		return construct_empty_array(elemtype);
	return construct_array(groups, ngroups, elemtype, elemlen, elembyval, elemalign);
}

/* Element type of the final function's declared result (duplicate_group[]), cached. */
static Oid
ResultElementType(FunctionCallInfo fcinfo)
{
	Oid		   *cached = (Oid *) fcinfo->flinfo->fn_extra;

	if (cached == NULL)
	{
		Oid			arraytype = get_func_rettype(fcinfo->flinfo->fn_oid);
		Oid			elemtype = get_element_type(arraytype);

		if (!OidIsValid(elemtype) || !type_is_rowtype(elemtype))
			elog(ERROR, "rdvmairie.duplicate_groups must return an array of a composite type");
		cached = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, sizeof(Oid));
		*cached = elemtype;
		fcinfo->flinfo->fn_extra = cached;
	}
	return *cached;
}

/*
 * duplicate_groups_finalfn(internal) returns rdvmairie.duplicate_group[]:
 * NULL when the aggregate saw no row, an empty array when no two rows belong
 * to one applicant.  Reads the state without changing it.
 */
Datum
duplicate_groups_finalfn(PG_FUNCTION_ARGS)
{
	DedupState *st;
	Oid			elemtype;
	MemoryContext resultcxt = CurrentMemoryContext;
	MemoryContext workcxt;
	Finder		f;
	DedupRecord *r;
	RefPos	   *refs;
	uint32		n,
				i,
				p;
	ArrayType  *result;

	RequireAggContext(fcinfo);
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = (DedupState *) PG_GETARG_POINTER(0);
	elemtype = ResultElementType(fcinfo);
	n = st->nrecs;
	if (n < 2)
		PG_RETURN_ARRAYTYPE_P(construct_empty_array(elemtype));

	workcxt = AllocSetContextCreate(CurrentMemoryContext, "rdvmairie duplicate_groups",
									ALLOCSET_DEFAULT_SIZES);
	MemoryContextSwitchTo(workcxt);

	/* 1. records sorted by folded number, canonical number, name, ref */
	r = MemoryContextAllocHuge(workcxt, (Size) n * sizeof(DedupRecord));
	memcpy(r, st->recs, (Size) n * sizeof(DedupRecord));
	sort_records(r, n, st->names);

	memset(&f, 0, sizeof(f));
	f.r = r;
	f.names = st->names;
	f.n = n;
	f.parent = MemoryContextAllocHuge(workcxt, (Size) n * sizeof(uint32));
	f.size = MemoryContextAllocHuge(workcxt, (Size) n * sizeof(uint32));
	f.score = MemoryContextAllocHuge(workcxt, (Size) n * sizeof(float4));
	f.rep = MemoryContextAllocHuge(workcxt, (Size) n * sizeof(bool));
	rdv_uf_init(f.parent, f.size, n);
	for (i = 0; i < n; i++)
		f.score[i] = 1.0f;

	/* 2. rows of one canonical number are one application */
	for (i = 0; i < n;)
	{
		uint32		j = i + 1,
					k;

		while (j < n && SameCanonical(&r[j], &r[i]))
			j++;
		if (j - i > 1)
		{
			float4		s = CanonicalScore(&f, i, j);

			for (k = i + 1; k < j; k++)
				JoinRows(&f, i, k, s);
		}
		i = j;
		if ((i & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
	}
	/*
	 * ... and rows naming one ref are one appointment.  Refs that arrived in
	 * increasing order (a scan in key order) cannot repeat: no sort then.
	 */
	for (i = 1; i < n; i++)
		if (st->recs[i].ref <= st->recs[i - 1].ref)
			break;
	if (i < n)
	{
		refs = MemoryContextAllocHuge(workcxt, (Size) n * sizeof(RefPos));
		for (i = 0; i < n; i++)
		{
			refs[i].ref = r[i].ref;
			refs[i].pos = i;
		}
		sort_refpos(refs, n);
		for (i = 1; i < n; i++)
			if (refs[i].ref == refs[i - 1].ref)
				JoinRows(&f, refs[i - 1].pos, refs[i].pos, 1.0f);
		pfree(refs);
	}

	/* distinct folded numbers, and one representative per (canonical number, name) */
	f.node_start = MemoryContextAllocHuge(workcxt, ((Size) n + 1) * sizeof(uint32));
	for (i = 0; i < n; i++)
	{
		if (i == 0 || r[i].folded != r[i - 1].folded)
			f.node_start[f.nnodes++] = i;
		f.rep[i] = i == 0 || !SameCanonical(&r[i], &r[i - 1]) ||
			r[i].name_sig != r[i - 1].name_sig || r[i].name_len != r[i - 1].name_len ||
			memcmp(NameOf(&f, i), NameOf(&f, i - 1), r[i].name_len) != 0;
	}
	f.node_start[f.nnodes] = n;

	/* 3, 4. candidates and verified links */
	f.maxedges = 1024;
	f.edges = MemoryContextAllocHuge(workcxt, f.maxedges * sizeof(Edge));
	for (p = 0; p < f.nnodes; p++)
	{
		LinkLookalikes(&f, p);
		if ((p & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
	}
	LinkBlocks(&f);

	/* 5. strongest links first */
	sort_edges(f.edges, f.nedges);
	for (i = 0; i < f.nedges; i++)
		JoinRows(&f, f.edges[i].a, f.edges[i].b, f.edges[i].score);

	/* 6. groups */
	result = BuildResult(&f, elemtype, resultcxt);
	MemoryContextSwitchTo(resultcxt);
	MemoryContextDelete(workcxt);
	PG_RETURN_ARRAYTYPE_P(result);
}
