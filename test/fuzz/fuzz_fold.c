/*-------------------------------------------------------------------------
 * fuzz_fold.c
 *	  libFuzzer harness: the bounded UTF-8 walker (ac_utf8.h) and search
 *	  folding (ac_fold.h).
 *
 * Invariants:
 *	 - the decoder consumes 1..4 bytes, never past the end; a valid code
 *	   point re-encodes to exactly the bytes it came from; ac_utf8_valid()
 *	   and ac_utf8_count() agree with the walk;
 *	 - every fold returns 0..AC_FOLD_MAXCPS valid scalar values;
 *	 - search folding is idempotent (each folded code point folds to
 *	   itself), so a query typed in folded form matches the document it
 *	   was folded from; T->S is idempotent too;
 *	 - arbitrary 32-bit values (the decoder's AC_UTF8_INVALID included) are
 *	   handled without reading outside the tables.
 *-------------------------------------------------------------------------
 */
#include "fuzz_common.h"
#include "ac_fold.h"

static int
valid_scalar(uint32_t cp)
{
	return cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF);
}

typedef int (*fold_fn) (uint32_t cp, uint32_t out[AC_FOLD_MAXCPS]);

/*
 * must_be_idempotent = 0 is for any 32-bit value: only the count is checked.
 */
static void
check_fold(fold_fn fold, uint32_t cp, int must_be_idempotent)
{
	/* exactly AC_FOLD_MAXCPS on the heap: ASan catches an overrun */
	uint32_t   *out = malloc(AC_FOLD_MAXCPS * sizeof(uint32_t));
	uint32_t   *again = malloc(AC_FOLD_MAXCPS * sizeof(uint32_t));
	int			n = fold(cp, out);
	int			i;

	FUZZ_REQUIRE(n >= 0 && n <= AC_FOLD_MAXCPS, "fold count");
	for (i = 0; i < n; i++)
	{
		if (must_be_idempotent)
		{
			FUZZ_REQUIRE(valid_scalar(out[i]), "folded code point is a scalar value");
			int			m = fold(out[i], again);

			if (!(m == 1 && again[0] == out[i]))
				fprintf(stderr, "U+%04X folds to U+%04X, which folds to %d code point(s), first U+%04X\n",
						cp, out[i], m, m > 0 ? again[0] : 0);
			FUZZ_REQUIRE(m == 1 && again[0] == out[i], "folding is idempotent");
		}
	}
	free(out);
	free(again);
}

/*
 * Once, before fuzzing: the per-code-point invariants over every scalar
 * value (about 0.1 s), so the fuzzer's time goes to the walker.
 */
int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	uint32_t	cp;

	(void) argc;
	(void) argv;
	for (cp = 0; cp <= 0x10FFFF; cp++)
	{
		if (cp >= 0xD800 && cp <= 0xDFFF)
			continue;
		check_fold(ac_fold_search, cp, 1);
		check_fold(ac_fold_nfkc_cf, cp, 1);
		FUZZ_REQUIRE(ac_fold_t2s(ac_fold_t2s(cp)) == ac_fold_t2s(cp), "T->S is idempotent");
	}
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned char *buf = fuzz_copy(data, size);
	size_t		p = 0;
	size_t		count = 0;
	int			all_valid = 1;

	while (p < size)
	{
		uint32_t	cp;
		int			n = ac_utf8_decode(buf + p, size - p, &cp);

		FUZZ_REQUIRE(n >= 1 && n <= 4 && (size_t) n <= size - p, "decode length");
		count++;
		if (cp == AC_UTF8_INVALID)
		{
			FUZZ_REQUIRE(n == 1, "an invalid sequence consumes one byte");
			all_valid = 0;
		}
		else
		{
			unsigned char enc[4];
			uint32_t	t;

			FUZZ_REQUIRE(valid_scalar(cp), "decoded a scalar value");
			FUZZ_REQUIRE(ac_utf8_encode(cp, enc) == n && memcmp(enc, buf + p, n) == 0,
						 "re-encodes to the same bytes");
			check_fold(ac_fold_search, cp, 1);
			check_fold(ac_fold_nfkc_cf, cp, 1);
			t = ac_fold_t2s(cp);
			FUZZ_REQUIRE(valid_scalar(t), "T->S gives a scalar value");
			FUZZ_REQUIRE(ac_fold_t2s(t) == t, "T->S is idempotent");
		}
		p += (size_t) n;
	}
	FUZZ_REQUIRE(ac_utf8_valid(buf, size) == all_valid, "ac_utf8_valid agrees");
	FUZZ_REQUIRE(ac_utf8_count(buf, size) == count, "ac_utf8_count agrees");

	/* raw 32-bit values: no crash, sane counts */
	for (p = 0; p + 4 <= size && p < 64; p += 4)
	{
		uint32_t	v = (uint32_t) buf[p] | (uint32_t) buf[p + 1] << 8 |
			(uint32_t) buf[p + 2] << 16 | (uint32_t) buf[p + 3] << 24;

		check_fold(ac_fold_search, v, 0);
		check_fold(ac_fold_search, AC_UTF8_INVALID, 0);
		(void) ac_fold_t2s(v);
	}
	free(buf);
	return 0;
}
