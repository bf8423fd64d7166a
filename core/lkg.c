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
	}
	free(c->diffs);
	free(c);
}

static int add(struct lkg_compare *c, enum lkg_diff_kind kind, const char *name,
	       const char *field, const char *current, const char *lkg)
{
	struct lkg_diff *v = realloc(c->diffs, (c->n + 1) * sizeof *v), *d;

	if (v == NULL)
		return KB_ENOMEM;
	c->diffs = v;
	d = &v[c->n++];
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

	start_text(cur, a, sizeof a);
	start_text(old, b, sizeof b);
	if (strcmp(a, b) != 0 || cur->delayed_auto != old->delayed_auto)
		rc = add(c, LKG_SERVICE_VALUE, cur->name, "Start", a, b);
	type_text(cur, a, sizeof a);
	type_text(old, b, sizeof b);
	if (rc == 0 && strcmp(a, b) != 0)
		rc = add(c, LKG_SERVICE_VALUE, cur->name, "Type", a, b);
	if (rc == 0 && !str_eq(cur->image.raw, old->image.raw))
		rc = add(c, LKG_SERVICE_VALUE, cur->name, "ImagePath", cur->image.raw,
			 old->image.raw);
	for (g = 0; g < 2 && rc == 0; g++) {
		da = deps_text(cur, g);
		db = deps_text(old, g);
		/* Windows compares service names ignoring case. */
		if (!(da == NULL && db == NULL) &&
		    (da == NULL || db == NULL || strcasecmp(da, db) != 0))
			rc = add(c, LKG_SERVICE_VALUE, cur->name,
				 g ? "DependOnGroup" : "DependOnService", da, db);
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
		if (cmp < 0) {
			const struct svc_service *s = &cur->services[i++];
			rc = add(c, LKG_ONLY_CURRENT, s->name, "", s->image.raw != NULL ?
				 s->image.raw : "(key)", NULL);
		} else if (cmp > 0) {
			const struct svc_service *s = &old->services[j++];
			rc = add(c, LKG_ONLY_LKG, s->name, "", NULL, s->image.raw != NULL ?
				 s->image.raw : "(key)");
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
		for (k = 0; k < n && rc == 0; k++)
			if (strcmp(d[k].control_set, c->lkg_set) == 0)
				rc = add(c, LKG_RULE_CHECK, rules[i]->id, d[k].check_id,
					 d[k].current, d[k].other);
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
