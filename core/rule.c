/* rule.c: helpers over the rule model (rule.h). */
#include "kbwiz/rule.h"
#include "kbwiz/strutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *const reg_type_names[] = {
	[KB_REG_NONE] = "REG_NONE",
	[KB_REG_SZ] = "REG_SZ",
	[KB_REG_EXPAND_SZ] = "REG_EXPAND_SZ",
	[KB_REG_BINARY] = "REG_BINARY",
	[KB_REG_DWORD] = "REG_DWORD",
	[KB_REG_DWORD_BIG_ENDIAN] = "REG_DWORD_BIG_ENDIAN",
	[KB_REG_LINK] = "REG_LINK",
	[KB_REG_MULTI_SZ] = "REG_MULTI_SZ",
	[KB_REG_RESOURCE_LIST] = "REG_RESOURCE_LIST",
	[KB_REG_FULL_RESOURCE_DESCRIPTOR] = "REG_FULL_RESOURCE_DESCRIPTOR",
	[KB_REG_RESOURCE_REQUIREMENTS_LIST] = "REG_RESOURCE_REQUIREMENTS_LIST",
	[KB_REG_QWORD] = "REG_QWORD",
};

const char *kb_reg_type_name(unsigned type)
{
	/* Unknown types get a stable printable name; the buffer is per call
	 * site only in the sense that callers print it at once. */
	static _Thread_local char other[24];

	if (type < sizeof reg_type_names / sizeof reg_type_names[0])
		return reg_type_names[type];
	snprintf(other, sizeof other, "REG_0x%X", type);
	return other;
}

int kb_reg_type_is_number(unsigned type)
{
	return type == KB_REG_DWORD || type == KB_REG_QWORD || type == KB_REG_DWORD_BIG_ENDIAN;
}

int kb_reg_type_from_name(const char *name)
{
	size_t i;

	if (name == NULL)
		return -1;
	for (i = 0; i < sizeof reg_type_names / sizeof reg_type_names[0]; i++)
		if (strcasecmp(name, reg_type_names[i]) == 0)
			return (int)i;
	/* REG_DWORD_LITTLE_ENDIAN is the same type under its long name. */
	if (strcasecmp(name, "REG_DWORD_LITTLE_ENDIAN") == 0)
		return KB_REG_DWORD;
	if (strcasecmp(name, "REG_QWORD_LITTLE_ENDIAN") == 0)
		return KB_REG_QWORD;
	return -1;
}

const char *check_expect_name(enum check_expect e)
{
	switch (e) {
	case EXPECT_KEY_EXISTS: return "key-exists";
	case EXPECT_KEY_ABSENT: return "key-absent";
	case EXPECT_VALUE_EQUALS: return "equals";
	case EXPECT_MULTI_SZ_CONTAINS: return "contains";
	case EXPECT_DWORD_RANGE: return "in-range";
	case EXPECT_VALUE_ABSENT: return "value-absent";
	case EXPECT_NOT_CONTAINS: return "not-contains";
	}
	return "?";
}

const char *fix_action_name(enum fix_action a)
{
	switch (a) {
	case FIX_ACTION_NONE: break;
	case FIX_ACTION_CREATE_KEY: return "create-key";
	case FIX_ACTION_ADD_ENTRY: return "add-entry";
	case FIX_ACTION_SET_VALUE: return "set-value";
	case FIX_ACTION_DELETE_KEY: return "delete-key";
	case FIX_ACTION_DELETE_VALUE: return "delete-value";
	case FIX_ACTION_REMOVE_ENTRY: return "remove-entry";
	}
	return "?";
}

/* A repair makes the state the check asks for, and only that: each
 * expectation has at most one action that brings it about. */
enum fix_action fix_action_for_expect(enum check_expect e)
{
	switch (e) {
	case EXPECT_KEY_EXISTS: return FIX_ACTION_CREATE_KEY;
	case EXPECT_MULTI_SZ_CONTAINS: return FIX_ACTION_ADD_ENTRY;
	case EXPECT_VALUE_EQUALS: return FIX_ACTION_SET_VALUE;
	case EXPECT_KEY_ABSENT: return FIX_ACTION_DELETE_KEY;
	case EXPECT_VALUE_ABSENT: return FIX_ACTION_DELETE_VALUE;
	case EXPECT_NOT_CONTAINS: return FIX_ACTION_REMOVE_ENTRY;
	case EXPECT_DWORD_RANGE: break;
	}
	return FIX_ACTION_NONE;
}

int rule_key_has_wildcard(const char *key)
{
	const char *p = key;

	while (p != NULL && *p != '\0') {
		const char *end = strchr(p, '\\');
		size_t n = end != NULL ? (size_t)(end - p) : strlen(p);

		if (n == 1 && *p == '*')
			return 1;
		p = end != NULL ? end + 1 : NULL;
	}
	return 0;
}

char *rule_bytes_text(const unsigned char *bytes, size_t n, size_t max)
{
	size_t shown = max != 0 && n > max ? max : n, i;
	char *s, *p;

	if (n == 0)
		return strdup("(no data)");
	/* "xx " per byte, then " ... (N bytes)" with N up to 20 digits. */
	if ((s = malloc(shown * 3 + 40)) == NULL)
		return NULL;
	p = s;
	for (i = 0; i < shown; i++)
		p += sprintf(p, i == 0 ? "%02x" : " %02x", bytes[i]);
	if (shown < n)
		sprintf(p, " ... (%zu bytes)", n);
	return s;
}

void rule_check_datum_text(const struct rule_check *c, int hex_too, char *buf, size_t size)
{
	if (c->bytes != NULL) {
		char *hex = rule_bytes_text(c->bytes, c->n_bytes, RULE_BYTES_SHOWN);

		snprintf(buf, size, "%s", hex != NULL ? hex : c->data != NULL ? c->data : "");
		free(hex);
	} else if (c->data != NULL)
		snprintf(buf, size, "\"%s\"", c->data);
	else if (hex_too)
		snprintf(buf, size, "%llu (0x%llx)", (unsigned long long)c->number, (unsigned long long)c->number);
	else
		snprintf(buf, size, "%llu", (unsigned long long)c->number);
}

static void free_strv(char **v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

static void free_cite(struct rule_cite *c)
{
	free(c->ranges);
	free(c->inferred);
}

int rule_cite_is_article(const struct rule_cite *c)
{
	return c->n_ranges > 0;
}

void rule_cite_format(const struct rule_cite *c, char *buf, size_t size)
{
	size_t i, used = 0;
	int n;

	if (size == 0)
		return;
	buf[0] = '\0';
	for (i = 0; i < c->n_ranges && used < size; i++) {
		const struct rule_line_range *r = &c->ranges[i];
		if (r->first == r->last)
			n = snprintf(buf + used, size - used, "%s%d", i > 0 ? ", " : "", r->first);
		else
			n = snprintf(buf + used, size - used, "%s%d-%d", i > 0 ? ", " : "",
				     r->first, r->last);
		if (n < 0)
			break;
		used += (size_t)n;
	}
}

void rule_cite_describe(const struct rule_cite *c, const char *article,
			const char *ours, char *buf, size_t size)
{
	char lines[200];

	if (rule_cite_is_article(c)) {
		rule_cite_format(c, lines, sizeof lines);
		snprintf(buf, size, "%s, line%s %s", article != NULL ? article : "the article",
			 c->n_ranges == 1 && c->ranges[0].first == c->ranges[0].last ? "" : "s",
			 lines);
	} else if (c->inferred != NULL) {
		snprintf(buf, size, "kbwiz's %s, not in %s: %s", ours,
			 article != NULL ? article : "the article", c->inferred);
	} else {
		snprintf(buf, size, "no source given");
	}
}

static void free_checks(struct rule_check *c, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free_cite(&c[i].cite);
		free(c[i].id);
		free(c[i].description);
		free(c[i].key);
		free(c[i].value);
		free(c[i].data);
		free(c[i].bytes);
		free(c[i].reason);
		free_strv(c[i].when_symptoms, c[i].n_when_symptoms);
	}
	free(c);
}

void rule_free(struct rule *r)
{
	size_t i, j;

	if (r == NULL)
		return;
	if (r->arena != NULL) {   /* the rule is inside its block */
		free(r->arena);
		return;
	}
	free(r->id);
	free(r->article);
	free(r->title);
	free(r->published);
	free(r->trigger);
	free(r->cause);
	free_cite(&r->trigger_cite);
	free_cite(&r->cause_cite);
	for (i = 0; i < r->n_products; i++) {
		free(r->products[i].name);
		free_strv(r->products[i].versions, r->products[i].n_versions);
		free_strv(r->products[i].windows, r->products[i].n_windows);
		free(r->products[i].role);
		free(r->products[i].edition);
		free_strv(r->products[i].service_packs, r->products[i].n_service_packs);
	}
	free(r->products);
	free_strv(r->tags, r->n_tags);
	free_checks(r->applies, r->n_applies);
	for (i = 0; i < r->n_symptoms; i++) {
		struct rule_symptom *s = &r->symptoms[i];
		free(s->id);
		free(s->description);
		free(s->log);
		free(s->source);
		free_strv(s->text, s->n_text);
		free(s->message);
		free(s->question);
		free_cite(&s->cite);
	}
	free(r->symptoms);
	for (i = 0; i < r->n_evidence; i++) {
		struct rule_evidence *e = &r->evidence[i];
		free(e->id);
		free(e->description);
		for (j = 0; j < e->n_patterns; j++) {
			free(e->patterns[j].text);
			free_cite(&e->patterns[j].cite);
		}
		free_cite(&e->cite);
		free(e->patterns);
	}
	free(r->evidence);
	free_checks(r->checks, r->n_checks);
	for (i = 0; i < r->n_fixes; i++) {
		free(r->fixes[i].id);
		free(r->fixes[i].text);
		free(r->fixes[i].check_id);
		free_cite(&r->fixes[i].cite);
	}
	free(r->fixes);
	free_strv(r->references, r->n_references);
	for (i = 0; i < r->n_reviews; i++) {
		free(r->reviews[i].field);
		free(r->reviews[i].note);
	}
	free(r->reviews);
	free(r->source_path);
	free(r);
}

const struct rule_check *rule_find_check(const struct rule *r, const char *id)
{
	size_t i;

	for (i = 0; i < r->n_checks; i++)
		if (r->checks[i].id != NULL && strcmp(r->checks[i].id, id) == 0)
			return &r->checks[i];
	return NULL;
}

int rule_key_split(const char *key, char *hive, size_t hive_size,
		   const char **inside)
{
	const char *p, *end;
	size_t n, i;

	if (strncasecmp(key, "HKLM\\", 5) == 0)
		p = key + 5;
	else if (strncasecmp(key, "HKEY_LOCAL_MACHINE\\", 19) == 0)
		p = key + 19;
	else
		return -1;
	end = strchr(p, '\\');
	n = end != NULL ? (size_t)(end - p) : strlen(p);
	if (n == 0 || n >= hive_size)
		return -1;
	for (i = 0; i < n; i++)
		hive[i] = (char)(p[i] >= 'a' && p[i] <= 'z' ? p[i] - 32 : p[i]);
	hive[n] = '\0';
	*inside = end != NULL ? end + 1 : p + n;
	return 0;
}

size_t rule_bytes_first_diff(const unsigned char *a, const unsigned char *b, size_t n)
{
	size_t at = 0;

	while (at < n && a[at] == b[at])
		at++;
	return at;
}

enum rule_hex_fault rule_hex_scan(const char *s, size_t len, unsigned char *out,
				  size_t max, struct rule_hex_scan *r)
{
	const char *q, *end = s + len;
	size_t run = 0;
	int hi = -1, d, gap = 0;

	r->n = 0;
	r->joined = 1;
	r->at = NULL;
	r->run = 0;
	for (q = s; ; q++) {
		if (q == end || *q == ' ' || *q == '\t' || *q == ',') {
			if (hi >= 0) {
				r->at = q;
				r->run = run;
				return RULE_HEX_ODD_DIGITS;
			}
			if (q == end)
				break;
			gap = r->n > 0;
			run = 0;
			continue;
		}
		if ((d = kb_hex_digit((unsigned char)*q)) < 0) {
			r->at = q;
			return RULE_HEX_BAD_CHAR;
		}
		run++;
		/* A separator between two bytes, not one before or after
		 * them all, parts them. */
		if (gap)
			r->joined = 0;
		if (hi < 0) {
			hi = d;
			continue;
		}
		/* Past max only counted: the loader names how many. */
		if (out != NULL && r->n < max)
			out[r->n] = (unsigned char)(hi << 4 | d);
		r->n++;
		hi = -1;
	}
	if (r->n == 0)
		return RULE_HEX_EMPTY;
	return r->n > max ? RULE_HEX_TOO_MANY : RULE_HEX_OK;
}
