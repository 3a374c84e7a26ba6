/*-------------------------------------------------------------------------
 * ac_readings.c
 *	  Syllables, readings of Han characters, and their written forms.
 *
 * The tables live in gen/ac_readings_data.c (tools/gen/gen_readings.py).
 * Readings of a code point: stage1[cp >> SHIFT] names a block of stage2,
 * whose entry for cp is an offset into the pool; the pool holds the count
 * followed by the readings.  Identical reading lists and identical blocks
 * are stored once, so the whole thing is a few hundred kB of rodata and a
 * lookup is two dependent loads and no loop.
 *-------------------------------------------------------------------------
 */
#include "ac_readings.h"
#include "ac_utf8.h"
#include "gen/ac_readings_data.h"

#define AC_READINGS_MASK ((1u << AC_READINGS_SHIFT) - 1)

int
ac_syllable_count(void)
{
	return AC_SYLLABLE_COUNT;
}

const char *
ac_syllable_name(int syl)
{
	if (syl < 0 || syl >= AC_SYLLABLE_COUNT)
		return "";
	return ac_syllable_names[syl];
}

/*
 * Names are at most 8 bytes, packed big-endian into a uint64 so that integer
 * order is string order; the search is then a fixed number of compares.
 */
int
ac_syllable_lookup(const char *s, size_t len)
{
	uint64_t	key = 0;
	const uint64_t *base = ac_syllable_keys;
	size_t		n = AC_SYLLABLE_COUNT;
	size_t		i;

	if (s == NULL || len == 0 || len > 8)
		return -1;
	for (i = 0; i < 8; i++)
	{
		unsigned char c = 0;

		if (i < len)
		{
			c = (unsigned char) s[i];
			if (c < 'a' || c > 'z')
				return -1;
		}
		key = (key << 8) | c;
	}
	while (n > 1)
	{
		size_t		half = n / 2;

		base = (base[half] <= key) ? base + half : base;
		n -= half;
	}
	return *base == key ? (int) (base - ac_syllable_keys) : -1;
}

/* ---- formatting ---- */

/*
 * UTF-8 of the marked letter, by letter and tone 1..4.  Fixed-size arrays,
 * not pointers, so the table needs no relocation in the shared library.
 */
enum
{
	MK_A, MK_E, MK_I, MK_O, MK_U, MK_V, MK_EA, MK_M, MK_N
};
static const char marked[9][4][6] = {
	{"\xc4\x81", "\xc3\xa1", "\xc7\x8e", "\xc3\xa0"},	/* ā á ǎ à */
	{"\xc4\x93", "\xc3\xa9", "\xc4\x9b", "\xc3\xa8"},	/* ē é ě è */
	{"\xc4\xab", "\xc3\xad", "\xc7\x90", "\xc3\xac"},	/* ī í ǐ ì */
	{"\xc5\x8d", "\xc3\xb3", "\xc7\x92", "\xc3\xb2"},	/* ō ó ǒ ò */
	{"\xc5\xab", "\xc3\xba", "\xc7\x94", "\xc3\xb9"},	/* ū ú ǔ ù */
	{"\xc7\x96", "\xc7\x98", "\xc7\x9a", "\xc7\x9c"},	/* ǖ ǘ ǚ ǜ */
	/* ê̄ ế ê̌ ề: two have no precomposed form, so ê + combining mark */
	{"\xc3\xaa\xcc\x84", "\xe1\xba\xbf", "\xc3\xaa\xcc\x8c", "\xe1\xbb\x81"},
	{"m\xcc\x84", "\xe1\xb8\xbf", "m\xcc\x8c", "m\xcc\x80"},	/* m̄ ḿ m̌ m̀ */
	{"n\xcc\x84", "\xc5\x84", "\xc5\x88", "\xc7\xb9"},	/* n̄ ń ň ǹ */
};

static size_t
put_str(char *out, size_t pos, const char *s)
{
	while (*s)
		out[pos++] = *s++;
	return pos;
}

/*
 * Index of the letter carrying the tone mark: a or e if present, o in "ou",
 * otherwise the last vowel; m or n in the syllabic nasals.
 */
static int
tone_mark_position(const char *name, size_t len)
{
	int			last_vowel = -1;
	int			nasal = -1;
	size_t		i;

	for (i = 0; i < len; i++)
	{
		char		c = name[i];

		if (c == 'a' || c == 'e')
			return (int) i;
		if (c == 'o' && i + 1 < len && name[i + 1] == 'u')
			return (int) i;
		if (c == 'i' || c == 'o' || c == 'u' || c == 'v')
			last_vowel = (int) i;
		if ((c == 'm' || c == 'n') && nasal < 0)
			nasal = (int) i;
	}
	return last_vowel >= 0 ? last_vowel : nasal;
}

static size_t
format_tone(const char *name, size_t len, int tone, char *out)
{
	int			mark = (tone >= 1 && tone <= 4) ? tone_mark_position(name, len) : -1;
	size_t		pos = 0;
	size_t		i;

	if (len == 2 && name[0] == 'e' && name[1] == 'a')
		return put_str(out, 0, mark >= 0 ? marked[MK_EA][tone - 1] : "\xc3\xaa");
	for (i = 0; i < len; i++)
	{
		char		c = name[i];

		if ((int) i == mark)
		{
			int			k;

			switch (c)
			{
				case 'a': k = MK_A; break;
				case 'e': k = MK_E; break;
				case 'i': k = MK_I; break;
				case 'o': k = MK_O; break;
				case 'u': k = MK_U; break;
				case 'v': k = MK_V; break;
				case 'm': k = MK_M; break;
				default: k = MK_N; break;
			}
			pos = put_str(out, pos, marked[k][tone - 1]);
		}
		else if (c == 'v')
			pos = put_str(out, pos, "\xc3\xbc");	/* ü */
		else
			out[pos++] = c;
	}
	return pos;
}

size_t
ac_reading_format(ac_reading r, ac_pinyin_style style, char *out)
{
	int			syl = AC_READING_SYL(r);
	int			tone = AC_READING_TONE(r);
	const char *name;
	size_t		len;

	if (syl >= AC_SYLLABLE_COUNT)
		return 0;
	name = ac_syllable_names[syl];
	for (len = 0; len < 8 && name[len]; len++)
		;
	switch (style)
	{
		case AC_STYLE_TONE:
			return format_tone(name, len, tone, out);
		case AC_STYLE_NUMBER:
			put_str(out, 0, name);
			if (tone >= 1 && tone <= 5)
				out[len++] = (char) ('0' + tone);
			return len;
		case AC_STYLE_FIRST:
			out[0] = name[0];
			return 1;
		case AC_STYLE_PLAIN:
		default:
			put_str(out, 0, name);
			return len;
	}
}

/* ---- parsing a written syllable ---- */

/* Non-ASCII letters of written pinyin: the base letter ('^' = ê) and tone. */
typedef struct marked_letter
{
	uint32_t	cp;
	char		letter;
	char		tone;
} marked_letter;

static const marked_letter marked_letters[] = {
	{0x00E0, 'a', 4}, {0x00E1, 'a', 2}, {0x00E8, 'e', 4}, {0x00E9, 'e', 2},
	{0x00EA, '^', 0}, {0x00EC, 'i', 4}, {0x00ED, 'i', 2}, {0x00F2, 'o', 4},
	{0x00F3, 'o', 2}, {0x00F9, 'u', 4}, {0x00FA, 'u', 2}, {0x00FC, 'v', 0},
	{0x0101, 'a', 1}, {0x0113, 'e', 1}, {0x011B, 'e', 3}, {0x012B, 'i', 1},
	{0x0144, 'n', 2}, {0x0148, 'n', 3}, {0x014D, 'o', 1}, {0x016B, 'u', 1},
	{0x01CE, 'a', 3}, {0x01D0, 'i', 3}, {0x01D2, 'o', 3}, {0x01D4, 'u', 3},
	{0x01D6, 'v', 1}, {0x01D8, 'v', 2}, {0x01DA, 'v', 3}, {0x01DC, 'v', 4},
	{0x01F9, 'n', 4}, {0x0251, 'a', 0}, {0x0261, 'g', 0}, {0x1E3F, 'm', 2},
	{0x1EBF, '^', 2}, {0x1EC1, '^', 4},
	/* upper case */
	{0x00C0, 'a', 4}, {0x00C1, 'a', 2}, {0x00C8, 'e', 4}, {0x00C9, 'e', 2},
	{0x00CA, '^', 0}, {0x00CC, 'i', 4}, {0x00CD, 'i', 2}, {0x00D2, 'o', 4},
	{0x00D3, 'o', 2}, {0x00D9, 'u', 4}, {0x00DA, 'u', 2}, {0x00DC, 'v', 0},
	{0x0100, 'a', 1}, {0x0112, 'e', 1}, {0x011A, 'e', 3}, {0x012A, 'i', 1},
	{0x0143, 'n', 2}, {0x0147, 'n', 3}, {0x014C, 'o', 1}, {0x016A, 'u', 1},
	{0x01CD, 'a', 3}, {0x01CF, 'i', 3}, {0x01D1, 'o', 3}, {0x01D3, 'u', 3},
	{0x01D5, 'v', 1}, {0x01D7, 'v', 2}, {0x01D9, 'v', 3}, {0x01DB, 'v', 4},
	{0x01F8, 'n', 4}, {0x1E3E, 'm', 2}, {0x1EBE, '^', 2}, {0x1EC0, '^', 4},
};

/* Combining marks: tones, and the diaeresis/circumflex of ü and ê. */
static int
combining_tone(uint32_t cp)
{
	switch (cp)
	{
		case 0x0304: return 1;
		case 0x0301: return 2;
		case 0x030C: return 3;
		case 0x0300: return 4;
		default: return 0;
	}
}

#define AC_PARSE_MAXNAME 8

bool
ac_reading_parse(const char *s, size_t len, ac_reading *out)
{
	const unsigned char *p = (const unsigned char *) s;
	char		name[AC_PARSE_MAXNAME];
	size_t		n = 0;
	size_t		pos = 0;
	int			tone = 0;
	int			syl;

	if (s == NULL || len == 0 || len > 32)
		return false;
	while (pos < len)
	{
		uint32_t	cp;
		int			used = ac_utf8_decode(p + pos, len - pos, &cp);
		int			t = 0;
		char		letter = 0;

		pos += (size_t) used;
		if (cp >= 'A' && cp <= 'Z')
			letter = (char) (cp - 'A' + 'a');
		else if (cp >= 'a' && cp <= 'z')
			letter = (char) cp;
		else if (cp >= '0' && cp <= '5' && pos == len && tone == 0 && n > 0)
		{
			tone = cp == '0' ? AC_TONE_NEUTRAL : (int) (cp - '0');
			break;
		}
		else if (cp == ':' && n > 0 && name[n - 1] == 'u')
		{
			name[n - 1] = 'v';		/* u: */
			continue;
		}
		else if (cp == 0x0308 && n > 0 && name[n - 1] == 'u')
		{
			name[n - 1] = 'v';		/* u + combining diaeresis */
			continue;
		}
		else if (cp == 0x0302 && n > 0 && name[n - 1] == 'e')
		{
			name[n - 1] = '^';		/* e + combining circumflex */
			continue;
		}
		else if ((t = combining_tone(cp)) != 0 && n > 0)
		{
			if (tone != 0)
				return false;
			tone = t;
			continue;
		}
		else
		{
			size_t		i;

			for (i = 0; i < sizeof(marked_letters) / sizeof(marked_letters[0]); i++)
			{
				if (marked_letters[i].cp == cp)
				{
					letter = marked_letters[i].letter;
					t = marked_letters[i].tone;
					break;
				}
			}
			if (letter == 0)
				return false;
			if (t != 0)
			{
				if (tone != 0)
					return false;
				tone = t;
			}
		}
		if (n >= AC_PARSE_MAXNAME)
			return false;
		name[n++] = letter;
	}
	if (n == 1 && name[0] == '^')
	{
		name[0] = 'e';
		name[1] = 'a';
		n = 2;
	}
	syl = ac_syllable_lookup(name, n);	/* rejects a stray '^' */
	if (syl < 0)
		return false;
	*out = AC_READING(syl, tone);
	return true;
}

/* ---- readings of characters ---- */

int
ac_readings_of(uint32_t cp, const ac_reading **out)
{
	uint16_t	off;

	if (cp > AC_READINGS_MAXCP)
	{
		*out = ac_readings_pool + 1;
		return 0;
	}
	off = ac_readings_stage2[((uint32_t) ac_readings_stage1[cp >> AC_READINGS_SHIFT] << AC_READINGS_SHIFT)
							 | (cp & AC_READINGS_MASK)];
	*out = ac_readings_pool + off + 1;
	return ac_readings_pool[off];
}

bool
ac_has_syllable(uint32_t cp, int syl)
{
	const ac_reading *r;
	int			n = ac_readings_of(cp, &r);
	int			i;

	for (i = 0; i < n; i++)
	{
		if (AC_READING_SYL(r[i]) == syl)
			return true;
	}
	return false;
}

int
ac_readings_coverage(void)
{
	return ac_han_with_readings_count;
}

bool
ac_is_han(uint32_t cp)
{
	if (cp >= 0x4E00 && cp <= 0x9FFF)	/* URO, by far the most common */
		return true;
	if (cp < 0x3007)
		return false;
	return cp == 0x3007 ||
		(cp >= 0x3400 && cp <= 0x4DBF) ||	/* Ext A */
		(cp >= 0xF900 && cp <= 0xFAFF) ||	/* Compatibility */
		(cp >= 0x20000 && cp <= 0x2A6DF) ||	/* Ext B */
		(cp >= 0x2A700 && cp <= 0x2EE5F) ||	/* Ext C, D, E, F, I */
		(cp >= 0x2F800 && cp <= 0x2FA1F) ||	/* Compatibility Supplement */
		(cp >= 0x30000 && cp <= 0x323AF);	/* Ext G, H */
}
