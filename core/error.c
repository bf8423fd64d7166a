/* error.c: filling struct kb_error. */
#include "kbwiz/error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

int kb_errorf(struct kb_error *err, int code, const char *fmt, ...)
{
	va_list ap;

	if (err == NULL)
		return code;
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof err->msg, fmt, ap);
	va_end(ap);
	return code;
}

int kb_error_prefix(struct kb_error *err, int code, const char *fmt, ...)
{
	char old[sizeof err->msg];
	size_t used;
	va_list ap;

	if (err == NULL)
		return code;
	memcpy(old, err->msg, sizeof old);
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof err->msg, fmt, ap);
	va_end(ap);
	used = strlen(err->msg);
	if (used + 3 < sizeof err->msg) {
		memcpy(err->msg + used, ": ", 3);
		used += 2;
		/* Truncate the old text to what still fits. */
		memcpy(err->msg + used, old, sizeof err->msg - used - 1);
		err->msg[sizeof err->msg - 1] = '\0';
	}
	return code;
}

void kb_error_clear(struct kb_error *err)
{
	if (err != NULL)
		err->msg[0] = '\0';
}
