/*-------------------------------------------------------------------------
 * ac_pinyin_rules.c
 *	  Readings of frequent heteronyms that no phrase decided.
 *
 * Phrases decide most heteronyms; what is left are function words and
 * words read by their grammatical role, which the neighbouring characters
 * reveal.  Each rule below states the regularity it uses.  A rule only
 * runs for a character no dictionary phrase covered, and falls back to the
 * character's default reading.
 *-------------------------------------------------------------------------
 */
#include <string.h>

#include "ac_pinyin.h"
#include "ac_pinyin_int.h"

/* Is c one of the code points in the UTF-32 list set (0-terminated)? */
static bool
in_set(uint32_t c, const uint32_t *set)
{
	for (; *set != 0; set++)
		if (*set == c)
			return true;
	return false;
}

/* Degree adverbs and adjectives that follow the complement particle 得. */
static const uint32_t degree_after[] = {
	0x5F88, /* 很 */ 0x592A, /* 太 */ 0x975E, /* 非 */ 0x66F4, /* 更 */
	0x5341, /* 十 */ 0x7279, /* 特 */ 0x633A, /* 挺 */ 0x8D8A, /* 越 */
	0x771F, /* 真 */ 0x6781, /* 极 */ 0x6700, /* 最 */ 0x76F8, /* 相 */
	0x6BD4, /* 比 */ 0x50CF, /* 像 */ 0x5982, /* 如 */ 0x8FD9, /* 这 */
	0x90A3, /* 那 */ 0x6EE1, /* 满 */ 0x4E71, /* 乱 */ 0
};

/* Degree adverbs before an adjective (重 "heavy" after them). */
static const uint32_t degree_before[] = {
	0x5F88, /* 很 */ 0x592A, /* 太 */ 0x66F4, /* 更 */ 0x6700, /* 最 */
	0x8F83, /* 较 */ 0x6781, /* 极 */ 0x633A, /* 挺 */ 0x597D, /* 好 */
	0x8D8A, /* 越 */ 0x592A, /* 太 */ 0x8FC7, /* 过 */ 0x504F, /* 偏 */
	0x52A0, /* 加 */ 0
};

/* Results of growing after the verb 长 zhǎng: 长得, 长出, 长成, 长满. */
static const uint32_t grow_after[] = {
	0x5F97, /* 得 */ 0x51FA, /* 出 */ 0x6210, /* 成 */ 0x6EE1, /* 满 */
	0x5927, /* 大 */ 0x9AD8, /* 高 */ 0x80D6, /* 胖 */ 0x58EE, /* 壮 */
	0x7740, /* 着 */ 0
};

/* Units and bodies headed by a 长 zhǎng (chief): 校长, 站长, 村长. */
static const uint32_t chief_of[] = {
	0x6821, /* 校 */ 0x90E8, /* 部 */ 0x5E02, /* 市 */ 0x7701, /* 省 */
	0x53BF, /* 县 */ 0x9547, /* 镇 */ 0x6751, /* 村 */ 0x5C40, /* 局 */
	0x5904, /* 处 */ 0x79D1, /* 科 */ 0x7EC4, /* 组 */ 0x9662, /* 院 */
	0x6240, /* 所 */ 0x793E, /* 社 */ 0x56E2, /* 团 */ 0x961F, /* 队 */
	0x73ED, /* 班 */ 0x5385, /* 厅 */ 0x5DDE, /* 州 */ 0x7F72, /* 署 */
	0x9986, /* 馆 */ 0x7AD9, /* 站 */ 0x8230, /* 舰 */ 0x8239, /* 船 */
	0x65CF, /* 族 */ 0x5E08, /* 师 */ 0x8425, /* 营 */ 0x8FDE, /* 连 */
	0x6392, /* 排 */ 0x4E61, /* 乡 */ 0x5385, /* 厅 */ 0x8F66, /* 车 */
	0x5BA4, /* 室 */ 0x8BAE, /* 议 */ 0x9996, /* 首 */ 0x5BB6, /* 家 */ 0
};

/* Verbs of result/potential before 了 read liǎo: 受不了, 走得了. */
static const uint32_t liao_before[] = {
	0x4E0D, /* 不 */ 0x5F97, /* 得 */ 0
};

/* The Han neighbour at offset d of position i (0: none or not Han). */
static uint32_t
neighbour(const uint32_t *key, size_t n, size_t i, int d)
{
	if (d < 0 && i < (size_t) -d)
		return 0;
	if (d > 0 && i + (size_t) d >= n)
		return 0;
	return key[i + d];
}

ac_reading
ac_pinyin_rule(const uint32_t *cps, const uint32_t *key, const bool *covered,
			   const ac_reading *out, size_t n, size_t i, uint8_t *how)
{
	uint32_t	prev = neighbour(key, n, i, -1);
	uint32_t	next = neighbour(key, n, i, 1);
	ac_reading	r = 0;

	(void) covered;
	(void) out;
	switch (key[i])
	{
		case 0x5F97:			/* 得 */

			/*
			 * After a verb or adjective and before a degree word it is the
			 * complement particle: 跑得很快, 说得太多.
			 */
			if (prev != 0 && in_set(next, degree_after))
				r = ac_pinyin_make("de", 5);
			break;
		case 0x5730:			/* 地 */

			/*
			 * The adverbial particle follows a reduplicated word or an
			 * adverb in 然: 慢慢地, 突然地.
			 */
			if (prev != 0 && (prev == 0x7136 /* 然 */ ||
							  (i >= 2 && prev == neighbour(key, n, i, -2))))
				r = ac_pinyin_make("de", 5);
			break;
		case 0x4E86:			/* 了 */

			/* potential complements end a clause: 受不了, 做得了 */
			if (in_set(prev, liao_before) && next == 0)
				r = ac_pinyin_make("liao", 3);
			break;
		case 0x90FD:			/* 都 */

			/*
			 * The adverb dōu must be followed by what it modifies; at the
			 * end of a clause it is the noun dū (capital): 迁都。
			 */
			if (prev != 0 && next == 0)
				r = ac_pinyin_make("du", 1);
			break;
		case 0x957F:			/* 长 */
			/* an adjective after a degree adverb: 很长, 太长 */
			if (in_set(prev, degree_before))
				r = ac_pinyin_make("chang", 2);
			/* the verb "grow" before its result: 长得高, 长出 */
			else if (in_set(next, grow_after))
				r = ac_pinyin_make("zhang", 3);
			/* the chief of a unit: 站长, 村长 */
			else if (in_set(prev, chief_of))
				r = ac_pinyin_make("zhang", 3);
			break;
		case 0x91CD:			/* 重 */
			/* after a degree adverb it is the adjective zhòng: 很重 */
			if (in_set(prev, degree_before))
				r = ac_pinyin_make("zhong", 4);
			break;
		case 0x4E3A:			/* 为 */
			/* purpose and cause: 为了, 为何, 为什么 */
			if (next == 0x4E86 || next == 0x4F55 || next == 0x4EC0)
				r = ac_pinyin_make("wei", 4);
			break;
		default:
			break;
	}
	if (r != 0)
	{
		/* a Traditional character keeps only a reading it has */
		*how = AC_SRC_RULE;
		return key[i] == cps[i] || ac_has_syllable(cps[i], AC_READING_SYL(r))
			? r : ac_pinyin_default(cps[i], key[i]);
	}
	*how = AC_SRC_DEFAULT;
	return ac_pinyin_default(cps[i], key[i]);
}
