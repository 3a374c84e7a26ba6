/*-------------------------------------------------------------------------
 * clean_driver.c
 *	  Command-line driver of the core cleaner for bench/clean_accuracy.py.
 *
 * Input on stdin: frames of a 4-byte little-endian length and that many
 * bytes (one article body each).  Modes:
 *   clean      write each cleaned body back as a frame
 *   spans      print one line per body: the dropped byte ranges "start+len"
 *   readings   print "cp<TAB>toned,plain;..." for every Han code point with
 *              readings (ignores stdin)
 *   bench N    clean all bodies N times and print throughput, next to a
 *              plain UTF-8 character count (what length() costs);
 *              "bench N only" times the cleaner alone (for profilers)
 * Build: cc -O2 -std=c99 -Isrc/core bench/clean_driver.c src/core/ *.c src/core/gen/ *.c
 *-------------------------------------------------------------------------
 */
#define _POSIX_C_SOURCE 199309L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ac_annot.h"
#include "ac_readings.h"
#include "ac_utf8.h"

typedef struct body
{
	unsigned char *s;
	size_t		len;
} body;

static bool
read_frame(body *b)
{
	unsigned char h[4];

	if (fread(h, 1, 4, stdin) != 4)
		return false;
	b->len = (size_t) h[0] | ((size_t) h[1] << 8) | ((size_t) h[2] << 16) |
		((size_t) h[3] << 24);
	b->s = malloc(b->len + 1);
	if (b->s == NULL || fread(b->s, 1, b->len, stdin) != b->len)
	{
		fprintf(stderr, "clean_driver: short frame\n");
		exit(2);
	}
	return true;
}

static void
write_frame(const unsigned char *s, size_t len)
{
	unsigned char h[4];

	h[0] = (unsigned char) len;
	h[1] = (unsigned char) (len >> 8);
	h[2] = (unsigned char) (len >> 16);
	h[3] = (unsigned char) (len >> 24);
	fwrite(h, 1, 4, stdout);
	fwrite(s, 1, len, stdout);
}

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double) ts.tv_sec + (double) ts.tv_nsec * 1e-9;
}

static void
dump_readings(void)
{
	uint32_t	cp;

	for (cp = 0x3000; cp < 0x40000; cp++)
	{
		const ac_reading *r;
		int			n;
		int			i;

		if (!ac_is_han(cp) || (n = ac_readings_of(cp, &r)) == 0)
			continue;
		printf("%X\t", (unsigned) cp);
		for (i = 0; i < n; i++)
		{
			char		t[AC_SYLLABLE_MAXBYTES];
			char		p[AC_SYLLABLE_MAXBYTES];
			size_t		tl = ac_reading_format(r[i], AC_STYLE_TONE, t);
			size_t		pl = ac_reading_format(r[i], AC_STYLE_PLAIN, p);

			printf("%s%.*s,%.*s", i ? ";" : "", (int) tl, t, (int) pl, p);
		}
		printf("\n");
	}
}

int
main(int argc, char **argv)
{
	const char *mode = argc > 1 ? argv[1] : "clean";
	body		b;

	if (strcmp(mode, "readings") == 0)
	{
		dump_readings();
		return 0;
	}
	if (strcmp(mode, "clean") == 0 || strcmp(mode, "spans") == 0)
	{
		bool		spans = strcmp(mode, "spans") == 0;

		while (read_frame(&b))
		{
			ac_scanner	sc;
			ac_span		span;
			unsigned char *out = malloc(b.len + 1);
			size_t		n = 0;

			ac_scan_init(&sc, b.s, b.len);
			while (ac_scan_next(&sc, &span))
			{
				if (span.kind == AC_SPAN_TEXT)
				{
					memcpy(out + n, b.s + span.start, span.len);
					n += span.len;
				}
				else if (spans)
					printf(" %zu+%zu", span.start, span.len);
			}
			if (spans)
				printf("\n");
			else
				write_frame(out, n);
			free(out);
			free(b.s);
		}
		return 0;
	}
	if (strcmp(mode, "bench") == 0)
	{
		int			reps = argc > 2 ? atoi(argv[2]) : 5;
		body	   *all = NULL;
		size_t		nall = 0;
		size_t		total = 0;
		size_t		maxlen = 0;
		unsigned char *out;
		double		t0;
		double		t_clean;
		double		t_count;
		double		t_copy;
		size_t		sink = 0;
		int			r;
		size_t		i;

		while (read_frame(&b))
		{
			all = realloc(all, sizeof(body) * (nall + 1));
			all[nall++] = b;
			total += b.len;
			if (b.len > maxlen)
				maxlen = b.len;
		}
		out = malloc(maxlen + 1);
		t0 = now();
		for (r = 0; r < reps; r++)
			for (i = 0; i < nall; i++)
				sink += ac_clean(all[i].s, all[i].len, out);
		t_clean = now() - t0;
		if (argc > 3 && strcmp(argv[3], "only") == 0)
		{
			printf("ac_clean %.0f MB/s [%zu]\n", total * reps / 1e6 / t_clean, sink % 10);
			return 0;
		}
		t0 = now();
		for (r = 0; r < reps; r++)
			for (i = 0; i < nall; i++)
				sink += ac_utf8_count(all[i].s, all[i].len);
		t_count = now() - t0;
		t0 = now();
		for (r = 0; r < reps; r++)
			for (i = 0; i < nall; i++)
			{
				memcpy(out, all[i].s, all[i].len);
				sink += out[0];
			}
		t_copy = now() - t0;
		printf("bodies %zu, %.1f MB x %d: ac_clean %.0f MB/s, utf8 count %.0f MB/s, "
			   "memcpy %.0f MB/s (clean/count time %.2f) [%zu]\n",
			   nall, total / 1e6, reps, total * reps / 1e6 / t_clean,
			   total * reps / 1e6 / t_count, total * reps / 1e6 / t_copy,
			   t_clean / t_count, sink % 10);
		return 0;
	}
	fprintf(stderr, "usage: clean_driver clean|spans|readings|bench [N]\n");
	return 2;
}
