/* hash.h: SHA-256 (through nettle) of buffers and files, as lowercase hex.
 * Used for rule content hashes, evidence files and hive backups. */
#ifndef KBWIZ_HASH_H
#define KBWIZ_HASH_H

#include <stddef.h>

#include "kbwiz/error.h"

#define KB_SHA256_HEX_SIZE 65   /* 64 hex digits and a NUL */

void kb_sha256_buffer(const void *data, size_t len, char hex[KB_SHA256_HEX_SIZE]);

/* Stream path through SHA-256; the error names the file. */
int kb_sha256_file(const char *path, char hex[KB_SHA256_HEX_SIZE],
		   struct kb_error *err);

#endif
