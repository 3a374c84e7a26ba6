/*-------------------------------------------------------------------------
 * ac_pg.h
 *	  Helpers shared by the PostgreSQL glue of annot_clean (src/pg/).
 *
 * Only src/pg/ includes postgres.h; the core (src/core/) never sees this.
 *-------------------------------------------------------------------------
 */
#ifndef AC_PG_H
#define AC_PG_H

#include "postgres.h"
#include "fmgr.h"

/*
 * Raise ERRCODE_FEATURE_NOT_SUPPORTED unless the database encoding is UTF8.
 * Every SQL-callable function calls this first: the core works on UTF-8
 * bytes, and in another encoding it would silently return wrong results.
 */
extern void ac_require_utf8(const char *funcname);

/*
 * The payload size of a result of "count" units of "unit" bytes plus
 * "extra" bytes, checked to fit a varlena (MaxAllocSize including the
 * header); raises ERRCODE_PROGRAM_LIMIT_EXCEEDED otherwise.  Use it before
 * allocating any result that may be larger than the input.
 */
extern Size ac_result_size(Size count, Size unit, Size extra,
						   const char *funcname);

/*
 * A text value with room for payload bytes (size checked as above); the
 * caller fills VARDATA() and sets the final size with SET_VARSIZE().
 */
extern text *ac_text_alloc(Size payload, const char *funcname);

/* Called with every annotation the scanner completes (ac_clean_text). */
struct ac_annot;
typedef void (*ac_annot_fn) (const struct ac_annot *annot, void *arg);

/*
 * The cleaned text of buf[0 .. len), walking the core scanner and checking
 * for interrupts at every (bounded) step.  Without any annotation it is buf
 * itself, no copy; otherwise a palloc'd buffer preceded by VARHDRSZ spare
 * bytes, so a caller can make a text of it in place (see annot_clean).
 * on_annot, if not NULL, sees each annotation (with its clean_pos).
 */
extern const unsigned char *ac_clean_text(const unsigned char *buf, Size len,
										  ac_annot_fn on_annot, void *arg,
										  Size *outlen);

#endif							/* AC_PG_H */
