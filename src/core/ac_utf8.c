/*-------------------------------------------------------------------------
 * ac_utf8.c
 *	  Bounded UTF-8 decoding and encoding (see ac_utf8.h).
 *-------------------------------------------------------------------------
 */
#include "ac_utf8.h"

int
ac_utf8_decode(const unsigned char *s, size_t len, uint32_t *cp)
{
	unsigned char b0 = s[0];
	uint32_t	c;
	int			n;
	int			i;

	if (b0 < 0x80)
	{
		*cp = b0;
		return 1;
	}
	if (b0 >= 0xC2 && b0 <= 0xDF)
	{
		n = 2;
		c = b0 & 0x1F;
	}
	else if (b0 >= 0xE0 && b0 <= 0xEF)
	{
		n = 3;
		c = b0 & 0x0F;
	}
	else if (b0 >= 0xF0 && b0 <= 0xF4)
	{
		n = 4;
		c = b0 & 0x07;
	}
	else
		goto invalid;

	if ((size_t) n > len)
		goto invalid;
	for (i = 1; i < n; i++)
	{
		if ((s[i] & 0xC0) != 0x80)
			goto invalid;
		c = (c << 6) | (s[i] & 0x3F);
	}
	/* reject overlong forms, surrogates and values past U+10FFFF */
	if ((n == 3 && c < 0x800) || (n == 4 && c < 0x10000) ||
		(c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF)
		goto invalid;
	*cp = c;
	return n;

invalid:
	*cp = AC_UTF8_INVALID;
	return 1;
}

int
ac_utf8_encode(uint32_t cp, unsigned char out[4])
{
	if (cp < 0x80)
	{
		out[0] = (unsigned char) cp;
		return 1;
	}
	if (cp < 0x800)
	{
		out[0] = (unsigned char) (0xC0 | (cp >> 6));
		out[1] = (unsigned char) (0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000)
	{
		out[0] = (unsigned char) (0xE0 | (cp >> 12));
		out[1] = (unsigned char) (0x80 | ((cp >> 6) & 0x3F));
		out[2] = (unsigned char) (0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (unsigned char) (0xF0 | (cp >> 18));
	out[1] = (unsigned char) (0x80 | ((cp >> 12) & 0x3F));
	out[2] = (unsigned char) (0x80 | ((cp >> 6) & 0x3F));
	out[3] = (unsigned char) (0x80 | (cp & 0x3F));
	return 4;
}

bool
ac_utf8_valid(const unsigned char *s, size_t len)
{
	size_t		i = 0;
	uint32_t	cp;

	while (i < len)
	{
		i += (size_t) ac_utf8_decode(s + i, len - i, &cp);
		if (cp == AC_UTF8_INVALID)
			return false;
	}
	return true;
}

size_t
ac_utf8_count(const unsigned char *s, size_t len)
{
	size_t		i = 0;
	size_t		n = 0;
	uint32_t	cp;

	while (i < len)
	{
		i += (size_t) ac_utf8_decode(s + i, len - i, &cp);
		n++;
	}
	return n;
}
