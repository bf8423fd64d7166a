/* kbimport_hexdata.c: a REGEDIT line's hex data read as the value it
 * stands for (kbimport_int.h).
 *
 * A .reg file writes every type but REG_SZ and REG_DWORD as bytes:
 * "hex:" is REG_BINARY, "hex(N):" the type whose number is N (winnt.h:
 * 1 REG_SZ, 2 REG_EXPAND_SZ, 3 REG_BINARY, 4 REG_DWORD, 7 REG_MULTI_SZ,
 * b REG_QWORD), the bytes two hex digits each, separated by commas.
 * Strings are ANSI, one byte a character, in a REGEDIT4 file and UTF-16LE
 * in a "Windows Registry Editor Version 5.00" one; an article often shows
 * the lines without the file's first line, so the bytes tell which: a
 * string whose every second byte is zero is UTF-16LE.  A string ends at
 * its zero character; a list's entries each end at one, the list at a
 * second.  Data this reader cannot turn into the rule language's plain
 * text (other types, characters outside printable ASCII, an empty
 * string) is left to a person with the reason. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kbwiz/rule.h"
#include "kbimport_int.h"

/* The characters the bytes spell, UTF-16LE when every second byte is
 * zero, with each zero character within written as sep (NULL: a string,
 * which holds none).  NULL with *why set when a character is no
 * printable ASCII, or a zero stands inside a string. */
static const char *spell(struct imp *im, const unsigned char *b, size_t n, const char *sep,
			 const char **why)
{
	struct kb_buf t = { 0 };
	size_t i, step = 1, zeros = 0, odd_zeros = 0;
	const char *out;

	for (i = 1; i < n; i += 2)
		odd_zeros += b[i] == 0;
	if (n >= 2 && n % 2 == 0 && odd_zeros == n / 2) {
		step = 2;
	} else if (odd_zeros * 2 > n / 2) {
		/* most second bytes zero, not all: UTF-16 with a character
		 * past ASCII ("Frob" and a trademark sign), no ANSI text */
		*why = "the bytes spell UTF-16 with characters other than printable ASCII";
		return NULL;
	}
	/* the trailing zero characters end the string or the list */
	while (n >= step && b[n - step] == 0) {
		n -= step;
		zeros++;
	}
	if (zeros == 0 && sep != NULL) {
		*why = "the list's bytes do not end with its zero character";
		return NULL;
	}
	for (i = 0; i < n; i += step) {
		if (b[i] == 0 && sep != NULL) {
			kb_buf_puts(&t, sep);
			continue;
		}
		if (b[i] < 0x20 || b[i] > 0x7e) {
			free(t.p);
			*why = b[i] == 0 ? "a zero character stands inside the string"
					 : "the bytes spell characters other than printable ASCII";
			return NULL;
		}
		kb_buf_add(&t, (const char *)&b[i], 1);
	}
	if (t.oom) {
		im->oom = 1;
		free(t.p);
		return NULL;
	}
	out = t.p != NULL ? imp_dupn(im, t.p, t.len) : "";
	free(t.p);
	if (out == NULL)
		return NULL;    /* im->oom is set */
	if (*out == '\0')
		*why = "the bytes spell an empty string, which a check cannot hold";
	return *out != '\0' ? out : NULL;
}

/* Bytes of a number, least significant first, as 0x digits. */
static const char *little_endian(struct imp *im, const unsigned char *b, size_t n)
{
	unsigned long long v = 0;
	size_t i;

	for (i = n; i-- > 0;)
		v = v << 8 | b[i];
	return imp_fmt(im, "0x%llX", v);
}

int imp_regedit_hex(struct imp *im, const char *text, const char **type, const char **data,
		    const char **why)
{
	unsigned char *b;
	const char *p, *out = NULL;
	unsigned kind;
	struct rule_hex_scan r;
	size_t n = 0;

	*type = NULL;
	*data = NULL;
	*why = NULL;
	if (imp_starts_ci(text, "hex:")) {
		kind = 3;
		p = text + 4;
	} else if (imp_starts_ci(text, "hex(") && isxdigit((unsigned char)text[4]) &&
		   (p = strchr(text + 4, ')')) != NULL && p[1] == ':' && p - text <= 8 &&
		   strspn(text + 4, "0123456789abcdefABCDEF") == (size_t)(p - text - 4)) {
		kind = (unsigned)strtoul(text + 4, NULL, 16);
		p += 2;
	} else {
		*why = "the data is not hex bytes";
		return 0;
	}
	if ((b = malloc(RULE_BINARY_MAX)) == NULL) {
		im->oom = 1;
		return 0;
	}
	/* the rule language's one grammar of bytes (rule.h); REGEDIT parts
	 * them with commas, so bytes run together are no export of its */
	switch (rule_hex_scan(p, strlen(p), b, RULE_BINARY_MAX, &r)) {
	case RULE_HEX_OK:
		n = r.joined ? 0 : r.n;
		*why = r.joined ? "the bytes are not parted by commas" : NULL;
		break;
	case RULE_HEX_EMPTY:
		*why = "the data holds no bytes";
		break;
	case RULE_HEX_TOO_MANY:
		*why = "the data holds more bytes than a check may (4096)";
		break;
	default:
		*why = "the data is not all hex bytes (cut off, or a placeholder)";
		break;
	}
	if (n == 0) {
		/* *why says what is wrong */
	} else if (kind == 3) {
		struct kb_buf t = { 0 };
		size_t i;
		for (i = 0; i < n; i++)
			kb_buf_printf(&t, i > 0 ? " %02x" : "%02x", b[i]);
		if (t.oom || t.p == NULL)
			im->oom = 1;
		else
			out = imp_dupn(im, t.p, t.len);
		free(t.p);
		*type = "REG_BINARY";
	} else if (kind == 1 || kind == 2) {
		out = spell(im, b, n, NULL, why);
		*type = kind == 1 ? "REG_SZ" : "REG_EXPAND_SZ";
	} else if (kind == 7) {
		/* imp_value_checks() reads "<CR>" between a list's entries */
		out = spell(im, b, n, "<CR>", why);
		if (out != NULL && (strstr(out, "<CR><CR>") != NULL || strncmp(out, "<CR>", 4) == 0)) {
			*why = "the list holds an empty entry";
			out = NULL;
		}
		*type = "REG_MULTI_SZ";
	} else if ((kind == 4 && n == 4) || (kind == 0xb && n == 8)) {
		out = little_endian(im, b, n);
		*type = kind == 4 ? "REG_DWORD" : "REG_QWORD";
	} else {
		*why = imp_fmt(im, "hex(%x) data (%s) is not converted", kind,
			       kind == 4 || kind == 0xb ? "the wrong number of bytes for its type" :
			       kind == 0 ? "REG_NONE" : "a type the rule language does not hold");
	}
	free(b);
	if (out == NULL) {
		*type = NULL;
		if (*why == NULL)
			*why = "the data could not be read";
		return 0;
	}
	*data = out;
	return 1;
}
