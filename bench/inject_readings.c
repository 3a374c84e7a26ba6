/*
 * inject_readings: a stream filter for the benchmarks.  Copies stdin to
 * stdout and writes "(reading)" after every Han character that has one
 * (its most common reading, from the core's reading table), which turns
 * ordinary text into annotation-dense text like a content farm's:
 * 教育 -> 教(jiao)育(yu).  Usage: inject_readings [plain|tone] < in > out
 *
 * Han characters only occur inside JSON strings, so JSON lines stay valid.
 */
#include <stdio.h>
#include <string.h>

#include "ac_readings.h"
#include "ac_utf8.h"

int
main(int argc, char **argv)
{
	ac_pinyin_style style = AC_STYLE_PLAIN;
	static unsigned char line[1 << 24];
	size_t		len;

	if (argc > 1 && strcmp(argv[1], "tone") == 0)
		style = AC_STYLE_TONE;
	while (fgets((char *) line, sizeof(line), stdin) != NULL)
	{
		size_t		pos = 0;

		len = strlen((char *) line);
		while (pos < len)
		{
			uint32_t	cp;
			int			n = ac_utf8_decode(line + pos, len - pos, &cp);
			const ac_reading *r;

			fwrite(line + pos, 1, (size_t) n, stdout);
			pos += (size_t) n;
			if (cp != AC_UTF8_INVALID && ac_is_han(cp) && ac_readings_of(cp, &r) > 0)
			{
				char		buf[AC_SYLLABLE_MAXBYTES + 2];
				size_t		k = ac_reading_format(r[0], style, buf + 1);

				buf[0] = '(';
				buf[k + 1] = ')';
				fwrite(buf, 1, k + 2, stdout);
			}
		}
	}
	return 0;
}
