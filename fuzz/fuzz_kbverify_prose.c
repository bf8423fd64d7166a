/* fuzz_kbverify_prose.c: libFuzzer target for the prose check of `kb
 * verify` (core/kbverify_prose.c), which reads article text (untrusted)
 * and a rule's words.  The input is split at its first newline: the first
 * part is the rule's prose, the rest the cited lines. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "kbwiz/kbverify_prose.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void count(void *ctx, const char *word, const char *kind)
{
	size_t *n = ctx;

	/* A reported word is a piece of the prose: never longer than it. */
	if (word == NULL || kind == NULL)
		abort();
	*n += strlen(word);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1), *cited;
	size_t n, words = 0;
	int rc;

	if (s == NULL)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	n = strcspn(s, "\n");
	cited = s[n] != '\0' ? s + n + 1 : s + n;
	s[n] = '\0';
	rc = kbverify_prose(s, cited, count, &words);
	if (rc > 0 && words > (size_t)rc * (n + 1))
		abort();
	free(s);
	return 0;
}
