/*-------------------------------------------------------------------------
 * ac_annot.h
 *	  The annotation scanner: finds reading annotations in a byte buffer.
 *
 * An annotation is a reading written right after the Han characters it
 * reads: "教(jiao)", "國（guó）", "中文(zhōngwén)", "職(zhi)(zhi)", or HTML
 * ruby markup.  The scanner walks a buffer of arbitrary bytes (invalid
 * UTF-8 included) and cuts it into spans:
 *
 *	 AC_SPAN_TEXT   bytes that belong to the clean text
 *	 AC_SPAN_ANNOT  bytes of annotation markup, to be dropped
 *
 * Spans cover every input byte exactly once, in order, and each call to
 * ac_scan_next() does bounded work, so callers can check for interrupts
 * between calls.  The scanner allocates nothing and is a plain struct: it
 * may be copied to look ahead.  Concatenating the TEXT spans gives the
 * cleaned text; ac_clean() does just that.
 *-------------------------------------------------------------------------
 */
#ifndef AC_ANNOT_H
#define AC_ANNOT_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

#include "ac_readings.h"

/* Most syllables (= annotated characters) one annotation may carry. */
#define AC_ANNOT_MAXSYL 16

typedef enum ac_span_kind
{
	AC_SPAN_TEXT = 1,
	AC_SPAN_ANNOT = 2
} ac_span_kind;

/* One annotation: the characters it reads and their readings. */
typedef struct ac_annot
{
	size_t		base_start;		/* byte offset of the annotated characters in
								 * the source buffer */
	size_t		base_len;		/* their length in bytes */
	size_t		clean_pos;		/* 0-based code point index of the first of
								 * them in the cleaned text */
	int			nsyl;			/* number of syllables = annotated characters */
	bool		toned;			/* the source gave tone marks or digits */
	ac_reading	reading[AC_ANNOT_MAXSYL];	/* tone 0 = not given */
} ac_annot;

typedef struct ac_span
{
	ac_span_kind kind;
	size_t		start;			/* byte offset in the source buffer */
	size_t		len;			/* > 0 */

	/*
	 * Set on the span that completes an annotation (for ruby markup, the
	 * last dropped span of the element); NULL otherwise.  Points into the
	 * scanner and is valid until the next call.  Identical repeats
	 * ("職(zhi)(zhi)(zhi)") complete one annotation.
	 */
	const ac_annot *annot;
} ac_span;

/*
 * Scanner state.  Fields after "private" belong to ac_annot.c; callers only
 * init, copy and pass the struct.
 */
#define AC_SCAN_HISTORY 32
typedef struct ac_scanner
{
	const unsigned char *buf;
	size_t		len;
	/* private */
	size_t		pos;			/* next byte to scan */
	size_t		text_start;		/* start of the pending text span */
	size_t		clean_chars;	/* code points emitted as TEXT so far */
	int			nhist;			/* recent kept characters, newest last */
	uint32_t	hist_cp[AC_SCAN_HISTORY];
	size_t		hist_off[AC_SCAN_HISTORY];
	size_t		pending_annot_start;	/* queued ANNOT span, if any */
	size_t		pending_annot_len;
	int			state;
	ac_annot	annot;
} ac_scanner;

void		ac_scan_init(ac_scanner *sc, const unsigned char *buf, size_t len);

/* Next span; false at the end of the buffer. */
bool		ac_scan_next(ac_scanner *sc, ac_span *span);

/*
 * Whole-buffer helper: write the cleaned text of src[0..len) to out, which
 * must have room for len bytes (the cleaned text is never longer).
 * Returns the cleaned length.
 */
size_t		ac_clean(const unsigned char *src, size_t len, unsigned char *out);

#endif							/* AC_ANNOT_H */
