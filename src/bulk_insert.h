/*
 * bulk_insert.h — COPY-style batched inserts for ingestion's hot path.
 *
 * Inserting millions of normalised slots through SQL costs an executor pass
 * per row; COPY instead writes batches of tuples with table_multi_insert()
 * and then updates the indexes.  BulkInserter does the same for rows that the
 * caller already holds as Datums, so a first load beats COPY, which still has
 * to parse text.  It is only used when nothing needs the SQL path: no
 * triggers, no row-level security for the current user, INSERT privilege
 * held (bulk_insert_possible()).
 */
#ifndef RDVMAIRIE_BULK_INSERT_H
#define RDVMAIRIE_BULK_INSERT_H

#include "postgres.h"

#include "access/tupdesc.h"

typedef struct BulkInserter BulkInserter;

extern bool bulk_insert_possible(Oid relid);
extern BulkInserter *bulk_insert_begin(Oid relid);
/* values/isnull have one entry per column of the table; text Datums are copied */
extern void bulk_insert_row(BulkInserter *b, Datum *values, bool *isnull);
extern void bulk_insert_end(BulkInserter *b);
extern TupleDesc bulk_insert_desc(BulkInserter *b);

#endif							/* RDVMAIRIE_BULK_INSERT_H */
