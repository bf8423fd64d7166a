/* session_text.c: kb_text_has, the history's text filter (session_text.h),
 * byte for byte what SQLite's instr(lower(a || ' ' || b ...), lower(w))
 * answers: lower() folds ASCII letters only, and instr() tries a match at
 * the first byte and at every byte that does not continue a UTF-8
 * character.  At 100,000 sessions the expression built and folded three
 * strings a row, half the time of a listing that keeps most of them. */
/* memmem */
#define _GNU_SOURCE
#include "session_text.h"

#include <stdlib.h>
#include <string.h>

#define N_FIELDS 4

static void fold(unsigned char *dst, const unsigned char *src, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		dst[i] = src[i] >= 'A' && src[i] <= 'Z' ? (unsigned char)(src[i] + 32) : src[i];
}

/* Whether needle occurs in hay at a place instr() looks. */
static int found(const unsigned char *hay, size_t n, const unsigned char *needle, size_t k)
{
	const unsigned char *p = hay, *end = hay + n;

	if (k == 0)
		return 1;
	while ((size_t)(end - p) >= k) {
		const unsigned char *at = memmem(p, (size_t)(end - p), needle, k);
		if (at == NULL)
			return 0;
		if (at == hay || (*at & 0xC0) != 0x80)
			return 1;
		p = at + 1;
	}
	return 0;
}

static void text_has(sqlite3_context *cx, int argc, sqlite3_value **v)
{
	unsigned char stack[2048], wstack[256], *hay = stack, *needle = wstack;
	const unsigned char *f[N_FIELDS + 1];
	size_t len[N_FIELDS + 1], total = 0, at = 0;
	int i, r;

	if (argc != N_FIELDS + 1)
		return;
	for (i = 0; i <= N_FIELDS; i++) {
		if (sqlite3_value_type(v[i]) == SQLITE_NULL) {
			sqlite3_result_null(cx);
			return;
		}
		f[i] = sqlite3_value_text(v[i]);
		len[i] = (size_t)sqlite3_value_bytes(v[i]);
		if (f[i] == NULL) {
			sqlite3_result_error_nomem(cx);
			return;
		}
		if (i > 0)
			total += len[i] + 1;
	}
	/* The words are bound as text to their first NUL (lower(?1)). */
	len[0] = strnlen((const char *)f[0], len[0]);
	if (total > sizeof stack)
		hay = malloc(total);
	if (len[0] > sizeof wstack)
		needle = malloc(len[0]);
	if (hay == NULL || needle == NULL) {
		sqlite3_result_error_nomem(cx);
		goto out;
	}
	fold(needle, f[0], len[0]);
	for (i = 1; i <= N_FIELDS; i++) {
		if (i > 1)
			hay[at++] = ' ';
		fold(hay + at, f[i], len[i]);
		at += len[i];
	}
	r = found(hay, at, needle, len[0]);
	sqlite3_result_int(cx, r);
out:
	if (hay != stack)
		free(hay);
	if (needle != wstack)
		free(needle);
}

int session_text_fn(sqlite3 *db)
{
	int rc = sqlite3_create_function_v2(db, "kb_text_has", N_FIELDS + 1,
					    SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL, text_has,
					    NULL, NULL, NULL);

	return rc == SQLITE_OK ? 0 : rc;
}
