/* report.c: gathering one session into the report model (report.h), what
 * every format shares, and the table of formats (report_writers).  The
 * text formats are walked in report_walk.c and drawn by the stylers in
 * report_md.c, report_html.c and report_txt.c; JSON is report_json.c. */
#include "kbwiz/report.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>

#include <jansson.h>

#include "kbwiz/cluster_nodes.h"
#include "kbwiz/fsutil.h"
#include "kbwiz/sanitize.h"
#include "kbwiz/strutil.h"
#include "report_internal.h"

/* ---- shared helpers ----------------------------------------------------- */

char *report_visible(const char *s)
{
	struct kb_buf b = { 0 };
	const char *line;

	if (s == NULL)
		s = "";
	kb_buf_puts(&b, "");
	for (line = s;;) {
		const char *nl = strchr(line, '\n');
		size_t n = nl != NULL ? (size_t)(nl - line) : strlen(line);
		char *safe;
		if (nl != NULL && n > 0 && line[n - 1] == '\r')
			n--;
		safe = kb_sanitize(line, n, 0);
		if (safe == NULL) {
			kb_buf_free(&b);
			return NULL;
		}
		kb_buf_puts(&b, safe);
		free(safe);
		if (nl == NULL)
			break;
		kb_buf_putc(&b, '\n');
		line = nl + 1;
	}
	return kb_buf_steal(&b);
}

void report_html_text(struct kb_buf *b, const char *s, int br)
{
	char *safe = report_visible(s != NULL ? s : ""), *p;

	if (safe == NULL) {
		b->oom = 1;
		return;
	}
	for (p = safe; *p != '\0'; p++) {
		switch (*p) {
		case '&': kb_buf_puts(b, "&amp;"); break;
		case '<': kb_buf_puts(b, "&lt;"); break;
		case '>': kb_buf_puts(b, "&gt;"); break;
		case '"': kb_buf_puts(b, "&quot;"); break;
		case '\'': kb_buf_puts(b, "&#39;"); break;
		case '\n':
			if (br)
				kb_buf_puts(b, "<br>");
			else
				kb_buf_putc(b, '\n');
			break;
		default: kb_buf_putc(b, *p); break;
		}
	}
	free(safe);
}

void report_time_iso(int64_t t, char *buf, size_t size)
{
	time_t tt = (time_t)t;
	struct tm tm;

	if (t == 0 || gmtime_r(&tt, &tm) == NULL ||
	    strftime(buf, size, "%Y-%m-%dT%H:%M:%SZ", &tm) == 0)
		snprintf(buf, size, "unknown");
}

void report_time_machine(const struct report *r, int64_t t, char *buf, size_t size)
{
	if (r->diag->machine.have_bias)
		machine_format_time_utc(&r->diag->machine, t, buf, size);
	else
		report_time_iso(t, buf, size);
}

void report_time_note(const struct report *r, char *buf, size_t size)
{
	const struct machine_info *m = &r->diag->machine;
	int off = -m->bias_minutes;

	if (!m->have_bias)
		snprintf(buf, size, "Times are UTC: the machine's time zone is unknown "
			 "(no TimeZoneInformation was read from its SYSTEM hive).");
	else if (m->have_dst)
		snprintf(buf, size, "Times are UTC, with the machine's clock beside them "
			 "(%s%sits SYSTEM hive's rules: UTC%c%02d:%02d, UTC%c%02d:%02d in daylight "
			 "saving time).", m->time_zone != NULL ? m->time_zone : "",
			 m->time_zone != NULL ? "; " : "",
			 m->base_bias_minutes + m->standard_bias_minutes > 0 ? '-' : '+',
			 abs(m->base_bias_minutes + m->standard_bias_minutes) / 60,
			 abs(m->base_bias_minutes + m->standard_bias_minutes) % 60,
			 m->base_bias_minutes + m->daylight_bias_minutes > 0 ? '-' : '+',
			 abs(m->base_bias_minutes + m->daylight_bias_minutes) / 60,
			 abs(m->base_bias_minutes + m->daylight_bias_minutes) % 60);
	else
		snprintf(buf, size, "Times are UTC, with the machine's clock beside them "
			 "(%s%sUTC%c%02d:%02d, the offset its SYSTEM hive records; it gives no "
			 "daylight saving rules).",
			 m->time_zone != NULL ? m->time_zone : "", m->time_zone != NULL ? ", " : "",
			 off < 0 ? '-' : '+', abs(off) / 60, abs(off) % 60);
}

const char *report_state_id(enum session_state s)
{
	static const char *const ids[] = {
		"in-progress", "resolved", "not-resolved", "abandoned",
	};

	return (unsigned)s <= SESSION_ABANDONED ? ids[s] : "unknown";
}

const char *report_fix_kind_name(enum fix_kind k)
{
	return k == FIX_REGISTRY ? "registry" : k == FIX_LAST_RESORT ? "last-resort" : "manual";
}

void report_fix_source(const struct report *r, const struct rule_fix *fix,
		       char *buf, size_t size)
{
	rule_cite_describe(&fix->cite, r->chosen != NULL && r->chosen[0] != '\0' ?
			   r->chosen : NULL, "advice", buf, size);
}

const char *report_symptom_kind_name(enum symptom_kind k)
{
	return k == SYMPTOM_EVENT ? "event" : k == SYMPTOM_ERROR ? "error" : "question";
}

const char *report_check_word(enum check_status s)
{
	switch (s) {
	case CHECK_PASSED: return "PASSED";
	case CHECK_FAILED: return "FAILED";
	case CHECK_DAMAGED: return "DAMAGED";
	case CHECK_NOT_CHECKED: return "NOT CHECKED";
	}
	return "UNKNOWN";
}

const char *report_check_mark(enum check_status s)
{
	switch (s) {
	case CHECK_PASSED: return "\u2713";        /* check mark */
	case CHECK_FAILED: return "\u2717";        /* ballot x */
	case CHECK_DAMAGED: return "\u26a0";       /* warning sign */
	case CHECK_NOT_CHECKED: return "\u2013";   /* en dash */
	}
	return "?";
}

const char *report_fix_mark(enum fix_status s)
{
	switch (s) {
	case FIXST_DONE: return "\u2713";
	case FIXST_FAILED: return "\u2717";
	case FIXST_SKIPPED: return "\u2013";
	case FIXST_PENDING: return "\u2610";          /* ballot box */
	}
	return "?";
}

void report_machine_line(const struct diagnosis *d, char *buf, size_t size)
{
	machine_summary(&d->machine, buf, size);
}

void report_verdict_line(const struct diag_rule *dr, char *buf, size_t size)
{
	snprintf(buf, size, "%s, score %.1f%s", diag_verdict_name(dr->verdict), dr->score,
		 dr->applies == DIAG_APPLIES_UNKNOWN ? ", applicability not checked" : "");
}

int report_rule_is_considered(const struct diag_rule *dr)
{
	return !dr->diagnosed && dr->applies != DIAG_NOT_APPLICABLE && dr->score > 0;
}

int report_is_fix_record(const char *kind)
{
	return kind != NULL && strncmp(kind, "fix-", 4) == 0;
}

void report_check_expected(const struct rule_check *c, char *buf, size_t size)
{
	char name[300], datum[1024];
	const char *value = c->value != NULL && c->value[0] != '\0' ? c->value : "(Default)";

	if (c->type != KB_REG_NONE)
		snprintf(name, sizeof name, "%.200s (%s)", value, kb_reg_type_name(c->type));
	else
		snprintf(name, sizeof name, "%.200s", value);
	switch (c->expect) {
	case EXPECT_KEY_EXISTS:
		snprintf(buf, size, "key exists");
		break;
	case EXPECT_KEY_ABSENT:
		snprintf(buf, size, "key absent");
		break;
	case EXPECT_VALUE_EQUALS:
		rule_check_datum_text(c, 1, datum, sizeof datum);
		snprintf(buf, size, "%s = %s", name, datum);
		break;
	case EXPECT_MULTI_SZ_CONTAINS:
		snprintf(buf, size, "%s contains \"%s\"", name, c->data != NULL ? c->data : "");
		break;
	case EXPECT_DWORD_RANGE:
		snprintf(buf, size, "%s between %llu and %llu", name,
			 (unsigned long long)c->min, (unsigned long long)c->max);
		break;
	case EXPECT_VALUE_ABSENT:
		snprintf(buf, size, "no value %s", name);
		break;
	case EXPECT_NOT_CONTAINS:
		snprintf(buf, size, "%s does not contain \"%s\"", name, c->data != NULL ? c->data : "");
		break;
	default:
		snprintf(buf, size, "%s", check_expect_name(c->expect));
		break;
	}
}

const struct report_writer report_writers[] = {
	{ REPORT_MD, "md", "markdown", 'm', "Markdown", report_write_md },
	{ REPORT_HTML, "html", NULL, 'h', "HTML (a page for a browser or a ticket)", report_write_html },
	{ REPORT_JSON, "json", NULL, 'j', "JSON (for other tools; docs/report-json.md)", report_write_json },
	{ REPORT_TXT, "txt", "text", 't', "plain text", report_write_txt },
};
const size_t report_n_writers = sizeof report_writers / sizeof report_writers[0];

const struct report_writer *report_writer_of(enum report_format f)
{
	size_t i;

	for (i = 0; i < report_n_writers; i++)
		if (report_writers[i].format == f)
			return &report_writers[i];
	return NULL;
}

const struct report_writer *report_writer_named(const char *name)
{
	size_t i;

	for (i = 0; name != NULL && i < report_n_writers; i++)
		if (strcasecmp(name, report_writers[i].name) == 0 ||
		    (report_writers[i].alias != NULL && strcasecmp(name, report_writers[i].alias) == 0))
			return &report_writers[i];
	return NULL;
}

int report_format_from_name(const char *name)
{
	const struct report_writer *w = report_writer_named(name);

	return w != NULL ? (int)w->format : -1;
}

const char *report_format_name(enum report_format f)
{
	const struct report_writer *w = report_writer_of(f);

	return w != NULL ? w->name : "txt";
}

void report_format_names(char *buf, size_t size)
{
	size_t i, used = 0;

	buf[0] = '\0';
	for (i = 0; i < report_n_writers && used < size; i++)
		used += (size_t)snprintf(buf + used, size - used, "%s%s", i == 0 ? "" :
					 i + 1 == report_n_writers ? " or " : ", ",
					 report_writers[i].name);
}

void report_default_name(const struct session_summary *s, enum report_format f,
			 char *buf, size_t size)
{
	char label[48], date[16];
	size_t i, n = 0;

	/* Only characters every file system and shell take as they are;
	 * anything else in the label is dropped, runs of it become one '-'. */
	for (i = 0; s->label[i] != '\0' && n < 40; i++) {
		unsigned char c = (unsigned char)s->label[i];
		if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
		    (c >= '0' && c <= '9') || c == '_' || (c == '.' && n > 0) || c == '-')
			label[n++] = (char)c;
		else if (n > 0 && label[n - 1] != '-')
			label[n++] = '-';
	}
	while (n > 0 && (label[n - 1] == '-' || label[n - 1] == '.'))
		n--;
	label[n] = '\0';
	snprintf(date, sizeof date, "%.10s", s->created);
	if (strlen(date) != 10)
		date[0] = '\0';
	snprintf(buf, size, "kbwiz-session-%lld%s%s%s%s.%s", (long long)s->id,
		 label[0] ? "-" : "", label, date[0] ? "-" : "", date, report_format_name(f));
}

int report_write_file(const char *path, const void *data, size_t len,
		      int overwrite, struct kb_error *err)
{
	struct stat st;

	if (lstat(path, &st) == 0) {
		if (S_ISDIR(st.st_mode))
			return kb_errorf(err, KB_EINVAL, "%s: is a directory", path);
		if (!overwrite)
			return kb_errorf(err, KB_EREFUSED,
					 "%s: already exists (--force replaces it)", path);
	} else if (errno != ENOENT) {
		return kb_errorf(err, KB_EIO, "%s: %s", path, strerror(errno));
	}
	return kb_write_file_atomic(path, data, len, err);
}

/* ---- building the model ------------------------------------------------- */

static int add_record(void *ctx, const struct session_record *rec)
{
	struct report *r = ctx;
	struct report_record *grown, *t;

	grown = realloc(r->timeline, (r->n_timeline + 1) * sizeof *grown);
	if (grown == NULL)
		return -1;
	r->timeline = grown;
	t = &grown[r->n_timeline];
	memset(t, 0, sizeof *t);
	snprintf(t->at, sizeof t->at, "%s", rec->at);
	t->step = rec->step;
	t->kind = strdup(rec->kind != NULL ? rec->kind : "");
	t->text = strdup(rec->text != NULL ? rec->text : "");
	r->n_timeline++;
	return t->kind == NULL || t->text == NULL ? -1 : 0;
}

static int is_candidate(const struct report *r, const char *id)
{
	size_t i;

	for (i = 0; i < r->n_candidates; i++)
		if (strcasecmp(r->candidates[i], id) == 0)
			return 1;
	return 0;
}

static const char *str_or_null(json_t *o, const char *key)
{
	return json_string_value(json_object_get(o, key));
}

/* What the recorded findings document says beyond the diagnosis: the
 * kbwiz that recorded it and the events no rule explains. */
static int read_recorded(struct report *r, struct kb_store *store, struct kb_error *err)
{
	json_t *unx, *groups, *g, *arts;
	char *json = NULL;
	const char *v;
	size_t i, k;

	if (session_diagnosis_json(store, r->summary.id, &json, NULL) != 0 || json == NULL)
		return 0;
	r->recorded = json_loads(json, 0, NULL);
	free(json);
	v = str_or_null(r->recorded, "kbwiz_version");
	if (v != NULL)
		snprintf(r->recorded_version, sizeof r->recorded_version, "%s", v);
	unx = json_object_get(r->recorded, "unexplained");
	if (!json_is_object(unx))
		return 0;
	r->unexplained_listed = 1;
	r->unexplained_events = (unsigned long long)json_integer_value(json_object_get(unx, "events"));
	r->unexplained_explained = (unsigned long long)json_integer_value(json_object_get(unx, "explained"));
	r->library_articles = (unsigned long long)json_integer_value(json_object_get(unx, "library_articles"));
	groups = json_object_get(unx, "groups");
	r->unexplained = calloc(json_array_size(groups) + 1, sizeof *r->unexplained);
	if (r->unexplained == NULL)
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	json_array_foreach(groups, i, g) {
		struct report_unexplained *u = &r->unexplained[r->n_unexplained++];
		json_t *a;
		u->source = str_or_null(g, "source");
		u->service = str_or_null(g, "service");
		u->level = str_or_null(g, "level");
		u->example = str_or_null(g, "example");
		u->error_message = str_or_null(g, "error_message");
		u->event_id = (unsigned)json_integer_value(json_object_get(g, "event_id"));
		u->count = (unsigned)json_integer_value(json_object_get(g, "count"));
		u->has_error = json_is_integer(json_object_get(g, "error_code"));
		u->error_code = (unsigned)json_integer_value(json_object_get(g, "error_code"));
		u->first = str_or_null(g, "first");
		u->last = str_or_null(g, "last");
		arts = json_object_get(g, "articles");
		json_array_foreach(arts, k, a) {
			if (u->n_articles == sizeof u->article_ids / sizeof u->article_ids[0])
				break;
			u->article_ids[u->n_articles] = str_or_null(a, "id");
			u->article_titles[u->n_articles] = str_or_null(a, "title");
			u->n_articles++;
		}
	}
	return 0;
}

static int gather_evidence(struct report *r, struct kb_error *err)
{
	const struct evidence_set *ev = session_evidence(r->session);
	size_t i, k;
	int rc;

	r->evidence = calloc(ev->n + 1, sizeof *r->evidence);
	if (r->evidence == NULL)
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	r->n_evidence = ev->n;
	for (i = 0; i < ev->n; i++) {
		struct report_evidence *e = &r->evidence[i];
		e->file = &ev->files[i];
		rc = session_found_facts(r->session, i, &e->facts, &e->facts_known, err);
		if (rc != 0)
			return rc;
		for (k = 0; k < r->diag->n_files; k++)
			if (r->diag->files[k].path != NULL &&
			    strcmp(r->diag->files[k].path, ev->files[i].path) == 0)
				e->read = &r->diag->files[k];
	}
	return 0;
}

static int gather_rules(struct report *r, struct kb_error *err)
{
	size_t i, n = 0;

	r->rules = calloc(r->diag->n_rules + 1, sizeof *r->rules);
	if (r->rules == NULL)
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	for (i = 0; i < r->diag->n_rules; i++) {
		const struct diag_rule *dr = &r->diag->rules[i];
		struct report_rule *rr = &r->rules[n];
		rr->dr = dr;
		rr->rank = i + 1;
		rr->chosen = r->chosen[0] != '\0' && strcasecmp(dr->rule->id, r->chosen) == 0;
		rr->diagnosed = dr->diagnosed;
		rr->candidate = dr->candidate || is_candidate(r, dr->rule->id);
		if (rr->chosen || rr->diagnosed || rr->candidate)
			n++;
		if (dr->applies == DIAG_NOT_APPLICABLE)
			r->n_not_applicable++;
		else if (report_rule_is_considered(dr))
			r->n_considered++;
	}
	r->n_rules = n;
	return 0;
}

int report_build(struct kb_store *store, int64_t id, const struct report_options *opt,
		 struct report **out, struct kb_error *err)
{
	struct report *r;
	const char **cands = NULL;
	size_t i, n;
	int rc;

	*out = NULL;
	r = calloc(1, sizeof *r);
	if (r == NULL)
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	if ((rc = session_open(store, id, &r->session, err)) != 0)
		goto fail;
	if ((rc = session_get_summary(r->session, &r->summary, err)) != 0)
		goto fail;
	r->kase = session_get_case(r->session);
	r->state = session_state(r->session);
	r->step = session_step(r->session);
	r->scanned = session_scanned(r->session);
	r->registry_checked = session_registry_checked(r->session);
	r->chosen = session_chosen(r->session);
	r->outcome_note = session_outcome_note(r->session);
	r->diag = session_found(r->session);
	r->svd = session_service_doctor(r->session);
	r->verification = session_verification(r->session);
	if (r->verification != NULL && strcasecmp(r->verification->rule_id, r->chosen) != 0)
		r->verification = NULL;
	r->final_verdict = session_final_verdict(r->session);
	session_findings_line(r->session, r->findings_line, sizeof r->findings_line);
	r->tool_version = KBWIZ_VERSION;
	if (opt != NULL && opt->generated_at != NULL) {
		/* Written into every format as it is: keep only what a time has. */
		const char *g;
		size_t used = 0;
		for (g = opt->generated_at; *g != '\0' && used + 1 < sizeof r->generated_at; g++)
			if (strchr("0123456789-:.TZ+ ", *g) != NULL)
				r->generated_at[used++] = *g;
		r->generated_at[used] = '\0';
	} else {
		/* SOURCE_DATE_EPOCH (reproducible-builds.org) fixes "now" so
		 * that the same session gives the same bytes. */
		const char *epoch = getenv("SOURCE_DATE_EPOCH");
		time_t now = time(NULL);
		struct tm tm;
		char *end;
		long long e;
		if (epoch != NULL && *epoch != '\0') {
			e = strtoll(epoch, &end, 10);
			if (*end == '\0' && e > 0)
				now = (time_t)e;
		}
		if (gmtime_r(&now, &tm) == NULL ||
		    strftime(r->generated_at, sizeof r->generated_at, "%Y-%m-%dT%H:%M:%SZ", &tm) == 0)
			snprintf(r->generated_at, sizeof r->generated_at, "unknown");
	}
	if ((rc = read_recorded(r, store, err)) != 0)
		goto fail;

	r->n_candidates = session_n_candidates(r->session);
	cands = calloc(r->n_candidates + 1, sizeof *cands);
	if (cands == NULL) {
		rc = kb_errorf(err, KB_ENOMEM, "out of memory");
		goto fail;
	}
	for (i = 0; i < r->n_candidates; i++)
		cands[i] = session_candidate(r->session, i);
	r->candidates = cands;

	n = session_questions(r->session, NULL, 0);
	r->questions = calloc(n + 1, sizeof *r->questions);
	if (r->questions == NULL) {
		rc = kb_errorf(err, KB_ENOMEM, "out of memory");
		goto fail;
	}
	r->n_questions = session_questions(r->session, r->questions, n);

	n = session_fixes(r->session, NULL, 0);
	r->fixes = calloc(n + 1, sizeof *r->fixes);
	if (r->fixes == NULL) {
		rc = kb_errorf(err, KB_ENOMEM, "out of memory");
		goto fail;
	}
	r->n_fixes = session_fixes(r->session, r->fixes, n);

	if ((rc = gather_evidence(r, err)) != 0 || (rc = gather_rules(r, err)) != 0)
		goto fail;
	if (r->registry_checked &&
	    (rc = session_cluster_compare(r->session, store, &r->cluster, err)) != 0)
		goto fail;

	rc = session_timeline(store, id, add_record, r, err);
	if (rc == 0)
		for (i = 0; i < r->n_timeline; i++)
			if (r->timeline[i].kind == NULL || r->timeline[i].text == NULL)
				rc = kb_errorf(err, KB_ENOMEM, "out of memory");
	if (rc != 0)
		goto fail;
	r->fix_records = calloc(r->n_timeline + 1, sizeof *r->fix_records);
	if (r->fix_records == NULL) {
		rc = kb_errorf(err, KB_ENOMEM, "out of memory");
		goto fail;
	}
	for (i = 0; i < r->n_timeline; i++)
		if (report_is_fix_record(r->timeline[i].kind))
			r->fix_records[r->n_fix_records++] = &r->timeline[i];
	*out = r;
	return 0;
fail:
	report_free(r);
	return rc;
}

void report_free(struct report *r)
{
	size_t i;

	if (r == NULL)
		return;
	for (i = 0; i < r->n_timeline; i++) {
		free(r->timeline[i].kind);
		free(r->timeline[i].text);
	}
	free(r->timeline);
	free(r->fix_records);
	free(r->rules);
	free(r->evidence);
	free(r->fixes);
	free(r->questions);
	free((void *)r->candidates);
	free(r->unexplained);
	json_decref(r->recorded);
	json_decref(r->cluster);
	session_close(r->session);
	free(r);
}

int report_render(const struct report *r, enum report_format f, char **out,
		  size_t *len, struct kb_error *err)
{
	const struct report_writer *w;
	struct kb_buf b = { 0 };
	int rc = 0;

	*out = NULL;
	*len = 0;
	w = report_writer_of(f);
	if (w == NULL)
		return kb_errorf(err, KB_EINVAL, "unknown report format %d", (int)f);
	kb_buf_puts(&b, "");
	rc = w->write(r, &b, err);
	if (rc == 0 && b.oom)
		rc = kb_errorf(err, KB_ENOMEM, "out of memory writing the report");
	if (rc != 0) {
		kb_buf_free(&b);
		return rc;
	}
	*len = b.len;
	*out = kb_buf_steal(&b);
	return 0;
}

int report_export(struct kb_store *store, int64_t id, enum report_format f,
		  char **out, size_t *len, struct kb_error *err)
{
	struct report *r;
	int rc;

	*out = NULL;
	*len = 0;
	if ((rc = report_build(store, id, NULL, &r, err)) != 0)
		return rc;
	rc = report_render(r, f, out, len, err);
	report_free(r);
	return rc;
}
