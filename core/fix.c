/* fix.c: plan, apply and undo a rule's registry repair on an offline
 * hive (fix.h).
 *
 * The hive is never written in place.  hivex loads a copy, makes the
 * changes in memory and commits them to a temporary file beside the
 * hive; kbwiz reads that file back, runs the rule's checks on it, and
 * only then renames it over the hive.  rename(2) within one directory is
 * atomic, so at any instant the hive's name points at either the whole
 * old file or the whole new one. */
#include "kbwiz/fix.h"
#include "kbwiz/fix_bigdata.h"

#include <errno.h>
#include <fcntl.h>
#include <hivex.h>
#include <inttypes.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <time.h>
#include <unistd.h>

#include "kbwiz/fsutil.h"
#include "kbwiz/hash.h"
#include "kbwiz/hivelog.h"
#include "kbwiz/sanitize.h"
#include "kbwiz/session.h"
#include "kbwiz/strbuf.h"
#include "kbwiz/strutil.h"

#define UNDO_SUFFIX ".kbwiz-undo"

/* ---- small helpers ----------------------------------------------------- */

/* The testing hooks (fix.h).  KBWIZ_TEST_KILL_AT=stage raises SIGKILL
 * at that stage. */
#ifdef KBWIZ_TEST_HOOKS
static void kill_point(const char *stage)
{
	const char *at = getenv("KBWIZ_TEST_KILL_AT");

	if (at != NULL && strcmp(at, stage) == 0)
		raise(SIGKILL);
}

/* KBWIZ_TEST_FAIL_AT=stage makes that step fail as an I/O error would
 * (returns 1, errno EIO), to show the rollback. */
static int fail_point(const char *stage)
{
	const char *at = getenv("KBWIZ_TEST_FAIL_AT");

	if (at != NULL && strcmp(at, stage) == 0) {
		errno = EIO;
		return 1;
	}
	return 0;
}
#else
/* A released binary obeys no fault injection from its environment: the
 * hooks exist only in test builds (make: kbwiz-hooks, test_fix). */
#define kill_point(stage) ((void)0)
#define fail_point(stage) 0
#endif

/* A hive given as a symbolic link is repaired where it lives: the real
 * file is replaced (a rename over the link would replace the link and
 * leave the hive unrepaired) and the backup and undo record sit beside
 * it.  Returns a malloc'd path: the link's target, resolved, or path
 * made absolute when it is not a link; NULL when out of memory or the
 * link cannot be resolved (errno). */
static char *resolve_hive_path(const char *path)
{
	struct stat st;
	char *abs;

	if (lstat(path, &st) == 0 && S_ISLNK(st.st_mode))
		return realpath(path, NULL);
	return kb_absolute_path(path, &abs, NULL) == 0 ? abs : NULL;
}

static const char *base_name(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash != NULL ? slash + 1 : path;
}

static int fsync_dir_of(const char *path, struct kb_error *err)
{
	char dir[4096];
	int fd, rc = 0;

	kb_dirname(path, dir, sizeof dir);
	if ((fd = open(dir, O_RDONLY)) < 0)
		return kb_errorf(err, KB_EIO, "%s: %s", dir, strerror(errno));
	if (fsync(fd) != 0 && errno != EINVAL)
		rc = kb_errorf(err, KB_EIO, "%s: fsync: %s", dir, strerror(errno));
	close(fd);
	return rc;
}

/* Copy src to the open descriptor out_fd and fsync it. */
static int copy_to_fd(const char *src, int out_fd, const char *out_name,
		      struct kb_error *err)
{
	char buf[65536];
	int in = open(src, O_RDONLY);
	int rc = 0;

	if (in < 0)
		return kb_errorf(err, KB_EIO, "%s: %s", src, strerror(errno));
	for (;;) {
		ssize_t n = read(in, buf, sizeof buf), done = 0;

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			rc = kb_errorf(err, KB_EIO, "%s: read: %s", src, strerror(errno));
			break;
		}
		if (n == 0)
			break;
		while (done < n) {
			ssize_t w = write(out_fd, buf + done, (size_t)(n - done));
			if (w < 0 && errno == EINTR)
				continue;
			if (w < 0) {
				rc = kb_errorf(err, KB_EIO, "%s: write: %s", out_name, strerror(errno));
				goto out;
			}
			done += w;
		}
	}
	if (rc == 0 && fsync(out_fd) != 0)
		rc = kb_errorf(err, KB_EIO, "%s: fsync: %s", out_name, strerror(errno));
out:
	close(in);
	return rc;
}

static int fsync_path(const char *path, struct kb_error *err)
{
	int fd = open(path, O_RDWR), rc = 0;

	if (fd < 0)
		return kb_errorf(err, KB_EIO, "%s: %s", path, strerror(errno));
	if (fsync(fd) != 0)
		rc = kb_errorf(err, KB_EIO, "%s: fsync: %s", path, strerror(errno));
	if (close(fd) != 0 && rc == 0)
		rc = kb_errorf(err, KB_EIO, "%s: close: %s", path, strerror(errno));
	return rc;
}

/* A new temporary file beside path: DIR/.NAME.kbwiz-tmp-XXXXXX. */
static int make_temp_beside(const char *path, char *tmp, size_t size, int *fd)
{
	char dir[4096];

	kb_dirname(path, dir, sizeof dir);
	if ((size_t)snprintf(tmp, size, "%s/.%s.kbwiz-tmp-XXXXXX", dir,
			     base_name(path)) >= size) {
		errno = ENAMETOOLONG;
		return -1;
	}
	*fd = mkstemp(tmp);
	return *fd < 0 ? -1 : 0;
}

/* The base block's two sequence numbers (regf offsets 0x4 and 0x8). */
static int read_sequences(const char *path, uint32_t *seq1, uint32_t *seq2)
{
	unsigned char b[12];
	int fd = open(path, O_RDONLY);
	ssize_t n;

	if (fd < 0)
		return -1;
	n = read(fd, b, sizeof b);
	close(fd);
	if (n != (ssize_t)sizeof b || memcmp(b, "regf", 4) != 0)
		return -1;
	*seq1 = (uint32_t)b[4] | (uint32_t)b[5] << 8 | (uint32_t)b[6] << 16 | (uint32_t)b[7] << 24;
	*seq2 = (uint32_t)b[8] | (uint32_t)b[9] << 8 | (uint32_t)b[10] << 16 | (uint32_t)b[11] << 24;
	return 0;
}

/* hivex (read-only) on what a reader of the hive sees: for a dirty hive
 * whose logs were replayed (r), the recovered image in a memory file. */
static hive_h *hivex_open_current(const char *path, const struct hivelog_result *r)
{
	char proc[64];
	hive_h *hx;
	int fd, saved;

	if (r->status != HIVELOG_RECOVERED)
		return hivex_open(path, 0);
	if (hivelog_image_fd(r, &fd, NULL) != 0)
		return NULL;
	snprintf(proc, sizeof proc, "/proc/self/fd/%d", fd);
	hx = hivex_open(proc, 0);
	saved = errno;
	close(fd);
	errno = saved;
	return hx;
}

static void note(struct session *s, const char *kind, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* A line in the session's timeline.  A failure to record does not undo
 * work already done on the hive; the result is still returned to the
 * caller, who reports it. */
static void note(struct session *s, const char *kind, const char *fmt, ...)
{
	struct kb_error ignore;
	char text[2048];
	va_list ap;

	if (s == NULL)
		return;
	va_start(ap, fmt);
	vsnprintf(text, sizeof text, fmt, ap);
	va_end(ap);
	session_note(s, kind, text, &ignore);
}

/* ---- registry data ----------------------------------------------------- */

static void bytes_unit(struct kb_buf *b, unsigned u)
{
	unsigned char c[2] = { (unsigned char)(u & 0xFF), (unsigned char)(u >> 8) };

	kb_buf_add(b, c, 2);
}

/* s (UTF-8) as UTF-16LE with its NUL unit, as Windows stores strings. */
static int add_utf16(struct kb_buf *b, const char *s)
{
	size_t len = strlen(s), i = 0;

	while (i < len) {
		unsigned cp;
		size_t n = kb_utf8_decode((const unsigned char *)s + i, len - i, &cp);

		if (n == 0)
			return -1;
		i += n;
		if (cp >= 0x10000) {
			cp -= 0x10000;
			bytes_unit(b, 0xD800 | (cp >> 10));
			bytes_unit(b, 0xDC00 | (cp & 0x3FF));
		} else {
			bytes_unit(b, cp);
		}
	}
	bytes_unit(b, 0);
	return 0;
}

/* REG_MULTI_SZ: each entry NUL-terminated, then one more NUL. */
static int multi_sz(char *const *entries, size_t n, struct kb_buf *b)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (add_utf16(b, entries[i]) != 0)
			return -1;
	bytes_unit(b, 0);
	return b->oom ? -1 : 0;
}

/* "[a, b, c]" */
static char *list_text(char *const *entries, size_t n)
{
	size_t i, len = 3;
	char *s;

	for (i = 0; i < n; i++)
		len += strlen(entries[i]) + 2;
	if ((s = malloc(len)) == NULL)
		return NULL;
	strcpy(s, "[");
	for (i = 0; i < n; i++) {
		if (i > 0)
			strcat(s, ", ");
		strcat(s, entries[i]);
	}
	strcat(s, "]");
	return s;
}

/* A found REG_BINARY's entry ("01,00,0a,ff", hive.h) in the one form
 * results show ("01 00 0a ff", cut after RULE_BYTES_SHOWN); the entry as
 * it is should it not be hex bytes. */
static char *binary_text(const char *commas)
{
	size_t n;
	unsigned char *bytes = hive_entry_bytes(commas, &n);
	char *s;

	if (bytes == NULL)
		return kb_strdup(commas);
	s = rule_bytes_text(bytes, n, RULE_BYTES_SHOWN);
	free(bytes);
	return s;
}

/* A found value's data in words, from the decoded entries. */
static char *data_text(enum kb_reg_type type, char *const *entries, size_t n)
{
	if (type == KB_REG_MULTI_SZ)
		return list_text(entries, n);
	if (n == 0)
		return kb_strdup("(no data)");
	if (type == KB_REG_SZ || type == KB_REG_EXPAND_SZ)
		return kb_strdup_printf("\"%s\"", entries[0]);
	if (type == KB_REG_DWORD || type == KB_REG_QWORD) {
		unsigned long long v = strtoull(entries[0], NULL, 10);
		return kb_strdup_printf(type == KB_REG_QWORD ? "%llu (0x%016llx)" : "%llu (0x%08llx)", v, v);
	}
	if (type == KB_REG_BINARY)
		return binary_text(entries[0]);
	return kb_strdup(entries[0]);
}

/* The data a check's `equals` asks for, with its type. */
static int equals_data(const struct rule_check *c, enum kb_reg_type *type,
		       struct kb_buf *b, char **text)
{
	enum kb_reg_type t = c->type;
	unsigned char num[8];
	int i;

	if (t == KB_REG_NONE)
		t = c->data != NULL ? KB_REG_SZ : KB_REG_DWORD;
	*type = t;
	switch (t) {
	case KB_REG_SZ:
	case KB_REG_EXPAND_SZ:
		if (c->data == NULL || add_utf16(b, c->data) != 0)
			return -1;
		*text = kb_strdup_printf("\"%s\"", c->data);
		break;
	case KB_REG_MULTI_SZ: {
		char *one = c->data;
		if (one == NULL || multi_sz(&one, 1, b) != 0)
			return -1;
		*text = list_text(&one, 1);
		break;
	}
	case KB_REG_DWORD:
	case KB_REG_QWORD:
		for (i = 0; i < 8; i++)
			num[i] = (unsigned char)(c->number >> (8 * i));
		kb_buf_add(b, num, t == KB_REG_DWORD ? 4 : 8);
		*text = kb_strdup_printf(t == KB_REG_QWORD ? "%" PRIu64 " (0x%016" PRIx64 ")"
				  : "%" PRIu64 " (0x%08" PRIx64 ")", c->number, c->number);
		break;
	case KB_REG_BINARY:
		if (c->bytes == NULL)
			return -1;
		kb_buf_add(b, c->bytes, c->n_bytes);
		*text = rule_bytes_text(c->bytes, c->n_bytes, RULE_BYTES_SHOWN);
		break;
	default:
		return -1;      /* a type the rule format gives no data for */
	}
	return b->oom || *text == NULL ? -1 : 0;
}

/* Long REG_BINARY data is cut in before and after, which may then read
 * alike: after names the first byte that changes (counted from 0), as
 * the check's detail does.  -1 when out of memory. */
static int name_first_change(const struct check_result *res, const struct rule_check *c,
			     char **after)
{
	size_t n, at;
	unsigned char *found;
	char *s;

	if (c->n_bytes <= RULE_BYTES_SHOWN)
		return 0;
	if ((found = check_found_bytes(res, &n)) == NULL || n != c->n_bytes) {
		free(found);
		return 0;
	}
	at = rule_bytes_first_diff(found, c->bytes, n);
	s = at < n ? kb_strdup_printf("%s; byte %zu: %02x becomes %02x", *after, at,
				      found[at], c->bytes[at]) : NULL;
	free(found);
	if (at == n)
		return 0;
	if (s == NULL)
		return -1;
	free(*after);
	*after = s;
	return 0;
}

/* ---- hivex walking ----------------------------------------------------- */

/* The node at path (backslash-separated, below the root), or 0.  hivex
 * compares child names case-insensitively, as Windows does. */
static hive_node_h walk(hive_h *hx, const char *path)
{
	hive_node_h node = hivex_root(hx);
	char part[1024];
	const char *p = path;

	while (node != 0 && *p != '\0') {
		const char *end = strchr(p, '\\');
		size_t n = end != NULL ? (size_t)(end - p) : strlen(p);

		if (n == 0 || n >= sizeof part)
			return 0;
		memcpy(part, p, n);
		part[n] = '\0';
		errno = 0;
		node = hivex_node_get_child(hx, node, part);
		p += n;
		if (*p == '\\')
			p++;
	}
	return node;
}

/* ---- the plan ---------------------------------------------------------- */

const char *fix_status_name(enum fix_status s)
{
	static const char *const names[] = { "to do", "done", "skipped", "failed" };

	return (unsigned)s <= FIXST_FAILED ? names[s] : "?";
}

const char *fix_change_kind_name(enum fix_change_kind k)
{
	switch (k) {
	case FIXCH_CREATE_KEY: return "create key";
	case FIXCH_ADD_ENTRY: return "add entry";
	case FIXCH_CREATE_VALUE: return "create value";
	case FIXCH_SET_VALUE: return "set value";
	case FIXCH_DELETE_KEY: return "delete key";
	case FIXCH_DELETE_VALUE: return "delete value";
	case FIXCH_REMOVE_ENTRY: return "remove entry";
	}
	return "?";
}

static void change_free(struct fix_change *c)
{
	free(c->check_id);
	free(c->fix_id);
	free(c->key);
	free(c->live_key);
	free(c->value);
	free(c->data);
	free(c->before);
	free(c->after);
}

void fix_plan_free(struct fix_plan *p)
{
	size_t i;

	if (p == NULL)
		return;
	for (i = 0; i < p->n_changes; i++)
		change_free(&p->changes[i]);
	free(p->changes);
	for (i = 0; i < p->n_manual; i++) {
		free(p->manual[i].check_id);
		free(p->manual[i].fix_id);
		free(p->manual[i].why);
	}
	free(p->manual);
	free(p->rule_id);
	free(p->hive_path);
	free(p->hive_kind);
	free(p->control_set);
	free(p->recovery);
	free(p->link_path);
	free(p->damage);
	free(p->passed);
	free(p->own_basis);
	diagnosis_free(p->owned);
	free(p);
}

static struct fix_change *add_change(struct fix_plan *p)
{
	struct fix_change *grown = realloc(p->changes, (p->n_changes + 1) * sizeof *grown);

	if (grown == NULL)
		return NULL;
	p->changes = grown;
	memset(&grown[p->n_changes], 0, sizeof *grown);
	return &grown[p->n_changes++];
}

static int add_manual(struct fix_plan *p, const struct rule_check *c,
		      const struct rule_fix *f, char *why)
{
	struct fix_manual *grown;

	if (why == NULL)
		return KB_ENOMEM;
	grown = realloc(p->manual, (p->n_manual + 1) * sizeof *grown);
	if (grown == NULL) {
		free(why);
		return KB_ENOMEM;
	}
	p->manual = grown;
	grown[p->n_manual].check_id = kb_strdup(c->id);
	grown[p->n_manual].fix_id = f != NULL ? kb_strdup(f->id) : NULL;
	grown[p->n_manual].why = why;
	grown[p->n_manual].not_offered = 0;
	p->n_manual++;
	return 0;
}

/* The path as on the live machine: ControlSet00N becomes
 * CurrentControlSet, under HKEY_LOCAL_MACHINE\<HIVE>. */
static char *live_path(const struct fix_plan *p, const char *key)
{
	size_t n = p->control_set != NULL ? strlen(p->control_set) : 0;

	if (n > 0 && strncasecmp(key, p->control_set, n) == 0 &&
	    (key[n] == '\\' || key[n] == '\0'))
		return kb_strdup_printf("HKEY_LOCAL_MACHINE\\%s\\CurrentControlSet%s",
				 p->hive_kind, key + n);
	return kb_strdup_printf("HKEY_LOCAL_MACHINE\\%s\\%s", p->hive_kind, key);
}

static const struct rule_fix *registry_fix_for(const struct rule *r,
					       const char *check_id)
{
	size_t i;

	for (i = 0; i < r->n_fixes; i++)
		if (r->fixes[i].kind == FIX_REGISTRY && r->fixes[i].check_id != NULL &&
		    strcmp(r->fixes[i].check_id, check_id) == 0)
			return &r->fixes[i];
	return NULL;
}

static int key_planned(const struct fix_plan *p, const char *key)
{
	size_t i;

	for (i = 0; i < p->n_changes; i++)
		if (p->changes[i].kind == FIXCH_CREATE_KEY &&
		    strcasecmp(p->changes[i].key, key) == 0)
			return 1;
	return 0;
}

static int fill_common(struct fix_plan *p, struct fix_change *ch,
		       enum fix_change_kind kind, const struct rule_check *c,
		       const struct rule_fix *f, const char *key)
{
	ch->kind = kind;
	ch->check_id = kb_strdup(c->id);
	ch->fix_id = kb_strdup(f->id);
	ch->key = kb_strdup(key);
	ch->live_key = live_path(p, key);
	return ch->check_id != NULL && ch->fix_id != NULL && ch->key != NULL &&
	       ch->live_key != NULL ? 0 : KB_ENOMEM;
}

/* Plan key and every missing key above it, parents first. */
static int plan_keys(struct fix_plan *p, hive_h *hx, const struct rule_check *c,
		     const struct rule_fix *f, const char *key)
{
	char prefix[4096];
	size_t len = strlen(key), i;

	if (len >= sizeof prefix)
		return KB_EINVAL;
	for (i = 0; i <= len; i++) {
		struct fix_change *ch;

		if (key[i] != '\\' && key[i] != '\0')
			continue;
		memcpy(prefix, key, i);
		prefix[i] = '\0';
		if (i == 0 || key_planned(p, prefix) || walk(hx, prefix) != 0)
			continue;
		if ((ch = add_change(p)) == NULL ||
		    fill_common(p, ch, FIXCH_CREATE_KEY, c, f, prefix) != 0)
			return KB_ENOMEM;
		ch->before = kb_strdup("(no key)");
		ch->after = kb_strdup("(key created, empty)");
		if (ch->before == NULL || ch->after == NULL)
			return KB_ENOMEM;
	}
	return 0;
}

/* The value's name as stored, when it exists. */
static char *stored_value_name(hive_h *hx, const char *key, const char *name)
{
	hive_node_h node = walk(hx, key);
	hive_value_h v;

	if (node == 0 || (v = hivex_node_get_value(hx, node, name)) == 0)
		return kb_strdup(name);
	return hivex_value_key(hx, v);
}

/* 1 when the change to key (writing data_len bytes, or deleting value
 * gone) is one hivex would leave unreadable to Windows: a manual item
 * saying why is planned instead (its code in *rc).  0: kbwiz may make it. */
static int big_data_manual(struct fix_plan *p, hive_h *hx, const struct rule_check *c,
			   const struct rule_fix *f, const char *key, size_t data_len,
			   const char *gone, int *rc)
{
	char *live = live_path(p, key), *why = NULL;
	int oom = live == NULL;

	if (live != NULL)
		why = fix_big_data_why(hx, walk(hx, key), live, data_len, gone, &oom);
	free(live);
	if (why == NULL && !oom)
		return 0;
	*rc = add_manual(p, c, f, why);
	return 1;
}

static int plan_value(struct fix_plan *p, hive_h *hx, const struct rule_check *c,
		      const struct rule_fix *f, const struct check_result *res)
{
	struct fix_change *ch;
	struct kb_buf b = { 0 };
	char *after_text = NULL;
	enum kb_reg_type type;
	int rc;

	if (c->expect == EXPECT_MULTI_SZ_CONTAINS) {
		char **all;
		size_t n = res->failure == FAIL_ENTRY_MISSING ? res->n_found_entries : 0, i;

		type = KB_REG_MULTI_SZ;
		if ((all = calloc(n + 1, sizeof *all)) == NULL)
			return KB_ENOMEM;
		for (i = 0; i < n; i++)
			all[i] = res->found_entries[i];
		all[n] = c->data;   /* appended: what is there keeps its order */
		rc = multi_sz(all, n + 1, &b);
		if (rc == 0 && (after_text = list_text(all, n + 1)) == NULL)
			rc = -1;
		free(all);
	} else {
		rc = equals_data(c, &type, &b, &after_text);
		if (rc == 0 && c->bytes != NULL && res->failure == FAIL_WRONG_DATA)
			rc = name_first_change(res, c, &after_text);
	}
	if (rc != 0) {
		kb_buf_free(&b);
		free(after_text);
		return add_manual(p, c, f, kb_strdup_printf("cannot build the data the rule asks for (%s)",
						     kb_reg_type_name(c->type)));
	}
	/* Before any key is planned: a change left to the technician is
	 * left whole. */
	if (big_data_manual(p, hx, c, f, res->resolved_key, b.len, NULL, &rc) ||
	    (res->failure == FAIL_KEY_MISSING &&
	     (rc = plan_keys(p, hx, c, f, res->resolved_key)) != 0)) {
		kb_buf_free(&b);
		free(after_text);
		return rc;
	}
	if ((ch = add_change(p)) == NULL ||
	    fill_common(p, ch, res->failure == FAIL_ENTRY_MISSING ? FIXCH_ADD_ENTRY :
			res->failure == FAIL_WRONG_DATA ? FIXCH_SET_VALUE : FIXCH_CREATE_VALUE,
			c, f, res->resolved_key) != 0) {
		kb_buf_free(&b);
		free(after_text);
		return KB_ENOMEM;
	}
	ch->type = type;
	ch->data_len = b.len;
	ch->data = (unsigned char *)kb_buf_steal(&b);
	ch->after = after_text;
	ch->value = stored_value_name(hx, res->resolved_key, c->value != NULL ? c->value : "");
	if (ch->kind == FIXCH_CREATE_VALUE)
		ch->before = kb_strdup(res->failure == FAIL_KEY_MISSING ? "(no key)" : "(no value)");
	else
		ch->before = data_text(res->found_type, res->found_entries, res->n_found_entries);
	return ch->value != NULL && ch->before != NULL ? 0 : KB_ENOMEM;
}

/* The entries of a REG_MULTI_SZ without any equal to data (compared as
 * the check compares them), the rest in order. */
static int entries_without(const struct check_result *res, const char *data,
			   char ***out, size_t *n_out)
{
	size_t i, n = 0;

	if ((*out = calloc(res->n_found_entries + 1, sizeof **out)) == NULL)
		return KB_ENOMEM;
	for (i = 0; i < res->n_found_entries; i++)
		if (strcasecmp(res->found_entries[i], data) != 0)
			(*out)[n++] = res->found_entries[i];
	*n_out = n;
	return 0;
}

/* A check that asks for something to be gone: delete the key, the
 * value, or the entries the check found. */
static int plan_removal(struct fix_plan *p, hive_h *hx, const struct rule_check *c,
			const struct rule_fix *f, const struct check_result *res)
{
	struct fix_change *ch;
	struct kb_buf b = { 0 };
	char **kept = NULL;
	size_t n_kept = 0;
	int rc;
	enum fix_change_kind kind = res->failure == FAIL_KEY_PRESENT ? FIXCH_DELETE_KEY :
				    res->failure == FAIL_VALUE_PRESENT ? FIXCH_DELETE_VALUE :
				    FIXCH_REMOVE_ENTRY;

	if (kind == FIXCH_REMOVE_ENTRY &&
	    (res->found_type != KB_REG_MULTI_SZ || c->data == NULL))
		return add_manual(p, c, f, kb_strdup_printf("%s: not a list kbwiz can remove an entry from",
						     res->found != NULL ? res->found : c->key));
	/* Deleting a value or an entry rewrites the key's other values too. */
	if (kind != FIXCH_DELETE_KEY &&
	    big_data_manual(p, hx, c, f, res->resolved_key, 0,
			    kind == FIXCH_DELETE_VALUE ? (c->value != NULL ? c->value : "") : NULL,
			    &rc))
		return rc;
	if ((ch = add_change(p)) == NULL || fill_common(p, ch, kind, c, f, res->resolved_key) != 0)
		return KB_ENOMEM;
	ch->type = KB_REG_NONE;
	switch (kind) {
	case FIXCH_DELETE_KEY:
		ch->before = kb_strdup("(key present)");
		ch->after = kb_strdup("(key and its subkeys deleted)");
		break;
	case FIXCH_DELETE_VALUE:
		ch->value = stored_value_name(hx, res->resolved_key, c->value != NULL ? c->value : "");
		ch->before = data_text(res->found_type, res->found_entries, res->n_found_entries);
		ch->after = kb_strdup("(no value)");
		if (ch->value == NULL)
			return KB_ENOMEM;
		break;
	default:
		if (entries_without(res, c->data, &kept, &n_kept) != 0)
			return KB_ENOMEM;
		ch->type = KB_REG_MULTI_SZ;
		ch->value = stored_value_name(hx, res->resolved_key, c->value != NULL ? c->value : "");
		ch->before = list_text(res->found_entries, res->n_found_entries);
		ch->after = list_text(kept, n_kept);
		if (multi_sz(kept, n_kept, &b) != 0 || ch->value == NULL) {
			free(kept);
			kb_buf_free(&b);
			return KB_ENOMEM;
		}
		free(kept);
		ch->data_len = b.len;
		ch->data = (unsigned char *)kb_buf_steal(&b);
		break;
	}
	return ch->before != NULL && ch->after != NULL ? 0 : KB_ENOMEM;
}

/* One failed check: the changes its registry step calls for, or a manual
 * item saying why not. */
static int plan_check(struct fix_plan *p, hive_h *hx, const struct rule_check *c,
		      const struct rule_fix *f, const struct check_result *res)
{
	int action_fits;

	if (f == NULL)
		return add_manual(p, c, NULL, kb_strdup_printf("%s: the rule has no registry step for it",
							 res->detail != NULL ? res->detail : "failed"));
	action_fits = f->action == fix_action_for_expect(c->expect) &&
		      (c->expect != EXPECT_NOT_CONTAINS || c->type == KB_REG_MULTI_SZ);
	if (!action_fits)
		return add_manual(p, c, f, kb_strdup_printf("step %s's action does not suit a %s check",
						     f->id, check_expect_name(c->expect)));
	switch (res->failure) {
	case FAIL_KEY_MISSING:
		if (c->expect == EXPECT_KEY_EXISTS)
			return plan_keys(p, hx, c, f, res->resolved_key);
		return plan_value(p, hx, c, f, res);
	case FAIL_VALUE_MISSING:
	case FAIL_ENTRY_MISSING:
	case FAIL_WRONG_DATA:
		return plan_value(p, hx, c, f, res);
	case FAIL_KEY_PRESENT:
	case FAIL_VALUE_PRESENT:
	case FAIL_ENTRY_PRESENT:
		return plan_removal(p, hx, c, f, res);
	case FAIL_WRONG_TYPE:
		return add_manual(p, c, f, kb_strdup_printf(
			"%s: %s; changing a value's type could lose what it holds, so kbwiz "
			"leaves it to you: look at the data, then delete the value and create "
			"it as %s with every entry it should keep",
			res->found != NULL ? res->found : c->value, res->detail != NULL ? res->detail : "wrong type",
			c->expect == EXPECT_MULTI_SZ_CONTAINS ? "REG_MULTI_SZ" : kb_reg_type_name(c->type)));
	default:
		return add_manual(p, c, f, kb_strdup_printf("%s: not a change kbwiz makes automatically",
						     res->detail != NULL ? res->detail : check_failure_name(res->failure)));
	}
}

/* Why a check the article asks for only on a machine that shows one of
 * its symptoms (when-symptom) gets no repair: the symptom was not seen in
 * this run, and a repair the article does not ask for is never offered.
 * hive_only: the run read a hive and nothing else, so no event could
 * have been seen. */
static char *symptom_gate_why(const struct rule *r, const struct rule_check *c,
			      int hive_only)
{
	const struct rule_symptom *s = NULL;
	char seen[200];
	size_t k;

	for (k = 0; k < r->n_symptoms && s == NULL; k++)
		if (strcmp(r->symptoms[k].id, c->when_symptoms[0]) == 0)
			s = &r->symptoms[k];
	if (s != NULL && s->kind == SYMPTOM_EVENT)
		snprintf(seen, sizeof seen, "%s (%s event %d from %s)", s->id,
			 s->log != NULL ? s->log : "an", s->event_id,
			 s->source != NULL ? s->source : "?");
	else if (s != NULL && s->kind == SYMPTOM_ERROR)
		snprintf(seen, sizeof seen, "%s (error %u)", s->id, s->error_code);
	else
		snprintf(seen, sizeof seen, "%s (a question for the technician)",
			 c->when_symptoms[0]);
	return kb_strdup_printf(
		"not offered: %s asks for this change only where symptom %s%s is seen, "
		"and this run did not see it%s; to repair from a session that saw it, "
		"kbwiz --hive F --events LOG starts the wizard (or answer the symptom there), "
		"then kbwiz fix SESSION",
		r->article != NULL ? r->article : "the article", seen,
		c->n_when_symptoms > 1 ? " or another it lists" : "",
		hive_only ? " (a hive alone holds no events)" : "");
}

/* A check the symptom gate set aside, read anyway (read-only) to tell
 * one that already passes from one the gate keeps from a repair.  Not
 * readable: not known to pass. */
static int gated_check_passes(const char *hive_file, const struct rule_check *c)
{
	struct kb_error e = { "" };
	struct check_result res;
	struct kb_hive *h = NULL;
	int passes = 0;

	if (hive_open(hive_file, &h, &e) != 0)
		return 0;
	if (hive_eval_check(h, c, &res, &e) == 0) {
		passes = res.status == CHECK_PASSED;
		check_result_clear(&res);
	}
	hive_close(h);
	return passes;
}

/* The content decides, not the mtime: an undo puts the very bytes the
 * checks read back with a new mtime, and that hive is the one planned on. */
static int facts_equal(const struct evidence_facts *a, const struct evidence_facts *b)
{
	return a->size_bytes == b->size_bytes && strcmp(a->sha256, b->sha256) == 0;
}

int fix_applied_in_session(const struct fix_plan *p, struct fix_undo_record *rec)
{
	struct kb_error e = { "" };
	char sha[KB_SHA256_HEX_SIZE];

	if (p->session_id <= 0 || p->hive_path == NULL ||
	    fix_undo_record_read(p->hive_path, rec, &e) != 0 ||
	    rec->session_id != p->session_id || strlen(rec->written_sha256) != 64 ||
	    kb_sha256_file(p->hive_path, sha, &e) != 0)
		return 0;
	return strcmp(sha, rec->written_sha256) == 0;
}

int fix_plan_build(const struct rule *r, const struct check_result *results,
		   const struct evidence_facts *checked, struct fix_plan **out,
		   struct kb_error *err)
{
	struct fix_plan *p;
	const char *first_file = NULL;
	hive_h *hx = NULL;
	size_t i;
	int rc = 0;

	*out = NULL;
	if ((p = calloc(1, sizeof *p)) == NULL || (p->rule_id = kb_strdup(r->id)) == NULL) {
		free(p);
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	}
	p->rule = r;
	if ((p->passed = calloc(r->n_checks + 1, 1)) == NULL) {
		rc = kb_errorf(err, KB_ENOMEM, "out of memory");
		goto out;
	}
	/* The hive the changes go to: the one the first failed check read. */
	for (i = 0; i < r->n_checks && p->hive_path == NULL; i++) {
		const struct check_result *res = &results[i];
		char hive[32];
		const char *inside;

		if (res->status != CHECK_FAILED || res->hive_file == NULL ||
		    res->resolved_key == NULL ||
		    rule_key_split(r->checks[i].key, hive, sizeof hive, &inside) != 0)
			continue;
		/* An absolute path: the undo record must find it from
		 * anywhere. */
		first_file = res->hive_file;
		p->hive_path = resolve_hive_path(res->hive_file);
		{
			struct stat lst;

			if (lstat(res->hive_file, &lst) == 0 && S_ISLNK(lst.st_mode) &&
			    (rc = kb_absolute_path(res->hive_file, &p->link_path, err)) != 0)
				goto out;
		}
		p->hive_kind = kb_strdup(hive);
		p->control_set = kb_strdup(res->control_set);
		if (p->hive_path == NULL || p->hive_kind == NULL ||
		    (res->control_set != NULL && p->control_set == NULL)) {
			rc = kb_errorf(err, KB_ENOMEM, "out of memory");
			goto out;
		}
	}
	if (p->hive_path != NULL) {
		struct evidence_facts now;
		struct hivelog_result hr;

		if ((rc = evidence_facts(p->hive_path, &now, err)) != 0)
			goto out;
		p->checked = checked != NULL ? *checked : now;
		p->stale = !facts_equal(&p->checked, &now);
		/* A dirty hive is planned on the state its logs give, the
		 * state the checks read (hive_open replays them too). */
		if ((rc = hivelog_recover_file(p->hive_path, &hr, err)) != 0)
			goto out;
		p->dirty = hr.status != HIVELOG_CLEAN;
		p->recovered = hr.status == HIVELOG_RECOVERED;
		if (p->dirty) {
			char line[600];

			hivelog_describe(&hr, line, sizeof line);
			if ((p->recovery = kb_strdup(line)) == NULL) {
				hivelog_result_free(&hr);
				rc = kb_errorf(err, KB_ENOMEM, "out of memory");
				goto out;
			}
		}
		hx = hivex_open_current(p->hive_path, &hr);
		hivelog_result_free(&hr);
		/* A hive that cannot be read whole already is damaged: the
		 * plan says so and apply asks twice. */
		{
			struct kb_error werr = { "" };
			struct kb_hive *h = NULL;

			if (hive_open(p->hive_path, &h, &werr) != 0 ||
			    hive_check_whole(h, &werr) != 0) {
				if ((p->damage = kb_strdup(werr.msg)) == NULL) {
					hive_close(h);
					rc = kb_errorf(err, KB_ENOMEM, "out of memory");
					goto out;
				}
			}
			hive_close(h);
		}
		if (hx == NULL) {
			rc = kb_errorf(err, KB_EFORMAT, "%s: hivex cannot open it: %s",
				       p->hive_path, strerror(errno));
			goto out;
		}
	}
	for (i = 0; i < r->n_checks && rc == 0; i++) {
		const struct rule_check *c = &r->checks[i];
		const struct check_result *res = &results[i];
		const struct rule_fix *f = registry_fix_for(r, c->id);

		switch (res->status) {
		case CHECK_PASSED:
			p->passed[i] = 1;
			p->n_passed++;
			break;
		case CHECK_NOT_CHECKED:
			if (c->n_when_symptoms > 0) {
				/* Listed only when the gate is what keeps it from a
				 * repair: one in a hive this run did not read is not
				 * this plan's, and one that passes needs nothing. */
				if (res->hive_file == NULL)
					break;
				if (gated_check_passes(res->hive_file, c)) {
					p->passed[i] = 1;
					p->n_passed++;
					break;
				}
				rc = add_manual(p, c, f, symptom_gate_why(r, c, 0));
				if (rc == 0)
					p->manual[p->n_manual - 1].not_offered = 1;
			} else
				rc = add_manual(p, c, f, kb_strdup_printf("not checked: %s",
								   res->detail != NULL ? res->detail : "no hive for it"));
			break;
		case CHECK_DAMAGED:
			rc = add_manual(p, c, f, kb_strdup_printf(
				"%s: the data cannot be decoded (%s); repair it by hand",
				res->found != NULL ? res->found : c->key,
				res->detail != NULL ? res->detail : "damaged"));
			break;
		case CHECK_FAILED:
			if (res->hive_file == NULL || res->resolved_key == NULL ||
			    strcmp(res->hive_file, first_file) != 0)
				rc = add_manual(p, c, f, kb_strdup_printf("in another hive (%s): repair it separately",
								   res->hive_file != NULL ? res->hive_file : "?"));
			else if (res->control_set != NULL && p->control_set != NULL &&
				 strcmp(res->control_set, p->control_set) != 0)
				rc = add_manual(p, c, f, kb_strdup_printf("read from %s, not %s",
								   res->control_set, p->control_set));
			else
				rc = plan_check(p, hx, c, f, res);
			break;
		}
		if (rc == KB_ENOMEM)
			rc = kb_errorf(err, KB_ENOMEM, "out of memory");
		else if (rc != 0)
			rc = kb_errorf(err, rc, "planning check %s: path too long", c->id);
	}
out:
	if (hx != NULL)
		hivex_close(hx);
	if (rc != 0) {
		fix_plan_free(p);
		return rc;
	}
	*out = p;
	return 0;
}

static int refuse_not_applicable(const struct diag_rule *dr, struct kb_error *err)
{
	return kb_errorf(err, KB_EREFUSED, "rule %s does not apply to this machine: %s",
			 dr->rule->id, dr->not_applicable_reason != NULL ?
			 dr->not_applicable_reason : "an applies condition failed");
}

/* A plan from a hive alone: the symptoms a check waits for could not be
 * seen, and its why says so. */
static int say_hive_has_no_events(struct fix_plan *p, struct kb_error *err)
{
	size_t i;

	for (i = 0; i < p->n_manual; i++) {
		const struct rule_check *c = rule_find_check(p->rule, p->manual[i].check_id);
		char *why;

		if (c == NULL || !p->manual[i].not_offered)
			continue;
		if ((why = symptom_gate_why(p->rule, c, 1)) == NULL)
			return kb_errorf(err, KB_ENOMEM, "out of memory");
		free(p->manual[i].why);
		p->manual[i].why = why;
	}
	return 0;
}

/* A hive of a kind none of r's checks reads (SOFTWARE for a rule whose
 * checks read SYSTEM) is named as such, not taken for a missing hive.
 * A hive whose kind is not known is left to the checks to judge. */
static int refuse_other_kind(const struct rule *r, const char *hive_path, struct kb_error *err)
{
	struct kb_error e = { "" };
	struct kb_hive *h = NULL;
	struct kb_buf want = KB_BUF_INIT;
	char kind[32] = "", name[32];
	const char *inside;
	size_t i;
	int rc = 0, reads = 0;

	if (hive_open(hive_path, &h, &e) != 0)
		return 0;   /* the checks say what is wrong with it */
	snprintf(kind, sizeof kind, "%s", hive_kind(h) != NULL ? hive_kind(h) : "");
	hive_close(h);
	if (kind[0] == '\0')
		return 0;
	for (i = 0; i < r->n_checks; i++) {
		if (rule_key_split(r->checks[i].key, name, sizeof name, &inside) != 0)
			continue;
		if (strcasecmp(name, kind) == 0)
			reads = 1;
		else if (want.len == 0 || strstr(want.p, name) == NULL)
			kb_buf_printf(&want, "%s%s", want.len > 0 ? " and " : "", name);
	}
	if (!reads && want.len > 0)
		rc = kb_errorf(err, KB_EINVAL, "%s: this is a %s hive; %s's checks read %s: give "
			       "that hive with --hive", hive_path, kind, r->id, want.p);
	kb_buf_free(&want);
	return rc;
}

int fix_plan_for_hive(struct kb_store *store, const char *rule_id,
		      const char *hive_path, struct fix_plan **out,
		      struct kb_error *err)
{
	struct evidence_set ev = { 0 };
	struct evidence_facts facts;
	struct rule_set set = { 0 };
	struct diagnosis *d = NULL;
	struct diag_rule *dr;
	char software[4200];
	int rc;

	*out = NULL;
	/* The facts come first: apply compares against the file as it was
	 * just before the checks read it. */
	if ((rc = evidence_facts(hive_path, &facts, err)) != 0)
		return rc;
	if ((rc = store_get_rules(store, rule_id, &set, err)) != 0)
		return rc;
	if (set.n > 0 && (rc = refuse_other_kind(set.rules[0], hive_path, err)) != 0) {
		rule_set_free(&set);
		return rc;
	}
	rc = diagnosis_new(set.rules, set.n, &d, err);
	free(set.rules);
	if (rc != 0) {
		set.rules = NULL;
		return rc;
	}
	if ((rc = evidence_add(&ev, EVIDENCE_HIVE, hive_path, err)) != 0)
		goto fail;
	/* The SOFTWARE hive beside it tells the Windows version, so that a
	 * rule written for another version is refused here too. */
	if (evidence_find_beside(hive_path, "SOFTWARE", software, sizeof software) == 0 &&
	    strcmp(software, hive_path) != 0 &&
	    (rc = evidence_add(&ev, EVIDENCE_HIVE, software, err)) != 0)
		goto fail;
	if ((rc = diagnosis_check_registry(d, &ev, err)) != 0)
		goto fail;
	if (d->n_files > 0 && !d->files[0].ok) {
		rc = kb_errorf(err, KB_EFORMAT, "%s", d->files[0].error);
		goto fail;
	}
	dr = &d->rules[0];
	if (dr->applies == DIAG_NOT_APPLICABLE) {
		rc = refuse_not_applicable(dr, err);
		goto fail;
	}
	if ((rc = fix_plan_build(dr->rule, dr->checks, &facts, out, err)) != 0)
		goto fail;
	(*out)->owned = d;
	if ((rc = say_hive_has_no_events(*out, err)) != 0) {
		fix_plan_free(*out);
		*out = NULL;
		evidence_set_free(&ev);
		return rc;
	}
	evidence_set_free(&ev);
	return 0;
fail:
	evidence_set_free(&ev);
	diagnosis_free(d);
	return rc;
}

static int plan_for_session(struct session *s, int as_found, struct fix_plan **out,
			    struct kb_error *err)
{
	const struct diagnosis *d = as_found ? session_found(s) : session_diagnosis(s);
	const struct evidence_set *ev = session_evidence(s);
	const char *chosen = session_chosen(s);
	const struct diag_rule *dr;
	struct evidence_facts facts;
	size_t i, k;
	int rc, known = 0;

	*out = NULL;
	if (chosen == NULL || chosen[0] == '\0')
		return kb_errorf(err, KB_EINVAL, "session %lld has no chosen rule to remediate",
				 (long long)session_id(s));
	if (d == NULL || (dr = diagnosis_find(d, chosen)) == NULL)
		return kb_errorf(err, KB_ENOTFOUND, "rule %s (chosen in session %lld) is not in the store",
				 chosen, (long long)session_id(s));
	if (!dr->checks_run)
		return kb_errorf(err, KB_EINVAL, "session %lld has not run the registry checks yet",
				 (long long)session_id(s));
	if (dr->applies == DIAG_NOT_APPLICABLE)
		return refuse_not_applicable(dr, err);
	/* The facts recorded when the checks read the hive. */
	memset(&facts, 0, sizeof facts);
	for (k = 0; k < dr->rule->n_checks && !known; k++) {
		const char *file = dr->checks[k].hive_file;
		if (dr->checks[k].status != CHECK_FAILED || file == NULL)
			continue;
		for (i = 0; i < ev->n && !known; i++) {
			if (ev->files[i].kind != EVIDENCE_HIVE || strcmp(ev->files[i].path, file) != 0)
				continue;
			rc = as_found ? session_found_facts(s, i, &facts, &known, err) :
					session_evidence_facts(s, i, &facts, &known, err);
			if (rc != 0)
				return rc;
		}
		break;
	}
	rc = fix_plan_build(dr->rule, dr->checks, known ? &facts : NULL, out, err);
	if (rc != 0)
		return rc;
	(*out)->session_id = session_id(s);
	if (!known && (*out)->hive_path != NULL) {
		/* Nothing to compare with: apply must refuse. */
		(*out)->checked.sha256[0] = '\0';
		(*out)->stale = 1;
	}
	return 0;
}

int fix_plan_for_session(struct session *s, struct fix_plan **out, struct kb_error *err)
{
	return plan_for_session(s, 0, out, err);
}

int fix_plan_for_session_found(struct session *s, struct fix_plan **out, struct kb_error *err)
{
	return plan_for_session(s, 1, out, err);
}

/* ---- .reg export ------------------------------------------------------- */

/* The .reg file's header comment: where the repair comes from (rule,
 * article or kbwiz's own, session, the hive and its SHA-256), a warning
 * for each whole list it writes, and the rule's steps by hand with where
 * they fall.  NULL when out of memory. */
static char *reg_comment(const struct fix_plan *p)
{
	struct kb_buf b = KB_BUF_INIT;
	struct fix_hand_step *steps = NULL;
	size_t i, n_steps = 0;

	kb_buf_puts(&b, "Written by kbwiz fix.\n");
	if (p->own_basis != NULL)
		kb_buf_printf(&b, "kbwiz's own repair (%s), not a Microsoft article's.  It rests "
			      "on the service doctor's evidence:\n%s", p->rule_id, p->own_basis);
	else
		kb_buf_printf(&b, "Rule %s, from Microsoft article %s.\n", p->rule_id,
			      p->rule != NULL && p->rule->article != NULL ? p->rule->article : "?");
	if (p->session_id > 0)
		kb_buf_printf(&b, "kbwiz session %lld.\n", (long long)p->session_id);
	if (p->hive_path != NULL)
		kb_buf_printf(&b, "Planned on the offline hive %s, SHA-256 %s.\n", p->hive_path,
			      p->checked.sha256[0] != '\0' ? p->checked.sha256 : "(not recorded)");
	for (i = 0; i < p->n_changes; i++) {
		const struct fix_change *c = &p->changes[i];

		if (c->kind == FIXCH_ADD_ENTRY || c->kind == FIXCH_REMOVE_ENTRY)
			kb_buf_printf(&b, "%s value \"%s\": the line writes the whole list as found in "
				      "the offline hive (a .reg cannot %s one entry); on a live machine "
				      "whose list differs, check first.\n", c->live_key,
				      c->value != NULL ? c->value : "",
				      c->kind == FIXCH_ADD_ENTRY ? "add" : "remove");
	}
	/* The rule's steps by hand, placed as `kbwiz fix` and the wizard
	 * place them (fix_steps.c): the backup before the import, a
	 * restart after it. */
	if (fix_plan_hand_steps(p, &steps, &n_steps) != 0)
		b.oom = 1;
	if (n_steps > 0)
		kb_buf_puts(&b, "By hand, among the changes as kbwiz fix numbers them:\n");
	for (i = 0; i < n_steps; i++) {
		char *line = fix_hand_step_line(&steps[i]);
		if (line == NULL) {
			b.oom = 1;
			break;
		}
		kb_buf_printf(&b, "  %s\n", line);
		free(line);
	}
	free(steps);
	if (b.oom) {
		kb_buf_free(&b);
		return NULL;
	}
	return kb_buf_steal(&b);
}

int fix_plan_render_reg(const struct fix_plan *p, enum regfile_format fmt,
			unsigned char **out, size_t *out_len, struct kb_error *err)
{
	struct regfile_key *keys;
	struct regfile_value *values;
	char *comment;
	size_t n_keys = 0, i, j, used = 0;
	int rc;

	keys = calloc(p->n_changes + 1, sizeof *keys);
	values = calloc(p->n_changes + 1, sizeof *values);
	if (keys == NULL || values == NULL) {
		free(keys);
		free(values);
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	}
	/* One block per key, in the order the plan first touches it; a key's
	 * values sit together in the values array. */
	for (i = 0; i < p->n_changes; i++) {
		const char *live = p->changes[i].live_key;
		for (j = 0; j < n_keys; j++)
			if (strcasecmp(keys[j].path, live) == 0)
				break;
		if (j == n_keys)
			keys[n_keys++].path = live;
		if (p->changes[i].kind == FIXCH_DELETE_KEY)
			keys[j].remove = 1;
	}
	for (j = 0; j < n_keys; j++) {
		keys[j].values = &values[used];
		for (i = 0; i < p->n_changes; i++) {
			const struct fix_change *ch = &p->changes[i];
			if (ch->kind == FIXCH_CREATE_KEY || strcasecmp(ch->live_key, keys[j].path) != 0)
				continue;
			values[used].name = ch->value;
			values[used].type = ch->type;
			values[used].data = ch->data;
			values[used].len = ch->data_len;
			values[used].remove = ch->kind == FIXCH_DELETE_VALUE;
			used++;
			keys[j].n_values++;
		}
	}
	comment = reg_comment(p);
	rc = comment == NULL ? kb_errorf(err, KB_ENOMEM, "out of memory") :
		regfile_render_commented(fmt, comment, keys, n_keys, out, out_len, err);
	free(comment);
	free(keys);
	free(values);
	return rc;
}

int fix_note_reg_export(struct session *s, const struct fix_plan *p,
			enum regfile_format fmt, const char *path,
			struct kb_error *err)
{
	char *line;
	int rc;

	if (s == NULL)
		return 0;
	line = kb_strdup_printf("exported the repair as %s (%s, %zu change%s) for the live machine",
				path, fmt == REGFILE_V5 ? "version 5.00" : "REGEDIT4",
				p->n_changes, p->n_changes == 1 ? "" : "s");
	if (line == NULL)
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	rc = session_note(s, "fix-export", line, err);
	free(line);
	return rc;
}

int fix_plan_write_reg(const struct fix_plan *p, enum regfile_format fmt,
		       const char *path, struct kb_error *err)
{
	unsigned char *data;
	size_t len;
	int rc;

	if ((rc = fix_plan_render_reg(p, fmt, &data, &len, err)) != 0)
		return kb_error_prefix(err, rc, "%s", path);
	rc = kb_write_file_atomic(path, data, len, err);
	free(data);
	return rc;
}

/* ---- the undo record --------------------------------------------------- */

static void undo_record_path(const char *hive, char *buf, size_t size)
{
	snprintf(buf, size, "%s" UNDO_SUFFIX, hive);
}

/* The undo record is key=value lines; a value is stored with '%', and
 * every control character (a newline in a file name), as %XX, so that
 * any name survives. */
static char *escape_value(const char *v)
{
	struct kb_buf b = KB_BUF_INIT;

	for (; *v != '\0'; v++) {
		if (*v == '%' || (unsigned char)*v < 0x20 || *v == 0x7F)
			kb_buf_printf(&b, "%%%02X", (unsigned char)*v);
		else
			kb_buf_putc(&b, *v);
	}
	kb_buf_puts(&b, "");
	if (b.oom) {
		kb_buf_free(&b);
		return NULL;
	}
	return b.p;
}

static void unescape_into(char *dst, size_t size, const char *v)
{
	size_t n = 0;

	for (; *v != '\0' && n + 1 < size; v++) {
		int hi, lo;

		if (*v == '%' && (hi = kb_hex_digit(v[1])) >= 0 && (lo = kb_hex_digit(v[2])) >= 0) {
			dst[n++] = (char)(hi << 4 | lo);
			v += 2;
		} else {
			dst[n++] = *v;
		}
	}
	dst[n] = '\0';
}

static int undo_record_write(const struct fix_undo_record *rec, struct kb_error *err)
{
	char path[4200];
	char *text, *logs = NULL, *hive, *backup, *rule;
	size_t i;
	int rc;

	undo_record_path(rec->hive_path, path, sizeof path);
	logs = kb_strdup("");
	for (i = 0; i < rec->n_logs && logs != NULL; i++) {
		char *lp = escape_value(rec->log_path[i]), *lb = escape_value(rec->log_backup[i]);
		char *more = lp == NULL || lb == NULL ? NULL :
			kb_strdup_printf("%slog%zu=%s\nlog%zu_backup=%s\nlog%zu_sha256=%s\n", logs,
					 i + 1, lp, i + 1, lb, i + 1, rec->log_sha256[i]);
		free(lp);
		free(lb);
		free(logs);
		logs = more;
	}
	if (rec->own && logs != NULL) {
		/* Said in the record too: whoever reads it later must not take
		 * the change for an article's. */
		char *ev = escape_value(rec->basis != NULL ? rec->basis : ""), *q, *more;
		struct kb_buf c = KB_BUF_INIT;

		kb_buf_puts(&c, "# kbwiz's own repair, not a Microsoft article's; it rests on the "
			    "service doctor's evidence:\n");
		for (q = ev; q != NULL && *q != '\0';) {
			char *nl = strstr(q, "%0A");
			size_t n = nl != NULL ? (size_t)(nl - q) : strlen(q);

			kb_buf_printf(&c, "#   %.*s\n", (int)n, q);
			q += n + (nl != NULL ? 3 : 0);
		}
		kb_buf_puts(&c, "source=kbwiz\n");
		more = ev == NULL || c.oom ? NULL : kb_strdup_printf("%s%s", logs, c.p);
		free(ev);
		kb_buf_free(&c);
		free(logs);
		logs = more;
	}
	hive = escape_value(rec->hive_path);
	backup = escape_value(rec->backup_path);
	rule = escape_value(rec->rule_id);
	text = logs == NULL || hive == NULL || backup == NULL || rule == NULL ? NULL :
		kb_strdup_printf("# kbwiz fix undo record: kbwiz fix --undo puts the backup back\n"
			 "# values: %%XX stands for a control character or %%\n"
			 "session=%lld\nrule=%s\nat=%s\nhive=%s\nbackup=%s\nbackup_sha256=%s\n"
			 "original_sha256=%s\nwritten_sha256=%s\n%s",
			 (long long)rec->session_id, rule, rec->at, hive, backup,
			 rec->backup_sha256, rec->original_sha256, rec->written_sha256, logs);
	free(logs);
	free(hive);
	free(backup);
	free(rule);
	if (text == NULL)
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	rc = kb_write_file_atomic(path, text, strlen(text), err);
	free(text);
	return rc;
}

static int undo_record_read_at(const char *hive_path, struct fix_undo_record *rec,
			       struct kb_error *err);

/* The record sits beside the real file of a symlinked hive. */
int fix_undo_record_read(const char *hive_path, struct fix_undo_record *rec,
			 struct kb_error *err)
{
	char *real = resolve_hive_path(hive_path);
	int rc;

	if (real == NULL) {
		memset(rec, 0, sizeof *rec);
		return kb_errorf(err, KB_ENOTFOUND, "%s: cannot resolve it: %s", hive_path,
				 strerror(errno));
	}
	rc = undo_record_read_at(real, rec, err);
	free(real);
	return rc;
}

static int undo_record_read_at(const char *hive_path, struct fix_undo_record *rec,
			       struct kb_error *err)
{
	char path[4200];
	char *data = NULL, *line, *save = NULL;
	size_t len, i;
	int rc;

	memset(rec, 0, sizeof *rec);
	undo_record_path(hive_path, path, sizeof path);
	if (access(path, F_OK) != 0)
		return kb_errorf(err, KB_ENOTFOUND, "%s: no undo record (kbwiz fix did not write this hive)",
				 path);
	if ((rc = kb_read_file(path, 65536, &data, &len, err)) != 0)
		return rc;
	for (line = strtok_r(data, "\n", &save); line != NULL; line = strtok_r(NULL, "\n", &save)) {
		char *eq = strchr(line, '=');
		const char *v;

		if (line[0] == '#' || eq == NULL)
			continue;
		*eq = '\0';
		v = eq + 1;
		if (strcmp(line, "session") == 0)
			rec->session_id = strtoll(v, NULL, 10);
		else if (strcmp(line, "rule") == 0)
			unescape_into(rec->rule_id, sizeof rec->rule_id, v);
		else if (strcmp(line, "source") == 0)
			rec->own = strcmp(v, "kbwiz") == 0;
		else if (strcmp(line, "at") == 0)
			snprintf(rec->at, sizeof rec->at, "%s", v);
		else if (strcmp(line, "backup") == 0)
			unescape_into(rec->backup_path, sizeof rec->backup_path, v);
		else if (strcmp(line, "backup_sha256") == 0)
			snprintf(rec->backup_sha256, sizeof rec->backup_sha256, "%s", v);
		else if (strcmp(line, "original_sha256") == 0)
			snprintf(rec->original_sha256, sizeof rec->original_sha256, "%s", v);
		else if (strcmp(line, "written_sha256") == 0)
			snprintf(rec->written_sha256, sizeof rec->written_sha256, "%s", v);
		else if (strncmp(line, "log", 3) == 0 && line[3] >= '1' &&
			 line[3] < '1' + HIVELOG_MAX_LOGS) {
			size_t k = (size_t)(line[3] - '1');

			if (strcmp(line + 4, "") == 0)
				unescape_into(rec->log_path[k], sizeof rec->log_path[k], v);
			else if (strcmp(line + 4, "_backup") == 0)
				unescape_into(rec->log_backup[k], sizeof rec->log_backup[k], v);
			else if (strcmp(line + 4, "_sha256") == 0)
				snprintf(rec->log_sha256[k], sizeof rec->log_sha256[k], "%s", v);
			if (k + 1 > rec->n_logs)
				rec->n_logs = k + 1;
		}
	}
	free(data);
	snprintf(rec->hive_path, sizeof rec->hive_path, "%s", hive_path);
	if (rec->backup_path[0] == '\0' || strlen(rec->backup_sha256) != 64 ||
	    strlen(rec->original_sha256) != 64)
		return kb_errorf(err, KB_EFORMAT, "%s: damaged undo record", path);
	for (i = 0; i < rec->n_logs; i++)
		if (rec->log_path[i][0] == '\0' || rec->log_backup[i][0] == '\0' ||
		    strlen(rec->log_sha256[i]) != 64)
			return kb_errorf(err, KB_EFORMAT, "%s: damaged undo record (log %zu)", path,
					 i + 1);
	return 0;
}

int fix_session_hive(struct session *s, char *buf, size_t size, struct kb_error *err)
{
	const struct evidence_set *ev = session_evidence(s);
	struct fix_undo_record rec;
	size_t i;

	for (i = 0; i < ev->n; i++) {
		if (ev->files[i].kind != EVIDENCE_HIVE ||
		    fix_undo_record_read(ev->files[i].path, &rec, NULL) != 0 ||
		    rec.session_id != session_id(s))
			continue;
		snprintf(buf, size, "%s", ev->files[i].path);
		return 0;
	}
	return kb_errorf(err, KB_ENOTFOUND, "session %lld: no hive of it has a kbwiz fix to undo",
			 (long long)session_id(s));
}

/* ---- apply ------------------------------------------------------------- */

/* Refuse before anything is written: wrong file, dirty, not writable,
 * no room. */
static int preflight(const struct fix_plan *p, int force_dirty,
		     struct evidence_facts *now, struct kb_error *err)
{
	const char *path = p->hive_path;
	char dir[4096], probe[4200];
	struct statvfs vfs;
	uint32_t s1, s2;
	int fd, rc;

	if ((rc = evidence_facts(path, now, err)) != 0)
		return rc;
	if (p->checked.sha256[0] == '\0')
		return kb_errorf(err, KB_EREFUSED,
				 "%s: the session recorded no SHA-256 for this hive, so kbwiz cannot tell "
				 "whether it is the file the checks ran on: run the registry checks again", path);
	if (!facts_equal(&p->checked, now))
		return kb_errorf(err, KB_EREFUSED,
				 "%s: not the hive the checks ran on: it changed since (then %" PRIu64
				 " bytes, SHA-256 %.12s..., now %" PRIu64 " bytes, SHA-256 %.12s...%s): "
				 "run the checks again and plan anew", path, p->checked.size_bytes,
				 p->checked.sha256, now->size_bytes, now->sha256,
				 p->checked.mtime != now->mtime ? ", modified since" : "");
	if (read_sequences(path, &s1, &s2) != 0)
		return kb_errorf(err, KB_EFORMAT, "%s: no regf base block", path);
	{
		struct hivelog_result hr;
		enum hivelog_status st;
		char line[600];

		if ((rc = hivelog_recover_file(path, &hr, err)) != 0)
			return rc;
		st = hr.status;
		hivelog_describe(&hr, line, sizeof line);
		hivelog_result_free(&hr);
		if (st == HIVELOG_DAMAGED)
			return kb_errorf(err, KB_EREFUSED,
					 "%s: %s.  kbwiz does not write a hive whose logs it cannot "
					 "replay: nothing was changed", path, line);
		if (st == HIVELOG_NO_LOGS && !force_dirty)
			return kb_errorf(err, KB_EREFUSED,
					 "%s: the hive is dirty (base block sequence numbers %" PRIu32
					 " and %" PRIu32 " differ) and %s: the checks read it as it is.  "
					 "Give --force-dirty to write it anyway (no log holds anything "
					 "that could be lost)", path, s1, s2,
					 strstr(line, "no transaction logs found") != NULL ?
					 "no transaction log is beside it" :
					 "no log beside it continues it");
		if ((st == HIVELOG_RECOVERED) != (p->recovered != 0))
			return kb_errorf(err, KB_EREFUSED,
					 "%s: its transaction logs changed since the checks ran (%s): "
					 "run the checks again and plan anew", path, line);
	}
	/* Permission bits do not stop root: try for real. */
	if ((fd = open(path, O_RDWR)) < 0)
		return kb_errorf(err, KB_EREFUSED, "%s: the hive cannot be written (%s): nothing was changed",
				 path, strerror(errno));
	close(fd);
	kb_dirname(path, dir, sizeof dir);
	snprintf(probe, sizeof probe, "%s/.kbwiz-probe-XXXXXX", dir);
	if ((fd = mkstemp(probe)) < 0)
		return kb_errorf(err, KB_EREFUSED,
				 "%s: cannot create files in %s (%s), which the backup and the temporary "
				 "copy need: nothing was changed", path, dir, strerror(errno));
	close(fd);
	unlink(probe);
	/* The backup and the temporary copy each take about the hive's size;
	 * hivex may add a bin or two. */
	if (statvfs(dir, &vfs) == 0) {
		uint64_t avail = (uint64_t)vfs.f_bavail * vfs.f_frsize;
		uint64_t need = 2 * now->size_bytes + 65536;
		if (avail < need)
			return kb_errorf(err, KB_EREFUSED,
					 "%s: not enough free space in %s for the backup and the temporary "
					 "copy (need about %" PRIu64 " bytes, %" PRIu64 " free): nothing was changed",
					 path, dir, need, avail);
	}
	return 0;
}

/* Copy src into a new temporary file beside dst with mode, fsync it and
 * check that its SHA-256 is want_sha; its name goes to tmp.  A backup
 * then appears under its real name only complete and verified (link),
 * so a kill during the copy leaves no truncated file under a backup's
 * name. */
static int copy_to_verified_temp(const char *src, const char *dst, mode_t mode,
				 const char *want_sha, char *tmp, size_t size,
				 struct kb_error *err)
{
	char sha[KB_SHA256_HEX_SIZE];
	int fd, rc;

	if (make_temp_beside(dst, tmp, size, &fd) != 0)
		return kb_errorf(err, KB_EIO, "%s: cannot create a temporary file: %s", dst,
				 strerror(errno));
	rc = copy_to_fd(src, fd, tmp, err);
	if (rc == 0 && fchmod(fd, mode) != 0)
		rc = kb_errorf(err, KB_EIO, "%s: %s", tmp, strerror(errno));
	if (close(fd) != 0 && rc == 0)
		rc = kb_errorf(err, KB_EIO, "%s: close: %s", tmp, strerror(errno));
	if (rc == 0 && (rc = kb_sha256_file(tmp, sha, err)) == 0 && strcmp(sha, want_sha) != 0)
		rc = kb_errorf(err, KB_EIO, "%s: the copy's SHA-256 differs from %s's", tmp, src);
	if (rc != 0) {
		unlink(tmp);
		tmp[0] = '\0';
	}
	return rc;
}

static int make_backup(const struct fix_plan *p, const struct evidence_facts *now,
		       struct fix_apply_result *res, struct kb_error *err)
{
	char dir[4096], stamp[32], name[8400], tmp[4200];
	struct stat st;
	time_t t = time(NULL);
	struct tm tm;
	int rc, attempt, linked = 0;

	kb_dirname(p->hive_path, dir, sizeof dir);
	gmtime_r(&t, &tm);
	strftime(stamp, sizeof stamp, "%Y%m%dT%H%M%SZ", &tm);
	if (stat(p->hive_path, &st) != 0)
		return kb_errorf(err, KB_EIO, "%s: %s", p->hive_path, strerror(errno));
	if ((rc = copy_to_verified_temp(p->hive_path, p->hive_path, st.st_mode & 0666,
					now->sha256, tmp, sizeof tmp, err)) != 0)
		return rc;
	kill_point("backup-copy");
	for (attempt = 1; attempt < 100 && !linked && rc == 0; attempt++) {
		char sess[32] = "", n[16] = "";
		if (p->session_id != 0)
			snprintf(sess, sizeof sess, "s%lld-", (long long)p->session_id);
		if (attempt > 1)
			snprintf(n, sizeof n, "-%d", attempt);
		if ((size_t)snprintf(name, sizeof name, "%s/%s.kbwiz-%s%s%s.bak", dir,
				     base_name(p->hive_path), sess, stamp, n) >= sizeof res->backup_path) {
			rc = kb_errorf(err, KB_EINVAL, "%s: path too long for a backup name", p->hive_path);
			break;
		}
		memcpy(res->backup_path, name, strlen(name) + 1);
		/* link() never replaces an existing backup. */
		if (link(tmp, res->backup_path) == 0)
			linked = 1;
		else if (errno != EEXIST)
			rc = kb_errorf(err, KB_EIO, "%s: cannot create the backup: %s",
				       res->backup_path, strerror(errno));
	}
	unlink(tmp);
	if (rc == 0 && !linked)
		rc = kb_errorf(err, KB_EIO, "%s: cannot find a free backup name", res->backup_path);
	if (rc == 0)
		rc = fsync_dir_of(res->backup_path, err);
	if (rc != 0) {
		if (linked)
			unlink(res->backup_path);
		res->backup_path[0] = '\0';
		return rc;
	}
	memcpy(res->backup_sha256, now->sha256, sizeof res->backup_sha256);
	return 0;
}

/* The logs of a dirty hive into the backup set: each copied to the
 * backup's name with its own suffix (SYSTEM.kbwiz-s3-T.bak ->
 * SYSTEM.kbwiz-s3-T.LOG1.bak), fsync'd and compared by SHA-256.  The logs
 * themselves stay until the repaired hive is in place. */
static int backup_logs(const struct fix_plan *p, const struct fix_apply_result *res,
		       struct fix_undo_record *rec, struct kb_error *err)
{
	char *paths[HIVELOG_MAX_LOGS] = { NULL, NULL, NULL }, stem[4096], tmp[4200];
	size_t hive_name_len = strlen(base_name(p->hive_path)), stem_len, i;
	int n, rc = 0;

	rec->n_logs = 0;
	if ((n = hivelog_find_logs(p->hive_path, paths, err)) < 0)
		return n;
	stem_len = strlen(res->backup_path) - strlen(".bak");
	memcpy(stem, res->backup_path, stem_len);
	stem[stem_len] = '\0';
	for (i = 0; i < (size_t)n && rc == 0; i++) {
		char *dst = rec->log_backup[i];
		struct stat st;

		if ((size_t)snprintf(dst, sizeof rec->log_backup[i], "%s%s.bak", stem,
				     base_name(paths[i]) + hive_name_len) >= sizeof rec->log_backup[i] ||
		    (size_t)snprintf(rec->log_path[i], sizeof rec->log_path[i], "%s", paths[i]) >=
			    sizeof rec->log_path[i]) {
			rc = kb_errorf(err, KB_EINVAL, "%s: path too long for a backup name", paths[i]);
			break;
		}
		if ((rc = kb_sha256_file(paths[i], rec->log_sha256[i], err)) != 0)
			break;
		if (stat(paths[i], &st) != 0) {
			rc = kb_errorf(err, KB_EIO, "%s: %s", paths[i], strerror(errno));
			break;
		}
		if ((rc = copy_to_verified_temp(paths[i], paths[i], st.st_mode & 0666,
						rec->log_sha256[i], tmp, sizeof tmp, err)) != 0)
			break;
		if (link(tmp, dst) != 0)
			rc = kb_errorf(err, KB_EIO, "%s: cannot create the log's backup: %s", dst,
				       strerror(errno));
		else
			rec->n_logs = i + 1;
		unlink(tmp);
	}
	if (rc == 0)
		rc = fsync_dir_of(p->hive_path, err);
	if (rc != 0)
		for (i = 0; i < rec->n_logs; i++)
			unlink(rec->log_backup[i]);
	for (i = 0; i < HIVELOG_MAX_LOGS; i++)
		free(paths[i]);
	if (rc != 0)
		rec->n_logs = 0;
	return rc;
}

/* The recovered hive, from the verified backup and the logs' copies (the
 * bytes the undo record knows), into fd. */
static int write_recovered(const struct fix_undo_record *rec, int fd, const char *tmp,
			   struct kb_error *err)
{
	struct hivelog_input in[HIVELOG_MAX_LOGS];
	char *data[HIVELOG_MAX_LOGS] = { NULL, NULL, NULL }, *hive = NULL;
	struct hivelog_result r;
	size_t len, i, done = 0;
	int rc;

	memset(&r, 0, sizeof r);
	if ((rc = kb_read_file(rec->backup_path, (size_t)2 << 30, &hive, &len, err)) != 0)
		goto out;
	for (i = 0; i < rec->n_logs; i++) {
		if ((rc = kb_read_file(rec->log_backup[i], (size_t)2 << 30, &data[i], &in[i].size,
				       err)) != 0)
			goto out;
		in[i].name = base_name(rec->log_path[i]);
		in[i].data = (const unsigned char *)data[i];
	}
	if ((rc = hivelog_recover_mem((const unsigned char *)hive, len, in, rec->n_logs, &r,
				      err)) != 0)
		goto out;
	if (r.status != HIVELOG_RECOVERED) {
		rc = kb_errorf(err, KB_EFORMAT, "the backup set no longer recovers: %s", r.message);
		goto out;
	}
	while (done < r.image_size) {
		ssize_t w = write(fd, r.image + done, r.image_size - done);

		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0) {
			rc = kb_errorf(err, KB_EIO, "%s: write: %s", tmp, strerror(errno));
			goto out;
		}
		done += (size_t)w;
	}
	if (fsync(fd) != 0)
		rc = kb_errorf(err, KB_EIO, "%s: fsync: %s", tmp, strerror(errno));
out:
	hivelog_result_free(&r);
	for (i = 0; i < HIVELOG_MAX_LOGS; i++)
		free(data[i]);
	free(hive);
	return rc;
}

/* Remove the logs the repaired hive replaced, each only while it is still
 * the file copied into the backup set. */
static int remove_moved_logs(const struct fix_undo_record *rec, struct kb_error *err)
{
	char sha[KB_SHA256_HEX_SIZE];
	size_t i;
	int rc = 0;

	for (i = 0; i < rec->n_logs; i++) {
		if (access(rec->log_path[i], F_OK) != 0)
			continue;
		if (kb_sha256_file(rec->log_path[i], sha, NULL) != 0 ||
		    strcmp(sha, rec->log_sha256[i]) != 0) {
			rc = kb_errorf(err, KB_EIO, "%s: changed since it was copied to %s; left in place",
				       rec->log_path[i], rec->log_backup[i]);
			continue;
		}
		if (unlink(rec->log_path[i]) != 0)
			rc = kb_errorf(err, KB_EIO, "%s: cannot remove it: %s", rec->log_path[i],
				       strerror(errno));
	}
	if (rec->n_logs > 0 && rc == 0)
		rc = fsync_dir_of(rec->log_path[0], err);
	return rc;
}

/* hivex: the plan's changes on the open hive. */
/* hivex has no call to delete one value: the key's values are set
 * again without it, each with its type and data as stored. */
static int delete_value(hive_h *hx, hive_node_h node, const struct fix_change *ch,
			struct kb_error *err)
{
	hive_value_h *vals;
	hive_set_value *keep = NULL;
	size_t i, n = 0, count = 0;
	int rc = 0, found = 0;

	errno = 0;
	if ((vals = hivex_node_values(hx, node)) == NULL)
		return kb_errorf(err, KB_EIO, "deleting %s\\%s: values unreadable", ch->key, ch->value);
	while (vals[count] != 0)
		count++;
	if ((keep = calloc(count + 1, sizeof *keep)) == NULL) {
		free(vals);
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	}
	for (i = 0; i < count && rc == 0; i++) {
		char *name = hivex_value_key(hx, vals[i]);
		hive_type t;
		size_t len;
		char *data;

		if (name == NULL) {
			rc = kb_errorf(err, KB_EIO, "deleting %s\\%s: a value name is unreadable",
				       ch->key, ch->value);
			break;
		}
		if (strcasecmp(name, ch->value) == 0) {
			found = 1;
			free(name);
			continue;
		}
		if ((data = hivex_value_value(hx, vals[i], &t, &len)) == NULL) {
			rc = kb_errorf(err, KB_EIO, "deleting %s\\%s: value %s is unreadable, so the "
				       "key's other values cannot be kept", ch->key, ch->value, name);
			free(name);
			break;
		}
		keep[n].key = name;
		keep[n].t = t;
		keep[n].len = len;
		keep[n].value = data;
		n++;
	}
	if (rc == 0 && !found)
		rc = kb_errorf(err, KB_EIO, "deleting %s\\%s: no such value", ch->key, ch->value);
	if (rc == 0 && hivex_node_set_values(hx, node, n, keep, 0) != 0)
		rc = kb_errorf(err, KB_EIO, "deleting %s\\%s: %s", ch->key, ch->value, strerror(errno));
	for (i = 0; i < n; i++) {
		free(keep[i].key);
		free(keep[i].value);
	}
	free(keep);
	free(vals);
	return rc;
}

static int write_removal(hive_h *hx, const struct fix_change *ch, struct kb_error *err)
{
	hive_node_h node = walk(hx, ch->key);

	if (node == 0)
		return kb_errorf(err, KB_EIO, "deleting %s: key missing", ch->key);
	if (ch->kind == FIXCH_DELETE_VALUE)
		return delete_value(hx, node, ch, err);
	if (node == hivex_root(hx))
		return kb_errorf(err, KB_EINVAL, "refusing to delete the hive's root key");
	if (hivex_node_delete_child(hx, node) != 0)
		return kb_errorf(err, KB_EIO, "deleting key %s: %s", ch->key, strerror(errno));
	return 0;
}

static int write_changes(const struct fix_plan *p, hive_h *hx, struct kb_error *err)
{
	size_t i;
	int rc;

	for (i = 0; i < p->n_changes; i++) {
		const struct fix_change *ch = &p->changes[i];

		if (ch->kind == FIXCH_CREATE_KEY) {
			const char *slash = strrchr(ch->key, '\\');
			char parent[4096];
			hive_node_h pn;
			size_t n = slash != NULL ? (size_t)(slash - ch->key) : 0;

			if (n >= sizeof parent)
				return kb_errorf(err, KB_EINVAL, "%s: path too long", ch->key);
			memcpy(parent, ch->key, n);
			parent[n] = '\0';
			if ((pn = walk(hx, parent)) == 0)
				return kb_errorf(err, KB_EIO, "creating %s: parent key missing", ch->key);
			if (hivex_node_get_child(hx, pn, slash != NULL ? slash + 1 : ch->key) != 0)
				continue;
			if (hivex_node_add_child(hx, pn, slash != NULL ? slash + 1 : ch->key) == 0)
				return kb_errorf(err, KB_EIO, "creating key %s: %s", ch->key, strerror(errno));
		} else if (ch->kind == FIXCH_DELETE_KEY || ch->kind == FIXCH_DELETE_VALUE) {
			if ((rc = write_removal(hx, ch, err)) != 0)
				return rc;
		} else {
			hive_set_value v;
			hive_node_h node = walk(hx, ch->key);

			if (node == 0)
				return kb_errorf(err, KB_EIO, "setting %s\\%s: key missing", ch->key, ch->value);
			v.key = ch->value;
			v.t = (hive_type)ch->type;
			v.len = ch->data_len;
			v.value = (char *)ch->data;
			if (hivex_node_set_value(hx, node, &v, 0) != 0)
				return kb_errorf(err, KB_EIO, "setting %s\\%s: %s", ch->key, ch->value,
						 strerror(errno));
		}
	}
	return 0;
}

/* Open tmp read-only and run the rule's checks: the ones the plan
 * repairs must pass, and so must the ones that passed before; a
 * REG_MULTI_SZ must hold exactly the planned entries. */
static int verify(const struct fix_plan *p, const char *tmp, struct kb_error *err)
{
	struct kb_hive *h = NULL;
	const struct rule *r = p->rule;
	size_t i, k;
	int rc;

	if ((rc = hive_open(tmp, &h, err)) != 0)
		return kb_error_prefix(err, KB_EFORMAT, "the written hive does not open");
	if (hive_is_dirty(h)) {
		hive_close(h);
		return kb_errorf(err, KB_EFORMAT, "%s: the written hive is dirty", tmp);
	}
	for (i = 0; i < r->n_checks && rc == 0; i++) {
		struct check_result res;
		int planned = 0, matched = 1;

		for (k = 0; k < p->n_changes; k++)
			planned |= strcmp(p->changes[k].check_id, r->checks[i].id) == 0;
		if ((rc = hive_eval_check(h, &r->checks[i], &res, err)) != 0)
			break;
		if (planned && p->control_set != NULL &&
		    (res.control_set == NULL || strcmp(res.control_set, p->control_set) != 0))
			matched = 0;
		for (k = 0; k < p->n_changes && matched; k++) {
			const struct fix_change *ch = &p->changes[k];
			struct kb_buf b = { 0 };

			if (ch->kind == FIXCH_CREATE_KEY || ch->type != KB_REG_MULTI_SZ ||
			    strcmp(ch->check_id, r->checks[i].id) != 0)
				continue;
			matched = multi_sz(res.found_entries, res.n_found_entries, &b) == 0 &&
				  b.len == ch->data_len && memcmp(b.p, ch->data, b.len) == 0;
			kb_buf_free(&b);
		}
		/* A check that failed before and is not planned may stay
		 * failed (a manual item); the rest must pass. */
		if ((planned || (p->passed != NULL && p->passed[i])) &&
		    (res.status != CHECK_PASSED || !matched)) {
			rc = kb_errorf(err, KB_EFORMAT, "check %s on the written hive: %s: %s",
				       r->checks[i].id, check_status_name(res.status),
				       !matched ? "not the planned data" :
				       res.detail != NULL ? res.detail : "");
		}
		check_result_clear(&res);
	}
	hive_close(h);
	return rc;
}

static void plan_summary(const struct fix_plan *p, char *buf, size_t size)
{
	size_t i, used;

	used = (size_t)snprintf(buf, size, "%s: %zu change%s to %s in %s", p->rule_id,
				p->n_changes, p->n_changes == 1 ? "" : "s",
				p->control_set != NULL ? p->control_set : "the hive",
				p->hive_path != NULL ? p->hive_path : "(none)");
	for (i = 0; i < p->n_changes && used < size; i++)
		used += (size_t)snprintf(buf + used, size - used, "; %s %s%s%s", fix_change_kind_name(p->changes[i].kind),
					 p->changes[i].key, p->changes[i].value != NULL ? " : " : "",
					 p->changes[i].value != NULL ? p->changes[i].value : "");
	for (i = 0; i < p->n_manual && used < size; i++)
		used += (size_t)snprintf(buf + used, size - used, "; manual: %s", p->manual[i].check_id);
}

/* The rules name the step that asks for a registry backup `backup`
 * (kb/ rule files): kbwiz has just made one, so a step still to do is done,
 * its note naming the copy (which hive: the reader sees what was kept). */
static void mark_backup_step(struct session *s, const char *rule_id, const char *hive_path,
			     const char *backup_path)
{
	struct session_fix fixes[64];
	struct kb_error err;
	char text[512];
	size_t i, n;

	if (strcasecmp(session_chosen(s), rule_id) != 0)
		return;
	n = session_fixes(s, fixes, sizeof fixes / sizeof fixes[0]);
	for (i = 0; i < n && i < sizeof fixes / sizeof fixes[0]; i++) {
		if (fixes[i].fix->kind != FIX_MANUAL || strcmp(fixes[i].fix->id, "backup") != 0 ||
		    fixes[i].status != FIXST_PENDING)
			continue;
		snprintf(text, sizeof text, "kbwiz backed up %.200s before writing it: %.250s",
			 base_name(hive_path), backup_path);
		if (session_set_fix(s, fixes[i].fix->id, FIXST_DONE, text, &err) != 0)
			note(s, "fix-backup", "the backup step was not marked done: %s", err.msg);
		return;
	}
}

int fix_apply(const struct fix_plan *p, const struct fix_apply_opts *opts,
	      struct fix_apply_result *res_out, struct kb_error *err)
{
	struct fix_apply_result local;
	struct fix_apply_result *res = res_out != NULL ? res_out : &local;
	struct session *s = opts != NULL ? opts->session : NULL;
	struct fix_undo_record rec;
	struct evidence_facts now;
	char question[4200], tmp[4200] = "", summary[2048];
	struct stat st;
	hive_h *hx = NULL;
	size_t i;
	int rc, fd = -1;

	memset(res, 0, sizeof *res);
	if (opts == NULL || opts->confirm == NULL)
		return kb_errorf(err, KB_EINVAL, "fix_apply: a confirmation is required");
	if (p->n_changes == 0 || p->hive_path == NULL)
		return 0;
	plan_summary(p, summary, sizeof summary);
	if ((rc = preflight(p, opts->force_dirty, &now, err)) != 0) {
		note(s, "fix-refused", "%s: %s", summary, err != NULL ? err->msg : "refused");
		return rc;
	}
	if (p->recovered)
		snprintf(question, sizeof question, "Write %zu change%s to %s?  It is dirty, so the "
			 "changes go onto the state its transaction logs give (%s), and its logs move "
			 "with the original hive into the backup set beside it, so that Windows "
			 "cannot replay them over the repair.", p->n_changes,
			 p->n_changes == 1 ? "" : "s", p->hive_path,
			 p->recovery != NULL ? p->recovery : "");
	else
		snprintf(question, sizeof question, "Write %zu change%s to %s?", p->n_changes,
			 p->n_changes == 1 ? "" : "s", p->hive_path);
	if (p->own_basis != NULL) {
		size_t len = strlen(question);

		snprintf(question + len, sizeof question - len, "  This is kbwiz's own repair, not "
			 "a Microsoft article's: it rests on the service doctor's evidence shown.");
	}
	if (p->link_path != NULL) {
		size_t len = strlen(question);

		snprintf(question + len, sizeof question - len, "  (%s is a symbolic link: the "
			 "file it points to is repaired, with its backup beside it.)", p->link_path);
	}
	note(s, "fix-plan", "%s%s%s", summary, p->dirty ? "; " : "",
	     p->recovered ? p->recovery : p->dirty ? "dirty hive without logs, --force-dirty" : "");
	if (!opts->confirm(opts->confirm_ctx, p, question)) {
		note(s, "fix-plan", "not confirmed: nothing written to %s", p->hive_path);
		return kb_errorf(err, KB_ECANCEL, "not confirmed: %s was not changed", p->hive_path);
	}
	if (p->damage != NULL) {
		snprintf(question, sizeof question, "%s.  kbwiz cannot read all of this hive, so a "
			 "repair written into it may not be readable either.  Write anyway?", p->damage);
		if (!opts->confirm(opts->confirm_ctx, p, question)) {
			note(s, "fix-plan", "not confirmed (the hive is already damaged): nothing "
			     "written to %s", p->hive_path);
			return kb_errorf(err, KB_ECANCEL, "not confirmed: %s was not changed",
					 p->hive_path);
		}
		note(s, "fix-plan", "%s; writing confirmed a second time", p->damage);
	}
	kill_point("plan");
	memcpy(res->original_sha256, now.sha256, sizeof now.sha256);

	/* 1. The backup, complete and fsync'd before the hive is touched. */
	if ((rc = make_backup(p, &now, res, err)) != 0) {
		note(s, "fix-backup", "failed: %s", err != NULL ? err->msg : "");
		return kb_error_prefix(err, rc, "backup failed, nothing was changed");
	}
	note(s, "fix-backup", "%s copied to %s (SHA-256 %s)", p->hive_path, res->backup_path,
	     res->backup_sha256);
	/* 2. The undo record. */
	memset(&rec, 0, sizeof rec);
	rec.session_id = p->session_id;
	snprintf(rec.rule_id, sizeof rec.rule_id, "%s", p->rule_id);
	rec.own = p->own_basis != NULL;
	rec.basis = p->own_basis;
	kb_now_iso(rec.at, sizeof rec.at);
	snprintf(rec.hive_path, sizeof rec.hive_path, "%s", p->hive_path);
	snprintf(rec.backup_path, sizeof rec.backup_path, "%s", res->backup_path);
	memcpy(rec.backup_sha256, res->backup_sha256, sizeof rec.backup_sha256);
	memcpy(rec.original_sha256, now.sha256, sizeof rec.original_sha256);
	if (p->recovered && (rc = backup_logs(p, res, &rec, err)) != 0) {
		note(s, "fix-backup", "copying the logs failed: %s", err != NULL ? err->msg : "");
		return kb_error_prefix(err, rc, "nothing was changed (the backup %s stays)",
				       res->backup_path);
	}
	for (i = 0; i < rec.n_logs; i++)
		note(s, "fix-backup", "%s copied to %s (SHA-256 %s)", rec.log_path[i],
		     rec.log_backup[i], rec.log_sha256[i]);
	if ((rc = undo_record_write(&rec, err)) != 0) {
		note(s, "fix-backup", "undo record failed: %s", err != NULL ? err->msg : "");
		return kb_error_prefix(err, rc, "nothing was changed (the backup %s stays)",
				       res->backup_path);
	}
	kill_point("backup");

	/* 3. The changed hive, as a temporary file beside it. */
	if (make_temp_beside(p->hive_path, tmp, sizeof tmp, &fd) != 0) {
		rc = kb_errorf(err, KB_EIO, "%s: cannot create a temporary file: %s", p->hive_path,
			       strerror(errno));
		tmp[0] = '\0';
		goto fail;
	}
	/* From the verified backup, not the hive again: had the hive changed
	 * since it was hashed, the repair would land on bytes the undo
	 * record does not know. */
	if (p->recovered)
		rc = write_recovered(&rec, fd, tmp, err);
	else
		rc = copy_to_fd(res->backup_path, fd, tmp, err);
	close(fd);
	if (rc != 0)
		goto fail;
	if ((hx = hivex_open(tmp, HIVEX_OPEN_WRITE)) == NULL) {
		rc = kb_errorf(err, KB_EFORMAT, "%s: hivex cannot open it for writing: %s", tmp,
			       strerror(errno));
		goto fail;
	}
	if ((rc = write_changes(p, hx, err)) != 0)
		goto fail;
	if (fail_point("write") || hivex_commit(hx, tmp, 0) != 0) {
		rc = kb_errorf(err, KB_EIO, "writing %s: %s", tmp, strerror(errno));
		goto fail;
	}
	hivex_close(hx);
	hx = NULL;
	if ((rc = fsync_path(tmp, err)) != 0)
		goto fail;
	note(s, "fix-write", "%zu change%s written to %s", p->n_changes,
	     p->n_changes == 1 ? "" : "s", tmp);
	kill_point("write");

	/* 4. Read it back and run the checks. */
	if ((rc = verify(p, tmp, err)) == 0 && fail_point("verify"))
		rc = kb_errorf(err, KB_EFORMAT, "%s: verification failed (injected by KBWIZ_TEST_FAIL_AT)", tmp);
	if (rc != 0) {
		note(s, "fix-verify", "failed: %s", err != NULL ? err->msg : "");
		goto fail;
	}
	if ((rc = kb_sha256_file(tmp, res->written_sha256, err)) != 0)
		goto fail;
	note(s, "fix-verify", "the rule's checks pass on the written hive (SHA-256 %s)",
	     res->written_sha256);
	kill_point("verify");
	memcpy(rec.written_sha256, res->written_sha256, sizeof rec.written_sha256);
	if ((rc = undo_record_write(&rec, err)) != 0)
		goto fail;

	/* 5. Rename over the hive: the only moment the hive changes. */
	if (stat(p->hive_path, &st) == 0) {
		if (chmod(tmp, st.st_mode & 07777) != 0 ||
		    (chown(tmp, st.st_uid, st.st_gid) != 0 && errno != EPERM)) {
			rc = kb_errorf(err, KB_EIO, "%s: %s", tmp, strerror(errno));
			goto fail;
		}
	}
	kill_point("rename");
	if (fail_point("rename") || rename(tmp, p->hive_path) != 0) {
		rc = kb_errorf(err, KB_EIO, "renaming %s over %s: %s", tmp, p->hive_path,
			       strerror(errno));
		goto fail;
	}
	tmp[0] = '\0';
	kill_point("renamed");
	/* The repaired hive is clean, so Windows would ignore the old logs;
	 * they go anyway (their copies are in the backup set). */
	if (rec.n_logs > 0) {
		if ((rc = remove_moved_logs(&rec, err)) != 0) {
			note(s, "fix-rename", "%s replaced, but its logs were not all moved aside: %s",
			     p->hive_path, err != NULL ? err->msg : "");
			return rc;
		}
		note(s, "fix-rename", "%zu transaction log%s of %s moved into the backup set",
		     rec.n_logs, rec.n_logs == 1 ? "" : "s", p->hive_path);
		res->n_logs_moved = rec.n_logs;
		kill_point("logs");
	}
	if ((rc = fsync_dir_of(p->hive_path, err)) != 0) {
		note(s, "fix-rename", "renamed, but the directory fsync failed: %s",
		     err != NULL ? err->msg : "");
		return rc;
	}
	res->n_applied = p->n_changes;
	note(s, "fix-rename", "%s replaced by the repaired hive (SHA-256 %s); backup %s",
	     p->hive_path, res->written_sha256, res->backup_path);
	if (s != NULL && !session_read_only(s)) {
		char done[256];
		snprintf(done, sizeof done, "applied %s; backup %.200s",
			 opts->applied_in != NULL ? opts->applied_in : "by kbwiz fix",
			 base_name(res->backup_path));
		for (i = 0; i < p->n_changes; i++) {
			size_t k;
			int seen = 0;
			for (k = 0; k < i; k++)
				seen |= strcmp(p->changes[k].fix_id, p->changes[i].fix_id) == 0;
			if (!seen)
				session_set_fix(s, p->changes[i].fix_id, FIXST_DONE, done, NULL);
		}
		mark_backup_step(s, p->rule_id, p->hive_path, res->backup_path);
	}
	return 0;
fail:
	if (hx != NULL)
		hivex_close(hx);
	if (tmp[0] != '\0')
		unlink(tmp);
	note(s, "fix-write", "rolled back: %s; %s unchanged", err != NULL ? err->msg : "",
	     p->hive_path);
	return kb_error_prefix(err, rc == 0 ? KB_EIO : rc,
			       "%s was not changed (backup %s)", p->hive_path, res->backup_path);
}

int fix_finish_interrupted(const char *hive_path, struct session *s, int *finished,
			   struct kb_error *err)
{
	struct fix_undo_record rec;
	char sha[KB_SHA256_HEX_SIZE];
	size_t i, present = 0;
	int rc;

	if (finished != NULL)
		*finished = 0;
	if (fix_undo_record_read(hive_path, &rec, NULL) != 0 || rec.n_logs == 0 ||
	    rec.written_sha256[0] == '\0')
		return 0;
	for (i = 0; i < rec.n_logs; i++)
		present += access(rec.log_path[i], F_OK) == 0;
	if (present == 0 || kb_sha256_file(rec.hive_path, sha, NULL) != 0 ||
	    strcmp(sha, rec.written_sha256) != 0)
		return 0;
	if ((rc = remove_moved_logs(&rec, err)) != 0)
		return rc;
	note(s, "fix-rename", "finished an interrupted repair: the transaction logs of %s moved "
	     "into the backup set", hive_path);
	if (finished != NULL)
		*finished = 1;
	return 0;
}

/* ---- undo -------------------------------------------------------------- */

/* Put the logs recorded in rec back from their copies (temporary file
 * beside each, SHA-256 checked, rename).  Logs already there are left. */
static int restore_logs(const struct fix_undo_record *rec, int *restored,
			struct kb_error *err)
{
	char sha[KB_SHA256_HEX_SIZE], tmp[4200];
	size_t i;
	int rc = 0, fd;

	for (i = 0; i < rec->n_logs && rc == 0; i++) {
		if (access(rec->log_path[i], F_OK) == 0)
			continue;
		if ((rc = kb_sha256_file(rec->log_backup[i], sha, err)) != 0)
			return kb_error_prefix(err, KB_EREFUSED, "cannot put the log back");
		if (strcmp(sha, rec->log_sha256[i]) != 0)
			return kb_errorf(err, KB_EREFUSED, "%s: the log's copy is not the one recorded "
					 "(SHA-256 differs); nothing more was changed", rec->log_backup[i]);
		if (make_temp_beside(rec->log_path[i], tmp, sizeof tmp, &fd) != 0)
			return kb_errorf(err, KB_EIO, "%s: cannot create a temporary file: %s",
					 rec->log_path[i], strerror(errno));
		rc = copy_to_fd(rec->log_backup[i], fd, tmp, err);
		close(fd);
		if (rc == 0 && rename(tmp, rec->log_path[i]) != 0)
			rc = kb_errorf(err, KB_EIO, "renaming %s to %s: %s", tmp, rec->log_path[i],
				       strerror(errno));
		if (rc != 0)
			unlink(tmp);
		else
			*restored = 1;
	}
	if (rc == 0 && rec->n_logs > 0)
		rc = fsync_dir_of(rec->log_path[0], err);
	return rc;
}

int fix_undo(const char *hive_path, struct session *s, int force, int *restored,
	     struct kb_error *err)
{
	struct fix_undo_record rec;
	char sha[KB_SHA256_HEX_SIZE], tmp[4200] = "";
	struct stat st;
	int rc, fd;

	*restored = 0;
	if ((rc = fix_undo_record_read(hive_path, &rec, err)) != 0)
		return rc;
	/* A symlinked hive: the record names the real file, which is what
	 * the repair replaced and what is restored. */
	hive_path = rec.hive_path;
	if (s != NULL && rec.session_id != session_id(s))
		return kb_errorf(err, KB_EREFUSED, "%s: the last kbwiz fix of this hive was %s%lld, not session %lld",
				 hive_path, rec.session_id != 0 ? "session " : "made without a session ",
				 (long long)rec.session_id, (long long)session_id(s));
	if ((rc = kb_sha256_file(rec.backup_path, sha, err)) != 0)
		return kb_error_prefix(err, KB_EREFUSED, "cannot undo: the backup is not readable");
	if (strcmp(sha, rec.backup_sha256) != 0) {
		note(s, "fix-undo", "refused: backup %s changed (SHA-256 %s, recorded %s)",
		     rec.backup_path, sha, rec.backup_sha256);
		return kb_errorf(err, KB_EREFUSED, "%s: the backup's SHA-256 is not the one recorded: "
				 "it is damaged or was replaced; nothing was changed", rec.backup_path);
	}
	if ((rc = kb_sha256_file(hive_path, sha, err)) != 0)
		return rc;
	if (strcmp(sha, rec.original_sha256) == 0) {
		/* A kill during an undo can leave the original back with its
		 * logs still in the backup set: finish that. */
		if ((rc = restore_logs(&rec, restored, err)) != 0)
			return rc;
		note(s, "fix-undo", "%s already is the original (SHA-256 %s)%s", hive_path, sha,
		     *restored ? "; its transaction logs were put back" : ": nothing to undo");
		return 0;
	}
	if (strcmp(sha, rec.written_sha256) != 0 && !force) {
		note(s, "fix-undo", "refused: %s changed since kbwiz wrote it", hive_path);
		return kb_errorf(err, KB_EREFUSED,
				 "%s: not the hive kbwiz wrote (SHA-256 %.12s..., kbwiz wrote %.12s...): "
				 "it changed since, and putting the backup back would lose that; give "
				 "--force to restore anyway", hive_path, sha,
				 rec.written_sha256[0] != '\0' ? rec.written_sha256 : "nothing");
	}
	/* The logs first: beside the repaired hive, which is clean, Windows
	 * ignores them; the hive's rename then completes the original set. */
	if ((rc = restore_logs(&rec, restored, err)) != 0) {
		note(s, "fix-undo", "failed: %s", err != NULL ? err->msg : "");
		return rc;
	}
	*restored = 0;
	if (make_temp_beside(hive_path, tmp, sizeof tmp, &fd) != 0)
		return kb_errorf(err, KB_EIO, "%s: cannot create a temporary file: %s", hive_path,
				 strerror(errno));
	rc = copy_to_fd(rec.backup_path, fd, tmp, err);
	close(fd);
	if (rc == 0 && (rc = kb_sha256_file(tmp, sha, err)) == 0 &&
	    strcmp(sha, rec.original_sha256) != 0)
		rc = kb_errorf(err, KB_EIO, "%s: copy of the backup differs", tmp);
	/* The restored hive keeps the mode and owner the hive has now, as
	 * the repair did. */
	if (rc == 0 && stat(hive_path, &st) == 0 &&
	    (chmod(tmp, st.st_mode & 07777) != 0 ||
	     (chown(tmp, st.st_uid, st.st_gid) != 0 && errno != EPERM)))
		rc = kb_errorf(err, KB_EIO, "%s: %s", tmp, strerror(errno));
	if (rc == 0 && rename(tmp, hive_path) != 0)
		rc = kb_errorf(err, KB_EIO, "renaming %s over %s: %s", tmp, hive_path, strerror(errno));
	if (rc != 0) {
		unlink(tmp);
		note(s, "fix-undo", "failed: %s", err != NULL ? err->msg : "");
		return kb_error_prefix(err, rc, "%s was not changed", hive_path);
	}
	if ((rc = fsync_dir_of(hive_path, err)) != 0)
		return rc;
	*restored = 1;
	note(s, "fix-undo", "%s restored from %s (SHA-256 %s)%s%s", hive_path, rec.backup_path,
	     rec.original_sha256, rec.n_logs > 0 ? ", with its transaction logs" : "",
	     force ? " (forced)" : "");
	return 0;
}

/* ---- for the TUI ------------------------------------------------------- */

int fix_session_apply(struct session *s, int force_dirty, fix_confirm_fn confirm,
		      void *ctx, struct fix_plan **plan_out, struct fix_apply_result *res,
		      struct kb_error *err)
{
	struct fix_apply_opts opts;
	struct fix_plan *p = NULL;
	int rc;

	if (plan_out != NULL)
		*plan_out = NULL;
	if ((rc = fix_plan_for_session(s, &p, err)) != 0)
		return rc;
	memset(&opts, 0, sizeof opts);
	opts.force_dirty = force_dirty;
	opts.session = s;
	opts.applied_in = "in the wizard";
	opts.confirm = confirm;
	opts.confirm_ctx = ctx;
	rc = fix_apply(p, &opts, res, err);
	if (plan_out != NULL)
		*plan_out = p;
	else
		fix_plan_free(p);
	return rc;
}
