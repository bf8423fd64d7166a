/* regfile.h: writing .reg files a technician imports with regedit on the
 * live machine.
 *
 * Two formats, as regedit writes them:
 *
 *  - REGFILE_REGEDIT4 ("REGEDIT4", Windows NT 4.0 and 9x): the file is
 *    in the ANSI code page.  kbwiz writes Windows-1252 (the code page of
 *    English and Western European installations) and refuses text that
 *    has no Windows-1252 form.  Strings in hex(2) (REG_EXPAND_SZ) and
 *    hex(7) (REG_MULTI_SZ) are ANSI bytes, each string NUL-terminated,
 *    REG_MULTI_SZ ending with one more NUL.
 *  - REGFILE_V5 ("Windows Registry Editor Version 5.00", Windows 2000
 *    and later): the file is UTF-16LE with a byte-order mark, and the
 *    hex(2)/hex(7) bytes are the UTF-16LE data as the registry holds it.
 *
 * Both: CRLF line ends; a blank line after the header and after each key
 * block; "\\" and "\"" escaped in value names and REG_SZ strings (key
 * paths are written as they are); REG_DWORD as dword:%08x; other types
 * as hex(N): comma-separated bytes, wrapped as regedit wraps them (a line
 * breaks with ",\" once it reaches 77 characters, and the next starts
 * with two spaces: 25 bytes a continuation line).  A .reg file sets whole
 * values: it cannot append to a REG_MULTI_SZ, so callers give the whole
 * list.  Deletions are written as regedit reads them in both formats:
 * [-HKEY_LOCAL_MACHINE\...] deletes a key and its subtree, "Name"=-
 * (or @=-) deletes a value.
 *
 * Tools: chntpw's `reged -I` imports the V5 form (it warns that 16-bit
 * files are "not 100% accurate" but handles keys, REG_SZ, dword: and
 * hex(N):) and refuses REGEDIT4 ("signature missing").  It stores hex(7)
 * bytes as they are, so no Linux tool checks REGEDIT4's ANSI-to-UTF-16
 * conversion; the tests compare REGEDIT4 output with golden bytes. */
#ifndef KBWIZ_REGFILE_H
#define KBWIZ_REGFILE_H

#include <stddef.h>

#include "kbwiz/error.h"

enum regfile_format {
	REGFILE_REGEDIT4 = 4,
	REGFILE_V5 = 5,
};

/* One value: data as the registry stores it (strings UTF-16LE with their
 * NUL, REG_DWORD 4 little-endian bytes). */
struct regfile_value {
	const char *name;           /* UTF-8; "" is the default value (@) */
	unsigned type;              /* enum kb_reg_type */
	const unsigned char *data;
	size_t len;
	int remove;                 /* "Name"=- : the value is deleted (type
				       and data unused) */
};

/* One key block: [path] and its values (none: the key is created). */
struct regfile_key {
	const char *path;           /* UTF-8, e.g.
				       HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\... */
	const struct regfile_value *values;
	size_t n_values;
	int remove;                 /* [-path]: the key and everything below
				       it is deleted (values unused) */
};

/* The file's bytes (malloc'd, caller frees *out), header to final CRLF.
 * Fails with KB_EINVAL when text cannot be written in the format (a
 * character outside Windows-1252 in REGEDIT4, invalid UTF-8 or UTF-16). */
int regfile_render(enum regfile_format fmt, const struct regfile_key *keys,
		   size_t n_keys, unsigned char **out, size_t *out_len,
		   struct kb_error *err);
/* The same with comment (UTF-8, lines split at '\n', may be NULL) as
 * "; " lines after the header, so that the file says where it comes
 * from.  A control character in it becomes '?', and in REGEDIT4 so does
 * any character outside ASCII: a comment never makes a file fail. */
int regfile_render_commented(enum regfile_format fmt, const char *comment,
			     const struct regfile_key *keys, size_t n_keys,
			     unsigned char **out, size_t *out_len, struct kb_error *err);

/* Render and write to path atomically (fsutil.h). */
int regfile_write(const char *path, enum regfile_format fmt,
		  const struct regfile_key *keys, size_t n_keys,
		  struct kb_error *err);

#endif
