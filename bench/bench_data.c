/*
 * bench_data.c: throughput of ac_readings_of() and ac_fold_search().
 *
 *	  cc -O2 -std=c99 -Isrc/core -o bench/out/bench_data bench/bench_data.c \
 *		  src/core/ac_readings.c src/core/ac_fold.c src/core/ac_utf8.c \
 *		  src/core/gen/ac_readings_data.c src/core/gen/ac_fold_data.c
 *	  zcat CORPUS.jsonl.gz | head -c 20000000 | bench/out/bench_data
 *	  bench/out/bench_data < /dev/null       (synthetic: URO code points)
 *
 * Reads UTF-8 text on stdin (JSON escapes and all: only the code points
 * matter), decodes it once, then times each function over every code point,
 * repeated until about a second has passed.  Prints millions of code points
 * per second, overall and for Han code points only.
 */
#define _POSIX_C_SOURCE 199309L
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "ac_fold.h"
#include "ac_readings.h"
#include "ac_utf8.h"

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static uint32_t *
read_cps(size_t *ncps, size_t *nhan)
{
	size_t		cap = 1 << 20,
				len = 0,
				n = 0,
				pos = 0,
				got;
	unsigned char *buf = malloc(cap);
	uint32_t   *cps;

	while (buf && (got = fread(buf + len, 1, cap - len, stdin)) > 0)
	{
		len += got;
		if (len == cap)
			buf = realloc(buf, cap *= 2);
	}
	if (!buf)
		exit(1);
	if (len == 0)				/* synthetic: all of the URO, shuffled */
	{
		uint32_t	x = 12345;

		n = 1 << 22;
		cps = malloc(n * sizeof(uint32_t));
		for (pos = 0; pos < n; pos++)
		{
			x = x * 1103515245u + 12345u;
			cps[pos] = 0x4E00 + (x >> 8) % (0x9FFF - 0x4E00 + 1);
		}
	}
	else
	{
		cps = malloc(len * sizeof(uint32_t));
		while (cps && pos < len)
		{
			uint32_t	cp;

			pos += ac_utf8_decode(buf + pos, len - pos, &cp);
			if (cp != AC_UTF8_INVALID)
				cps[n++] = cp;
		}
	}
	free(buf);
	*nhan = 0;
	for (pos = 0; pos < n; pos++)
		*nhan += ac_is_han(cps[pos]);
	*ncps = n;
	return cps;
}

int
main(void)
{
	size_t		n,
				nhan,
				i;
	uint32_t   *cps = read_cps(&n, &nhan);
	unsigned long sink = 0;
	int			rounds;
	double		t0,
				t;

	printf("input: %zu code points, %zu Han\n", n, nhan);
	t0 = now();
	for (rounds = 0; (t = now() - t0) < 1.0; rounds++)
	{
		for (i = 0; i < n; i++)
		{
			const ac_reading *r;
			int			k = ac_readings_of(cps[i], &r);

			if (k > 0)
				sink += r[0];
		}
	}
	printf("ac_readings_of: %.1f M code points/s (%.1f M Han/s)\n",
		   n * (double) rounds / t / 1e6, nhan * (double) rounds / t / 1e6);
	t0 = now();
	for (rounds = 0; (t = now() - t0) < 1.0; rounds++)
	{
		for (i = 0; i < n; i++)
		{
			uint32_t	out[AC_FOLD_MAXCPS];

			sink += ac_fold_search(cps[i], out) ? out[0] : 0;
		}
	}
	printf("ac_fold_search: %.1f M code points/s\n", n * (double) rounds / t / 1e6);
	t0 = now();
	for (rounds = 0; (t = now() - t0) < 1.0; rounds++)
	{
		for (i = 0; i < n; i++)
			sink += ac_is_han(cps[i]);
	}
	printf("ac_is_han:      %.1f M code points/s\n", n * (double) rounds / t / 1e6);
	fprintf(stderr, "(checksum %lu)\n", sink);
	free(cps);
	return 0;
}
