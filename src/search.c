/*
 * search.c — nearest availability search.
 *
 *   rdvmairie.search_slots(longitude, latitude, start_date, end_date, radius_km,
 *                          reason, documents_number, max_results, order_by,
 *                          department, max_slots, smart)
 *
 * Meeting points are walked in increasing distance from the GiST index (KNN on
 * the sphere), ranked by their exact geodesic distance on the WGS 84
 * ellipsoid (geodesic.c), and checked in small batches against the fresh
 * snapshot windows and slots that ingestion maintains.  The walk stops as soon
 * as the answer is certain:
 *   - order by distance: once max_results points are found and no farther
 *     candidate can be nearer than the last of them (sphere and ellipsoid
 *     distances differ by less than 1%);
 *   - order by date: at the radius.  All candidates' windows are read at once
 *     and give each point a lower bound of its first slot; points are probed
 *     for their exact first slot in increasing bound until no bound left can
 *     beat the last result, and only the results have their slots read
 *     (SearchByDate).
 */
#include "postgres.h"

#include <math.h>

#include "access/genam.h"
#include "access/visibilitymap.h"
#include "storage/predicate.h"
#include "storage/bufmgr.h"
#include "access/itup.h"
#include "access/htup_details.h"
#include "access/table.h"
#include "access/tableam.h"
#include "catalog/namespace.h"
#include "executor/tuptable.h"
#include "utils/fmgroids.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"
#include "utils/datum.h"
#include "utils/lsyscache.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "pgtime.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/jsonb.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/timestamp.h"

#include "batch.h"
#include "geodesic.h"
#include "localclock.h"
#include "rdvmairie.h"

PG_FUNCTION_INFO_V1(search_slots);

#define MAX_RADIUS_KM 100.0
#define MAX_WINDOW_DAYS 184		/* six months */
#define MAX_RESULTS 200
#define MAX_SLOTS 1000
/* sphere (KNN order) vs ellipsoid distance: relative difference below this */
#define SPHERE_SLACK 0.01
/* candidates checked per round trip */
#define BATCH 16

typedef struct Candidate
{
	int64		meeting_point_id;
	char	   *editor_id;
	char	   *name;
	char	   *address;
	char	   *zip_code;
	char	   *city_name;
	char	   *department;
	char	   *website;
	char	   *city_logo;
	char	   *time_zone;
	pg_tz	   *tz;
	double		longitude;
	double		latitude;
	double		distance_m;		/* geodesic */
	TimestampTz lo;				/* requested window in the point's zone, future part */
	TimestampTz hi;
	/* filled by the slot check */
	TimestampTz first_slot;
	int			slot_count;
	Datum		slots;			/* jsonb */
	/* order by date */
	int			probe_from;		/* its window ranges in the probe list */
	int			probe_to;
	bool		checked;		/* slots read by CheckBatch */
} Candidate;

typedef struct SearchRequest
{
	double		longitude;
	double		latitude;
	DateADT		start_date;
	DateADT		end_date;
	double		radius_km;
	text	   *reason;
	int			documents;
	int			max_results;
	bool		by_date;
	text	   *department;		/* NULL = all */
	int			max_slots;
	TimestampTz now;
	TimestampTz fresh_after;
} SearchRequest;

/* ------------------------------------------------------------------------
 * Argument checks: every bad input is a 22023 with a hint.
 * ------------------------------------------------------------------------ */

static void
BadArgument(const char *msg, const char *hint)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s", msg),
			 errhint("%s", hint)));
}

static void
RequireArg(FunctionCallInfo fcinfo, int n, const char *name)
{
	if (PG_ARGISNULL(n))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("%s must not be null", name)));
}

static void
ReadRequest(FunctionCallInfo fcinfo, SearchRequest *req)
{
	char	   *reason;
	char	   *order_by;

	RequireArg(fcinfo, 0, "longitude");
	RequireArg(fcinfo, 1, "latitude");
	RequireArg(fcinfo, 2, "start_date");
	RequireArg(fcinfo, 3, "end_date");
	RequireArg(fcinfo, 4, "radius_km");
	RequireArg(fcinfo, 5, "reason");
	RequireArg(fcinfo, 6, "documents_number");
	RequireArg(fcinfo, 7, "max_results");
	RequireArg(fcinfo, 8, "order_by");
	RequireArg(fcinfo, 10, "max_slots");

	req->longitude = PG_GETARG_FLOAT8(0);
	req->latitude = PG_GETARG_FLOAT8(1);
	if (isnan(req->longitude) || req->longitude < -180.0 || req->longitude > 180.0)
		BadArgument("longitude must be between -180 and 180", "Give WGS 84 degrees, longitude first.");
	if (isnan(req->latitude) || req->latitude < -90.0 || req->latitude > 90.0)
		BadArgument("latitude must be between -90 and 90", "Give WGS 84 degrees, longitude first.");

	req->start_date = PG_GETARG_DATEADT(2);
	req->end_date = PG_GETARG_DATEADT(3);
	if (DATE_NOT_FINITE(req->start_date) || DATE_NOT_FINITE(req->end_date))
		BadArgument("start_date and end_date must be finite dates", "Give calendar dates.");
	if (req->end_date < req->start_date)
		BadArgument("end_date must not be before start_date", "Swap the dates.");
	if (req->end_date - req->start_date + 1 > MAX_WINDOW_DAYS)
		BadArgument("the search window is longer than six months", "Search at most six months at a time.");

	req->radius_km = PG_GETARG_FLOAT8(4);
	if (isnan(req->radius_km) || req->radius_km <= 0.0 || req->radius_km > MAX_RADIUS_KM)
		BadArgument("radius_km must be greater than 0 and at most 100", "Search within 100 km at most.");

	req->reason = PG_GETARG_TEXT_PP(5);
	reason = text_to_cstring(req->reason);
	if (strcmp(reason, "CNI") != 0 && strcmp(reason, "PASSPORT") != 0 && strcmp(reason, "CNI-PASSPORT") != 0)
		BadArgument(psprintf("unknown reason \"%s\"", reason), "Use CNI, PASSPORT or CNI-PASSPORT.");

	req->documents = PG_GETARG_INT32(6);
	if (req->documents < 1 || req->documents > 10)
		BadArgument("documents_number must be between 1 and 10", "Count one document per person.");

	req->max_results = PG_GETARG_INT32(7);
	if (req->max_results < 1 || req->max_results > MAX_RESULTS)
		BadArgument("max_results must be between 1 and 200", "Ask for fewer results.");

	order_by = text_to_cstring(PG_GETARG_TEXT_PP(8));
	if (strcmp(order_by, "distance") == 0)
		req->by_date = false;
	else if (strcmp(order_by, "date") == 0)
		req->by_date = true;
	else
		BadArgument(psprintf("unknown order_by \"%s\"", order_by), "Use distance or date.");

	req->department = PG_ARGISNULL(9) ? NULL : PG_GETARG_TEXT_PP(9);

	req->max_slots = PG_GETARG_INT32(10);
	if (req->max_slots < 0 || req->max_slots > MAX_SLOTS)
		BadArgument("max_slots must be between 0 and 1000", "Ask for fewer slots per meeting point.");

	req->now = GetCurrentTransactionStartTimestamp();
	req->fresh_after = req->now - (int64) rdv_slot_max_age_minutes * USECS_PER_MINUTE;
}

/* ------------------------------------------------------------------------
 * Time helpers
 * ------------------------------------------------------------------------ */

static TimestampTz
LocalMidnight(DateADT date, pg_tz *tz)
{
	struct pg_tm tm;
	int			tzoff;
	TimestampTz result;

	memset(&tm, 0, sizeof(tm));
	j2date(date + POSTGRES_EPOCH_JDATE, &tm.tm_year, &tm.tm_mon, &tm.tm_mday);
	tzoff = DetermineTimeZoneOffset(&tm, tz);
	if (tm2timestamp(&tm, 0, &tzoff, &result) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("date out of range")));
	return result;
}

/* ------------------------------------------------------------------------
 * Candidates: KNN walk over the meeting point index
 * ------------------------------------------------------------------------ */

static char *
CopyText(HeapTuple tup, TupleDesc td, int col)
{
	return SPI_getvalue(tup, td, col);	/* NULL for SQL NULL */
}

/*
 * The KNN query names PostGIS's operator with its schema, looked up once:
 * PG15 has no @extschema:postgis@ and callers' search_path cannot be trusted.
 */
static const char *
KnnSql(void)
{
	static char *sql = NULL;

	if (sql == NULL)
	{
		char	   *schema;
		MemoryContext old;

		if (SPI_execute("SELECT n.nspname FROM pg_catalog.pg_extension e"
						" JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace"
						" WHERE e.extname = 'postgis'", true, 1) != SPI_OK_SELECT || SPI_processed != 1)
			ereport(ERROR,
					(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
					 errmsg("PostGIS is not installed in this database"),
					 errhint("CREATE EXTENSION rdvmairie CASCADE installs it.")));
		schema = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1);
		old = MemoryContextSwitchTo(TopMemoryContext);

		sql = psprintf("SELECT meeting_point_id, editor_id, name, public_entry_address, zip_code,"
					   " city_name, department, website, city_logo, time_zone, longitude, latitude,"
					   " position OPERATOR(%s.<->) rdvmairie.make_position($1, $2) AS sphere_m"
					   " FROM rdvmairie.meeting_point"
					   " WHERE online AND ($3::text IS NULL OR department = $3)"
					   " ORDER BY position OPERATOR(%s.<->) rdvmairie.make_position($1, $2)",
					   quote_identifier(schema), quote_identifier(schema));
		MemoryContextSwitchTo(old);
	}
	return sql;
}

/* ------------------------------------------------------------------------
 * Slot check for a batch of candidates: two statements per batch.
 * ------------------------------------------------------------------------ */

static const char *const windows_sql =
"SELECT meeting_point_id, documents_number, greatest(starts_from, $5) AS lo,"
"       ends_before AS hi, first_slot, start_date, day_counts"
"  FROM rdvmairie.slot_window"
" WHERE meeting_point_id = ANY ($1) AND reason = $2::rdvmairie.reason"
"   AND documents_number >= $3 AND confirmed_at > $4 AND slot_count > 0"
"   AND ends_before > $5";

/*
 * Several documents numbers serve the request at one point: the same start
 * time may be offered in several, so read every row and keep one per time.
 */
static const char *const all_slots_sql =
"SELECT r.i, s.documents_number, s.starts_at, s.callback_url"
"  FROM unnest($1, $2, $3, $4, $5) AS r(i, mp, docs, lo, hi)"
"  CROSS JOIN LATERAL ("
"    SELECT s.documents_number, s.starts_at, s.callback_url FROM rdvmairie.slot s"
"     WHERE s.meeting_point_id = r.mp AND s.reason = $6::rdvmairie.reason"
"       AND s.documents_number = r.docs AND s.starts_at >= r.lo AND s.starts_at < r.hi) s";

typedef struct SlotRow
{
	TimestampTz at;
	int16		documents;
	text	   *url;
} SlotRow;

/* A time range of one window to read, for candidate i. */
typedef struct Range
{
	int			i;
	int16		documents;
	TimestampTz lo;
	TimestampTz hi;
	TimestampTz count_hi;		/* slots in [lo, count_hi) are counted by reading them */
	int64		known;			/* the rest, from the window's per-day counts */
} Range;

static int
CmpRange(const void *a, const void *b)
{
	const Range *x = a;
	const Range *y = b;

	if (x->i != y->i)
		return x->i - y->i;
	if (x->documents != y->documents)
		return x->documents - y->documents;
	return x->lo < y->lo ? -1 : (x->lo > y->lo);
}

static int
CmpSlotRow(const void *a, const void *b)
{
	const SlotRow *x = a;
	const SlotRow *y = b;

	if (x->at != y->at)
		return x->at < y->at ? -1 : 1;
	return x->documents - y->documents;
}



/*
 * Builds [{"datetime": ..., "callback_url": ...}, ...] as one JsonbValue tree,
 * converted once.  Keys are in jsonb order (shorter first) and unique, as
 * convertToJsonb expects.
 */
static Datum
SlotsJson(SlotRow *rows, int n, const pg_tz *tz)
{
	LocalClock	clock;
	JsonbValue	array;
	JsonbValue *elems = palloc(sizeof(JsonbValue) * Max(n, 1));
	JsonbPair  *pairs = palloc(sizeof(JsonbPair) * 2 * Max(n, 1));
	char	   *times = palloc(26 * Max(n, 1));
	int			i;

	local_clock_init(&clock, tz);
	for (i = 0; i < n; i++)
	{
		JsonbPair  *p = &pairs[2 * i];

		p[0].key.type = jbvString;
		p[0].key.val.string.val = "datetime";
		p[0].key.val.string.len = 8;
		p[0].value.type = jbvString;
		p[0].value.val.string.val = times + 26 * i;
		p[0].value.val.string.len = local_clock_format(&clock, rows[i].at, times + 26 * i);
		p[0].order = 0;
		p[1].key.type = jbvString;
		p[1].key.val.string.val = "callback_url";
		p[1].key.val.string.len = 12;
		p[1].value.type = jbvString;
		p[1].value.val.string.val = VARDATA_ANY(rows[i].url);
		p[1].value.val.string.len = VARSIZE_ANY_EXHDR(rows[i].url);
		p[1].order = 1;
		elems[i].type = jbvObject;
		elems[i].val.object.nPairs = 2;
		elems[i].val.object.pairs = p;
	}
	array.type = jbvArray;
	array.val.array.nElems = n;
	array.val.array.elems = elems;
	array.val.array.rawScalar = false;
	return JsonbPGetDatum(JsonbValueToJsonb(&array));
}

static void
PushRange(Range *range, int64 mp, ColumnBuffer *cols)
{
	column_push(&cols[0], Int32GetDatum(range->i), false);
	column_push(&cols[1], Int64GetDatum(mp), false);
	column_push(&cols[2], Int16GetDatum(range->documents), false);
	column_push(&cols[3], TimestampTzGetDatum(range->lo), false);
	column_push(&cols[4], TimestampTzGetDatum(range->hi), false);
}

/*
 * Uses a window's per-day counts for every whole local day of a range: only
 * the part of the first day still to come (after now) is counted by reading.
 * Range bounds other than lo are local midnights.
 */
static void
CountFromDays(Range *range, DateADT start_date, ArrayType *days, pg_tz *tz)
{
	LocalClock	clock;
	Datum	   *elems;
	bool	   *nulls;
	int			n;
	DateADT		first,
				last;
	TimestampTz first_midnight;
	DateADT		d;

	deconstruct_array(days, INT4OID, 4, true, TYPALIGN_INT, &elems, &nulls, &n);
	local_clock_init(&clock, tz);
	first = local_clock_date(&clock, range->lo);
	first_midnight = LocalMidnight(first, tz);
	if (first_midnight != range->lo)
	{
		first++;				/* the first day is partial: read it */
		first_midnight = LocalMidnight(first, tz);
	}
	range->count_hi = Min(first_midnight, range->hi);
	last = local_clock_date(&clock, range->hi - 1);
	for (d = first; d <= last; d++)
	{
		int			k = d - start_date;

		if (k < 0 || k >= n || nulls[k])
		{
			/* counts do not cover the range: read it all */
			range->count_hi = range->hi;
			range->known = 0;
			return;
		}
		range->known += DatumGetInt32(elems[k]);
	}
}

/* Per candidate: rows read so far and the exact number of distinct slots. */
typedef struct Gathered
{
	SlotRow    *rows;
	int			nrows;
	int			cap;
	int			count;
	bool		all_rows;		/* rows hold every slot (several documents numbers) */
} Gathered;

static void
GatherAdd(Gathered *g, TimestampTz at, int16 docs, text *url)
{
	if (g->nrows == g->cap)
	{
		g->cap = g->cap ? g->cap * 2 : 64;
		g->rows = g->rows ? repalloc(g->rows, sizeof(SlotRow) * g->cap) : palloc(sizeof(SlotRow) * g->cap);
	}
	g->rows[g->nrows].at = at;
	g->rows[g->nrows].documents = docs;
	g->rows[g->nrows].url = url;
	g->nrows++;
}

/* The slot table and its primary key index, open for reading slots directly. */
typedef struct SlotScan
{
	Relation	heap;
	Relation	index;
	TupleTableSlot *slot;
	Datum		reason;			/* enum value */
	AttrNumber	at_attno;
	AttrNumber	url_attno;
	bool		covering;		/* the key's index carries callback_url */
} SlotScan;

static void
SlotScanOpen(SlotScan *ss, text *reason)
{
	Oid			nsp = get_namespace_oid("rdvmairie", false);
	Oid			heap_oid = get_relname_relid("slot", nsp);
	Oid			index_oid = get_relname_relid("slot_pkey", nsp);
	TupleDesc	desc;

	if (!OidIsValid(heap_oid) || !OidIsValid(index_oid))
		elog(ERROR, "rdvmairie.slot or its primary key is missing");
	ss->heap = table_open(heap_oid, AccessShareLock);
	ss->index = index_open(index_oid, AccessShareLock);
	desc = RelationGetDescr(ss->heap);
	ss->slot = table_slot_create(ss->heap, NULL);
	ss->at_attno = SPI_fnumber(desc, "starts_at");
	ss->url_attno = SPI_fnumber(desc, "callback_url");
	/* an index built before callback_url was included is read through the heap */
	ss->covering = IndexRelationGetNumberOfAttributes(ss->index) == 5 &&
		ss->index->rd_index->indkey.values[3] == ss->at_attno &&
		ss->index->rd_index->indkey.values[4] == ss->url_attno;
	ss->reason = DirectFunctionCall2(enum_in, CStringGetDatum(text_to_cstring(reason)),
									 ObjectIdGetDatum(TupleDescAttr(desc, SPI_fnumber(desc, "reason") - 1)->atttypid));
}

static void
SlotScanClose(SlotScan *ss)
{
	ExecDropSingleTupleTableSlot(ss->slot);
	index_close(ss->index, AccessShareLock);
	table_close(ss->heap, AccessShareLock);
}

/*
 * Starts a scan of one documents number's slots from lo, in time order.  The
 * primary key is (meeting_point_id, reason, documents_number, starts_at).
 */
static IndexScanDesc
SlotScanBegin(SlotScan *ss, int64 mp, int16 documents, TimestampTz lo)
{
	ScanKeyData keys[4];
	IndexScanDesc scan;

	ScanKeyInit(&keys[0], 1, BTEqualStrategyNumber, F_INT8EQ, Int64GetDatum(mp));
	ScanKeyInit(&keys[1], 2, BTEqualStrategyNumber, F_ENUM_EQ, ss->reason);
	ScanKeyInit(&keys[2], 3, BTEqualStrategyNumber, F_INT2EQ, Int16GetDatum(documents));
	ScanKeyInit(&keys[3], 4, BTGreaterEqualStrategyNumber, F_TIMESTAMPTZ_GE, TimestampTzGetDatum(lo));
	scan = index_beginscan(ss->heap, ss->index, GetActiveSnapshot(), 4, 0);
	scan->xs_want_itup = ss->covering;
	index_rescan(scan, keys, 4, NULL, 0);
	return scan;
}

/*
 * The next visible slot of a scan: its start time and its callback_url (valid
 * until the next call).  An index-only scan, as nodeIndexonlyscan.c does it:
 * the key's index carries starts_at and callback_url, and the heap is visited
 * only for pages the visibility map does not vouch for.
 */
static bool
SlotScanNext(SlotScan *ss, IndexScanDesc scan, Buffer *vmbuffer, TimestampTz *at, Datum *url)
{
	ItemPointer tid;
	bool		isnull;

	while ((tid = index_getnext_tid(scan, ForwardScanDirection)) != NULL)
	{
		if (!ss->covering)
		{
			if (!index_fetch_heap(scan, ss->slot))
				continue;
			*at = DatumGetTimestampTz(slot_getattr(ss->slot, ss->at_attno, &isnull));
			*url = slot_getattr(ss->slot, ss->url_attno, &isnull);
			return true;
		}
		if (!VM_ALL_VISIBLE(ss->heap, ItemPointerGetBlockNumber(tid), vmbuffer))
		{
			if (!index_fetch_heap(scan, ss->slot))
				continue;		/* no version of this row is visible */
			ExecClearTuple(ss->slot);
		}
		else
			PredicateLockPage(ss->heap, ItemPointerGetBlockNumber(tid), scan->xs_snapshot);
		*at = DatumGetTimestampTz(index_getattr(scan->xs_itup, 4, scan->xs_itupdesc, &isnull));
		*url = index_getattr(scan->xs_itup, 5, scan->xs_itupdesc, &isnull);
		return true;
	}
	return false;
}

/*
 * Slots of one window range read straight from the slot key's index: counts
 * [lo, count_hi) and keeps the first max_slots rows of [lo, hi).  No executor,
 * no result tuples: this is search's inner loop.
 */
static void
SlotScanRange(SlotScan *ss, const Range *range, int64 mp, int max_slots, Gathered *g)
{
	IndexScanDesc scan = SlotScanBegin(ss, mp, range->documents, range->lo);
	TimestampTz stop = Max(range->count_hi, range->lo);
	int			kept = 0;
	int64		counted = 0;
	Buffer		vmbuffer = InvalidBuffer;
	TimestampTz at;
	Datum		url;

	while (SlotScanNext(ss, scan, &vmbuffer, &at, &url))
	{
		if (at >= range->hi || (at >= stop && kept >= max_slots))
			break;
		if (at < range->count_hi)
			counted++;
		if (kept < max_slots)
		{
			GatherAdd(g, at, range->documents, DatumGetTextPCopy(url));
			kept++;
		}
	}
	if (vmbuffer != InvalidBuffer)
		ReleaseBuffer(vmbuffer);
	index_endscan(scan);
	g->count += (int) (counted + range->known);
}

/* The first visible slot of one documents number in [lo, hi), if any. */
static bool
SlotScanFirst(SlotScan *ss, int64 mp, int16 documents, TimestampTz lo, TimestampTz hi, TimestampTz *first)
{
	IndexScanDesc scan = SlotScanBegin(ss, mp, documents, lo);
	Buffer		vmbuffer = InvalidBuffer;
	TimestampTz at;
	Datum		url;
	bool		found = SlotScanNext(ss, scan, &vmbuffer, &at, &url) && at < hi;

	if (vmbuffer != InvalidBuffer)
		ReleaseBuffer(vmbuffer);
	index_endscan(scan);
	if (found)
		*first = at;
	return found;
}

/*
 * Runs windows_sql for the meeting points in ids (an int8[]): their fresh
 * windows for the request land in SPI_tuptable.  Read-only: search never writes.
 */
static void
FetchWindows(SearchRequest *req, Datum ids)
{
	static SPIPlanPtr plan = NULL;
	Oid			argtypes[5] = {INT8ARRAYOID, TEXTOID, INT4OID, TIMESTAMPTZOID, TIMESTAMPTZOID};
	Datum		values[5];

	values[0] = ids;
	values[1] = PointerGetDatum(req->reason);
	values[2] = Int32GetDatum(req->documents);
	values[3] = TimestampTzGetDatum(req->fresh_after);
	values[4] = TimestampTzGetDatum(req->now);
	run_plan(prepared_plan(&plan, windows_sql, 5, argtypes), values, true, SPI_OK_SELECT);
}

/*
 * Checks a batch: finds each candidate's fresh windows overlapping the
 * request, counts and reads their slots (one per start time: the one offered
 * for the fewest documents that still serves the request), and fills
 * first_slot, slot_count and slots.
 */
static void
CheckBatch(SearchRequest *req, Candidate **batch, int n, MemoryContext resultCxt)
{
	static SPIPlanPtr aplan = NULL;
	Oid			stypes[6] = {INT4ARRAYOID, INT8ARRAYOID, INT2ARRAYOID, TIMESTAMPTZARRAYOID,
	TIMESTAMPTZARRAYOID, TEXTOID};
	Datum		values[6];
	ColumnBuffer ids;
	Range	   *ranges;
	int			nranges = 0;
	bool	   *multi = palloc0(sizeof(bool) * n);
	Gathered   *gathered = palloc0(sizeof(Gathered) * n);
	uint64		r;
	int			i,
				j;

	column_init(&ids, INT8OID);
	for (i = 0; i < n; i++)
	{
		column_push(&ids, Int64GetDatum(batch[i]->meeting_point_id), false);
		batch[i]->slot_count = 0;
	}
	FetchWindows(req, column_to_array(&ids));

	/* each fresh window intersected with the point's request */
	ranges = palloc(sizeof(Range) * Max(SPI_processed, 1));
	for (r = 0; r < SPI_processed; r++)
	{
		HeapTuple	tup = SPI_tuptable->vals[r];
		TupleDesc	td = SPI_tuptable->tupdesc;
		bool		isnull;
		int64		mp = DatumGetInt64(SPI_getbinval(tup, td, 1, &isnull));
		int16		docs = DatumGetInt16(SPI_getbinval(tup, td, 2, &isnull));
		TimestampTz lo = DatumGetTimestampTz(SPI_getbinval(tup, td, 3, &isnull));
		TimestampTz hi = DatumGetTimestampTz(SPI_getbinval(tup, td, 4, &isnull));

		for (i = 0; i < n; i++)
			if (batch[i]->meeting_point_id == mp)
				break;
		if (i == n)
			continue;
		lo = Max(lo, batch[i]->lo);
		hi = Min(hi, batch[i]->hi);
		if (lo >= hi)
			continue;
		ranges[nranges].i = i;
		ranges[nranges].documents = docs;
		ranges[nranges].lo = lo;
		ranges[nranges].hi = hi;
		ranges[nranges].count_hi = hi;
		ranges[nranges].known = 0;
		{
			Datum		dd = SPI_getbinval(tup, td, 7, &isnull);

			if (!isnull)
				CountFromDays(&ranges[nranges], DatumGetDateADT(SPI_getbinval(tup, td, 6, &isnull)),
							  DatumGetArrayTypeP(dd), batch[i]->tz);
		}
		nranges++;
	}
	SPI_freetuptable(SPI_tuptable);

	if (nranges == 0)
		return;

	/* merge overlapping ranges of one documents number: windows may overlap */
	qsort(ranges, nranges, sizeof(Range), CmpRange);
	{
		int			kept = 0;

		for (j = 0; j < nranges; j++)
		{
			if (kept > 0 && ranges[kept - 1].i == ranges[j].i &&
				ranges[kept - 1].documents == ranges[j].documents &&
				ranges[j].lo <= ranges[kept - 1].hi)
			{
				ranges[kept - 1].hi = Max(ranges[kept - 1].hi, ranges[j].hi);
				ranges[kept - 1].count_hi = ranges[kept - 1].hi;	/* per-day counts would overlap */
				ranges[kept - 1].known = 0;
				continue;
			}
			if (kept > 0 && ranges[kept - 1].i == ranges[j].i &&
				ranges[kept - 1].documents != ranges[j].documents)
				multi[ranges[j].i] = true;
			ranges[kept++] = ranges[j];
		}
		nranges = kept;
	}

	/* single documents number (the usual case): straight index scans, counted and capped */
	{
		SlotScan	ss;
		bool		opened = false;

		for (j = 0; j < nranges; j++)
			if (!multi[ranges[j].i])
			{
				if (!opened)
					SlotScanOpen(&ss, req->reason);
				opened = true;
				/* at least one row: the first slot is part of every answer */
				SlotScanRange(&ss, &ranges[j], batch[ranges[j].i]->meeting_point_id,
							  Max(req->max_slots, 1), &gathered[ranges[j].i]);
			}
		if (opened)
			SlotScanClose(&ss);
	}

	/* several documents numbers at one point: every row, one slot per start time */
	{
		ColumnBuffer cols[5];

		column_init(&cols[0], INT4OID);
		column_init(&cols[1], INT8OID);
		column_init(&cols[2], INT2OID);
		column_init(&cols[3], TIMESTAMPTZOID);
		column_init(&cols[4], TIMESTAMPTZOID);
		for (j = 0; j < nranges; j++)
			if (multi[ranges[j].i])
				PushRange(&ranges[j], batch[ranges[j].i]->meeting_point_id, cols);
		if (cols[0].n > 0)
		{
			for (j = 0; j < 5; j++)
				values[j] = column_to_array(&cols[j]);
			values[5] = PointerGetDatum(req->reason);
			run_plan(prepared_plan(&aplan, all_slots_sql, 6, stypes), values, true, SPI_OK_SELECT);
			for (r = 0; r < SPI_processed; r++)
			{
				HeapTuple	tup = SPI_tuptable->vals[r];
				TupleDesc	td = SPI_tuptable->tupdesc;
				bool		isnull;
				Gathered   *g = &gathered[DatumGetInt32(SPI_getbinval(tup, td, 1, &isnull))];

				g->all_rows = true;
				GatherAdd(g, DatumGetTimestampTz(SPI_getbinval(tup, td, 3, &isnull)),
						  DatumGetInt16(SPI_getbinval(tup, td, 2, &isnull)),
						  DatumGetTextPCopy(SPI_getbinval(tup, td, 4, &isnull)));
			}
			SPI_freetuptable(SPI_tuptable);
		}
	}

	/* one slot per start time, the fewest documents first; the answer of each candidate */
	for (i = 0; i < n; i++)
	{
		Gathered   *g = &gathered[i];
		int			kept = 0;
		MemoryContext old;

		if (g->nrows == 0 || (g->count == 0 && !g->all_rows))
			continue;
		qsort(g->rows, g->nrows, sizeof(SlotRow), CmpSlotRow);
		for (j = 0; j < g->nrows; j++)
			if (kept == 0 || g->rows[kept - 1].at != g->rows[j].at)
				g->rows[kept++] = g->rows[j];
		if (g->all_rows)
			g->count = kept;
		old = MemoryContextSwitchTo(resultCxt);
		batch[i]->first_slot = g->rows[0].at;
		batch[i]->slot_count = g->count;
		batch[i]->slots = SlotsJson(g->rows, Min(kept, req->max_slots), batch[i]->tz);
		MemoryContextSwitchTo(old);
	}
}

/* ------------------------------------------------------------------------
 * The walk
 * ------------------------------------------------------------------------ */

static int
CmpByDistance(const void *a, const void *b)
{
	const Candidate *x = *(Candidate *const *) a;
	const Candidate *y = *(Candidate *const *) b;

	if (x->distance_m != y->distance_m)
		return x->distance_m < y->distance_m ? -1 : 1;
	return x->meeting_point_id < y->meeting_point_id ? -1 : (x->meeting_point_id > y->meeting_point_id);
}

static int
CmpByDate(const void *a, const void *b)
{
	const Candidate *x = *(Candidate *const *) a;
	const Candidate *y = *(Candidate *const *) b;

	if (x->first_slot != y->first_slot)
		return x->first_slot < y->first_slot ? -1 : 1;
	return CmpByDistance(a, b);
}

/* Found points so far, kept sorted in result order. */
typedef struct Found
{
	Candidate **items;
	int			n;
	int			cap;
} Found;

static void
FoundAdd(Found *f, Candidate *c, bool by_date)
{
	if (f->n == f->cap)
	{
		f->cap = f->cap ? f->cap * 2 : 32;
		f->items = f->items ? repalloc(f->items, sizeof(Candidate *) * f->cap)
			: palloc(sizeof(Candidate *) * f->cap);
	}
	{
		/* insert in place: the order is total (ids break ties), no sort needed */
		int			(*cmp) (const void *, const void *) = by_date ? CmpByDate : CmpByDistance;
		int			lo = 0,
					hi = f->n;

		while (lo < hi)
		{
			int			mid = (lo + hi) / 2;

			if (cmp(&f->items[mid], &c) < 0)
				lo = mid + 1;
			else
				hi = mid;
		}
		memmove(&f->items[lo + 1], &f->items[lo], sizeof(Candidate *) * (f->n - lo));
		f->items[lo] = c;
		f->n++;
	}
}

static void
ProcessBatch(SearchRequest *req, Candidate **batch, int n, Found *found, MemoryContext resultCxt)
{
	int			i;

	if (n == 0)
		return;
	CheckBatch(req, batch, n, resultCxt);
	for (i = 0; i < n; i++)
		if (batch[i]->slot_count > 0)
			FoundAdd(found, batch[i], false);
}


/* ------------------------------------------------------------------------
 * Order by date
 * ------------------------------------------------------------------------ */

/* One fresh window range of candidate i, to look for its first slot. */
typedef struct Probe
{
	int			i;
	int16		documents;
	TimestampTz lo;
	TimestampTz hi;
} Probe;

typedef struct IdIndex
{
	int64		id;
	int			i;
} IdIndex;

static int
CmpIdIndex(const void *a, const void *b)
{
	const IdIndex *x = a;
	const IdIndex *y = b;

	return x->id < y->id ? -1 : (x->id > y->id);
}

static int
CmpProbe(const void *a, const void *b)
{
	return ((const Probe *) a)->i - ((const Probe *) b)->i;
}

/*
 * A lower bound of the slots of a window in [lo, hi): its first_slot, and the
 * first local day its per-day counts give slots on; DT_NOEND when the counts
 * say the range is empty.  Without per-day counts an overlapping window was
 * rewritten since (ingest.c clears them), which may have added earlier slots
 * than first_slot: the bound is then lo.
 */
static TimestampTz
WindowLowerBound(TimestampTz lo, TimestampTz hi, bool has_first, TimestampTz first,
				 DateADT start_date, ArrayType *days, pg_tz *tz)
{
	LocalClock	clock;
	Datum	   *elems;
	bool	   *nulls;
	int			n;
	TimestampTz bound = lo;
	DateADT		d0,
				last,
				d;

	if (days == NULL)
		return lo;
	if (has_first)
		bound = Max(bound, first);
	deconstruct_array(days, INT4OID, 4, true, TYPALIGN_INT, &elems, &nulls, &n);
	local_clock_init(&clock, tz);
	d0 = local_clock_date(&clock, lo);
	last = local_clock_date(&clock, hi - 1);
	for (d = d0; d <= last; d++)
	{
		int			k = d - start_date;

		if (k < 0 || k >= n || nulls[k])
			return bound;		/* no counts from here on */
		if (DatumGetInt32(elems[k]) > 0)
			return d == d0 ? bound : Max(bound, LocalMidnight(d, tz));
	}
	return DT_NOEND;
}

/*
 * Order by date, given every candidate inside the radius: one statement reads
 * all their fresh windows, which give each point a lower bound of its first
 * slot; points are then probed in increasing bound (then distance, id) for
 * their exact first slot, one index descent per window, until the k-th first
 * slot found ranks before the next bound.  Only the k points of the answer
 * have their slots read and counted (CheckBatch), so the cost no longer grows
 * with the number of points in the radius times their slots.
 */
static Found
SearchByDate(SearchRequest *req, Candidate **cands, int n, MemoryContext resultCxt)
{
	ColumnBuffer ids;
	IdIndex    *index = palloc(sizeof(IdIndex) * Max(n, 1));
	TimestampTz *bound = palloc(sizeof(TimestampTz) * Max(n, 1));
	Probe	   *probes;
	int			nprobes = 0;
	Candidate **order = palloc(sizeof(Candidate *) * Max(n, 1));
	int			norder = 0;
	Found		ranked = {NULL, 0, 0};
	Candidate **batch;
	int			k = req->max_results;
	SlotScan	ss;
	bool		opened = false;
	uint64		r;
	int			i,
				p;

	if (n == 0)
		return ranked;
	column_init(&ids, INT8OID);
	for (i = 0; i < n; i++)
	{
		column_push(&ids, Int64GetDatum(cands[i]->meeting_point_id), false);
		index[i].id = cands[i]->meeting_point_id;
		index[i].i = i;
		bound[i] = DT_NOEND;
	}
	qsort(index, n, sizeof(IdIndex), CmpIdIndex);
	FetchWindows(req, column_to_array(&ids));

	/* each fresh window intersected with the point's request, and its bound */
	probes = palloc(sizeof(Probe) * Max(SPI_processed, 1));
	for (r = 0; r < SPI_processed; r++)
	{
		HeapTuple	tup = SPI_tuptable->vals[r];
		TupleDesc	td = SPI_tuptable->tupdesc;
		bool		isnull;
		bool		first_null;
		bool		isnull2;
		IdIndex		key;
		IdIndex    *hit;
		Candidate  *c;
		TimestampTz lo,
					hi,
					first,
					b;
		Datum		dd;

		key.id = DatumGetInt64(SPI_getbinval(tup, td, 1, &isnull));
		hit = bsearch(&key, index, n, sizeof(IdIndex), CmpIdIndex);
		if (hit == NULL)
			continue;
		c = cands[hit->i];
		lo = Max(DatumGetTimestampTz(SPI_getbinval(tup, td, 3, &isnull)), c->lo);
		hi = Min(DatumGetTimestampTz(SPI_getbinval(tup, td, 4, &isnull)), c->hi);
		if (lo >= hi)
			continue;
		first = DatumGetTimestampTz(SPI_getbinval(tup, td, 5, &first_null));
		dd = SPI_getbinval(tup, td, 7, &isnull);
		b = WindowLowerBound(lo, hi, !first_null, first,
							 DatumGetDateADT(SPI_getbinval(tup, td, 6, &isnull2)),
							 isnull ? NULL : DatumGetArrayTypeP(dd), c->tz);
		if (b == DT_NOEND)
			continue;			/* no slot in this range */
		probes[nprobes].i = hit->i;
		probes[nprobes].documents = DatumGetInt16(SPI_getbinval(tup, td, 2, &isnull));
		probes[nprobes].lo = lo;
		probes[nprobes].hi = hi;
		nprobes++;
		bound[hit->i] = Min(bound[hit->i], b);
	}
	SPI_freetuptable(SPI_tuptable);

	/* each candidate's probes side by side */
	qsort(probes, nprobes, sizeof(Probe), CmpProbe);
	for (i = 0, p = 0; i < n; i++)
	{
		while (p < nprobes && probes[p].i < i)
			p++;
		cands[i]->probe_from = p;
		while (p < nprobes && probes[p].i == i)
			p++;
		cands[i]->probe_to = p;
	}

	/* candidates in increasing bound: first_slot holds the bound until probed */
	for (i = 0; i < n; i++)
		if (bound[i] != DT_NOEND)
		{
			cands[i]->first_slot = bound[i];
			order[norder++] = cands[i];
		}
	qsort(order, norder, sizeof(Candidate *), CmpByDate);

	batch = palloc(sizeof(Candidate *) * k);
	p = 0;
	for (;;)
	{
		int			nb = 0;
		int			kept = 0;
		int			j;

		/* exact first slots, until no bound left can rank among the first k */
		for (; p < norder; p++)
		{
			Candidate  *c = order[p];
			TimestampTz best = DT_NOEND;

			if (ranked.n >= k && CmpByDate(&c, &ranked.items[k - 1]) > 0)
				break;
			if (!opened)
				SlotScanOpen(&ss, req->reason);
			opened = true;
			for (j = c->probe_from; j < c->probe_to; j++)
			{
				TimestampTz at;

				/* only a slot earlier than the best so far matters */
				if (probes[j].lo < best &&
					SlotScanFirst(&ss, c->meeting_point_id, probes[j].documents,
								  probes[j].lo, Min(probes[j].hi, best), &at))
					best = at;
			}
			if (best != DT_NOEND)
			{
				c->first_slot = best;
				FoundAdd(&ranked, c, true);
			}
		}

		/* the first k not read yet: their slots, count and list */
		for (j = 0; j < Min(k, ranked.n); j++)
			if (!ranked.items[j]->checked)
			{
				ranked.items[j]->checked = true;
				batch[nb++] = ranked.items[j];
			}
		if (nb == 0)
			break;
		CheckBatch(req, batch, nb, resultCxt);
		/* a point CheckBatch finds nothing at leaves; the walk then goes on */
		for (j = 0; j < ranked.n; j++)
			if (!ranked.items[j]->checked || ranked.items[j]->slot_count > 0)
				ranked.items[kept++] = ranked.items[j];
		ranked.n = kept;
		qsort(ranked.items, ranked.n, sizeof(Candidate *), CmpByDate);
	}
	if (opened)
		SlotScanClose(&ss);
	return ranked;
}

/* Runs one search; returns the found points in result order (at most max_results). */
static Found
RunSearch(SearchRequest *req, MemoryContext resultCxt)
{
	static SPIPlanPtr knn = NULL;
	Oid			argtypes[3] = {FLOAT8OID, FLOAT8OID, TEXTOID};
	Datum		values[3];
	char		nulls[3] = {' ', ' ', ' '};
	Portal		portal;
	Found		found = {NULL, 0, 0};
	/* the first batch covers the usual answer in one round trip */
	int			batch_size = Min(req->max_results + 4, 64);
	Candidate **batch = palloc(sizeof(Candidate *) * batch_size);
	int			nbatch = 0;
	double		radius_m = req->radius_km * 1000.0;
	bool		done = false;
	int			fetch = Min(req->max_results + 8, 64);
	int			cands_cap = 64;
	Candidate **cands = palloc(sizeof(Candidate *) * cands_cap);
	int			ncands = 0;

	values[0] = Float8GetDatum(req->longitude);
	values[1] = Float8GetDatum(req->latitude);
	values[2] = req->department ? PointerGetDatum(req->department) : (Datum) 0;
	if (req->department == NULL)
		nulls[2] = 'n';
	if (knn == NULL)
	{
		/* a cursor plan that starts fast: the GiST index's KNN order, not a sort */
		SPIPlanPtr	plan = SPI_prepare_cursor(KnnSql(), 3, argtypes,
											  CURSOR_OPT_FAST_PLAN | CURSOR_OPT_NO_SCROLL);

		if (plan == NULL || SPI_keepplan(plan) != 0)
			elog(ERROR, "could not prepare the meeting point walk: %s", SPI_result_code_string(SPI_result));
		knn = plan;
	}
	portal = SPI_cursor_open(NULL, knn, values, nulls, true);

	while (!done)
	{
		uint64		r;
		SPITupleTable *tuptable;
		uint64		processed;

		SPI_cursor_fetch(portal, true, fetch);
		fetch = Min(fetch * 2, 64);
		if (SPI_processed == 0)
			break;
		tuptable = SPI_tuptable;
		processed = SPI_processed;
		for (r = 0; r < processed && !done; r++)
		{
			HeapTuple	tup = tuptable->vals[r];
			TupleDesc	td = tuptable->tupdesc;
			bool		isnull;
			double		sphere_m = DatumGetFloat8(SPI_getbinval(tup, td, 13, &isnull));
			Candidate  *c;
			pg_tz	   *tz;

			/* nothing farther can be inside the radius */
			if (sphere_m * (1.0 - SPHERE_SLACK) > radius_m)
			{
				done = true;
				break;
			}
			/* order by distance: nothing farther can beat the last result */
			if (!req->by_date && found.n >= req->max_results &&
				sphere_m * (1.0 - SPHERE_SLACK) > found.items[req->max_results - 1]->distance_m)
			{
				done = true;
				break;
			}

			c = MemoryContextAllocZero(resultCxt, sizeof(Candidate));
			c->longitude = DatumGetFloat8(SPI_getbinval(tup, td, 11, &isnull));
			c->latitude = DatumGetFloat8(SPI_getbinval(tup, td, 12, &isnull));
			c->distance_m = rdv_geodesic_distance_m(req->longitude, req->latitude,
													c->longitude, c->latitude);
			if (c->distance_m > radius_m)
				continue;
			{
				MemoryContext old = MemoryContextSwitchTo(resultCxt);

				c->meeting_point_id = DatumGetInt64(SPI_getbinval(tup, td, 1, &isnull));
				c->editor_id = CopyText(tup, td, 2);
				c->name = CopyText(tup, td, 3);
				c->address = CopyText(tup, td, 4);
				c->zip_code = CopyText(tup, td, 5);
				c->city_name = CopyText(tup, td, 6);
				c->department = CopyText(tup, td, 7);
				c->website = CopyText(tup, td, 8);
				c->city_logo = CopyText(tup, td, 9);
				c->time_zone = CopyText(tup, td, 10);
				MemoryContextSwitchTo(old);
			}
			/* zones were checked at ingestion; out of memory raises */
			tz = local_zone(c->time_zone);
			if (tz == NULL)
				continue;
			c->tz = tz;
			c->lo = Max(LocalMidnight(req->start_date, tz), req->now + 1);
			c->hi = LocalMidnight(req->end_date + 1, tz);
			if (c->lo >= c->hi)
				continue;
			if (req->by_date)
			{
				/* order by date: every point of the radius is a candidate */
				if (ncands == cands_cap)
				{
					cands_cap *= 2;
					cands = repalloc(cands, sizeof(Candidate *) * cands_cap);
				}
				cands[ncands++] = c;
				continue;
			}
			batch[nbatch++] = c;
			if (nbatch == batch_size)
			{
				ProcessBatch(req, batch, nbatch, &found, resultCxt);
				nbatch = 0;
				batch_size = Min(batch_size, BATCH);
			}
		}
		SPI_freetuptable(tuptable);
		CHECK_FOR_INTERRUPTS();
	}
	ProcessBatch(req, batch, nbatch, &found, resultCxt);
	SPI_cursor_close(portal);
	if (req->by_date)
		found = SearchByDate(req, cands, ncands, resultCxt);

	if (found.n > req->max_results)
		found.n = req->max_results;
	return found;
}

/* Scratch and result memory of searches, kept for the backend's life. */
static MemoryContext search_cxt = NULL;

/* Radii tried by the smart mode after the one asked for. */
static const double smart_radii[] = {10, 20, 30, 50, 75, 100};

Datum
search_slots(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	SearchRequest req;
	bool		smart = !PG_ARGISNULL(11) && PG_GETARG_BOOL(11);
	MemoryContext resultCxt;
	Found		found;
	DateADT		asked_end;
	int			month;
	int			i;

	ReadRequest(fcinfo, &req);
	SetSingleFuncCall(fcinfo, 0);
	/*
	 * One context per backend, emptied at the start of each search: its first
	 * block is kept, so a search's scratch memory costs no fresh pages.  What
	 * it returns is copied into the tuplestore before the next search.
	 */
	if (search_cxt == NULL)
		search_cxt = AllocSetContextCreate(TopMemoryContext, "rdvmairie search",
										   512 * 1024, 512 * 1024, ALLOCSET_DEFAULT_MAXSIZE);
	MemoryContextReset(search_cxt);
	resultCxt = search_cxt;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	MemoryContextSwitchTo(search_cxt);

	found = RunSearch(&req, resultCxt);

	/*
	 * Smart mode: nothing found, so widen the radius step by step up to 100 km,
	 * then the window month by month (up to six months), and say what was used.
	 */
	asked_end = req.end_date;
	for (month = 0; smart && found.n == 0 && month <= 6; month++)
	{
		double		asked_radius = req.radius_km;

		if (month > 0)
		{
			req.end_date = asked_end + month * 30;
			if (req.end_date - req.start_date + 1 > MAX_WINDOW_DAYS)
				break;
			found = RunSearch(&req, resultCxt);
		}
		for (i = 0; found.n == 0 && i < (int) lengthof(smart_radii); i++)
		{
			if (smart_radii[i] <= asked_radius)
				continue;
			req.radius_km = smart_radii[i];
			found = RunSearch(&req, resultCxt);
		}
		if (found.n == 0)
			req.radius_km = asked_radius;
	}

	for (i = 0; i < found.n; i++)
	{
		Candidate  *c = found.items[i];
		Datum		values[18];
		bool		nulls[18];

		memset(nulls, false, sizeof(nulls));
		values[0] = Int64GetDatum(c->meeting_point_id);
#define TEXT_OR_NULL(k, s) do { if ((s) == NULL) nulls[k] = true; else values[k] = CStringGetTextDatum(s); } while (0)
		TEXT_OR_NULL(1, c->editor_id);
		TEXT_OR_NULL(2, c->name);
		TEXT_OR_NULL(3, c->address);
		TEXT_OR_NULL(4, c->zip_code);
		TEXT_OR_NULL(5, c->city_name);
		TEXT_OR_NULL(6, c->department);
		TEXT_OR_NULL(7, c->website);
		TEXT_OR_NULL(8, c->city_logo);
#undef TEXT_OR_NULL
		values[9] = Float8GetDatum(c->longitude);
		values[10] = Float8GetDatum(c->latitude);
		values[11] = Float8GetDatum(c->distance_m / 1000.0);
		values[12] = TimestampTzGetDatum(c->first_slot);
		values[13] = Int32GetDatum(c->slot_count);
		values[14] = c->slots;
		values[15] = Float8GetDatum(req.radius_km);
		values[16] = DateADTGetDatum(req.start_date);
		values[17] = DateADTGetDatum(req.end_date);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}

	SPI_finish();
	return (Datum) 0;
}
