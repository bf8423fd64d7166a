/* lkg.c: the current control set against LastKnownGood (lkg.h).  The
 * services are read from each set by the services model; the rules'
 * checks are compared by hive_compare_control_sets, of whose differences
 * those with the LastKnownGood set are kept. */
#include "kbwiz/lkg.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "kbwiz/services.h"
#include "kbwiz/strbuf.h"
#include "kbwiz/strutil.h"

#define ABSENT "(absent)"

const char *lkg_diff_kind_name(enum lkg_diff_kind k)
{
	switch (k) {
	case LKG_ONLY_CURRENT: return "only in current";
	case LKG_ONLY_LKG: return "only in LastKnownGood";
	case LKG_SERVICE_VALUE: return "service value";
	case LKG_RULE_CHECK: return "rule check";
	}
	return "?";
}

static void raw_clear(struct lkg_raw *r)
{
	size_t i;

	for (i = 0; i < r->n_items; i++)
		free(r->items[i]);
	free(r->items);
	memset(r, 0, sizeof *r);
}

/* Append one item (copied); KB_ENOMEM. */
static int raw_push(struct lkg_raw *r, const char *item)
{
	char **v = realloc(r->items, (r->n_items + 1) * sizeof *v);

	if (v == NULL)
		return KB_ENOMEM;
	r->items = v;
	if ((v[r->n_items] = kb_strdup(item)) == NULL)
		return KB_ENOMEM;
	r->n_items++;
	return 0;
}

static int raw_string(struct lkg_raw *r, const char *s)
{
	memset(r, 0, sizeof *r);
	if (s == NULL)
		return 0;
	r->kind = LKG_RAW_STRING;
	return raw_push(r, s);
}

static void raw_number(struct lkg_raw *r, int has, uint64_t n)
{
	memset(r, 0, sizeof *r);
	r->kind = has ? LKG_RAW_NUMBER : LKG_RAW_ABSENT;
	r->number = n;
}

/* The dependencies of one kind as a list; absent when none. */
static int raw_deps(struct lkg_raw *r, const struct svc_service *s, int groups)
{
	size_t i;
	int rc = 0;

	memset(r, 0, sizeof *r);
	for (i = 0; i < s->n_deps && rc == 0; i++)
		if (s->deps[i].is_group == groups) {
			r->kind = LKG_RAW_LIST;
			rc = raw_push(r, s->deps[i].name);
		}
	return rc;
}

void lkg_compare_free(struct lkg_compare *c)
{
	size_t i;

	if (c == NULL)
		return;
	for (i = 0; i < c->n; i++) {
		free(c->diffs[i].name);
		free(c->diffs[i].field);
		free(c->diffs[i].current);
		free(c->diffs[i].lkg);
		raw_clear(&c->diffs[i].current_raw);
		raw_clear(&c->diffs[i].lkg_raw);
	}
	free(c->diffs);
	free(c);
}

/* The raw values are moved into the difference (cleared here on every
 * path). */
static int add(struct lkg_compare *c, enum lkg_diff_kind kind, const char *name,
	       const char *field, const char *current, const char *lkg,
	       struct lkg_raw *cur_raw, struct lkg_raw *lkg_raw)
{
	struct lkg_diff *v = realloc(c->diffs, (c->n + 1) * sizeof *v), *d;

	if (v == NULL) {
		raw_clear(cur_raw);
		raw_clear(lkg_raw);
		return KB_ENOMEM;
	}
	c->diffs = v;
	d = &v[c->n++];
	d->current_raw = *cur_raw;
	d->lkg_raw = *lkg_raw;
	memset(cur_raw, 0, sizeof *cur_raw);
	memset(lkg_raw, 0, sizeof *lkg_raw);
	d->kind = kind;
	d->name = kb_strdup(name);
	d->field = kb_strdup(field);
	d->current = kb_strdup(current != NULL ? current : ABSENT);
	d->lkg = kb_strdup(lkg != NULL ? lkg : ABSENT);
	return d->name && d->field && d->current && d->lkg ? 0 : KB_ENOMEM;
}

static void start_text(const struct svc_service *s, char *buf, size_t size)
{
	if (!s->has_start)
		snprintf(buf, size, "%s", ABSENT);
	else
		snprintf(buf, size, "%u (%s)", (unsigned)s->start, svc_start_name(s));
}

static void type_text(const struct svc_service *s, char *buf, size_t size)
{
	char t[64];

	if (!s->has_type) {
		snprintf(buf, size, "%s", ABSENT);
		return;
	}
	svc_type_text(s, t, sizeof t);
	snprintf(buf, size, "0x%X (%s)", (unsigned)s->type, t);
}

/* The dependencies of one kind, ", "-joined as stored; NULL when none. */
static char *deps_text(const struct svc_service *s, int groups)
{
	struct kb_buf b = KB_BUF_INIT;
	size_t i;

	for (i = 0; i < s->n_deps; i++)
		if (s->deps[i].is_group == groups)
			kb_buf_printf(&b, "%s%s", b.len ? ", " : "", s->deps[i].name);
	if (b.len == 0 && !b.oom)
		return NULL;
	return kb_buf_steal(&b);
}

static int str_eq(const char *a, const char *b)
{
	return (a == NULL && b == NULL) || (a != NULL && b != NULL && strcmp(a, b) == 0);
}

static int compare_service(struct lkg_compare *c, const struct svc_service *cur,
			   const struct svc_service *old)
{
	char a[96], b[96];
	char *da, *db;
	int rc = 0, g;

	struct lkg_raw ra, rb;

	start_text(cur, a, sizeof a);
	start_text(old, b, sizeof b);
	raw_number(&ra, cur->has_start, cur->start);
	raw_number(&rb, old->has_start, old->start);
	if (strcmp(a, b) != 0 || cur->delayed_auto != old->delayed_auto)
		rc = add(c, LKG_SERVICE_VALUE, cur->name, "Start", a, b, &ra, &rb);
	type_text(cur, a, sizeof a);
	type_text(old, b, sizeof b);
	raw_number(&ra, cur->has_type, cur->type);
	raw_number(&rb, old->has_type, old->type);
	if (rc == 0 && strcmp(a, b) != 0)
		rc = add(c, LKG_SERVICE_VALUE, cur->name, "Type", a, b, &ra, &rb);
	if (rc == 0 && !str_eq(cur->image.raw, old->image.raw)) {
		if ((rc = raw_string(&ra, cur->image.raw)) == 0 &&
		    (rc = raw_string(&rb, old->image.raw)) == 0)
			rc = add(c, LKG_SERVICE_VALUE, cur->name, "ImagePath", cur->image.raw,
				 old->image.raw, &ra, &rb);
		raw_clear(&ra);
		raw_clear(&rb);
	}
	for (g = 0; g < 2 && rc == 0; g++) {
		da = deps_text(cur, g);
		db = deps_text(old, g);
		/* Windows compares service names ignoring case. */
		if (!(da == NULL && db == NULL) &&
		    (da == NULL || db == NULL || strcasecmp(da, db) != 0)) {
			if ((rc = raw_deps(&ra, cur, g)) == 0 && (rc = raw_deps(&rb, old, g)) == 0)
				rc = add(c, LKG_SERVICE_VALUE, cur->name,
					 g ? "DependOnGroup" : "DependOnService", da, db, &ra, &rb);
			raw_clear(&ra);
			raw_clear(&rb);
		}
		free(da);
		free(db);
	}
	return rc;
}

/* Both lists are sorted by name ignoring case: one merge. */
static int compare_services(struct lkg_compare *c, const struct svc_model *cur,
			    const struct svc_model *old)
{
	size_t i = 0, j = 0;
	int rc = 0;

	while (rc == 0 && (i < cur->n || j < old->n)) {
		int cmp = i >= cur->n ? 1 : j >= old->n ? -1 :
			  strcasecmp(cur->services[i].name, old->services[j].name);
		struct lkg_raw here, none = { LKG_RAW_ABSENT, 0, NULL, 0 };
		/* The key is there: its ImagePath, or the key itself. */
		if (cmp < 0) {
			const struct svc_service *s = &cur->services[i++];
			if ((rc = raw_string(&here, s->image.raw)) == 0 && s->image.raw == NULL)
				here.kind = LKG_RAW_KEY;
			if (rc == 0)
				rc = add(c, LKG_ONLY_CURRENT, s->name, "", s->image.raw != NULL ?
					 s->image.raw : "(key)", NULL, &here, &none);
			raw_clear(&here);
		} else if (cmp > 0) {
			const struct svc_service *s = &old->services[j++];
			if ((rc = raw_string(&here, s->image.raw)) == 0 && s->image.raw == NULL)
				here.kind = LKG_RAW_KEY;
			if (rc == 0)
				rc = add(c, LKG_ONLY_LKG, s->name, "", NULL, s->image.raw != NULL ?
					 s->image.raw : "(key)", &none, &here);
			raw_clear(&here);
		} else {
			rc = compare_service(c, &cur->services[i++], &old->services[j++]);
		}
	}
	return rc;
}

static int has_control_set_check(const struct rule *r)
{
	size_t i;

	for (i = 0; i < r->n_checks; i++)
		if (r->checks[i].key != NULL &&
		    kb_ci_contains(r->checks[i].key, "\\CurrentControlSet"))
			return 1;
	return 0;
}

static const struct rule_check *find_check(const struct rule *r, const char *id)
{
	size_t i;

	for (i = 0; i < r->n_checks; i++)
		if (r->checks[i].id != NULL && strcmp(r->checks[i].id, id) == 0)
			return &r->checks[i];
	return NULL;
}

/* What check c reads in control set `set`, as stored.  A key with a
 * wildcard, or one not under CurrentControlSet, has no one value: its
 * readable text stands in (a string). */
static int raw_of_check(struct kb_hive *h, const struct rule_check *c, const char *set,
			const char *text, struct lkg_raw *out)
{
	static const char *const prefixes[] = { "HKLM\\SYSTEM\\", "HKEY_LOCAL_MACHINE\\SYSTEM\\",
						"SYSTEM\\" };
	static const char ccs[] = "CurrentControlSet";
	const char *rest = NULL;
	char path[1024];
	struct hive_value v;
	struct kb_error err;
	hive_key key;
	size_t i;
	int rc;

	memset(out, 0, sizeof *out);
	for (i = 0; c != NULL && i < sizeof prefixes / sizeof prefixes[0] && rest == NULL; i++)
		if (strncasecmp(c->key, prefixes[i], strlen(prefixes[i])) == 0)
			rest = c->key + strlen(prefixes[i]);
	if (rest == NULL || strncasecmp(rest, ccs, sizeof ccs - 1) != 0 ||
	    (rest[sizeof ccs - 1] != '\\' && rest[sizeof ccs - 1] != '\0') || strchr(rest, '*') != NULL ||
	    snprintf(path, sizeof path, "%s%s", set, rest + sizeof ccs - 1) >= (int)sizeof path)
		return raw_string(out, text);
	if (hive_key_find(h, hive_root_key(h), path, &key, &err) != 0)
		return 0;    /* absent */
	if (c->value == NULL) {
		out->kind = LKG_RAW_KEY;
		return 0;
	}
	memset(&v, 0, sizeof v);
	if ((rc = hive_key_value(h, key, c->value, &v, &err)) != 0) {
		hive_value_clear(&v);
		return rc == KB_ENOTFOUND ? 0 : raw_string(out, text);
	}
	if (v.damaged) {
		rc = raw_string(out, text);
	} else if (v.has_number) {
		raw_number(out, 1, v.number);
	} else if (v.type == KB_REG_MULTI_SZ) {
		out->kind = LKG_RAW_LIST;
		for (i = 0, rc = 0; i < v.n_entries && rc == 0; i++)
			rc = raw_push(out, v.entries[i]);
	} else {
		rc = raw_string(out, v.n_entries > 0 ? v.entries[0] : v.text);
	}
	hive_value_clear(&v);
	if (rc != 0)
		raw_clear(out);
	return rc;
}

static int compare_rules(struct lkg_compare *c, struct kb_hive *h,
			 struct rule *const *rules, size_t n_rules, struct kb_error *err)
{
	size_t i, k;
	int rc = 0;

	for (i = 0; i < n_rules && rc == 0; i++) {
		struct controlset_diff *d = NULL;
		size_t n = 0;

		if (!has_control_set_check(rules[i]))
			continue;
		c->rules_compared++;
		if ((rc = hive_compare_control_sets(h, rules[i], &d, &n, err)) != 0)
			return kb_error_prefix(err, rc, "rule %s: ", rules[i]->id);
		for (k = 0; k < n && rc == 0; k++) {
			const struct rule_check *chk = find_check(rules[i], d[k].check_id);
			struct lkg_raw ra, rb;
			if (strcmp(d[k].control_set, c->lkg_set) != 0)
				continue;
			if ((rc = raw_of_check(h, chk, c->current_set, d[k].current, &ra)) != 0)
				break;
			if ((rc = raw_of_check(h, chk, c->lkg_set, d[k].other, &rb)) != 0) {
				raw_clear(&ra);
				break;
			}
			rc = add(c, LKG_RULE_CHECK, rules[i]->id, d[k].check_id,
				 d[k].current, d[k].other, &ra, &rb);
		}
		controlset_diffs_free(d, n);
	}
	if (rc == KB_ENOMEM)
		kb_errorf(err, rc, "out of memory");
	return rc;
}

int lkg_compare(struct kb_hive *h, struct rule *const *rules, size_t n_rules,
		struct lkg_compare **out, struct kb_error *err)
{
	struct lkg_compare *c;
	struct svc_model *cur = NULL, *old = NULL;
	int rc;

	*out = NULL;
	if ((c = calloc(1, sizeof *c)) == NULL)
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	snprintf(c->hive_path, sizeof c->hive_path, "%s", hive_path(h));
	if ((rc = svc_model_load_set(h, NULL, "Current", &cur, err)) != 0 ||
	    (rc = svc_model_load_set(h, NULL, "LastKnownGood", &old, err)) != 0)
		goto out;
	snprintf(c->current_set, sizeof c->current_set, "%s", cur->control_set);
	snprintf(c->lkg_set, sizeof c->lkg_set, "%s", old->control_set);
	c->services_current = cur->n;
	c->services_lkg = old->n;
	c->same_set = strcmp(c->current_set, c->lkg_set) == 0;
	if (c->same_set)
		goto out;
	if ((rc = compare_services(c, cur, old)) != 0) {
		kb_errorf(err, rc, "out of memory");
		goto out;
	}
	rc = compare_rules(c, h, rules, n_rules, err);
out:
	svc_model_free(cur);
	svc_model_free(old);
	if (rc != 0) {
		lkg_compare_free(c);
		return rc;
	}
	*out = c;
	return 0;
}
