/* fts_query.c: a typed query as an FTS5 expression (fts_query.h). */
#include "kbwiz/fts_query.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>

/* Letters and digits make words; bytes of UTF-8 characters do too, so
 * that a non-ASCII word stays one term. */
static int is_word_byte(unsigned char c)
{
	return isalnum(c) || c >= 0x80;
}

int kb_fts_query(const char *query, const char *joiner, char *out, size_t size)
{
	const char *p = query;
	size_t used = 0;
	int terms = 0;

	if (size == 0)
		return 0;
	out[0] = '\0';
	while (*p != '\0') {
		char word[128];
		size_t n = 0;
		unsigned long long v;
		char *end;
		int w;

		while (*p != '\0' && !is_word_byte((unsigned char)*p))
			p++;
		while (*p != '\0' && is_word_byte((unsigned char)*p)) {
			if (n + 1 < sizeof word)
				word[n++] = (char)tolower((unsigned char)*p);
			p++;
		}
		if (n == 0)
			continue;
		word[n] = '\0';
		/* Quoted, a term is a term; letters and digits carry no quote
		 * that would need doubling.  "0x" and 16 hex digits is the
		 * most that fits in 64 bits. */
		if (n > 2 && n <= 18 && word[0] == '0' && word[1] == 'x' &&
		    (v = strtoull(word + 2, &end, 16), *end == '\0'))
			w = snprintf(out + used, size - used, "%s(\"%s\" OR \"%llu\")",
				     terms ? joiner : "", word, v);
		else
			w = snprintf(out + used, size - used, "%s\"%s\"",
				     terms ? joiner : "", word);
		if (w < 0 || (size_t)w >= size - used) {
			/* A cut term would be an FTS5 syntax error. */
			out[used] = '\0';
			break;
		}
		used += (size_t)w;
		terms++;
	}
	return terms;
}
