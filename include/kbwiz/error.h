/* error.h: how core reports failure.
 *
 * Every core function that can fail returns 0 on success or a negative
 * KB_E* code, and fills a caller-owned struct kb_error with one line that
 * names the file (or object) and what is wrong.  Core never prints and
 * never exits; only the front end decides what reaches the terminal. */
#ifndef KBWIZ_ERROR_H
#define KBWIZ_ERROR_H

#include <stddef.h>

enum kb_status {
	KB_OK = 0,
	KB_EIO = -1,        /* a file could not be read or written */
	KB_EFORMAT = -2,    /* the input is not in the expected format */
	KB_EINVAL = -3,     /* a caller passed something that cannot be used */
	KB_ENOMEM = -4,
	KB_ENOTFOUND = -5,  /* the named thing does not exist */
	KB_EDB = -6,        /* the store refused (SQLite error) */
	KB_EVERSION = -7,   /* written by a newer kbwiz */
	KB_ECANCEL = -8,    /* stopped on request */
	KB_EREFUSED = -9,   /* an unsafe operation was refused */
};

struct kb_error {
	char msg[1024];
};

/* Set err->msg (if err is not NULL) and return code.  Lets a failing path
 * read: return kb_errorf(err, KB_EIO, "%s: %s", path, strerror(errno)); */
int kb_errorf(struct kb_error *err, int code, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Prefix an already-filled message with more context ("loading kb: ..."). */
int kb_error_prefix(struct kb_error *err, int code, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

void kb_error_clear(struct kb_error *err);

#endif
