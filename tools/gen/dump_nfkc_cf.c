/*
 * dump_nfkc_cf.c: print ICU's NFKC_Casefold of every code point taken
 * alone, one line per changed code point (an empty result for code points
 * that fold to nothing):
 *	  <cp hex>\t[<result cp hex> ...]
 * Input to tools/gen/gen_fold.py (which builds and runs this itself).
 *
 *	  cc -o dump_nfkc_cf dump_nfkc_cf.c $(pkg-config --cflags --libs icu-uc)
 */
#include <stdio.h>
#include <unicode/unorm2.h>
#include <unicode/utf16.h>
#include <unicode/uversion.h>

int
main(void)
{
	UErrorCode	status = U_ZERO_ERROR;
	const UNormalizer2 *n = unorm2_getNFKCCasefoldInstance(&status);
	UChar32		cp;

	if (U_FAILURE(status))
	{
		fprintf(stderr, "unorm2_getNFKCCasefoldInstance: %s\n", u_errorName(status));
		return 1;
	}
	printf("# ICU %s NFKC_Casefold (Unicode %s), per code point\n", U_ICU_VERSION, U_UNICODE_VERSION);
	for (cp = 0; cp <= 0x10FFFF; cp++)
	{
		UChar		src[2];
		UChar		dst[64];
		int32_t		slen = 0;
		int32_t		dlen;
		int32_t		i;
		UBool		err = 0;

		if (cp >= 0xD800 && cp <= 0xDFFF)
			continue;
		U16_APPEND(src, slen, 2, cp, err);
		(void) err;			/* a scalar value always fits */
		status = U_ZERO_ERROR;
		dlen = unorm2_normalize(n, src, slen, dst, 64, &status);
		if (U_FAILURE(status))
		{
			fprintf(stderr, "U+%04X: %s\n", (unsigned) cp, u_errorName(status));
			return 1;
		}
		if (dlen == slen && dst[0] == src[0] && (slen == 1 || dst[1] == src[1]))
			continue;
		printf("%X\t", (unsigned) cp);
		for (i = 0; i < dlen;)
		{
			UChar32		c;

			U16_NEXT(dst, i, dlen, c);
			printf(i < dlen ? "%X " : "%X", (unsigned) c);
		}
		printf("\n");
	}
	return 0;
}
