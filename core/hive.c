/* hive.c: offline registry hives through hivex, and the evaluation of a
 * rule's registry checks against them (hive.h).
 *
 * hivex does the cell walking.  We read the 4096-byte base block
 * ourselves first, because hivex reports every failure as a bare errno
 * and the technician needs to know whether the file is empty, truncated,
 * bit-flipped or simply not a hive.  Value data is taken raw from hivex
 * and decoded here: hivex_value_multiple_strings() silently drops an odd
 * trailing byte and stops at the first empty string, which would hide
 * exactly the damage we must report. */
#include "kbwiz/hive.h"

#include <errno.h>
#include <fcntl.h>
#include <hivex.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kbwiz/hivelog.h"
#include "kbwiz/strbuf.h"
#include "kbwiz/strutil.h"

#define BASE_BLOCK_SIZE 4096
/* The base block holds the last 32 UTF-16 units of the hive's path. */
#define STORED_NAME_OFFSET 0x30
#define STORED_NAME_BYTES 64
/* Windows numbers control sets 001..999 (Select\Current etc.). */
#define CONTROL_SET_MAX 999

struct kb_hive {
	hive_h *hx;
	int fd;                /* our own view, for checks hivex skips */
	long long size;
	char *path;
	const char *kind;      /* static string */
	uint32_t sequence1, sequence2;
	char stored_name[STORED_NAME_BYTES / 2 * 3 + 1];  /* UTF-8 */
	enum hivelog_status recovery;
	char recovery_text[600];   /* hivelog's line; "" when clean */
};

/* ---- small helpers ---- */

static uint32_t le32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
	       (uint32_t)p[3] << 24;
}

static int ascii_upper(int c)
{
	return c >= 'a' && c <= 'z' ? c - 32 : c;
}

/* Registry names compare case-insensitively.  Windows folds with its own
 * upper-case table; we fold ASCII only, so that the result never depends
 * on the process locale (the TUI calls setlocale). */
static int name_eq(const char *a, const char *b)
{
	for (; *a != '\0' && *b != '\0'; a++, b++)
		if (ascii_upper((unsigned char)*a) != ascii_upper((unsigned char)*b))
			return 0;
	return *a == *b;
}

static int name_eq_n(const char *a, const char *b, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (ascii_upper((unsigned char)a[i]) != ascii_upper((unsigned char)b[i]))
			return 0;
		if (a[i] == '\0')
			return 1;
	}
	return 1;
}

static void free_strv(char **v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

/* ---- UTF-16LE ---- */

static void utf8_put(struct kb_buf *b, uint32_t cp)
{
	char u[4];
	size_t n;

	if (cp < 0x80) {
		u[0] = (char)cp;
		n = 1;
	} else if (cp < 0x800) {
		u[0] = (char)(0xC0 | cp >> 6);
		u[1] = (char)(0x80 | (cp & 0x3F));
		n = 2;
	} else if (cp < 0x10000) {
		u[0] = (char)(0xE0 | cp >> 12);
		u[1] = (char)(0x80 | (cp >> 6 & 0x3F));
		u[2] = (char)(0x80 | (cp & 0x3F));
		n = 3;
	} else {
		u[0] = (char)(0xF0 | cp >> 18);
		u[1] = (char)(0x80 | (cp >> 12 & 0x3F));
		u[2] = (char)(0x80 | (cp >> 6 & 0x3F));
		u[3] = (char)(0x80 | (cp & 0x3F));
		n = 4;
	}
	kb_buf_add(b, u, n);
}

/* Decode n_units UTF-16LE code units.  Returns 0 and a malloc'd UTF-8
 * string, -1 for an unpaired surrogate (the data is damaged), or
 * KB_ENOMEM. */
static int utf16le_decode(const unsigned char *p, size_t n_units, char **out)
{
	struct kb_buf b = { 0 };
	size_t i;

	*out = NULL;
	for (i = 0; i < n_units; i++) {
		uint32_t u = (uint32_t)p[2 * i] | (uint32_t)p[2 * i + 1] << 8;

		if (u >= 0xD800 && u <= 0xDBFF) {
			uint32_t lo;

			if (i + 1 >= n_units)
				goto bad;
			lo = (uint32_t)p[2 * i + 2] | (uint32_t)p[2 * i + 3] << 8;
			if (lo < 0xDC00 || lo > 0xDFFF)
				goto bad;
			u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
			i++;
		} else if (u >= 0xDC00 && u <= 0xDFFF) {
			goto bad;
		}
		utf8_put(&b, u);
	}
	*out = kb_buf_steal(&b);
	return *out != NULL ? 0 : KB_ENOMEM;
bad:
	kb_buf_free(&b);
	return -1;
}

/* ---- opening ---- */

/* Hive kinds as Windows names their files (config\SYSTEM, ...\NTUSER.DAT). */
static const char *const hive_kinds[] = {
	"SYSTEM", "SOFTWARE", "SAM", "SECURITY", "DEFAULT", "NTUSER",
};

/* The kind named by the last component of a Windows or POSIX path:
 * "SYSTEM", "system.sav", "SYSTEM_B" and "NTUSER.DAT" all count, "SAMPLE"
 * does not (a letter follows the kind's name). */
static const char *kind_from_file_name(const char *name)
{
	const char *base = name, *p;
	size_t i;

	for (p = name; *p != '\0'; p++)
		if (*p == '\\' || *p == '/')
			base = p + 1;
	for (i = 0; i < sizeof hive_kinds / sizeof hive_kinds[0]; i++) {
		size_t n = strlen(hive_kinds[i]);
		char next;

		if (!name_eq_n(base, hive_kinds[i], n) || strlen(base) < n)
			continue;
		next = base[n];
		if (next == '\0' || next == '.' || next == '_' || next == '-' ||
		    (next >= '0' && next <= '9'))
			return hive_kinds[i];
	}
	return NULL;
}

static int find_child(hive_h *hx, hive_node_h node, const char *name,
		      hive_node_h *child);

static int has_path(hive_h *hx, const char *const *names, size_t n)
{
	hive_node_h node = hivex_root(hx);
	size_t i;

	if (node == 0)
		return 0;
	for (i = 0; i < n; i++)
		if (find_child(hx, node, names[i], &node) != 1)
			return 0;
	return 1;
}

/* Last resort: the keys a hive of each kind always has at its root.
 * NTUSER and DEFAULT look alike inside, so neither is guessed. */
static const char *kind_from_content(hive_h *hx)
{
	static const char *const select_key[] = { "Select" };
	static const char *const current_version[] = {
		"Microsoft", "Windows NT", "CurrentVersion" };
	static const char *const policy[] = { "Policy" };
	static const char *const sam_domains[] = { "SAM", "Domains" };

	if (has_path(hx, select_key, 1))
		return "SYSTEM";
	if (has_path(hx, current_version, 3))
		return "SOFTWARE";
	if (has_path(hx, policy, 1))
		return "SECURITY";
	if (has_path(hx, sam_domains, 2))
		return "SAM";
	return "";
}

/* Read up to len bytes; returns the count read or -1. */
static ssize_t read_full(int fd, unsigned char *buf, size_t len)
{
	size_t got = 0;

	while (got < len) {
		ssize_t n = read(fd, buf + got, len - got);

		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		if (n == 0)
			break;
		got += (size_t)n;
	}
	return (ssize_t)got;
}

/* Check the base block (regf format: signature at 0, sequence numbers at
 * 4 and 8, version at 0x14/0x18, hive bins size at 0x28, XOR checksum of
 * the first 508 bytes at 0x1FC) so that the message says what is wrong. */
static int check_base_block(const char *path, const unsigned char *base,
			    size_t got, long long file_size,
			    struct kb_error *err)
{
	uint32_t sum = 0, stored, major, minor, bins;
	size_t i;

	if (got < 4 || memcmp(base, "regf", 4) != 0)
		return kb_errorf(err, KB_EFORMAT,
				 "%s: not a registry hive (no 'regf' signature)",
				 path);
	if (got < BASE_BLOCK_SIZE)
		return kb_errorf(err, KB_EFORMAT,
				 "%s: truncated registry hive (%lld bytes, shorter "
				 "than its 4096-byte base block)", path, file_size);
	for (i = 0; i < 508; i += 4)
		sum ^= le32(base + i);
	stored = le32(base + 0x1FC);
	/* Windows stores 0 as 1 and 0xFFFFFFFF as 0xFFFFFFFE. */
	if (stored != sum && !(sum == 0 && stored == 1) &&
	    !(sum == 0xFFFFFFFFu && stored == 0xFFFFFFFEu))
		return kb_errorf(err, KB_EFORMAT,
				 "%s: damaged registry hive: base block checksum "
				 "is 0x%08" PRIX32 " but the data gives 0x%08" PRIX32
				 " (bit flip or partial write)", path, stored, sum);
	/* File type 0 is a primary hive; 1, 2 and 6 are transaction logs,
	 * which start with a base block too but hold no hbins. */
	if (le32(base + 0x1C) != 0)
		return kb_errorf(err, KB_EFORMAT,
				 "%s: a registry transaction log (file type %" PRIu32
				 "), not a primary hive file", path,
				 le32(base + 0x1C));
	major = le32(base + 0x14);
	minor = le32(base + 0x18);
	if (major != 1)
		return kb_errorf(err, KB_EFORMAT,
				 "%s: unsupported registry hive format version "
				 "%" PRIu32 ".%" PRIu32, path, major, minor);
	bins = le32(base + 0x28);
	if (bins == 0 || bins % 4096 != 0)
		return kb_errorf(err, KB_EFORMAT,
				 "%s: damaged registry hive: base block gives a hive "
				 "bins size of %" PRIu32 " bytes", path, bins);
	if ((long long)bins + BASE_BLOCK_SIZE > file_size)
		return kb_errorf(err, KB_EFORMAT,
				 "%s: truncated registry hive: %lld bytes, but its "
				 "base block declares %lld", path, file_size,
				 (long long)bins + BASE_BLOCK_SIZE);
	return 0;
}

static void decode_stored_name(struct kb_hive *h, const unsigned char *base)
{
	const unsigned char *p = base + STORED_NAME_OFFSET;
	size_t units = 0;
	char *name = NULL;

	while (units < STORED_NAME_BYTES / 2 && (p[2 * units] | p[2 * units + 1]))
		units++;
	if (utf16le_decode(p, units, &name) == 0) {
		snprintf(h->stored_name, sizeof h->stored_name, "%s", name);
		free(name);
	}
}

/* Replay the logs of a dirty hive (base: its first 4096 bytes).  On
 * success *mem_fd is a memory file with the clean image and base is
 * replaced by the image's base block; a hive whose logs are missing or
 * refused keeps *mem_fd = -1 and is read as it is, the reason kept in
 * recovery_text. */
static int open_recovered(struct kb_hive *h, unsigned char *base,
			  int *mem_fd, struct kb_error *err)
{
	struct hivelog_result r;
	struct hivelog_base bb;
	int rc;

	*mem_fd = -1;
	if (hivelog_parse_base(base, BASE_BLOCK_SIZE, &bb) != 0 ||
	    (bb.checksum_ok && bb.sequence1 == bb.sequence2))
		return 0;
	rc = hivelog_recover_file(h->path, &r, err);
	if (rc == KB_ENOMEM)
		return rc;
	if (rc != 0) {
		/* A log that cannot be read leaves the file as it is. */
		h->recovery = HIVELOG_DAMAGED;
		snprintf(h->recovery_text, sizeof h->recovery_text, "dirty, and "
			 "its transaction logs cannot be read (%.400s); the hive file "
			 "was read as it is", err->msg);
		kb_error_clear(err);
		return 0;
	}
	h->recovery = r.status;
	hivelog_describe(&r, h->recovery_text, sizeof h->recovery_text);
	if (r.status == HIVELOG_RECOVERED) {
		if ((rc = hivelog_image_fd(&r, mem_fd, err)) == 0) {
			memcpy(base, r.image, BASE_BLOCK_SIZE);
			h->size = (long long)r.image_size;
		} else {
			kb_error_prefix(err, rc, "%s", h->path);
		}
	}
	hivelog_result_free(&r);
	return rc;
}

int hive_open(const char *path, struct kb_hive **out, struct kb_error *err)
{
	unsigned char base[BASE_BLOCK_SIZE];
	char hivex_path[4096 + 32];
	struct kb_hive *h = NULL;
	struct stat st;
	ssize_t got;
	int fd = -1, mem_fd = -1, rc;

	if (out != NULL)
		*out = NULL;
	if (path == NULL || out == NULL)
		return kb_errorf(err, KB_EINVAL, "hive_open: no file given");

	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		if (errno == ENOENT)
			return kb_errorf(err, KB_ENOTFOUND, "%s: no such file", path);
		return kb_errorf(err, KB_EIO, "%s: cannot open: %s", path,
				 strerror(errno));
	}
	if (fstat(fd, &st) != 0) {
		rc = kb_errorf(err, KB_EIO, "%s: %s", path, strerror(errno));
		goto out;
	}
	if (!S_ISREG(st.st_mode)) {
		rc = kb_errorf(err, KB_EFORMAT, "%s: not a regular file%s", path,
			       S_ISDIR(st.st_mode) ? " (a directory: for a mounted Windows volume use --root)" : "");
		goto out;
	}
	if (st.st_size == 0) {
		rc = kb_errorf(err, KB_EFORMAT,
			       "%s: empty file (0 bytes), not a registry hive", path);
		goto out;
	}
	got = read_full(fd, base, sizeof base);
	if (got < 0) {
		rc = kb_errorf(err, KB_EIO, "%s: cannot read: %s", path,
			       strerror(errno));
		goto out;
	}
	h = calloc(1, sizeof *h);
	if (h == NULL) {
		rc = kb_errorf(err, KB_ENOMEM, "%s: out of memory", path);
		goto out;
	}
	h->fd = -1;
	if ((h->path = strdup(path)) == NULL) {
		rc = kb_errorf(err, KB_ENOMEM, "%s: out of memory", path);
		goto out;
	}
	h->sequence1 = le32(base + 0x04);
	h->sequence2 = le32(base + 0x08);
	/* A dirty hive is read as Windows would load it: with its logs
	 * replayed, in memory (hivex then opens the memory file). */
	if ((size_t)got == sizeof base && memcmp(base, "regf", 4) == 0 &&
	    (rc = open_recovered(h, base, &mem_fd, err)) != 0)
		goto out;
	if (mem_fd >= 0) {
		close(fd);
		fd = mem_fd;
		mem_fd = -1;
		snprintf(hivex_path, sizeof hivex_path, "/proc/self/fd/%d", fd);
	} else {
		h->size = (long long)st.st_size;
		snprintf(hivex_path, sizeof hivex_path, "%s", path);
	}
	rc = check_base_block(path, base, (size_t)got, h->size, err);
	if (rc != 0)
		goto out;
	h->fd = fd;
	fd = -1;
	decode_stored_name(h, base);

	/* Flags 0: no HIVEX_OPEN_VERBOSE/DEBUG, so hivex keeps quiet on bad
	 * input (it prints only when asked, or when the user exported
	 * HIVEX_DEBUG=1 to debug hivex itself).  Read-only: never WRITE. */
	errno = 0;
	h->hx = hivex_open(hivex_path, 0);
	if (h->hx == NULL) {
		if (errno == ENOMEM)
			rc = kb_errorf(err, KB_ENOMEM, "%s: out of memory", path);
		else
			rc = kb_errorf(err, KB_EFORMAT,
				       "%s: damaged registry hive: its cells cannot "
				       "be read (hivex: %s)", path,
				       errno != 0 ? strerror(errno) : "unknown error");
		goto out;
	}

	h->kind = kind_from_file_name(h->stored_name);
	if (h->kind == NULL)
		h->kind = kind_from_file_name(path);
	if (h->kind == NULL)
		h->kind = kind_from_content(h->hx);
	*out = h;
	h = NULL;
	rc = 0;
out:
	if (fd >= 0)
		close(fd);
	hive_close(h);
	return rc;
}

void hive_close(struct kb_hive *h)
{
	if (h == NULL)
		return;
	if (h->hx != NULL)
		hivex_close(h->hx);
	if (h->fd >= 0)
		close(h->fd);
	free(h->path);
	free(h);
}

const char *hive_path(const struct kb_hive *h)
{
	return h != NULL ? h->path : NULL;
}

const char *hive_kind(const struct kb_hive *h)
{
	return h != NULL && h->kind != NULL ? h->kind : "";
}

enum hivelog_status hive_recovery(const struct kb_hive *h)
{
	return h != NULL ? h->recovery : HIVELOG_CLEAN;
}

const char *hive_recovery_text(const struct kb_hive *h)
{
	return h != NULL ? h->recovery_text : "";
}

int hive_is_dirty(const struct kb_hive *h)
{
	return h != NULL && h->sequence1 != h->sequence2;
}

/* ---- lookup ---- */

/* Find a subkey by name, case-insensitively.  Our own loop rather than
 * hivex_node_get_child(): that returns 0 both for "no such child" and
 * for "could not read", and we must tell a missing key from a damaged
 * one.  Returns 1 (found), 0 (absent), -1 (unreadable) or KB_ENOMEM. */
static int find_child(hive_h *hx, hive_node_h node, const char *name,
		      hive_node_h *child)
{
	hive_node_h *kids;
	size_t i;
	int rc = 0;

	errno = 0;
	kids = hivex_node_children(hx, node);
	if (kids == NULL)
		return errno == ENOMEM ? KB_ENOMEM : -1;
	for (i = 0; kids[i] != 0; i++) {
		char *kid_name;

		errno = 0;
		kid_name = hivex_node_name(hx, kids[i]);
		if (kid_name == NULL) {
			rc = errno == ENOMEM ? KB_ENOMEM : -1;
			break;
		}
		if (name_eq(kid_name, name)) {
			*child = kids[i];
			rc = 1;
		}
		free(kid_name);
		if (rc == 1)
			break;
	}
	free(kids);
	return rc;
}

/* Find a value by name, case-insensitively; "" is the default value.
 * Also hands back the stored name (malloc'd).  Returns as find_child. */
static int find_value(hive_h *hx, hive_node_h node, const char *name,
		      hive_value_h *value, char **stored_name)
{
	hive_value_h *vals;
	size_t i;
	int rc = 0;

	errno = 0;
	vals = hivex_node_values(hx, node);
	if (vals == NULL)
		return errno == ENOMEM ? KB_ENOMEM : -1;
	for (i = 0; vals[i] != 0; i++) {
		char *val_name;

		errno = 0;
		val_name = hivex_value_key(hx, vals[i]);
		if (val_name == NULL) {
			rc = errno == ENOMEM ? KB_ENOMEM : -1;
			break;
		}
		if (name_eq(val_name, name)) {
			*value = vals[i];
			*stored_name = val_name;
			rc = 1;
			break;
		}
		free(val_name);
	}
	free(vals);
	return rc;
}

static int read_at(struct kb_hive *h, long long off, unsigned char *buf,
		   size_t len)
{
	ssize_t n;

	if (off < 0 || off + (long long)len > h->size)
		return -1;
	do
		n = pread(h->fd, buf, len, (off_t)off);
	while (n < 0 && errno == EINTR);
	return n == (ssize_t)len ? 0 : -1;
}

/* Absolute cell size: allocated cells store it negated. */
static long long cell_size(const unsigned char *p)
{
	int64_t v = (int32_t)le32(p);

	return v < 0 ? -v : v;
}

/* Data longer than its cell lives in a big-data ('db') record: a segment
 * count (u16 at +2) and the offset of a cell listing the segments (u32 at
 * +4).  hivex trusts the count and reads the list past its cell, up to
 * past the end of the mapped file, so a damaged record could crash us.
 * Returns 0 when hivex_value_value() is safe to call, -1 when not. */
static int big_data_is_sane(struct kb_hive *h, hive_value_h val)
{
	unsigned char head[12], list_head[4];
	long long data_off, list_off, data_cell, list_cell;
	size_t len_plus_4 = 0;
	unsigned n_segments;

	data_off = (long long)hivex_value_data_cell_offset(h->hx, val,
							   &len_plus_4);
	if (data_off == 0)
		return 0;       /* inline data, or hivex refuses by itself */
	if (read_at(h, data_off, head, sizeof head) != 0)
		return -1;
	data_cell = cell_size(head);
	if ((long long)len_plus_4 <= data_cell || memcmp(head + 4, "db", 2) != 0)
		return 0;       /* plain cell, or not db: hivex copes */
	n_segments = (unsigned)head[6] | (unsigned)head[7] << 8;
	list_off = (long long)le32(head + 8) + BASE_BLOCK_SIZE;
	if (read_at(h, list_off, list_head, sizeof list_head) != 0)
		return -1;
	list_cell = cell_size(list_head);
	if (list_off + list_cell > h->size ||
	    4 + 4 * (long long)n_segments > list_cell)
		return -1;
	return 0;
}

static int read_select(struct kb_hive *h, const char *which, int *number,
		       struct kb_error *err)
{
	hive_node_h root, select;
	hive_value_h val;
	char *stored = NULL;
	unsigned char *data = NULL;
	hive_type t;
	size_t len;
	uint32_t n;
	int rc;

	root = hivex_root(h->hx);
	rc = root != 0 ? find_child(h->hx, root, "Select", &select) : -1;
	if (rc == KB_ENOMEM)
		return kb_errorf(err, KB_ENOMEM, "%s: out of memory", h->path);
	if (rc < 0)
		return kb_errorf(err, KB_EFORMAT,
				 "%s: damaged registry hive: the root key's subkeys "
				 "cannot be read", h->path);
	if (rc == 0)
		return kb_errorf(err, KB_ENOTFOUND,
				 "%s: no Select key (not a SYSTEM hive?)", h->path);
	rc = find_value(h->hx, select, which, &val, &stored);
	if (rc == KB_ENOMEM)
		return kb_errorf(err, KB_ENOMEM, "%s: out of memory", h->path);
	if (rc < 0)
		return kb_errorf(err, KB_EFORMAT,
				 "%s: damaged registry hive: the values of Select "
				 "cannot be read", h->path);
	if (rc == 0)
		return kb_errorf(err, KB_ENOTFOUND, "%s: Select\\%s missing",
				 h->path, which);
	free(stored);
	errno = 0;
	data = big_data_is_sane(h, val) == 0
		? (unsigned char *)hivex_value_value(h->hx, val, &t, &len) : NULL;
	if (data == NULL)
		return kb_errorf(err, errno == ENOMEM ? KB_ENOMEM : KB_EFORMAT,
				 "%s: Select\\%s cannot be read", h->path, which);
	if (t != hive_t_REG_DWORD || len != 4) {
		rc = kb_errorf(err, KB_EFORMAT,
			       "%s: Select\\%s is %s of %zu bytes, not a REG_DWORD",
			       h->path, which, kb_reg_type_name((unsigned)t), len);
		free(data);
		return rc;
	}
	n = le32(data);
	free(data);
	if (n > CONTROL_SET_MAX)
		return kb_errorf(err, KB_EFORMAT,
				 "%s: Select\\%s is %" PRIu32 ", beyond ControlSet%d",
				 h->path, which, n, CONTROL_SET_MAX);
	*number = (int)n;
	return 0;
}

int hive_select(struct kb_hive *h, const char *which, int *number,
		struct kb_error *err)
{
	if (h == NULL || which == NULL || number == NULL)
		return kb_errorf(err, KB_EINVAL, "hive_select: no hive given");
	return read_select(h, which, number, err);
}

/* ---- value decoding ---- */

struct decoded {
	unsigned type;
	int damaged;
	char why[160];        /* when damaged */
	char **entries;       /* see check_result.found_entries */
	size_t n_entries;
	uint64_t number;      /* DWORD / QWORD */
	int has_number;
	char *text;           /* readable data: [a, b], "s", 2 (0x2), 01 02 */
	const unsigned char *raw;  /* the data as stored (borrowed): a
				      REG_BINARY equals compares it */
	size_t raw_len;
};

static void decoded_free(struct decoded *d)
{
	free_strv(d->entries, d->n_entries);
	free(d->text);
	memset(d, 0, sizeof *d);
}

static int push_entry(struct decoded *d, char *s)
{
	char **v = realloc(d->entries, (d->n_entries + 1) * sizeof *v);

	if (v == NULL) {
		free(s);
		return KB_ENOMEM;
	}
	d->entries = v;
	d->entries[d->n_entries++] = s;
	return 0;
}

static void damaged(struct decoded *d, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void damaged(struct decoded *d, const char *fmt, ...)
{
	va_list ap;

	d->damaged = 1;
	va_start(ap, fmt);
	vsnprintf(d->why, sizeof d->why, fmt, ap);
	va_end(ap);
}

/* REG_MULTI_SZ: UTF-16LE strings each ended by a NUL unit, the list
 * ended by an empty string.  Windows stops at the first empty string, so
 * do we; a missing final terminator is tolerated as RegGetValue does. */
static int decode_multi_sz(const unsigned char *data, size_t len,
			   struct decoded *d)
{
	size_t n_units = len / 2, start = 0, i;
	int rc;

	if (len % 2 != 0) {
		damaged(d, "odd byte length %zu: REG_MULTI_SZ data is UTF-16LE",
			len);
		return 0;
	}
	for (i = 0; i <= n_units; i++) {
		char *s;

		if (i < n_units && (data[2 * i] | data[2 * i + 1]) != 0)
			continue;
		if (i == start)
			break;                  /* empty string: end of list */
		rc = utf16le_decode(data + 2 * start, i - start, &s);
		if (rc == KB_ENOMEM)
			return rc;
		if (rc != 0) {
			damaged(d, "invalid UTF-16 in entry %zu", d->n_entries + 1);
			return 0;
		}
		if ((rc = push_entry(d, s)) != 0)
			return rc;
		start = i + 1;
	}
	return 0;
}

/* REG_SZ / REG_EXPAND_SZ / REG_LINK: the string ends at the first NUL;
 * anything after it is slack Windows left in the cell.  An odd length is
 * damage only when no terminator comes first. */
static int decode_string(const unsigned char *data, size_t len,
			 struct decoded *d)
{
	size_t n_units = len / 2, i;
	char *s;
	int rc;

	for (i = 0; i < n_units; i++)
		if ((data[2 * i] | data[2 * i + 1]) == 0)
			break;
	if (i == n_units && len % 2 != 0) {
		damaged(d, "odd byte length %zu: %s data is UTF-16LE", len,
			kb_reg_type_name(d->type));
		return 0;
	}
	rc = utf16le_decode(data, i, &s);
	if (rc == KB_ENOMEM)
		return rc;
	if (rc != 0) {
		damaged(d, "invalid UTF-16 in the string");
		return 0;
	}
	return push_entry(d, s);
}

static int decode_number(const unsigned char *data, size_t len,
			 struct decoded *d)
{
	size_t want = d->type == KB_REG_QWORD ? 8 : 4;
	char *s;

	if (len != want) {
		damaged(d, "%s data is %zu bytes, not %zu",
			kb_reg_type_name(d->type), len, want);
		return 0;
	}
	if (d->type == KB_REG_QWORD)
		d->number = (uint64_t)le32(data) | (uint64_t)le32(data + 4) << 32;
	else if (d->type == KB_REG_DWORD_BIG_ENDIAN)
		d->number = (uint32_t)data[0] << 24 | (uint32_t)data[1] << 16 |
			    (uint32_t)data[2] << 8 | data[3];
	else
		d->number = le32(data);
	d->has_number = 1;
	s = kb_strdup_printf("%" PRIu64, d->number);
	if (s == NULL)
		return KB_ENOMEM;
	return push_entry(d, s);
}

static int decode_binary(const unsigned char *data, size_t len,
			 struct decoded *d)
{
	struct kb_buf b = { 0 };
	size_t i;
	char *s;

	if (len == 0)
		return 0;
	for (i = 0; i < len; i++)
		kb_buf_printf(&b, i == 0 ? "%02x" : ",%02x", data[i]);
	s = kb_buf_steal(&b);
	if (s == NULL)
		return KB_ENOMEM;
	return push_entry(d, s);
}

/* Build d->text, the data as one readable piece. */
static int decoded_text(const unsigned char *data, size_t len,
			struct decoded *d)
{
	struct kb_buf b = { 0 };
	size_t i;

	if (d->damaged) {
		kb_buf_printf(&b, "<undecodable, %zu bytes>", len);
	} else if (d->type == KB_REG_MULTI_SZ) {
		kb_buf_puts(&b, "[");
		for (i = 0; i < d->n_entries; i++) {
			if (i > 0)
				kb_buf_puts(&b, ", ");
			kb_buf_puts(&b, d->entries[i]);
		}
		kb_buf_puts(&b, "]");
	} else if (d->type == KB_REG_SZ || d->type == KB_REG_EXPAND_SZ ||
		   d->type == KB_REG_LINK) {
		kb_buf_printf(&b, "\"%s\"", d->entries[0]);
	} else if (d->has_number) {
		kb_buf_printf(&b, d->type == KB_REG_QWORD ? "%" PRIu64 " (0x%016" PRIx64 ")"
			: "%" PRIu64 " (0x%08" PRIx64 ")", d->number, d->number);
	} else {
		/* (rule_bytes_text() says "(no data)" for none) */
		kb_buf_free(&b);
		d->text = rule_bytes_text(data, len, RULE_BYTES_SHOWN);
		return d->text != NULL ? 0 : KB_ENOMEM;
	}
	d->text = kb_buf_steal(&b);
	return d->text != NULL ? 0 : KB_ENOMEM;
}

static int decode_value(const unsigned char *data, size_t len, unsigned type,
			struct decoded *d)
{
	int rc;

	d->type = type;
	d->raw = data;
	d->raw_len = len;
	switch (type) {
	case KB_REG_MULTI_SZ:
		rc = decode_multi_sz(data, len, d);
		break;
	case KB_REG_SZ:
	case KB_REG_EXPAND_SZ:
	case KB_REG_LINK:
		rc = decode_string(data, len, d);
		break;
	case KB_REG_DWORD:
	case KB_REG_DWORD_BIG_ENDIAN:
	case KB_REG_QWORD:
		rc = decode_number(data, len, d);
		break;
	default:
		rc = decode_binary(data, len, d);
		break;
	}
	if (rc == 0 && d->damaged) {
		/* Entries decoded before the damage are not the value. */
		free_strv(d->entries, d->n_entries);
		d->entries = NULL;
		d->n_entries = 0;
	}
	if (rc == 0)
		rc = decoded_text(data, len, d);
	return rc;
}

/* ---- evaluation ---- */

const char *check_status_name(enum check_status s)
{
	switch (s) {
	case CHECK_PASSED: return "passed";
	case CHECK_FAILED: return "failed";
	case CHECK_DAMAGED: return "damaged";
	case CHECK_NOT_CHECKED: return "not checked";
	}
	return "?";
}

const char *check_failure_name(enum check_failure f)
{
	switch (f) {
	case FAIL_NONE: return "none";
	case FAIL_KEY_MISSING: return "key missing";
	case FAIL_KEY_PRESENT: return "key present";
	case FAIL_VALUE_MISSING: return "value missing";
	case FAIL_WRONG_TYPE: return "wrong type";
	case FAIL_ENTRY_MISSING: return "entry missing";
	case FAIL_WRONG_DATA: return "wrong data";
	case FAIL_OUT_OF_RANGE: return "out of range";
	case FAIL_VALUE_PRESENT: return "value present";
	case FAIL_ENTRY_PRESENT: return "entry present";
	}
	return "?";
}

void check_result_clear(struct check_result *r)
{
	if (r == NULL)
		return;
	free(r->hive_file);
	free(r->control_set);
	free(r->resolved_key);
	free_strv(r->found_entries, r->n_found_entries);
	free(r->found);
	free(r->detail);
	memset(r, 0, sizeof *r);
}

unsigned char *check_found_bytes(const struct check_result *r, size_t *n)
{
	*n = 0;
	if (r->found_type != KB_REG_BINARY || r->n_found_entries != 1)
		return NULL;
	return hive_entry_bytes(r->found_entries[0], n);
}

unsigned char *hive_entry_bytes(const char *s, size_t *n)
{
	unsigned char *b;
	size_t len = strlen(s), i;

	*n = 0;
	/* "xx" then ",xx" per byte, as decode_binary writes them. */
	if (len < 2 || (len + 1) % 3 != 0 || (b = malloc((len + 1) / 3)) == NULL)
		return NULL;
	for (i = 0; i < len; i += 3) {
		int hi = kb_hex_digit((unsigned char)s[i]);
		int lo = kb_hex_digit((unsigned char)s[i + 1]);

		if (hi < 0 || lo < 0 || (i + 2 < len && s[i + 2] != ',')) {
			free(b);
			return NULL;
		}
		b[(*n)++] = (unsigned char)(hi << 4 | lo);
	}
	return b;
}

/* Set found and detail (both malloc'd); KB_ENOMEM when that fails. */
static int set_texts(struct check_result *out, char *found, char *detail)
{
	free(out->found);
	free(out->detail);
	out->found = found;
	out->detail = detail;
	return found != NULL && detail != NULL ? 0 : KB_ENOMEM;
}

static int set_outcome(struct check_result *out, enum check_status status,
		       enum check_failure failure, char *found, char *detail)
{
	out->status = status;
	out->failure = failure;
	return set_texts(out, found, detail);
}

/* Is the found type what the check wants?  A check without a type takes
 * the types its expectation can compare. */
static int type_matches(const struct rule_check *c, unsigned found)
{
	switch (c->expect) {
	case EXPECT_MULTI_SZ_CONTAINS:
		return found == KB_REG_MULTI_SZ;
	case EXPECT_NOT_CONTAINS:
		/* A string check reads REG_SZ and REG_EXPAND_SZ alike. */
		if (c->type == KB_REG_MULTI_SZ)
			return found == KB_REG_MULTI_SZ;
		return found == KB_REG_SZ || found == KB_REG_EXPAND_SZ;
	case EXPECT_VALUE_EQUALS:
		if (c->type != KB_REG_NONE)
			return found == (unsigned)c->type;
		if (c->data != NULL)
			return found == KB_REG_SZ || found == KB_REG_EXPAND_SZ;
		return found == KB_REG_DWORD || found == KB_REG_QWORD;
	case EXPECT_DWORD_RANGE:
		if (c->type == KB_REG_QWORD)
			return found == KB_REG_QWORD;
		if (c->type == KB_REG_DWORD)
			return found == KB_REG_DWORD;
		return found == KB_REG_DWORD || found == KB_REG_QWORD;
	default:
		return 1;
	}
}

static const char *expected_type_name(const struct rule_check *c)
{
	if (c->expect == EXPECT_MULTI_SZ_CONTAINS)
		return "REG_MULTI_SZ";
	if (c->expect == EXPECT_NOT_CONTAINS)
		return c->type == KB_REG_MULTI_SZ ? "REG_MULTI_SZ" : "REG_SZ or REG_EXPAND_SZ";
	if (c->type != KB_REG_NONE)
		return kb_reg_type_name(c->type);
	if (c->expect == EXPECT_VALUE_EQUALS && c->data != NULL)
		return "REG_SZ or REG_EXPAND_SZ";
	return "REG_DWORD or REG_QWORD";
}

static char *number_text(uint64_t n, unsigned type)
{
	if (type == KB_REG_QWORD)
		return kb_strdup_printf("%" PRIu64 " (0x%016" PRIx64 ")", n, n);
	return kb_strdup_printf("%" PRIu64 " (0x%08" PRIx64 ")", n, n);
}

/* not-contains: a list must hold no entry equal to data (names compare
 * case-insensitively, as for contains); a string must not hold data. */
static int judge_not_contains(const struct rule_check *c, const struct decoded *d,
			      struct check_result *out, char *found)
{
	const char *want = c->data != NULL ? c->data : "";
	size_t i;

	for (i = 0; i < d->n_entries; i++)
		if (c->type == KB_REG_MULTI_SZ ? name_eq(d->entries[i], want)
					       : kb_ci_contains(d->entries[i], want) != 0)
			return set_outcome(out, CHECK_FAILED, FAIL_ENTRY_PRESENT, found,
					   kb_strdup_printf("%s present, should be absent", want));
	return set_outcome(out, CHECK_PASSED, FAIL_NONE, found,
			   kb_strdup_printf("%s absent as expected", want));
}

/* REG_BINARY equals: the very bytes, as many as the rule gives.  Flags
 * and masks mean nothing as text, so no case or length is forgiven. */
static int judge_bytes(const struct rule_check *c, const struct decoded *d,
		       struct check_result *out, char *found)
{
	char *want = rule_bytes_text(c->bytes, c->n_bytes, RULE_BYTES_SHOWN);
	char *detail;

	if (d->raw_len == c->n_bytes && memcmp(d->raw, c->bytes, c->n_bytes) == 0) {
		detail = want != NULL ? kb_strdup_printf("equals %s", want) : NULL;
		free(want);
		return set_outcome(out, CHECK_PASSED, FAIL_NONE, found, detail);
	}
	if (want == NULL)
		detail = NULL;
	else if (d->raw_len != c->n_bytes)
		detail = kb_strdup_printf("expected %s (%zu byte%s, found %zu)", want,
					  c->n_bytes, c->n_bytes == 1 ? "" : "s", d->raw_len);
	else if (c->n_bytes > RULE_BYTES_SHOWN) {
		/* Both texts are cut and may look alike: name where they part
		 * (counted from 0, as offsets into the data are). */
		size_t at = rule_bytes_first_diff(d->raw, c->bytes, c->n_bytes);

		detail = kb_strdup_printf("expected %s; byte %zu: %02x, expected %02x", want, at,
					  d->raw[at], c->bytes[at]);
	} else
		detail = kb_strdup_printf("expected %s", want);
	free(want);
	return set_outcome(out, CHECK_FAILED, FAIL_WRONG_DATA, found, detail);
}

/* Judge a decoded value against the check. */
static int judge_value(const struct rule_check *c, const char *value_label,
		       struct decoded *d, struct check_result *out)
{
	char *found = kb_strdup_printf("%s (%s) = %s", value_label,
			      kb_reg_type_name(d->type), d->text);
	size_t i;

	out->found_type = (enum kb_reg_type)d->type;
	/* Presence is the failure, whatever the data holds. */
	if (c->expect == EXPECT_VALUE_ABSENT)
		return set_outcome(out, CHECK_FAILED, FAIL_VALUE_PRESENT, found,
				   kb_strdup_printf("%s should be absent", value_label));
	if (!type_matches(c, d->type))
		return set_outcome(out, CHECK_FAILED, FAIL_WRONG_TYPE, found,
				   kb_strdup_printf("expected %s, found %s",
					   expected_type_name(c),
					   kb_reg_type_name(d->type)));
	if (d->damaged)
		return set_outcome(out, CHECK_DAMAGED, FAIL_NONE, found,
				   kb_strdup_printf("%s", d->why));

	switch (c->expect) {
	case EXPECT_MULTI_SZ_CONTAINS: {
		const char *want = c->data != NULL ? c->data : "";

		/* Entries name drivers and providers, which Windows looks
		 * up case-insensitively. */
		for (i = 0; i < d->n_entries; i++)
			if (name_eq(d->entries[i], want))
				return set_outcome(out, CHECK_PASSED, FAIL_NONE, found,
						   kb_strdup_printf("%s present", want));
		return set_outcome(out, CHECK_FAILED, FAIL_ENTRY_MISSING, found,
				   kb_strdup_printf("%s missing", want));
	}
	case EXPECT_VALUE_EQUALS:
		if (c->bytes != NULL)
			return judge_bytes(c, d, out, found);
		if (d->has_number) {
			uint64_t want = c->number;

			if (d->number == want)
				return set_outcome(out, CHECK_PASSED, FAIL_NONE, found,
						   kb_strdup_printf("equals %" PRIu64, want));
			{
				char *w = number_text(want, d->type);
				char *detail = w != NULL ? kb_strdup_printf("expected %s", w)
							 : NULL;

				free(w);
				return set_outcome(out, CHECK_FAILED, FAIL_WRONG_DATA,
						   found, detail);
			}
		} else {
			const char *want = c->data != NULL ? c->data : "";

			/* String data the KB compares are paths and names,
			 * which Windows treats case-insensitively. */
			if (d->n_entries == 1 && name_eq(d->entries[0], want))
				return set_outcome(out, CHECK_PASSED, FAIL_NONE, found,
						   kb_strdup_printf("equals \"%s\"", want));
			return set_outcome(out, CHECK_FAILED, FAIL_WRONG_DATA, found,
					   kb_strdup_printf("expected \"%s\"", want));
		}
	case EXPECT_NOT_CONTAINS:
		return judge_not_contains(c, d, out, found);
	case EXPECT_DWORD_RANGE:
		if (d->number >= c->min && d->number <= c->max)
			return set_outcome(out, CHECK_PASSED, FAIL_NONE, found,
					   kb_strdup_printf("within %" PRIu64 "..%" PRIu64,
						   c->min, c->max));
		return set_outcome(out, CHECK_FAILED, FAIL_OUT_OF_RANGE, found,
				   kb_strdup_printf("expected %" PRIu64 "..%" PRIu64,
					   c->min, c->max));
	default:
		return set_outcome(out, CHECK_NOT_CHECKED, FAIL_NONE, found,
				   kb_strdup_printf("unknown expectation"));
	}
}

/* Copy the decoded entries into the result (the fix builder keeps their
 * order when it appends one). */
static int take_entries(struct decoded *d, struct check_result *out)
{
	out->found_entries = d->entries;
	out->n_found_entries = d->n_entries;
	d->entries = NULL;
	d->n_entries = 0;
	return 0;
}

/* value-absent and not-contains pass when there is nothing to read. */
static int is_negative_value_check(const struct rule_check *c)
{
	return c->expect == EXPECT_VALUE_ABSENT || c->expect == EXPECT_NOT_CONTAINS;
}

/* Evaluate c at path (inside the hive, already resolved).  Fills status,
 * failure, found*, detail. */
static int eval_resolved(struct kb_hive *h, const struct rule_check *c,
			 const char *path, struct check_result *out)
{
	hive_node_h node = hivex_root(h->hx), child;
	struct kb_buf walked = { 0 };
	const char *p = path;
	const char *walked_s;
	char *part = NULL;
	int rc = 0, key_checks;

	key_checks = c->expect == EXPECT_KEY_EXISTS ||
		     c->expect == EXPECT_KEY_ABSENT;
	if (node == 0)
		return set_outcome(out, CHECK_DAMAGED, FAIL_NONE,
				   kb_strdup_printf("root key unreadable"),
				   kb_strdup_printf("the hive's root key cannot be read"));
	while (*p != '\0') {
		const char *end = strchr(p, '\\');
		size_t n = end != NULL ? (size_t)(end - p) : strlen(p);

		if (n == 0) {           /* "a\\b" or a trailing backslash */
			p += 1;
			continue;
		}
		free(part);
		part = strndup(p, n);
		if (part == NULL) {
			rc = KB_ENOMEM;
			goto out;
		}
		rc = find_child(h->hx, node, part, &child);
		if (rc == KB_ENOMEM)
			goto out;
		walked_s = walked.len > 0 ? walked.p : "the root key";
		if (rc < 0) {
			rc = set_outcome(out, CHECK_DAMAGED, FAIL_NONE,
					 kb_strdup_printf("key unreadable"),
					 kb_strdup_printf("the subkeys of %s cannot be read",
						 walked_s));
			goto out;
		}
		if (rc == 0) {
			char *detail = kb_strdup_printf("subkey %s missing under %s", part,
					       walked_s);

			if (c->if_key_exists && !key_checks) {
				rc = set_outcome(out, CHECK_NOT_CHECKED, FAIL_NONE,
						 kb_strdup_printf("key missing"),
						 kb_strdup_printf("%s; the check applies only where the key exists",
								  detail != NULL ? detail : "key missing"));
				free(detail);
			} else if (c->expect == EXPECT_KEY_ABSENT || is_negative_value_check(c)) {
				free(detail);
				rc = set_outcome(out, CHECK_PASSED, FAIL_NONE,
						 kb_strdup_printf("key missing"),
						 kb_strdup_printf("absent as expected"));
			} else {
				rc = set_outcome(out, CHECK_FAILED, FAIL_KEY_MISSING,
						 kb_strdup_printf("key missing"), detail);
			}
			goto out;
		}
		node = child;
		if (walked.len > 0)
			kb_buf_puts(&walked, "\\");
		kb_buf_add(&walked, p, n);
		if (walked.oom) {
			rc = KB_ENOMEM;
			goto out;
		}
		p += n;
		if (*p == '\\')
			p++;
	}
	walked_s = walked.len > 0 ? walked.p : "the root key";

	if (key_checks) {
		if (c->expect == EXPECT_KEY_EXISTS)
			rc = set_outcome(out, CHECK_PASSED, FAIL_NONE,
					 kb_strdup_printf("key exists"), kb_strdup_printf("as expected"));
		else
			rc = set_outcome(out, CHECK_FAILED, FAIL_KEY_PRESENT,
					 kb_strdup_printf("key exists"),
					 kb_strdup_printf("key should be absent"));
		goto out;
	}

	{
		const char *want = c->value != NULL ? c->value : "";
		hive_value_h val;
		char *stored = NULL;
		unsigned char *data;
		struct decoded d = { 0 };
		hive_type t;
		size_t len;
		const char *label;

		rc = find_value(h->hx, node, want, &val, &stored);
		if (rc == KB_ENOMEM)
			goto out;
		if (rc < 0) {
			rc = set_outcome(out, CHECK_DAMAGED, FAIL_NONE,
					 kb_strdup_printf("values unreadable"),
					 kb_strdup_printf("the values of %s cannot be read",
						 walked_s));
			goto out;
		}
		if (rc == 0 && is_negative_value_check(c)) {
			rc = set_outcome(out, CHECK_PASSED, FAIL_NONE,
					 kb_strdup_printf("value %s missing",
						 *want ? want : "(Default)"),
					 kb_strdup_printf("absent as expected"));
			goto out;
		}
		if (rc == 0) {
			rc = set_outcome(out, CHECK_FAILED, FAIL_VALUE_MISSING,
					 kb_strdup_printf("value %s missing",
						 *want ? want : "(Default)"),
					 kb_strdup_printf("no value %s under %s",
						 *want ? want : "(Default)", walked_s));
			goto out;
		}
		/* Show the name as stored: the technician compares it with
		 * what regedit shows. */
		label = *stored != '\0' ? stored : "(Default)";
		if (big_data_is_sane(h, val) != 0) {
			if (hivex_value_type(h->hx, val, &t, &len) == 0)
				out->found_type = (enum kb_reg_type)t;
			rc = set_outcome(out, CHECK_DAMAGED, FAIL_NONE,
					 kb_strdup_printf("%s = <unreadable>", label),
					 kb_strdup_printf("the data of %s cannot be read "
						 "(damaged big-data record)", label));
			free(stored);
			goto out;
		}
		errno = 0;
		data = (unsigned char *)hivex_value_value(h->hx, val, &t, &len);
		if (data == NULL) {
			if (errno == ENOMEM) {
				free(stored);
				rc = KB_ENOMEM;
				goto out;
			}
			out->found_type = (enum kb_reg_type)t;
			rc = set_outcome(out, CHECK_DAMAGED, FAIL_NONE,
					 kb_strdup_printf("%s = <unreadable>", label),
					 kb_strdup_printf("the data of %s cannot be read (%s)",
						 label, errno != 0 ? strerror(errno)
								   : "bad cell"));
			free(stored);
			goto out;
		}
		rc = decode_value(data, len, (unsigned)t, &d);
		if (rc == 0)
			rc = judge_value(c, label, &d, out);
		if (rc == 0)
			rc = take_entries(&d, out);
		decoded_free(&d);
		free(data);
		free(stored);
	}
out:
	free(part);
	kb_buf_free(&walked);
	return rc;
}

/* "CurrentControlSet" is the first component of path (any case)? */
static const char *after_current_control_set(const char *path)
{
	static const char ccs[] = "CurrentControlSet";
	size_t n = sizeof ccs - 1;

	if (!name_eq_n(path, ccs, n) || strlen(path) < n)
		return NULL;
	if (path[n] == '\0')
		return path + n;
	if (path[n] == '\\')
		return path + n + 1;
	return NULL;
}

/* Fill out's hive_file, control_set and resolved_key, or make it a
 * NOT_CHECKED result.  *go is set when evaluation can proceed. */
static int prepare(struct kb_hive *h, const struct rule_check *c,
		   struct check_result *out, int *go)
{
	char hive_name[32];
	const char *inside, *rest;
	struct kb_error e;
	int number;

	*go = 0;
	if (c == NULL || c->key == NULL ||
	    rule_key_split(c->key, hive_name, sizeof hive_name, &inside) != 0)
		return set_outcome(out, CHECK_NOT_CHECKED, FAIL_NONE,
				   kb_strdup_printf("not checked"),
				   kb_strdup_printf("key %s is not under HKLM\\<hive>",
					   c != NULL && c->key != NULL ? c->key
								      : "(none)"));
	if (h == NULL)
		return set_outcome(out, CHECK_NOT_CHECKED, FAIL_NONE,
				   kb_strdup_printf("not checked"),
				   kb_strdup_printf("no %s hive supplied", hive_name));
	if (*h->kind != '\0' && strcmp(h->kind, hive_name) != 0)
		return set_outcome(out, CHECK_NOT_CHECKED, FAIL_NONE,
				   kb_strdup_printf("not checked"),
				   kb_strdup_printf("%s is a %s hive; the check reads %s",
					   h->path, h->kind, hive_name));

	rest = strcmp(hive_name, "SYSTEM") == 0 ? after_current_control_set(inside)
						: NULL;
	if (rest != NULL) {
		int rc = read_select(h, "Current", &number, &e);

		if (rc == KB_ENOMEM)
			return rc;
		if (rc == 0 && (number < 1 || number > CONTROL_SET_MAX))
			rc = kb_errorf(&e, KB_EFORMAT, "Select\\Current is %d",
				       number);
		if (rc != 0)
			return set_outcome(out, CHECK_NOT_CHECKED, FAIL_NONE,
					   kb_strdup_printf("not checked"),
					   kb_strdup_printf("CurrentControlSet cannot be "
						   "resolved: %s", e.msg));
		out->control_set = kb_strdup_printf("ControlSet%03d", number);
		if (out->control_set == NULL)
			return KB_ENOMEM;
		out->resolved_key = *rest != '\0'
			? kb_strdup_printf("%s\\%s", out->control_set, rest)
			: strdup(out->control_set);
	} else {
		out->resolved_key = strdup(inside);
	}
	out->hive_file = strdup(h->path);
	if (out->resolved_key == NULL || out->hive_file == NULL)
		return KB_ENOMEM;
	*go = 1;
	return 0;
}

/* ---- wildcard keys ---- */

/* Limits keep a hostile hive from making a check run forever. */
#define WILDCARD_MAX_KEYS 4096

struct key_list {
	char **v;
	size_t n;
	int damaged;            /* some subkeys could not be read */
};

static int key_list_push(struct key_list *l, const char *path)
{
	char **grown;

	if (l->n >= WILDCARD_MAX_KEYS)
		return 0;
	grown = realloc(l->v, (l->n + 1) * sizeof *grown);
	if (grown == NULL)
		return KB_ENOMEM;
	l->v = grown;
	if ((l->v[l->n] = strdup(path)) == NULL)
		return KB_ENOMEM;
	l->n++;
	return 0;
}

/* Every key matching rest (components, '*' any one subkey) below node,
 * whose path so far is walked; names in the hive's order. */
static int expand_keys(struct kb_hive *h, hive_node_h node, const char *walked,
		       const char *rest, struct key_list *l)
{
	const char *end;
	char *part = NULL, *next = NULL;
	size_t n;
	int rc = 0;

	while (*rest == '\\')
		rest++;
	if (*rest == '\0')
		return key_list_push(l, walked);
	end = strchr(rest, '\\');
	n = end != NULL ? (size_t)(end - rest) : strlen(rest);
	if (n == 1 && *rest == '*') {
		hive_node_h *kids;
		size_t i;

		errno = 0;
		if ((kids = hivex_node_children(h->hx, node)) == NULL) {
			if (errno == ENOMEM)
				return KB_ENOMEM;
			l->damaged = 1;
			return 0;
		}
		for (i = 0; kids[i] != 0 && rc == 0 && l->n < WILDCARD_MAX_KEYS; i++) {
			char *name = hivex_node_name(h->hx, kids[i]);

			if (name == NULL) {
				l->damaged = 1;
				continue;
			}
			next = *walked != '\0' ? kb_strdup_printf("%s\\%s", walked, name) : strdup(name);
			free(name);
			if (next == NULL)
				rc = KB_ENOMEM;
			else
				rc = expand_keys(h, kids[i], next, rest + n, l);
			free(next);
		}
		free(kids);
		return rc;
	}
	{
		hive_node_h child;

		if ((part = strndup(rest, n)) == NULL)
			return KB_ENOMEM;
		rc = find_child(h->hx, node, part, &child);
		if (rc == 1) {
			next = *walked != '\0' ? kb_strdup_printf("%s\\%s", walked, part) : strdup(part);
			rc = next == NULL ? KB_ENOMEM : expand_keys(h, child, next, rest + n, l);
			free(next);
		} else if (rc < 0 && rc != KB_ENOMEM) {
			l->damaged = 1;
			rc = 0;
		}
		free(part);
	}
	return rc;
}

/* A key with '*' components: the check runs on every matching key.
 * match: all passes when every one passes (and when none matches: there
 * is nothing that breaks the rule), and reports the first that does not;
 * match: any passes on the first that passes, and fails when none does
 * (reporting the first).  resolved_key names the key reported. */
static int eval_wildcard(struct kb_hive *h, const struct rule_check *c,
			 struct check_result *out)
{
	struct key_list l = { NULL, 0, 0 };
	struct check_result one, first_other;
	size_t i, n_pass = 0;
	int rc, have_other = 0;

	memset(&first_other, 0, sizeof first_other);
	rc = expand_keys(h, hivex_root(h->hx), "", out->resolved_key, &l);
	if (rc != 0)
		goto out;
	for (i = 0; i < l.n; i++) {
		int decisive;

		memset(&one, 0, sizeof one);
		if ((rc = eval_resolved(h, c, l.v[i], &one)) != 0) {
			check_result_clear(&one);
			goto out;
		}
		n_pass += one.status == CHECK_PASSED;
		decisive = c->match_any ? one.status == CHECK_PASSED : one.status != CHECK_PASSED;
		if (decisive || !have_other) {
			check_result_clear(&first_other);
			first_other = one;
			free(first_other.resolved_key);
			first_other.resolved_key = l.v[i];
			l.v[i] = NULL;
			have_other = 1;
		} else {
			check_result_clear(&one);
		}
		if (decisive)
			break;
	}
	free(out->resolved_key);
	out->resolved_key = NULL;
	if (have_other && (i < l.n || c->match_any || n_pass == l.n)) {
		/* The decisive key's result (or, with every key passing under
		 * all, the first key's), with the key it was found at. */
		char *hive_file = out->hive_file, *control_set = out->control_set;

		*out = first_other;
		memset(&first_other, 0, sizeof first_other);
		free(out->hive_file);
		free(out->control_set);
		out->hive_file = hive_file;
		out->control_set = control_set;
		if (!c->match_any && out->status == CHECK_PASSED) {
			free(out->detail);
			out->detail = kb_strdup_printf("all %zu matching keys pass", l.n);
			rc = out->detail == NULL ? KB_ENOMEM : 0;
		}
		if (c->match_any && out->status != CHECK_PASSED && rc == 0) {
			char *d = kb_strdup_printf("none of %zu matching keys passes (first: %s)", l.n,
						   out->detail != NULL ? out->detail : "failed");
			free(out->detail);
			out->detail = d;
			rc = d == NULL ? KB_ENOMEM : 0;
		}
	} else {
		/* No key matches the pattern. */
		out->resolved_key = strdup(c->key);
		rc = set_outcome(out, l.damaged ? CHECK_DAMAGED : c->match_any ? CHECK_FAILED : CHECK_PASSED,
				 c->match_any && !l.damaged ? FAIL_KEY_MISSING : FAIL_NONE,
				 kb_strdup_printf("no key matches"),
				 kb_strdup_printf(l.damaged ? "subkeys on the way cannot be read" :
						  c->match_any ? "no key matches %s" : "no key matches %s: nothing to check",
						  c->key));
		if (rc == 0 && out->resolved_key == NULL)
			rc = KB_ENOMEM;
	}
out:
	check_result_clear(&first_other);
	for (i = 0; i < l.n; i++)
		free(l.v[i]);
	free(l.v);
	return rc;
}

int hive_eval_check(struct kb_hive *h, const struct rule_check *c,
		    struct check_result *out, struct kb_error *err)
{
	int rc, go;

	if (out == NULL)
		return kb_errorf(err, KB_EINVAL, "hive_eval_check: no result");
	memset(out, 0, sizeof *out);
	rc = prepare(h, c, out, &go);
	if (rc == 0 && go && rule_key_has_wildcard(out->resolved_key))
		rc = eval_wildcard(h, c, out);
	else if (rc == 0 && go)
		rc = eval_resolved(h, c, out->resolved_key, out);
	if (rc != 0) {
		check_result_clear(out);
		return kb_errorf(err, rc, "%s: out of memory while checking %s",
				 h != NULL ? h->path : "(no hive)",
				 c != NULL && c->id != NULL ? c->id : "a check");
	}
	return 0;
}

/* ---- control set comparison ---- */

static int is_control_set_name(const char *name)
{
	size_t i;

	if (!name_eq_n(name, "ControlSet", 10) || strlen(name) != 13)
		return 0;
	for (i = 10; i < 13; i++)
		if (name[i] < '0' || name[i] > '9')
			return 0;
	return 1;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Root subkeys named ControlSetNNN, sorted. */
static int list_control_sets(struct kb_hive *h, char ***out, size_t *n_out)
{
	hive_node_h root = hivex_root(h->hx), *kids;
	char **names = NULL;
	size_t n = 0, i;

	*out = NULL;
	*n_out = 0;
	if (root == 0)
		return -1;
	errno = 0;
	kids = hivex_node_children(h->hx, root);
	if (kids == NULL)
		return errno == ENOMEM ? KB_ENOMEM : -1;
	for (i = 0; kids[i] != 0; i++) {
		char *name = hivex_node_name(h->hx, kids[i]), **v;

		if (name == NULL)
			continue;       /* unreadable: not one we can compare */
		if (!is_control_set_name(name)) {
			free(name);
			continue;
		}
		v = realloc(names, (n + 1) * sizeof *v);
		if (v == NULL) {
			free(name);
			free(kids);
			free_strv(names, n);
			return KB_ENOMEM;
		}
		names = v;
		names[n++] = name;
	}
	free(kids);
	if (n > 1)
		qsort(names, n, sizeof *names, cmp_str);
	*out = names;
	*n_out = n;
	return 0;
}

static int same_outcome(const struct check_result *a,
			const struct check_result *b)
{
	size_t i;

	if (a->status != b->status || a->failure != b->failure ||
	    a->found_type != b->found_type ||
	    a->n_found_entries != b->n_found_entries)
		return 0;
	for (i = 0; i < a->n_found_entries; i++)
		if (strcmp(a->found_entries[i], b->found_entries[i]) != 0)
			return 0;
	/* Same status with different texts: e.g. two undecodable values. */
	return a->found != NULL && b->found != NULL &&
	       strcmp(a->found, b->found) == 0;
}

void controlset_diffs_free(struct controlset_diff *d, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(d[i].check_id);
		free(d[i].control_set);
		free(d[i].current);
		free(d[i].other);
	}
	free(d);
}

static int add_diff(struct controlset_diff **v, size_t *n, const char *check_id,
		    const char *set, const char *current, const char *other)
{
	struct controlset_diff *p = realloc(*v, (*n + 1) * sizeof *p), *d;

	if (p == NULL)
		return KB_ENOMEM;
	*v = p;
	d = &p[(*n)++];
	d->check_id = strdup(check_id != NULL ? check_id : "");
	d->control_set = strdup(set);
	d->current = strdup(current != NULL ? current : "");
	d->other = strdup(other != NULL ? other : "");
	if (d->check_id == NULL || d->control_set == NULL ||
	    d->current == NULL || d->other == NULL)
		return KB_ENOMEM;
	return 0;
}

int hive_compare_control_sets(struct kb_hive *h, const struct rule *r,
			      struct controlset_diff **out, size_t *n_out,
			      struct kb_error *err)
{
	struct controlset_diff *diffs = NULL;
	size_t n_diffs = 0, n_sets = 0, i, j;
	char **sets = NULL;
	char current_name[16];
	int current, rc;

	if (out == NULL || n_out == NULL || h == NULL || r == NULL)
		return kb_errorf(err, KB_EINVAL,
				 "hive_compare_control_sets: missing argument");
	*out = NULL;
	*n_out = 0;
	rc = read_select(h, "Current", &current, err);
	if (rc != 0)
		return rc;
	if (current < 1 || current > CONTROL_SET_MAX)
		return kb_errorf(err, KB_EFORMAT,
				 "%s: Select\\Current is %d: no current control set",
				 h->path, current);
	snprintf(current_name, sizeof current_name, "ControlSet%03d", current);
	rc = list_control_sets(h, &sets, &n_sets);
	if (rc == KB_ENOMEM)
		return kb_errorf(err, rc, "%s: out of memory", h->path);
	if (rc < 0)
		return kb_errorf(err, KB_EFORMAT,
				 "%s: damaged registry hive: the root key's subkeys "
				 "cannot be read", h->path);

	for (i = 0; i < r->n_checks && rc == 0; i++) {
		const struct rule_check *c = &r->checks[i];
		struct check_result cur;
		char hive_name[32];
		const char *inside, *rest;

		if (c->key == NULL ||
		    rule_key_split(c->key, hive_name, sizeof hive_name, &inside) != 0 ||
		    strcmp(hive_name, "SYSTEM") != 0 ||
		    (rest = after_current_control_set(inside)) == NULL)
			continue;       /* not in a control set: nothing to compare */
		rc = hive_eval_check(h, c, &cur, err);
		if (rc != 0)
			break;
		for (j = 0; j < n_sets && rc == 0; j++) {
			struct check_result other = { 0 };
			char *path;

			if (name_eq(sets[j], current_name))
				continue;
			path = *rest != '\0' ? kb_strdup_printf("%s\\%s", sets[j], rest)
					     : strdup(sets[j]);
			if (path == NULL) {
				rc = KB_ENOMEM;
				break;
			}
			rc = eval_resolved(h, c, path, &other);
			free(path);
			if (rc == 0 && !same_outcome(&cur, &other))
				rc = add_diff(&diffs, &n_diffs, c->id, sets[j],
					      cur.found, other.found);
			check_result_clear(&other);
		}
		check_result_clear(&cur);
		if (rc == KB_ENOMEM)
			kb_errorf(err, rc, "%s: out of memory", h->path);
	}
	free_strv(sets, n_sets);
	if (rc != 0) {
		controlset_diffs_free(diffs, n_diffs);
		return rc;
	}
	*out = diffs;
	*n_out = n_diffs;
	return 0;
}

/* ---- whole-hive check ---- */

/* Windows nests keys at most 512 deep; deeper means a loop. */
#define WALK_DEPTH_MAX 512

struct walk {
	struct kb_hive *h;
	unsigned long long nodes, nodes_max;
	char where[256];
};

static int walk_node(struct walk *w, hive_node_h node, unsigned depth)
{
	hive_node_h *kids = NULL;
	hive_value_h *vals = NULL;
	char *name;
	size_t i;
	int rc = -1;

	if (depth > WALK_DEPTH_MAX || ++w->nodes > w->nodes_max) {
		snprintf(w->where, sizeof w->where, "keys nested deeper than Windows "
			 "allows, or a loop");
		return -1;
	}
	if ((name = hivex_node_name(w->h->hx, node)) == NULL) {
		snprintf(w->where, sizeof w->where, "a key name at offset 0x%zx "
			 "cannot be read", (size_t)node);
		return -1;
	}
	free(name);
	if ((vals = hivex_node_values(w->h->hx, node)) == NULL) {
		snprintf(w->where, sizeof w->where, "the values of the key at offset "
			 "0x%zx cannot be read", (size_t)node);
		goto out;
	}
	for (i = 0; vals[i] != 0; i++) {
		hive_type t;
		size_t len;
		char *key = hivex_value_key(w->h->hx, vals[i]), *data = NULL;

		if (key == NULL || hivex_value_type(w->h->hx, vals[i], &t, &len) != 0 ||
		    big_data_is_sane(w->h, vals[i]) != 0 ||
		    (data = hivex_value_value(w->h->hx, vals[i], &t, &len)) == NULL) {
			snprintf(w->where, sizeof w->where, "a value of the key at offset "
				 "0x%zx cannot be read", (size_t)node);
			free(key);
			goto out;
		}
		free(key);
		free(data);
	}
	if ((kids = hivex_node_children(w->h->hx, node)) == NULL) {
		snprintf(w->where, sizeof w->where, "the subkeys of the key at offset "
			 "0x%zx cannot be read", (size_t)node);
		goto out;
	}
	for (i = 0; kids[i] != 0; i++)
		if (walk_node(w, kids[i], depth + 1) != 0)
			goto out;
	rc = 0;
out:
	free(vals);
	free(kids);
	return rc;
}

int hive_check_whole(struct kb_hive *h, struct kb_error *err)
{
	struct walk w;
	hive_node_h root;

	memset(&w, 0, sizeof w);
	w.h = h;
	/* A key takes at least 80 bytes: more keys than that is a loop. */
	w.nodes_max = (unsigned long long)h->size / 80 + 1;
	if ((root = hivex_root(h->hx)) == 0)
		return kb_errorf(err, KB_EFORMAT, "%s: no root key", h->path);
	if (walk_node(&w, root, 0) != 0)
		return kb_errorf(err, KB_EFORMAT, "%s: already damaged: %s", h->path,
				 w.where);
	return 0;
}

/* ---- raw key access (hive.h: "Keys and values one by one") ---- */


hive_key hive_root_key(struct kb_hive *h)
{
	return h != NULL ? (hive_key)hivex_root(h->hx) : 0;
}

int hive_key_find(struct kb_hive *h, hive_key key, const char *path,
		  hive_key *out, struct kb_error *err)
{
	hive_node_h node = (hive_node_h)key, child;
	const char *p = path;
	char part[256];
	int rc;

	if (h == NULL || key == 0 || path == NULL || out == NULL)
		return kb_errorf(err, KB_EINVAL, "hive_key_find: no key given");
	while (*p != '\0') {
		size_t n = strcspn(p, "\\");

		if (n == 0) {
			p++;
			continue;
		}
		if (n >= sizeof part)
			return kb_errorf(err, KB_ENOTFOUND, "%s: no key %s",
					 h->path, path);
		memcpy(part, p, n);
		part[n] = '\0';
		rc = find_child(h->hx, node, part, &child);
		if (rc == KB_ENOMEM)
			return kb_errorf(err, rc, "%s: out of memory", h->path);
		if (rc < 0)
			return kb_errorf(err, KB_EFORMAT,
					 "%s: damaged registry hive: the subkeys "
					 "on the way to %s cannot be read", h->path, path);
		if (rc == 0)
			return kb_errorf(err, KB_ENOTFOUND, "%s: no key %s",
					 h->path, path);
		node = child;
		p += n;
	}
	*out = (hive_key)node;
	return 0;
}

void hive_subkeys_free(struct hive_subkey *v, size_t n)
{
	size_t i;

	for (i = 0; v != NULL && i < n; i++)
		free(v[i].name);
	free(v);
}

int hive_key_subkeys(struct kb_hive *h, hive_key key,
		     struct hive_subkey **out, size_t *n_out,
		     struct kb_error *err)
{
	hive_node_h *kids;
	struct hive_subkey *v = NULL;
	size_t n = 0, i;

	*out = NULL;
	*n_out = 0;
	if (h == NULL || key == 0)
		return kb_errorf(err, KB_EINVAL, "hive_key_subkeys: no key given");
	errno = 0;
	kids = hivex_node_children(h->hx, (hive_node_h)key);
	if (kids == NULL)
		return errno == ENOMEM
			? kb_errorf(err, KB_ENOMEM, "%s: out of memory", h->path)
			: kb_errorf(err, KB_EFORMAT, "%s: damaged registry hive: "
				    "a key's subkeys cannot be read", h->path);
	for (i = 0; kids[i] != 0; i++)
		;
	if (i > 0 && (v = calloc(i, sizeof *v)) == NULL) {
		free(kids);
		return kb_errorf(err, KB_ENOMEM, "%s: out of memory", h->path);
	}
	for (i = 0; kids[i] != 0; i++) {
		char *name;

		errno = 0;
		name = hivex_node_name(h->hx, kids[i]);
		if (name == NULL) {
			if (errno == ENOMEM) {
				free(kids);
				hive_subkeys_free(v, n);
				return kb_errorf(err, KB_ENOMEM, "%s: out of memory",
						 h->path);
			}
			continue;       /* an unreadable name: nothing to show */
		}
		v[n].name = name;
		v[n].key = (hive_key)kids[i];
		n++;
	}
	free(kids);
	*out = v;
	*n_out = n;
	return 0;
}

int64_t hive_key_last_write(struct kb_hive *h, hive_key key)
{
	int64_t ft;

	if (h == NULL || key == 0)
		return 0;
	ft = hivex_node_timestamp(h->hx, (hive_node_h)key);
	return ft > 0 ? kb_filetime_to_unix((uint64_t)ft) : 0;
}

void hive_value_clear(struct hive_value *v)
{
	if (v == NULL)
		return;
	free_strv(v->entries, v->n_entries);
	free(v->text);
	memset(v, 0, sizeof *v);
}

int hive_key_value(struct kb_hive *h, hive_key key, const char *name,
		   struct hive_value *out, struct kb_error *err)
{
	hive_value_h val;
	char *stored = NULL;
	unsigned char *data = NULL;
	struct decoded d = { 0 };
	hive_type t = 0;
	size_t len = 0;
	int rc;

	memset(out, 0, sizeof *out);
	if (h == NULL || key == 0 || name == NULL)
		return kb_errorf(err, KB_EINVAL, "hive_key_value: no key given");
	rc = find_value(h->hx, (hive_node_h)key, name, &val, &stored);
	if (rc == KB_ENOMEM)
		return kb_errorf(err, rc, "%s: out of memory", h->path);
	if (rc < 0)
		return kb_errorf(err, KB_EFORMAT, "%s: damaged registry hive: "
				 "a key's values cannot be read", h->path);
	if (rc == 0)
		return kb_errorf(err, KB_ENOTFOUND, "%s: no value %s", h->path,
				 *name != '\0' ? name : "(Default)");
	free(stored);
	if (big_data_is_sane(h, val) == 0) {
		errno = 0;
		data = (unsigned char *)hivex_value_value(h->hx, val, &t, &len);
		if (data == NULL && errno == ENOMEM)
			return kb_errorf(err, KB_ENOMEM, "%s: out of memory", h->path);
	}
	if (data == NULL) {
		if (hivex_value_type(h->hx, val, &t, &len) == 0)
			out->type = (unsigned)t;
		out->damaged = 1;
		snprintf(out->why, sizeof out->why, "the data cannot be read");
		out->text = kb_strdup("<unreadable>");
		return out->text != NULL ? 0
			: kb_errorf(err, KB_ENOMEM, "%s: out of memory", h->path);
	}
	rc = decode_value(data, len, (unsigned)t, &d);
	free(data);
	if (rc != 0) {
		decoded_free(&d);
		return kb_errorf(err, KB_ENOMEM, "%s: out of memory", h->path);
	}
	out->type = d.type;
	out->damaged = d.damaged;
	snprintf(out->why, sizeof out->why, "%s", d.why);
	out->entries = d.entries;
	out->n_entries = d.n_entries;
	out->number = d.number;
	out->has_number = d.has_number;
	out->text = d.text;
	return 0;
}

int hive_current_control_set(struct kb_hive *h, char *name, size_t size,
			     struct kb_error *err)
{
	int number, rc;

	if (h == NULL || name == NULL || size == 0)
		return kb_errorf(err, KB_EINVAL, "hive_current_control_set: no hive given");
	rc = read_select(h, "Current", &number, err);
	if (rc != 0)
		return rc;
	if (number < 1)
		return kb_errorf(err, KB_EFORMAT, "%s: Select\\Current is %d, "
				 "no control set", h->path, number);
	snprintf(name, size, "ControlSet%03d", number);
	return 0;
}

/* ---- key times ---- */

int hive_check_key_time(struct kb_hive *h, const struct rule_check *c,
			int64_t *unix_time, struct kb_error *err)
{
	struct check_result res;
	hive_node_h node, child;
	const char *p;
	int64_t ft;
	int rc, go;

	*unix_time = 0;
	memset(&res, 0, sizeof res);
	if ((rc = prepare(h, c, &res, &go)) != 0) {
		check_result_clear(&res);
		return kb_errorf(err, rc, "out of memory");
	}
	if (!go) {
		check_result_clear(&res);
		return kb_errorf(err, KB_ENOTFOUND, "%s: not checked", c->key);
	}
	node = hivex_root(h->hx);
	for (p = res.resolved_key; node != 0 && *p != '\0';) {
		const char *end = strchr(p, '\\');
		size_t n = end != NULL ? (size_t)(end - p) : strlen(p);
		char *part = strndup(p, n);

		if (part == NULL) {
			rc = KB_ENOMEM;
			break;
		}
		rc = n == 0 ? 1 : find_child(h->hx, node, part, &child);
		free(part);
		if (rc != 1) {
			node = 0;
			break;
		}
		if (n > 0)
			node = child;
		p += n + (end != NULL);
	}
	check_result_clear(&res);
	if (rc == KB_ENOMEM)
		return kb_errorf(err, rc, "out of memory");
	if (node == 0 || (ft = hivex_node_timestamp(h->hx, node)) <= 0)
		return kb_errorf(err, KB_ENOTFOUND, "%s: no such key in %s", c->key, h->path);
	*unix_time = kb_filetime_to_unix((uint64_t)ft);
	return 0;
}
