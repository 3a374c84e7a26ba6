/*
 * dump_t2s.c: print ICU's Traditional -> Simplified mapping of every Han
 * code point taken alone, one line per changed code point:
 *	  <cp hex>\t<result cp hex> [<result cp hex> ...]
 * Input to tools/gen/gen_fold.py (which builds and runs this itself).
 *
 *	  cc -o dump_t2s dump_t2s.c $(pkg-config --cflags --libs icu-i18n icu-uc)
 */
#include <stdio.h>
#include <stdlib.h>
#include <unicode/utrans.h>
#include <unicode/utf16.h>

/* Same ranges as ac_is_han() in src/core/ac_readings.c. */
static const UChar32 han_ranges[][2] = {
	{0x3007, 0x3007}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF},
	{0x20000, 0x2A6DF}, {0x2A700, 0x2EE5F}, {0x2F800, 0x2FA1F}, {0x30000, 0x323AF},
};

int
main(void)
{
	static const UChar id[] = {'H', 'a', 'n', 't', '-', 'H', 'a', 'n', 's', 0};
	UErrorCode	status = U_ZERO_ERROR;
	UTransliterator *t = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, NULL, &status);
	size_t		r;

	if (U_FAILURE(status))
	{
		fprintf(stderr, "utrans_openU(Hant-Hans): %s\n", u_errorName(status));
		return 1;
	}
	printf("# ICU %s Hant-Hans, per code point\n", U_ICU_VERSION);
	for (r = 0; r < sizeof(han_ranges) / sizeof(han_ranges[0]); r++)
	{
		UChar32		cp;

		for (cp = han_ranges[r][0]; cp <= han_ranges[r][1]; cp++)
		{
			UChar		buf[64];
			int32_t		len = 0;
			int32_t		limit;
			int32_t		i;
			UBool		err = 0;
			UChar32		c;

			U16_APPEND(buf, len, 64, cp, err);
			(void) err;		/* cannot overflow 64 units */
			limit = len;
			status = U_ZERO_ERROR;
			utrans_transUChars(t, buf, &len, 64, 0, &limit, &status);
			if (U_FAILURE(status))
			{
				fprintf(stderr, "U+%04X: %s\n", (unsigned) cp, u_errorName(status));
				return 1;
			}
			U16_GET(buf, 0, 0, len, c);
			if (len == U16_LENGTH(cp) && c == cp)
				continue;
			printf("%X\t", (unsigned) cp);
			for (i = 0; i < len;)
			{
				U16_NEXT(buf, i, len, c);
				printf(i < len ? "%X " : "%X\n", (unsigned) c);
			}
		}
	}
	utrans_close(t);
	return 0;
}
