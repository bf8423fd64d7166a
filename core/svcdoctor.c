/* svcdoctor.c: the service doctor (svcdoctor.h): the Service Control
 * Manager's failure events picked out, mapped to services and gathered
 * into findings, with the configuration they are checked against; the
 * reasoning per finding is svcdoctor_reason.c's.  The event layouts it
 * relies on are in docs/service-doctor.md. */
#include "kbwiz/svcdoctor.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "kbwiz/evtlist.h"
#include "kbwiz/hive.h"
#include "kbwiz/msgref.h"
#include "kbwiz/services.h"
#include "kbwiz/strutil.h"
#include "svcdoctor_internal.h"

static const unsigned failure_ids[] = {
	7000, 7001, 7003, 7009, 7011, 7022, 7023, 7024, 7026, 7031, 7034, 7038, 7041,
};

/* id, name, and what the events of the kind mean (the SCM's messages) */
static const char *const kind_names[][3] = {
	[SVD_IMAGE] = { "image", "image file", "Windows could not find or load the service's "
			"program file (its ImagePath)" },
	[SVD_DEPENDENCY] = { "dependency", "dependency", "a service or group it depends on did "
			     "not start or does not exist" },
	[SVD_DISABLED] = { "disabled", "disabled", "the service, or one it depends on, is disabled" },
	[SVD_LOGON] = { "logon", "logon account", "the Service Control Manager could not log on "
			"as the service's account" },
	[SVD_TIMEOUT] = { "timeout", "timeout", "the service did not report to the Service "
			  "Control Manager in time" },
	[SVD_DRIVER] = { "driver", "boot or system driver", "a boot-start or system-start driver "
			 "did not load" },
	[SVD_EXIT_CODE] = { "error-code", "error code", "the service stopped, reporting the error" },
	[SVD_CRASH] = { "terminated", "terminated unexpectedly", "the service's process ended "
			"without reporting a stop" },
};

const char *svd_kind_id(enum svd_kind k)
{
	return kind_names[k][0];
}

const char *svd_kind_name(enum svd_kind k)
{
	return kind_names[k][1];
}

const char *svd_kind_meaning(enum svd_kind k)
{
	return kind_names[k][2];
}

static void strv_free(char **v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

static void finding_free(struct svd_finding *f)
{
	free(f->service);
	free(f->named_as);
	free(f->mapping);
	free(f->error_text);
	free(f->error_from);
	free(f->example);
	free(f->summary);
	strv_free(f->evidence, f->n_evidence);
	strv_free(f->reasoning, f->n_reasoning);
	strv_free(f->steps, f->n_steps);
	strv_free(f->start_repairs, f->n_start_repairs);
}

void svd_free(struct svd_report *r)
{
	size_t i;

	if (r == NULL)
		return;
	for (i = 0; i < r->n; i++)
		finding_free(&r->v[i]);
	free(r->v);
	free(r->configuration_why);
	free(r->hive_path);
	free(r->sam_path);
	free(r->error);
	free(r);
}

void svd_push(struct doc *d, char ***v, size_t *n, const char *fmt, ...)
{
	va_list ap;
	char *s, **nv;

	va_start(ap, fmt);
	s = kb_strdup_vprintf(fmt, ap);
	va_end(ap);
	nv = s != NULL ? realloc(*v, (*n + 1) * sizeof *nv) : NULL;
	if (nv == NULL) {
		free(s);
		d->oom = 1;
		return;
	}
	nv[*n] = s;
	*v = nv;
	(*n)++;
}

/* ---- reading one event ---- */

static enum svd_kind kind_of(unsigned id, int has_error, unsigned code)
{
	switch (id) {
	case 7001: case 7003: return SVD_DEPENDENCY;
	case 7009: case 7011: case 7022: return SVD_TIMEOUT;
	case 7026: return SVD_DRIVER;
	case 7031: case 7034: return SVD_CRASH;
	case 7038: case 7041: return SVD_LOGON;
	case 7023: case 7024: return SVD_EXIT_CODE;
	default: break;
	}
	if (!has_error)
		return SVD_EXIT_CODE;
	switch (code) {
	case 2: case 3: case 193: case 216: return SVD_IMAGE;
	case 1068: case 1075: return SVD_DEPENDENCY;
	case 1058: return SVD_DISABLED;
	case 1053: return SVD_TIMEOUT;
	case 1057: case 1069: case 1326: case 1330: case 1385: case 1909: return SVD_LOGON;
	default: return SVD_EXIT_CODE;
	}
}

/* Which insertion string names the service: %2 in the timeouts (%1 is
 * the time waited), %1 everywhere else. */
static const char *event_service(const struct evl_event *e)
{
	size_t at = (e->event_id == 7009 || e->event_id == 7011) ? 1 : 0;

	return at < e->n_strings ? e->strings[at] : NULL;
}

/* The first message reference (%%N) after the service's name; 7024 on
 * Windows XP and 2003 gives a plain number: the service's own code. */
static int event_error(const struct evl_event *e, unsigned *code, int *specific)
{
	size_t i, pos;

	*specific = 0;
	for (i = 1; i < e->n_strings; i++) {
		pos = 0;
		if (msgref_next(e->strings[i], &pos, code))
			return 1;
	}
	if (e->event_id == 7024 && e->n_strings > 1) {
		const char *s = e->strings[1];
		char *end;
		unsigned long v = strtoul(s, &end, 0);
		if (end != s && *end == '\0' && v <= 0xFFFFFFFFul) {
			*code = (unsigned)v;
			*specific = 1;
			return 1;
		}
	}
	return 0;
}

/* Windows 7 and later put the service's key name in the event's binary
 * data, UTF-16LE "Name/N"; libevtx hands it over as hex text.  The key
 * name is decoded into out, or out is "". */
static void binary_key_name(const struct evl_event *e, char *out, size_t size)
{
	const char *h;
	size_t len, i, o = 0;

	out[0] = '\0';
	if (e->n_strings < 2)
		return;
	h = e->strings[e->n_strings - 1];
	len = strlen(h);
	if (len < 8 || len % 4 != 0)
		return;
	for (i = 0; i < len; i++)
		if (!isxdigit((unsigned char)h[i]))
			return;
	for (i = 0; i + 4 <= len && o + 1 < size; i += 4) {
		unsigned lo, hi;
		if (sscanf(h + i, "%2x%2x", &lo, &hi) != 2 || hi != 0)
			break;
		if (lo == 0)
			break;
		if (lo < 0x20 || lo > 0x7e) {
			o = 0;
			break;
		}
		out[o++] = (char)lo;
	}
	out[o] = '\0';
	/* "/1": which instance of the event, not part of the name. */
	for (i = o; i > 0 && isdigit((unsigned char)out[i - 1]); i--)
		;
	if (i > 0 && i < o && out[i - 1] == '/')
		out[i - 1] = '\0';
}

/* The service a name (display name or key name) is; how in words. */
long svd_map_service(struct doc *d, const char *name, const char *key_hint,
			char **how)
{
	const struct svc_model *m = d->m;
	size_t i, indirect = 0;
	long idx;

	*how = NULL;
	if (m == NULL) {
		*how = kb_strdup("not mapped: configuration not available");
		goto out_unmapped;
	}
	if (key_hint != NULL && *key_hint && (idx = svc_index(m, key_hint)) >= 0) {
		*how = kb_strdup_printf("by the key name the event's data carries (%s)", key_hint);
		return *how != NULL ? idx : (d->oom = 1, idx);
	}
	for (i = 0; name != NULL && i < m->n; i++)
		if (m->services[i].display_name != NULL &&
		    strcasecmp(m->services[i].display_name, name) == 0) {
			*how = kb_strdup("by display name");
			return *how != NULL ? (long)i : (d->oom = 1, (long)i);
		}
	if (name != NULL && (idx = svc_index(m, name)) >= 0) {
		const char *dn = m->services[idx].display_name;
		if (dn != NULL && dn[0] == '@')
			*how = kb_strdup_printf("by key name: its DisplayName is an indirect string "
						"(%s) that cannot be read offline", dn);
		else
			*how = kb_strdup("by key name");
		return *how != NULL ? idx : (d->oom = 1, idx);
	}
	for (i = 0; i < m->n; i++)
		indirect += m->services[i].display_name != NULL &&
			    m->services[i].display_name[0] == '@';
	if (indirect > 0)
		*how = kb_strdup_printf("not mapped: no service in %s has this display name or key "
					"name; %zu services have indirect display names (@file,-N) "
					"that cannot be read offline, and it may be one of them",
					m->control_set, indirect);
	else
		*how = kb_strdup_printf("not mapped: no service in %s has this display name or "
					"key name", m->control_set);
out_unmapped:
	if (*how == NULL)
		d->oom = 1;
	return -1;
}

/* An Event Viewer export carries the message, not the insertion
 * strings: "The X service failed to start ...", "... waiting for the X
 * service to connect."  The name between "the " and " service". */
static char *prose_service(const char *text)
{
	const char *p = text, *q;

	while ((p = strstr(p, "he ")) != NULL) {
		if (p > text && (p[-1] == 'T' || p[-1] == 't') && (p - 1 == text || p[-2] == ' ')) {
			p += 3;
			q = strstr(p, " service");
			if (q != NULL && q > p)
				return kb_strndup(p, (size_t)(q - p));
			return NULL;
		}
		p += 3;
	}
	return NULL;
}

/* ---- gathering findings ---- */

static struct svd_finding *find_or_add(struct doc *d, enum svd_kind kind,
				       const char *named_as, const char *key_hint,
				       int has_error, unsigned code)
{
	struct svd_report *r = d->r;
	struct svd_finding *v, *f;
	char *how = NULL;
	long idx;
	size_t i;
	char **dn;
	unsigned *tm;

	idx = svd_map_service(d, named_as, key_hint, &how);
	for (i = 0; i < r->n; i++) {
		f = &r->v[i];
		if (f->kind != kind)
			continue;
		if (idx >= 0 ? f->index != idx : (f->index >= 0 || strcasecmp(f->named_as, named_as) != 0))
			continue;
		/* One finding per service and kind; error codes apart only
		 * where the code is the whole story. */
		if (kind == SVD_EXIT_CODE && (f->has_error != has_error || f->error_code != code))
			continue;
		free(how);
		return f;
	}
	v = realloc(r->v, (r->n + 1) * sizeof *v);
	dn = realloc(d->dep_named, (r->n + 1) * sizeof *dn);
	if (dn != NULL)
		d->dep_named = dn;
	tm = realloc(d->timeout_ms, (r->n + 1) * sizeof *tm);
	if (tm != NULL)
		d->timeout_ms = tm;
	if (v == NULL || dn == NULL || tm == NULL) {
		if (v != NULL)
			r->v = v;
		free(how);
		d->oom = 1;
		return NULL;
	}
	r->v = v;
	d->dep_named[r->n] = NULL;
	d->timeout_ms[r->n] = 0;
	f = &r->v[r->n];
	memset(f, 0, sizeof *f);
	f->kind = kind;
	f->index = idx;
	f->mapping = how;
	f->named_as = kb_strdup(named_as);
	f->service = kb_strdup(idx >= 0 ? d->m->services[idx].name : named_as);
	f->has_error = has_error;
	f->error_code = code;
	f->verdict = VERDICT_POSSIBLE;
	r->n++;
	if (f->named_as == NULL || f->service == NULL)
		d->oom = 1;
	return f;
}

static void note_event(struct doc *d, struct svd_finding *f, const struct evl_event *e)
{
	size_t i;

	f->events++;
	for (i = 0; i < f->n_ids && f->ids[i] != e->event_id; i++)
		;
	if (i == f->n_ids && f->n_ids < SVD_MAX_IDS)
		f->ids[f->n_ids++] = e->event_id;
	if (i < f->n_ids)
		f->id_counts[i]++;
	if (e->time != 0 && (f->first == 0 || e->time < f->first))
		f->first = e->time;
	if (e->time > f->last)
		f->last = e->time;
	if (f->example == NULL && (f->example = evl_event_text(e)) == NULL)
		d->oom = 1;
}

/* 7026 names every driver that failed, one a line (%1). */
static void add_drivers(struct doc *d, const struct evl_event *e)
{
	const char *p = e->n_strings > 0 ? e->strings[0] : "";
	char name[256];

	while (*p) {
		size_t n;
		struct svd_finding *f;
		p += strspn(p, " \t\r\n,;");
		n = strcspn(p, " \t\r\n,;");
		if (n == 0)
			break;
		snprintf(name, sizeof name, "%.*s", (int)(n < 255 ? n : 255), p);
		p += n;
		if ((f = find_or_add(d, SVD_DRIVER, name, NULL, 0, 0)) != NULL)
			note_event(d, f, e);
	}
}

static void add_event(struct doc *d, const struct evl_event *e)
{
	char key_hint[128];
	unsigned code = 0;
	int specific = 0, has_error;
	const char *name;
	char *prose = NULL;
	struct svd_finding *f;
	enum svd_kind kind;

	if (e->event_id == 7026) {
		add_drivers(d, e);
		return;
	}
	name = event_service(e);
	if (e->n_strings == 1 && strstr(e->strings[0], " service") != NULL &&
	    (strncasecmp(e->strings[0], "The ", 4) == 0 ||
	     strncasecmp(e->strings[0], "Timeout ", 8) == 0)) {
		/* An export's message text, not an insertion string */
		if ((prose = prose_service(e->strings[0])) == NULL)
			return;
		name = prose;
	}
	if (name == NULL || *name == '\0')
		goto out;
	has_error = prose == NULL ? event_error(e, &code, &specific)
				  : svd_messages_find_text(d->msgs, e->strings[0], &code);
	kind = kind_of(e->event_id, has_error, code);
	binary_key_name(e, key_hint, sizeof key_hint);
	f = find_or_add(d, kind, name, key_hint, has_error, code);
	if (f == NULL)
		goto out;
	if (has_error && !f->has_error) {
		f->has_error = 1;
		f->error_code = code;
	}
	f->service_specific |= specific;
	note_event(d, f, e);
	if ((e->event_id == 7001 || e->event_id == 7003) && e->n_strings > 1 &&
	    d->dep_named[f - d->r->v] == NULL &&
	    (d->dep_named[f - d->r->v] = kb_strdup(e->strings[1])) == NULL)
		d->oom = 1;
	if ((e->event_id == 7009 || e->event_id == 7011) && e->n_strings > 1)
		d->timeout_ms[f - d->r->v] = (unsigned)strtoul(e->strings[0], NULL, 10);
out:
	free(prose);
}

/* ---- the configuration ---- */

static void read_sam(struct doc *d, const char *path)
{
	struct kb_hive *h = NULL;
	struct kb_error err = { "" };
	struct hive_subkey *keys = NULL;
	size_t n = 0, i;
	hive_key names;

	if (hive_open(path, &h, &err) != 0)
		return;
	/* Local accounts: one subkey per user name. */
	if (hive_key_find(h, hive_root_key(h), "SAM\\Domains\\Account\\Users\\Names",
			  &names, &err) == 0 &&
	    hive_key_subkeys(h, names, &keys, &n, &err) == 0) {
		d->sam_users = calloc(n + 1, sizeof *d->sam_users);
		for (i = 0; d->sam_users != NULL && i < n; i++)
			if ((d->sam_users[d->n_sam_users] = kb_strdup(keys[i].name)) != NULL)
				d->n_sam_users++;
		if (d->sam_users != NULL && (d->r->sam_path = kb_strdup(path)) == NULL)
			d->oom = 1;
	}
	hive_subkeys_free(keys, n);
	hive_close(h);
}

static void read_system(struct doc *d, const struct evidence_set *ev, const char *path,
			struct kb_hive *h)
{
	struct kb_error err = { "" };
	struct hive_value v;
	hive_key key;
	char beside[4096];

	if (svc_model_load(h, ev->root, &d->m, &err) != 0) {
		d->r->configuration_why = kb_strdup(err.msg);
		return;
	}
	d->r->configuration = 1;
	d->r->volume = ev->root != NULL;
	d->r->hive_path = kb_strdup(path);
	snprintf(d->r->control_set, sizeof d->r->control_set, "%s", d->m->control_set);
	snprintf(beside, sizeof beside, "%s\\Control", d->m->control_set);
	if (hive_key_find(h, hive_root_key(h), beside, &key, &err) == 0) {
		if (hive_key_value(h, key, "ServicesPipeTimeout", &v, &err) == 0) {
			if (v.has_number && !v.damaged && v.number <= 0xFFFFFFFFu) {
				d->r->has_pipe_timeout = 1;
				d->r->pipe_timeout_ms = (uint32_t)v.number;
			}
			hive_value_clear(&v);
		}
	}
	snprintf(beside, sizeof beside, "%s\\Control\\ComputerName\\ComputerName", d->m->control_set);
	if (hive_key_find(h, hive_root_key(h), beside, &key, &err) == 0 &&
	    hive_key_value(h, key, "ComputerName", &v, &err) == 0) {
		if (v.n_entries > 0 && !v.damaged)
			d->computer = kb_strdup(v.entries[0]);
		hive_value_clear(&v);
	}
	if (machine_read(h, NULL, &d->machine, &err) != 0)
		d->oom = 1;
	if (d->r->sam_path == NULL && evidence_find_beside(path, "SAM", beside, sizeof beside) == 0)
		read_sam(d, beside);
}

static void read_hives(struct doc *d, const struct evidence_set *ev, const struct svd_options *o)
{
	size_t i;

	if (o != NULL && o->sam_path != NULL)
		read_sam(d, o->sam_path);
	for (i = 0; i < ev->n; i++) {
		struct kb_hive *h = NULL;
		struct kb_error err = { "" };
		const char *kind;

		if (ev->files[i].kind != EVIDENCE_HIVE)
			continue;
		if (hive_open(ev->files[i].path, &h, &err) != 0) {
			if (d->r->configuration_why == NULL)
				d->r->configuration_why = kb_strdup(err.msg);
			continue;
		}
		kind = hive_kind(h);
		if (strcmp(kind, "SAM") == 0 && d->r->sam_path == NULL)
			read_sam(d, ev->files[i].path);
		else if (strcmp(kind, "SYSTEM") == 0 && d->m == NULL) {
			read_system(d, ev, ev->files[i].path, h);
			if (d->m != NULL) {
				d->system = h;
				continue;
			}
		}
		hive_close(h);
	}
	if (d->m == NULL && d->r->configuration_why == NULL)
		d->r->configuration_why = kb_strdup("no SYSTEM hive among the evidence");
}

static int verdict_rank(enum diag_verdict v)
{
	switch (v) {
	case VERDICT_CONFIRMED: return 0;
	case VERDICT_POSSIBLE: return 1;
	case VERDICT_CAUSE_NOT_FOUND: return 2;
	case VERDICT_REPAIRED: return 3;
	default: return 4;
	}
}

static int cmp_finding(const void *a, const void *b)
{
	const struct svd_finding *x = a, *y = b;
	int c = verdict_rank(x->verdict) - verdict_rank(y->verdict);

	if (c == 0)
		c = strcasecmp(x->service, y->service);
	if (c == 0)
		c = (int)x->kind - (int)y->kind;
	return c != 0 ? c : (x->error_code > y->error_code) - (x->error_code < y->error_code);
}

static int is_failure_id(unsigned id)
{
	size_t i;

	for (i = 0; i < sizeof failure_ids / sizeof failure_ids[0]; i++)
		if (failure_ids[i] == id)
			return 1;
	return 0;
}

static int is_scm(const char *source)
{
	return source != NULL && strcasecmp(source, "Service Control Manager") == 0;
}

int svd_run_events(const struct evl_list *list, const struct evidence_set *ev,
		   const struct svd_options *o, struct svd_report **out,
		   struct kb_error *err)
{
	struct doc d;
	size_t i;
	int rc = 0;

	*out = NULL;
	memset(&d, 0, sizeof d);
	if ((d.r = calloc(1, sizeof *d.r)) == NULL) {
		rc = kb_errorf(err, KB_ENOMEM, "out of memory");
		goto out;
	}
	if (o != NULL && o->messages_path != NULL &&
	    svd_messages_load(o->messages_path, &d.msgs, err) == KB_ENOMEM) {
		rc = KB_ENOMEM;
		goto out;
	}
	kb_error_clear(err);
	if (ev != NULL)
		read_hives(&d, ev, o);
	else
		d.r->configuration_why = kb_strdup("no SYSTEM hive among the evidence");
	/* evl_load counts what it read before keeping the failure IDs. */
	d.r->events_read = list->read > list->n ? list->read : list->n;
	for (i = 0; i < list->n && !d.oom; i++) {
		if (!is_scm(list->events[i].source)) {
			d.r->other_sources += is_failure_id(list->events[i].event_id);
			continue;
		}
		if (!is_failure_id(list->events[i].event_id))
			continue;
		d.r->scm_failures++;
		add_event(&d, &list->events[i]);
	}
	for (i = 0; i < d.r->n && !d.oom; i++) {
		svd_reason(&d, &d.r->v[i]);
		svd_summarise(&d, &d.r->v[i]);
	}
	if (d.oom || (d.r->configuration_why == NULL && !d.r->configuration)) {
		rc = kb_errorf(err, KB_ENOMEM, "out of memory");
		goto out;
	}
	if (d.r->n > 1)
		qsort(d.r->v, d.r->n, sizeof *d.r->v, cmp_finding);
out:
	for (i = 0; d.dep_named != NULL && d.r != NULL && i < d.r->n; i++)
		free(d.dep_named[i]);
	free(d.dep_named);
	free(d.timeout_ms);
	strv_free(d.sam_users, d.n_sam_users);
	free(d.computer);
	machine_info_clear(&d.machine);
	svd_messages_free(d.msgs);
	svc_model_free(d.m);
	hive_close(d.system);
	if (rc != 0)
		svd_free(d.r);
	else
		*out = d.r;
	return rc;
}

void svd_failure_ids(const unsigned **ids, size_t *n)
{
	*ids = failure_ids;
	*n = sizeof failure_ids / sizeof failure_ids[0];
}

int svd_run(const struct evidence_set *ev, const struct svd_options *o,
	    struct svd_report **out, struct kb_error *err)
{
	struct evl_list list;
	struct evl_filter filter;
	const char **paths;
	size_t i, n_paths = 0;
	int rc;

	*out = NULL;
	memset(&list, 0, sizeof list);
	memset(&filter, 0, sizeof filter);
	if ((paths = calloc(ev->n + 1, sizeof *paths)) == NULL)
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	for (i = 0; i < ev->n; i++)
		if (ev->files[i].kind == EVIDENCE_EVENTS)
			paths[n_paths++] = ev->files[i].path;
	filter.ids = failure_ids;
	filter.n_ids = sizeof failure_ids / sizeof failure_ids[0];
	rc = evl_load(&list, paths, n_paths, &filter, err);
	if (rc == 0)
		rc = svd_run_events(&list, ev, o, out, err);
	evl_free(&list);
	free(paths);
	return rc;
}
