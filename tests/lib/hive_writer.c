/* hive_writer.c: an empty-hive writer and a spec-driven fixture builder
 * (see hive_writer.h).  Offsets follow the regf format as documented in
 * "Windows registry file format specification" (msuhanov/regf): the base
 * block is 4096 bytes, cell offsets are relative to the first hbin at
 * file offset 4096, and an allocated cell's size is stored negated. */
#include "lib/hive_writer.h"
#include "kbwiz/hivelog.h"

#include <errno.h>
#include <hivex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kbwiz/fsutil.h"
#include "kbwiz/strbuf.h"
#include "kbwiz/strutil.h"

#define BASE_BLOCK_SIZE 4096
#define HBIN_SIZE 4096
#define HBIN_HEADER_SIZE 32
#define NK_HEADER_SIZE 0x4C

static void put16(unsigned char *p, uint16_t v)
{
	p[0] = (unsigned char)v;
	p[1] = (unsigned char)(v >> 8);
}

static void put32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)v;
	p[1] = (unsigned char)(v >> 8);
	p[2] = (unsigned char)(v >> 16);
	p[3] = (unsigned char)(v >> 24);
}


uint32_t hive_base_block_checksum(const unsigned char *base_block)
{
	/* One definition of the format's checksum: the recovery module's. */
	return hivelog_checksum(base_block);
}

/* A self-relative security descriptor: owner Administrators, group
 * SYSTEM, a DACL granting KEY_ALL_ACCESS to SYSTEM and Administrators.
 * Windows gives config hives' root keys much the same. */
static size_t security_descriptor(unsigned char *sd)
{
	static const unsigned char sid_admins[16] = {
		1, 2, 0, 0, 0, 0, 0, 5, 32, 0, 0, 0, 0x20, 0x02, 0, 0 };
	static const unsigned char sid_system[12] = {
		1, 1, 0, 0, 0, 0, 0, 5, 18, 0, 0, 0 };
	unsigned char *acl;

	memset(sd, 0, 100);
	sd[0] = 1;                      /* revision */
	put16(sd + 2, 0x8004);          /* SE_SELF_RELATIVE | SE_DACL_PRESENT */
	put32(sd + 4, 20);              /* owner */
	put32(sd + 8, 36);              /* group */
	put32(sd + 12, 0);              /* no SACL */
	put32(sd + 16, 48);             /* DACL */
	memcpy(sd + 20, sid_admins, 16);
	memcpy(sd + 36, sid_system, 12);
	acl = sd + 48;
	acl[0] = 2;                     /* ACL revision */
	put16(acl + 2, 52);             /* ACL size */
	put16(acl + 4, 2);              /* ACE count */
	/* ACE 1: allow SYSTEM, inherited by subkeys. */
	acl[8] = 0;
	acl[9] = 0x02;                  /* CONTAINER_INHERIT_ACE */
	put16(acl + 10, 20);
	put32(acl + 12, 0x000F003F);    /* KEY_ALL_ACCESS */
	memcpy(acl + 16, sid_system, 12);
	/* ACE 2: allow Administrators. */
	acl[28] = 0;
	acl[29] = 0x02;
	put16(acl + 30, 24);
	put32(acl + 32, 0x000F003F);
	memcpy(acl + 36, sid_admins, 16);
	return 100;
}

int hive_write_empty(const char *path, const struct hive_writer_opts *opts,
		     struct kb_error *err)
{
	/* 2000-01-01 as a FILETIME: any fixed time keeps fixtures
	 * reproducible byte for byte. */
	const uint64_t filetime = 125911584000000000ull;
	unsigned char *buf;
	unsigned char *bin, *nk, *sk;
	uint32_t seq1 = 1, seq2 = 1, minor = 3;
	size_t nk_off, sk_off, free_off, sd_len, i;
	const char *name = NULL;
	FILE *f;
	int rc = -1;

	if (opts != NULL) {
		if (opts->sequence1 != 0 || opts->sequence2 != 0) {
			seq1 = opts->sequence1;
			seq2 = opts->sequence2;
		}
		if (opts->minor_version != 0)
			minor = opts->minor_version;
		name = opts->stored_name;
	}
	buf = calloc(1, BASE_BLOCK_SIZE + HBIN_SIZE);
	if (buf == NULL) {
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	}

	/* Cells, as offsets relative to the start of the hbin area. */
	nk_off = HBIN_HEADER_SIZE;
	sk_off = nk_off + 88;           /* 4 + 0x4C + "ROOT", rounded to 8 */
	free_off = sk_off + 128;        /* 4 + 0x14 + 100, rounded to 8 */

	/* Base block. */
	memcpy(buf, "regf", 4);
	put32(buf + 0x04, seq1);
	put32(buf + 0x08, seq2);
	put32(buf + 0x0C, (uint32_t)filetime);
	put32(buf + 0x10, (uint32_t)(filetime >> 32));
	put32(buf + 0x14, 1);           /* major version */
	put32(buf + 0x18, minor);
	put32(buf + 0x1C, 0);           /* primary file */
	put32(buf + 0x20, 1);           /* direct memory load format */
	put32(buf + 0x24, (uint32_t)nk_off);
	put32(buf + 0x28, HBIN_SIZE);   /* hive bins data size */
	put32(buf + 0x2C, 1);           /* clustering factor */
	/* File name: at most 32 UTF-16LE units in 64 bytes; ASCII here. */
	for (i = 0; name != NULL && name[i] != '\0' && i < 32; i++)
		put16(buf + 0x30 + 2 * i, (unsigned char)name[i]);
	put32(buf + 0x1FC, hive_base_block_checksum(buf));

	/* hbin header. */
	bin = buf + BASE_BLOCK_SIZE;
	memcpy(bin, "hbin", 4);
	put32(bin + 0x04, 0);           /* offset of this bin */
	put32(bin + 0x08, HBIN_SIZE);
	put32(bin + 0x14, (uint32_t)filetime);
	put32(bin + 0x18, (uint32_t)(filetime >> 32));

	/* Root key. */
	put32(bin + nk_off, (uint32_t)-88);
	nk = bin + nk_off + 4;
	memcpy(nk, "nk", 2);
	/* KEY_HIVE_ENTRY | KEY_NO_DELETE | KEY_COMP_NAME */
	put16(nk + 0x02, 0x2C);
	put32(nk + 0x04, (uint32_t)filetime);
	put32(nk + 0x08, (uint32_t)(filetime >> 32));
	put32(nk + 0x10, 0xFFFFFFFFu);  /* no parent */
	put32(nk + 0x1C, 0xFFFFFFFFu);  /* no subkey list */
	put32(nk + 0x20, 0xFFFFFFFFu);  /* no volatile subkey list */
	put32(nk + 0x28, 0xFFFFFFFFu);  /* no value list */
	put32(nk + 0x2C, (uint32_t)sk_off);
	put32(nk + 0x30, 0xFFFFFFFFu);  /* no class name */
	put16(nk + 0x48, 4);
	memcpy(nk + NK_HEADER_SIZE, "ROOT", 4);

	/* Its security cell: a one-element circular list. */
	put32(bin + sk_off, (uint32_t)-128);
	sk = bin + sk_off + 4;
	memcpy(sk, "sk", 2);
	put32(sk + 0x04, (uint32_t)sk_off);
	put32(sk + 0x08, (uint32_t)sk_off);
	put32(sk + 0x0C, 1);            /* reference count */
	sd_len = security_descriptor(sk + 0x14);
	put32(sk + 0x10, (uint32_t)sd_len);

	/* The rest of the bin is one free cell (positive size). */
	put32(bin + free_off, (uint32_t)(HBIN_SIZE - free_off));

	f = fopen(path, "wb");
	if (f == NULL) {
		rc = kb_errorf(err, KB_EIO, "%s: %s", path, strerror(errno));
		goto out;
	}
	if (fwrite(buf, 1, BASE_BLOCK_SIZE + HBIN_SIZE, f) !=
	    BASE_BLOCK_SIZE + HBIN_SIZE) {
		rc = kb_errorf(err, KB_EIO, "%s: %s", path, strerror(errno));
		fclose(f);
		goto out;
	}
	if (fclose(f) != 0) {
		rc = kb_errorf(err, KB_EIO, "%s: %s", path, strerror(errno));
		goto out;
	}
	rc = 0;
out:
	free(buf);
	return rc;
}

int hive_set_sequence(const char *path, uint32_t sequence1,
		      uint32_t sequence2, struct kb_error *err)
{
	unsigned char base[BASE_BLOCK_SIZE];
	FILE *f;
	int rc = -1;

	f = fopen(path, "r+b");
	if (f == NULL) {
		return kb_errorf(err, KB_EIO, "%s: %s", path, strerror(errno));
	}
	if (fread(base, 1, sizeof base, f) != sizeof base) {
		rc = kb_errorf(err, KB_EFORMAT, "%s: short base block", path);
		goto out;
	}
	put32(base + 0x04, sequence1);
	put32(base + 0x08, sequence2);
	put32(base + 0x1FC, hive_base_block_checksum(base));
	if (fseek(f, 0, SEEK_SET) != 0 ||
	    fwrite(base, 1, sizeof base, f) != sizeof base) {
		rc = kb_errorf(err, KB_EIO, "%s: %s", path, strerror(errno));
		goto out;
	}
	rc = 0;
out:
	if (fclose(f) != 0 && rc == 0)
		rc = kb_errorf(err, KB_EIO, "%s: %s", path, strerror(errno));
	return rc;
}

/* ---- spec parsing ---- */

/* Append to a value's data: 0, or -1 when out of memory. */
static int bytes_add(struct kb_buf *b, const void *data, size_t n)
{
	kb_buf_add(b, data, n);
	return b->oom ? -1 : 0;
}

static int bytes_add_unit(struct kb_buf *b, uint32_t unit)
{
	unsigned char u[2] = { (unsigned char)unit, (unsigned char)(unit >> 8) };

	return bytes_add(b, u, 2);
}

/* Append s (UTF-8, len bytes) as UTF-16LE plus a NUL unit. */
static int bytes_add_utf16(struct kb_buf *b, const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;

	while (i < len) {
		uint32_t cp;
		size_t n;

		if (p[i] < 0x80) {
			cp = p[i];
			n = 1;
		} else if ((p[i] & 0xE0) == 0xC0 && i + 1 < len) {
			cp = (uint32_t)(p[i] & 0x1F) << 6 | (p[i + 1] & 0x3F);
			n = 2;
		} else if ((p[i] & 0xF0) == 0xE0 && i + 2 < len) {
			cp = (uint32_t)(p[i] & 0x0F) << 12 |
			     (uint32_t)(p[i + 1] & 0x3F) << 6 | (p[i + 2] & 0x3F);
			n = 3;
		} else if ((p[i] & 0xF8) == 0xF0 && i + 3 < len) {
			cp = (uint32_t)(p[i] & 0x07) << 18 |
			     (uint32_t)(p[i + 1] & 0x3F) << 12 |
			     (uint32_t)(p[i + 2] & 0x3F) << 6 | (p[i + 3] & 0x3F);
			n = 4;
		} else {
			return -2;
		}
		if (cp >= 0x10000) {
			cp -= 0x10000;
			if (bytes_add_unit(b, 0xD800 | (cp >> 10)) != 0 ||
			    bytes_add_unit(b, 0xDC00 | (cp & 0x3FF)) != 0)
				return -1;
		} else if (bytes_add_unit(b, cp) != 0) {
			return -1;
		}
		i += n;
	}
	return bytes_add_unit(b, 0);
}

/* Parse a quoted string at *pp into out (NUL-terminated, malloc'd). */
static int parse_quoted(const char **pp, char **out)
{
	const char *p = *pp;
	char *s;
	size_t n = 0;

	if (*p != '"')
		return -1;
	p++;
	s = malloc(strlen(p) + 1);
	if (s == NULL)
		return -1;
	while (*p != '\0' && *p != '"') {
		if (*p == '\\' && (p[1] == '"' || p[1] == '\\'))
			p++;
		s[n++] = *p++;
	}
	if (*p != '"') {
		free(s);
		return -1;
	}
	s[n] = '\0';
	*pp = p + 1;
	*out = s;
	return 0;
}

static int parse_hex_number(const char *p, uint64_t *out)
{
	uint64_t v = 0;
	int digits = 0;

	while (*p == ' ' || *p == '\t')
		p++;
	for (; kb_hex_digit(*p) >= 0; p++, digits++) {
		if (digits >= 16)
			return -1;
		v = v << 4 | (uint64_t)kb_hex_digit(*p);
	}
	while (*p == ' ' || *p == '\t')
		p++;
	if (digits == 0 || *p != '\0')
		return -1;
	*out = v;
	return 0;
}

static int parse_hex_bytes(const char *p, struct kb_buf *b)
{
	for (;;) {
		unsigned char byte;

		while (*p == ' ' || *p == '\t')
			p++;
		if (*p == '\0')
			return 0;
		if (kb_hex_digit(p[0]) < 0 || kb_hex_digit(p[1]) < 0)
			return -1;
		byte = (unsigned char)(kb_hex_digit(p[0]) << 4 | kb_hex_digit(p[1]));
		if (bytes_add(b, &byte, 1) != 0)
			return -1;
		p += 2;
		while (*p == ' ' || *p == '\t')
			p++;
		if (*p == ',')
			p++;
		else if (*p != '\0')
			return -1;
	}
}

static hive_node_h ensure_path(hive_h *hx, const char *path)
{
	hive_node_h node = hivex_root(hx);
	char *copy, *part, *save = NULL;

	copy = strdup(path);
	if (copy == NULL)
		return 0;
	for (part = strtok_r(copy, "\\", &save); part != NULL && node != 0;
	     part = strtok_r(NULL, "\\", &save)) {
		hive_node_h child;

		errno = 0;
		child = hivex_node_get_child(hx, node, part);
		if (child == 0)
			child = errno == 0 ? hivex_node_add_child(hx, node, part)
					   : 0;
		node = child;
	}
	free(copy);
	return node;
}

/* Parse one value line and set it on node.  Returns 0, or a KB_E* code
 * with err. */
static int spec_value(hive_h *hx, hive_node_h node, const char *line,
		      struct kb_error *err)
{
	const char *p = line;
	char *name = NULL, *str = NULL;
	struct kb_buf data = { 0 };
	hive_set_value v;
	uint64_t num;
	int type, rc = -1;

	if (*p == '@') {
		name = strdup("");
		p++;
		if (name == NULL)
			goto oom;
	} else if (parse_quoted(&p, &name) != 0) {
		rc = kb_errorf(err, KB_EFORMAT, "expected \"Name\"= or @=");
		goto out;
	}
	if (*p++ != '=') {
		rc = kb_errorf(err, KB_EFORMAT, "expected '=' after the value name");
		goto out;
	}
	if (*p == '"' || strncmp(p, "expand:", 7) == 0) {
		type = *p == '"' ? 1 : 2;
		if (type == 2)
			p += 7;
		if (parse_quoted(&p, &str) != 0 || *p != '\0') {
			rc = kb_errorf(err, KB_EFORMAT, "bad quoted string");
			goto out;
		}
		if (bytes_add_utf16(&data, str, strlen(str)) != 0) {
			rc = kb_errorf(err, KB_EFORMAT, "bad UTF-8 in string");
			goto out;
		}
	} else if (strncmp(p, "multi:", 6) == 0) {
		type = 7;
		p += 6;
		while (*p == '"') {
			if (parse_quoted(&p, &str) != 0 ||
			    bytes_add_utf16(&data, str, strlen(str)) != 0) {
				rc = kb_errorf(err, KB_EFORMAT, "bad multi: entry");
				goto out;
			}
			free(str);
			str = NULL;
			if (*p == ',')
				p++;
		}
		if (*p != '\0') {
			rc = kb_errorf(err, KB_EFORMAT, "expected \"entry\",\"entry\" after multi:");
			goto out;
		}
		if (bytes_add_unit(&data, 0) != 0)
			goto oom;
	} else if (strncmp(p, "dword:", 6) == 0) {
		unsigned char le[4];

		type = 4;
		if (parse_hex_number(p + 6, &num) != 0 || num > 0xFFFFFFFFu) {
			rc = kb_errorf(err, KB_EFORMAT, "bad dword: (hexadecimal, up to 8 digits)");
			goto out;
		}
		put32(le, (uint32_t)num);
		if (bytes_add(&data, le, 4) != 0)
			goto oom;
	} else if (strncmp(p, "qword:", 6) == 0) {
		unsigned char le[8];

		type = 11;
		if (parse_hex_number(p + 6, &num) != 0) {
			rc = kb_errorf(err, KB_EFORMAT, "bad qword: (hexadecimal, up to 16 digits)");
			goto out;
		}
		put32(le, (uint32_t)num);
		put32(le + 4, (uint32_t)(num >> 32));
		if (bytes_add(&data, le, 8) != 0)
			goto oom;
	} else if (strncmp(p, "hex:", 4) == 0 || strncmp(p, "hex(", 4) == 0) {
		if (p[3] == ':') {
			type = 3;
			p += 4;
		} else {
			char *end;
			long t = strtol(p + 4, &end, 10);

			if (end == p + 4 || t < 0 || t > 0xFFFF || end[0] != ')' ||
			    end[1] != ':') {
				rc = kb_errorf(err, KB_EFORMAT, "bad hex(TYPE): prefix");
				goto out;
			}
			type = (int)t;
			p = end + 2;
		}
		if (parse_hex_bytes(p, &data) != 0) {
			rc = kb_errorf(err, KB_EFORMAT, "bad hex bytes (want 01,02,ff)");
			goto out;
		}
	} else {
		rc = kb_errorf(err, KB_EFORMAT, "unknown value syntax");
		goto out;
	}

	v.key = name;
	v.t = (hive_type)type;
	v.len = data.len;
	v.value = data.p != NULL ? data.p : (char *)"";
	if (hivex_node_set_value(hx, node, &v, 0) != 0) {
		rc = kb_errorf(err, KB_EIO, "hivex could not set the value: %s",
		       strerror(errno));
		goto out;
	}
	rc = 0;
	goto out;
oom:
	rc = kb_errorf(err, KB_ENOMEM, "out of memory");
out:
	free(name);
	free(str);
	kb_buf_free(&data);
	return rc;
}

/* Read the @name/@sequence header lines only; they shape the empty hive
 * before hivex sees it. */
static int spec_header(const char *spec, struct hive_writer_opts *opts,
		       char *name_buf, size_t name_size)
{
	const char *p = spec;

	while (*p != '\0') {
		const char *eol = strchr(p, '\n');
		size_t len = eol != NULL ? (size_t)(eol - p) : strlen(p);

		if (len > 6 && strncmp(p, "@name ", 6) == 0) {
			size_t n = len - 6;

			while (n > 0 && (p[6 + n - 1] == '\r' || p[6 + n - 1] == ' '))
				n--;
			if (n >= name_size)
				n = name_size - 1;
			memcpy(name_buf, p + 6, n);
			name_buf[n] = '\0';
			opts->stored_name = name_buf;
		} else if (len > 10 && strncmp(p, "@sequence ", 10) == 0) {
			unsigned long a, b;

			if (sscanf(p + 10, "%lu %lu", &a, &b) != 2)
				return -1;
			opts->sequence1 = (uint32_t)a;
			opts->sequence2 = (uint32_t)b;
		}
		p += len;
		if (*p == '\n')
			p++;
	}
	return 0;
}

int hive_fixture_build(const char *out_path, const char *spec_text,
		       struct kb_error *err)
{
	struct hive_writer_opts opts = { 0 };
	char name_buf[64];
	hive_h *hx = NULL;
	hive_node_h node = 0;
	char *copy = NULL, *line, *next;
	int lineno = 0, rc = -1;

	if (spec_header(spec_text, &opts, name_buf, sizeof name_buf) != 0) {
		return kb_errorf(err, KB_EFORMAT, "bad @sequence line (want: @sequence N M)");
	}
	if ((rc = hive_write_empty(out_path, &opts, err)) != 0)
		return rc;
	hx = hivex_open(out_path, HIVEX_OPEN_WRITE);
	if (hx == NULL) {
		return kb_errorf(err, KB_EIO, "%s: hivex cannot open the empty hive: %s",
		       out_path, strerror(errno));
	}
	copy = strdup(spec_text);
	if (copy == NULL) {
		rc = kb_errorf(err, KB_ENOMEM, "out of memory");
		goto out;
	}
	for (line = copy; line != NULL; line = next) {
		size_t len;

		next = strchr(line, '\n');
		if (next != NULL)
			*next++ = '\0';
		lineno++;
		while (*line == ' ' || *line == '\t')
			line++;
		len = strlen(line);
		while (len > 0 && (line[len - 1] == '\r' || line[len - 1] == ' ' ||
				   line[len - 1] == '\t'))
			line[--len] = '\0';
		if (len == 0 || line[0] == ';' || line[0] == '#' ||
		    strncmp(line, "@name ", 6) == 0 ||
		    strncmp(line, "@sequence ", 10) == 0)
			continue;
		if (line[0] == '[') {
			if (line[len - 1] != ']') {
				rc = kb_errorf(err, KB_EFORMAT, "line %d: missing ']'", lineno);
				goto out;
			}
			line[len - 1] = '\0';
			node = ensure_path(hx, line + 1);
			if (node == 0) {
				rc = kb_errorf(err, KB_EIO, "line %d: cannot create key %s: %s",
				       lineno, line + 1, strerror(errno));
				goto out;
			}
			continue;
		}
		if (node == 0) {
			rc = kb_errorf(err, KB_EFORMAT, "line %d: value before any [key]", lineno);
			goto out;
		}
		if ((rc = spec_value(hx, node, line, err)) != 0) {
			kb_error_prefix(err, rc, "line %d", lineno);
			goto out;
		}
	}
	if (hivex_commit(hx, out_path, 0) != 0) {
		rc = kb_errorf(err, KB_EIO, "%s: hivex cannot write: %s", out_path,
		       strerror(errno));
		goto out;
	}
	rc = 0;
out:
	free(copy);
	if (hx != NULL)
		hivex_close(hx);
	/* hivex's commit makes both sequence numbers equal; put back the
	 * ones the spec asked for. */
	if (rc == 0 && opts.sequence1 != opts.sequence2)
		rc = hive_set_sequence(out_path, opts.sequence1, opts.sequence2,
				       err);
	return rc;
}

int hive_fixture_build_file(const char *out_path, const char *spec_path,
			    struct kb_error *err)
{
	char *text = NULL;
	size_t len;
	int rc;

	/* A spec is a page of text; a megabyte is not one. */
	if ((rc = kb_read_file(spec_path, 1024 * 1024, &text, &len, err)) != 0)
		return rc;
	rc = hive_fixture_build(out_path, text, err);
	/* Name the spec file in front of "line N: ...". */
	if (rc != 0)
		kb_error_prefix(err, rc, "%s", spec_path);
	free(text);
	return rc;
}
