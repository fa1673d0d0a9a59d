/*
 * rdvmairie.h — settings shared by the capability files.
 *
 * Each capability (ingest, search, registry, fetch, ...) has its own .c file;
 * this header only exposes the rdvmairie.* settings defined in rdvmairie.c.
 */
#ifndef RDVMAIRIE_H
#define RDVMAIRIE_H

/* rdvmairie.slot_max_age: slots not confirmed by a feed for this long (minutes) stop being offered */
extern int	rdv_slot_max_age_minutes;

/* rdvmairie.max_payload_size: largest vendor payload an ingestion call accepts (kB) */
extern int	rdv_max_payload_kb;

/* feeds (fetch.c) */
extern int	rdv_fetch_connect_timeout_ms;
extern int	rdv_fetch_timeout_ms;
extern int	rdv_fetch_max_kb;
extern int	rdv_fetch_max_connections;
extern int	rdv_fetch_vendor_connections;
extern int	rdv_fetch_batch_size;
extern int	rdv_fetch_window_days;
extern int	rdv_fetch_split_days;
extern int	rdv_feed_cooldown_minutes;
extern int	rdv_meeting_points_interval_minutes;
extern int	rdv_applicant_name_retention_days;

/* consecutive failed runs that open a vendor's circuit breaker */
#define RDV_FEED_MAX_FAILURES 3

#endif							/* RDVMAIRIE_H */
