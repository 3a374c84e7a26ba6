/*-------------------------------------------------------------------------
 * ac_seg.h
 *	  Dictionary word segmentation with ICU's word break iterator.
 *
 * C + ICU, no PostgreSQL header.  One break iterator template for locale
 * "zh" is opened per process on first use and kept (ICU caches its
 * dictionaries process-wide anyway); each segmentation clones it.  Text is
 * segmented in place as UTF-8 (utext_openUTF8), so boundaries are byte
 * offsets into the caller's buffer, which must outlive the segmenter.
 *-------------------------------------------------------------------------
 */
#ifndef AC_SEG_H
#define AC_SEG_H

#include <stddef.h>
#include <stdint.h>

typedef struct ac_seg ac_seg;

/* Kinds of segments, from ICU's rule status. */
typedef enum ac_seg_kind
{
	AC_SEG_NONE = 0,			/* spaces, punctuation, symbols */
	AC_SEG_NUMBER,
	AC_SEG_LETTER,
	AC_SEG_KANA,
	AC_SEG_IDEO
} ac_seg_kind;

/*
 * Start segmenting utf8[0 .. len).  Returns NULL on failure, with *err set
 * to ICU's error name (static storage).  Allocates with malloc (as ICU
 * does): the caller must ac_seg_close() it, also on error paths.
 */
ac_seg	   *ac_seg_open(const char *utf8, int32_t len, const char **err);

/*
 * The end offset of the next segment (its start is the previous end, or
 * 0), and its kind; -1 when there is no more.
 */
int32_t		ac_seg_next(ac_seg *s, ac_seg_kind *kind);

void		ac_seg_close(ac_seg *s);

/* ICU version string, e.g. "72.1" (segmentation may change with it). */
const char *ac_seg_icu_version(void);

#endif							/* AC_SEG_H */
