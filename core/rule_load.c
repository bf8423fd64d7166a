/* rule_load.c: YAML rule files -> struct rule, validated strictly.
 *
 * libfyaml parses the document; this file walks it against the rule
 * format (kb/README.md).  Unknown fields, wrong types and missing fields
 * are errors, because a typo in a rule ("sequnce: true") silently
 * ignored would make kbwiz diagnose the wrong thing. */
#include "kbwiz/rule_load.h"

#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <libfyaml.h>
#include <pcre2.h>

#include "kbwiz/fsutil.h"
#include "kbwiz/hash.h"
#include "kbwiz/sanitize.h"
#include "kbwiz/strutil.h"

struct loader {
	const char *name;          /* file name for messages */
	struct kb_error *err;
	struct fy_node *root;
};

/* Field paths are short ("remediation[3].registry.check"). */
#define PATH_MAX_LEN 160

/* ---- positions and messages ------------------------------------------ */

/* libfyaml 0.7 gives marks only for tokens, so a collection is placed at
 * its first scalar: that is where an editor would point for it anyway. */
static int node_mark(struct fy_node *n, int *line, int *col)
{
	struct fy_token *tok;
	const struct fy_mark *m;
	struct fy_node_pair *pair;
	void *it = NULL;

	if (n == NULL)
		return -1;
	switch (fy_node_get_type(n)) {
	case FYNT_SCALAR:
		tok = fy_node_get_scalar_token(n);
		if (tok == NULL || (m = fy_token_start_mark(tok)) == NULL)
			return -1;
		*line = m->line + 1;
		*col = m->column + 1;
		return 0;
	case FYNT_MAPPING:
		pair = fy_node_mapping_iterate(n, &it);
		return pair == NULL ? -1 : node_mark(fy_node_pair_key(pair), line, col);
	case FYNT_SEQUENCE:
		return node_mark(fy_node_sequence_iterate(n, &it), line, col);
	}
	return -1;
}

static int fail_at(struct loader *ld, struct fy_node *n, const char *path,
		   const char *fmt, ...) __attribute__((format(printf, 4, 5)));

static int fail_at(struct loader *ld, struct fy_node *n, const char *path,
		   const char *fmt, ...)
{
	char msg[600];
	int line = 1, col = 1;
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	if (node_mark(n, &line, &col) != 0 && n != ld->root)
		node_mark(ld->root, &line, &col);
	if (path != NULL && *path != '\0')
		return kb_errorf(ld->err, KB_EFORMAT, "%s:%d:%d: %s: %s",
				 ld->name, line, col, path, msg);
	return kb_errorf(ld->err, KB_EFORMAT, "%s:%d:%d: %s", ld->name, line,
			 col, msg);
}

/* What a node is, for "found ..." in messages. */
static void describe(struct fy_node *n, char *buf, size_t size)
{
	const char *s;
	size_t len;

	if (n == NULL || fy_node_is_null(n)) {
		snprintf(buf, size, "nothing");
		return;
	}
	switch (fy_node_get_type(n)) {
	case FYNT_MAPPING:
		snprintf(buf, size, "a mapping");
		return;
	case FYNT_SEQUENCE:
		snprintf(buf, size, "a list");
		return;
	case FYNT_SCALAR:
		s = fy_node_get_scalar(n, &len);
		if (len > 40)
			snprintf(buf, size, "'%.40s...'", s);
		else
			snprintf(buf, size, "'%.*s'", (int)len, s);
		return;
	}
	snprintf(buf, size, "something else");
}

/* Append src to out (size PATH_MAX_LEN), cutting it short when full: a
 * truncated path still points the reader the right way. */
static void path_append(char *out, const char *src)
{
	size_t used = strlen(out), n = strlen(src);

	if (used + n >= PATH_MAX_LEN)
		n = PATH_MAX_LEN - 1 - used;
	memcpy(out + used, src, n);
	out[used + n] = '\0';
}

static void join_path(char *out, const char *base, const char *field)
{
	out[0] = '\0';
	if (base != NULL && *base != '\0') {
		path_append(out, base);
		path_append(out, ".");
	}
	path_append(out, field);
}

static void index_path(char *out, const char *base, int i)
{
	char num[24];

	snprintf(num, sizeof num, "[%d]", i);
	out[0] = '\0';
	path_append(out, base);
	path_append(out, num);
}

/* ---- typed getters ---------------------------------------------------- */

static int is_empty_scalar(struct fy_node *n)
{
	size_t len;
	const char *s;

	if (n == NULL || fy_node_is_null(n))
		return 1;
	if (fy_node_get_type(n) != FYNT_SCALAR)
		return 0;
	s = fy_node_get_scalar(n, &len);
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\n'))
		len--;
	return len == 0;
}

static int get_string(struct loader *ld, struct fy_node *n, const char *path,
		      char **out)
{
	char found[64];
	const char *s;
	size_t len;

	if (n == NULL || fy_node_get_type(n) != FYNT_SCALAR || is_empty_scalar(n)) {
		describe(n, found, sizeof found);
		return fail_at(ld, n, path, "expected a string, found %s", found);
	}
	s = fy_node_get_scalar(n, &len);
	/* Folded and literal blocks end in a newline; rules never mean it. */
	while (len > 0 && (s[len - 1] == '\n' || s[len - 1] == ' '))
		len--;
	if (memchr(s, '\0', len) != NULL)
		return fail_at(ld, n, path, "expected a string, found one holding a NUL character");
	*out = malloc(len + 1);
	if (*out == NULL)
		return kb_errorf(ld->err, KB_ENOMEM, "%s: out of memory", ld->name);
	memcpy(*out, s, len);
	(*out)[len] = '\0';
	return 0;
}

/* Decimal, or hexadecimal with 0x: error codes are written both ways. */
static int parse_number(const char *s, size_t len, uint64_t *out)
{
	uint64_t v = 0;
	size_t i = 0;
	int base = 10, digits = 0;

	if (len > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
		base = 16;
		i = 2;
	}
	for (; i < len; i++) {
		int d;
		char ch = s[i];
		if (ch >= '0' && ch <= '9')
			d = ch - '0';
		else if (base == 16 && ch >= 'a' && ch <= 'f')
			d = ch - 'a' + 10;
		else if (base == 16 && ch >= 'A' && ch <= 'F')
			d = ch - 'A' + 10;
		else
			return -1;
		if (v > (UINT64_MAX - (uint64_t)d) / (uint64_t)base)
			return -1;
		v = v * (uint64_t)base + (uint64_t)d;
		digits++;
	}
	if (digits == 0)
		return -1;
	*out = v;
	return 0;
}

static int get_number(struct loader *ld, struct fy_node *n, const char *path,
		      uint64_t max, const char *what, uint64_t *out)
{
	char found[64];
	const char *s;
	size_t len;

	if (n != NULL && fy_node_get_type(n) == FYNT_SCALAR && !fy_node_is_null(n)) {
		s = fy_node_get_scalar(n, &len);
		if (parse_number(s, len, out) == 0 && *out <= max)
			return 0;
	}
	describe(n, found, sizeof found);
	return fail_at(ld, n, path, "expected %s, found %s", what, found);
}

static int get_bool(struct loader *ld, struct fy_node *n, const char *path,
		    int *out)
{
	static const char *const yes[] = { "true", "yes", "on" };
	static const char *const no[] = { "false", "no", "off" };
	char found[64];
	const char *s;
	size_t len, i;

	if (n != NULL && fy_node_get_type(n) == FYNT_SCALAR) {
		s = fy_node_get_scalar(n, &len);
		for (i = 0; i < 3; i++) {
			if (strlen(yes[i]) == len && strncasecmp(s, yes[i], len) == 0) {
				*out = 1;
				return 0;
			}
			if (strlen(no[i]) == len && strncasecmp(s, no[i], len) == 0) {
				*out = 0;
				return 0;
			}
		}
	}
	describe(n, found, sizeof found);
	return fail_at(ld, n, path, "expected true or false, found %s", found);
}

/* A list of strings; a lone string is taken as a list of one when
 * allow_single is set (text: "Cluster Server"). */
static int get_string_list(struct loader *ld, struct fy_node *n,
			   const char *path, int allow_single, char ***out,
			   size_t *n_out)
{
	char found[64], ipath[PATH_MAX_LEN];
	struct fy_node *item;
	void *it = NULL;
	size_t count, i = 0;
	int rc;

	if (n != NULL && allow_single && fy_node_get_type(n) == FYNT_SCALAR &&
	    !is_empty_scalar(n)) {
		*out = calloc(1, sizeof **out);
		if (*out == NULL)
			return kb_errorf(ld->err, KB_ENOMEM, "out of memory");
		*n_out = 1;
		return get_string(ld, n, path, &(*out)[0]);
	}
	if (n == NULL || fy_node_get_type(n) != FYNT_SEQUENCE) {
		describe(n, found, sizeof found);
		return fail_at(ld, n, path, "expected a list of strings, found %s", found);
	}
	count = (size_t)fy_node_sequence_item_count(n);
	*out = calloc(count + 1, sizeof **out);
	if (*out == NULL)
		return kb_errorf(ld->err, KB_ENOMEM, "out of memory");
	while ((item = fy_node_sequence_iterate(n, &it)) != NULL) {
		index_path(ipath, path, (int)i);
		rc = get_string(ld, item, ipath, &(*out)[i]);
		i++;
		*n_out = i;
		if (rc != 0)
			return rc;
	}
	return 0;
}

/* ---- mappings --------------------------------------------------------- */

struct field_spec {
	const char *const *allowed;   /* NULL-terminated */
	const char *const *required;  /* NULL-terminated, may be NULL */
};

/* The pair whose key is the scalar name.  libfyaml's lookup by string
 * parses the key as a YAML document of its own on every call (a parser
 * set up and torn down per field): at 10,000 rules that was most of the
 * time spent loading them.  Comparing the keys' text is the same test for
 * the scalar keys rules use. */
static struct fy_node_pair *find_pair(struct fy_node *map, const char *name)
{
	struct fy_node_pair *pair;
	void *iter = NULL;
	size_t len = strlen(name);

	if (map == NULL || !fy_node_is_mapping(map))
		return NULL;
	while ((pair = fy_node_mapping_iterate(map, &iter)) != NULL) {
		struct fy_node *key = fy_node_pair_key(pair);
		const char *text;
		size_t text_len = 0;

		if (key == NULL || !fy_node_is_scalar(key))
			continue;
		text = fy_node_get_scalar(key, &text_len);
		if (text != NULL && text_len == len && memcmp(text, name, len) == 0)
			return pair;
	}
	return NULL;
}

static void list_names(const char *const *names, char *buf, size_t size)
{
	size_t used = 0;

	buf[0] = '\0';
	for (; *names != NULL && used + 1 < size; names++)
		used += (size_t)snprintf(buf + used, size - used, "%s%s",
					 used > 0 ? ", " : "", *names);
}

static int check_mapping(struct loader *ld, struct fy_node *n, const char *path,
			 const struct field_spec *spec)
{
	char found[64], names[400], key[80];
	struct fy_node_pair *pair;
	const char *const *f;
	void *it = NULL;

	if (n == NULL || fy_node_get_type(n) != FYNT_MAPPING) {
		describe(n, found, sizeof found);
		return fail_at(ld, n, path, "expected a mapping, found %s", found);
	}
	while ((pair = fy_node_mapping_iterate(n, &it)) != NULL) {
		struct fy_node *k = fy_node_pair_key(pair);
		const char *s;
		size_t len;
		int known = 0;

		if (k == NULL || fy_node_get_type(k) != FYNT_SCALAR) {
			describe(k, found, sizeof found);
			return fail_at(ld, k, path, "expected a field name, found %s", found);
		}
		s = fy_node_get_scalar(k, &len);
		for (f = spec->allowed; *f != NULL; f++)
			if (strlen(*f) == len && memcmp(*f, s, len) == 0)
				known = 1;
		if (!known) {
			char kpath[PATH_MAX_LEN];
			list_names(spec->allowed, names, sizeof names);
			snprintf(key, sizeof key, "%.*s", (int)(len > 60 ? 60 : len), s);
			join_path(kpath, path, key);
			return fail_at(ld, k, kpath, "unknown field (expected one of: %s)",
				       names);
		}
	}
	for (f = spec->required; f != NULL && *f != NULL; f++) {
		if (find_pair(n, *f) == NULL) {
			char fpath[PATH_MAX_LEN];
			join_path(fpath, path, *f);
			return fail_at(ld, n, fpath, "required field is missing");
		}
	}
	return 0;
}

static struct fy_node *field(struct fy_node *map, const char *name)
{
	struct fy_node_pair *pair = find_pair(map, name);

	return pair != NULL ? fy_node_pair_value(pair) : NULL;
}

/* The key node of a field, to point at the field's name. */
static struct fy_node *field_key(struct fy_node *map, const char *name)
{
	struct fy_node_pair *pair;

	pair = find_pair(map, name);
	return pair != NULL ? fy_node_pair_key(pair) : NULL;
}

/* Optional string field: leaves *out NULL when absent. */
static int opt_string(struct loader *ld, struct fy_node *map, const char *base,
		      const char *name, char **out)
{
	char path[PATH_MAX_LEN];
	struct fy_node *n = field(map, name);

	if (n == NULL)
		return 0;
	join_path(path, base, name);
	return get_string(ld, n, path, out);
}

static int req_string(struct loader *ld, struct fy_node *map, const char *base,
		      const char *name, char **out)
{
	char path[PATH_MAX_LEN];

	join_path(path, base, name);
	return get_string(ld, field(map, name), path, out);
}

/* ---- provenance: cite / inferred --------------------------------------- */

/* Article line numbers are kept well inside an int. */
#define CITE_LINE_MAX 10000000

/* One "57" or "57-61" in s[0..len); 0 or -1 when it is not that form. */
static int parse_line_range(const char *s, size_t len, struct rule_line_range *r)
{
	const char *dash;
	uint64_t a, b;

	while (len > 0 && (*s == ' ' || *s == '\t'))
		s++, len--;
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
		len--;
	dash = memchr(s, '-', len);
	if (dash == NULL) {
		if (parse_number(s, len, &a) != 0 || (len > 1 && s[1] == 'x'))
			return -1;
		b = a;
	} else {
		size_t la = (size_t)(dash - s), lb = len - la - 1;
		while (la > 0 && s[la - 1] == ' ')
			la--;
		while (lb > 0 && dash[1] == ' ')
			dash++, lb--;
		if (parse_number(s, la, &a) != 0 || parse_number(dash + 1, lb, &b) != 0 ||
		    memchr(s, 'x', len) != NULL || memchr(s, 'X', len) != NULL)
			return -1;
	}
	if (a > CITE_LINE_MAX || b > CITE_LINE_MAX)
		return -1;
	r->first = (int)a;
	r->last = (int)b;
	return 0;
}

static int cite_push(struct loader *ld, struct rule_cite *c,
		     const struct rule_line_range *r)
{
	struct rule_line_range *grown;

	grown = realloc(c->ranges, (c->n_ranges + 1) * sizeof *grown);
	if (grown == NULL)
		return kb_errorf(ld->err, KB_ENOMEM, "%s: out of memory", ld->name);
	c->ranges = grown;
	c->ranges[c->n_ranges++] = *r;
	return 0;
}

/* A scalar holding "57", "57-61" or "57-61, 80": its ranges appended. */
static int cite_scalar(struct loader *ld, struct fy_node *n, const char *path,
		       struct rule_cite *c)
{
	struct rule_line_range r;
	char found[64];
	const char *s, *comma;
	size_t len, part;
	int rc;

	if (n == NULL || fy_node_get_type(n) != FYNT_SCALAR || is_empty_scalar(n))
		goto bad;
	s = fy_node_get_scalar(n, &len);
	while (len > 0) {
		comma = memchr(s, ',', len);
		part = comma != NULL ? (size_t)(comma - s) : len;
		if (parse_line_range(s, part, &r) != 0)
			goto bad;
		if (r.first < 1)
			return fail_at(ld, n, path,
				       "expected article line numbers from 1, found %d", r.first);
		if (r.last < r.first)
			return fail_at(ld, n, path,
				       "expected a range that goes up (%d-%d), found %d-%d",
				       r.last, r.first, r.first, r.last);
		if (c->n_ranges > 0 && r.first <= c->ranges[c->n_ranges - 1].last)
			return fail_at(ld, n, path,
				       "expected ascending line ranges that do not overlap, found %d after %d",
				       r.first, c->ranges[c->n_ranges - 1].last);
		if ((rc = cite_push(ld, c, &r)) != 0)
			return rc;
		if (comma == NULL)
			break;
		len -= part + 1;
		s = comma + 1;
		if (len == 0)
			goto bad;
	}
	return 0;
bad:
	describe(n, found, sizeof found);
	return fail_at(ld, n, path,
		       "expected article line numbers (57, 57-61 or [57-61, 80]), found %s",
		       found);
}

/* The fact's source: cite_name (line numbers, a list of them) or
 * inferred_name (kbwiz's reason), never both.  Neither is accepted here
 * (drafts and older rules load); `kb verify` reports such facts. */
static int parse_provenance(struct loader *ld, struct fy_node *map,
			    const char *base, const char *cite_name,
			    const char *inferred_name, struct rule_cite *c)
{
	struct fy_node *cn = field(map, cite_name), *in = field(map, inferred_name);
	struct fy_node *item;
	char p[PATH_MAX_LEN], ip[PATH_MAX_LEN];
	void *it = NULL;
	int rc, i = 0, col = 0;

	if (cn != NULL && in != NULL)
		return fail_at(ld, field_key(map, inferred_name), base,
			       "expected only one of '%s' (the article's lines) and '%s' (kbwiz's own reason)",
			       cite_name, inferred_name);
	if (in != NULL) {
		join_path(p, base, inferred_name);
		node_mark(field_key(map, inferred_name), &c->line, &col);
		return get_string(ld, in, p, &c->inferred);
	}
	if (cn == NULL)
		return 0;
	join_path(p, base, cite_name);
	node_mark(field_key(map, cite_name), &c->line, &col);
	if (fy_node_get_type(cn) != FYNT_SEQUENCE)
		return cite_scalar(ld, cn, p, c);
	if (fy_node_sequence_item_count(cn) == 0)
		return fail_at(ld, cn, p, "expected at least one line number, found an empty list");
	while ((item = fy_node_sequence_iterate(cn, &it)) != NULL) {
		index_path(ip, p, i++);
		if ((rc = cite_scalar(ld, item, ip, c)) != 0)
			return rc;
	}
	return 0;
}

/* ids name things across the rule (a fix names its check): keep them to
 * letters, digits and - _ . so they read well on the command line. */
/* Ids are kept in fixed fields (the store's summaries, the session's
 * chosen rule and fix records): RULE_ID_MAX bytes at most. */
#define RULE_ID_MAX 63

static int valid_id(const char *s)
{
	if (*s == '\0' || strlen(s) > RULE_ID_MAX)
		return 0;
	for (; *s != '\0'; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
		      (*s >= '0' && *s <= '9') || *s == '-' || *s == '_' || *s == '.'))
			return 0;
	return 1;
}

static int get_id(struct loader *ld, struct fy_node *map, const char *base,
		  char **out)
{
	char path[PATH_MAX_LEN];
	int rc;

	join_path(path, base, "id");
	rc = get_string(ld, field(map, "id"), path, out);
	if (rc == 0 && !valid_id(*out))
		return fail_at(ld, field(map, "id"), path,
			       "expected an id of at most 63 letters, digits, '-', '_' or '.', found '%s'",
			       *out);
	return rc;
}

/* Sequences of mappings share one walk: allocate the array and call
 * parse_one on each item. */
typedef int (*item_fn)(struct loader *ld, struct fy_node *n, const char *path,
		       void *item);

static int get_list_of(struct loader *ld, struct fy_node *n, const char *path,
		       size_t item_size, item_fn parse_one, void **out,
		       size_t *n_out, int required_nonempty)
{
	char found[64], ipath[PATH_MAX_LEN];
	struct fy_node *item;
	void *it = NULL;
	size_t count, i = 0;
	int rc;

	if (n == NULL || fy_node_get_type(n) != FYNT_SEQUENCE) {
		describe(n, found, sizeof found);
		return fail_at(ld, n, path, "expected a list, found %s", found);
	}
	count = (size_t)fy_node_sequence_item_count(n);
	if (count == 0 && required_nonempty)
		return fail_at(ld, n, path, "expected at least one entry, found an empty list");
	*out = calloc(count + 1, item_size);
	if (*out == NULL)
		return kb_errorf(ld->err, KB_ENOMEM, "out of memory");
	while ((item = fy_node_sequence_iterate(n, &it)) != NULL) {
		index_path(ipath, path, (int)i);
		rc = parse_one(ld, item, ipath, (char *)*out + i * item_size);
		i++;
		*n_out = i;
		if (rc != 0)
			return rc;
	}
	return 0;
}

static int line_of(struct fy_node *n)
{
	int line = 0, col = 0;

	return node_mark(n, &line, &col) == 0 ? line : 0;
}

/* ---- products ---------------------------------------------------------- */

/* A version range as products use it: "4.0", "5.0-5.2", "6.0+"; each
 * end a number with at most one dot ("3.51"). */
static int valid_version_number(const char *s, size_t len)
{
	size_t i, dots = 0, digits = 0;

	for (i = 0; i < len; i++) {
		if (s[i] == '.') {
			if (digits == 0 || ++dots > 1)
				return 0;
			digits = 0;
		} else if (s[i] >= '0' && s[i] <= '9') {
			if (++digits > 4)
				return 0;
		} else {
			return 0;
		}
	}
	return len > 0 && digits > 0;
}

static int valid_version_range(const char *s)
{
	const char *dash = strchr(s, '-');
	size_t len = strlen(s);

	if (len > 0 && s[len - 1] == '+')
		return valid_version_number(s, len - 1);
	if (dash != NULL)
		return valid_version_number(s, (size_t)(dash - s)) &&
		       valid_version_number(dash + 1, strlen(dash + 1));
	return valid_version_number(s, len);
}

static int check_ranges(struct loader *ld, struct fy_node *n, const char *path,
			char **v, size_t count, const char *what)
{
	char ipath[PATH_MAX_LEN];
	size_t i;

	for (i = 0; i < count; i++)
		if (!valid_version_range(v[i])) {
			struct fy_node *item = fy_node_get_type(n) == FYNT_SEQUENCE ?
				fy_node_sequence_get_by_index(n, (int)i) : n;
			index_path(ipath, path, (int)i);
			return fail_at(ld, item, fy_node_get_type(n) == FYNT_SEQUENCE ? ipath : path,
				       "expected %s (\"4.0\", \"5.0-5.2\", \"6.0+\"; \"0\", \"4-6\" for service packs), found '%s'",
				       what, v[i]);
		}
	return 0;
}

static int parse_product(struct loader *ld, struct fy_node *n, const char *path,
			 void *item)
{
	static const char *const allowed[] = { "name", "versions", "windows", "role",
					       "edition", "service-pack", NULL };
	static const char *const required[] = { "name", NULL };
	static const struct field_spec spec = { allowed, required };
	static const char *const roles[] = { "workstation", "server", "domain-controller", NULL };
	struct rule_product *p = item;
	char vpath[PATH_MAX_LEN];
	size_t i;
	int rc;

	if ((rc = check_mapping(ld, n, path, &spec)) != 0 ||
	    (rc = req_string(ld, n, path, "name", &p->name)) != 0)
		return rc;
	if (field(n, "versions") != NULL) {
		join_path(vpath, path, "versions");
		if ((rc = get_string_list(ld, field(n, "versions"), vpath, 1,
					  &p->versions, &p->n_versions)) != 0)
			return rc;
	}
	if (field(n, "windows") != NULL) {
		join_path(vpath, path, "windows");
		if ((rc = get_string_list(ld, field(n, "windows"), vpath, 1,
					  &p->windows, &p->n_windows)) != 0 ||
		    (rc = check_ranges(ld, field(n, "windows"), vpath, p->windows,
				       p->n_windows, "a Windows version range")) != 0)
			return rc;
		if (p->n_windows == 0)
			return fail_at(ld, field(n, "windows"), vpath,
				       "expected at least one Windows version, found an empty list");
	} else {
		/* role, edition and service pack describe a Windows: without
		 * its version they would silently never be looked at. */
		static const char *const needs[] = { "role", "edition", "service-pack", NULL };
		for (i = 0; needs[i] != NULL; i++)
			if (field(n, needs[i]) != NULL) {
				join_path(vpath, path, needs[i]);
				return fail_at(ld, field(n, needs[i]), vpath,
					       "needs 'windows' beside it (the Windows version this product is)");
			}
	}
	if ((rc = opt_string(ld, n, path, "role", &p->role)) != 0 ||
	    (rc = opt_string(ld, n, path, "edition", &p->edition)) != 0)
		return rc;
	if (p->role != NULL) {
		for (i = 0; roles[i] != NULL && strcmp(roles[i], p->role) != 0; i++)
			;
		if (roles[i] == NULL) {
			join_path(vpath, path, "role");
			return fail_at(ld, field(n, "role"), vpath,
				       "expected workstation, server or domain-controller, found '%s'",
				       p->role);
		}
	}
	if (field(n, "service-pack") != NULL) {
		join_path(vpath, path, "service-pack");
		if ((rc = get_string_list(ld, field(n, "service-pack"), vpath, 1,
					  &p->service_packs, &p->n_service_packs)) != 0 ||
		    (rc = check_ranges(ld, field(n, "service-pack"), vpath, p->service_packs,
				       p->n_service_packs, "a service pack number or range")) != 0)
			return rc;
	}
	return 0;
}

/* ---- symptoms ---------------------------------------------------------- */

/* "10m", "90s", "2h", "1d" or bare seconds into *seconds; -1 when not
 * that form or not above zero. */
static int parse_duration(const char *s, size_t len, int64_t *seconds)
{
	uint64_t v, unit = 1;

	while (len > 0 && s[len - 1] == ' ')
		len--;
	if (len > 0) {
		switch (s[len - 1]) {
		case 's': unit = 1; len--; break;
		case 'm': unit = 60; len--; break;
		case 'h': unit = 3600; len--; break;
		case 'd': unit = 86400; len--; break;
		default: break;
		}
	}
	if (len == 0 || (len > 1 && s[1] == 'x') || parse_number(s, len, &v) != 0 ||
	    v == 0 || v > 366u * 86400u / unit)
		return -1;
	*seconds = (int64_t)(v * unit);
	return 0;
}

/* An event symptom's count and time window: "7023 at least twice within
 * 10 minutes" is count: 2, within: 10m.  A window needs a count of two
 * or more, or it says nothing. */
static int parse_event_window(struct loader *ld, struct fy_node *n,
			      const char *path, struct rule_symptom *s)
{
	struct fy_node *w = field(n, "within");
	char p[PATH_MAX_LEN], found[64];
	const char *txt;
	size_t len;
	uint64_t v;
	int rc;

	s->min_count = 1;
	if (field(n, "count") != NULL) {
		join_path(p, path, "count");
		if ((rc = get_number(ld, field(n, "count"), p, 100000,
				     "a number of events (1-100000)", &v)) != 0)
			return rc;
		if (v == 0)
			return fail_at(ld, field(n, "count"), p,
				       "expected a number of events (1-100000), found 0");
		s->min_count = (unsigned)v;
	}
	if (w == NULL)
		return 0;
	join_path(p, path, "within");
	txt = fy_node_get_type(w) == FYNT_SCALAR ? fy_node_get_scalar(w, &len) : NULL;
	if (txt == NULL || parse_duration(txt, len, &s->within_seconds) != 0) {
		describe(w, found, sizeof found);
		return fail_at(ld, w, p,
			       "expected a time window (90s, 10m, 2h, 1d; at most a year), found %s",
			       found);
	}
	if (s->min_count < 2)
		return fail_at(ld, field_key(n, "within"), p,
			       "a time window needs 'count' of 2 or more (how many events within it)");
	return 0;
}

static int parse_event(struct loader *ld, struct fy_node *n, const char *path,
		       struct rule_symptom *s)
{
	static const char *const allowed[] = { "log", "id", "source", "text",
					       "error", "message", "count",
					       "within", NULL };
	static const char *const required[] = { "log", "id", "source", NULL };
	static const struct field_spec spec = { allowed, required };
	char p[PATH_MAX_LEN];
	uint64_t v;
	int rc;

	if ((rc = check_mapping(ld, n, path, &spec)) != 0 ||
	    (rc = req_string(ld, n, path, "log", &s->log)) != 0 ||
	    (rc = req_string(ld, n, path, "source", &s->source)) != 0)
		return rc;
	join_path(p, path, "id");
	if ((rc = get_number(ld, field(n, "id"), p, 65535,
			     "an event ID (0-65535)", &v)) != 0)
		return rc;
	s->event_id = (unsigned)v;
	if (field(n, "text") != NULL) {
		join_path(p, path, "text");
		if ((rc = get_string_list(ld, field(n, "text"), p, 1, &s->text,
					  &s->n_text)) != 0)
			return rc;
	}
	if (field(n, "error") != NULL) {
		join_path(p, path, "error");
		if ((rc = get_number(ld, field(n, "error"), p, 0xFFFFFFFFu,
				     "an error code (decimal or 0x hex)", &v)) != 0)
			return rc;
		s->error_code = (unsigned)v;
	}
	if ((rc = parse_event_window(ld, n, path, s)) != 0)
		return rc;
	return opt_string(ld, n, path, "message", &s->message);
}

static int parse_error_symptom(struct loader *ld, struct fy_node *n,
			       const char *path, struct rule_symptom *s)
{
	static const char *const allowed[] = { "code", "message", NULL };
	static const char *const required[] = { "code", "message", NULL };
	static const struct field_spec spec = { allowed, required };
	char p[PATH_MAX_LEN];
	uint64_t v;
	int rc;

	if ((rc = check_mapping(ld, n, path, &spec)) != 0)
		return rc;
	join_path(p, path, "code");
	if ((rc = get_number(ld, field(n, "code"), p, 0xFFFFFFFFu,
			     "an error code (decimal or 0x hex)", &v)) != 0)
		return rc;
	s->error_code = (unsigned)v;
	return req_string(ld, n, path, "message", &s->message);
}

/* Exactly one of the given fields must be present; returns its index. */
static int one_of(struct loader *ld, struct fy_node *map, const char *path,
		  const char *const *kinds, int *which)
{
	char names[200];
	int i, seen = -1;

	for (i = 0; kinds[i] != NULL; i++) {
		if (field(map, kinds[i]) == NULL)
			continue;
		if (seen >= 0)
			return fail_at(ld, field_key(map, kinds[i]), path,
				       "expected only one of '%s' and '%s'",
				       kinds[seen], kinds[i]);
		seen = i;
	}
	if (seen < 0) {
		list_names(kinds, names, sizeof names);
		return fail_at(ld, map, path, "expected one of: %s", names);
	}
	*which = seen;
	return 0;
}

static int parse_symptom(struct loader *ld, struct fy_node *n, const char *path,
			 void *item)
{
	static const char *const allowed[] = { "id", "description", "event",
					       "error", "question", "cite",
					       "inferred", NULL };
	static const char *const required[] = { "id", NULL };
	static const struct field_spec spec = { allowed, required };
	static const char *const kinds[] = { "event", "error", "question", NULL };
	struct rule_symptom *s = item;
	char p[PATH_MAX_LEN];
	int rc, which;

	s->line = line_of(n);
	if ((rc = check_mapping(ld, n, path, &spec)) != 0 ||
	    (rc = get_id(ld, n, path, &s->id)) != 0 ||
	    (rc = opt_string(ld, n, path, "description", &s->description)) != 0 ||
	    (rc = one_of(ld, n, path, kinds, &which)) != 0 ||
	    (rc = parse_provenance(ld, n, path, "cite", "inferred", &s->cite)) != 0)
		return rc;
	join_path(p, path, kinds[which]);
	switch (which) {
	case 0:
		s->kind = SYMPTOM_EVENT;
		return parse_event(ld, field(n, "event"), p, s);
	case 1:
		s->kind = SYMPTOM_ERROR;
		return parse_error_symptom(ld, field(n, "error"), p, s);
	default:
		s->kind = SYMPTOM_QUESTION;
		return get_string(ld, field(n, "question"), p, &s->question);
	}
}

/* ---- log evidence ------------------------------------------------------ */

static int check_regex(struct loader *ld, struct fy_node *n, const char *path,
		       const char *re)
{
	pcre2_code *code;
	PCRE2_UCHAR msg[200];
	PCRE2_SIZE off;
	int errcode;

	code = pcre2_compile((PCRE2_SPTR)re, PCRE2_ZERO_TERMINATED, PCRE2_UTF,
			     &errcode, &off, NULL);
	if (code != NULL) {
		pcre2_code_free(code);
		return 0;
	}
	pcre2_get_error_message(errcode, msg, sizeof msg);
	return fail_at(ld, n, path, "expected a valid regular expression, found '%s' (%s at offset %zu)",
		       re, (const char *)msg, (size_t)off);
}

static int parse_pattern(struct loader *ld, struct fy_node *n, const char *path,
			 void *item)
{
	static const char *const allowed[] = { "literal", "regex", "cite",
					       "inferred", NULL };
	static const char *const kinds[] = { "literal", "regex", NULL };
	static const struct field_spec spec = { allowed, NULL };
	struct rule_pattern *p = item;
	char fp[PATH_MAX_LEN];
	int rc, which;

	p->line = line_of(n);
	if ((rc = check_mapping(ld, n, path, &spec)) != 0 ||
	    (rc = one_of(ld, n, path, kinds, &which)) != 0 ||
	    (rc = parse_provenance(ld, n, path, "cite", "inferred", &p->cite)) != 0)
		return rc;
	p->is_regex = which == 1;
	join_path(fp, path, kinds[which]);
	if ((rc = get_string(ld, field(n, allowed[which]), fp, &p->text)) != 0)
		return rc;
	return p->is_regex ? check_regex(ld, field(n, "regex"), fp, p->text) : 0;
}

static int parse_evidence(struct loader *ld, struct fy_node *n, const char *path,
			  void *item)
{
	static const char *const allowed[] = { "id", "description", "log",
					       "sequence", "patterns", "cite",
					       "inferred", NULL };
	static const char *const required[] = { "id", "log", "patterns", NULL };
	static const struct field_spec spec = { allowed, required };
	struct rule_evidence *e = item;
	char p[PATH_MAX_LEN], *kind = NULL;
	int rc;

	e->line = line_of(n);
	if ((rc = check_mapping(ld, n, path, &spec)) != 0 ||
	    (rc = get_id(ld, n, path, &e->id)) != 0 ||
	    (rc = opt_string(ld, n, path, "description", &e->description)) != 0 ||
	    (rc = parse_provenance(ld, n, path, "cite", "inferred", &e->cite)) != 0 ||
	    (rc = req_string(ld, n, path, "log", &kind)) != 0)
		goto out;
	if (strcmp(kind, "cluster") == 0) {
		e->log = LOG_CLUSTER;
	} else if (strcmp(kind, "text") == 0) {
		e->log = LOG_TEXT;
	} else {
		join_path(p, path, "log");
		rc = fail_at(ld, field(n, "log"), p,
			     "expected 'cluster' or 'text', found '%s'", kind);
		goto out;
	}
	if (field(n, "sequence") != NULL) {
		join_path(p, path, "sequence");
		if ((rc = get_bool(ld, field(n, "sequence"), p, &e->sequence)) != 0)
			goto out;
	}
	join_path(p, path, "patterns");
	rc = get_list_of(ld, field(n, "patterns"), p, sizeof(struct rule_pattern),
			 parse_pattern, (void **)&e->patterns, &e->n_patterns, 1);
out:
	free(kind);
	return rc;
}

/* ---- registry checks --------------------------------------------------- */

static const struct {
	const char *name;
	enum check_expect expect;
} expect_names[] = {
	{ "key-exists", EXPECT_KEY_EXISTS },
	{ "key-absent", EXPECT_KEY_ABSENT },
	{ "equals", EXPECT_VALUE_EQUALS },
	{ "contains", EXPECT_MULTI_SZ_CONTAINS },
	{ "in-range", EXPECT_DWORD_RANGE },
	{ "value-absent", EXPECT_VALUE_ABSENT },
	{ "not-contains", EXPECT_NOT_CONTAINS },
};

static int is_string_type(enum kb_reg_type t)
{
	return t == KB_REG_SZ || t == KB_REG_EXPAND_SZ || t == KB_REG_MULTI_SZ;
}

/* REG_BINARY data: hex bytes as an article or regedit writes them, read
 * by rule_hex_scan() (the grammar is in rule.h); here each fault is told
 * with the file and line.  Into c->bytes, and c->data rewritten in the
 * one form results and reports show ("01 00 0a ff"). */
static int get_hex_bytes(struct loader *ld, struct fy_node *n, const char *path,
			 struct rule_check *c)
{
	const char *s = c->data;
	size_t len = strlen(s);
	/* Room for the bytes kept: the text holds no more than len / 2. */
	size_t room = len / 2 < RULE_BINARY_MAX ? len / 2 + 1 : RULE_BINARY_MAX;
	struct rule_hex_scan r;
	char *text;

	if ((c->bytes = malloc(room)) == NULL)
		return kb_errorf(ld->err, KB_ENOMEM, "out of memory");
	switch (rule_hex_scan(s, len, c->bytes, RULE_BINARY_MAX, &r)) {
	case RULE_HEX_OK:
		break;
	case RULE_HEX_BAD_CHAR:
		return fail_at(ld, n, path,
			       "REG_BINARY data is hex bytes (\"01 00 0a ff\", \"01,00,0a,ff\" or \"01000aff\"); '%.40s' has '%c' at character %zu, not a hex digit",
			       s, *r.at, (size_t)(r.at - s) + 1);
	case RULE_HEX_ODD_DIGITS:
		return fail_at(ld, n, path,
			       "REG_BINARY data is whole bytes of two hex digits; '%.40s' has an odd count of digits (%zu) before %s",
			       s, r.run, r.at == s + len ? "its end" : "a separator");
	case RULE_HEX_EMPTY:
		return fail_at(ld, n, path, "REG_BINARY data holds no bytes: write them as hex (\"01 00 0a ff\")");
	case RULE_HEX_TOO_MANY:
		return fail_at(ld, n, path,
			       "REG_BINARY data holds %zu bytes, more than the %d a rule may write: a value that large is no setting an article gives, and Windows reads data over 16344 bytes from a record hivex does not write",
			       r.n, RULE_BINARY_MAX);
	}
	c->n_bytes = r.n;
	c->bytes_joined = r.joined;
	if ((text = rule_bytes_text(c->bytes, c->n_bytes, 0)) == NULL)
		return kb_errorf(ld->err, KB_ENOMEM, "out of memory");
	free(c->data);
	c->data = text;
	return 0;
}

/* value-absent and not-contains: what the article asks to be gone. */
static int check_negative(struct loader *ld, struct fy_node *n,
			  const char *path, struct rule_check *c)
{
	static const char *const extra_absent[] = { "type", "data", "min", "max", NULL };
	static const char *const extra_not[] = { "min", "max", NULL };
	const char *ename = check_expect_name(c->expect);
	const char *const *f;
	char p[PATH_MAX_LEN];

	if (c->value == NULL)
		return fail_at(ld, n, path, "missing required field 'value' (a '%s' check names a value)",
			       ename);
	for (f = c->expect == EXPECT_VALUE_ABSENT ? extra_absent : extra_not; *f != NULL; f++)
		if (field(n, *f) != NULL) {
			join_path(p, path, *f);
			return fail_at(ld, field(n, *f), p, "a '%s' check takes no '%s'; remove it",
				       ename, *f);
		}
	if (c->expect == EXPECT_VALUE_ABSENT)
		return 0;
	if (field(n, "type") == NULL)
		c->type = KB_REG_MULTI_SZ;
	if (c->type != KB_REG_MULTI_SZ && c->type != KB_REG_SZ && c->type != KB_REG_EXPAND_SZ) {
		join_path(p, path, "type");
		return fail_at(ld, field(n, "type"), p,
			       "expected REG_MULTI_SZ, REG_SZ or REG_EXPAND_SZ for a 'not-contains' check, found %s",
			       kb_reg_type_name(c->type));
	}
	if (field(n, "data") == NULL)
		return fail_at(ld, n, path, "missing required field 'data' (the entry or text that must not be there)");
	return 0;
}

/* Which fields each expectation needs and allows: checked after the
 * generic walk so the message can say what this kind of check wants. */
static int check_consistency(struct loader *ld, struct fy_node *n,
			     const char *path, struct rule_check *c)
{
	char p[PATH_MAX_LEN];
	uint64_t v;
	int rc;
	const char *ename = check_expect_name(c->expect);

	switch (c->expect) {
	case EXPECT_KEY_EXISTS:
	case EXPECT_KEY_ABSENT: {
		static const char *const extra[] = { "value", "type", "data",
						     "min", "max", NULL };
		const char *const *f;
		for (f = extra; *f != NULL; f++)
			if (field(n, *f) != NULL) {
				join_path(p, path, *f);
				return fail_at(ld, field(n, *f), p,
					       "a '%s' check looks at a key only; remove '%s'",
					       ename, *f);
			}
		return 0;
	}
	case EXPECT_VALUE_ABSENT:
	case EXPECT_NOT_CONTAINS:
		return check_negative(ld, n, path, c);
	case EXPECT_VALUE_EQUALS:
	case EXPECT_MULTI_SZ_CONTAINS:
	case EXPECT_DWORD_RANGE:
		break;
	}
	if (c->value == NULL)
		return fail_at(ld, n, path, "missing required field 'value' (a '%s' check reads a value)",
			       ename);
	if (c->expect == EXPECT_MULTI_SZ_CONTAINS) {
		if (field(n, "type") == NULL)
			c->type = KB_REG_MULTI_SZ;
		if (c->type != KB_REG_MULTI_SZ) {
			join_path(p, path, "type");
			return fail_at(ld, field(n, "type"), p,
				       "expected REG_MULTI_SZ for a 'contains' check, found %s",
				       kb_reg_type_name(c->type));
		}
		if (field(n, "data") == NULL)
			return fail_at(ld, n, path, "missing required field 'data' (the entry that must be in the list)");
		return 0;
	}
	if (c->expect == EXPECT_DWORD_RANGE) {
		if (field(n, "type") == NULL)
			c->type = KB_REG_DWORD;
		if (!kb_reg_type_is_number(c->type)) {
			join_path(p, path, "type");
			return fail_at(ld, field(n, "type"), p,
				       "expected REG_DWORD or REG_QWORD for an 'in-range' check, found %s",
				       kb_reg_type_name(c->type));
		}
		if (field(n, "min") == NULL || field(n, "max") == NULL)
			return fail_at(ld, n, path, "missing required field '%s' (an 'in-range' check needs min and max)",
				       field(n, "min") == NULL ? "min" : "max");
		join_path(p, path, "min");
		if ((rc = get_number(ld, field(n, "min"), p, UINT64_MAX, "a number", &c->min)) != 0)
			return rc;
		join_path(p, path, "max");
		if ((rc = get_number(ld, field(n, "max"), p, UINT64_MAX, "a number", &c->max)) != 0)
			return rc;
		if (c->min > c->max)
			return fail_at(ld, field(n, "max"), p,
				       "expected max >= min (%llu), found %llu",
				       (unsigned long long)c->min, (unsigned long long)c->max);
		return 0;
	}
	/* equals */
	if (field(n, "type") == NULL)
		return fail_at(ld, n, path, "missing required field 'type' (an 'equals' check compares typed data)");
	if (field(n, "data") == NULL)
		return fail_at(ld, n, path, "missing required field 'data'");
	if (kb_reg_type_is_number(c->type)) {
		join_path(p, path, "data");
		if ((rc = get_number(ld, field(n, "data"), p,
				     c->type == KB_REG_QWORD ? UINT64_MAX : 0xFFFFFFFFu,
				     "a number (decimal or 0x hex) for this type", &v)) != 0)
			return rc;
		c->number = v;
	} else if (c->type == KB_REG_BINARY) {
		join_path(p, path, "data");
		return get_hex_bytes(ld, field(n, "data"), p, c);
	} else if (!is_string_type(c->type)) {
		join_path(p, path, "type");
		return fail_at(ld, field(n, "type"), p,
			       "expected a string, number or REG_BINARY type for an 'equals' check, found %s",
			       kb_reg_type_name(c->type));
	}
	return 0;
}

/* match: all|any (only with a wildcard key) and when-symptom. */
static int parse_check_v2(struct loader *ld, struct fy_node *n, const char *path,
			  struct rule_check *c)
{
	char p[PATH_MAX_LEN], *m = NULL;
	int rc = 0;

	join_path(p, path, "match");
	if (field(n, "match") != NULL) {
		if ((rc = get_string(ld, field(n, "match"), p, &m)) != 0)
			return rc;
		if (strcmp(m, "all") != 0 && strcmp(m, "any") != 0)
			rc = fail_at(ld, field(n, "match"), p, "expected all or any, found '%s'", m);
		else if (!rule_key_has_wildcard(c->key))
			rc = fail_at(ld, field(n, "match"), p,
				     "'match' says how the keys a '*' matches are judged; key '%s' has no '*' component",
				     c->key);
		c->match_any = m[0] == 'a' && m[1] == 'n';
		free(m);
		if (rc != 0)
			return rc;
	} else if (rule_key_has_wildcard(c->key)) {
		join_path(p, path, "key");
		return fail_at(ld, field(n, "key"), p,
			       "a key with a '*' component needs 'match: all' (every matching key must pass) or 'match: any' (one is enough)");
	}
	if (field(n, "if-key-exists") != NULL) {
		join_path(p, path, "if-key-exists");
		if ((rc = get_bool(ld, field(n, "if-key-exists"), p, &c->if_key_exists)) != 0)
			return rc;
		if (c->expect == EXPECT_KEY_EXISTS || c->expect == EXPECT_KEY_ABSENT)
			return fail_at(ld, field(n, "if-key-exists"), p,
				       "a '%s' check is about the key itself; 'if-key-exists' goes with value checks",
				       check_expect_name(c->expect));
	}
	if (field(n, "when-symptom") != NULL) {
		join_path(p, path, "when-symptom");
		rc = get_string_list(ld, field(n, "when-symptom"), p, 1, &c->when_symptoms,
				     &c->n_when_symptoms);
	}
	return rc;
}

static int parse_check_common(struct loader *ld, struct fy_node *n,
			      const char *path, struct rule_check *c,
			      int applicability)
{
	static const char *const allowed[] = { "id", "description", "key", "value",
					       "type", "expect", "data", "min",
					       "max", "cite", "inferred", "match",
					       "when-symptom", "if-key-exists", NULL };
	static const char *const allowed_applies[] = { "id", "description", "key",
						       "value", "type", "expect",
						       "data", "min", "max",
						       "reason", "cite", "inferred",
						       "match", NULL };
	static const char *const required[] = { "id", "key", "expect", NULL };
	const struct field_spec spec = {
		applicability ? allowed_applies : allowed, required
	};
	char p[PATH_MAX_LEN], hive[32], *expect = NULL, *type = NULL;
	const char *inside;
	size_t i;
	int rc, t;

	c->line = line_of(n);
	if ((rc = check_mapping(ld, n, path, &spec)) != 0 ||
	    (rc = get_id(ld, n, path, &c->id)) != 0 ||
	    (rc = opt_string(ld, n, path, "description", &c->description)) != 0 ||
	    (rc = req_string(ld, n, path, "key", &c->key)) != 0 ||
	    (rc = opt_string(ld, n, path, "value", &c->value)) != 0 ||
	    (rc = opt_string(ld, n, path, "reason", &c->reason)) != 0 ||
	    (rc = parse_provenance(ld, n, path, "cite", "inferred", &c->cite)) != 0 ||
	    (rc = req_string(ld, n, path, "expect", &expect)) != 0)
		goto out;
	if (rule_key_split(c->key, hive, sizeof hive, &inside) != 0 || *inside == '\0') {
		join_path(p, path, "key");
		rc = fail_at(ld, field(n, "key"), p,
			     "expected a key under HKLM\\<hive>\\ (e.g. HKLM\\SYSTEM\\CurrentControlSet\\Services), found '%s'",
			     c->key);
		goto out;
	}
	for (i = 0; i < sizeof expect_names / sizeof expect_names[0]; i++)
		if (strcmp(expect, expect_names[i].name) == 0)
			break;
	if (i == sizeof expect_names / sizeof expect_names[0]) {
		join_path(p, path, "expect");
		rc = fail_at(ld, field(n, "expect"), p,
			     "expected key-exists, key-absent, value-absent, equals, contains, not-contains or in-range, found '%s'",
			     expect);
		goto out;
	}
	c->expect = expect_names[i].expect;
	if (field(n, "type") != NULL) {
		join_path(p, path, "type");
		if ((rc = get_string(ld, field(n, "type"), p, &type)) != 0)
			goto out;
		t = kb_reg_type_from_name(type);
		if (t < 0 || t == KB_REG_NONE) {
			rc = fail_at(ld, field(n, "type"), p,
				     "expected a registry type (REG_SZ, REG_EXPAND_SZ, REG_MULTI_SZ, REG_DWORD, REG_QWORD, REG_BINARY), found '%s'",
				     type);
			goto out;
		}
		c->type = (enum kb_reg_type)t;
	}
	/* data is a string for string types; numbers are re-read by
	 * check_consistency for number types. */
	if (field(n, "data") != NULL && (rc = req_string(ld, n, path, "data", &c->data)) != 0)
		goto out;
	if ((rc = parse_check_v2(ld, n, path, c)) != 0)
		goto out;
	rc = check_consistency(ld, n, path, c);
out:
	free(expect);
	free(type);
	return rc;
}

static int parse_check(struct loader *ld, struct fy_node *n, const char *path,
		       void *item)
{
	return parse_check_common(ld, n, path, item, 0);
}

static int parse_applies(struct loader *ld, struct fy_node *n, const char *path,
			 void *item)
{
	return parse_check_common(ld, n, path, item, 1);
}

/* `applies` holds conditions that must all hold; an item `any: [...]`
 * (with its own `reason`) is a group of which one must hold.  Groups are
 * flattened into r->applies, their members marked with the group's
 * number, so that results stay one per check. */
static int parse_any_group(struct loader *ld, struct fy_node *n, const char *path,
			   struct rule *r, int group)
{
	static const char *const allowed[] = { "any", "reason", NULL };
	static const struct field_spec spec = { allowed, allowed };
	struct fy_node *list, *item;
	char p[PATH_MAX_LEN], ip[PATH_MAX_LEN], *reason = NULL;
	void *it = NULL;
	int rc, i = 0;

	if ((rc = check_mapping(ld, n, path, &spec)) != 0 ||
	    (rc = req_string(ld, n, path, "reason", &reason)) != 0)
		goto out;
	join_path(p, path, "any");
	list = field(n, "any");
	if (fy_node_get_type(list) != FYNT_SEQUENCE || fy_node_sequence_item_count(list) < 2) {
		rc = fail_at(ld, list, p, "expected a list of two or more conditions (one of them must hold)");
		goto out;
	}
	while ((item = fy_node_sequence_iterate(list, &it)) != NULL) {
		struct rule_check *c = &r->applies[r->n_applies];

		index_path(ip, p, i++);
		r->n_applies++;
		if ((rc = parse_check_common(ld, item, ip, c, 1)) != 0)
			goto out;
		c->any_group = group;
		if (c->reason == NULL && (c->reason = strdup(reason)) == NULL) {
			rc = kb_errorf(ld->err, KB_ENOMEM, "out of memory");
			goto out;
		}
	}
out:
	free(reason);
	return rc;
}

static int parse_applies_list(struct loader *ld, struct fy_node *n, struct rule *r)
{
	struct fy_node *item, *any;
	char found[64], ip[PATH_MAX_LEN];
	void *it = NULL;
	size_t total = 0;
	int rc, i = 0, group = 0;

	if (n == NULL || fy_node_get_type(n) != FYNT_SEQUENCE) {
		describe(n, found, sizeof found);
		return fail_at(ld, n, "applies", "expected a list, found %s", found);
	}
	while ((item = fy_node_sequence_iterate(n, &it)) != NULL) {
		any = fy_node_get_type(item) == FYNT_MAPPING ? field(item, "any") : NULL;
		total += any != NULL && fy_node_get_type(any) == FYNT_SEQUENCE ?
			 (size_t)fy_node_sequence_item_count(any) : 1;
	}
	if ((r->applies = calloc(total + 1, sizeof *r->applies)) == NULL)
		return kb_errorf(ld->err, KB_ENOMEM, "out of memory");
	it = NULL;
	while ((item = fy_node_sequence_iterate(n, &it)) != NULL) {
		index_path(ip, "applies", i++);
		if (fy_node_get_type(item) == FYNT_MAPPING && field(item, "any") != NULL) {
			rc = parse_any_group(ld, item, ip, r, ++group);
		} else {
			r->n_applies++;
			rc = parse_applies(ld, item, ip, &r->applies[r->n_applies - 1]);
		}
		if (rc != 0)
			return rc;
	}
	return 0;
}

/* ---- remediation ------------------------------------------------------- */

static int parse_registry_fix(struct loader *ld, struct fy_node *n,
			      const char *path, struct rule_fix *f)
{
	static const char *const allowed[] = { "check", "action", NULL };
	static const struct field_spec spec = { allowed, allowed };
	static const struct {
		const char *name;
		enum fix_action action;
	} actions[] = {
		{ "create-key", FIX_ACTION_CREATE_KEY },
		{ "add-entry", FIX_ACTION_ADD_ENTRY },
		{ "set-value", FIX_ACTION_SET_VALUE },
		{ "delete-key", FIX_ACTION_DELETE_KEY },
		{ "delete-value", FIX_ACTION_DELETE_VALUE },
		{ "remove-entry", FIX_ACTION_REMOVE_ENTRY },
	};
	char p[PATH_MAX_LEN], *action = NULL;
	size_t i;
	int rc;

	if ((rc = check_mapping(ld, n, path, &spec)) != 0 ||
	    (rc = req_string(ld, n, path, "check", &f->check_id)) != 0 ||
	    (rc = req_string(ld, n, path, "action", &action)) != 0)
		goto out;
	for (i = 0; i < sizeof actions / sizeof actions[0]; i++)
		if (strcmp(action, actions[i].name) == 0)
			f->action = actions[i].action;
	if (f->action == FIX_ACTION_NONE) {
		join_path(p, path, "action");
		rc = fail_at(ld, field(n, "action"), p,
			     "expected create-key, add-entry, set-value, delete-key, delete-value or remove-entry, found '%s'",
			     action);
	}
out:
	free(action);
	return rc;
}

static int parse_fix(struct loader *ld, struct fy_node *n, const char *path,
		     void *item)
{
	static const char *const allowed[] = { "id", "manual", "registry",
					       "last-resort", "text", "cite",
					       "inferred", NULL };
	static const char *const required[] = { "id", NULL };
	static const struct field_spec spec = { allowed, required };
	static const char *const kinds[] = { "manual", "registry", "last-resort", NULL };
	struct rule_fix *f = item;
	char p[PATH_MAX_LEN];
	int rc, which;

	f->line = line_of(n);
	if ((rc = check_mapping(ld, n, path, &spec)) != 0 ||
	    (rc = get_id(ld, n, path, &f->id)) != 0 ||
	    (rc = one_of(ld, n, path, kinds, &which)) != 0 ||
	    (rc = parse_provenance(ld, n, path, "cite", "inferred", &f->cite)) != 0)
		return rc;
	join_path(p, path, kinds[which]);
	if (which != 1 && field(n, "text") != NULL) {
		join_path(p, path, "text");
		return fail_at(ld, field(n, "text"), p,
			       "'text' goes with a registry step; a %s step's text is the step itself",
			       kinds[which]);
	}
	switch (which) {
	case 0:
		f->kind = FIX_MANUAL;
		return get_string(ld, field(n, "manual"), p, &f->text);
	case 2:
		f->kind = FIX_LAST_RESORT;
		return get_string(ld, field(n, "last-resort"), p, &f->text);
	default:
		f->kind = FIX_REGISTRY;
		if ((rc = parse_registry_fix(ld, field(n, "registry"), p, f)) != 0)
			return rc;
		return opt_string(ld, n, path, "text", &f->text);
	}
}

/* ---- review items (drafts) -------------------------------------------- */

static int parse_review(struct loader *ld, struct fy_node *n, const char *path,
			void *item)
{
	static const char *const allowed[] = { "line", "field", "note", NULL };
	static const char *const required[] = { "note", NULL };
	static const struct field_spec spec = { allowed, required };
	struct rule_review *rv = item;
	char p[PATH_MAX_LEN];
	uint64_t v;
	int rc;

	rv->line = line_of(n);
	if ((rc = check_mapping(ld, n, path, &spec)) != 0 ||
	    (rc = req_string(ld, n, path, "note", &rv->note)) != 0 ||
	    (rc = opt_string(ld, n, path, "field", &rv->field)) != 0)
		return rc;
	if (field(n, "line") != NULL) {
		join_path(p, path, "line");
		if ((rc = get_number(ld, field(n, "line"), p, 10000000,
				     "a line number of the source article", &v)) != 0)
			return rc;
		rv->source_line = (int)v;
	}
	return 0;
}

/* ---- cross-field checks ------------------------------------------------ */

/* when-symptom names symptoms of this rule. */
static int check_when_symptoms(struct loader *ld, const struct rule *r)
{
	size_t i, j, k;

	for (i = 0; i < r->n_checks; i++)
		for (j = 0; j < r->checks[i].n_when_symptoms; j++) {
			const char *id = r->checks[i].when_symptoms[j];

			for (k = 0; k < r->n_symptoms; k++)
				if (strcmp(r->symptoms[k].id, id) == 0)
					break;
			if (k == r->n_symptoms)
				return kb_errorf(ld->err, KB_EFORMAT,
						 "%s:%d:1: checks[%zu].when-symptom: expected the id of one of this rule's symptoms, found '%s'",
						 ld->name, r->checks[i].line, i, id);
		}
	return 0;
}

#define CHECK_UNIQUE(ld, seqname, arr, count, member)                           \
	do {                                                                    \
		size_t i_, j_;                                                  \
		for (i_ = 0; i_ < (count); i_++)                                \
			for (j_ = 0; j_ < i_; j_++)                             \
				if (strcmp((arr)[i_].member, (arr)[j_].member) == 0) \
					return kb_errorf((ld)->err, KB_EFORMAT, \
						"%s:%d:1: %s[%zu].id: expected a unique id, found '%s' again (first at line %d)", \
						(ld)->name, (arr)[i_].line, seqname, i_, \
						(arr)[i_].member, (arr)[j_].line); \
	} while (0)

static int check_references(struct loader *ld, struct rule *r)
{
	size_t i;
	int rc;

	CHECK_UNIQUE(ld, "symptoms", r->symptoms, r->n_symptoms, id);
	CHECK_UNIQUE(ld, "evidence", r->evidence, r->n_evidence, id);
	CHECK_UNIQUE(ld, "checks", r->checks, r->n_checks, id);
	CHECK_UNIQUE(ld, "applies", r->applies, r->n_applies, id);
	CHECK_UNIQUE(ld, "remediation", r->fixes, r->n_fixes, id);
	if ((rc = check_when_symptoms(ld, r)) != 0)
		return rc;
	for (i = 0; i < r->n_fixes; i++) {
		struct rule_fix *f = &r->fixes[i];
		const struct rule_check *c;
		enum fix_action want = FIX_ACTION_NONE;

		if (f->kind != FIX_REGISTRY)
			continue;
		c = rule_find_check(r, f->check_id);
		if (c == NULL)
			return kb_errorf(ld->err, KB_EFORMAT,
					 "%s:%d:1: remediation[%zu].registry.check: expected the id of one of this rule's checks, found '%s'",
					 ld->name, f->line, i, f->check_id);
		want = fix_action_for_expect(c->expect);
		if (c->expect == EXPECT_NOT_CONTAINS && c->type != KB_REG_MULTI_SZ)
			want = FIX_ACTION_NONE;   /* no entry to remove from a string */
		if (want != f->action)
			return kb_errorf(ld->err, KB_EFORMAT,
					 "%s:%d:1: remediation[%zu].registry.action: check '%s' (%s) cannot be repaired by this action; expected %s",
					 ld->name, f->line, i, c->id, check_expect_name(c->expect),
					 want != FIX_ACTION_NONE ? fix_action_name(want) :
					 "a manual step (no automatic fix exists for this kind of check)");
		if (rule_key_has_wildcard(c->key))
			return kb_errorf(ld->err, KB_EFORMAT,
					 "%s:%d:1: remediation[%zu].registry.check: check '%s' reads a key with a '*' component; kbwiz repairs only named keys, so use a manual step",
					 ld->name, f->line, i, c->id);
		if (f->text == NULL) {
			/* A registry step always has words for the UI. */
			const char *verb = f->action == FIX_ACTION_CREATE_KEY ? "Create the key" :
					   f->action == FIX_ACTION_ADD_ENTRY ? "Add the entry to" :
					   f->action == FIX_ACTION_DELETE_KEY ? "Delete the key" :
					   f->action == FIX_ACTION_DELETE_VALUE ? "Delete the value from" :
					   f->action == FIX_ACTION_REMOVE_ENTRY ? "Remove the entry from" :
					   "Set the value of";
			size_t len = strlen(verb) + strlen(c->key) + 8;
			f->text = malloc(len);
			if (f->text == NULL)
				return kb_errorf(ld->err, KB_ENOMEM, "out of memory");
			snprintf(f->text, len, "%s %s", verb, c->key);
		}
	}
	return 0;
}

static int valid_date(const char *s)
{
	int y, m, d;
	char extra;

	if (strlen(s) != 10 || sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &extra) != 3)
		return 0;
	return y >= 1980 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/* ---- the rule ---------------------------------------------------------- */

/* cause and trigger are plain strings; their sources sit beside them. */
static int parse_top_provenance(struct loader *ld, struct fy_node *root,
				struct rule *r)
{
	int rc;

	if ((field(root, "trigger-cite") != NULL ||
	     field(root, "trigger-inferred") != NULL) && r->trigger == NULL)
		return fail_at(ld, field_key(root, field(root, "trigger-cite") != NULL ?
					     "trigger-cite" : "trigger-inferred"),
			       "", "a trigger's source is given but the rule has no 'trigger'");
	if ((rc = parse_provenance(ld, root, "", "trigger-cite", "trigger-inferred",
				   &r->trigger_cite)) != 0)
		return rc;
	return parse_provenance(ld, root, "", "cause-cite", "cause-inferred",
				&r->cause_cite);
}

static int parse_rule(struct loader *ld, struct fy_node *root, struct rule *r)
{
	static const char *const allowed[] = {
		"id", "article", "title", "published", "products", "tags",
		"trigger", "applies", "symptoms", "cause", "evidence", "checks",
		"remediation", "references", "review", "trigger-cite",
		"trigger-inferred", "cause-cite", "cause-inferred", NULL
	};
	static const char *const required[] = {
		"id", "article", "title", "published", "products", "symptoms",
		"cause", "remediation", "references", NULL
	};
	static const struct field_spec spec = { allowed, required };
	int rc;

	if ((rc = check_mapping(ld, root, "", &spec)) != 0 ||
	    (rc = get_id(ld, root, "", &r->id)) != 0 ||
	    (rc = req_string(ld, root, "", "article", &r->article)) != 0 ||
	    (rc = req_string(ld, root, "", "title", &r->title)) != 0 ||
	    (rc = req_string(ld, root, "", "published", &r->published)) != 0 ||
	    (rc = opt_string(ld, root, "", "trigger", &r->trigger)) != 0 ||
	    (rc = req_string(ld, root, "", "cause", &r->cause)) != 0 ||
	    (rc = parse_top_provenance(ld, root, r)) != 0)
		return rc;
	if (!valid_date(r->published))
		return fail_at(ld, field(root, "published"), "published",
			       "expected a date YYYY-MM-DD, found '%s'", r->published);
	if ((rc = get_list_of(ld, field(root, "products"), "products",
			      sizeof(struct rule_product), parse_product,
			      (void **)&r->products, &r->n_products, 1)) != 0)
		return rc;
	if (field(root, "tags") != NULL &&
	    (rc = get_string_list(ld, field(root, "tags"), "tags", 0, &r->tags,
				  &r->n_tags)) != 0)
		return rc;
	if (field(root, "applies") != NULL &&
	    (rc = parse_applies_list(ld, field(root, "applies"), r)) != 0)
		return rc;
	if ((rc = get_list_of(ld, field(root, "symptoms"), "symptoms",
			      sizeof(struct rule_symptom), parse_symptom,
			      (void **)&r->symptoms, &r->n_symptoms, 1)) != 0)
		return rc;
	if (field(root, "evidence") != NULL &&
	    (rc = get_list_of(ld, field(root, "evidence"), "evidence",
			      sizeof(struct rule_evidence), parse_evidence,
			      (void **)&r->evidence, &r->n_evidence, 0)) != 0)
		return rc;
	if (field(root, "checks") != NULL &&
	    (rc = get_list_of(ld, field(root, "checks"), "checks",
			      sizeof(struct rule_check), parse_check,
			      (void **)&r->checks, &r->n_checks, 0)) != 0)
		return rc;
	if ((rc = get_list_of(ld, field(root, "remediation"), "remediation",
			      sizeof(struct rule_fix), parse_fix,
			      (void **)&r->fixes, &r->n_fixes, 1)) != 0)
		return rc;
	if ((rc = get_string_list(ld, field(root, "references"), "references", 1,
				  &r->references, &r->n_references)) != 0)
		return rc;
	if (field(root, "review") != NULL &&
	    (rc = get_list_of(ld, field(root, "review"), "review",
			      sizeof(struct rule_review), parse_review,
			      (void **)&r->reviews, &r->n_reviews, 0)) != 0)
		return rc;
	return check_references(ld, r);
}

/* YAML syntax errors come from libfyaml's collected diagnostics. */
static int syntax_error(const char *name, struct fy_diag *diag,
			struct kb_error *err)
{
	struct fy_diag_error *de;
	void *it = NULL;

	de = diag != NULL ? fy_diag_errors_iterate(diag, &it) : NULL;
	if (de != NULL)
		return kb_errorf(err, KB_EFORMAT, "%s:%d:%d: YAML syntax error: %s",
				 name, de->line + 1, de->column + 1, de->msg);
	return kb_errorf(err, KB_EFORMAT, "%s: not a valid YAML document", name);
}

static int check_utf8(const char *name, const char *text, size_t len,
		      struct kb_error *err)
{
	const unsigned char *p = (const unsigned char *)text;
	size_t i = 0, n;
	unsigned cp;
	int line = 1, col = 1;

	while (i < len) {
		n = kb_utf8_decode(p + i, len - i, &cp);
		if (n == 0)
			return kb_errorf(err, KB_EFORMAT,
					 "%s:%d:%d: not valid UTF-8 (byte 0x%02X): rule files are UTF-8 text",
					 name, line, col, p[i]);
		/* YAML allows no other C0 control (nor DEL); libfyaml 0.7 leaks
		 * memory on some quoted scalars holding one. */
		if ((cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || cp == 0x7F)
			return kb_errorf(err, KB_EFORMAT,
					 "%s:%d:%d: control character 0x%02X: rule files are plain text",
					 name, line, col, cp);
		if (cp == '\n') {
			line++;
			col = 1;
		} else {
			col++;
		}
		i += n;
	}
	return 0;
}

/* Nothing but blank lines and comments. */
static int is_blank_yaml(const char *text, size_t len)
{
	size_t i = 0;

	while (i < len) {
		if (text[i] == '#') {
			while (i < len && text[i] != '\n')
				i++;
		} else if (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' ||
			   text[i] == '\n') {
			i++;
		} else {
			return 0;
		}
	}
	return 1;
}

int rule_load_text(const char *name, const char *text, size_t len,
		   struct rule **out, struct kb_error *err)
{
	struct fy_diag_cfg dcfg;
	struct fy_parse_cfg cfg;
	struct fy_diag *diag;
	struct fy_document *doc = NULL;
	struct loader ld = { name, err, NULL };
	struct rule *r;
	int rc;

	*out = NULL;
	if (memchr(text, '\0', len) != NULL)
		return kb_errorf(err, KB_EFORMAT, "%s: not a text file (holds NUL bytes)", name);
	/* Rules are UTF-8 text; and libfyaml 0.7 can loop forever on some
	 * invalid sequences (a directive line "%\xD1"), so they never reach it.
	 * The NUL check above stays: it gives the clearer message. */
	if ((rc = check_utf8(name, text, len, err)) != 0)
		return rc;
	fy_diag_cfg_default(&dcfg);
	dcfg.fp = NULL;
	dcfg.output_fn = NULL;
	dcfg.colorize = false;
	diag = fy_diag_create(&dcfg);
	if (diag == NULL)
		return kb_errorf(err, KB_ENOMEM, "%s: out of memory", name);
	/* Keep the messages for our error instead of printing them. */
	fy_diag_set_collect_errors(diag, true);
	memset(&cfg, 0, sizeof cfg);
	cfg.flags = FYPCF_QUIET | FYPCF_COLLECT_DIAG;
	cfg.diag = diag;
	if (is_blank_yaml(text, len)) {
		rc = kb_errorf(err, KB_EFORMAT, "%s: empty file: expected a rule", name);
		goto out;
	}
	doc = fy_document_build_from_string(&cfg, text, len);
	if (doc == NULL && !fy_diag_got_error(diag)) {
		rc = kb_errorf(err, KB_EFORMAT, "%s: empty file: expected a rule", name);
		goto out;
	}
	if (doc == NULL || fy_diag_got_error(diag)) {
		rc = syntax_error(name, diag, err);
		goto out;
	}
	ld.root = fy_document_root(doc);
	if (ld.root == NULL) {
		rc = kb_errorf(err, KB_EFORMAT, "%s: empty file: expected a rule", name);
		goto out;
	}
	r = calloc(1, sizeof *r);
	if (r == NULL) {
		rc = kb_errorf(err, KB_ENOMEM, "%s: out of memory", name);
		goto out;
	}
	rc = parse_rule(&ld, ld.root, r);
	if (rc == 0)
		r->source_path = strdup(name);
	if (rc == 0 && r->source_path == NULL)
		rc = kb_errorf(err, KB_ENOMEM, "%s: out of memory", name);
	if (rc != 0) {
		rule_free(r);
		goto out;
	}
	kb_sha256_buffer(text, len, r->content_hash);
	*out = r;
out:
	if (doc != NULL)
		fy_document_destroy(doc);
	fy_diag_destroy(diag);
	return rc;
}

int rule_load_file(const char *path, struct rule **out, struct kb_error *err)
{
	char *text;
	size_t len;
	int rc;

	*out = NULL;
	rc = kb_read_file(path, RULE_FILE_MAX_BYTES, &text, &len, err);
	if (rc != 0)
		return rc;
	rc = rule_load_text(path, text, len, out, err);
	free(text);
	return rc;
}

void rule_set_free(struct rule_set *set)
{
	size_t i;

	for (i = 0; i < set->n; i++)
		rule_free(set->rules[i]);
	free(set->rules);
	set->rules = NULL;
	set->n = 0;
}

/* FNV-1a of a rule id, for the table of ids seen. */
static size_t id_hash(const char *id)
{
	uint64_t h = 0xcbf29ce484222325ull;

	for (; *id != '\0'; id++) {
		h ^= (unsigned char)*id;
		h *= 0x100000001b3ull;
	}
	return (size_t)(h ^ (h >> 32));
}

int rule_load_files(const char *const *paths, size_t n, struct rule_set *set,
		    struct kb_error *err)
{
	/* The ids loaded so far, in an open-addressed table of set indexes
	 * + 1 (0: empty): comparing each id with every earlier one took a
	 * quarter of building a store of 10,000 rules. */
	size_t *seen = NULL, n_slots = 16, i, j;
	int rc = 0;

	while (n_slots < 2 * n)
		n_slots *= 2;
	set->rules = calloc(n + 1, sizeof *set->rules);
	seen = calloc(n_slots, sizeof *seen);
	set->n = 0;
	if (set->rules == NULL || seen == NULL) {
		free(set->rules);
		set->rules = NULL;
		free(seen);
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	}
	for (i = 0; i < n; i++) {
		rc = rule_load_file(paths[i], &set->rules[set->n], err);
		if (rc != 0)
			goto fail;
		if (set->rules[set->n]->n_reviews > 0) {
			const struct rule_review *rv = &set->rules[set->n]->reviews[0];
			rc = kb_errorf(err, KB_EFORMAT,
				       "%s:%d:1: review: a draft with %zu item(s) still to review (first: %s); finish it and remove 'review' before loading",
				       paths[i], rv->line, set->rules[set->n]->n_reviews, rv->note);
			set->n++;
			goto fail;
		}
		for (j = id_hash(set->rules[set->n]->id) & (n_slots - 1); seen[j] != 0;
		     j = (j + 1) & (n_slots - 1)) {
			const struct rule *was = set->rules[seen[j] - 1];
			if (strcmp(was->id, set->rules[set->n]->id) == 0) {
				rc = kb_errorf(err, KB_EFORMAT,
					       "%s:1:1: id: rule '%s' is already defined in %s",
					       paths[i], set->rules[set->n]->id,
					       was->source_path);
				set->n++;
				goto fail;
			}
		}
		seen[j] = set->n + 1;
		set->n++;
	}
	free(seen);
	return 0;
fail:
	free(seen);
	rule_set_free(set);
	return rc;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int has_yaml_suffix(const char *name)
{
	size_t n = strlen(name);

	return n > 5 && strcmp(name + n - 5, ".yaml") == 0 && name[0] != '.';
}

int rule_load_dir(const char *dir, struct rule_set *set, struct kb_error *err)
{
	DIR *d;
	struct dirent *de;
	char **paths = NULL, **grown;
	size_t n = 0, cap = 0, i;
	int rc = 0;

	set->rules = NULL;
	set->n = 0;
	d = opendir(dir);
	if (d == NULL)
		return kb_errorf(err, KB_EIO, "%s: %s", dir, strerror(errno));
	while ((de = readdir(d)) != NULL) {
		if (!has_yaml_suffix(de->d_name))
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 32;
			grown = realloc(paths, cap * sizeof *paths);
			if (grown == NULL) {
				rc = kb_errorf(err, KB_ENOMEM, "out of memory");
				goto out;
			}
			paths = grown;
		}
		paths[n] = malloc(strlen(dir) + strlen(de->d_name) + 2);
		if (paths[n] == NULL) {
			rc = kb_errorf(err, KB_ENOMEM, "out of memory");
			goto out;
		}
		sprintf(paths[n], "%s/%s", dir, de->d_name);
		n++;
	}
	if (n > 0)
		qsort(paths, n, sizeof *paths, cmp_str);
	rc = rule_load_files((const char *const *)paths, n, set, err);
out:
	closedir(d);
	for (i = 0; i < n; i++)
		free(paths[i]);
	free(paths);
	return rc;
}
