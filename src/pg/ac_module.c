/*-------------------------------------------------------------------------
 * ac_module.c
 *	  Module entry points of annot_clean and the helpers in ac_pg.h.
 *-------------------------------------------------------------------------
 */
#include "ac_pg.h"

#include "common/int.h"
#include "mb/pg_wchar.h"
#include "utils/guc.h"
#include "utils/memutils.h"

#if PG_VERSION_NUM >= 180000
PG_MODULE_MAGIC_EXT(.name = "annot_clean",.version = "1.3");
#else
PG_MODULE_MAGIC;
#endif

/* PostgreSQL 15's fmgr.h does not declare it. */
PGDLLEXPORT void _PG_init(void);

/*
 * Nothing to load: all data is compiled into the library's read-only
 * segment.  Reserve our GUC prefix so a typo in a future setting name is
 * reported instead of silently creating a placeholder.
 */
void
_PG_init(void)
{
#if PG_VERSION_NUM >= 150000
	MarkGUCPrefixReserved("annot_clean");
#endif
}

void
ac_require_utf8(const char *funcname)
{
	if (GetDatabaseEncoding() != PG_UTF8)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("%s requires a UTF8 database", funcname),
				 errdetail("The encoding of the current database is %s.",
						   GetDatabaseEncodingName()),
				 errhint("Use annot_clean in a database created with ENCODING 'UTF8', for example CREATE DATABASE articles TEMPLATE template0 ENCODING 'UTF8'.")));
}

Size
ac_result_size(Size count, Size unit, Size extra, const char *funcname)
{
	uint64		total;

	if (pg_mul_u64_overflow((uint64) count, (uint64) unit, &total) ||
		pg_add_u64_overflow(total, (uint64) extra, &total) ||
		total > (uint64) (MaxAllocSize - VARHDRSZ))
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("result of %s would be too large", funcname),
				 errdetail("The result would need more than %zu bytes.",
						   (Size) (MaxAllocSize - VARHDRSZ)),
				 errhint("Split the input into smaller values.")));
	return (Size) total;
}

text *
ac_text_alloc(Size payload, const char *funcname)
{
	text	   *t;

	payload = ac_result_size(payload, 1, 0, funcname);
	t = (text *) palloc(VARHDRSZ + payload);
	SET_VARSIZE(t, VARHDRSZ + payload);
	return t;
}
