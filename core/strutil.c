/* strutil.c: small string helpers (strutil.h). */
#include "kbwiz/strutil.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

char *kb_strdup(const char *s)
{
	return s != NULL ? strdup(s) : NULL;
}

char *kb_strndup(const char *s, size_t n)
{
	char *p = malloc(n + 1);

	if (p != NULL) {
		memcpy(p, s, n);
		p[n] = '\0';
	}
	return p;
}

char *kb_strdup_vprintf(const char *fmt, va_list ap)
{
	va_list again;
	char *p = NULL;
	int n;

	va_copy(again, ap);
	n = vsnprintf(NULL, 0, fmt, ap);
	if (n >= 0 && (p = malloc((size_t)n + 1)) != NULL)
		vsnprintf(p, (size_t)n + 1, fmt, again);
	va_end(again);
	return p;
}

char *kb_strdup_printf(const char *fmt, ...)
{
	va_list ap;
	char *p;

	va_start(ap, fmt);
	p = kb_strdup_vprintf(fmt, ap);
	va_end(ap);
	return p;
}

int kb_ci_contains(const char *hay, const char *needle)
{
	size_t n = strlen(needle), i;

	if (n == 0)
		return 1;
	for (; *hay != '\0'; hay++) {
		for (i = 0; i < n && hay[i] != '\0'; i++)
			if (tolower((unsigned char)hay[i]) != tolower((unsigned char)needle[i]))
				break;
		if (i == n)
			return 1;
	}
	return 0;
}

void kb_now_iso(char *buf, size_t size)
{
	time_t t = time(NULL);
	struct tm tm;

	gmtime_r(&t, &tm);
	strftime(buf, size, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

int64_t kb_iso_to_unix(const char *s)
{
	int y, mo, d, h, mi, sec;
	int64_t yy, era, yoe, doy, doe;

	if (s == NULL || sscanf(s, "%4d-%2d-%2dT%2d:%2d:%2d", &y, &mo, &d, &h, &mi, &sec) != 6 ||
	    mo < 1 || mo > 12 || d < 1 || d > 31)
		return 0;
	/* Days from the civil date (proleptic Gregorian): timegm is not
	 * POSIX. */
	yy = y - (mo <= 2);
	era = (yy >= 0 ? yy : yy - 399) / 400;
	yoe = yy - era * 400;
	doy = (153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return (era * 146097 + doe - 719468) * 86400 + h * 3600 + mi * 60 + sec;
}

/* Seconds from 1601-01-01 (FILETIME's epoch) to 1970-01-01. */
#define FILETIME_UNIX_OFFSET_S 11644473600ULL

int64_t kb_filetime_to_unix(uint64_t filetime)
{
	uint64_t s = filetime / 10000000u;

	return s > FILETIME_UNIX_OFFSET_S ? (int64_t)(s - FILETIME_UNIX_OFFSET_S) : 0;
}

int kb_hex_digit(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* The typographic apostrophe, U+2019, in UTF-8. */
#define KB_APOSTROPHE "\xe2\x80\x99"

const char *kb_word_end(const char *w)
{
	const char *e = w;

	for (;;) {
		if (isalpha((unsigned char)*e) || *e == '\'')
			e++;
		else if (strncmp(e, KB_APOSTROPHE, 3) == 0 && isalpha((unsigned char)e[3]))
			e += 3;
		else
			return e;
	}
}

int kb_word_negates(const char *word, size_t len)
{
	return (len > 3 && strncasecmp(word + len - 3, "n't", 3) == 0) ||
	       (len > 5 && strncasecmp(word + len - 5, "n" KB_APOSTROPHE "t", 5) == 0);
}
