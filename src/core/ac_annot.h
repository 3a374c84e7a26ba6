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
	size_t		base_start;		/* byte offset of the first annotated character
								 * in the source buffer */
	size_t		base_len;		/* bytes from there through the last one */
	size_t		clean_pos;		/* 0-based code point index of the first of
								 * them in the cleaned text */
	int			nsyl;			/* number of syllables = annotated characters */
	bool		toned;			/* the source gave tone marks or digits */

	/*
	 * base_start/base_len cover exactly the annotated characters unless an
	 * earlier annotation sits between them ("中(zhong)文(zhongwen)": the
	 * second reads 中文); then base_contiguous is false and only base_cp
	 * (always filled) spells them.  ac_annot_base_text() handles both.
	 */
	bool		base_contiguous;
	uint32_t	base_cp[AC_ANNOT_MAXSYL];
	ac_reading	reading[AC_ANNOT_MAXSYL];	/* tone 0 = not given; in a toned
											 * annotation an unmarked syllable
											 * is neutral (5) */
} ac_annot;

typedef struct ac_span
{
	ac_span_kind kind;
	size_t		start;			/* byte offset in the source buffer */
	size_t		len;			/* > 0 */

	/*
	 * Set on the span that completes an annotation (for ruby markup, the
	 * dropped span after each <rt>, the last one on the last dropped span of
	 * the element); NULL otherwise.  Points into the scanner and is valid
	 * until the next call.  Identical repeats ("職(zhi)(zhi)(zhi)") complete
	 * one annotation.
	 */
	const ac_annot *annot;
} ac_span;

/* Private bookkeeping of the scanner (see ac_annot.c). */
#define AC_SCAN_RING 32			/* recent dropped ranges, to look back */
#define AC_SCAN_PLAN 48			/* queued spans of one decision */
#define AC_SCAN_MAXREC 8		/* annotations one decision may complete */

typedef struct ac_scan_piece
{
	size_t		start;
	size_t		len;
	int			kind;			/* ac_span_kind */
	int			rec;			/* index into rec[], or -1 */
} ac_scan_piece;

/*
 * Scanner state.  Fields after "private" belong to ac_annot.c; callers only
 * init, copy and pass the struct.
 */
typedef struct ac_scanner
{
	const unsigned char *buf;
	size_t		len;
	/* private */
	size_t		pos;			/* next byte to scan */
	size_t		text_start;		/* start of the pending text span */
	size_t		counted_upto;	/* clean_chars counts kept code points of
								 * buf[0 .. counted_upto) */
	size_t		clean_chars;
	bool		want_pos;		/* compute clean_pos (ac_clean does not) */
	bool		run_open;		/* a run of identical repeats goes on at pos */
	int			ring_n;			/* dropped ranges pushed so far */
	size_t		ring_start[AC_SCAN_RING];
	size_t		ring_end[AC_SCAN_RING];
	int			plan_n;			/* queued spans */
	int			plan_i;
	ac_scan_piece plan[AC_SCAN_PLAN];
	ac_annot	rec[AC_SCAN_MAXREC];
} ac_scanner;

void		ac_scan_init(ac_scanner *sc, const unsigned char *buf, size_t len);

/* Next span; false at the end of the buffer. */
bool		ac_scan_next(ac_scanner *sc, ac_span *span);

/*
 * Call right after ac_scan_init() when clean_pos is not needed (cleaning
 * only): it saves counting the code points of the kept text.  clean_pos is
 * then 0 in every annotation.
 */
void		ac_scan_no_positions(ac_scanner *sc);

/*
 * Whole-buffer helper: write the cleaned text of src[0..len) to out, which
 * must have room for len bytes (the cleaned text is never longer).
 * Returns the cleaned length.
 */
size_t		ac_clean(const unsigned char *src, size_t len, unsigned char *out);

/* Bytes ac_annot_base_text() may write. */
#define AC_ANNOT_BASE_MAXBYTES (AC_ANNOT_MAXSYL * 4)

/* The annotated characters as UTF-8; returns the length. */
size_t		ac_annot_base_text(const ac_annot *a, unsigned char *out);

/* Bytes ac_annot_reading_text() may write. */
#define AC_ANNOT_READING_MAXBYTES (AC_ANNOT_MAXSYL * (AC_SYLLABLE_MAXBYTES + 1))

/*
 * The reading as annot_extract shows it: lower case, syllables separated by
 * one space, tone marks when the source had tones (marks or digits),
 * toneless otherwise.  Returns the length; no terminator.
 */
size_t		ac_annot_reading_text(const ac_annot *a, char *out);

#endif							/* AC_ANNOT_H */
