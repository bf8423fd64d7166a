/* svcdoctor.c: the service doctor (svcdoctor.h): the Service Control
 * Manager's failure events, mapped to services, each reasoned about from
 * the service's configuration.  The reasoning is kbwiz's own; the event
 * layouts it relies on are in docs/service-doctor.md. */
#include "kbwiz/svcdoctor.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "kbwiz/evtlist.h"
#include "kbwiz/hive.h"
#include "kbwiz/msgref.h"
#include "kbwiz/services.h"
#include "kbwiz/strbuf.h"
#include "kbwiz/strutil.h"

/* Windows' documented default for Control\ServicesPipeTimeout. */
#define DEFAULT_PIPE_TIMEOUT_MS 30000u
/* Dependency tree lines shown as evidence. */
#define MAX_TREE_LINES 24

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

/* Everything one run holds while it reasons. */
struct doc {
	struct svd_report *r;
	struct svc_model *m;
	struct svd_messages *msgs;
	char **sam_users;
	size_t n_sam_users;
	char *computer;            /* ComputerName of the SYSTEM hive */
	struct kb_hive *system;    /* open while reasoning: other control sets */
	int oom;
	/* per finding, while building: the dependency the events name and
	 * the timeout the events give */
	char **dep_named;
	unsigned *timeout_ms;
};

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
	free(r);
}

static void push(struct doc *d, char ***v, size_t *n, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static void push(struct doc *d, char ***v, size_t *n, const char *fmt, ...)
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

#define EVIDENCE(d, f, ...) push(d, &(f)->evidence, &(f)->n_evidence, __VA_ARGS__)
#define REASON(d, f, ...) push(d, &(f)->reasoning, &(f)->n_reasoning, __VA_ARGS__)
#define STEP(d, f, ...) push(d, &(f)->steps, &(f)->n_steps, __VA_ARGS__)

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
static long map_service(struct doc *d, const char *name, const char *key_hint,
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

	idx = map_service(d, named_as, key_hint, &how);
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

/* ---- reasoning, per kind ---- */

static const struct svc_service *svc_of(const struct doc *d, const struct svd_finding *f)
{
	return d->m != NULL && f->index >= 0 ? &d->m->services[f->index] : NULL;
}

/* Whether service index has failure events of its own in the logs. */
static const struct svd_finding *own_failure(const struct doc *d, long index,
					      const struct svd_finding *except)
{
	size_t i;

	for (i = 0; i < d->r->n; i++)
		if (d->r->v[i].index == index && &d->r->v[i] != except &&
		    d->r->v[i].kind != SVD_DRIVER)
			return &d->r->v[i];
	return NULL;
}

/* Look at one image (ImagePath or ServiceDll): 1 a fault, 0 whole, -1
 * could not be told. */
static int check_image(struct doc *d, struct svd_finding *f, const struct svc_service *s,
		       const struct svc_image *img, const char *label)
{
	char why[256];
	int pe;

	if (img->raw == NULL && !img->defaulted) {
		if (s->has_type && (s->type & (SVC_TYPE_OWN_PROCESS | SVC_TYPE_SHARE_PROCESS))) {
			EVIDENCE(d, f, "%s: no value: the Service Control Manager has no program to start", label);
			return 1;
		}
		EVIDENCE(d, f, "%s: no value", label);
		return -1;
	}
	EVIDENCE(d, f, "%s = %s%s%s", label, img->raw != NULL ? img->raw : "(none: the default)",
		 img->path != NULL ? " -> " : "", img->path != NULL ? img->path : "");
	if (img->file == SVC_FILE_MISSING) {
		EVIDENCE(d, f, "  the file is not on the volume (looked up ignoring case under %s)",
			 d->m->root != NULL ? d->m->root : "?");
		return 1;
	}
	if (img->file == SVC_FILE_UNKNOWN) {
		EVIDENCE(d, f, "  not looked up: %s", d->m->root == NULL ?
			 "no volume given (--root)" : "the file is not on the system volume given");
		return -1;
	}
	pe = svd_pe_check(img->found, why, sizeof why);
	if (pe == 1) {
		EVIDENCE(d, f, "  %s: %s", img->found, why);
		return 1;
	}
	if (pe < 0) {
		EVIDENCE(d, f, "  %s: %s", img->found, why);
		return -1;
	}
	EVIDENCE(d, f, "  present, MZ and PE headers whole: %s", img->found);
	return 0;
}

static void reason_image(struct doc *d, struct svd_finding *f, const struct svc_service *s)
{
	int a, b = 0;

	a = check_image(d, f, s, &s->image, "ImagePath");
	if (s->service_dll.raw != NULL)
		b = check_image(d, f, s, &s->service_dll, "Parameters\\ServiceDll");
	if (a == 1 || b == 1) {
		f->verdict = VERDICT_CONFIRMED;
		REASON(d, f, "error %u says Windows could not load the service's program, and the "
		       "program file named above is missing or not a whole program file", f->error_code);
	} else if (a < 0 || b < 0) {
		f->verdict = VERDICT_POSSIBLE;
		REASON(d, f, "error %u says Windows could not load the service's program; the file "
		       "could not be checked here", f->error_code);
	} else {
		f->verdict = VERDICT_CAUSE_NOT_FOUND;
		REASON(d, f, "the program file is present and its headers are whole now; it may have "
		       "been restored since the event, or the loader refused it for a reason offline "
		       "reading cannot see (a 32/64-bit mismatch, a DLL it needs)");
	}
	STEP(d, f, "Restore the program file from the installation media or a backup of the same "
	     "version, or reinstall the program; kbwiz never guesses an ImagePath.");
}

/* The step for a disabled service: the repair kbwiz can write when
 * another control set keeps its previous Start, else by hand. */
static void step_enable(struct doc *d, struct svd_finding *f, const char *name)
{
	struct kb_error err = { "" };
	char from[64];
	uint64_t v;

	if (d->system != NULL && svd_start_elsewhere(d->system, name, &v, from, sizeof from, &err) == 0)
		STEP(d, f, "If %s should run, set its Start back to %llu, the value %s keeps for it: "
		     "kbwiz fix --service-start %s --hive %s (backup first, verified, undone with "
		     "kbwiz fix --undo).", name, (unsigned long long)v, from, name, d->r->hive_path);
	else
		STEP(d, f, "If %s should run, set its Start to 2 (automatic) or 3 (manual) as it was "
		     "before it was disabled (services.msc, or the offline hive): no other control "
		     "set says what it was, and kbwiz does not guess it.", name);
}

static void reason_dependency(struct doc *d, struct svd_finding *f, const struct svc_service *s)
{
	struct svc_dep_line *lines = NULL;
	struct kb_error err = { "" };
	const char *named = d->dep_named[f - d->r->v];
	size_t n = 0, i, faults = 0;

	if (named != NULL) {
		char *how = NULL;
		long idx = map_service(d, named, NULL, &how);
		EVIDENCE(d, f, "the events name the dependency \"%s\" (%s)", named,
			 idx >= 0 ? d->m->services[idx].name : "no such service");
		free(how);
	}
	if (svc_dep_tree(d->m, s->name, 0, &lines, &n, &err) != 0) {
		if (err.msg[0] != '\0' && strstr(err.msg, "memory") != NULL)
			d->oom = 1;
		n = 0;
	}
	if (n <= 1)
		EVIDENCE(d, f, "DependOnService and DependOnGroup: none");
	for (i = 1; i < n; i++) {
		const struct svc_dep_line *l = &lines[i];
		const struct svd_finding *other = l->index >= 0 ? own_failure(d, l->index, f) : NULL;
		const char *what = l->missing ? (l->is_group ? "MISSING (no service is in this group "
							       "and ServiceGroupOrder does not list it)"
							     : "MISSING (no such service key)")
				   : l->disabled ? "DISABLED (Start = 4)"
				   : other != NULL ? "FAILED itself (its own events)" : "";
		int fault = l->missing || l->disabled || other != NULL;

		faults += fault;
		if (l->disabled && !l->is_group)
			step_enable(d, f, l->name);
		if (i <= MAX_TREE_LINES || fault)
			EVIDENCE(d, f, "%*s%s%s%s%s", 2 * l->depth, "", l->is_group ? "group " : "",
				 l->name, *what ? "  " : "", what);
	}
	free(lines);
	if (faults > 0) {
		f->verdict = VERDICT_CONFIRMED;
		REASON(d, f, "a service starts only after everything it depends on has started; "
		       "the chain above (each line depends on those below it, indented) holds %zu "
		       "dependenc%s that cannot start", faults, faults == 1 ? "y" : "ies");
	} else {
		f->verdict = VERDICT_CAUSE_NOT_FOUND;
		REASON(d, f, "every dependency in the chain exists, is enabled and shows no failure "
		       "in these logs: the one that failed may have been repaired since, or it "
		       "failed without an event kept here");
	}
	STEP(d, f, "Fix the dependency marked above, lowest in the chain first; the service "
	     "starts once its dependencies do.");
}

static void reason_disabled(struct doc *d, struct svd_finding *f, const struct svc_service *s)
{
	struct svc_dep_line *lines = NULL;
	struct kb_error err = { "" };
	size_t n = 0, i;
	int fault = 0;

	EVIDENCE(d, f, "Start = %s%s", svc_start_name(s), s->has_start ? "" : " (no value)");
	if (s->has_start && s->start == SVC_START_DISABLED) {
		fault = 1;
		step_enable(d, f, s->name);
	}
	if (svc_dep_tree(d->m, s->name, 0, &lines, &n, &err) == 0)
		for (i = 1; i < n; i++)
			if (lines[i].disabled) {
				EVIDENCE(d, f, "depends on %s, which is disabled (Start = 4)", lines[i].name);
				step_enable(d, f, lines[i].name);
				fault = 1;
			}
	free(lines);
	if (fault) {
		f->verdict = VERDICT_CONFIRMED;
		REASON(d, f, "error 1058 is what the Service Control Manager answers for a disabled "
		       "service, and the configuration shows the service or a dependency disabled");
	} else if (s->last_write != 0 && f->last != 0 && s->last_write > f->last) {
		f->verdict = VERDICT_REPAIRED;
		REASON(d, f, "nothing is disabled now, and the service's key was written after the "
		       "last event: it was probably enabled since");
	} else {
		f->verdict = VERDICT_CAUSE_NOT_FOUND;
		REASON(d, f, "nothing in the chain is disabled in this control set; the service may "
		       "have no enabled device (a driver's hardware profile), which is not read here");
	}
}

static int sam_has(const struct doc *d, const char *user)
{
	size_t i;

	for (i = 0; i < d->n_sam_users; i++)
		if (strcasecmp(d->sam_users[i], user) == 0)
			return 1;
	return 0;
}

static void reason_logon(struct doc *d, struct svd_finding *f, const struct svc_service *s)
{
	const char *acct = s->object_name, *bs, *user;
	size_t dom_len;

	if (acct == NULL || *acct == '\0' || strcasecmp(acct, "LocalSystem") == 0 ||
	    strncasecmp(acct, "NT AUTHORITY\\", 13) == 0 || strncasecmp(acct, "NT SERVICE\\", 11) == 0) {
		EVIDENCE(d, f, "ObjectName = %s", acct != NULL && *acct ? acct : "(none: LocalSystem)");
		f->verdict = VERDICT_POSSIBLE;
		REASON(d, f, "a built-in account has no password to get wrong; a logon failure for it "
		       "points to the machine's security policy or the LSA, which these hives do not "
		       "show");
		goto steps;
	}
	EVIDENCE(d, f, "ObjectName = %s", acct);
	bs = strchr(acct, '\\');
	user = bs != NULL ? bs + 1 : acct;
	dom_len = bs != NULL ? (size_t)(bs - acct) : 0;
	if (strchr(acct, '@') != NULL ||
	    (bs != NULL && !(dom_len == 1 && acct[0] == '.') &&
	     (d->computer == NULL || strlen(d->computer) != dom_len ||
	      strncasecmp(d->computer, acct, dom_len) != 0))) {
		f->verdict = VERDICT_POSSIBLE;
		REASON(d, f, "a domain account: whether its password is still the one the service "
		       "keeps, whether it is locked out or expired, and whether this machine's trust "
		       "with the domain holds are known to the domain controller, not to these hives");
		goto steps;
	}
	if (d->r->sam_path == NULL) {
		f->verdict = VERDICT_POSSIBLE;
		REASON(d, f, "a local account%s; no SAM hive was given, so whether it exists cannot "
		       "be checked", bs == NULL ? " (no domain part: the machine's own)" : "");
		goto steps;
	}
	if (!sam_has(d, user)) {
		f->verdict = VERDICT_CONFIRMED;
		EVIDENCE(d, f, "the SAM hive %s has no local user %s", d->r->sam_path, user);
		REASON(d, f, "the service logs on as a local account that does not exist on this "
		       "machine, so every logon fails");
		STEP(d, f, "Set the service's Log On account to an existing account (services.msc), "
		     "or create the account again with its password.");
		return;
	}
	EVIDENCE(d, f, "the SAM hive %s has the local user %s", d->r->sam_path, user);
	f->verdict = VERDICT_CAUSE_NOT_FOUND;
	REASON(d, f, "the account exists; whether its password is the one the service keeps (an "
	       "LSA secret), whether it is disabled or holds the right to log on as a service "
	       "cannot be read from these hives");
steps:
	STEP(d, f, "Check the account's password on the service's Log On tab and its \"Log on as "
	     "a service\" right%s.", f->verdict == VERDICT_POSSIBLE && strchr(acct ? acct : "", '\\') ?
	     "; for a domain account also its state on the domain controller and this machine's trust" : "");
}

static void reason_timeout(struct doc *d, struct svd_finding *f)
{
	unsigned in_event = d->timeout_ms[f - d->r->v];
	size_t i;
	struct kb_buf b = KB_BUF_INIT;

	if (d->m == NULL)
		EVIDENCE(d, f, "timeout in force: not available (no SYSTEM hive); Windows' default is "
			 "%u ms", DEFAULT_PIPE_TIMEOUT_MS);
	else if (d->r->has_pipe_timeout)
		EVIDENCE(d, f, "timeout in force: %s\\Control\\ServicesPipeTimeout = %u ms",
			 d->m->control_set, d->r->pipe_timeout_ms);
	else
		EVIDENCE(d, f, "timeout in force: the default, %u ms (%s\\Control\\"
			 "ServicesPipeTimeout is not set)", DEFAULT_PIPE_TIMEOUT_MS, d->m->control_set);
	if (in_event != 0)
		EVIDENCE(d, f, "the events say the Service Control Manager waited %u ms", in_event);
	for (i = 0; i < f->n_ids; i++)
		kb_buf_printf(&b, "%s%u x%u", i ? ", " : "", f->ids[i], f->id_counts[i]);
	EVIDENCE(d, f, "slow starts in the log: %s", b.p != NULL ? b.p : "");
	if (b.oom)
		d->oom = 1;
	kb_buf_free(&b);
	f->verdict = VERDICT_POSSIBLE;
	REASON(d, f, "the service did not report to the Service Control Manager in time; that is "
	       "the service being slow or hung, not a setting kbwiz can find at fault");
	if (d->m != NULL && in_event != 0 && in_event !=
	    (d->r->has_pipe_timeout ? d->r->pipe_timeout_ms : DEFAULT_PIPE_TIMEOUT_MS))
		REASON(d, f, "the time waited in the events differs from the timeout in this hive: "
		       "the setting changed after the events, or the hive is not the one that was "
		       "in force");
	STEP(d, f, "Find what makes the service slow (its own log, the disk, antivirus scanning, "
	     "a dependency); raising ServicesPipeTimeout only gives it longer.");
}

static void reason_driver(struct doc *d, struct svd_finding *f, const struct svc_service *s)
{
	char type[64];
	int img;

	svc_type_text(s, type, sizeof type);
	EVIDENCE(d, f, "Type = %s, Start = %s, Group = %s%s", *type ? type : "(none)",
		 *svc_start_name(s) ? svc_start_name(s) : "(none)", s->group != NULL ? s->group : "(none)",
		 s->group != NULL && !svc_group_exists(d->m, s->group) ? " (not in ServiceGroupOrder)" : "");
	img = check_image(d, f, s, &s->image, "ImagePath");
	if (img == 1) {
		f->verdict = VERDICT_CONFIRMED;
		REASON(d, f, "the driver's file is missing or damaged%s, so it could not load",
		       s->has_start && s->start == SVC_START_BOOT ?
		       "; a boot-start driver is loaded by the boot loader before Windows starts" : "");
		STEP(d, f, "Restore the driver file from the installation media or the device's "
		     "driver package; do not disable a driver Windows needs to boot.");
	} else if (img < 0) {
		f->verdict = VERDICT_POSSIBLE;
		REASON(d, f, "the driver's file could not be checked here");
	} else {
		f->verdict = VERDICT_CAUSE_NOT_FOUND;
		REASON(d, f, "the driver's file is present and whole: it may have failed because its "
		       "device is absent or its initialisation failed, which offline reading cannot see");
	}
}

static void explain_code(struct doc *d, struct svd_finding *f)
{
	const char *text, *name = NULL;
	const struct msgref_entry *e;

	if (!f->has_error || f->service_specific)
		return;
	if ((text = svd_messages_lookup(d->msgs, f->error_code, &name)) != NULL) {
		f->error_text = kb_strdup(text);
		f->error_from = kb_strdup_printf("%s, Win32 system error list (kb/win32-errors.tsv)", name);
	} else if ((e = msgref_lookup(NULL, f->error_code)) != NULL) {
		f->error_text = kb_strdup(e->message);
		f->error_from = kb_strdup(e->from);
	} else {
		return;
	}
	if (f->error_text == NULL || f->error_from == NULL)
		d->oom = 1;
}

static void reason(struct doc *d, struct svd_finding *f)
{
	const struct svc_service *s = svc_of(d, f);
	char when[2][32] = { "", "" };
	int64_t t[2] = { f->first, f->last };
	size_t i;

	for (i = 0; i < 2; i++) {
		time_t tt = (time_t)t[i];
		struct tm tm;
		if (t[i] != 0 && gmtime_r(&tt, &tm) != NULL)
			strftime(when[i], sizeof when[i], "%Y-%m-%d %H:%M", &tm);
	}
	explain_code(d, f);
	EVIDENCE(d, f, "%u event%s%s%s%s%s: %s", f->events, f->events == 1 ? "" : "s",
		 *when[0] ? ", " : "", when[0], strcmp(when[0], when[1]) != 0 ? " to " : "",
		 strcmp(when[0], when[1]) != 0 ? when[1] : "", f->example != NULL ? f->example : "");
	if (f->has_error)
		EVIDENCE(d, f, f->service_specific ? "service-specific error %u: its meaning is the "
			 "service's own" : "error %u: %s", f->error_code,
			 f->error_text != NULL ? f->error_text : "(not in kbwiz's list)");
	if (d->m == NULL) {
		EVIDENCE(d, f, "configuration: not available (%s)", d->r->configuration_why != NULL ?
			 d->r->configuration_why : "no SYSTEM hive");
		if (f->kind == SVD_TIMEOUT)
			reason_timeout(d, f);
		f->verdict = VERDICT_POSSIBLE;
		REASON(d, f, "the events say %s; without the service's configuration the cause is "
		       "not checked", kind_names[f->kind][2]);
		return;
	}
	if (s == NULL) {
		f->verdict = VERDICT_CAUSE_NOT_FOUND;
		REASON(d, f, "the service is not in %s: it was removed after the events, or the "
		       "events and the hive are from different machines", d->m->control_set);
		return;
	}
	switch (f->kind) {
	case SVD_IMAGE: reason_image(d, f, s); break;
	case SVD_DEPENDENCY: reason_dependency(d, f, s); break;
	case SVD_DISABLED: reason_disabled(d, f, s); break;
	case SVD_LOGON: reason_logon(d, f, s); break;
	case SVD_TIMEOUT: reason_timeout(d, f); break;
	case SVD_DRIVER: reason_driver(d, f, s); break;
	case SVD_EXIT_CODE:
		f->verdict = VERDICT_POSSIBLE;
		REASON(d, f, "the service ran and stopped reporting this error: the code is its own "
		       "account of what went wrong; kbwiz checks nothing in its configuration for it");
		STEP(d, f, "Read the service's own log for what it could not do, and the library "
		     "articles for the code.");
		break;
	case SVD_CRASH:
		f->verdict = VERDICT_POSSIBLE;
		REASON(d, f, "the service's process ended without reporting a stop; why is in the "
		       "Application log or a crash dump, not in its configuration");
		STEP(d, f, "Read the Application log at the times shown for the process's crash.");
		break;
	}
}

static void summarise(struct doc *d, struct svd_finding *f)
{
	if (f->has_error)
		f->summary = kb_strdup_printf("%s: %s, %s%u%s%s%s", f->service, svd_kind_name(f->kind),
					      f->service_specific ? "service-specific error " : "error ",
					      f->error_code, f->error_text != NULL ? " (" : "",
					      f->error_text != NULL ? f->error_text : "",
					      f->error_text != NULL ? ")" : "");
	else
		f->summary = kb_strdup_printf("%s: %s", f->service, svd_kind_name(f->kind));
	if (f->summary == NULL)
		d->oom = 1;
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
		reason(&d, &d.r->v[i]);
		summarise(&d, &d.r->v[i]);
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
	svd_messages_free(d.msgs);
	svc_model_free(d.m);
	hive_close(d.system);
	if (rc != 0)
		svd_free(d.r);
	else
		*out = d.r;
	return rc;
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
