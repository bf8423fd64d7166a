/* svcdoctor_files.c: the service doctor's two readers of files: a
 * program file's PE headers, and the Win32 error texts shipped in kb/
 * (svcdoctor.h). */
#include "kbwiz/svcdoctor.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "kbwiz/strutil.h"

static uint32_t le16(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8;
}

static uint32_t le32(const unsigned char *p)
{
	return le16(p) | le16(p + 2) << 16;
}

/* Enough for the DOS header, a PE header at any usual e_lfanew and a
 * section table of 96 sections (the PE format's old limit). */
#define PE_READ 8192

int svd_pe_check(const char *path, char *buf, size_t size)
{
	unsigned char *h = NULL;
	struct stat st;
	FILE *f = NULL;
	size_t got;
	uint32_t pe, n_sections, opt_size, table, i;
	uint64_t end = 0;
	int rc = -1;

	if (stat(path, &st) != 0 || (f = fopen(path, "rb")) == NULL) {
		snprintf(buf, size, "cannot be read: %s", strerror(errno));
		goto out;
	}
	if ((h = malloc(PE_READ)) == NULL) {
		snprintf(buf, size, "out of memory");
		goto out;
	}
	got = fread(h, 1, PE_READ, f);
	rc = 1;
	if (st.st_size == 0) {
		snprintf(buf, size, "zero-length file");
		goto out;
	}
	/* The DOS header: "MZ", and at 0x3C the offset of the PE header. */
	if (got < 2 || h[0] != 'M' || h[1] != 'Z') {
		snprintf(buf, size, "not a program file: no MZ header (%lld bytes)",
			 (long long)st.st_size);
		goto out;
	}
	if (got < 0x40) {
		snprintf(buf, size, "truncated: %lld bytes, shorter than the DOS header",
			 (long long)st.st_size);
		goto out;
	}
	pe = le32(h + 0x3C);
	if ((uint64_t)pe + 24 > (uint64_t)st.st_size) {
		snprintf(buf, size, "truncated: %lld bytes, its PE header would be at 0x%x",
			 (long long)st.st_size, (unsigned)pe);
		goto out;
	}
	if ((uint64_t)pe + 24 > got) {
		/* A PE header this far in is legal but unusual: not judged. */
		rc = 0;
		goto out;
	}
	if (memcmp(h + pe, "PE\0\0", 4) != 0) {
		snprintf(buf, size, "not a Win32 program: MZ header but no PE signature at 0x%x "
			 "(a DOS or 16-bit program, or damaged)", (unsigned)pe);
		goto out;
	}
	/* COFF header after the signature: NumberOfSections at +2,
	 * SizeOfOptionalHeader at +16; then the section table, 40 bytes a
	 * section, SizeOfRawData at +16 and PointerToRawData at +20. */
	n_sections = le16(h + pe + 6);
	opt_size = le16(h + pe + 20);
	table = pe + 24 + opt_size;
	for (i = 0; i < n_sections; i++) {
		uint64_t at = (uint64_t)table + (uint64_t)i * 40;
		uint64_t sec_end;
		if (at + 40 > got)
			break;
		sec_end = (uint64_t)le32(h + at + 20) + le32(h + at + 16);
		if (le32(h + at + 16) != 0 && sec_end > end)
			end = sec_end;
	}
	if (end > (uint64_t)st.st_size) {
		snprintf(buf, size, "truncated: %lld bytes, its sections end at %llu",
			 (long long)st.st_size, (unsigned long long)end);
		goto out;
	}
	rc = 0;
	if (size > 0)
		buf[0] = '\0';
out:
	if (f != NULL)
		fclose(f);
	free(h);
	return rc;
}

struct svd_message {
	unsigned code;
	char *name;
	char *text;
};

struct svd_messages {
	struct svd_message *v;
	size_t n;
};

void svd_messages_free(struct svd_messages *m)
{
	size_t i;

	if (m == NULL)
		return;
	for (i = 0; i < m->n; i++) {
		free(m->v[i].name);
		free(m->v[i].text);
	}
	free(m->v);
	free(m);
}

int svd_messages_load(const char *path, struct svd_messages **out,
		      struct kb_error *err)
{
	struct svd_messages *m = NULL;
	FILE *f = NULL;
	char line[1024];
	unsigned line_no = 0;
	int rc = 0;

	*out = NULL;
	if ((f = fopen(path, "r")) == NULL)
		return kb_errorf(err, errno == ENOENT ? KB_ENOTFOUND : KB_EIO, "%s: %s",
				 path, strerror(errno));
	if ((m = calloc(1, sizeof *m)) == NULL) {
		rc = kb_errorf(err, KB_ENOMEM, "out of memory");
		goto out;
	}
	while (fgets(line, sizeof line, f) != NULL) {
		char *tab1, *tab2, *end;
		unsigned long code;
		struct svd_message *v;

		line_no++;
		line[strcspn(line, "\r\n")] = '\0';
		if (line[0] == '#' || line[0] == '\0')
			continue;
		tab1 = strchr(line, '\t');
		tab2 = tab1 != NULL ? strchr(tab1 + 1, '\t') : NULL;
		errno = 0;
		code = strtoul(line, &end, 10);
		if (tab2 == NULL || end != tab1 || errno != 0 || code > 0xFFFFFFFFul ||
		    tab2[1] == '\0') {
			rc = kb_errorf(err, KB_EFORMAT, "%s:%u: expected CODE<tab>NAME<tab>TEXT",
				       path, line_no);
			goto out;
		}
		v = realloc(m->v, (m->n + 1) * sizeof *v);
		if (v == NULL) {
			rc = kb_errorf(err, KB_ENOMEM, "out of memory");
			goto out;
		}
		m->v = v;
		v = &m->v[m->n];
		v->code = (unsigned)code;
		v->name = kb_strndup(tab1 + 1, (size_t)(tab2 - tab1 - 1));
		v->text = kb_strdup(tab2 + 1);
		m->n++;
		if (v->name == NULL || v->text == NULL) {
			rc = kb_errorf(err, KB_ENOMEM, "out of memory");
			goto out;
		}
	}
	if (ferror(f))
		rc = kb_errorf(err, KB_EIO, "%s: read error", path);
out:
	fclose(f);
	if (rc != 0)
		svd_messages_free(m);
	else
		*out = m;
	return rc;
}

const char *svd_messages_lookup(const struct svd_messages *m, unsigned code,
				const char **name)
{
	size_t i;

	for (i = 0; m != NULL && i < m->n; i++)
		if (m->v[i].code == code) {
			if (name != NULL)
				*name = m->v[i].name;
			return m->v[i].text;
		}
	return NULL;
}

int svd_messages_find_text(const struct svd_messages *m, const char *text,
			   unsigned *code)
{
	size_t i, best = 0;
	int found = 0;

	/* The longest text that appears wins: "The service did not start
	 * due to a logon failure." over a shorter one it contains.  "%1"
	 * texts cannot appear as written. */
	for (i = 0; m != NULL && text != NULL && i < m->n; i++) {
		size_t len = strlen(m->v[i].text);
		if (len > best && strstr(m->v[i].text, "%1") == NULL &&
		    kb_ci_contains(text, m->v[i].text)) {
			best = len;
			*code = m->v[i].code;
			found = 1;
		}
	}
	return found;
}
