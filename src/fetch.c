/*
 * fetch.c — vendor feeds over HTTP: CALL rdvmairie.refresh_feeds(editor_id, feeds).
 *
 * Every enabled vendor is fetched concurrently with libcurl's multi interface:
 * first the meeting point lists that are due, then availableTimeSlots for the
 * vendor's online meeting points, in batches of ids, over a rolling window cut
 * into shorter windows, for each reason and documents number it is configured
 * for.  No transfer runs while a lock is held: a vendor's answers are ingested
 * (through ingest_meeting_points / ingest_slots, each in a subtransaction so a
 * bad answer never spoils a good one) only once all of them have arrived, and
 * each vendor is committed on its own.  A vendor that times out twice in a run
 * is given up for the run; after a few failed runs in a
 * row (RDV_FEED_MAX_FAILURES) the circuit breaker skips it until
 * rdvmairie.feed_cooldown has passed.  Cancelling
 * the call stops every transfer at once.
 */
#include "postgres.h"

#include <curl/curl.h>

#include "access/xact.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "nodes/parsenodes.h"
#include "utils/array.h"
#include "tcop/utility.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/memutils.h"
#include "utils/resowner.h"
#include "utils/timestamp.h"

#include "batch.h"
#include "rdvmairie.h"

PG_FUNCTION_INFO_V1(refresh_feeds);

#define MAX_REDIRECTS 3
/* timeouts after which a vendor is given up for the rest of the run */
#define GIVE_UP_AFTER_TIMEOUTS 2

typedef enum FeedKind
{
	FEED_MEETING_POINTS,
	FEED_SLOTS
} FeedKind;

typedef struct Vendor Vendor;

/* One HTTP request and its answer.  Bodies live in malloc'd memory: libcurl's
 * callbacks must not palloc (an out-of-memory ERROR would longjmp through it). */
typedef struct Request
{
	Vendor	   *vendor;
	FeedKind	kind;
	char	   *url;			/* palloc'd, in the run context */
	char	   *reason;
	int			documents;
	DateADT		window_start;
	DateADT		window_end;
	int			redirects;

	CURL	   *easy;
	struct curl_slist *headers;
	char	   *body;			/* malloc'd */
	size_t		len;
	size_t		cap;
	bool		too_big;
	bool		done;
	long		http_status;
	CURLcode	result;
	char		errbuf[CURL_ERROR_SIZE];
	TimestampTz started_at;
	double		duration_ms;
	double		ingest_ms;		/* < 0 when not ingested */
	struct Request *next;		/* the vendor's queue of requests to start */
	struct Request *all_next;	/* every request of the phase, in planning order */
} Request;

struct Vendor
{
	char	   *editor_id;
	char	   *base_url;
	char	   *token;
	char	  **reasons;
	int			nreasons;
	int		   *documents;
	int			ndocuments;
	bool		mp_due;
	Request    *queue;			/* not yet started */
	Request    *all;			/* every request of the phase, for ingestion */
	int			nall;
	int			in_flight;
	int			pending;		/* started or queued, not done */
	int			timeouts;
	bool		given_up;
	bool		ingested;
	int			failures;		/* requests that failed in this run */
	char	   *first_error;
};

typedef struct Run
{
	MemoryContext cxt;
	CURLM	   *multi;
	Vendor	   *vendors;
	int			nvendors;
	int			in_flight;
	TimestampTz started_at;
	bool		nonatomic;
} Run;

/* ------------------------------------------------------------------------
 * libcurl callbacks (no palloc, no ereport in here)
 * ------------------------------------------------------------------------ */

static size_t
WriteBody(char *data, size_t size, size_t nmemb, void *userdata)
{
	Request    *req = userdata;
	size_t		n = size * nmemb;

	if (req->len + n > (size_t) rdv_fetch_max_kb * 1024)
	{
		req->too_big = true;
		return 0;				/* aborts the transfer */
	}
	if (req->len + n + 1 > req->cap)
	{
		size_t		cap = Max(req->cap * 2, req->len + n + 1);
		char	   *p = realloc(req->body, Max(cap, 16384));

		if (p == NULL)
			return 0;
		req->body = p;
		req->cap = Max(cap, 16384);
	}
	memcpy(req->body + req->len, data, n);
	req->len += n;
	req->body[req->len] = '\0';
	return n;
}

/* Cancelling the statement (or terminating the backend) stops every transfer. */
static int
Progress(void *clientp, curl_off_t dltotal, curl_off_t dlnow, curl_off_t ultotal, curl_off_t ulnow)
{
	return (QueryCancelPending || ProcDiePending) ? 1 : 0;
}

/* ------------------------------------------------------------------------
 * Requests
 * ------------------------------------------------------------------------ */

static char *
JoinUrl(const char *base, const char *path)
{
	size_t		n = strlen(base);

	while (n > 0 && base[n - 1] == '/')
		n--;
	return psprintf("%.*s/%s", (int) n, base, path);
}


/* Appends "&key=value" with the value URL-encoded. */
static void
AppendParam(StringInfo buf, CURL *curl, const char *key, const char *value)
{
	char	   *enc = curl_easy_escape(curl, value, 0);

	appendStringInfo(buf, "%c%s=%s", strchr(buf->data, '?') ? '&' : '?', key, enc ? enc : "");
	curl_free(enc);
}

static void
StartRequest(Run *run, Request *req)
{
	Vendor	   *v = req->vendor;
	CURL	   *e = curl_easy_init();
	char	   *header;

	if (e == NULL)
		elog(ERROR, "could not create an HTTP request");
	req->easy = e;
	req->len = 0;
	req->too_big = false;
	req->errbuf[0] = '\0';
	header = psprintf("X-HUB-RDV-AUTH-TOKEN: %s", v->token ? v->token : "");
	req->headers = curl_slist_append(NULL, header);
	req->headers = curl_slist_append(req->headers, "Accept: application/json");
	pfree(header);

	curl_easy_setopt(e, CURLOPT_URL, req->url);
	curl_easy_setopt(e, CURLOPT_HTTPHEADER, req->headers);
	curl_easy_setopt(e, CURLOPT_USERAGENT, "rdvmairie");
	curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L);	/* same-host redirects are followed by hand */
	curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 1L);
	curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, 2L);
	curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, (long) rdv_fetch_connect_timeout_ms);
	curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, (long) rdv_fetch_timeout_ms);
	curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t) rdv_fetch_max_kb * 1024);
	curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "");	/* gzip when the vendor offers it */
	curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, WriteBody);
	curl_easy_setopt(e, CURLOPT_WRITEDATA, req);
	curl_easy_setopt(e, CURLOPT_NOPROGRESS, 0L);
	curl_easy_setopt(e, CURLOPT_XFERINFOFUNCTION, Progress);
	curl_easy_setopt(e, CURLOPT_ERRORBUFFER, req->errbuf);
	curl_easy_setopt(e, CURLOPT_PRIVATE, req);
	req->started_at = GetCurrentTimestamp();
	if (curl_multi_add_handle(run->multi, e) != CURLM_OK)
		elog(ERROR, "could not start an HTTP request");
	v->in_flight++;
	run->in_flight++;
}

static void
ReleaseEasy(Run *run, Request *req)
{
	if (req->easy)
	{
		curl_multi_remove_handle(run->multi, req->easy);
		curl_easy_cleanup(req->easy);
		req->easy = NULL;
	}
	if (req->headers)
	{
		curl_slist_free_all(req->headers);
		req->headers = NULL;
	}
}

/* Starts queued requests within the global and per-vendor limits. */
static void
StartQueued(Run *run)
{
	int			i;
	bool		progress = true;

	while (progress && run->in_flight < rdv_fetch_max_connections)
	{
		progress = false;
		for (i = 0; i < run->nvendors && run->in_flight < rdv_fetch_max_connections; i++)
		{
			Vendor	   *v = &run->vendors[i];
			Request    *req = v->queue;

			if (req == NULL || v->in_flight >= rdv_fetch_vendor_connections)
				continue;
			v->queue = req->next;
			StartRequest(run, req);
			progress = true;
		}
	}
}

/* Same scheme, host and port: the only redirects followed. */
static bool
SameOrigin(const char *a, const char *b)
{
	CURLU	   *ua = curl_url();
	CURLU	   *ub = curl_url();
	bool		same = false;
	char	   *sa = NULL,
			   *sb = NULL,
			   *ha = NULL,
			   *hb = NULL,
			   *pa = NULL,
			   *pb = NULL;

	if (ua && ub && curl_url_set(ua, CURLUPART_URL, a, 0) == CURLUE_OK &&
		curl_url_set(ub, CURLUPART_URL, b, 0) == CURLUE_OK &&
		curl_url_get(ua, CURLUPART_SCHEME, &sa, 0) == CURLUE_OK &&
		curl_url_get(ub, CURLUPART_SCHEME, &sb, 0) == CURLUE_OK &&
		curl_url_get(ua, CURLUPART_HOST, &ha, 0) == CURLUE_OK &&
		curl_url_get(ub, CURLUPART_HOST, &hb, 0) == CURLUE_OK &&
		curl_url_get(ua, CURLUPART_PORT, &pa, CURLU_DEFAULT_PORT) == CURLUE_OK &&
		curl_url_get(ub, CURLUPART_PORT, &pb, CURLU_DEFAULT_PORT) == CURLUE_OK)
		same = pg_strcasecmp(sa, sb) == 0 && pg_strcasecmp(ha, hb) == 0 && strcmp(pa, pb) == 0;
	curl_free(sa);
	curl_free(sb);
	curl_free(ha);
	curl_free(hb);
	curl_free(pa);
	curl_free(pb);
	curl_url_cleanup(ua);
	curl_url_cleanup(ub);
	return same;
}

static void
FinishRequest(Run *run, Request *req, CURLcode result)
{
	Vendor	   *v = req->vendor;
	char	   *location = NULL;

	curl_easy_getinfo(req->easy, CURLINFO_RESPONSE_CODE, &req->http_status);
	req->result = result;
	req->duration_ms = (GetCurrentTimestamp() - req->started_at) / 1000.0;
	v->in_flight--;
	run->in_flight--;

	/* a redirect to the same host is followed, anything else is an error */
	if (result == CURLE_OK && req->http_status >= 300 && req->http_status < 400 &&
		curl_easy_getinfo(req->easy, CURLINFO_REDIRECT_URL, &location) == CURLE_OK && location &&
		req->redirects < MAX_REDIRECTS && SameOrigin(req->url, location))
	{
		req->url = MemoryContextStrdup(run->cxt, location);
		req->redirects++;
		ReleaseEasy(run, req);
		req->next = v->queue;
		v->queue = req;
		return;
	}
	ReleaseEasy(run, req);
	req->done = true;
	v->pending--;

	if (result == CURLE_OPERATION_TIMEDOUT && ++v->timeouts >= GIVE_UP_AFTER_TIMEOUTS && !v->given_up)
	{
		/* a hanging vendor costs the others nothing: drop its queued requests */
		v->given_up = true;
		while (v->queue)
		{
			Request    *q = v->queue;

			v->queue = q->next;
			q->done = true;
			q->result = CURLE_OPERATION_TIMEDOUT;
			snprintf(q->errbuf, sizeof(q->errbuf), "not sent: the vendor timed out %d times in this run",
					 GIVE_UP_AFTER_TIMEOUTS);
			v->pending--;
		}
	}
}

/* ------------------------------------------------------------------------
 * Ingestion of one vendor's answers
 * ------------------------------------------------------------------------ */

/* Why an answer cannot be ingested, or NULL. */
static char *
AnswerProblem(Request *req)
{
	if (req->too_big)
		return psprintf("answer larger than rdvmairie.fetch_max_size (%d kB)", rdv_fetch_max_kb);
	if (req->result == CURLE_FILESIZE_EXCEEDED)
		return psprintf("answer larger than rdvmairie.fetch_max_size (%d kB)", rdv_fetch_max_kb);
	if (req->result != CURLE_OK)
		return psprintf("%s%s%s", curl_easy_strerror(req->result), req->errbuf[0] ? ": " : "", req->errbuf);
	if (req->http_status >= 300 && req->http_status < 400)
		return psprintf("HTTP %ld: redirect to another host refused", req->http_status);
	if (req->http_status != 200)
		return psprintf("HTTP %ld", req->http_status);
	if (req->len == 0)
		return pstrdup("empty answer");
	if (memchr(req->body, '\0', req->len) != NULL)
		return pstrdup("answer contains NUL bytes");
	if (!pg_verify_mbstr(PG_UTF8, req->body, (int) req->len, true))
		return pstrdup("answer is not valid UTF-8");
	return NULL;
}

static void
RecordRun(Run *run, Request *req, const int32 *report, const char *error)
{
	static SPIPlanPtr plan = NULL;
	Oid			types[20] = {TIMESTAMPTZOID, TEXTOID, TEXTOID, TEXTOID, TEXTOID, INT2OID, DATEOID, DATEOID,
		INT4OID, TIMESTAMPTZOID, FLOAT8OID, INT8OID, INT4OID, INT4OID, INT4OID, INT4OID, INT4OID,
	INT4OID, TEXTOID, FLOAT8OID};
	Datum		values[20];
	char		nulls[20];
	int			i;

	memset(nulls, ' ', sizeof(nulls));
	values[0] = TimestampTzGetDatum(run->started_at);
	values[1] = CStringGetTextDatum(req->vendor->editor_id);
	values[2] = CStringGetTextDatum(req->kind == FEED_SLOTS ? "slots" : "meeting_points");
	values[3] = CStringGetTextDatum(req->url);
	if (req->kind == FEED_SLOTS)
	{
		values[4] = CStringGetTextDatum(req->reason);
		values[5] = Int16GetDatum((int16) req->documents);
		values[6] = DateADTGetDatum(req->window_start);
		values[7] = DateADTGetDatum(req->window_end);
	}
	else
		nulls[4] = nulls[5] = nulls[6] = nulls[7] = 'n';
	values[8] = Int32GetDatum((int32) req->http_status);
	if (req->http_status == 0)
		nulls[8] = 'n';
	values[9] = TimestampTzGetDatum(req->started_at ? req->started_at : GetCurrentTimestamp());
	values[10] = Float8GetDatum(req->duration_ms);
	values[11] = Int64GetDatum((int64) req->len);
	for (i = 0; i < 6; i++)
	{
		values[12 + i] = Int32GetDatum(report ? report[i] : 0);
		if (report == NULL)
			nulls[12 + i] = 'n';
	}
	values[18] = error ? CStringGetTextDatum(error) : (Datum) 0;
	if (error == NULL)
		nulls[18] = 'n';
	values[19] = Float8GetDatum(req->ingest_ms);
	if (req->ingest_ms < 0)
		nulls[19] = 'n';
	if (plan == NULL)
	{
		plan = SPI_prepare("INSERT INTO rdvmairie.feed_run (run_started_at, editor_id, feed, url, reason,"
						   " documents_number, window_start, window_end, http_status, started_at, duration_ms,"
						   " bytes, received, inserted, updated, unchanged, removed, rejected, error, ingest_ms)"
						   " VALUES ($1, $2, $3, $4, $5::rdvmairie.reason, $6, $7, $8, $9, $10, $11, $12,"
						   " $13, $14, $15, $16, $17, $18, $19, $20)", 20, types);
		if (plan == NULL || SPI_keepplan(plan) != 0)
			elog(ERROR, "could not prepare the feed_run insert");
	}
	if (SPI_execute_plan(plan, values, nulls, false, 0) != SPI_OK_INSERT)
		elog(ERROR, "could not record a feed run");
}

/*
 * Ingests one answer in a subtransaction: a payload that ingestion refuses
 * (not JSON, wrong shape, too large) is recorded and the vendor's other
 * answers still land.  A cancel is never swallowed.
 */
static char *
IngestAnswer(Request *req, int32 *report)
{
	MemoryContext oldcxt = CurrentMemoryContext;
	ResourceOwner oldowner = CurrentResourceOwner;
	char	   *volatile error = NULL;

	BeginInternalSubTransaction(NULL);
	MemoryContextSwitchTo(oldcxt);
	PG_TRY();
	{
		Oid			types[6] = {TEXTOID, TEXTOID, DATEOID, DATEOID, TEXTOID, INT4OID};
		Datum		values[6];
		int			rc;
		int			i;

		values[0] = CStringGetTextDatum(req->vendor->editor_id);
		values[1] = PointerGetDatum(cstring_to_text_with_len(req->body, (int) req->len));
		if (req->kind == FEED_SLOTS)
		{
			values[2] = DateADTGetDatum(req->window_start);
			values[3] = DateADTGetDatum(req->window_end);
			values[4] = CStringGetTextDatum(req->reason);
			values[5] = Int32GetDatum(req->documents);
			rc = SPI_execute_with_args("SELECT * FROM rdvmairie.ingest_slots($1, $2::jsonb, $3, $4, $5, $6)",
									   6, types, values, NULL, false, 1);
		}
		else
			rc = SPI_execute_with_args("SELECT * FROM rdvmairie.ingest_meeting_points($1, $2::jsonb)",
									   2, types, values, NULL, false, 1);
		if (rc != SPI_OK_SELECT || SPI_processed != 1)
			elog(ERROR, "ingestion returned no report");
		for (i = 0; i < 6; i++)
		{
			bool		isnull;

			report[i] = DatumGetInt32(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, i + 1, &isnull));
		}
		ReleaseCurrentSubTransaction();
		MemoryContextSwitchTo(oldcxt);
		CurrentResourceOwner = oldowner;
	}
	PG_CATCH();
	{
		ErrorData  *edata;

		MemoryContextSwitchTo(oldcxt);
		edata = CopyErrorData();
		if (edata->sqlerrcode == ERRCODE_QUERY_CANCELED || edata->sqlerrcode == ERRCODE_ADMIN_SHUTDOWN)
			PG_RE_THROW();
		FlushErrorState();
		RollbackAndReleaseCurrentSubTransaction();
		MemoryContextSwitchTo(oldcxt);
		CurrentResourceOwner = oldowner;
		error = psprintf("ingestion refused the answer: %s", edata->message);
		FreeErrorData(edata);
	}
	PG_END_TRY();
	return error;
}

static void
UpdateHealth(Run *run, Vendor *v, bool failed, bool mp_ingested)
{
	Oid			types[6] = {TEXTOID, TIMESTAMPTZOID, BOOLOID, TEXTOID, INT4OID, BOOLOID};
	Datum		values[6];
	char		nulls[6] = {' ', ' ', ' ', ' ', ' ', ' '};

	values[0] = CStringGetTextDatum(v->editor_id);
	values[1] = TimestampTzGetDatum(GetCurrentTimestamp());
	values[2] = BoolGetDatum(failed);
	values[3] = v->first_error ? CStringGetTextDatum(v->first_error) : (Datum) 0;
	if (v->first_error == NULL)
		nulls[3] = 'n';
	values[4] = Int32GetDatum(rdv_feed_cooldown_minutes);
	values[5] = BoolGetDatum(mp_ingested);
	if (SPI_execute_with_args(
							  "INSERT INTO rdvmairie.feed_health AS h (editor_id, last_run_at, last_success_at, last_failure_at,"
							  "  last_error, consecutive_failures, open_until, meeting_points_fetched_at)"
							  " VALUES ($1, $2, CASE WHEN $3 THEN NULL ELSE $2 END, CASE WHEN $3 THEN $2 END, $4,"
							  "         CASE WHEN $3 THEN 1 ELSE 0 END, NULL, CASE WHEN $6 THEN $2 END)"
							  " ON CONFLICT (editor_id) DO UPDATE SET last_run_at = $2,"
							  "  last_success_at = CASE WHEN $3 THEN h.last_success_at ELSE $2 END,"
							  "  last_failure_at = CASE WHEN $3 THEN $2 ELSE h.last_failure_at END,"
							  "  last_error = CASE WHEN $3 THEN $4 ELSE h.last_error END,"
							  "  consecutive_failures = CASE WHEN $3 THEN h.consecutive_failures + 1 ELSE 0 END,"
							  "  open_until = CASE WHEN $3 AND h.consecutive_failures + 1 >= "
							  CppAsString2(RDV_FEED_MAX_FAILURES)
							  "                    THEN $2 + make_interval(mins => $5) END,"
							  "  meeting_points_fetched_at = CASE WHEN $6 THEN $2 ELSE h.meeting_points_fetched_at END",
							  6, types, values, nulls, false, 0) != SPI_OK_INSERT)
		elog(ERROR, "could not record the health of vendor \"%s\"", v->editor_id);
}

/* All of a vendor's answers are in: ingest them, record them, commit. */
static void
IngestVendor(Run *run, Vendor *v, FeedKind kind)
{
	int			ok = 0;
	int			n = 0;
	bool		mp_ingested = false;
	Request    *req;

	for (req = v->all; req != NULL; req = req->all_next)
	{
		int32		report[6];
		char	   *error = AnswerProblem(req);

		CHECK_FOR_INTERRUPTS();
		req->ingest_ms = -1;
		if (error == NULL)
		{
			TimestampTz t0 = GetCurrentTimestamp();

			error = IngestAnswer(req, report);
			req->ingest_ms = (GetCurrentTimestamp() - t0) / 1000.0;
		}
		RecordRun(run, req, error ? NULL : report, error);
		if (error)
		{
			v->failures++;
			if (v->first_error == NULL)
				v->first_error = MemoryContextStrdup(run->cxt, error);
		}
		else
		{
			ok++;
			if (req->kind == FEED_MEETING_POINTS)
				mp_ingested = true;
		}
		free(req->body);
		req->body = NULL;
		n++;
	}
	/* a run fails when most of its requests failed */
	UpdateHealth(run, v, n > 0 && ok * 2 < n, mp_ingested);
	v->ingested = true;
	if (run->nonatomic)
	{
		SPI_commit();
		MemoryContextSwitchTo(run->cxt);
	}
}

/* ------------------------------------------------------------------------
 * Planning
 * ------------------------------------------------------------------------ */

static void
PlanMeetingPoints(Run *run, Vendor *v)
{
	Request    *req = MemoryContextAllocZero(run->cxt, sizeof(Request));

	req->vendor = v;
	req->kind = FEED_MEETING_POINTS;
	req->url = MemoryContextStrdup(run->cxt, JoinUrl(v->base_url, "getManagedMeetingPoints"));
	v->queue = req;
	v->all = req;
	v->pending = 1;
	v->nall = 1;
}

/* availableTimeSlots for the vendor's online points: batches × windows × reasons × documents */
static void
PlanSlots(Run *run, Vendor *v, CURL *escaper)
{
	Datum		arg = CStringGetTextDatum(v->editor_id);
	Oid			type = TEXTOID;
	char	  **ids;
	int			nids;
	DateADT		today = GetSQLCurrentDate();
	int			b,
				w,
				r,
				d;
	uint64		i;
	Request    *last = NULL;

	if (SPI_execute_with_args("SELECT external_id FROM rdvmairie.meeting_point"
							  " WHERE editor_id = $1 AND online ORDER BY external_id",
							  1, &type, &arg, NULL, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "could not read the meeting points of vendor \"%s\"", v->editor_id);
	nids = (int) SPI_processed;
	ids = MemoryContextAlloc(run->cxt, sizeof(char *) * Max(nids, 1));
	for (i = 0; i < SPI_processed; i++)
		ids[i] = MemoryContextStrdup(run->cxt, SPI_getvalue(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1));
	SPI_freetuptable(SPI_tuptable);

	v->queue = NULL;
	v->all = NULL;
	v->nall = 0;
	v->pending = 0;
	for (b = 0; b < nids; b += rdv_fetch_batch_size)
		for (w = 0; w < rdv_fetch_window_days; w += rdv_fetch_split_days)
			for (r = 0; r < v->nreasons; r++)
				for (d = 0; d < v->ndocuments; d++)
				{
					MemoryContext old = MemoryContextSwitchTo(run->cxt);
					StringInfoData url;
					Request    *req;
					int			k;
					DateADT		start = today + w;
					DateADT		end = today + Min(w + rdv_fetch_split_days, rdv_fetch_window_days) - 1;

					initStringInfo(&url);
					appendStringInfoString(&url, JoinUrl(v->base_url, "availableTimeSlots"));
					for (k = b; k < Min(b + rdv_fetch_batch_size, nids); k++)
						AppendParam(&url, escaper, "meeting_point_ids", ids[k]);
					AppendParam(&url, escaper, "start_date",
								DatumGetCString(DirectFunctionCall1(date_out, DateADTGetDatum(start))));
					AppendParam(&url, escaper, "end_date",
								DatumGetCString(DirectFunctionCall1(date_out, DateADTGetDatum(end))));
					AppendParam(&url, escaper, "reason", v->reasons[r]);
					AppendParam(&url, escaper, "documents_number", psprintf("%d", v->documents[d]));
					req = MemoryContextAllocZero(run->cxt, sizeof(Request));
					req->vendor = v;
					req->kind = FEED_SLOTS;
					req->url = url.data;
					req->reason = v->reasons[r];
					req->documents = v->documents[d];
					req->window_start = start;
					req->window_end = end;
					MemoryContextSwitchTo(old);
					/* the queue and the ingestion list keep planning order */
					if (last)
						last->next = last->all_next = req;
					else
						v->queue = v->all = req;
					last = req;
					v->pending++;
					v->nall++;
				}
}

static void
LoadVendors(Run *run, text *only)
{
	Datum		values[1];
	char		nulls[1] = {' '};
	uint64		i;

	values[0] = only ? PointerGetDatum(only) : (Datum) 0;
	if (only == NULL)
		nulls[0] = 'n';
	if (SPI_execute_with_args(
							  "SELECT e.editor_id, e.base_url, e.auth_token, e.reasons::text[], e.documents_numbers,"
							  "       h.meeting_points_fetched_at IS NULL OR h.meeting_points_fetched_at"
							  "         < now() - make_interval(mins => $2) AS mp_due,"
							  "       h.open_until > now() AS breaker_open"
							  "  FROM rdvmairie.editor e LEFT JOIN rdvmairie.feed_health h USING (editor_id)"
							  " WHERE e.enabled AND e.base_url IS NOT NULL AND ($1::text IS NULL OR e.editor_id = $1)"
							  " ORDER BY e.editor_id",
							  2, (Oid[]) {TEXTOID, INT4OID},
							  (Datum[]) {values[0], Int32GetDatum(rdv_meeting_points_interval_minutes)},
							  (char[]) {nulls[0], ' '}, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "could not read the vendors");
	run->vendors = MemoryContextAllocZero(run->cxt, sizeof(Vendor) * Max(SPI_processed, 1));
	for (i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	td = SPI_tuptable->tupdesc;
		bool		isnull;
		Vendor	   *v;
		Datum		d;
		MemoryContext old;

		d = SPI_getbinval(tup, td, 7, &isnull);
		if (!isnull && DatumGetBool(d))
		{
			ereport(NOTICE,
					(errmsg("vendor \"%s\" is skipped: its circuit breaker is open",
							SPI_getvalue(tup, td, 1)),
					 errhint("It failed %d runs in a row; it is tried again after rdvmairie.feed_cooldown.",
							 RDV_FEED_MAX_FAILURES)));
			continue;
		}
		old = MemoryContextSwitchTo(run->cxt);
		v = &run->vendors[run->nvendors++];
		v->editor_id = SPI_getvalue(tup, td, 1);
		v->base_url = SPI_getvalue(tup, td, 2);
		v->token = SPI_getvalue(tup, td, 3);
		{
			Datum	   *elems;
			bool	   *enulls;
			int			n,
						k;

			deconstruct_array(DatumGetArrayTypeP(SPI_getbinval(tup, td, 4, &isnull)), TEXTOID, -1, false,
							  TYPALIGN_INT, &elems, &enulls, &n);
			v->reasons = palloc(sizeof(char *) * Max(n, 1));
			for (k = 0; k < n; k++)
				v->reasons[k] = TextDatumGetCString(elems[k]);
			v->nreasons = n;
			deconstruct_array(DatumGetArrayTypeP(SPI_getbinval(tup, td, 5, &isnull)), INT4OID, 4, true,
							  TYPALIGN_INT, &elems, &enulls, &n);
			v->documents = palloc(sizeof(int) * Max(n, 1));
			for (k = 0; k < n; k++)
				v->documents[k] = DatumGetInt32(elems[k]);
			v->ndocuments = n;
		}
		d = SPI_getbinval(tup, td, 6, &isnull);
		v->mp_due = isnull || DatumGetBool(d);
		MemoryContextSwitchTo(old);
	}
	SPI_freetuptable(SPI_tuptable);
}

/* Runs the transfers until every vendor's answers are in; ingests vendors as they complete. */
static void
RunTransfers(Run *run, FeedKind kind)
{
	for (;;)
	{
		int			running = 0;
		int			msgs;
		CURLMsg    *msg;
		int			i;
		bool		waiting = false;

		StartQueued(run);
		curl_multi_perform(run->multi, &running);
		while ((msg = curl_multi_info_read(run->multi, &msgs)) != NULL)
		{
			Request    *req;

			if (msg->msg != CURLMSG_DONE)
				continue;
			curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, (char **) &req);
			FinishRequest(run, req, msg->data.result);
		}
		/* fetch first, then write: a vendor is ingested once all its answers are in */
		for (i = 0; i < run->nvendors; i++)
		{
			Vendor	   *v = &run->vendors[i];

			if (!v->ingested && v->nall > 0 && v->pending == 0)
				IngestVendor(run, v, kind);
			if (!v->ingested && v->nall > 0)
				waiting = true;
		}
		if (!waiting)
			break;
		StartQueued(run);
		curl_multi_poll(run->multi, NULL, 0, 100, NULL);
		CHECK_FOR_INTERRUPTS();
	}
}

static void
ResetPhase(Run *run)
{
	int			i;

	for (i = 0; i < run->nvendors; i++)
	{
		Vendor	   *v = &run->vendors[i];

		v->queue = v->all = NULL;
		v->nall = v->pending = v->in_flight = v->timeouts = v->failures = 0;
		v->ingested = false;
		v->first_error = NULL;
	}
}

Datum
refresh_feeds(PG_FUNCTION_ARGS)
{
	text	   *only = PG_ARGISNULL(0) ? NULL : PG_GETARG_TEXT_PP(0);
	char	   *feeds = PG_ARGISNULL(1) ? "auto" : text_to_cstring(PG_GETARG_TEXT_PP(1));
	bool		nonatomic = fcinfo->context && IsA(fcinfo->context, CallContext) &&
		!castNode(CallContext, fcinfo->context)->atomic;
	bool		want_mp,
				force_mp,
				want_slots;
	Run			run;
	CURL	   *escaper = NULL;
	MemoryContext callerCxt = CurrentMemoryContext;
	static bool curl_ready = false;

	if (strcmp(feeds, "auto") != 0 && strcmp(feeds, "meeting_points") != 0 &&
		strcmp(feeds, "slots") != 0 && strcmp(feeds, "all") != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown feeds \"%s\"", feeds),
				 errhint("Use auto, meeting_points, slots or all.")));
	PreventCommandIfReadOnly("refresh_feeds()");
	want_mp = strcmp(feeds, "slots") != 0;
	force_mp = strcmp(feeds, "meeting_points") == 0 || strcmp(feeds, "all") == 0;
	want_slots = strcmp(feeds, "meeting_points") != 0;
	if (!nonatomic)
		ereport(NOTICE,
				(errmsg("refresh_feeds runs inside a transaction: all vendors are committed together"),
				 errhint("CALL it outside a transaction block so that each vendor is committed on its own.")));

	memset(&run, 0, sizeof(run));
	run.nonatomic = nonatomic;
	run.started_at = GetCurrentTimestamp();
	run.cxt = AllocSetContextCreate(TopMemoryContext, "rdvmairie refresh_feeds", ALLOCSET_DEFAULT_SIZES);

	if (SPI_connect_ext(nonatomic ? SPI_OPT_NONATOMIC : 0) != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");

	PG_TRY();
	{
		int			i;

		if (!curl_ready && curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
			elog(ERROR, "could not initialise libcurl");
		curl_ready = true;
		run.multi = curl_multi_init();
		escaper = curl_easy_init();
		if (run.multi == NULL || escaper == NULL)
			elog(ERROR, "could not initialise libcurl");
		curl_multi_setopt(run.multi, CURLMOPT_MAX_TOTAL_CONNECTIONS, (long) rdv_fetch_max_connections);

		MemoryContextSwitchTo(run.cxt);
		LoadVendors(&run, only);

		if (want_mp)
		{
			for (i = 0; i < run.nvendors; i++)
				if (force_mp || run.vendors[i].mp_due)
					PlanMeetingPoints(&run, &run.vendors[i]);
			RunTransfers(&run, FEED_MEETING_POINTS);
		}
		if (want_slots)
		{
			ResetPhase(&run);
			for (i = 0; i < run.nvendors; i++)
				PlanSlots(&run, &run.vendors[i], escaper);
			RunTransfers(&run, FEED_SLOTS);
		}
	}
	PG_FINALLY();
	{
		int			i;

		for (i = 0; i < run.nvendors; i++)
		{
			Request    *r;

			for (r = run.vendors[i].all; r != NULL; r = r->all_next)
			{
				ReleaseEasy(&run, r);
				free(r->body);
				r->body = NULL;
			}
		}
		if (escaper)
			curl_easy_cleanup(escaper);
		if (run.multi)
			curl_multi_cleanup(run.multi);
		MemoryContextSwitchTo(callerCxt);
		MemoryContextDelete(run.cxt);
	}
	PG_END_TRY();

	SPI_finish();
	PG_RETURN_VOID();
}
