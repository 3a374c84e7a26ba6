/*-------------------------------------------------------------------------
 * ac_fold.h
 *	  Per-code-point folding used for search: Traditional -> Simplified
 *	  and NFKC + case folding.
 *
 * Both tables are generated C (src/core/gen/), read-only.
 *-------------------------------------------------------------------------
 */
#ifndef AC_FOLD_H
#define AC_FOLD_H

#include <stddef.h>
#include <stdint.h>

/* Simplified form of a Traditional Han character; cp itself otherwise. */
uint32_t	ac_fold_t2s(uint32_t cp);

/*
 * NFKC_Casefold of a single code point.  Writes up to AC_FOLD_MAXCPS code
 * points to out and returns how many (0 when the code point folds to
 * nothing, e.g. default-ignorable characters; 1 with out[0] == cp when it is
 * unchanged).
 */
#define AC_FOLD_MAXCPS 18
int			ac_fold_nfkc_cf(uint32_t cp, uint32_t out[AC_FOLD_MAXCPS]);

/*
 * The search key of a code point: NFKC_Casefold, then Traditional ->
 * Simplified on each resulting Han character.  Same contract as above.
 */
int			ac_fold_search(uint32_t cp, uint32_t out[AC_FOLD_MAXCPS]);

#endif							/* AC_FOLD_H */
