/* kbtest.c: running each rule's test cases (kb/tests/<ID>.yaml). */
#include "kbwiz/kbtest.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libfyaml.h>

#include "kbwiz/diagnose.h"
#include "kbwiz/evidence.h"
#include "kbwiz/fsutil.h"
#include "lib/evt_writer.h"
#include "lib/hive_writer.h"

enum expectation { EXPECT_MATCH, EXPECT_NO_MATCH, EXPECT_NOT_APPLICABLE };

struct test_ctx {
	const char *path;
	struct kb_error *err;
};

static int node_line(struct fy_node *n)
{
	struct fy_token *t;
	void *it = NULL;

	if (n == NULL)
		return 0;
	if (fy_node_get_type(n) == FYNT_SCALAR) {
		t = fy_node_get_scalar_token(n);
		return t != NULL && fy_token_start_mark(t) != NULL ? fy_token_start_mark(t)->line + 1 : 0;
	}
	if (fy_node_get_type(n) == FYNT_MAPPING) {
		struct fy_node_pair *p = fy_node_mapping_iterate(n, &it);
		return p != NULL ? node_line(fy_node_pair_key(p)) : 0;
	}
	return node_line(fy_node_sequence_iterate(n, &it));
}

static int bad(struct test_ctx *t, struct fy_node *n, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static int bad(struct test_ctx *t, struct fy_node *n, const char *fmt, ...)
{
	char msg[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	return kb_errorf(t->err, KB_EFORMAT, "%s:%d: %s", t->path, node_line(n), msg);
}

static struct fy_node *get(struct fy_node *map, const char *key)
{
	return fy_node_mapping_lookup_by_string(map, key, strlen(key));
}

/* The scalar's text as a new string, NULL when n is not a scalar. */
static char *scalar(struct fy_node *n)
{
	const char *s;
	size_t len;
	char *out;

	if (n == NULL || fy_node_get_type(n) != FYNT_SCALAR)
		return NULL;
	s = fy_node_get_scalar(n, &len);
	out = malloc(len + 1);
	if (out != NULL) {
		memcpy(out, s, len);
		out[len] = '\0';
	}
	return out;
}

/* Every field of map must be one of allowed: a typo in a test file must
 * not make a case test less than it says. */
static int only_fields(struct test_ctx *t, struct fy_node *map, const char *what,
		       const char *const *allowed)
{
	struct fy_node_pair *p;
	void *it = NULL;

	if (map == NULL || fy_node_get_type(map) != FYNT_MAPPING)
		return bad(t, map, "%s: expected a mapping", what);
	while ((p = fy_node_mapping_iterate(map, &it)) != NULL) {
		char *key = scalar(fy_node_pair_key(p));
		const char *const *a;
		int ok = 0;
		for (a = allowed; key != NULL && *a != NULL; a++)
			ok |= strcmp(key, *a) == 0;
		if (!ok) {
			int rc = bad(t, fy_node_pair_key(p), "%s: unknown field '%s'", what,
				     key != NULL ? key : "?");
			free(key);
			return rc;
		}
		free(key);
	}
	return 0;
}

/* ---- building the evidence --------------------------------------------- */

/* Cluster log lines from the case, each with an NT 4.0-2003 prefix. */
static int write_cluster_log(const char *path, const char *lines, struct kb_error *err)
{
	size_t cap = strlen(lines) * 2 + 4096, used = 0;
	char *out = malloc(cap);
	const char *p = lines;
	int n = 0, rc;

	if (out == NULL)
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	while (*p != '\0') {
		size_t len = strcspn(p, "\n");
		if (len > 0)
			used += (size_t)snprintf(out + used, cap - used,
						 "00000574.00000578::2002/06/11-12:00:%02d.%03d %.*s\r\n",
						 (n / 1000) % 60, n % 1000, (int)len, p);
		n++;
		p += len;
		if (*p == '\n')
			p++;
	}
	out[used] = '\0';
	rc = kb_write_file_atomic(path, out, used, err);
	free(out);
	return rc;
}

static unsigned level_type(const char *level)
{
	if (level == NULL || strcasecmp(level, "information") == 0)
		return EVT_TYPE_INFORMATION;
	if (strcasecmp(level, "error") == 0)
		return EVT_TYPE_ERROR;
	if (strcasecmp(level, "warning") == 0)
		return EVT_TYPE_WARNING;
	return EVT_TYPE_INFORMATION;
}

/* Events go into SysEvent.Evt or AppEvent.Evt by their log, as Windows
 * keeps them; the .evt reader names the log from the file name. */
static int write_events(struct test_ctx *t, struct fy_node *events, const char *dir,
			struct evidence_set *ev)
{
	static const struct { const char *log, *file; } files[] = {
		{ "System", "SysEvent.Evt" }, { "Application", "AppEvent.Evt" },
	};
	static const char *const fields[] = { "log", "id", "source", "level", "strings",
					      "computer", "after", NULL };
	size_t f;
	int rc = 0;

	if (fy_node_get_type(events) != FYNT_SEQUENCE)
		return bad(t, events, "events: expected a list");
	for (f = 0; f < 2 && rc == 0; f++) {
		struct evt_writer *w = NULL;
		struct fy_node *e;
		void *it = NULL;
		int64_t time = 1023790000;   /* 2002-06-11, the era of the rules */
		char path[4096];

		snprintf(path, sizeof path, "%s/%s", dir, files[f].file);
		while (rc == 0 && (e = fy_node_sequence_iterate(events, &it)) != NULL) {
			char *log = NULL, *id = NULL, *source = NULL, *level = NULL, *computer = NULL;
			char *after = NULL;
			const char *strs[16];
			char *owned[16];
			size_t n = 0, i;
			struct fy_node *sl, *sn;
			void *sit = NULL;

			if ((rc = only_fields(t, e, "events[]", fields)) != 0)
				break;
			log = scalar(get(e, "log"));
			id = scalar(get(e, "id"));
			source = scalar(get(e, "source"));
			level = scalar(get(e, "level"));
			computer = scalar(get(e, "computer"));
			/* after: seconds since the event before it (7 unless
			 * given), for symptoms with a time window. */
			after = scalar(get(e, "after"));
			if (id == NULL || source == NULL) {
				rc = bad(t, e, "an event needs id and source");
			} else if (strcasecmp(log != NULL ? log : "System", files[f].log) == 0) {
				if (after != NULL)
					time += strtoll(after, NULL, 10) - 7;
				sl = get(e, "strings");
				while (sl != NULL && n < 16 && (sn = fy_node_sequence_iterate(sl, &sit)) != NULL) {
					owned[n] = scalar(sn);
					strs[n] = owned[n] != NULL ? owned[n] : "";
					n++;
				}
				if (w == NULL && (w = evt_writer_new(path, t->err)) == NULL)
					rc = KB_ENOMEM;
				if (rc == 0) {
					unsigned type = level_type(level);
					if (evt_writer_add(w, time, evt_identifier_for((unsigned)atoi(id), type),
							   type, source, computer != NULL ? computer : "NODE1",
							   strs, n, NULL) != 0)
						rc = bad(t, e, "this event cannot be written as an .evt record");
					time += 7;
				}
				for (i = 0; i < n; i++)
					free(owned[i]);
			}
			free(log);
			free(id);
			free(source);
			free(level);
			free(computer);
			free(after);
		}
		if (w != NULL) {
			struct kb_error werr;
			int wrc = evt_writer_close(w, &werr);

			if (wrc != 0 && rc == 0)
				rc = kb_errorf(t->err, wrc, "%s", werr.msg);
			if (rc == 0)
				rc = evidence_add(ev, EVIDENCE_EVENTS, path, t->err);
		}
	}
	return rc;
}

static int build_case(struct test_ctx *t, struct fy_node *c, const char *dir,
		      struct evidence_set *ev)
{
	struct fy_node *hives = get(c, "hives"), *log = get(c, "cluster_log"),
		       *events = get(c, "events");
	struct fy_node_pair *p;
	void *it = NULL;
	struct kb_error herr;
	char path[4096];
	int rc = 0;

	if (hives != NULL) {
		if (fy_node_get_type(hives) != FYNT_MAPPING)
			return bad(t, hives, "hives: expected a mapping of hive name to spec");
		while (rc == 0 && (p = fy_node_mapping_iterate(hives, &it)) != NULL) {
			char *name = scalar(fy_node_pair_key(p));
			char *spec = scalar(fy_node_pair_value(p));
			if (name == NULL || spec == NULL ||
			    (strcmp(name, "SYSTEM") != 0 && strcmp(name, "SOFTWARE") != 0)) {
				rc = bad(t, fy_node_pair_key(p), "hives: expected SYSTEM or SOFTWARE with a spec");
			} else {
				snprintf(path, sizeof path, "%s/%s", dir, name);
				if (hive_fixture_build(path, spec, &herr) != 0)
					rc = bad(t, fy_node_pair_value(p), "hive %s: %s", name, herr.msg);
				else
					rc = evidence_add(ev, EVIDENCE_HIVE, path, t->err);
			}
			free(name);
			free(spec);
		}
	}
	if (rc == 0 && log != NULL) {
		char *text = scalar(log);
		snprintf(path, sizeof path, "%s/cluster.log", dir);
		if (text == NULL)
			rc = bad(t, log, "cluster_log: expected text");
		else if ((rc = write_cluster_log(path, text, t->err)) == 0)
			rc = evidence_add(ev, EVIDENCE_LOG, path, t->err);
		free(text);
	}
	if (rc == 0 && events != NULL)
		rc = write_events(t, events, dir, ev);
	return rc;
}

/* ---- judging ------------------------------------------------------------ */

static void judge(const struct diagnosis *d, const char *rule_id, enum expectation want,
		  char *msg, size_t size, int *passed)
{
	const struct diag_rule *target = diagnosis_find(d, rule_id);
	const struct diag_rule *first = d->n_rules > 0 ? &d->rules[0] : NULL;
	const struct diag_rule *other = NULL;
	size_t i;

	*passed = 0;
	for (i = 0; i < d->n_rules; i++)
		if (d->rules[i].diagnosed && strcasecmp(d->rules[i].rule->id, rule_id) != 0) {
			other = &d->rules[i];
			break;
		}
	if (target == NULL) {
		snprintf(msg, size, "rule %s is not loaded", rule_id);
		return;
	}
	switch (want) {
	case EXPECT_MATCH:
		if (!target->diagnosed)
			snprintf(msg, size, "%s not diagnosed (%s)", rule_id,
				 target->why != NULL && *target->why ? target->why : "nothing seen");
		else if (first != target)
			snprintf(msg, size, "%s diagnosed but ranked below %s (score %.1f vs %.1f)",
				 rule_id, first->rule->id, target->score, first->score);
		else {
			snprintf(msg, size, "diagnosed first (%s): %s", diag_verdict_name(target->verdict),
				 target->why);
			*passed = 1;
		}
		return;
	case EXPECT_NOT_APPLICABLE:
		if (target->applies != DIAG_NOT_APPLICABLE) {
			snprintf(msg, size, "%s is not reported as not applicable", rule_id);
			return;
		}
		if (other == NULL && !target->diagnosed) {
			snprintf(msg, size, "no diagnosis, rule not applicable: %s",
				 target->not_applicable_reason != NULL ?
				 target->not_applicable_reason : "a condition is not met");
			*passed = 1;
			return;
		}
		/* and nothing else may be diagnosed either: */
		/* FALLTHROUGH */
	case EXPECT_NO_MATCH:
		if (target->diagnosed)
			snprintf(msg, size, "%s diagnosed on a healthy set (%s)", rule_id, target->why);
		else if (other != NULL)
			snprintf(msg, size, "false diagnosis: %s (%s)", other->rule->id, other->why);
		else {
			snprintf(msg, size, "no diagnosis%s", want == EXPECT_NOT_APPLICABLE ?
				 ", rule not applicable" : "");
			*passed = 1;
		}
		return;
	}
}

static int run_case(struct test_ctx *t, struct fy_node *c, const char *rule_id,
		    struct rule *const *rules, size_t n_rules,
		    kbtest_report_fn report, void *rctx, int *passed)
{
	static const char *const fields[] = { "name", "expect", "verdict", "hives",
					      "cluster_log", "events", "note", NULL };
	struct evidence_set ev = { 0 };
	struct diagnosis *d = NULL;
	struct kbtest_outcome o;
	char *name = NULL, *expect = NULL, *verdict = NULL, dir[4096], msg[1024];
	const char *tmp = getenv("TMPDIR");
	enum expectation want;
	int rc;

	*passed = 0;
	dir[0] = '\0';
	if ((rc = only_fields(t, c, "cases[]", fields)) != 0)
		return rc;
	name = scalar(get(c, "name"));
	expect = scalar(get(c, "expect"));
	if (name == NULL || expect == NULL) {
		rc = bad(t, c, "a case needs a name and expect");
		goto out;
	}
	if (strcmp(expect, "match") == 0)
		want = EXPECT_MATCH;
	else if (strcmp(expect, "no-match") == 0)
		want = EXPECT_NO_MATCH;
	else if (strcmp(expect, "not-applicable") == 0)
		want = EXPECT_NOT_APPLICABLE;
	else {
		rc = bad(t, get(c, "expect"), "expect: expected match, no-match or not-applicable, found '%s'",
			 expect);
		goto out;
	}
	/* An optional verdict the rule must get as well ("confirmed"). */
	verdict = scalar(get(c, "verdict"));
	if (verdict != NULL && diag_verdict_from_id(verdict) < 0) {
		rc = bad(t, get(c, "verdict"), "verdict: expected confirmed, possible, "
			 "cause-not-found, repaired, not-applicable or none, found '%s'", verdict);
		goto out;
	}
	snprintf(dir, sizeof dir, "%s/kbwiz-kbtest.XXXXXX", tmp != NULL && *tmp ? tmp : "/tmp");
	if (mkdtemp(dir) == NULL) {
		rc = kb_errorf(t->err, KB_EIO, "%s: cannot make a temporary directory", dir);
		dir[0] = '\0';
		goto out;
	}
	if ((rc = build_case(t, c, dir, &ev)) != 0 ||
	    (rc = diagnosis_new_borrowed(rules, n_rules, &d, t->err)) != 0 ||
	    (rc = diagnosis_run(d, &ev, NULL, NULL, t->err)) != 0)
		goto out;
	judge(d, rule_id, want, msg, sizeof msg, passed);
	if (*passed && verdict != NULL && diagnosis_find(d, rule_id) != NULL &&
	    diagnosis_find(d, rule_id)->verdict != (enum diag_verdict)diag_verdict_from_id(verdict)) {
		snprintf(msg, sizeof msg, "%s is %s, not %s", rule_id,
			 diag_verdict_name(diagnosis_find(d, rule_id)->verdict), verdict);
		*passed = 0;
	}
	o.rule_id = rule_id;
	o.case_name = name;
	o.passed = *passed;
	o.message = msg;
	report(rctx, &o);
out:
	if (dir[0] != '\0') {
		size_t i;
		for (i = 0; i < ev.n; i++)
			unlink(ev.files[i].path);
		rmdir(dir);
	}
	diagnosis_free(d);
	evidence_set_free(&ev);
	free(name);
	free(expect);
	free(verdict);
	return rc;
}

int kbtest_run_file(const char *path, struct rule *const *rules, size_t n_rules,
		    kbtest_report_fn report, void *ctx, size_t *passed,
		    size_t *failed, struct kb_error *err)
{
	static const char *const fields[] = { "rule", "cases", NULL };
	struct test_ctx t = { path, err };
	struct fy_document *doc;
	struct fy_node *root, *cases, *c;
	void *it = NULL;
	char *rule_id = NULL;
	int rc;

	*passed = *failed = 0;
	doc = fy_document_build_from_file(NULL, path);
	if (doc == NULL)
		return kb_errorf(err, KB_EFORMAT, "%s: not a readable YAML file", path);
	root = fy_document_root(doc);
	if ((rc = only_fields(&t, root, "test file", fields)) != 0)
		goto out;
	rule_id = scalar(get(root, "rule"));
	cases = get(root, "cases");
	if (rule_id == NULL || cases == NULL || fy_node_get_type(cases) != FYNT_SEQUENCE) {
		rc = bad(&t, root, "expected 'rule: ID' and a list of 'cases'");
		goto out;
	}
	while ((c = fy_node_sequence_iterate(cases, &it)) != NULL) {
		int ok;
		if ((rc = run_case(&t, c, rule_id, rules, n_rules, report, ctx, &ok)) != 0)
			goto out;
		if (ok)
			(*passed)++;
		else
			(*failed)++;
	}
out:
	free(rule_id);
	fy_document_destroy(doc);
	return rc;
}
