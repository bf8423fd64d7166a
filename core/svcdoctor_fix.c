/* svcdoctor_fix.c: the one repair the service doctor writes: a disabled
 * service's Start set back to the value another control set keeps for it
 * (svcdoctor.h).  The repair goes through core/fix.c like a rule's (plan,
 * confirmation, backup, verify, undo): it is made as a one-check rule
 * whose every fact is marked as kbwiz's own inference. */
#include "kbwiz/svcdoctor.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "kbwiz/fix.h"
#include "kbwiz/hive.h"
#include "kbwiz/rule_load.h"
#include "kbwiz/shell_quote.h"
#include "kbwiz/strbuf.h"
#include "kbwiz/strutil.h"

/* Start under <control set>\Services\<service>: 0 with *start set,
 * KB_ENOTFOUND when the key or a number is not there. */
static int read_start(struct kb_hive *h, const char *control_set, const char *service,
		      uint64_t *start)
{
	struct kb_error err = { "" };
	struct hive_value v;
	hive_key key;
	char path[600];
	int ok;

	snprintf(path, sizeof path, "%s\\Services\\%s", control_set, service);
	if (hive_key_find(h, hive_root_key(h), path, &key, &err) != 0 ||
	    hive_key_value(h, key, "Start", &v, &err) != 0)
		return KB_ENOTFOUND;
	ok = v.has_number && !v.damaged;
	*start = v.number;
	hive_value_clear(&v);
	return ok ? 0 : KB_ENOTFOUND;
}

int svd_start_elsewhere(struct kb_hive *h, const char *service, uint64_t *value,
			char *from, size_t from_size, struct kb_error *err)
{
	struct hive_subkey *keys = NULL;
	size_t n = 0, i, found = 0;
	struct kb_buf seen = KB_BUF_INIT;
	char current[16];
	int rc;

	if ((rc = hive_current_control_set(h, current, sizeof current, err)) != 0 ||
	    (rc = hive_key_subkeys(h, hive_root_key(h), &keys, &n, err)) != 0)
		return rc;
	for (i = 0; i < n; i++) {
		uint64_t v;
		if (strncasecmp(keys[i].name, "ControlSet", 10) != 0 ||
		    strcasecmp(keys[i].name, current) == 0 ||
		    read_start(h, keys[i].name, service, &v) != 0 || v > 3)
			continue;
		kb_buf_printf(&seen, "%s%s: %llu", found ? ", " : "", keys[i].name,
			      (unsigned long long)v);
		if (found > 0 && v != *value) {
			rc = kb_errorf(err, KB_EREFUSED, "%s: the other control sets disagree on "
				       "Start for %s (%s): which one it had is ambiguous; set it "
				       "by hand", hive_path(h), service, seen.p);
			goto out;
		}
		if (found == 0)
			snprintf(from, from_size, "%s", keys[i].name);
		*value = v;
		found++;
	}
	if (found == 0)
		rc = kb_errorf(err, KB_EREFUSED, "%s: no other control set keeps a Start for %s "
			       "that is not disabled: the value it had is not known offline, and "
			       "kbwiz does not guess it; set it by hand (2 automatic, 3 manual)",
			       hive_path(h), service);
out:
	kb_buf_free(&seen);
	hive_subkeys_free(keys, n);
	return rc;
}

/* The repair as a rule, every fact inferred (kbwiz's, not an article's).
 * Single quotes in YAML double a quote; key names hold no backslash. */
static char *rule_text(const char *service, uint64_t value, const char *from)
{
	struct kb_buf b = KB_BUF_INIT, q = KB_BUF_INIT;
	const char *p;

	for (p = service; *p; p++)
		kb_buf_puts(&q, *p == '\'' ? "''" : (char[]){ *p, '\0' });
	kb_buf_printf(&b,
		"id: 'kbwiz-service-start-%s'\n"
		"article: kbwiz\n"
		"title: '%s is disabled (service doctor)'\n"
		"published: 2000-01-01\n"
		"products:\n  - name: Windows\n"
		"symptoms:\n  - id: disabled\n    question: Does the service fail to start "
		"because it is disabled?\n    inferred: 'the service doctor''s reasoning'\n"
		"cause: The service is disabled (Start = 4).\n"
		"cause-inferred: 'read from the hive by the service doctor'\n"
		"checks:\n  - id: start\n"
		"    key: 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\%s'\n"
		"    value: Start\n    type: REG_DWORD\n    expect: equals\n    data: %llu\n"
		"    inferred: 'the value %s keeps for it'\n"
		"remediation:\n  - id: set-start\n"
		"    registry: {check: start, action: set-value}\n"
		"    text: 'Set Start back to %llu, the value %s keeps.'\n"
		"    inferred: 'kbwiz''s own repair, not an article''s'\n"
		"references: [kbwiz]\n",
		q.p, q.p, q.p, (unsigned long long)value, from, (unsigned long long)value, from);
	kb_buf_free(&q);
	if (b.oom) {
		kb_buf_free(&b);
		return NULL;
	}
	return kb_buf_steal(&b);
}

/* Does finding f show that service failing to start, itself or as a
 * dependency of the service the events name?  The doctor's dependency
 * evidence lists the chain one service a line, "  NAME  DISABLED ...". */
static int finding_is_about(const struct svd_finding *f, const char *service)
{
	size_t i, n = strlen(service);

	if (f->service != NULL && strcasecmp(f->service, service) == 0)
		return 1;
	if (f->kind != SVD_DEPENDENCY)
		return 0;
	for (i = 0; i < f->n_evidence; i++) {
		const char *l = f->evidence[i];

		while (*l == ' ')
			l++;
		if (strncasecmp(l, service, n) == 0 && strncmp(l + n, "  DISABLED", 10) == 0)
			return 1;
	}
	return 0;
}

/* The doctor's findings the repair rests on, one fact a line, into
 * *basis; KB_EREFUSED when no SCM failure event points at the service:
 * a disabled service may be an administrator's choice. */
static int doctor_basis(const char *hive_path_arg, const char *service,
			const char *const *events, size_t n_events, char **basis,
			struct kb_error *err)
{
	struct evidence_set ev = { 0 };
	struct svd_report *r = NULL;
	struct kb_buf b = KB_BUF_INIT;
	size_t i, j, found = 0;
	int rc;

	*basis = NULL;
	if (n_events == 0)
		return kb_errorf(err, KB_EREFUSED, "%s: no event log given: kbwiz sets %s's Start "
				 "back only when a Service Control Manager failure event shows %s, or "
				 "a service that depends on it, failing to start (a disabled service "
				 "may be an administrator's choice); add --events FILE (the System log)",
				 hive_path_arg, service, service);
	if ((rc = evidence_add(&ev, EVIDENCE_HIVE, hive_path_arg, err)) != 0)
		goto out;
	for (i = 0; i < n_events; i++)
		if ((rc = evidence_add(&ev, EVIDENCE_EVENTS, events[i], err)) != 0)
			goto out;
	if ((rc = svd_run(&ev, NULL, &r, err)) != 0)
		goto out;
	for (i = 0; i < r->n; i++) {
		const struct svd_finding *f = &r->v[i];

		if (!finding_is_about(f, service))
			continue;
		found++;
		kb_buf_printf(&b, "%s (%u event%s:", f->summary != NULL ? f->summary : f->service,
			      f->events, f->events == 1 ? "" : "s");
		for (j = 0; j < f->n_ids; j++)
			kb_buf_printf(&b, " %u x%u", f->ids[j], f->id_counts[j]);
		kb_buf_puts(&b, ")\n");
		for (j = 0; j < f->n_evidence; j++)
			kb_buf_printf(&b, "  %s\n", f->evidence[j]);
	}
	if (found == 0) {
		rc = kb_errorf(err, KB_EREFUSED, "%s: the event logs given hold no Service Control "
			       "Manager failure event for %s or for a service that depends on it "
			       "(%llu SCM failure event%s read): a disabled service may be an "
			       "administrator's choice, so kbwiz does not set it back",
			       hive_path_arg, service, (unsigned long long)r->scm_failures,
			       r->scm_failures == 1 ? "" : "s");
		goto out;
	}
	if (b.oom) {
		rc = kb_errorf(err, KB_ENOMEM, "out of memory");
		goto out;
	}
	*basis = kb_buf_steal(&b);
out:
	kb_buf_free(&b);
	svd_free(r);
	evidence_set_free(&ev);
	return rc;
}

int svd_fix_start_plan(const char *hive_path_arg, const char *service,
		       const char *const *events, size_t n_events,
		       struct fix_plan **out, struct kb_error *err)
{
	struct kb_hive *h = NULL;
	struct evidence_facts facts;
	struct evidence_set ev = { 0 };
	struct diagnosis *d = NULL;
	struct rule *r = NULL;
	char current[16], from[64] = "";
	char *yaml = NULL, *basis = NULL;
	uint64_t start = 0, value = 0;
	const char *p;
	int rc;

	*out = NULL;
	for (p = service; *p; p++)
		if ((unsigned char)*p < 0x20 || *p == '\\')
			return kb_errorf(err, KB_EINVAL, "'%s' is not a service key name", service);
	if (*service == '\0')
		return kb_errorf(err, KB_EINVAL, "no service named");
	if ((rc = evidence_facts(hive_path_arg, &facts, err)) != 0 ||
	    (rc = hive_open(hive_path_arg, &h, err)) != 0)
		return rc;
	if ((rc = hive_current_control_set(h, current, sizeof current, err)) != 0)
		goto out;
	if (read_start(h, current, service, &start) != 0) {
		rc = kb_errorf(err, KB_ENOTFOUND, "%s: no %s\\Services\\%s with a Start value",
			       hive_path_arg, current, service);
		goto out;
	}
	if (start != 4) {
		rc = kb_errorf(err, KB_EREFUSED, "%s: %s is not disabled (Start = %llu): "
			       "nothing to set back", hive_path_arg, service,
			       (unsigned long long)start);
		goto out;
	}
	if ((rc = svd_start_elsewhere(h, service, &value, from, sizeof from, err)) != 0)
		goto out;
	hive_close(h);
	h = NULL;
	if ((rc = doctor_basis(hive_path_arg, service, events, n_events, &basis, err)) != 0)
		goto out;
	if ((yaml = rule_text(service, value, from)) == NULL) {
		rc = kb_errorf(err, KB_ENOMEM, "out of memory");
		goto out;
	}
	if ((rc = rule_load_text("service-doctor", yaml, strlen(yaml), &r, err)) != 0)
		goto out;
	if ((rc = diagnosis_new(&r, 1, &d, err)) != 0)
		goto out;
	if ((rc = evidence_add(&ev, EVIDENCE_HIVE, hive_path_arg, err)) != 0 ||
	    (rc = diagnosis_check_registry(d, &ev, err)) != 0)
		goto out;
	if (d->n_files > 0 && !d->files[0].ok) {
		rc = kb_errorf(err, KB_EFORMAT, "%s", d->files[0].error);
		goto out;
	}
	if ((rc = fix_plan_build(d->rules[0].rule, d->rules[0].checks, &facts, out, err)) != 0)
		goto out;
	(*out)->owned = d;
	(*out)->own_basis = basis;
	basis = NULL;
	d = NULL;
out:
	free(basis);
	rule_free(r);   /* NULL once the diagnosis took it */
	diagnosis_free(d);
	evidence_set_free(&ev);
	free(yaml);
	hive_close(h);
	return rc;
}

/* One argument, quoted when the shell would read it otherwise. */
static void put_arg(struct kb_buf *b, const char *arg)
{
	char *q = kb_shell_quote(arg);

	if (q == NULL) {
		b->oom = 1;
		return;
	}
	kb_buf_printf(b, " %s", q);
	free(q);
}

char *svd_fix_command(const char *service, const char *hive_path,
		      const struct evidence_set *ev)
{
	struct kb_buf b = { 0 };
	size_t i;

	kb_buf_puts(&b, "kbwiz fix --service-start");
	put_arg(&b, service);
	kb_buf_puts(&b, " --hive");
	put_arg(&b, hive_path != NULL ? hive_path : "SYSTEM");
	for (i = 0; ev != NULL && i < ev->n; i++)
		if (ev->files[i].kind == EVIDENCE_EVENTS) {
			kb_buf_puts(&b, " --events");
			put_arg(&b, ev->files[i].path);
		}
	if (b.oom) {
		kb_buf_free(&b);
		return NULL;
	}
	return kb_buf_steal(&b);
}
