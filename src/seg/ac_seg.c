/*-------------------------------------------------------------------------
 * ac_seg.c
 *	  ICU word segmentation (see ac_seg.h).
 *-------------------------------------------------------------------------
 */
#include "ac_seg.h"

#include <stdlib.h>

#include <unicode/ubrk.h>
#include <unicode/uclean.h>
#include <unicode/utext.h>
#include <unicode/uversion.h>

struct ac_seg
{
	UBreakIterator *bi;
	UText	   *ut;
};

/* Per-process template; never closed (like pg_locale.c's converter). */
static UBreakIterator *seg_template = NULL;

static UBreakIterator *
template_iterator(UErrorCode *status)
{
	if (seg_template == NULL)
	{
		/* "zh" gives U_USING_DEFAULT_WARNING: test U_FAILURE, not == 0 */
		seg_template = ubrk_open(UBRK_WORD, "zh", NULL, 0, status);
		if (U_FAILURE(*status))
			seg_template = NULL;
	}
	return seg_template;
}

ac_seg *
ac_seg_open(const char *utf8, int32_t len, const char **err)
{
	UErrorCode	status = U_ZERO_ERROR;
	UBreakIterator *tmpl;
	ac_seg	   *s;

	tmpl = template_iterator(&status);
	if (tmpl == NULL)
	{
		*err = u_errorName(status);
		return NULL;
	}
	s = calloc(1, sizeof(ac_seg));
	if (s == NULL)
	{
		*err = u_errorName(U_MEMORY_ALLOCATION_ERROR);
		return NULL;
	}
	status = U_ZERO_ERROR;
#if U_ICU_VERSION_MAJOR_NUM >= 69
	s->bi = ubrk_clone(tmpl, &status);
#else
	s->bi = ubrk_safeClone(tmpl, NULL, NULL, &status);
#endif
	if (U_FAILURE(status))
		goto fail;
	s->ut = utext_openUTF8(NULL, utf8, len, &status);
	if (U_FAILURE(status))
		goto fail;
	ubrk_setUText(s->bi, s->ut, &status);
	if (U_FAILURE(status))
		goto fail;
	return s;

fail:
	*err = u_errorName(status);
	ac_seg_close(s);
	return NULL;
}

int32_t
ac_seg_next(ac_seg *s, ac_seg_kind *kind)
{
	int32_t		end = ubrk_next(s->bi);
	int32_t		st;

	if (end == UBRK_DONE)
		return -1;
	st = ubrk_getRuleStatus(s->bi);
	if (st >= UBRK_WORD_IDEO && st < UBRK_WORD_IDEO_LIMIT)
		*kind = AC_SEG_IDEO;
	else if (st >= UBRK_WORD_KANA && st < UBRK_WORD_KANA_LIMIT)
		*kind = AC_SEG_KANA;
	else if (st >= UBRK_WORD_LETTER && st < UBRK_WORD_LETTER_LIMIT)
		*kind = AC_SEG_LETTER;
	else if (st >= UBRK_WORD_NUMBER && st < UBRK_WORD_NUMBER_LIMIT)
		*kind = AC_SEG_NUMBER;
	else
		*kind = AC_SEG_NONE;
	return end;
}

void
ac_seg_close(ac_seg *s)
{
	if (s == NULL)
		return;
	if (s->bi)
		ubrk_close(s->bi);
	if (s->ut)
		utext_close(s->ut);
	free(s);
}

const char *
ac_seg_icu_version(void)
{
	return U_ICU_VERSION;
}
