/* hive_writer.h: build small registry hives: an empty hive written from
 * scratch, then filled by hivex from a spec.  Used by the test fixtures and
 * by `kbwiz kb test`, which builds each rule's test evidence.
 *
 * hive_write_empty() writes the smallest hive hivex accepts: a base block,
 * one 4096-byte hbin holding the root key ('nk') and its security
 * descriptor ('sk'), and a free cell for the rest of the bin.  hivex,
 * opened with HIVEX_OPEN_WRITE, then adds keys and values to it:
 * hive_fixture_build() does that from a small text spec.
 *
 * Test code (tests/lib, libkbtest.a), not part of core's API; core's
 * `kbwiz kb test` (core/kbtest.c) links it to build its evidence.
 *
 * Spec syntax (one item a line, UTF-8):
 *
 *   ; comment            (also # comment; blank lines are ignored)
 *   @name SYSTEM         base-block file name (default: none stored)
 *   @sequence 1622 1621  base-block sequence numbers (default 1 1);
 *                        unequal numbers make a dirty hive
 *   [Path\To\Key]        select a key, relative to the root; every
 *                        missing key on the way is created
 *   "Name"="text"        REG_SZ
 *   @="text"             the key's default (unnamed) value
 *   "Name"=expand:"text" REG_EXPAND_SZ
 *   "Name"=multi:"a","b" REG_MULTI_SZ (multi: alone is an empty list)
 *   "Name"=dword:2       REG_DWORD, hexadecimal as in .reg files
 *   "Name"=qword:1f      REG_QWORD, hexadecimal
 *   "Name"=hex:01,02,ff  REG_BINARY
 *   "Name"=hex(7):41,00  raw bytes with any type number (decimal), to
 *                        write data Windows would not (odd-length
 *                        REG_MULTI_SZ, a 3-byte REG_DWORD, ...)
 *
 * Inside quotes, \" is a quote and \\ a backslash; any other backslash is
 * kept as it is, so "%SystemRoot%\system32\x.sys" reads naturally.  Value
 * lines need a key selected first.  Strings are stored as UTF-16LE with
 * their terminating NUL, as Windows stores them. */
#ifndef KBWIZ_TEST_HIVE_WRITER_H
#define KBWIZ_TEST_HIVE_WRITER_H

#include <stddef.h>
#include <stdint.h>

#include "kbwiz/error.h"

struct hive_writer_opts {
	const char *stored_name;  /* base-block file name; NULL: none */
	uint32_t sequence1;       /* 0 and 0: both 1 */
	uint32_t sequence2;
	unsigned minor_version;   /* 3 or 5; 0: 3 */
};

/* Write an empty, valid hive to path (opts may be NULL).  Returns 0, or
 * a KB_E* code with a message in err. */
int hive_write_empty(const char *path, const struct hive_writer_opts *opts,
		     struct kb_error *err);

/* Build out_path from spec_text (syntax above).  Returns 0, or a KB_E*
 * code (KB_EFORMAT for the spec) with a message naming the spec line in
 * err. */
int hive_fixture_build(const char *out_path, const char *spec_text,
		       struct kb_error *err);

/* The same, reading the spec from spec_path (named in messages). */
int hive_fixture_build_file(const char *out_path, const char *spec_path,
			    struct kb_error *err);

/* Rewrite the base block's sequence numbers (and its checksum) in place,
 * since hivex makes them equal whenever it commits. */
int hive_set_sequence(const char *path, uint32_t sequence1,
		      uint32_t sequence2, struct kb_error *err);

/* Compute the base-block checksum of a 4096-byte base block: XOR of the
 * first 508 bytes as little-endian dwords, with Windows' two special
 * cases (0 becomes 1, 0xFFFFFFFF becomes 0xFFFFFFFE). */
uint32_t hive_base_block_checksum(const unsigned char *base_block);

#endif
