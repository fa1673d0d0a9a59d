/*
 * batch.c — columns of values handed to SPI as arrays (see batch.h).
 */
#include "postgres.h"

#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"

#include "batch.h"

void
column_init(ColumnBuffer *col, Oid elemtype)
{
	col->elemtype = elemtype;
	get_typlenbyvalalign(elemtype, &col->typlen, &col->typbyval, &col->typalign);
	col->n = 0;
	col->cap = 64;
	col->values = palloc(sizeof(Datum) * col->cap);
	col->nulls = palloc(sizeof(bool) * col->cap);
}

void
column_push(ColumnBuffer *col, Datum value, bool isnull)
{
	if (col->n == col->cap)
	{
		/* repalloc_huge: a column may hold millions of slots */
		col->cap *= 2;
		col->values = repalloc_huge(col->values, sizeof(Datum) * col->cap);
		col->nulls = repalloc_huge(col->nulls, sizeof(bool) * col->cap);
	}
	col->values[col->n] = isnull ? (Datum) 0 : value;
	col->nulls[col->n] = isnull;
	col->n++;
}

void
column_push_text(ColumnBuffer *col, const char *s, int len)
{
	if (s == NULL)
		column_push(col, (Datum) 0, true);
	else
		column_push(col, PointerGetDatum(cstring_to_text_with_len(s, len)), false);
}

void
column_reset(ColumnBuffer *col)
{
	col->n = 0;
}

Datum
column_slice_to_array(ColumnBuffer *col, int from, int count)
{
	int			dims[1];
	int			lbs[1];

	Assert(from >= 0 && from + count <= col->n);
	dims[0] = count;
	lbs[0] = 1;
	return PointerGetDatum(construct_md_array(col->values + from, col->nulls + from,
											  1, dims, lbs, col->elemtype,
											  col->typlen, col->typbyval, col->typalign));
}

Datum
column_to_array(ColumnBuffer *col)
{
	return column_slice_to_array(col, 0, col->n);
}

SPIPlanPtr
prepared_plan(SPIPlanPtr *cache, const char *sql, int nargs, Oid *argtypes)
{
	if (*cache == NULL)
	{
		SPIPlanPtr	plan = SPI_prepare(sql, nargs, argtypes);

		if (plan == NULL)
			elog(ERROR, "SPI_prepare failed: %s", SPI_result_code_string(SPI_result));
		if (SPI_keepplan(plan) != 0)
			elog(ERROR, "SPI_keepplan failed");
		*cache = plan;
	}
	return *cache;
}

void
run_plan(SPIPlanPtr plan, Datum *values, bool read_only, int expected)
{
	int			rc = SPI_execute_plan(plan, values, NULL, read_only, 0);

	if (rc != expected)
		elog(ERROR, "unexpected SPI result %s", SPI_result_code_string(rc));
}
