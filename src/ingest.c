/*
 * ingest.c — normalised ingestion of vendor feeds.
 *
 *   rdvmairie.ingest_meeting_points(editor_id, payload)
 *   rdvmairie.ingest_slots(editor_id, payload, start_date, end_date, reason, documents_number)
 *
 * Both read the jsonb payload directly, normalise every item with the pure
 * rules of normalize.c, and write with a handful of set-based statements
 * taking arrays as parameters: never one statement per item.  Everything is
 * read and checked before anything is written, and the caller's transaction
 * makes a call all-or-nothing, so a bad payload never leaves a half-written
 * snapshot behind and the last good data stays in place.
 *
 * Slots are diffed against what is stored: an unchanged feed is recognised by
 * a hash per snapshot window (rdvmairie.slot_window) and costs one small
 * update per meeting point; a changed one writes only the slots that changed.
 */
#include "postgres.h"

#include <ctype.h>

#include "access/detoast.h"
#include "access/htup_details.h"
#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "nodes/makefuncs.h"
#include "pgtime.h"
#include "tcop/utility.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/hsearch.h"
#include "utils/jsonb.h"
#include "utils/memutils.h"
#include "utils/numeric.h"
#include "utils/timestamp.h"

#include "common/hashfn.h"

#include "batch.h"
#include "bulk_insert.h"
#include "localclock.h"
#include "normalize.h"
#include "rdvmairie.h"

PG_FUNCTION_INFO_V1(ingest_meeting_points);
PG_FUNCTION_INFO_V1(ingest_slots);

/* Rows per write statement: bounds the size of the parameter arrays. */
#define WRITE_CHUNK 50000
/* Rejected items larger than this are logged without their content. */
#define REJECT_ITEM_MAX_BYTES 8192
/* Longest window one slot ingestion may cover. */
#define MAX_WINDOW_DAYS 366
/* Advisory lock class serialising ingestion per vendor ("RDVM"). */
#define INGEST_LOCK_CLASS 1380275789

typedef struct IngestReport
{
	int32		received;
	int32		inserted;
	int32		updated;
	int32		unchanged;
	int32		removed;
	int32		rejected;
} IngestReport;

/* ------------------------------------------------------------------------
 * Small helpers
 * ------------------------------------------------------------------------ */

/* Argument n as text, with a clear error when NULL. */
static text *
RequireTextArg(FunctionCallInfo fcinfo, int n, const char *name)
{
	if (PG_ARGISNULL(n))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("%s must not be null", name)));
	return PG_GETARG_TEXT_PP(n);
}

static Jsonb *
RequirePayload(FunctionCallInfo fcinfo, int n)
{
	struct varlena *raw;
	Size		size;

	if (PG_ARGISNULL(n))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("payload must not be null")));

	/* check the size before detoasting a huge value */
	raw = (struct varlena *) PG_GETARG_POINTER(n);
	size = toast_raw_datum_size(PointerGetDatum(raw));
	if (size > (Size) rdv_max_payload_kb * 1024)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("payload of %zu bytes exceeds rdvmairie.max_payload_size (%d kB)",
						size, rdv_max_payload_kb),
				 errhint("Ask the vendor for fewer meeting points or a shorter window per request, or raise rdvmairie.max_payload_size.")));
	return PG_GETARG_JSONB_P(n);
}

/*
 * Text of a JSON string or number.  Numbers are printed by numeric_out, so a
 * vendor's 42 and "42" read the same.  Returns false for other JSON types.
 */
static bool
JsonScalarText(JsonbValue *v, const char **s, int *len, bool *is_number)
{
	if (v->type == jbvString)
	{
		*s = v->val.string.val;
		*len = v->val.string.len;
		*is_number = false;
		return true;
	}
	if (v->type == jbvNumeric)
	{
		char	   *t = DatumGetCString(DirectFunctionCall1(numeric_out,
															NumericGetDatum(v->val.numeric)));

		*s = t;
		*len = strlen(t);
		*is_number = true;
		return true;
	}
	return false;
}

/* Field of an object, or NULL when missing or JSON null. */
static JsonbValue *
ObjectField(JsonbContainer *obj, const char *key, JsonbValue *buf)
{
	JsonbValue *v = getKeyJsonValueFromContainer(obj, key, strlen(key), buf);

	if (v == NULL || v->type == jbvNull)
		return NULL;
	return v;
}

static const char *
JsonTypeName(JsonbValue *v)
{
	switch (v->type)
	{
		case jbvNull:
			return "null";
		case jbvString:
			return "string";
		case jbvNumeric:
			return "number";
		case jbvBool:
			return "boolean";
		case jbvBinary:
			return JsonContainerIsArray(v->val.binary.data) ? "array" : "object";
		default:
			return "value";
	}
}

/* Number of elements of an array value (1 for anything else). */
static int
ItemCount(JsonbValue *v)
{
	if (v->type == jbvBinary && JsonContainerIsArray(v->val.binary.data))
		return JsonContainerSize(v->val.binary.data);
	return 1;
}

/*
 * Offsets of one zone, remembered per local day: DetermineTimeZoneOffset()
 * walks the zone's transition table, and a feed holds thousands of slots on
 * a few dozen days.  A day whose midnight and last second have the same
 * offset has no transition; only days with one are resolved slot by slot.
 */
typedef struct ZoneDayCache
{
	pg_tz	   *tz;
	int			year,
				month,
				day;
	bool		uniform;
	int			offset;
} ZoneDayCache;

static int
ZoneOffset(struct pg_tm *tm, ZoneDayCache *cache)
{
	if (cache->year != tm->tm_year || cache->month != tm->tm_mon || cache->day != tm->tm_mday)
	{
		struct pg_tm probe = *tm;
		int			first,
					last;

		probe.tm_hour = 0;
		probe.tm_min = 0;
		probe.tm_sec = 0;
		first = DetermineTimeZoneOffset(&probe, cache->tz);
		probe = *tm;
		probe.tm_hour = 23;
		probe.tm_min = 59;
		probe.tm_sec = 59;
		last = DetermineTimeZoneOffset(&probe, cache->tz);
		cache->year = tm->tm_year;
		cache->month = tm->tm_mon;
		cache->day = tm->tm_mday;
		cache->uniform = first == last;
		cache->offset = first;
	}
	return cache->uniform ? cache->offset : DetermineTimeZoneOffset(tm, cache->tz);
}

/*
 * Local wall-clock time or explicit offset -> exact instant.  A naive time or
 * a trailing Z means the wall-clock time at the meeting point (zone of the
 * cache), unless the vendor is flagged as sending true UTC; an explicit
 * offset is exact.  Returns false when out of the timestamp range.
 */
static bool
InstantOf(const rdv_datetime *dt, ZoneDayCache *zone, bool sends_utc, TimestampTz *out)
{
	struct pg_tm tm;
	int			tzoff;			/* PostgreSQL convention: seconds west of UTC */

	memset(&tm, 0, sizeof(tm));
	tm.tm_year = dt->year;
	tm.tm_mon = dt->month;
	tm.tm_mday = dt->day;
	tm.tm_hour = dt->hour;
	tm.tm_min = dt->minute;
	tm.tm_sec = dt->second;

	if (dt->kind == RDV_DT_OFFSET)
		tzoff = -dt->offset_seconds;
	else if (sends_utc)
		tzoff = 0;
	else
		tzoff = ZoneOffset(&tm, zone);

	return tm2timestamp(&tm, dt->microsecond, &tzoff, out) == 0 && IS_VALID_TIMESTAMP(*out);
}

/* Local midnight of a date in zone tz. */
static TimestampTz
LocalMidnight(DateADT date, pg_tz *tz)
{
	rdv_datetime dt;
	TimestampTz result;
	ZoneDayCache zone = {tz};
	int			y,
				m,
				d;

	j2date(date + POSTGRES_EPOCH_JDATE, &y, &m, &d);
	memset(&dt, 0, sizeof(dt));
	dt.year = y;
	dt.month = m;
	dt.day = d;
	dt.kind = RDV_DT_NAIVE;
	if (!InstantOf(&dt, &zone, false, &result))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("date out of range for a slot window")));
	return result;
}

static pg_tz *
ZoneOrError(const char *name)
{
	pg_tz	   *tz = local_zone(name);

	if (tz == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("time zone \"%s\" is not known to this server", name)));
	return tz;
}

/* ------------------------------------------------------------------------
 * SPI plumbing: prepared plans kept for the session, exact result checks.
 * ------------------------------------------------------------------------ */



static int32
FirstInt4(int col)
{
	bool		isnull;
	Datum		d;

	if (SPI_processed != 1)
		elog(ERROR, "expected one row, got " UINT64_FORMAT, SPI_processed);
	d = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, col, &isnull);
	return isnull ? 0 : DatumGetInt32(d);
}

/* Vendor row: must exist.  Returns its sends_utc flag. */
static bool
LockEditor(text *editor_id)
{
	static SPIPlanPtr lock_plan = NULL;
	static SPIPlanPtr editor_plan = NULL;
	Oid			argtypes[1] = {TEXTOID};
	Datum		values[1] = {PointerGetDatum(editor_id)};
	bool		isnull;
	Datum		d;

	/* one ingestion at a time per vendor: concurrent diffs would race */
	run_plan(prepared_plan(&lock_plan,
						 "SELECT pg_catalog.pg_advisory_xact_lock(" CppAsString2(INGEST_LOCK_CLASS)
						 ", pg_catalog.hashtext($1))", 1, argtypes),
			values, false, SPI_OK_SELECT);

	run_plan(prepared_plan(&editor_plan,
						 "SELECT sends_utc FROM rdvmairie.editor WHERE editor_id = $1",
						 1, argtypes),
			values, false, SPI_OK_SELECT);
	if (SPI_processed == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown vendor \"%s\"", text_to_cstring(editor_id)),
				 errhint("Register the vendor in rdvmairie.editor first.")));
	d = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);
	return !isnull && DatumGetBool(d);
}

/* ------------------------------------------------------------------------
 * Rejects: collected during the walk, written in one statement at the end.
 * ------------------------------------------------------------------------ */

typedef struct RejectLog
{
	ColumnBuffer external_id;
	ColumnBuffer item_index;
	ColumnBuffer reason;
	ColumnBuffer detail;
	ColumnBuffer item;
	ColumnBuffer kept;
} RejectLog;

static void
RejectInit(RejectLog *log)
{
	column_init(&log->external_id, TEXTOID);
	column_init(&log->item_index, INT4OID);
	column_init(&log->reason, TEXTOID);
	column_init(&log->detail, TEXTOID);
	column_init(&log->item, JSONBOID);
	column_init(&log->kept, BOOLOID);
}

/* item may be NULL; item_index < 0 means "the whole key". */
static void
RejectAdd(RejectLog *log, const char *external_id, int item_index, const char *reason,
		  const char *detail, JsonbValue *item, bool kept)
{
	bool		keep_item = item != NULL;

	if (item != NULL && item->type == jbvBinary && item->val.binary.len > REJECT_ITEM_MAX_BYTES)
		keep_item = false;
	if (item != NULL && item->type == jbvString && item->val.string.len > REJECT_ITEM_MAX_BYTES)
		keep_item = false;

	column_push_text(&log->external_id, external_id, external_id ? strlen(external_id) : 0);
	column_push(&log->item_index, Int32GetDatum(item_index), item_index < 0);
	column_push_text(&log->reason, reason, strlen(reason));
	column_push_text(&log->detail, detail, detail ? strlen(detail) : 0);
	column_push(&log->item, keep_item ? JsonbPGetDatum(JsonbValueToJsonb(item)) : (Datum) 0, !keep_item);
	column_push(&log->kept, BoolGetDatum(kept), false);
}

static void
RejectFlush(RejectLog *log, text *editor_id, const char *feed, TimestampTz now)
{
	static SPIPlanPtr plan = NULL;
	Oid			argtypes[9] = {TEXTOID, TEXTOID, TIMESTAMPTZOID, TEXTARRAYOID, INT4ARRAYOID,
	TEXTARRAYOID, TEXTARRAYOID, JSONBARRAYOID, BOOLARRAYOID};
	Datum		values[9];
	int			from;

	for (from = 0; from < log->reason.n; from += WRITE_CHUNK)
	{
		int			count = Min(WRITE_CHUNK, log->reason.n - from);

		values[0] = PointerGetDatum(editor_id);
		values[1] = CStringGetTextDatum(feed);
		values[2] = TimestampTzGetDatum(now);
		values[3] = column_slice_to_array(&log->external_id, from, count);
		values[4] = column_slice_to_array(&log->item_index, from, count);
		values[5] = column_slice_to_array(&log->reason, from, count);
		values[6] = column_slice_to_array(&log->detail, from, count);
		values[7] = column_slice_to_array(&log->item, from, count);
		values[8] = column_slice_to_array(&log->kept, from, count);
		run_plan(prepared_plan(&plan,
							 "INSERT INTO rdvmairie.ingest_reject"
							 " (editor_id, feed, rejected_at, external_id, item_index, reason, detail, item, kept)"
							 " SELECT $1, $2, $3, r.* FROM unnest($4, $5, $6, $7, $8, $9) AS r",
							 9, argtypes),
				values, false, SPI_OK_INSERT);
	}
}

static Datum
ReportDatum(FunctionCallInfo fcinfo, const IngestReport *r)
{
	TupleDesc	tupdesc;
	Datum		values[6];
	bool		nulls[6] = {false, false, false, false, false, false};

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	tupdesc = BlessTupleDesc(tupdesc);
	values[0] = Int32GetDatum(r->received);
	values[1] = Int32GetDatum(r->inserted);
	values[2] = Int32GetDatum(r->updated);
	values[3] = Int32GetDatum(r->unchanged);
	values[4] = Int32GetDatum(r->removed);
	values[5] = Int32GetDatum(r->rejected);
	return HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls));
}

/* Set of external ids already seen in a payload. */
typedef struct SeenId
{
	char		id[RDV_EXTERNAL_ID_MAX_LEN + 1];
	int			index;			/* first item carrying it */
	int64		meeting_point_id;	/* slots only */
	char		time_zone[64];	/* slots only */
} SeenId;

static HTAB *
SeenIdTable(const char *name, long size)
{
	HASHCTL		ctl;

	memset(&ctl, 0, sizeof(ctl));
	ctl.keysize = RDV_EXTERNAL_ID_MAX_LEN + 1;
	ctl.entrysize = sizeof(SeenId);
	ctl.hcxt = CurrentMemoryContext;
	return hash_create(name, Max(size, 16), &ctl, HASH_ELEM | HASH_STRINGS | HASH_CONTEXT);
}

/* ========================================================================
 * Meeting points
 * ======================================================================== */

typedef struct MeetingPointColumns
{
	ColumnBuffer external_id,
				name,
				address,
				zip_code,
				city_name,
				department,
				time_zone,
				website,
				city_logo,
				longitude,
				latitude,
				swapped;
} MeetingPointColumns;

/* Optional tidied text field; a wrong type or unreadable text is noted as a fix. */
static const char *
OptionalText(JsonbContainer *obj, const char *key, bool is_city, const char **problem)
{
	JsonbValue	buf;
	JsonbValue *v = ObjectField(obj, key, &buf);
	const char *s;
	int			len;
	bool		is_number;
	char	   *out;
	size_t		n;

	*problem = NULL;
	if (v == NULL)
		return NULL;
	if (!JsonScalarText(v, &s, &len, &is_number))
	{
		*problem = "not a string";
		return NULL;
	}
	out = palloc(len + 1);
	n = is_city ? rdv_tidy_city(s, len, out, len + 1) : rdv_tidy_text(s, len, out, len + 1);
	if (n == 0)
	{
		*problem = len == 0 ? NULL : "empty, or holds control characters or invalid UTF-8";
		return NULL;
	}
	return out;
}

static const char *
OptionalUrl(JsonbContainer *obj, const char *key, const char **problem)
{
	JsonbValue	buf;
	JsonbValue *v = ObjectField(obj, key, &buf);

	*problem = NULL;
	if (v == NULL || (v->type == jbvString && v->val.string.len == 0))
		return NULL;
	if (v->type != jbvString ||
		!rdv_is_http_url(v->val.string.val, v->val.string.len))
	{
		*problem = "not an absolute http(s) URL";
		return NULL;
	}
	/* the check allows outer whitespace: store the trimmed URL */
	{
		const char *s = v->val.string.val;
		int			len = v->val.string.len;

		while (len > 0 && isspace((unsigned char) *s))
			s++, len--;
		while (len > 0 && isspace((unsigned char) s[len - 1]))
			len--;
		return pnstrdup(s, len);
	}
}

static bool
CoordinateField(JsonbContainer *obj, const char *key, double *out, const char **problem)
{
	JsonbValue	buf;
	JsonbValue *v = ObjectField(obj, key, &buf);
	const char *s;
	int			len;
	bool		is_number;

	if (v == NULL)
	{
		*problem = "missing";
		return false;
	}
	if (!JsonScalarText(v, &s, &len, &is_number) || !rdv_parse_double(s, len, out))
	{
		*problem = "not a number";
		return false;
	}
	return true;
}

/*
 * Normalises one meeting point.  Returns NULL when it is kept (its columns
 * pushed, fixes logged), else the reject reason with *detail set.
 * *id is set as soon as the item's id is readable, even when it is rejected
 * later, so that a known point with bad data is not taken offline.
 */
static const char *
NormaliseMeetingPoint(JsonbValue *item, int index, MeetingPointColumns *cols, RejectLog *log,
					  HTAB *seen, char *id, char **detail)
{
	JsonbContainer *obj;
	JsonbValue	buf;
	JsonbValue *v;
	const char *s;
	int			len;
	bool		is_number;
	bool		found;
	SeenId	   *entry;
	char		zip[6];
	char		dept[4];
	const char *tz;
	double		lon,
				lat;
	const char *problem;
	const char *name,
			   *city,
			   *address,
			   *website,
			   *logo;
	rdv_coord_status cs;

	id[0] = '\0';
	*detail = NULL;
	if (item->type != jbvBinary || JsonContainerIsArray(item->val.binary.data))
	{
		*detail = psprintf("a meeting point must be a JSON object, not %s", JsonTypeName(item));
		return "not_an_object";
	}
	obj = item->val.binary.data;

	v = ObjectField(obj, "id", &buf);
	if (v == NULL)
	{
		*detail = "field \"id\" is missing";
		return "missing_id";
	}
	if (!JsonScalarText(v, &s, &len, &is_number) ||
		rdv_normalize_external_id(s, len, is_number, id, RDV_EXTERNAL_ID_MAX_LEN + 1) == 0)
	{
		id[0] = '\0';
		*detail = psprintf("field \"id\" must be a string or a number of 1 to %d characters",
						   RDV_EXTERNAL_ID_MAX_LEN);
		return "invalid_id";
	}
	entry = hash_search(seen, id, HASH_ENTER, &found);
	if (found)
	{
		*detail = psprintf("id \"%s\" was already given by item %d; the first is kept", id, entry->index);
		return "duplicate_id";
	}
	entry->index = index;

	name = OptionalText(obj, "name", false, &problem);
	if (name == NULL)
	{
		*detail = problem ? psprintf("field \"name\" is %s", problem) : "field \"name\" is missing or empty";
		return problem ? "invalid_name" : "missing_name";
	}

	v = ObjectField(obj, "zip_code", &buf);
	if (v == NULL)
	{
		*detail = "field \"zip_code\" is missing";
		return "invalid_zip_code";
	}
	if (!JsonScalarText(v, &s, &len, &is_number) || !rdv_normalize_zip(s, len, zip))
	{
		*detail = "field \"zip_code\" is not a French postcode";
		return "invalid_zip_code";
	}
	if (!rdv_department_from_zip(zip, dept))
	{
		*detail = psprintf("postcode %s belongs to no department", zip);
		return "invalid_zip_code";
	}
	tz = rdv_timezone_for_department(dept);
	if (tz == NULL)
	{
		*detail = psprintf("department %s is not served by the platform", dept);
		return "unsupported_territory";
	}

	city = OptionalText(obj, "city_name", true, &problem);
	if (city == NULL)
	{
		*detail = problem ? psprintf("field \"city_name\" is %s", problem) : "field \"city_name\" is missing or empty";
		return problem ? "invalid_city_name" : "missing_city_name";
	}

	if (!CoordinateField(obj, "longitude", &lon, &problem))
	{
		*detail = psprintf("field \"longitude\" is %s", problem);
		return "invalid_coordinates";
	}
	if (!CoordinateField(obj, "latitude", &lat, &problem))
	{
		*detail = psprintf("field \"latitude\" is %s", problem);
		return "invalid_coordinates";
	}
	cs = rdv_check_coordinates(&lon, &lat, dept);
	switch (cs)
	{
		case RDV_COORD_OK:
		case RDV_COORD_SWAPPED:
			break;
		case RDV_COORD_ZERO:
			*detail = psprintf("coordinates %s", rdv_coord_status_message(cs));
			return "zero_coordinates";
		case RDV_COORD_MISMATCH:
			*detail = psprintf("coordinates (%g, %g) %s %s", lon, lat, rdv_coord_status_message(cs), dept);
			return "coordinates_mismatch";
		case RDV_COORD_OUTSIDE:
			*detail = psprintf("coordinates (%g, %g) %s", lon, lat, rdv_coord_status_message(cs));
			return "coordinates_outside_france";
		case RDV_COORD_INVALID:
			*detail = psprintf("coordinates %s", rdv_coord_status_message(cs));
			return "invalid_coordinates";
	}

	address = OptionalText(obj, "public_entry_address", false, &problem);
	if (problem)
		RejectAdd(log, id, index, "invalid_address", "public_entry_address dropped: it is not readable text", item, true);
	website = OptionalUrl(obj, "website", &problem);
	if (problem)
		RejectAdd(log, id, index, "invalid_website", "website dropped: it is not an absolute http(s) URL", item, true);
	logo = OptionalUrl(obj, "city_logo", &problem);
	if (problem)
		RejectAdd(log, id, index, "invalid_city_logo", "city_logo dropped: it is not an absolute http(s) URL", item, true);
	if (cs == RDV_COORD_SWAPPED)
		RejectAdd(log, id, index, "coordinates_swapped",
				  psprintf("latitude and longitude were swapped; stored as longitude %g, latitude %g", lon, lat),
				  item, true);
	v = ObjectField(obj, "zip_code", &buf);
	if (v != NULL && JsonScalarText(v, &s, &len, &is_number) && strncmp(s, zip, len) != 0 &&
		len == 4)
		RejectAdd(log, id, index, "zip_code_leading_zero",
				  psprintf("postcode restored to %s", zip), item, true);

	column_push_text(&cols->external_id, id, strlen(id));
	column_push_text(&cols->name, name, strlen(name));
	column_push_text(&cols->address, address, address ? strlen(address) : 0);
	column_push_text(&cols->zip_code, zip, 5);
	column_push_text(&cols->city_name, city, strlen(city));
	column_push_text(&cols->department, dept, strlen(dept));
	column_push_text(&cols->time_zone, tz, strlen(tz));
	column_push_text(&cols->website, website, website ? strlen(website) : 0);
	column_push_text(&cols->city_logo, logo, logo ? strlen(logo) : 0);
	column_push(&cols->longitude, Float8GetDatum(lon), false);
	column_push(&cols->latitude, Float8GetDatum(lat), false);
	column_push(&cols->swapped, BoolGetDatum(cs == RDV_COORD_SWAPPED), false);
	return NULL;
}

static const char *const upsert_meeting_points_sql =
"WITH input AS ("
"  SELECT * FROM unnest($2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)"
"    AS t(external_id, name, address, zip_code, city_name, department, time_zone,"
"         website, city_logo, lon, lat, swapped)"
"), classified AS ("
"  SELECT i.*,"
"         mp.meeting_point_id IS NULL AS is_new,"
"         mp.meeting_point_id IS NOT NULL AND"
"         (mp.name, mp.public_entry_address, mp.zip_code, mp.city_name, mp.department,"
"          mp.time_zone, mp.website, mp.city_logo, mp.longitude, mp.latitude, mp.coordinates_swapped, mp.online)"
"         IS DISTINCT FROM"
"         (i.name, i.address, i.zip_code, i.city_name, i.department, i.time_zone, i.website,"
"          i.city_logo, i.lon, i.lat, i.swapped, true) AS is_changed"
"  FROM input i"
"  LEFT JOIN rdvmairie.meeting_point mp ON mp.editor_id = $1 AND mp.external_id = i.external_id"
"), upserted AS ("
"  INSERT INTO rdvmairie.meeting_point AS mp"
"    (editor_id, external_id, name, public_entry_address, zip_code, city_name, department,"
"     time_zone, website, city_logo, longitude, latitude, coordinates_swapped, online,"
"     first_seen_at, last_seen_at, changed_at)"
"  SELECT $1, external_id, name, address, zip_code, city_name, department, time_zone,"
"         website, city_logo, lon, lat, swapped, true, $14, $14, $14"
"  FROM classified"
"  ON CONFLICT (editor_id, external_id) DO UPDATE SET"
"    name = EXCLUDED.name, public_entry_address = EXCLUDED.public_entry_address,"
"    zip_code = EXCLUDED.zip_code, city_name = EXCLUDED.city_name,"
"    department = EXCLUDED.department, time_zone = EXCLUDED.time_zone,"
"    website = EXCLUDED.website, city_logo = EXCLUDED.city_logo,"
"    longitude = EXCLUDED.longitude, latitude = EXCLUDED.latitude,"
"    coordinates_swapped = EXCLUDED.coordinates_swapped, online = true,"
"    last_seen_at = EXCLUDED.last_seen_at,"
"    changed_at = CASE WHEN (mp.name, mp.public_entry_address, mp.zip_code, mp.city_name,"
"        mp.department, mp.time_zone, mp.website, mp.city_logo, mp.longitude, mp.latitude,"
"        mp.coordinates_swapped, mp.online)"
"      IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.public_entry_address, EXCLUDED.zip_code,"
"        EXCLUDED.city_name, EXCLUDED.department, EXCLUDED.time_zone, EXCLUDED.website,"
"        EXCLUDED.city_logo, EXCLUDED.longitude, EXCLUDED.latitude, EXCLUDED.coordinates_swapped, true)"
"      THEN EXCLUDED.changed_at ELSE mp.changed_at END"
"  RETURNING 1"
")"
"SELECT count(*) FILTER (WHERE is_new)::int4,"
"       count(*) FILTER (WHERE is_changed)::int4,"
"       count(*) FILTER (WHERE NOT is_new AND NOT is_changed)::int4"
"  FROM classified";

static const char *const offline_meeting_points_sql =
"WITH gone AS ("
"  UPDATE rdvmairie.meeting_point SET online = false, changed_at = $3"
"   WHERE editor_id = $1 AND online AND external_id <> ALL ($2)"
"  RETURNING 1)"
"SELECT count(*)::int4 FROM gone";

Datum
ingest_meeting_points(PG_FUNCTION_ARGS)
{
	text	   *editor_id = RequireTextArg(fcinfo, 0, "editor_id");
	Jsonb	   *payload = RequirePayload(fcinfo, 1);
	TimestampTz now = GetCurrentTransactionStartTimestamp();
	MemoryContext callerCxt = CurrentMemoryContext;
	MemoryContext workCxt;
	IngestReport report = {0};
	MeetingPointColumns cols;
	RejectLog	log;
	HTAB	   *seen;
	ColumnBuffer seen_ids;
	JsonbIterator *it;
	JsonbValue	v;
	JsonbIteratorToken tok;
	int			index = 0;

	/* on a standby or in a read-only transaction, say so first: even an empty feed is refused */
	PreventCommandIfReadOnly("ingest_meeting_points()");

	if (JB_ROOT_IS_SCALAR(payload) || !JB_ROOT_IS_ARRAY(payload))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("meeting points payload must be a JSON array"),
				 errdetail("A getManagedMeetingPoints answer is an array of meeting point objects.")));

	workCxt = AllocSetContextCreate(CurrentMemoryContext, "rdvmairie ingest", ALLOCSET_DEFAULT_SIZES);
	MemoryContextSwitchTo(workCxt);

	column_init(&cols.external_id, TEXTOID);
	column_init(&cols.name, TEXTOID);
	column_init(&cols.address, TEXTOID);
	column_init(&cols.zip_code, TEXTOID);
	column_init(&cols.city_name, TEXTOID);
	column_init(&cols.department, TEXTOID);
	column_init(&cols.time_zone, TEXTOID);
	column_init(&cols.website, TEXTOID);
	column_init(&cols.city_logo, TEXTOID);
	column_init(&cols.longitude, FLOAT8OID);
	column_init(&cols.latitude, FLOAT8OID);
	column_init(&cols.swapped, BOOLOID);
	column_init(&seen_ids, TEXTOID);
	RejectInit(&log);
	seen = SeenIdTable("rdvmairie meeting point ids", JB_ROOT_COUNT(payload));

	/* read and check everything before writing anything */
	it = JsonbIteratorInit(&payload->root);
	while ((tok = JsonbIteratorNext(&it, &v, true)) != WJB_DONE)
	{
		char		id[RDV_EXTERNAL_ID_MAX_LEN + 1];
		char	   *detail;
		const char *reason;

		if (tok != WJB_ELEM)
			continue;
		CHECK_FOR_INTERRUPTS();
		report.received++;
		reason = NormaliseMeetingPoint(&v, index, &cols, &log, seen, id, &detail);
		if (id[0] != '\0' && (reason == NULL || strcmp(reason, "duplicate_id") != 0))
			column_push_text(&seen_ids, id, strlen(id));
		if (reason != NULL)
		{
			RejectAdd(&log, id[0] ? id : NULL, index, reason, detail, &v, false);
			report.rejected++;
		}
		index++;
	}

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	LockEditor(editor_id);

	if (cols.external_id.n > 0)
	{
		static SPIPlanPtr plan = NULL;
		Oid			argtypes[14] = {TEXTOID, TEXTARRAYOID, TEXTARRAYOID, TEXTARRAYOID, TEXTARRAYOID,
			TEXTARRAYOID, TEXTARRAYOID, TEXTARRAYOID, TEXTARRAYOID, TEXTARRAYOID,
		FLOAT8ARRAYOID, FLOAT8ARRAYOID, BOOLARRAYOID, TIMESTAMPTZOID};
		Datum		values[14];

		values[0] = PointerGetDatum(editor_id);
		values[1] = column_to_array(&cols.external_id);
		values[2] = column_to_array(&cols.name);
		values[3] = column_to_array(&cols.address);
		values[4] = column_to_array(&cols.zip_code);
		values[5] = column_to_array(&cols.city_name);
		values[6] = column_to_array(&cols.department);
		values[7] = column_to_array(&cols.time_zone);
		values[8] = column_to_array(&cols.website);
		values[9] = column_to_array(&cols.city_logo);
		values[10] = column_to_array(&cols.longitude);
		values[11] = column_to_array(&cols.latitude);
		values[12] = column_to_array(&cols.swapped);
		values[13] = TimestampTzGetDatum(now);
		run_plan(prepared_plan(&plan, upsert_meeting_points_sql, 14, argtypes), values, false, SPI_OK_SELECT);
		report.inserted = FirstInt4(1);
		report.updated = FirstInt4(2);
		report.unchanged = FirstInt4(3);
	}

	/*
	 * The payload is the vendor's full list: points it no longer lists go
	 * offline.  A non-empty payload of which not one id could be read is a
	 * broken feed, not an empty list: keep the points online then.
	 */
	if (report.received == 0 || seen_ids.n > 0)
	{
		static SPIPlanPtr plan = NULL;
		Oid			argtypes[3] = {TEXTOID, TEXTARRAYOID, TIMESTAMPTZOID};
		Datum		values[3];

		values[0] = PointerGetDatum(editor_id);
		values[1] = column_to_array(&seen_ids);
		values[2] = TimestampTzGetDatum(now);
		run_plan(prepared_plan(&plan, offline_meeting_points_sql, 3, argtypes), values, false, SPI_OK_SELECT);
		report.removed = FirstInt4(1);
	}
	else
		ereport(WARNING,
				(errmsg("no meeting point of vendor \"%s\" could be read: none is taken offline",
						text_to_cstring(editor_id)),
				 errdetail("All %d items were rejected; see rdvmairie.ingest_reject.", report.received)));

	RejectFlush(&log, editor_id, "meeting_points", now);

	SPI_finish();
	MemoryContextSwitchTo(callerCxt);
	MemoryContextDelete(workCxt);
	PG_RETURN_DATUM(ReportDatum(fcinfo, &report));
}

/* ========================================================================
 * Slots
 * ======================================================================== */

typedef struct SlotItem
{
	TimestampTz at;
	const char *url;			/* points into the payload */
	int32		urllen;
	int32		index;			/* position in the key's array */
	JsonbContainer *item;		/* for reject rows */
	int32		itemlen;
} SlotItem;

typedef struct SlotKey
{
	char		external_id[RDV_EXTERNAL_ID_MAX_LEN + 1];
	JsonbValue	value;			/* the key's array (or whatever was sent) */
	int64		meeting_point_id;	/* 0 = unknown */
	TimestampTz lo;				/* window bounds in the point's zone */
	TimestampTz hi;
	SlotItem   *slots;
	int			nslots;
	uint64		hash;
	bool		unchanged;		/* same hash as the stored window */
	int32	   *day_counts;		/* slots per local day of the window */
	int			malformed;		/* items rejected for their form, not their time */
	bool		broken;			/* nothing readable: keep the stored slots */
} SlotKey;

static int
SlotItemCmp(const void *a, const void *b)
{
	const SlotItem *x = a;
	const SlotItem *y = b;

	if (x->at != y->at)
		return x->at < y->at ? -1 : 1;
	return x->index - y->index;
}

static int
SlotKeyCmpByMeetingPoint(const void *a, const void *b)
{
	const SlotKey *x = *(SlotKey *const *) a;
	const SlotKey *y = *(SlotKey *const *) b;

	if (x->meeting_point_id != y->meeting_point_id)
		return x->meeting_point_id < y->meeting_point_id ? -1 : 1;
	return 0;
}

/* Hash of the normalised slots: a feed identical to the last one hashes the same. */
static uint64
HashSlots(const SlotItem *slots, int n)
{
	uint64		h = UINT64CONST(0x52444D4149524945);
	int			i;

	for (i = 0; i < n; i++)
		h = hash_bytes_extended((const unsigned char *) slots[i].url, slots[i].urllen,
								h ^ (uint64) slots[i].at);
	return h;
}

static void
RejectSlot(RejectLog *log, IngestReport *report, SlotKey *key, int index, JsonbContainer *item,
		   int32 itemlen, const char *reason, const char *detail)
{
	JsonbValue	v;

	v.type = jbvBinary;
	v.val.binary.data = item;
	v.val.binary.len = itemlen;
	RejectAdd(log, key->external_id, index, reason, detail, &v, false);
	report->rejected++;
	if (strcmp(reason, "past") != 0 && strcmp(reason, "outside_window") != 0 &&
		strcmp(reason, "duplicate") != 0)
		key->malformed++;
}

/*
 * Walks one key's array: checks and converts each slot, drops what is
 * invalid, past or outside the window, then sorts and collapses repeats.
 */
static void
NormaliseSlots(SlotKey *key, pg_tz *tz, bool sends_utc, TimestampTz now,
			   RejectLog *log, IngestReport *report)
{
	JsonbContainer *array = key->value.val.binary.data;
	JsonbIterator *it = JsonbIteratorInit(array);
	JsonbValue	v;
	JsonbIteratorToken tok;
	ZoneDayCache zone = {tz};
	int			index = 0;
	int			n = 0;
	int			i;

	key->slots = palloc_extended(sizeof(SlotItem) * Max(JsonContainerSize(array), 1), MCXT_ALLOC_HUGE);

	while ((tok = JsonbIteratorNext(&it, &v, true)) != WJB_DONE)
	{
		JsonbContainer *obj;
		int32		objlen;
		JsonbValue	dbuf,
					ubuf;
		JsonbValue *dtv,
				   *urlv;
		rdv_datetime dt;
		const char *err;
		TimestampTz at;

		if (tok != WJB_ELEM)
			continue;
		if ((index & 1023) == 0)
			CHECK_FOR_INTERRUPTS();
		report->received++;

		if (v.type != jbvBinary || JsonContainerIsArray(v.val.binary.data))
		{
			JsonbValue	copy = v;

			RejectAdd(log, key->external_id, index, "not_an_object",
					  psprintf("a slot must be a JSON object, not %s", JsonTypeName(&v)), &copy, false);
			report->rejected++;
			key->malformed++;
			index++;
			continue;
		}
		obj = v.val.binary.data;
		objlen = v.val.binary.len;
		dtv = ObjectField(obj, "datetime", &dbuf);
		urlv = ObjectField(obj, "callback_url", &ubuf);

		if (dtv == NULL)
			RejectSlot(log, report, key, index, obj, objlen, "missing_datetime", "field \"datetime\" is missing");
		else if (dtv->type != jbvString)
			RejectSlot(log, report, key, index, obj, objlen, "invalid_datetime",
					   psprintf("field \"datetime\" must be a string, not %s", JsonTypeName(dtv)));
		else if ((err = rdv_parse_datetime(dtv->val.string.val, dtv->val.string.len, &dt)) != NULL)
			RejectSlot(log, report, key, index, obj, objlen, "invalid_datetime", err);
		else if (!InstantOf(&dt, &zone, sends_utc, &at))
			RejectSlot(log, report, key, index, obj, objlen, "invalid_datetime", "datetime out of range");
		else if (urlv == NULL)
			RejectSlot(log, report, key, index, obj, objlen, "missing_callback_url", "field \"callback_url\" is missing");
		else if (urlv->type != jbvString ||
				 !rdv_is_http_url(urlv->val.string.val, urlv->val.string.len))
			RejectSlot(log, report, key, index, obj, objlen, "invalid_callback_url",
					   "callback_url must be an absolute http(s) URL");
		else if (at < key->lo || at >= key->hi)
			RejectSlot(log, report, key, index, obj, objlen, "outside_window",
					   "the slot's local date is outside the requested window");
		else if (at <= now)
			RejectSlot(log, report, key, index, obj, objlen, "past", "the slot has already started");
		else
		{
			SlotItem   *s = &key->slots[n++];
			const char *u = urlv->val.string.val;
			int			ulen = urlv->val.string.len;

			/* the URL check allows outer whitespace: keep the trimmed URL */
			while (ulen > 0 && isspace((unsigned char) *u))
				u++, ulen--;
			while (ulen > 0 && isspace((unsigned char) u[ulen - 1]))
				ulen--;
			s->at = at;
			s->url = u;
			s->urllen = ulen;
			s->index = index;
			s->item = obj;
			s->itemlen = objlen;
		}
		index++;
	}

	/* ascending time; repeats collapse onto the first one listed */
	qsort(key->slots, n, sizeof(SlotItem), SlotItemCmp);
	key->nslots = 0;
	for (i = 0; i < n; i++)
	{
		if (key->nslots > 0 && key->slots[key->nslots - 1].at == key->slots[i].at)
		{
			SlotItem   *first = &key->slots[key->nslots - 1];
			bool		same = first->urllen == key->slots[i].urllen &&
				memcmp(first->url, key->slots[i].url, first->urllen) == 0;

			RejectSlot(log, report, key, key->slots[i].index, key->slots[i].item,
					   key->slots[i].itemlen, "duplicate",
					   same ? psprintf("repeats item %d", first->index)
					   : psprintf("same time as item %d with another callback_url; the first is kept",
								  first->index));
			continue;
		}
		key->slots[key->nslots++] = key->slots[i];
	}
	key->hash = HashSlots(key->slots, key->nslots);

	/*
	 * Not one readable slot among malformed items is a broken feed for this
	 * point, not an empty agenda: its stored slots stay as they are (and stop
	 * being offered once older than rdvmairie.slot_max_age).
	 */
	key->broken = key->nslots == 0 && key->malformed > 0;
}

/* Slots per local day of the window, for search to count without reading them. */
static void
CountSlotsPerDay(SlotKey *key, pg_tz *tz, DateADT start_date, int ndays)
{
	LocalClock	clock;
	int			i;

	key->day_counts = palloc0(sizeof(int32) * ndays);
	local_clock_init(&clock, tz);
	for (i = 0; i < key->nslots; i++)
	{
		int			day = local_clock_date(&clock, key->slots[i].at) - start_date;

		if (day >= 0 && day < ndays)
			key->day_counts[day]++;
	}
}

/* Writes accumulated slot changes in chunks: one statement per chunk. */
typedef struct SlotChanges
{
	int64	   *ins_mp;			/* inserts: meeting point and slot, kept as */
	SlotItem  **ins_slot;		/* pointers until written */
	int			ins_n;
	int			ins_cap;
	ColumnBuffer upd_mp,
				upd_at,
				upd_url;
	ColumnBuffer del_mp,
				del_at;
} SlotChanges;

static void InsertSlotsDirect(Oid relid, SlotChanges *ch, text *reason, int16 documents,
							  TimestampTz now);

static const char *const insert_slots_sql =
"INSERT INTO rdvmairie.slot"
"  (meeting_point_id, reason, documents_number, starts_at, callback_url, first_seen_at)"
" SELECT i.mp, $4::rdvmairie.reason, $5, i.at, i.url, $6"
"   FROM unnest($1, $2, $3) AS i(mp, at, url)";

static const char *const update_slots_sql =
"UPDATE rdvmairie.slot s SET callback_url = u.url"
"  FROM unnest($1, $2, $3) AS u(mp, at, url)"
" WHERE s.meeting_point_id = u.mp AND s.reason = $4::rdvmairie.reason"
"   AND s.documents_number = $5 AND s.starts_at = u.at";

static const char *const delete_slots_sql =
"DELETE FROM rdvmairie.slot s"
" USING unnest($1, $2) AS d(mp, at)"
" WHERE s.meeting_point_id = d.mp AND s.reason = $3::rdvmairie.reason"
"   AND s.documents_number = $4 AND s.starts_at = d.at";

static void
WriteSlotChanges(SlotChanges *ch, text *reason, int16 documents, TimestampTz now)
{
	static SPIPlanPtr ins_plan = NULL;
	static SPIPlanPtr upd_plan = NULL;
	static SPIPlanPtr del_plan = NULL;
	Oid			ins_types[6] = {INT8ARRAYOID, TIMESTAMPTZARRAYOID, TEXTARRAYOID, TEXTOID, INT2OID, TIMESTAMPTZOID};
	Oid			del_types[4] = {INT8ARRAYOID, TIMESTAMPTZARRAYOID, TEXTOID, INT2OID};
	Datum		values[6];
	int			from;
	Oid			slot_relid;

	for (from = 0; from < ch->del_mp.n; from += WRITE_CHUNK)
	{
		int			count = Min(WRITE_CHUNK, ch->del_mp.n - from);

		values[0] = column_slice_to_array(&ch->del_mp, from, count);
		values[1] = column_slice_to_array(&ch->del_at, from, count);
		values[2] = PointerGetDatum(reason);
		values[3] = Int16GetDatum(documents);
		run_plan(prepared_plan(&del_plan, delete_slots_sql, 4, del_types), values, false, SPI_OK_DELETE);
	}
	for (from = 0; from < ch->upd_mp.n; from += WRITE_CHUNK)
	{
		int			count = Min(WRITE_CHUNK, ch->upd_mp.n - from);

		values[0] = column_slice_to_array(&ch->upd_mp, from, count);
		values[1] = column_slice_to_array(&ch->upd_at, from, count);
		values[2] = column_slice_to_array(&ch->upd_url, from, count);
		values[3] = PointerGetDatum(reason);
		values[4] = Int16GetDatum(documents);
		run_plan(prepared_plan(&upd_plan, update_slots_sql, 5, ins_types), values, false, SPI_OK_UPDATE);
	}
	if (ch->ins_n == 0)
		return;
	slot_relid = RangeVarGetRelid(makeRangeVar("rdvmairie", "slot", -1), RowExclusiveLock, false);
	if (bulk_insert_possible(slot_relid))
	{
		InsertSlotsDirect(slot_relid, ch, reason, documents, now);
		return;
	}
	/* triggers or row-level security apply: go through SQL */
	for (from = 0; from < ch->ins_n; from += WRITE_CHUNK)
	{
		int			count = Min(WRITE_CHUNK, ch->ins_n - from);
		ColumnBuffer mp,
					at,
					url;
		int			i;

		column_init(&mp, INT8OID);
		column_init(&at, TIMESTAMPTZOID);
		column_init(&url, TEXTOID);
		for (i = from; i < from + count; i++)
		{
			column_push(&mp, Int64GetDatum(ch->ins_mp[i]), false);
			column_push(&at, TimestampTzGetDatum(ch->ins_slot[i]->at), false);
			column_push_text(&url, ch->ins_slot[i]->url, ch->ins_slot[i]->urllen);
		}
		values[0] = column_to_array(&mp);
		values[1] = column_to_array(&at);
		values[2] = column_to_array(&url);
		values[3] = PointerGetDatum(reason);
		values[4] = Int16GetDatum(documents);
		values[5] = TimestampTzGetDatum(now);
		run_plan(prepared_plan(&ins_plan, insert_slots_sql, 6, ins_types), values, false, SPI_OK_INSERT);
	}
}

static void
PushInsert(SlotChanges *ch, int64 mp, SlotItem *s)
{
	if (ch->ins_n == ch->ins_cap)
	{
		ch->ins_cap = ch->ins_cap == 0 ? 1024 : ch->ins_cap * 2;
		ch->ins_mp = ch->ins_mp ? repalloc_huge(ch->ins_mp, sizeof(int64) * ch->ins_cap)
			: palloc_extended(sizeof(int64) * ch->ins_cap, MCXT_ALLOC_HUGE);
		ch->ins_slot = ch->ins_slot ? repalloc_huge(ch->ins_slot, sizeof(SlotItem *) * ch->ins_cap)
			: palloc_extended(sizeof(SlotItem *) * ch->ins_cap, MCXT_ALLOC_HUGE);
	}
	ch->ins_mp[ch->ins_n] = mp;
	ch->ins_slot[ch->ins_n] = s;
	ch->ins_n++;
}

/* Column number of a table column, by name. */
static int
AttributeIndex(TupleDesc desc, const char *name)
{
	int			attno = SPI_fnumber(desc, name);

	if (attno <= 0)
		elog(ERROR, "column \"%s\" not found", name);
	return attno - 1;
}

/* First loads: COPY-style batches straight into the table and its indexes. */
static void
InsertSlotsDirect(Oid relid, SlotChanges *ch, text *reason, int16 documents, TimestampTz now)
{
	BulkInserter *b = bulk_insert_begin(relid);
	TupleDesc	desc = bulk_insert_desc(b);
	int			natts = desc->natts;
	Datum	   *values = palloc0(sizeof(Datum) * natts);
	bool	   *isnull = palloc(sizeof(bool) * natts);
	int			a_mp = AttributeIndex(desc, "meeting_point_id");
	int			a_reason = AttributeIndex(desc, "reason");
	int			a_docs = AttributeIndex(desc, "documents_number");
	int			a_at = AttributeIndex(desc, "starts_at");
	int			a_url = AttributeIndex(desc, "callback_url");
	int			a_first = AttributeIndex(desc, "first_seen_at");
	int			maxlen = 0;
	struct varlena *url;
	int			i;

	memset(isnull, true, sizeof(bool) * natts);
	isnull[a_mp] = isnull[a_reason] = isnull[a_docs] = isnull[a_at] = isnull[a_url] = isnull[a_first] = false;
	values[a_reason] = DirectFunctionCall2(enum_in, CStringGetDatum(text_to_cstring(reason)),
										   ObjectIdGetDatum(TupleDescAttr(desc, a_reason)->atttypid));
	values[a_docs] = Int16GetDatum(documents);
	values[a_first] = TimestampTzGetDatum(now);

	for (i = 0; i < ch->ins_n; i++)
		maxlen = Max(maxlen, ch->ins_slot[i]->urllen);
	url = palloc(VARHDRSZ + maxlen);
	values[a_url] = PointerGetDatum(url);

	for (i = 0; i < ch->ins_n; i++)
	{
		SlotItem   *s = ch->ins_slot[i];

		values[a_mp] = Int64GetDatum(ch->ins_mp[i]);
		values[a_at] = TimestampTzGetDatum(s->at);
		SET_VARSIZE(url, VARHDRSZ + s->urllen);
		memcpy(VARDATA(url), s->url, s->urllen);
		bulk_insert_row(b, values, isnull);
	}
	bulk_insert_end(b);
}

static const char *const existing_slots_sql =
"SELECT s.meeting_point_id, s.starts_at, s.callback_url"
"  FROM unnest($1, $2, $3) AS w(mp, lo, hi)"
"  JOIN rdvmairie.slot s ON s.meeting_point_id = w.mp"
"   AND s.reason = $4::rdvmairie.reason AND s.documents_number = $5"
"   AND s.starts_at >= w.lo AND s.starts_at < w.hi AND s.starts_at > $6"
" ORDER BY 1, 2";

/*
 * Diffs the changed keys against the stored future slots of their windows,
 * streaming the stored rows through a cursor in (meeting point, time) order.
 */
static void
DiffSlots(SlotKey **changed, int nchanged, text *reason, int16 documents, TimestampTz now,
		  SlotChanges *ch, IngestReport *report)
{
	static SPIPlanPtr plan = NULL;
	Oid			argtypes[6] = {INT8ARRAYOID, TIMESTAMPTZARRAYOID, TIMESTAMPTZARRAYOID, TEXTOID, INT2OID, TIMESTAMPTZOID};
	Datum		values[6];
	ColumnBuffer mp,
				lo,
				hi;
	Portal		portal;
	int			k = 0;			/* current key */
	int			pos = 0;		/* next new slot of the current key */
	int			i;

	qsort(changed, nchanged, sizeof(SlotKey *), SlotKeyCmpByMeetingPoint);
	column_init(&mp, INT8OID);
	column_init(&lo, TIMESTAMPTZOID);
	column_init(&hi, TIMESTAMPTZOID);
	for (i = 0; i < nchanged; i++)
	{
		column_push(&mp, Int64GetDatum(changed[i]->meeting_point_id), false);
		column_push(&lo, TimestampTzGetDatum(changed[i]->lo), false);
		column_push(&hi, TimestampTzGetDatum(changed[i]->hi), false);
	}
	values[0] = column_to_array(&mp);
	values[1] = column_to_array(&lo);
	values[2] = column_to_array(&hi);
	values[3] = PointerGetDatum(reason);
	values[4] = Int16GetDatum(documents);
	values[5] = TimestampTzGetDatum(now);

	/*
	 * Not read-only: a read-only cursor would reuse the statement's snapshot,
	 * taken before LockEditor waited for a concurrent ingestion of this vendor,
	 * and diff against slots that ingestion has since changed.
	 */
	portal = SPI_cursor_open(NULL, prepared_plan(&plan, existing_slots_sql, 6, argtypes),
							 values, NULL, false);
	for (;;)
	{
		uint64		r;

		SPI_cursor_fetch(portal, true, 10000);
		if (SPI_processed == 0)
			break;
		for (r = 0; r < SPI_processed; r++)
		{
			HeapTuple	tup = SPI_tuptable->vals[r];
			TupleDesc	td = SPI_tuptable->tupdesc;
			bool		isnull;
			int64		row_mp = DatumGetInt64(SPI_getbinval(tup, td, 1, &isnull));
			TimestampTz row_at = DatumGetTimestampTz(SPI_getbinval(tup, td, 2, &isnull));
			text	   *row_url = DatumGetTextPP(SPI_getbinval(tup, td, 3, &isnull));
			SlotKey    *key;

			/* finish keys before this row's meeting point: their remaining slots are new */
			while (k < nchanged && changed[k]->meeting_point_id < row_mp)
			{
				for (; pos < changed[k]->nslots; pos++)
					PushInsert(ch, changed[k]->meeting_point_id, &changed[k]->slots[pos]);
				k++;
				pos = 0;
			}
			if (k >= nchanged || changed[k]->meeting_point_id != row_mp)
				elog(ERROR, "stored slot of an unexpected meeting point " INT64_FORMAT, row_mp);
			key = changed[k];

			/* new slots before this stored one are inserts */
			while (pos < key->nslots && key->slots[pos].at < row_at)
				PushInsert(ch, row_mp, &key->slots[pos++]);

			if (pos < key->nslots && key->slots[pos].at == row_at)
			{
				SlotItem   *s = &key->slots[pos++];

				if (VARSIZE_ANY_EXHDR(row_url) == (Size) s->urllen &&
					memcmp(VARDATA_ANY(row_url), s->url, s->urllen) == 0)
					report->unchanged++;
				else
				{
					column_push(&ch->upd_mp, Int64GetDatum(row_mp), false);
					column_push(&ch->upd_at, TimestampTzGetDatum(row_at), false);
					column_push_text(&ch->upd_url, s->url, s->urllen);
				}
			}
			else
			{
				/* stored but no longer offered */
				column_push(&ch->del_mp, Int64GetDatum(row_mp), false);
				column_push(&ch->del_at, TimestampTzGetDatum(row_at), false);
			}
		}
		SPI_freetuptable(SPI_tuptable);
		CHECK_FOR_INTERRUPTS();
	}
	SPI_cursor_close(portal);

	/* whatever is left is new */
	for (; k < nchanged; k++, pos = 0)
		for (; pos < changed[k]->nslots; pos++)
			PushInsert(ch, changed[k]->meeting_point_id, &changed[k]->slots[pos]);
}

static const char *const lookup_meeting_points_sql =
"SELECT external_id, meeting_point_id, time_zone FROM rdvmairie.meeting_point"
" WHERE editor_id = $1 AND external_id = ANY ($2)";

static const char *const stored_windows_sql =
"SELECT meeting_point_id, content_hash FROM rdvmairie.slot_window"
" WHERE meeting_point_id = ANY ($1) AND reason = $2::rdvmairie.reason"
"   AND documents_number = $3 AND start_date = $4 AND end_date = $5"
"   AND content_hash IS NOT NULL";

static const char *const upsert_windows_sql =
"INSERT INTO rdvmairie.slot_window AS w"
"  (meeting_point_id, reason, documents_number, start_date, end_date, starts_from, ends_before,"
"   slot_count, first_slot, content_hash, day_counts, confirmed_at, changed_at)"
" SELECT k.mp, $7::rdvmairie.reason, $8, $9, $10, k.lo, k.hi, k.n, k.first, k.hash,"
"        $12[(k.ord - 1) * $13 + 1 : k.ord * $13], $11, $11"
"   FROM unnest($1, $2, $3, $4, $5, $6) WITH ORDINALITY AS k(mp, lo, hi, n, first, hash, ord)"
" ON CONFLICT (meeting_point_id, reason, documents_number, start_date, end_date) DO UPDATE SET"
"   starts_from = EXCLUDED.starts_from, ends_before = EXCLUDED.ends_before,"
"   slot_count = EXCLUDED.slot_count, first_slot = EXCLUDED.first_slot,"
"   content_hash = EXCLUDED.content_hash, day_counts = EXCLUDED.day_counts,"
"   confirmed_at = EXCLUDED.confirmed_at,"
"   changed_at = CASE WHEN w.content_hash IS DISTINCT FROM EXCLUDED.content_hash"
"                     THEN EXCLUDED.changed_at ELSE w.changed_at END";

/* Other windows overlapping a rewritten one no longer match their hash. */
static const char *const invalidate_windows_sql =
"UPDATE rdvmairie.slot_window w SET content_hash = NULL, day_counts = NULL"
"  FROM unnest($1) AS m(id)"
" WHERE w.meeting_point_id = m.id AND w.reason = $2::rdvmairie.reason"
"   AND w.documents_number = $3 AND (w.content_hash IS NOT NULL OR w.day_counts IS NOT NULL)"
"   AND w.start_date <= $5 AND w.end_date >= $4"
"   AND (w.start_date, w.end_date) <> ($4, $5)";

static text *
CanonicalReason(text *reason)
{
	char	   *r = text_to_cstring(reason);

	if (strcmp(r, "CNI") != 0 && strcmp(r, "PASSPORT") != 0 && strcmp(r, "CNI-PASSPORT") != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown reason \"%s\"", r),
				 errhint("Use CNI, PASSPORT or CNI-PASSPORT.")));
	return reason;
}

Datum
ingest_slots(PG_FUNCTION_ARGS)
{
	text	   *editor_id = RequireTextArg(fcinfo, 0, "editor_id");
	Jsonb	   *payload;
	DateADT		start_date,
				end_date;
	text	   *reason;
	int32		documents;
	TimestampTz now = GetCurrentTransactionStartTimestamp();
	MemoryContext callerCxt = CurrentMemoryContext;
	MemoryContext workCxt;
	IngestReport report = {0};
	RejectLog	log;
	SlotKey    *keys;
	int			nkeys = 0;
	HTAB	   *seen;
	bool		sends_utc;
	JsonbIterator *it;
	JsonbValue	v;
	JsonbIteratorToken tok;
	int			i;

	/* on a standby or in a read-only transaction, say so first: even an empty feed is refused */
	PreventCommandIfReadOnly("ingest_slots()");

	if (PG_ARGISNULL(2) || PG_ARGISNULL(3))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("start_date and end_date must not be null")));
	start_date = PG_GETARG_DATEADT(2);
	end_date = PG_GETARG_DATEADT(3);
	if (DATE_NOT_FINITE(start_date) || DATE_NOT_FINITE(end_date))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("the slot window must have finite dates")));
	if (end_date < start_date)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("end_date must not be before start_date")));
	if (end_date - start_date + 1 > MAX_WINDOW_DAYS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("slot window of %d days is longer than %d days", end_date - start_date + 1,
						MAX_WINDOW_DAYS),
				 errhint("Split the window into several requests.")));
	reason = CanonicalReason(RequireTextArg(fcinfo, 4, "reason"));
	if (PG_ARGISNULL(5))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("documents_number must not be null")));
	documents = PG_GETARG_INT32(5);
	if (documents < 1 || documents > 10)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("documents_number must be between 1 and 10, not %d", documents)));
	payload = RequirePayload(fcinfo, 1);
	if (JB_ROOT_IS_SCALAR(payload) || !JB_ROOT_IS_OBJECT(payload))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("slots payload must be a JSON object"),
				 errdetail("An availableTimeSlots answer maps each meeting point id to an array of slots.")));

	workCxt = AllocSetContextCreate(CurrentMemoryContext, "rdvmairie ingest", ALLOCSET_DEFAULT_SIZES);
	MemoryContextSwitchTo(workCxt);
	RejectInit(&log);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	sends_utc = LockEditor(editor_id);

	/* 1. the keys: meeting point ids, normalised and de-duplicated */
	keys = palloc0(sizeof(SlotKey) * Max(JB_ROOT_COUNT(payload), 1));
	seen = SeenIdTable("rdvmairie slot keys", JB_ROOT_COUNT(payload));
	it = JsonbIteratorInit(&payload->root);
	while ((tok = JsonbIteratorNext(&it, &v, true)) != WJB_DONE)
	{
		SlotKey    *key;

		if (tok == WJB_KEY)
		{
			key = &keys[nkeys];
			if (rdv_normalize_external_id(v.val.string.val, v.val.string.len, false,
										  key->external_id, sizeof(key->external_id)) == 0)
				key->external_id[0] = '\0';
			continue;
		}
		if (tok != WJB_VALUE)
			continue;
		key = &keys[nkeys];
		key->value = v;
		if (key->external_id[0] == '\0')
		{
			report.received += ItemCount(&v);
			report.rejected += ItemCount(&v);
			RejectAdd(&log, NULL, -1, "invalid_id", "the meeting point id is empty or not readable text", &v, false);
			memset(key, 0, sizeof(*key));
			continue;
		}
		{
			bool		found;
			SeenId	   *e = hash_search(seen, key->external_id, HASH_ENTER, &found);

			if (found)
			{
				report.received += ItemCount(&v);
				report.rejected += ItemCount(&v);
				RejectAdd(&log, key->external_id, -1, "duplicate_key",
						  "another key of the payload names the same meeting point", &v, false);
				memset(key, 0, sizeof(*key));
				continue;
			}
			e->index = nkeys;
			e->meeting_point_id = 0;
		}
		nkeys++;
	}

	/* 2. which keys are this vendor's meeting points, in which time zone */
	if (nkeys > 0)
	{
		static SPIPlanPtr plan = NULL;
		Oid			argtypes[2] = {TEXTOID, TEXTARRAYOID};
		Datum		values[2];
		ColumnBuffer ids;
		uint64		r;

		column_init(&ids, TEXTOID);
		for (i = 0; i < nkeys; i++)
			column_push_text(&ids, keys[i].external_id, strlen(keys[i].external_id));
		values[0] = PointerGetDatum(editor_id);
		values[1] = column_to_array(&ids);
		run_plan(prepared_plan(&plan, lookup_meeting_points_sql, 2, argtypes), values, false, SPI_OK_SELECT);
		for (r = 0; r < SPI_processed; r++)
		{
			HeapTuple	tup = SPI_tuptable->vals[r];
			TupleDesc	td = SPI_tuptable->tupdesc;
			bool		isnull;
			char	   *ext = SPI_getvalue(tup, td, 1);
			char	   *zone = SPI_getvalue(tup, td, 3);
			SeenId	   *e = hash_search(seen, ext, HASH_FIND, NULL);

			if (e == NULL)
				continue;
			e->meeting_point_id = DatumGetInt64(SPI_getbinval(tup, td, 2, &isnull));
			strlcpy(e->time_zone, zone, sizeof(e->time_zone));
		}
	}

	/* 3. each key's slots, normalised */
	for (i = 0; i < nkeys; i++)
	{
		SlotKey    *key = &keys[i];
		SeenId	   *e = hash_search(seen, key->external_id, HASH_FIND, NULL);
		pg_tz	   *tz;

		if (e->meeting_point_id == 0)
		{
			int			n = ItemCount(&key->value);

			report.received += n;
			report.rejected += n;
			RejectAdd(&log, key->external_id, -1, "unknown_meeting_point",
					  psprintf("vendor has no meeting point with this id (%d slot%s dropped)", n, n == 1 ? "" : "s"),
					  &key->value, false);
			continue;
		}
		if (key->value.type != jbvBinary || !JsonContainerIsArray(key->value.val.binary.data))
		{
			report.received++;
			report.rejected++;
			RejectAdd(&log, key->external_id, -1, "not_an_array",
					  psprintf("the slots of a meeting point must be a JSON array, not %s",
							   JsonTypeName(&key->value)),
					  &key->value, false);
			continue;
		}
		key->meeting_point_id = e->meeting_point_id;
		tz = ZoneOrError(e->time_zone);
		key->lo = LocalMidnight(start_date, tz);
		key->hi = LocalMidnight(end_date + 1, tz);
		NormaliseSlots(key, tz, sends_utc, now, &log, &report);
		CountSlotsPerDay(key, tz, start_date, end_date - start_date + 1);
	}

	/* 4. windows whose stored hash matches are unchanged: no diff, no slot write */
	{
		static SPIPlanPtr plan = NULL;
		Oid			argtypes[5] = {INT8ARRAYOID, TEXTOID, INT2OID, DATEOID, DATEOID};
		Datum		values[5];
		ColumnBuffer mps;
		HTAB	   *by_mp;
		HASHCTL		ctl;
		SlotKey   **changed;
		int			nchanged = 0;
		uint64		r;
		SlotChanges ch;

		memset(&ctl, 0, sizeof(ctl));
		ctl.keysize = sizeof(int64);
		ctl.entrysize = sizeof(int64) + sizeof(SlotKey *);
		ctl.hcxt = CurrentMemoryContext;
		by_mp = hash_create("rdvmairie slot keys by meeting point", Max(nkeys, 16), &ctl,
							HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
		column_init(&mps, INT8OID);
		for (i = 0; i < nkeys; i++)
			if (keys[i].meeting_point_id != 0 && !keys[i].broken)
			{
				bool		found;
				void	   *e = hash_search(by_mp, &keys[i].meeting_point_id, HASH_ENTER, &found);

				if (found)
				{
					/* two ids normalising to the same point cannot happen: ids are unique per vendor */
					elog(ERROR, "meeting point " INT64_FORMAT " appears twice", keys[i].meeting_point_id);
				}
				*(SlotKey **) ((char *) e + sizeof(int64)) = &keys[i];
				column_push(&mps, Int64GetDatum(keys[i].meeting_point_id), false);
			}

		if (mps.n > 0)
		{
			values[0] = column_to_array(&mps);
			values[1] = PointerGetDatum(reason);
			values[2] = Int16GetDatum((int16) documents);
			values[3] = DateADTGetDatum(start_date);
			values[4] = DateADTGetDatum(end_date);
			run_plan(prepared_plan(&plan, stored_windows_sql, 5, argtypes), values, false, SPI_OK_SELECT);
			for (r = 0; r < SPI_processed; r++)
			{
				bool		isnull;
				int64		mp = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[r], SPI_tuptable->tupdesc, 1, &isnull));
				int64		h = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[r], SPI_tuptable->tupdesc, 2, &isnull));
				void	   *e = hash_search(by_mp, &mp, HASH_FIND, NULL);

				if (e != NULL)
				{
					SlotKey    *key = *(SlotKey **) ((char *) e + sizeof(int64));

					if ((uint64) h == key->hash)
					{
						key->unchanged = true;
						report.unchanged += key->nslots;
					}
				}
			}
		}

		/* 5. the others: diff against what is stored, write only the differences */
		changed = palloc(sizeof(SlotKey *) * Max(nkeys, 1));
		for (i = 0; i < nkeys; i++)
			if (keys[i].meeting_point_id != 0 && !keys[i].broken && !keys[i].unchanged)
				changed[nchanged++] = &keys[i];

		memset(&ch, 0, sizeof(ch));
		column_init(&ch.upd_mp, INT8OID);
		column_init(&ch.upd_at, TIMESTAMPTZOID);
		column_init(&ch.upd_url, TEXTOID);
		column_init(&ch.del_mp, INT8OID);
		column_init(&ch.del_at, TIMESTAMPTZOID);
		if (nchanged > 0)
			DiffSlots(changed, nchanged, reason, (int16) documents, now, &ch, &report);
		report.inserted = ch.ins_n;
		report.updated = ch.upd_mp.n;
		report.removed = ch.del_mp.n;
		WriteSlotChanges(&ch, reason, (int16) documents, now);

		/* 6. every window present is confirmed now; rewritten ones invalidate their neighbours */
		if (mps.n > 0)
		{
			static SPIPlanPtr upsert_plan = NULL;
			static SPIPlanPtr invalidate_plan = NULL;
			Oid			wtypes[13] = {INT8ARRAYOID, TIMESTAMPTZARRAYOID, TIMESTAMPTZARRAYOID, INT4ARRAYOID,
				TIMESTAMPTZARRAYOID, INT8ARRAYOID, TEXTOID, INT2OID, DATEOID, DATEOID,
			TIMESTAMPTZOID, INT4ARRAYOID, INT4OID};
			int			ndays = end_date - start_date + 1;
			ColumnBuffer wdays;
			Oid			itypes[5] = {INT8ARRAYOID, TEXTOID, INT2OID, DATEOID, DATEOID};
			Datum		wvalues[13];
			ColumnBuffer wmp,
						wlo,
						whi,
						wn,
						wfirst,
						whash,
						changed_mp;

			column_init(&wmp, INT8OID);
			column_init(&wlo, TIMESTAMPTZOID);
			column_init(&whi, TIMESTAMPTZOID);
			column_init(&wn, INT4OID);
			column_init(&wfirst, TIMESTAMPTZOID);
			column_init(&whash, INT8OID);
			column_init(&changed_mp, INT8OID);
			column_init(&wdays, INT4OID);
			for (i = 0; i < nkeys; i++)
			{
				SlotKey    *key = &keys[i];

				if (key->meeting_point_id == 0 || key->broken)
					continue;
				column_push(&wmp, Int64GetDatum(key->meeting_point_id), false);
				column_push(&wlo, TimestampTzGetDatum(key->lo), false);
				column_push(&whi, TimestampTzGetDatum(key->hi), false);
				column_push(&wn, Int32GetDatum(key->nslots), false);
				column_push(&wfirst, key->nslots > 0 ? TimestampTzGetDatum(key->slots[0].at) : (Datum) 0,
							key->nslots == 0);
				column_push(&whash, Int64GetDatum((int64) key->hash), false);
				{
					int			d;

					for (d = 0; d < ndays; d++)
						column_push(&wdays, Int32GetDatum(key->day_counts[d]), false);
				}
				if (!key->unchanged)
					column_push(&changed_mp, Int64GetDatum(key->meeting_point_id), false);
			}
			wvalues[0] = column_to_array(&wmp);
			wvalues[1] = column_to_array(&wlo);
			wvalues[2] = column_to_array(&whi);
			wvalues[3] = column_to_array(&wn);
			wvalues[4] = column_to_array(&wfirst);
			wvalues[5] = column_to_array(&whash);
			wvalues[6] = PointerGetDatum(reason);
			wvalues[7] = Int16GetDatum((int16) documents);
			wvalues[8] = DateADTGetDatum(start_date);
			wvalues[9] = DateADTGetDatum(end_date);
			wvalues[10] = TimestampTzGetDatum(now);
			wvalues[11] = column_to_array(&wdays);
			wvalues[12] = Int32GetDatum(ndays);
			run_plan(prepared_plan(&upsert_plan, upsert_windows_sql, 13, wtypes), wvalues, false, SPI_OK_INSERT);

			if (changed_mp.n > 0)
			{
				wvalues[0] = column_to_array(&changed_mp);
				wvalues[1] = PointerGetDatum(reason);
				wvalues[2] = Int16GetDatum((int16) documents);
				wvalues[3] = DateADTGetDatum(start_date);
				wvalues[4] = DateADTGetDatum(end_date);
				run_plan(prepared_plan(&invalidate_plan, invalidate_windows_sql, 5, itypes), wvalues,
						 false, SPI_OK_UPDATE);
			}
		}
	}

	RejectFlush(&log, editor_id, "slots", now);

	SPI_finish();
	MemoryContextSwitchTo(callerCxt);
	MemoryContextDelete(workCxt);
	PG_RETURN_DATUM(ReportDatum(fcinfo, &report));
}
