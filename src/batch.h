/*
 * batch.h — columns of values handed to SPI as arrays.
 *
 * Capabilities write many rows with one parameterised statement over
 * unnest($n::type[]) instead of one round trip per row.  A ColumnBuffer
 * collects one column; column_to_array() turns it into the array Datum.
 */
#ifndef RDVMAIRIE_BATCH_H
#define RDVMAIRIE_BATCH_H

#include "postgres.h"

#include "executor/spi.h"

typedef struct ColumnBuffer
{
	Oid			elemtype;
	int16		typlen;
	bool		typbyval;
	char		typalign;
	int			n;
	int			cap;
	Datum	   *values;
	bool	   *nulls;
} ColumnBuffer;

extern void column_init(ColumnBuffer *col, Oid elemtype);
extern void column_push(ColumnBuffer *col, Datum value, bool isnull);
extern void column_push_text(ColumnBuffer *col, const char *s, int len);	/* NULL s = SQL NULL */
extern void column_reset(ColumnBuffer *col);
extern Datum column_to_array(ColumnBuffer *col);
extern Datum column_slice_to_array(ColumnBuffer *col, int from, int count);

/* A statement prepared once per session (SPI_keepplan) into *cache. */
extern SPIPlanPtr prepared_plan(SPIPlanPtr *cache, const char *sql, int nargs, Oid *argtypes);
/* Runs a plan with no NULL argument; any result but `expected` is an error. */
extern void run_plan(SPIPlanPtr plan, Datum *values, bool read_only, int expected);

#endif							/* RDVMAIRIE_BATCH_H */
