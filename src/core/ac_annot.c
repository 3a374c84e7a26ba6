/*-------------------------------------------------------------------------
 * ac_annot.c
 *	  The annotation scanner and cleaner (see ac_annot.h).
 *
 * The scanner skips at memory speed to the only bytes that can open an
 * annotation: '(' , the first byte of full-width '（' (EF BC 88) and '<'
 * (ruby markup).  Only there does it look back at the characters before
 * and parse what follows.
 *
 * Decisions are made against the cleaned text: the characters an
 * annotation reads are the ones right before it once earlier annotations
 * are gone.  A small ring of recently dropped byte ranges lets the scanner
 * walk back over the cleaned text without copying it.  Deciding against the
 * cleaned text is what makes cleaning idempotent: "國(guo)(guó)" loses both
 * groups in one pass, since after the first one goes the second one reads
 * 國 too.
 *
 * Ruby elements: <ruby> base <rp>..</rp> <rt>reading</rt> .. </ruby>, with
 * optional <rb>, <rtc> and omitted end tags, each <rt> reading the base
 * characters of the same rank (one base run per <rt>).  A ruby element whose
 * base carries a bracket right after a character ("<ruby>漢(han)<rt>") is
 * kept whole, bracket included: removing the bracket would leave a valid
 * ruby element for a second pass to remove.
 *-------------------------------------------------------------------------
 */
#include "ac_annot.h"

#include <string.h>

#include "ac_pinyin_parse.h"
#include "ac_uclass.h"
#include "ac_utf8.h"

/* Bytes of plain text one call may scan before returning a TEXT span. */
#define SCAN_CHUNK 65536

/* Candidate bytes one call may examine before returning a TEXT span. */
#define SCAN_MAXCAND 512

/* Identical repeats merged into one span per call. */
#define SCAN_MAXREPEAT 64

/* Bounds of one ruby element. */
#define RUBY_MAXTOKENS 40		/* tags + base characters */
#define RUBY_MAXUNITS AC_SCAN_MAXREC	/* base runs = <rt> elements */
#define RUBY_MAXTAG 80			/* bytes of one tag, attributes included */
#define RUBY_MAXRP 16			/* bytes of <rp> content */

/* Bytes that may open an annotation. */
static const unsigned char candidate_byte[256] = {
	['('] = 1, ['<'] = 1, [0xEF] = 1
};

/*
 * Keep the rare, stack-hungry ruby parser out of the hot scanning loop's
 * frame.
 */
#if defined(__GNUC__) || defined(__clang__)
#define AC_NOINLINE __attribute__((noinline))
#else
#define AC_NOINLINE
#endif

/* The three outcomes of looking at a candidate. */
typedef enum
{
	CAND_NONE,					/* not an annotation: keep scanning */
	CAND_FOUND,					/* plan filled: emit it */
	CAND_PROTECT				/* keep bytes through sc->pos as text */
} cand_result;

/* The characters before a candidate, nearest first. */
typedef struct context
{
	int			n;
	uint32_t	cp[AC_ANNOT_MAXSYL];
	size_t		start[AC_ANNOT_MAXSYL];
	size_t		end[AC_ANNOT_MAXSYL];
} context;

void
ac_scan_init(ac_scanner *sc, const unsigned char *buf, size_t len)
{
	sc->buf = buf;
	sc->len = len;
	sc->pos = 0;
	sc->text_start = 0;
	sc->counted_upto = 0;
	sc->clean_chars = 0;
	sc->want_pos = true;
	sc->run_open = false;
	sc->ring_n = 0;
	sc->plan_n = 0;
	sc->plan_i = 0;
}

void
ac_scan_no_positions(ac_scanner *sc)
{
	sc->want_pos = false;
}

/* ---- looking back over the cleaned text ---- */

/* Remember that buf[start .. end) is dropped; adjacent ranges merge. */
static void
ring_push(ac_scanner *sc, size_t start, size_t end)
{
	int			last = (sc->ring_n - 1) % AC_SCAN_RING;

	if (sc->ring_n > 0 && sc->ring_end[last] == start)
	{
		sc->ring_end[last] = end;
		return;
	}
	sc->ring_start[sc->ring_n % AC_SCAN_RING] = start;
	sc->ring_end[sc->ring_n % AC_SCAN_RING] = end;
	sc->ring_n++;
}

/*
 * Decode the code point that ends at cur, not looking below floor.  A byte
 * that does not end a well-formed sequence is one invalid code point, just
 * as the forward decoder sees it.
 */
static uint32_t
decode_before(const unsigned char *buf, size_t floor, size_t cur, size_t *start)
{
	size_t		b = cur - 1;
	size_t		i = b;
	int			steps = 0;
	uint32_t	cp;
	int			nb;

	if (buf[b] < 0x80)
	{
		*start = b;
		return buf[b];
	}
	/* the common case, a 3-byte character that cannot be overlong or a
	 * surrogate (lead E1-EC, EE, EF): decode it here */
	if (cur - floor >= 3 && (buf[b] & 0xC0) == 0x80 && (buf[b - 1] & 0xC0) == 0x80 &&
		buf[b - 2] >= 0xE1 && buf[b - 2] <= 0xEF && buf[b - 2] != 0xED)
	{
		*start = b - 2;
		return ((uint32_t) (buf[b - 2] & 0x0F) << 12) |
			((uint32_t) (buf[b - 1] & 0x3F) << 6) | (buf[b] & 0x3F);
	}
	while (i > floor && steps < 3 && (buf[i] & 0xC0) == 0x80)
	{
		i--;
		steps++;
	}
	nb = ac_utf8_decode(buf + i, cur - i, &cp);
	if (cp != AC_UTF8_INVALID && i + (size_t) nb == cur)
	{
		*start = i;
		return cp;
	}
	*start = b;
	return AC_UTF8_INVALID;
}

/*
 * Collect up to max Han characters that come right before byte p in the
 * cleaned text, nearest first; stops at the first non-Han character.
 */
static int
gather_context(const ac_scanner *sc, size_t p, int max, context *ctx)
{
	int			oldest = sc->ring_n > AC_SCAN_RING ? sc->ring_n - AC_SCAN_RING : 0;
	int			ri = sc->ring_n - 1;
	size_t		cur = p;

	ctx->n = 0;
	while (ctx->n < max)
	{
		size_t		floor;
		size_t		start;
		uint32_t	cp;

		while (ri >= oldest && sc->ring_end[ri % AC_SCAN_RING] == cur)
		{
			cur = sc->ring_start[ri % AC_SCAN_RING];
			ri--;
		}
		if (ri >= oldest)
			floor = sc->ring_end[ri % AC_SCAN_RING];
		else if (oldest > 0)
			break;				/* older ranges forgotten: stop safely */
		else
			floor = 0;
		if (cur <= floor)
			break;
		cp = decode_before(sc->buf, floor, cur, &start);
		if (cp == AC_UTF8_INVALID || !ac_is_han(cp))
			break;
		ctx->cp[ctx->n] = cp;
		ctx->start[ctx->n] = start;
		ctx->end[ctx->n] = cur;
		ctx->n++;
		cur = start;
	}
	return ctx->n;
}

/* Count the kept code points up to byte upto (all of it kept text). */
static void
count_clean(ac_scanner *sc, size_t upto)
{
	if (sc->want_pos && upto > sc->counted_upto)
		sc->clean_chars += ac_utf8_count(sc->buf + sc->counted_upto,
										 upto - sc->counted_upto);
	sc->counted_upto = upto;
}

/*
 * Does the character at q attach to the one before it?  Removing markup
 * right before a combining mark or variation selector would move the mark
 * onto another character: a change to the text, which cleaning never
 * makes.  Such markup stays.
 */
static bool
extender_at(const ac_scanner *sc, size_t q)
{
	uint32_t	cp;

	if (q >= sc->len || sc->buf[q] < 0x80)
		return false;
	ac_utf8_decode(sc->buf + q, sc->len - q, &cp);
	return ac_uclass_extends(cp);
}

static void
plan_add(ac_scanner *sc, int kind, size_t start, size_t len, int rec)
{
	ac_scan_piece *pc = &sc->plan[sc->plan_n++];

	pc->kind = kind;
	pc->start = start;
	pc->len = len;
	pc->rec = rec;
}

/* ---- bracketed readings: 教(jiao), 國（guó）, 中文(zhōngwén) ---- */

/* Length of a bracket opening at p: 1 for '(', 3 for '（', 0 otherwise. */
static int
open_bracket(const unsigned char *buf, size_t len, size_t p)
{
	if (p >= len)
		return 0;
	if (buf[p] == '(')
		return 1;
	if (buf[p] == 0xEF && p + 2 < len && buf[p + 1] == 0xBC && buf[p + 2] == 0x88)
		return 3;
	return 0;
}

/*
 * Parse the bracket group at p as pinyin; sets *end past its closing
 * bracket.  Fails fast on the first byte that cannot be pinyin.
 */
static bool
parse_group(const ac_scanner *sc, size_t p, ac_pp_body *body, size_t *end)
{
	int			blen = open_bracket(sc->buf, sc->len, p);
	size_t		from = p + (size_t) blen;

	if (blen == 0 ||
		!ac_pp_parse(sc->buf + from, sc->len - from, AC_PP_TERM_PAREN, body))
		return false;
	*end = from + body->body_len + (size_t) body->term_len;
	return true;
}

/* Parse and match the group at p; returns its syllable count or 0. */
static int
match_group(const ac_scanner *sc, size_t p, const context *ctx,
			ac_reading *readings, bool *toned, size_t *end)
{
	ac_pp_body	body;

	if (ctx->n == 0 || !parse_group(sc, p, &body, end))
		return 0;
	return ac_pp_match(&body, ctx->cp, ctx->n, 0, readings, toned);
}

/*
 * Absorb groups identical to rec that follow at q; [first, q) is the group
 * just matched.  Returns the end of the last one absorbed; *more says the
 * run goes on past the per-call bound.  A byte-identical copy of the
 * previous group is absorbed without parsing it again: content farms repeat
 * "(zhi)(zhi)(zhi)" a lot.
 */
static size_t
absorb_repeats(const ac_scanner *sc, size_t first, size_t q,
			   const context *ctx, const ac_annot *rec, bool *more)
{
	size_t		glen = q - first;
	int			i;

	*more = false;
	for (i = 0; i <= SCAN_MAXREPEAT; i++)
	{
		ac_reading r[AC_ANNOT_MAXSYL];
		bool		toned;
		size_t		end;
		int			k;

		if (q >= sc->len || (sc->buf[q] != '(' && sc->buf[q] != 0xEF))
			break;				/* no bracket follows: the usual case */
		if (glen > 0 && sc->len - q >= glen &&
			memcmp(sc->buf + first, sc->buf + q, glen) == 0)
			end = q + glen;
		else
		{
			k = match_group(sc, q, ctx, r, &toned, &end);
			if (k != rec->nsyl || toned != rec->toned ||
				memcmp(r, rec->reading, sizeof(ac_reading) * (size_t) k) != 0)
				break;
		}
		if (i == SCAN_MAXREPEAT)
		{
			*more = true;
			break;
		}
		first = q;
		glen = end - q;
		q = end;
	}
	return q;
}

/* Drop the group(s) [p, q) and queue their span. */
static void
drop_groups(ac_scanner *sc, size_t p, size_t q, bool more)
{
	ring_push(sc, p, q);
	sc->counted_upto = q;
	plan_add(sc, AC_SPAN_ANNOT, p, q - p, more ? -1 : 0);
	sc->run_open = more;
	sc->pos = q;
}

/*
 * The fast path of annotation-dense text: one 3-byte Han character (not
 * touching a dropped range), one syllable, no repeat after it.  Anything
 * else, or any doubt, goes the general way, which decides the same.
 */
static bool
try_single(ac_scanner *sc, size_t p)
{
	const unsigned char *buf = sc->buf;
	ac_annot   *rec = &sc->rec[0];
	int			blen = open_bracket(buf, sc->len, p);
	size_t		from = p + (size_t) blen;
	uint32_t	cp;
	ac_reading	r;
	bool		toned;
	size_t		end;
	size_t		q;

	if (p < 3 || blen == 0 ||
		(sc->ring_n > 0 && sc->ring_end[(sc->ring_n - 1) % AC_SCAN_RING] > p - 3))
		return false;
	if (!((buf[p - 1] & 0xC0) == 0x80 && (buf[p - 2] & 0xC0) == 0x80 &&
		  buf[p - 3] >= 0xE1 && buf[p - 3] <= 0xEF && buf[p - 3] != 0xED))
		return false;
	cp = ((uint32_t) (buf[p - 3] & 0x0F) << 12) |
		((uint32_t) (buf[p - 2] & 0x3F) << 6) | (buf[p - 1] & 0x3F);
	if (!ac_is_han(cp) || !ac_pp_single(buf + from, sc->len - from, cp, &r, &toned, &end))
		return false;
	q = from + end;
	if (open_bracket(buf, sc->len, q) || extender_at(sc, q))
		return false;			/* a repeat, or a mark: the general path decides */

	count_clean(sc, p);
	rec->nsyl = 1;
	rec->toned = toned;
	rec->clean_pos = sc->want_pos ? sc->clean_chars - 1 : 0;
	rec->base_start = p - 3;
	rec->base_len = 3;
	rec->base_contiguous = true;
	rec->base_cp[0] = cp;
	rec->reading[0] = toned && AC_READING_TONE(r) == 0 ?
		AC_READING(AC_READING_SYL(r), AC_TONE_NEUTRAL) : r;
	drop_groups(sc, p, q, false);
	return true;
}

static AC_NOINLINE cand_result
try_bracket(ac_scanner *sc, size_t p)
{
	context		ctx;
	ac_pp_body	body;
	ac_annot   *rec = &sc->rec[0];
	ac_reading	r[AC_ANNOT_MAXSYL];
	bool		toned;
	size_t		q;
	int			k;
	int			i;
	int			want;
	bool		more;

	/* cheapest tests first: something non-ASCII right before, pinyin after */
	if (p == 0 || (sc->buf[p - 1] < 0x80 &&
				   !(sc->ring_n > 0 && sc->ring_end[(sc->ring_n - 1) % AC_SCAN_RING] == p)))
		return CAND_NONE;
	if (try_single(sc, p))
		return CAND_FOUND;
	if (!parse_group(sc, p, &body, &q))
		return CAND_NONE;

	/*
	 * Usually one syllable per piece between separators: look back that
	 * far first, and further only for joined syllables ("zhongwen").
	 */
	want = body.npieces < AC_ANNOT_MAXSYL ? body.npieces : AC_ANNOT_MAXSYL;
	if (gather_context(sc, p, want, &ctx) == 0)
		return CAND_NONE;
	k = ac_pp_match(&body, ctx.cp, ctx.n, 0, r, &toned);
	if (k == 0 && ctx.n == want && body.nletters > want)
	{
		want = body.nletters < AC_ANNOT_MAXSYL ? body.nletters : AC_ANNOT_MAXSYL;
		gather_context(sc, p, want, &ctx);
		k = ac_pp_match(&body, ctx.cp, ctx.n, 0, r, &toned);
	}
	if (k == 0)
		return CAND_NONE;

	rec->nsyl = k;
	rec->toned = toned;
	rec->base_start = ctx.start[k - 1];
	rec->base_len = ctx.end[0] - ctx.start[k - 1];
	rec->base_contiguous = true;
	for (i = 0; i < k; i++)
	{
		rec->base_cp[i] = ctx.cp[k - 1 - i];
		rec->reading[i] = r[i];
		if (i > 0 && ctx.start[k - 1 - i] != ctx.end[k - i])
			rec->base_contiguous = false;
	}
	q = absorb_repeats(sc, p, q, &ctx, rec, &more);
	if (!more && extender_at(sc, q))
		return CAND_NONE;
	count_clean(sc, p);
	rec->clean_pos = sc->want_pos ? sc->clean_chars - (size_t) k : 0;
	drop_groups(sc, p, q, more);
	return CAND_FOUND;
}

/* Go on with a run of identical repeats cut by the per-call bound. */
static void
continue_run(ac_scanner *sc)
{
	context		ctx;
	bool		more;
	size_t		q;

	gather_context(sc, sc->pos, AC_ANNOT_MAXSYL, &ctx);
	q = absorb_repeats(sc, sc->pos, sc->pos, &ctx, &sc->rec[0], &more);
	if (q == sc->pos)
	{
		/* cannot happen: the run was seen to go on; end it cleanly */
		sc->run_open = false;
		return;
	}
	drop_groups(sc, sc->pos, q, more);
	sc->text_start = q;
}

/* ---- ruby markup ---- */

enum
{
	TAG_RUBY, TAG_RB, TAG_RT, TAG_RP, TAG_RTC
};

/*
 * Parse a ruby-related tag at s.  Returns its id and sets *closing and
 * *taglen, or returns -1.  Attributes must be printable ASCII, so no
 * annotation (which needs a Han character before it) can hide in a tag.
 */
static int
parse_tag(const unsigned char *s, size_t avail, bool *closing, size_t *taglen)
{
	static const char *const names[] = {"ruby", "rb", "rt", "rp", "rtc"};
	char		name[5];
	size_t		i = 1;
	size_t		nlen = 0;
	size_t		lim = avail < RUBY_MAXTAG ? avail : RUBY_MAXTAG;
	int			id;

	if (lim < 3 || s[0] != '<')
		return -1;
	*closing = s[1] == '/';
	if (*closing)
		i++;
	while (i < lim && nlen < sizeof(name) &&
		   ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z'))
		name[nlen++] = (char) (s[i++] | 0x20);
	for (id = 0; id <= TAG_RTC; id++)
		if (strlen(names[id]) == nlen && memcmp(names[id], name, nlen) == 0)
			break;
	if (id > TAG_RTC || i >= lim)
		return -1;
	if (s[i] != '>' && s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r')
		return -1;
	while (i < lim && s[i] != '>')
	{
		if (s[i] < 0x20 ? !(s[i] == '\t' || s[i] == '\n' || s[i] == '\r')
			: (s[i] >= 0x7F || s[i] == '<'))
			return -1;
		if (*closing && s[i] != ' ')
			return -1;
		i++;
	}
	if (i >= lim)
		return -1;
	*taglen = i + 1;
	return id;
}

/* <rp> content: a few ASCII or full-width punctuation bytes, no Han. */
static bool
rp_content_ok(const unsigned char *s, size_t n)
{
	size_t		i = 0;

	while (i < n)
	{
		if (s[i] < 0x80)
		{
			if ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z')
				return false;
			i++;
		}
		else if (i + 3 <= n &&
				 ((s[i] == 0xEF && (s[i + 1] == 0xBC || s[i + 1] == 0xBD)) ||
				  (s[i] == 0xE3 && s[i + 1] == 0x80)))
			i += 3;				/* full-width forms, CJK punctuation */
		else
			return false;
	}
	return true;
}

/* One base run of a ruby element and its reading. */
typedef struct ruby_unit
{
	size_t		start;
	size_t		end;
	int			n;
	uint32_t	cp[AC_ANNOT_MAXSYL];
} ruby_unit;

typedef struct ruby_parse
{
	int			nunits;
	ruby_unit	unit[RUBY_MAXUNITS];
	int			nrt;
	ac_pp_body	rt[RUBY_MAXUNITS];
	size_t		rt_end[RUBY_MAXUNITS];
	int			npieces;		/* dropped ranges, in order */
	size_t		piece_start[RUBY_MAXTOKENS + 1];
	size_t		piece_end[RUBY_MAXTOKENS + 1];
} ruby_parse;

static void
ruby_drop(ruby_parse *rp, size_t start, size_t end)
{
	rp->piece_start[rp->npieces] = start;
	rp->piece_end[rp->npieces] = end;
	rp->npieces++;
}

/*
 * Parse the ruby element at p.  Returns its end, 0 if it is none, or sets
 * *protect to the end of a bracket that follows a base character.
 */
static size_t
parse_ruby(const ac_scanner *sc, size_t p, ruby_parse *rp, size_t *protect)
{
	const unsigned char *buf = sc->buf;
	size_t		len = sc->len;
	size_t		q;
	size_t		taglen;
	bool		closing;
	bool		in_unit = false;
	int			ntok;

	rp->nunits = rp->nrt = rp->npieces = 0;
	*protect = 0;
	if (parse_tag(buf + p, len - p, &closing, &taglen) != TAG_RUBY || closing)
		return 0;
	ruby_drop(rp, p, p + taglen);
	q = p + taglen;
	for (ntok = 0; ntok < RUBY_MAXTOKENS; ntok++)
	{
		if (q >= len)
			return 0;
		if (buf[q] == '<')
		{
			int			id = parse_tag(buf + q, len - q, &closing, &taglen);
			size_t		end = q + taglen;

			in_unit = false;
			if (id < 0 || id == TAG_RUBY)
			{
				if (id == TAG_RUBY && closing)
				{
					ruby_drop(rp, q, end);
					return end;
				}
				return 0;
			}
			if (id == TAG_RP && !closing)
			{
				while (end < len && buf[end] != '<' && end - (q + taglen) <= RUBY_MAXRP)
					end++;
				if (end >= len || buf[end] != '<' ||
					!rp_content_ok(buf + q + taglen, end - (q + taglen)))
					return 0;
			}
			else if (id == TAG_RT && !closing)
			{
				ac_pp_body *body = &rp->rt[rp->nrt];

				if (rp->nrt == RUBY_MAXUNITS ||
					!ac_pp_parse(buf + end, len - end, AC_PP_TERM_TAG, body))
					return 0;
				end += body->body_len;
				rp->rt_end[rp->nrt++] = end;
			}
			ruby_drop(rp, q, end);
			q = end;
		}
		else
		{
			uint32_t	cp;
			int			nb = ac_utf8_decode(buf + q, len - q, &cp);
			ruby_unit  *u;

			if (cp == AC_UTF8_INVALID || !ac_is_han(cp))
				return 0;
			if (!in_unit)
			{
				if (rp->nunits == RUBY_MAXUNITS)
					return 0;
				u = &rp->unit[rp->nunits++];
				u->start = q;
				u->n = 0;
				in_unit = true;
			}
			u = &rp->unit[rp->nunits - 1];
			if (u->n == AC_ANNOT_MAXSYL)
				return 0;
			u->cp[u->n++] = cp;
			q += (size_t) nb;
			u->end = q;
			if (open_bracket(buf, len, q))
			{
				*protect = q + (size_t) open_bracket(buf, len, q);
				return 0;
			}
		}
	}
	return 0;
}

static AC_NOINLINE cand_result
try_ruby(ac_scanner *sc, size_t p)
{
	ruby_parse	rp;
	size_t		protect;
	size_t		end = parse_ruby(sc, p, &rp, &protect);
	int			i;
	int			piece;
	int			u;

	if (end == 0)
	{
		if (protect == 0)
			return CAND_NONE;
		sc->pos = protect;
		return CAND_PROTECT;
	}
	if (rp.nunits == 0 || rp.nunits != rp.nrt || extender_at(sc, end))
		return CAND_NONE;

	/* each <rt> must read its base run, syllable by syllable */
	for (u = 0; u < rp.nunits; u++)
	{
		ruby_unit  *un = &rp.unit[u];
		ac_annot   *rec = &sc->rec[u];
		uint32_t	rev[AC_ANNOT_MAXSYL];
		bool		toned;

		for (i = 0; i < un->n; i++)
			rev[i] = un->cp[un->n - 1 - i];
		if (ac_pp_match(&rp.rt[u], rev, un->n, un->n, rec->reading, &toned) == 0)
			return CAND_NONE;
		rec->nsyl = un->n;
		rec->toned = toned;
		rec->base_start = un->start;
		rec->base_len = un->end - un->start;
		rec->base_contiguous = true;
		memcpy(rec->base_cp, un->cp, sizeof(uint32_t) * (size_t) un->n);
	}

	/*
	 * Queue dropped pieces and kept base runs in order.  A dropped piece
	 * ends after each <rt>, so that it can carry that reading; the last
	 * reading rides on the last dropped piece.
	 */
	count_clean(sc, p);
	u = 0;
	for (piece = 0; piece < rp.npieces; piece++)
	{
		size_t		ps = rp.piece_start[piece];
		size_t		pe = rp.piece_end[piece];
		int			rec = -1;

		ring_push(sc, ps, pe);
		while (u < rp.nunits && rp.unit[u].end <= ps)
		{
			plan_add(sc, AC_SPAN_TEXT, rp.unit[u].start,
					 rp.unit[u].end - rp.unit[u].start, -1);
			sc->rec[u].clean_pos = sc->want_pos ? sc->clean_chars : 0;
			sc->clean_chars += (size_t) rp.unit[u].n;
			u++;
		}
		for (i = 0; i < rp.nrt - 1; i++)
			if (rp.rt_end[i] == pe)
				rec = i;
		if (piece == rp.npieces - 1)
			rec = rp.nrt - 1;
		if (sc->plan_n > 0 && sc->plan[sc->plan_n - 1].kind == AC_SPAN_ANNOT &&
			sc->plan[sc->plan_n - 1].rec < 0 &&
			sc->plan[sc->plan_n - 1].start + sc->plan[sc->plan_n - 1].len == ps)
		{
			sc->plan[sc->plan_n - 1].len += pe - ps;
			sc->plan[sc->plan_n - 1].rec = rec;
		}
		else
			plan_add(sc, AC_SPAN_ANNOT, ps, pe - ps, rec);
	}
	sc->counted_upto = end;
	sc->pos = end;
	return CAND_FOUND;
}

/* ---- the scanning loop ---- */

/* Pop the next queued span. */
static bool
plan_pop(ac_scanner *sc, ac_span *span)
{
	const ac_scan_piece *pc = &sc->plan[sc->plan_i++];

	span->kind = (ac_span_kind) pc->kind;
	span->start = pc->start;
	span->len = pc->len;
	span->annot = pc->rec >= 0 ? &sc->rec[pc->rec] : NULL;
	if (sc->plan_i == sc->plan_n)
		sc->plan_i = sc->plan_n = 0;
	return true;
}

/* Emit pending text [text_start, upto) if any, then the plan. */
static bool
emit(ac_scanner *sc, size_t upto, ac_span *span)
{
	if (upto > sc->text_start)
	{
		span->kind = AC_SPAN_TEXT;
		span->start = sc->text_start;
		span->len = upto - sc->text_start;
		span->annot = NULL;
		sc->text_start = sc->pos;
		return true;
	}
	sc->text_start = sc->pos;
	if (sc->plan_n > 0)
		return plan_pop(sc, span);
	return false;
}

bool
ac_scan_next(ac_scanner *sc, ac_span *span)
{
	const unsigned char *buf = sc->buf;
	size_t		len = sc->len;
	size_t		p = sc->pos;
	size_t		stop;
	int			ncand = 0;

	if (sc->plan_n > 0)
		return plan_pop(sc, span);
	if (sc->run_open)
	{
		continue_run(sc);
		if (sc->plan_n > 0)
			return plan_pop(sc, span);
		p = sc->pos;
	}

	stop = len - p > SCAN_CHUNK ? p + SCAN_CHUNK : len;
	for (;;)
	{
		cand_result res = CAND_NONE;
		size_t		at;

		/* the hot loop: skip bytes that cannot open an annotation */
		while (p + 4 <= stop &&
			   !(candidate_byte[buf[p]] | candidate_byte[buf[p + 1]] |
				 candidate_byte[buf[p + 2]] | candidate_byte[buf[p + 3]]))
			p += 4;
		while (p < stop && !candidate_byte[buf[p]])
			p++;
		if (p >= stop || ++ncand > SCAN_MAXCAND)
			break;

		at = p;
		if (buf[p] == '<')
		{
			if (p + 1 < len && (buf[p + 1] | 0x20) == 'r')
				res = try_ruby(sc, p);
		}
		else if (open_bracket(buf, len, p))
			res = try_bracket(sc, p);

		if (res == CAND_FOUND)
			return emit(sc, at, span);
		if (res == CAND_PROTECT)
		{
			p = sc->pos;
			if (p >= stop)
				break;
		}
		else
			p++;
	}

	/* no annotation in reach: hand back the text scanned so far */
	if (p >= len)
		p = len;
	else if (p > sc->text_start)
	{
		/* do not cut inside a character */
		size_t		cut = p;
		int			back = 0;

		while (back < 3 && cut > sc->text_start + 1 && (buf[cut] & 0xC0) == 0x80)
		{
			cut--;
			back++;
		}
		p = cut;
	}
	sc->pos = p;
	if (p > sc->text_start)
	{
		span->kind = AC_SPAN_TEXT;
		span->start = sc->text_start;
		span->len = p - sc->text_start;
		span->annot = NULL;
		sc->text_start = p;
		return true;
	}
	return false;
}

size_t
ac_clean(const unsigned char *src, size_t len, unsigned char *out)
{
	ac_scanner	sc;
	ac_span		span;
	size_t		n = 0;

	ac_scan_init(&sc, src, len);
	ac_scan_no_positions(&sc);	/* positions are not needed here */
	while (ac_scan_next(&sc, &span))
	{
		if (span.kind == AC_SPAN_TEXT)
		{
			memcpy(out + n, src + span.start, span.len);
			n += span.len;
		}
	}
	return n;
}

size_t
ac_annot_base_text(const ac_annot *a, unsigned char *out)
{
	size_t		n = 0;
	int			i;

	for (i = 0; i < a->nsyl; i++)
		n += (size_t) ac_utf8_encode(a->base_cp[i], out + n);
	return n;
}

size_t
ac_annot_reading_text(const ac_annot *a, char *out)
{
	size_t		n = 0;
	int			i;

	for (i = 0; i < a->nsyl; i++)
	{
		if (i > 0)
			out[n++] = ' ';
		n += ac_reading_format(a->reading[i],
							   a->toned ? AC_STYLE_TONE : AC_STYLE_PLAIN,
							   out + n);
	}
	return n;
}
