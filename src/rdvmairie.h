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

#endif							/* RDVMAIRIE_H */
