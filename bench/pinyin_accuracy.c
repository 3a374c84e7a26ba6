/*
 * pinyin_accuracy.c: driver for bench/pinyin_accuracy.py.
 *
 * Reads sentences, one per line, in which one character is marked as
 * "▁X▁"; prints the reading the core gives that character in context
 * and where it came from ("le5 phrase"), or "-" when it has none.  With -c it prints instead every Han
 * code point (Unicode 15 blocks) that has no reading, for the coverage
 * figure.
 */
#include <stdio.h>
#include <string.h>

#include "ac_pinyin.h"
#include "ac_utf8.h"

#define MARK 0x2581
#define MAXLINE 65536

static int
coverage(void)
{
	static const uint32_t blocks[][2] = {
		{0x3007, 0x3007}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF},
		{0x20000, 0x2A6DF}, {0x2A700, 0x2B739}, {0x2B740, 0x2B81D},
		{0x2B820, 0x2CEA1}, {0x2CEB0, 0x2EBE0}, {0x2F800, 0x2FA1F},
		{0x30000, 0x3134A}, {0x31350, 0x323AF}};
	size_t		b;
	long		han = 0,
				with = 0;

	for (b = 0; b < sizeof(blocks) / sizeof(blocks[0]); b++)
	{
		uint32_t	cp;

		for (cp = blocks[b][0]; cp <= blocks[b][1]; cp++)
		{
			const ac_reading *rs;
			ac_reading	r;

			if (!ac_is_han(cp))
				continue;
			han++;
			ac_pinyin_run(&cp, 1, NULL, &r);
			if (r != 0)
				with++;
			else if (ac_readings_of(cp, &rs) > 0)
				printf("MISSING U+%04X\n", (unsigned) cp);
		}
	}
	printf("han %ld with_reading %ld\n", han, with);
	return 0;
}

int
main(int argc, char **argv)
{
	static char line[MAXLINE];
	static uint32_t cps[MAXLINE];
	static ac_reading out[MAXLINE];
	static uint8_t src[MAXLINE];
	static const char *const how[] = {"none", "annot", "phrase", "rule", "default"};

	if (argc > 1 && strcmp(argv[1], "-c") == 0)
		return coverage();
	while (fgets(line, sizeof(line), stdin))
	{
		size_t		len = strcspn(line, "\r\n");
		size_t		pos = 0,
					n = 0;
		long		target = -1;

		while (pos < len)
		{
			uint32_t	cp;

			pos += ac_utf8_decode((const unsigned char *) line + pos, len - pos, &cp);
			if (cp == MARK)
			{
				if (target < 0)
					target = (long) n;
				continue;
			}
			cps[n++] = cp;
		}
		ac_pinyin_explain(cps, n, NULL, out, src);
		if (target >= 0 && (size_t) target < n && out[target] != 0)
		{
			char		buf[AC_SYLLABLE_MAXBYTES + 1];
			size_t		k = ac_reading_format(out[target], AC_STYLE_NUMBER, buf);

			printf("%.*s %s\n", (int) k, buf, how[src[target]]);
		}
		else
			printf("-\n");
	}
	return 0;
}
