/* shell_quote.c: words for commands printed to be pasted into a shell. */
#include "kbwiz/shell_quote.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int is_plain(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       strchr("_-./:@%+=,", c) != NULL;
}

static int is_raw(unsigned char c)
{
	return c < 0x20 || c >= 0x7f;
}

char *kb_shell_quote(const char *s)
{
	const unsigned char *p;
	size_t n_plain = 0, n_raw = 0, len = strlen(s), o = 0;
	char *out;

	for (p = (const unsigned char *)s; *p != '\0'; p++) {
		n_plain += is_plain(*p);
		n_raw += is_raw(*p);
	}
	/* An empty word must still be a word. */
	if (len > 0 && n_plain == len)
		return strdup(s);
	/* Worst case: every byte as \xHH, or every byte a ' as '\''. */
	out = malloc(len * 4 + 4);
	if (out == NULL)
		return NULL;
	if (n_raw == 0) {
		out[o++] = '\'';
		for (p = (const unsigned char *)s; *p != '\0'; p++) {
			if (*p == '\'') {
				memcpy(out + o, "'\\''", 4);
				o += 4;
			} else {
				out[o++] = (char)*p;
			}
		}
		out[o++] = '\'';
		out[o] = '\0';
		return out;
	}
	out[o++] = '$';
	out[o++] = '\'';
	for (p = (const unsigned char *)s; *p != '\0'; p++) {
		if (is_raw(*p) || *p == '\'' || *p == '\\') {
			snprintf(out + o, 5, "\\x%02x", *p);
			o += 4;
		} else {
			out[o++] = (char)*p;
		}
	}
	out[o++] = '\'';
	out[o] = '\0';
	return out;
}
