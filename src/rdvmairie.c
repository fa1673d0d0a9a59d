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
