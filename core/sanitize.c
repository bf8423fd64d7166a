/* sanitize.c: visible escapes for untrusted text. */
#include "kbwiz/sanitize.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

size_t kb_utf8_decode(const unsigned char *s, size_t n, unsigned *cp)
{
	unsigned c;
	size_t len, i;

	if (n == 0)
		return 0;
	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if (s[0] >= 0xC2 && s[0] <= 0xDF) {
		len = 2;
		c = s[0] & 0x1F;
	} else if (s[0] >= 0xE0 && s[0] <= 0xEF) {
		len = 3;
		c = s[0] & 0x0F;
	} else if (s[0] >= 0xF0 && s[0] <= 0xF4) {
		len = 4;
		c = s[0] & 0x07;
	} else {
		return 0;
	}
	if (n < len)
		return 0;
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3F);
	}
	/* Overlong forms, surrogates and values past U+10FFFF are not UTF-8. */
	if ((len == 3 && c < 0x800) || (len == 4 && (c < 0x10000 || c > 0x10FFFF)) ||
	    (c >= 0xD800 && c <= 0xDFFF))
		return 0;
	*cp = c;
	return len;
}

static int is_bidi_control(unsigned cp)
{
	return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) ||
	       cp == 0x200E || cp == 0x200F;
}

char *kb_sanitize(const char *s, size_t len, int ascii_only)
{
	const unsigned char *p = (const unsigned char *)s;
	/* Worst case every byte becomes \xNN, or a 2-4 byte character a
	 * \uNNNNNN escape: 4 bytes out per byte in, plus a few. */
	char *out = malloc(len * 4 + 8), *o;
	size_t i = 0;

	if (out == NULL)
		return NULL;
	o = out;
	while (i < len) {
		unsigned cp;
		size_t n;

		if (p[i] == '\t') {
			*o++ = ' ';
			i++;
			continue;
		}
		if (p[i] < 0x20 || p[i] == 0x7F) {
			o += sprintf(o, "\\x%02x", p[i]);
			i++;
			continue;
		}
		if (p[i] < 0x80) {
			*o++ = (char)p[i++];
			continue;
		}
		n = kb_utf8_decode(p + i, len - i, &cp);
		if (n == 0) {
			o += sprintf(o, "\\x%02x", p[i]);
			i++;
			continue;
		}
		if ((cp >= 0x80 && cp <= 0x9F) || is_bidi_control(cp) || ascii_only) {
			o += sprintf(o, cp > 0xFFFF ? "\\u%06x" : "\\u%04x", cp);
		} else {
			memcpy(o, p + i, n);
			o += n;
		}
		i += n;
	}
	*o = '\0';
	return out;
}

char *kb_sanitize_str(const char *s, int ascii_only)
{
	return kb_sanitize(s != NULL ? s : "", s != NULL ? strlen(s) : 0, ascii_only);
}
