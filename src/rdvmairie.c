/*
 * rdvmairie.c — module magic, _PG_init and the rdvmairie.* settings.
 *
 * Nothing else lives here: each capability has its own file (ingest.c, ...).
 */
#include "postgres.h"

#include "fmgr.h"
#include "datatype/timestamp.h"
#include "utils/guc.h"
#include "utils/timestamp.h"

#include "rdvmairie.h"

PG_MODULE_MAGIC;

int			rdv_slot_max_age_minutes = 30;
int			rdv_max_payload_kb = 64 * 1024;
int			rdv_fetch_connect_timeout_ms = 3000;
int			rdv_fetch_timeout_ms = 15000;
int			rdv_fetch_max_kb = 32 * 1024;
int			rdv_fetch_max_connections = 32;
int			rdv_fetch_vendor_connections = 4;
int			rdv_fetch_batch_size = 20;
int			rdv_fetch_window_days = 90;
int			rdv_fetch_split_days = 30;
int			rdv_feed_cooldown_minutes = 15;
int			rdv_meeting_points_interval_minutes = 360;
int			rdv_applicant_name_retention_days = 30;

void		_PG_init(void);

void
_PG_init(void)
{
	DefineCustomIntVariable("rdvmairie.slot_max_age",
							"Slots not confirmed by their vendor's feed for this long stop being offered.",
							"Protects citizens from stale availability when a vendor's feed fails: "
							"the last good slots stay stored but are no longer returned by searches.",
							&rdv_slot_max_age_minutes,
							30, 1, 7 * 24 * 60,
							PGC_SUSET, GUC_UNIT_MIN,
							NULL, NULL, NULL);

	DefineCustomIntVariable("rdvmairie.max_payload_size",
							"Largest vendor payload that one ingestion call accepts.",
							"Larger payloads are refused with SQLSTATE 54000 before any work is done; "
							"split the request window or the meeting point batch instead.",
							&rdv_max_payload_kb,
							64 * 1024, 1, 1024 * 1024,
							PGC_SUSET, GUC_UNIT_KB,
							NULL, NULL, NULL);

	DefineCustomIntVariable("rdvmairie.fetch_connect_timeout",
							"Time allowed to connect to a vendor.", NULL,
							&rdv_fetch_connect_timeout_ms, 3000, 100, 60000,
							PGC_SUSET, GUC_UNIT_MS, NULL, NULL, NULL);
	DefineCustomIntVariable("rdvmairie.fetch_timeout",
							"Time allowed for one request to a vendor, answer included.", NULL,
							&rdv_fetch_timeout_ms, 15000, 100, 600000,
							PGC_SUSET, GUC_UNIT_MS, NULL, NULL, NULL);
	DefineCustomIntVariable("rdvmairie.fetch_max_size",
							"Largest answer accepted from a vendor; larger transfers are cut.", NULL,
							&rdv_fetch_max_kb, 32 * 1024, 16, 1024 * 1024,
							PGC_SUSET, GUC_UNIT_KB, NULL, NULL, NULL);
	DefineCustomIntVariable("rdvmairie.fetch_max_connections",
							"Requests in flight at once over all vendors.", NULL,
							&rdv_fetch_max_connections, 32, 1, 1024,
							PGC_SUSET, 0, NULL, NULL, NULL);
	DefineCustomIntVariable("rdvmairie.fetch_vendor_connections",
							"Requests in flight at once to one vendor.", NULL,
							&rdv_fetch_vendor_connections, 4, 1, 64,
							PGC_SUSET, 0, NULL, NULL, NULL);
	DefineCustomIntVariable("rdvmairie.fetch_batch_size",
							"Meeting point ids asked for in one availableTimeSlots request.", NULL,
							&rdv_fetch_batch_size, 20, 1, 500,
							PGC_SUSET, 0, NULL, NULL, NULL);
	DefineCustomIntVariable("rdvmairie.fetch_window_days",
							"Days of slots the feeds keep up to date, from today.", NULL,
							&rdv_fetch_window_days, 90, 1, 366,
							PGC_SUSET, 0, NULL, NULL, NULL);
	DefineCustomIntVariable("rdvmairie.fetch_split_days",
							"Days asked for in one availableTimeSlots request (long multi-site windows time out at vendors).",
							NULL, &rdv_fetch_split_days, 30, 1, 366,
							PGC_SUSET, 0, NULL, NULL, NULL);
	DefineCustomIntVariable("rdvmairie.feed_cooldown",
							"How long a vendor whose circuit breaker opened is skipped.", NULL,
							&rdv_feed_cooldown_minutes, 15, 1, 7 * 24 * 60,
							PGC_SUSET, GUC_UNIT_MIN, NULL, NULL, NULL);
	DefineCustomIntVariable("rdvmairie.meeting_points_interval",
							"How often refresh_feeds fetches each vendor's meeting point list.", NULL,
							&rdv_meeting_points_interval_minutes, 360, 1, 7 * 24 * 60,
							PGC_SUSET, GUC_UNIT_MIN, NULL, NULL, NULL);

	DefineCustomIntVariable("rdvmairie.applicant_name_retention",
							"Days after an appointment before the daily clean-up blanks the applicant's name.",
							"Names only serve duplicate detection of upcoming appointments.",
							&rdv_applicant_name_retention_days, 30, 0, 3650,
							PGC_SUSET, 0, NULL, NULL, NULL);

	MarkGUCPrefixReserved("rdvmairie");
}

PG_FUNCTION_INFO_V1(slot_max_age);

/* rdvmairie.slot_max_age() — the setting as an interval, for SQL views. */
Datum
slot_max_age(PG_FUNCTION_ARGS)
{
	Interval   *result = palloc0(sizeof(Interval));

	result->time = (int64) rdv_slot_max_age_minutes * USECS_PER_MINUTE;
	PG_RETURN_INTERVAL_P(result);
}
