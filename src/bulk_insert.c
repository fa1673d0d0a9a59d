/*
 * bulk_insert.c — COPY-style batched inserts (see bulk_insert.h).
 *
 * Modelled on PostgreSQL's copyfrom.c: rows are buffered in tuple slots,
 * written with table_multi_insert() using a bulk-insert strategy, then their
 * index entries are inserted, which also enforces unique constraints.
 */
#include "postgres.h"

#include "access/heapam.h"
#include "access/table.h"
#include "access/tableam.h"
#include "access/xact.h"
#include "executor/executor.h"
#include "executor/tuptable.h"
#include "miscadmin.h"
#include "nodes/makefuncs.h"
#include "parser/parsetree.h"
#include "utils/acl.h"
#include "utils/datum.h"
#include "storage/lmgr.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/rls.h"

#include "bulk_insert.h"

/* rows per table_multi_insert() call, as COPY uses */
#define BULK_BATCH_ROWS 1000

struct BulkInserter
{
	Relation	rel;
	EState	   *estate;
	ResultRelInfo *rri;
	BulkInsertState bistate;
	CommandId	cid;
	TupleTableSlot *slots[BULK_BATCH_ROWS];
	int			nbuffered;
	MemoryContext batchcxt;		/* row values, reset after each batch */
};

/*
 * The direct path skips what only the SQL path provides: triggers and
 * row-level security.  Use it only when neither applies and the current user
 * may insert; otherwise callers use plain INSERT statements.
 */
bool
bulk_insert_possible(Oid relid)
{
	Relation	rel;
	bool		ok;

	if (pg_class_aclcheck(relid, GetUserId(), ACL_INSERT) != ACLCHECK_OK)
		return false;
	if (check_enable_rls(relid, InvalidOid, true) == RLS_ENABLED)
		return false;
	rel = table_open(relid, RowExclusiveLock);
	ok = rel->rd_rel->relkind == RELKIND_RELATION && rel->trigdesc == NULL;
	table_close(rel, NoLock);
	return ok;
}

TupleDesc
bulk_insert_desc(BulkInserter *b)
{
	return RelationGetDescr(b->rel);
}

BulkInserter *
bulk_insert_begin(Oid relid)
{
	BulkInserter *b = palloc0(sizeof(BulkInserter));
	RangeTblEntry *rte = makeNode(RangeTblEntry);

	/* the range table expects the lock to be held already */
	LockRelationOid(relid, RowExclusiveLock);

	b->estate = CreateExecutorState();

	/* a one-relation range table, so that constraint errors can describe rows */
	rte->rtekind = RTE_RELATION;
	rte->relid = relid;
	rte->relkind = RELKIND_RELATION;
	rte->rellockmode = RowExclusiveLock;
	rte->requiredPerms = ACL_INSERT;
	ExecInitRangeTable(b->estate, list_make1(rte));

	b->rri = makeNode(ResultRelInfo);
	ExecInitResultRelation(b->estate, b->rri, 1);
	b->rel = b->rri->ri_RelationDesc;
	ExecOpenIndices(b->rri, false);

	b->bistate = GetBulkInsertState();
	b->cid = GetCurrentCommandId(true);
	b->batchcxt = AllocSetContextCreate(CurrentMemoryContext, "rdvmairie bulk insert batch",
										ALLOCSET_DEFAULT_SIZES);
	return b;
}

static void
BulkFlush(BulkInserter *b)
{
	int			i;

	if (b->nbuffered == 0)
		return;
	table_multi_insert(b->rel, b->slots, b->nbuffered, b->cid, 0, b->bistate);
	for (i = 0; i < b->nbuffered; i++)
	{
		List	   *recheck;

		if (b->rri->ri_NumIndices > 0)
		{
			recheck = ExecInsertIndexTuples(b->rri, b->slots[i], b->estate,
											false, false, NULL, NIL);
			list_free(recheck);
		}
		ResetPerTupleExprContext(b->estate);
		ExecClearTuple(b->slots[i]);
	}
	b->nbuffered = 0;
	MemoryContextReset(b->batchcxt);
	CHECK_FOR_INTERRUPTS();
}

void
bulk_insert_row(BulkInserter *b, Datum *values, bool *isnull)
{
	TupleDesc	desc = RelationGetDescr(b->rel);
	TupleTableSlot *slot;
	MemoryContext old;
	int			i;

	if (b->slots[b->nbuffered] == NULL)
		b->slots[b->nbuffered] = MakeSingleTupleTableSlot(desc, table_slot_callbacks(b->rel));
	slot = b->slots[b->nbuffered];
	ExecClearTuple(slot);

	old = MemoryContextSwitchTo(b->batchcxt);
	for (i = 0; i < desc->natts; i++)
	{
		Form_pg_attribute att = TupleDescAttr(desc, i);

		slot->tts_isnull[i] = isnull[i];
		slot->tts_values[i] = isnull[i] ? (Datum) 0 :
			datumCopy(values[i], att->attbyval, att->attlen);
	}
	MemoryContextSwitchTo(old);
	ExecStoreVirtualTuple(slot);

	if (b->rel->rd_att->constr)
		ExecConstraints(b->rri, slot, b->estate);

	if (++b->nbuffered == BULK_BATCH_ROWS)
		BulkFlush(b);
}

void
bulk_insert_end(BulkInserter *b)
{
	int			i;

	BulkFlush(b);
	FreeBulkInsertState(b->bistate);
	table_finish_bulk_insert(b->rel, 0);
	for (i = 0; i < BULK_BATCH_ROWS; i++)
		if (b->slots[i] != NULL)
			ExecDropSingleTupleTableSlot(b->slots[i]);
	ExecCloseResultRelations(b->estate);
	ExecCloseRangeTableRelations(b->estate);
	FreeExecutorState(b->estate);
	MemoryContextDelete(b->batchcxt);
	pfree(b);
}
