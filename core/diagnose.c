/* diagnose.c: observations from the evidence, findings per rule, and the
 * ranking.  See diagnose.h for the phases. */
#include "kbwiz/diagnose.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "kbwiz/applies.h"
#include "kbwiz/evtlist.h"
#include "kbwiz/evtlog.h"
#include "kbwiz/logscan.h"
#include "kbwiz/strbuf.h"
#include "kbwiz/strutil.h"

/* ---- lifetime ---------------------------------------------------------- */

static int diagnosis_create(struct rule *const *rules, size_t n_rules, int borrowed,
			    struct diagnosis **out, struct kb_error *err)
{
	struct diagnosis *d;
	size_t i, j;

	*out = NULL;
	d = calloc(1, sizeof *d);
	if (d == NULL || (d->rules = calloc(n_rules + 1, sizeof *d->rules)) == NULL) {
		free(d);
		if (!borrowed)
			for (i = 0; i < n_rules; i++)
				rule_free(rules[i]);
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	}
	d->borrowed_rules = borrowed;
	d->n_rules = n_rules;
	d->machine.service_pack = -1;
	/* Every rule is placed first, so a failure below frees them all. */
	for (i = 0; i < n_rules; i++)
		d->rules[i].rule = rules[i];
	for (i = 0; i < n_rules; i++) {
		struct diag_rule *dr = &d->rules[i];
		struct rule *r = rules[i];

		dr->applies = r->n_applies > 0 ? DIAG_APPLIES_UNKNOWN : DIAG_APPLIES;
		dr->applies_results = calloc(r->n_applies + 1, sizeof *dr->applies_results);
		dr->symptoms = calloc(r->n_symptoms + 1, sizeof *dr->symptoms);
		dr->answers = calloc(r->n_symptoms + 1, sizeof *dr->answers);
		dr->evidence = calloc(r->n_evidence + 1, sizeof *dr->evidence);
		dr->checks = calloc(r->n_checks + 1, sizeof *dr->checks);
		if (dr->applies_results == NULL || dr->symptoms == NULL ||
		    dr->answers == NULL || dr->evidence == NULL || dr->checks == NULL) {
			diagnosis_free(d);
			return kb_errorf(err, KB_ENOMEM, "out of memory");
		}
		for (j = 0; j < r->n_symptoms; j++)
			dr->answers[j] = -1;
		for (j = 0; j < r->n_evidence; j++)
			dr->evidence[j].n_patterns = r->evidence[j].n_patterns;
		for (j = 0; j < r->n_checks; j++)
			dr->checks[j].status = CHECK_NOT_CHECKED;
		for (j = 0; j < r->n_applies; j++)
			dr->applies_results[j].status = CHECK_NOT_CHECKED;
	}
	*out = d;
	return 0;
}

int diagnosis_new(struct rule **rules, size_t n_rules, struct diagnosis **out,
		  struct kb_error *err)
{
	size_t i;
	int rc = diagnosis_create(rules, n_rules, 0, out, err);

	/* Taken whether or not it worked: on failure they are freed. */
	for (i = 0; i < n_rules; i++)
		rules[i] = NULL;
	return rc;
}

int diagnosis_new_borrowed(struct rule *const *rules, size_t n_rules,
			   struct diagnosis **out, struct kb_error *err)
{
	return diagnosis_create(rules, n_rules, 1, out, err);
}

static void free_event(struct diag_event *e)
{
	free(e->source);
	free(e->file);
	free(e->text);
}

static void free_hits(struct diag_log_hit *h, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(h[i].file);
		free(h[i].timestamp);
		free(h[i].line);
	}
	free(h);
}

void diag_file_clear(struct diag_file *f)
{
	free(f->path);
	free(f->error);
	free(f->detail);
	free(f->hive_kind);
	free(f->computers);
	free(f->hive_recovery);
}

void diagnosis_free(struct diagnosis *d)
{
	size_t i, j;

	if (d == NULL)
		return;
	for (i = 0; i < d->n_files; i++)
		diag_file_clear(&d->files[i]);
	free(d->files);
	for (i = 0; i < d->n_rules; i++) {
		struct diag_rule *dr = &d->rules[i];
		struct rule *r = dr->rule;

		if (r == NULL)
			continue;
		for (j = 0; j < r->n_applies && dr->applies_results != NULL; j++)
			check_result_clear(&dr->applies_results[j]);
		for (j = 0; j < r->n_checks && dr->checks != NULL; j++)
			check_result_clear(&dr->checks[j]);
		for (j = 0; j < r->n_symptoms && dr->symptoms != NULL; j++) {
			free_event(&dr->symptoms[j].first);
			free_event(&dr->symptoms[j].last);
			free(dr->symptoms[j].times);
		}
		for (j = 0; j < r->n_evidence && dr->evidence != NULL; j++)
			free_hits(dr->evidence[j].hits, dr->evidence[j].n_hits);
		free(dr->applies_results);
		free(dr->checks);
		free(dr->symptoms);
		free(dr->answers);
		free(dr->evidence);
		free(dr->not_applicable_reason);
		free(dr->why);
		free(dr->verdict_note);
		if (!d->borrowed_rules)
			rule_free(r);
	}
	free(d->rules);
	diagnosis_clear_repairs(d);
	machine_info_clear(&d->machine);
	free(d);
}

static struct diag_file *add_file_record(struct diagnosis *d, enum evidence_kind kind,
					 const char *path)
{
	struct diag_file *grown;

	grown = realloc(d->files, (d->n_files + 1) * sizeof *grown);
	if (grown == NULL)
		return NULL;
	d->files = grown;
	memset(&grown[d->n_files], 0, sizeof *grown);
	grown[d->n_files].kind = kind;
	grown[d->n_files].path = kb_strdup(path);
	if (grown[d->n_files].path == NULL)
		return NULL;
	return &grown[d->n_files++];
}

/* ---- phase 1: events --------------------------------------------------- */

#define EVENT_COMPUTERS_KEPT 4

struct event_ctx {
	struct diagnosis *d;
	const char *path;
	diag_progress_fn progress;
	void *progress_ctx;
	/* The distinct computer names the file's events carry. */
	char computers[EVENT_COMPUTERS_KEPT][64];
	size_t n_computers;
	int more_computers;
};

/* Host names compare without a domain ("NODE1.corp.example" is NODE1)
 * and ignoring case, as Windows compares them. */
static int same_host(const char *a, const char *b)
{
	size_t la = strcspn(a, "."), lb = strcspn(b, ".");

	return la == lb && strncasecmp(a, b, la) == 0;
}

static void note_computer(struct event_ctx *ctx, const char *name)
{
	size_t i;

	if (name == NULL || name[0] == '\0')
		return;
	for (i = 0; i < ctx->n_computers; i++)
		if (same_host(ctx->computers[i], name))
			return;
	if (ctx->n_computers == EVENT_COMPUTERS_KEPT) {
		ctx->more_computers = 1;
		return;
	}
	snprintf(ctx->computers[ctx->n_computers++], sizeof ctx->computers[0], "%s", name);
}

static int is_known_log(const char *log)
{
	static const char *const known[] = {
		"System", "Application", "Security", "Directory Service",
		"DNS Server", "File Replication Service", "Setup",
	};
	size_t i;

	if (log == NULL)
		return 0;
	for (i = 0; i < sizeof known / sizeof known[0]; i++)
		if (strcasecmp(log, known[i]) == 0)
			return 1;
	return 0;
}

/* Sources compare case-insensitively and without spaces: KB articles
 * write the same source both ways ("Apple Talk" in Q128166's event,
 * "AppleTalk" as the service is named). */
static int source_equal(const char *a, const char *b)
{
	for (;;) {
		while (*a == ' ')
			a++;
		while (*b == ' ')
			b++;
		if (*a == '\0' || *b == '\0')
			return *a == *b;
		if (tolower((unsigned char)*a) != tolower((unsigned char)*b))
			return 0;
		a++;
		b++;
	}
}

/* needle in hay, case-insensitively and ignoring spaces, for the same
 * reason ("Apple Talk Protocol" names the AppleTalk Protocol service). */
static int text_contains(const char *hay, const char *needle)
{
	const char *h, *n;

	if (*needle == '\0')
		return 1;
	for (; *hay != '\0'; hay++) {
		for (h = hay, n = needle;; h++, n++) {
			while (*h == ' ')
				h++;
			while (*n == ' ')
				n++;
			if (*n == '\0')
				return 1;
			if (*h == '\0' || tolower((unsigned char)*h) != tolower((unsigned char)*n))
				break;
		}
	}
	return 0;
}

static int event_matches(const struct rule_symptom *s, const struct kb_event *ev)
{
	size_t i, j;
	char code[24];
	int found;

	if (ev->event_id != s->event_id)
		return 0;
	if (ev->source == NULL || !source_equal(ev->source, s->source))
		return 0;
	/* Filter on the log only when the reader knows it: an export may not
	 * say, and a legacy .evt only has its file name, which a technician
	 * may have changed when copying it (node1-sys.evt). */
	if (is_known_log(ev->log) && s->log != NULL && strcasecmp(ev->log, s->log) != 0)
		return 0;
	for (i = 0; i < s->n_text; i++) {
		found = 0;
		for (j = 0; j < ev->n_strings && !found; j++)
			found = ev->strings[j] != NULL && text_contains(ev->strings[j], s->text[i]);
		if (!found)
			return 0;
	}
	if (s->error_code == 0)
		return 1;
	/* Legacy SCM events hold the error as a message reference (%%1720);
	 * rendered exports hold its text; some sources print the number. */
	snprintf(code, sizeof code, "%%%%%u", s->error_code);
	for (j = 0; j < ev->n_strings; j++) {
		const char *str = ev->strings[j];
		char num[16];
		if (str == NULL)
			continue;
		snprintf(num, sizeof num, "%u", s->error_code);
		if (kb_ci_contains(str, code) || strcmp(str, num) == 0 ||
		    (s->message != NULL && kb_ci_contains(str, s->message)))
			return 1;
	}
	return 0;
}

static int fill_event(struct diag_event *de, const struct kb_event *ev,
		      const char *path)
{
	size_t i, len = 0;
	char *text;

	free_event(de);
	memset(de, 0, sizeof *de);
	de->time = ev->time;
	de->event_id = ev->event_id;
	de->record_number = ev->record_number;
	de->source = kb_strdup(ev->source != NULL ? ev->source : "");
	de->file = kb_strdup(path);
	for (i = 0; i < ev->n_strings; i++)
		len += (ev->strings[i] != NULL ? strlen(ev->strings[i]) : 0) + 3;
	text = malloc(len + 1);
	if (text != NULL) {
		text[0] = '\0';
		for (i = 0; i < ev->n_strings; i++) {
			if (i > 0)
				strcat(text, " | ");
			if (ev->strings[i] != NULL)
				strcat(text, ev->strings[i]);
		}
	}
	de->text = text;
	return de->source != NULL && de->file != NULL && de->text != NULL ? 0 : -1;
}

/* count/within symptoms keep their events' times; past the cap the
 * answer no longer changes for any count the loader allows. */
#define EVENT_TIMES_MAX 200000

static int keep_event_time(struct diag_symptom *ds, int64_t t)
{
	int64_t *grown;

	if (ds->n_times >= EVENT_TIMES_MAX)
		return 0;
	grown = realloc(ds->times, (ds->n_times + 1) * sizeof *grown);
	if (grown == NULL)
		return -1;
	ds->times = grown;
	ds->times[ds->n_times++] = t;
	return 0;
}

static int cmp_time(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;

	return x < y ? -1 : x > y;
}

/* Whether min_count of the times lie within within_seconds (any span
 * when 0) of each other: a sliding window over the sorted times, since
 * files may come in any order. */
static int window_met(const struct rule_symptom *s, struct diag_symptom *ds)
{
	size_t lo = 0, hi;

	if (ds->n_times < s->min_count)
		return 0;
	if (s->within_seconds <= 0)
		return 1;
	qsort(ds->times, ds->n_times, sizeof *ds->times, cmp_time);
	for (hi = 0; hi < ds->n_times; hi++) {
		while (ds->times[hi] - ds->times[lo] > s->within_seconds)
			lo++;
		if (hi - lo + 1 >= s->min_count)
			return 1;
	}
	return 0;
}

/* After every file: a symptom that asks for more events, or closer
 * together, than were seen is not seen (count 0; matched says how many
 * there were). */
static void apply_event_windows(struct diagnosis *d)
{
	size_t i, j;

	for (i = 0; i < d->n_rules; i++) {
		const struct rule *r = d->rules[i].rule;

		for (j = 0; j < r->n_symptoms; j++) {
			struct diag_symptom *ds = &d->rules[i].symptoms[j];

			if (r->symptoms[j].kind == SYMPTOM_EVENT && r->symptoms[j].min_count > 1)
				ds->count = window_met(&r->symptoms[j], ds) ? ds->matched : 0;
		}
	}
}

static int on_event(void *vctx, const struct kb_event *ev)
{
	struct event_ctx *ctx = vctx;
	size_t i, j;

	for (i = 0; i < ctx->d->n_rules; i++) {
		struct diag_rule *dr = &ctx->d->rules[i];
		for (j = 0; j < dr->rule->n_symptoms; j++) {
			const struct rule_symptom *s = &dr->rule->symptoms[j];
			struct diag_symptom *ds = &dr->symptoms[j];
			if (s->kind != SYMPTOM_EVENT || !event_matches(s, ev))
				continue;
			if (ds->count == 0)
				fill_event(&ds->first, ev, ctx->path);
			fill_event(&ds->last, ev, ctx->path);
			ds->count++;
			ds->matched++;
			if (s->min_count > 1 && keep_event_time(ds, ev->time) != 0)
				return KB_ENOMEM;
		}
	}
	if (ctx->d->event_feed != NULL && evl_feed_event(ctx->d->event_feed, ev) != 0)
		return KB_ENOMEM;
	return 0;
}

/* Asked before a record's costly parts are read (evtlog_read_wanted):
 * only events with a rule's event ID and source can match (event_matches
 * tests those first); every event's computer is noted. */
static int want_event(void *vctx, const struct kb_event *ev)
{
	struct event_ctx *ctx = vctx;
	size_t i, j;

	note_computer(ctx, ev->computer);
	for (i = 0; i < ctx->d->n_rules; i++) {
		const struct rule *r = ctx->d->rules[i].rule;
		for (j = 0; j < r->n_symptoms; j++) {
			const struct rule_symptom *s = &r->symptoms[j];
			if (s->kind == SYMPTOM_EVENT && ev->event_id == s->event_id &&
			    ev->source != NULL && source_equal(ev->source, s->source))
				return 1;
		}
	}
	return ctx->d->event_feed != NULL && evl_feed_want(ctx->d->event_feed, ev);
}

static int on_event_progress(void *vctx, uint64_t done, uint64_t total)
{
	struct event_ctx *ctx = vctx;

	return ctx->progress != NULL ? ctx->progress(ctx->progress_ctx, ctx->path, done, total) : 0;
}

int diagnosis_scan_event_file(struct diagnosis *d, const char *path,
			      diag_progress_fn progress, void *pctx,
			      struct kb_error *err)
{
	struct event_ctx ctx = { d, path, progress, pctx, { "" }, 0, 0 };
	struct evtlog_stats st;
	struct kb_error ferr = { "" };
	struct diag_file *f;
	int rc;

	memset(&st, 0, sizeof st);
	if (d->event_feed != NULL && evl_feed_file(d->event_feed, path) != 0)
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	rc = evtlog_read_wanted(path, want_event, on_event, on_event_progress,
				&ctx, &st, &ferr);
	if (d->event_feed != NULL &&
	    evl_feed_file_done(d->event_feed, rc, &st, ferr.msg) != 0)
		return kb_errorf(err, KB_ENOMEM, "out of memory reading %s", path);
	if ((f = add_file_record(d, EVIDENCE_EVENTS, path)) == NULL)
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	if (rc == KB_ECANCEL)
		return kb_errorf(err, KB_ECANCEL, "%s: reading cancelled", path);
	f->ok = rc == 0;
	f->error_code = rc;
	if (rc != 0)
		f->error = kb_strdup(ferr.msg);
	f->detail = kb_strdup_printf("%s, %llu events (%llu recovered, %llu damaged)%s",
			      evtlog_format_name(st.format),
			      (unsigned long long)st.events,
			      (unsigned long long)st.recovered,
			      (unsigned long long)st.damaged,
			      st.file_dirty ? ", not closed cleanly" : "");
	if (ctx.n_computers > 0) {
		struct kb_buf b = KB_BUF_INIT;
		size_t k;

		for (k = 0; k < ctx.n_computers; k++)
			kb_buf_printf(&b, "%s%s", k ? ", " : "", ctx.computers[k]);
		if (ctx.more_computers)
			kb_buf_puts(&b, ", ...");
		if ((f->computers = kb_buf_steal(&b)) == NULL)
			return kb_errorf(err, KB_ENOMEM, "out of memory");
	}
	return 0;
}

void diagnosis_events_done(struct diagnosis *d)
{
	apply_event_windows(d);
}

int diagnosis_merge_events(struct diagnosis *d, struct diagnosis *from,
			   struct kb_error *err)
{
	size_t i, j;

	for (i = 0; i < d->n_rules && i < from->n_rules; i++) {
		const struct rule *r = d->rules[i].rule;

		for (j = 0; j < r->n_symptoms; j++) {
			struct diag_symptom *to = &d->rules[i].symptoms[j];
			struct diag_symptom *fs = &from->rules[i].symptoms[j];
			size_t n;

			if (fs->matched == 0)
				continue;
			/* The first seen stays the earlier file's; the last is
			 * the later file's. */
			if (to->count == 0) {
				free_event(&to->first);
				to->first = fs->first;
				memset(&fs->first, 0, sizeof fs->first);
			}
			free_event(&to->last);
			to->last = fs->last;
			memset(&fs->last, 0, sizeof fs->last);
			to->count += fs->count;
			to->matched += fs->matched;
			/* As many times as one pass would have kept. */
			n = fs->n_times;
			if (to->n_times + n > EVENT_TIMES_MAX)
				n = EVENT_TIMES_MAX - to->n_times;
			if (n > 0) {
				int64_t *t = realloc(to->times, (to->n_times + n) * sizeof *t);

				if (t == NULL)
					return kb_errorf(err, KB_ENOMEM, "out of memory");
				memcpy(t + to->n_times, fs->times, n * sizeof *t);
				to->times = t;
				to->n_times += n;
			}
		}
	}
	return 0;
}

int diagnosis_scan_events(struct diagnosis *d, const struct evidence_set *ev,
			  diag_progress_fn progress, void *pctx,
			  struct kb_error *err)
{
	size_t i;
	int rc;

	for (i = 0; i < ev->n; i++) {
		if (ev->files[i].kind != EVIDENCE_EVENTS)
			continue;
		if ((rc = diagnosis_scan_event_file(d, ev->files[i].path, progress,
						     pctx, err)) != 0)
			return rc;
	}
	diagnosis_events_done(d);
	return 0;
}

/* ---- phase 2: logs ----------------------------------------------------- */

/* Each (rule, evidence block) pair is one logscan group. */
struct group_ref {
	size_t rule, evidence;
};

/* Progress through one file: the best file's run is kept. */
struct run_state {
	size_t matched;
	unsigned char *seen;        /* non-sequence: per pattern */
	struct diag_log_hit *hits;
	size_t n_hits;
	uint64_t total;
};

struct log_ctx {
	struct diagnosis *d;
	struct group_ref *groups;
	struct run_state *runs;     /* per group, for the current file */
	size_t n_groups;
	const char *path;
	diag_progress_fn progress;
	void *progress_ctx;
	int oom;
};

static int keep_hit(struct run_state *rs, const struct logscan_hit *hit,
		    size_t pattern)
{
	struct diag_log_hit *grown, *h;
	size_t len = hit->line_len > 4096 ? 4096 : hit->line_len;

	if (rs->n_hits >= DIAG_MAX_HITS_KEPT)
		return 0;
	grown = realloc(rs->hits, (rs->n_hits + 1) * sizeof *grown);
	if (grown == NULL)
		return -1;
	rs->hits = grown;
	h = &grown[rs->n_hits];
	memset(h, 0, sizeof *h);
	h->pattern = pattern;
	h->file = kb_strdup(hit->path);
	h->line_no = hit->line_no;
	h->timestamp = kb_strdup(hit->timestamp);
	h->line = kb_strndup(hit->line, len);
	h->match_off = hit->match_off;
	h->match_len = hit->match_len;
	rs->n_hits++;
	return h->file != NULL && h->line != NULL ? 0 : -1;
}

static int on_log_hit(void *vctx, const struct logscan_hit *hit)
{
	struct log_ctx *ctx = vctx;
	struct group_ref *g;
	const struct rule_evidence *e;
	struct run_state *rs;
	size_t k = (size_t)hit->index;

	if (hit->group < 0 || (size_t)hit->group >= ctx->n_groups)
		return 0;
	g = &ctx->groups[hit->group];
	e = &ctx->d->rules[g->rule].rule->evidence[g->evidence];
	rs = &ctx->runs[hit->group];
	rs->total++;
	if (e->sequence) {
		/* Greedy: the earliest line for the next expected pattern.
		 * That finds the lines in order whenever they are there. */
		if (k != rs->matched)
			return 0;
		rs->matched++;
	} else {
		if (rs->seen[k])
			return 0;
		rs->seen[k] = 1;
		rs->matched++;
	}
	if (keep_hit(rs, hit, k) != 0)
		ctx->oom = 1;
	return 0;
}

static int on_log_progress(void *vctx, uint64_t done, uint64_t total)
{
	struct log_ctx *ctx = vctx;

	return ctx->progress != NULL ? ctx->progress(ctx->progress_ctx, ctx->path, done, total) : 0;
}

static void reset_runs(struct log_ctx *ctx)
{
	size_t g;

	for (g = 0; g < ctx->n_groups; g++) {
		struct run_state *rs = &ctx->runs[g];
		const struct rule_evidence *e =
			&ctx->d->rules[ctx->groups[g].rule].rule->evidence[ctx->groups[g].evidence];
		free_hits(rs->hits, rs->n_hits);
		rs->hits = NULL;
		rs->n_hits = 0;
		rs->matched = 0;
		rs->total = 0;
		memset(rs->seen, 0, e->n_patterns);
	}
}

/* After a file: keep its run where it got further than any before. */
static void keep_best_runs(struct log_ctx *ctx)
{
	size_t g;

	for (g = 0; g < ctx->n_groups; g++) {
		struct run_state *rs = &ctx->runs[g];
		struct diag_evidence *de =
			&ctx->d->rules[ctx->groups[g].rule].evidence[ctx->groups[g].evidence];
		de->total_hits += rs->total;
		if (rs->matched > de->n_matched) {
			free_hits(de->hits, de->n_hits);
			de->hits = rs->hits;
			de->n_hits = rs->n_hits;
			de->n_matched = rs->matched;
			de->complete = de->n_matched == de->n_patterns;
			rs->hits = NULL;
			rs->n_hits = 0;
		}
	}
}

int diagnosis_scan_logs(struct diagnosis *d, const struct evidence_set *ev,
			diag_progress_fn progress, void *pctx,
			struct kb_error *err)
{
	struct log_ctx ctx;
	struct logscan *ls = NULL;
	size_t i, j, k, g = 0, n_groups = 0, n_logs = 0;
	int rc = 0;

	for (i = 0; i < ev->n; i++)
		n_logs += ev->files[i].kind == EVIDENCE_LOG;
	if (n_logs == 0)
		return 0;
	memset(&ctx, 0, sizeof ctx);
	ctx.d = d;
	ctx.progress = progress;
	ctx.progress_ctx = pctx;
	for (i = 0; i < d->n_rules; i++)
		n_groups += d->rules[i].rule->n_evidence;
	ctx.groups = calloc(n_groups + 1, sizeof *ctx.groups);
	ctx.runs = calloc(n_groups + 1, sizeof *ctx.runs);
	ctx.n_groups = n_groups;
	if (ctx.groups == NULL || ctx.runs == NULL) {
		rc = kb_errorf(err, KB_ENOMEM, "out of memory");
		goto out;
	}
	if ((rc = logscan_new(&ls, err)) != 0 ||
	    (rc = logscan_set_parallel(ls, d->log_workers, d->log_min_part, err)) != 0)
		goto out;
	for (i = 0; i < d->n_rules; i++) {
		const struct rule *r = d->rules[i].rule;
		for (j = 0; j < r->n_evidence; j++, g++) {
			ctx.groups[g].rule = i;
			ctx.groups[g].evidence = j;
			ctx.runs[g].seen = calloc(r->evidence[j].n_patterns + 1, 1);
			if (ctx.runs[g].seen == NULL) {
				rc = kb_errorf(err, KB_ENOMEM, "out of memory");
				goto out;
			}
			for (k = 0; k < r->evidence[j].n_patterns; k++) {
				rc = logscan_add(ls, (int)g, (int)k, r->evidence[j].patterns[k].is_regex,
						 r->evidence[j].patterns[k].text, err);
				if (rc != 0) {
					kb_error_prefix(err, rc, "rule %s", r->id);
					goto out;
				}
			}
		}
	}
	for (i = 0; i < ev->n; i++) {
		struct logscan_stats st;
		struct kb_error ferr = { "" };
		struct diag_file *f;

		if (ev->files[i].kind != EVIDENCE_LOG)
			continue;
		ctx.path = ev->files[i].path;
		reset_runs(&ctx);
		memset(&st, 0, sizeof st);
		rc = logscan_file(ls, ctx.path, on_log_hit, on_log_progress, &ctx, &st, &ferr);
		if ((f = add_file_record(d, EVIDENCE_LOG, ctx.path)) == NULL || ctx.oom) {
			rc = kb_errorf(err, KB_ENOMEM, "out of memory");
			goto out;
		}
		if (rc == KB_ECANCEL) {
			rc = kb_errorf(err, KB_ECANCEL, "%s: scan cancelled", ctx.path);
			goto out;
		}
		f->ok = rc == 0;
		f->error_code = rc;
		if (rc != 0)
			f->error = kb_strdup(ferr.msg);
		else
			keep_best_runs(&ctx);
		f->detail = kb_strdup_printf("%s, %llu lines%s", log_format_name(st.format),
				      (unsigned long long)st.lines,
				      st.nul_bytes > 0 ? ", holds binary data" : "");
		rc = 0;
	}
out:
	if (ctx.runs != NULL) {
		for (g = 0; g < ctx.n_groups; g++) {
			free_hits(ctx.runs[g].hits, ctx.runs[g].n_hits);
			free(ctx.runs[g].seen);
		}
	}
	free(ctx.runs);
	free(ctx.groups);
	logscan_free(ls);
	return rc;
}

/* ---- phase 3: registry ------------------------------------------------- */

struct open_hive {
	char kind[16];
	struct kb_hive *hive;
};

#define MAX_HIVES 8

static struct kb_hive *hive_for_key(struct open_hive *hives, size_t n,
				    const char *key)
{
	char name[32];
	const char *inside;
	size_t i;

	if (rule_key_split(key, name, sizeof name, &inside) != 0)
		return NULL;
	for (i = 0; i < n; i++)
		if (strcasecmp(hives[i].kind, name) == 0)
			return hives[i].hive;
	return NULL;
}

/* The hive a file given as evidence would have been, judged by its name
 * alone (SYSTEM, system.sav): for a hive that could not be opened, whose
 * header never told its kind. */
static int file_named_as_hive(const char *path, const char *hive)
{
	const char *base = strrchr(path, '/');
	size_t n = strlen(hive);

	base = base != NULL ? base + 1 : path;
	return strncasecmp(base, hive, n) == 0 && (base[n] == '\0' || base[n] == '.');
}

/* The hive file given for a key's hive that could not be read, when no
 * readable file of that hive was given instead; NULL otherwise.  From the
 * file records alone, so that a restored diagnosis tells it too. */
static const struct diag_file *unread_hive_for(const struct diagnosis *d, const char *key,
					       char *hive, size_t size)
{
	const struct diag_file *bad = NULL;
	const char *inside;
	size_t i;

	if (rule_key_split(key, hive, size, &inside) != 0)
		return NULL;
	for (i = 0; i < d->n_files; i++) {
		const struct diag_file *f = &d->files[i];
		if (f->kind != EVIDENCE_HIVE)
			continue;
		if (f->ok && f->hive_kind != NULL && strcasecmp(f->hive_kind, hive) == 0)
			return NULL;
		if (!f->ok && bad == NULL && file_named_as_hive(f->path, hive))
			bad = f;
	}
	return bad;
}

/* A check left "not checked" for want of its hive, where that hive was
 * given but could not be read: say so, naming the file and why, instead
 * of "no hive supplied".  Returns 1 when it rewrote the result. */
static int note_unread_hive(const struct diagnosis *d, const struct rule_check *c,
			    struct check_result *res, struct kb_error *err)
{
	char hive[32];
	const struct diag_file *f;
	const char *why;
	size_t n;
	char *detail;

	if (res->status != CHECK_NOT_CHECKED ||
	    (f = unread_hive_for(d, c->key, hive, sizeof hive)) == NULL)
		return 0;
	why = f->error != NULL ? f->error : "unknown error";
	/* Readers' messages start with the path: said once. */
	n = strlen(f->path);
	if (strncmp(why, f->path, n) == 0 && why[n] == ':')
		why += n + 1 + (why[n + 1] == ' ');
	detail = kb_strdup_printf("the %s hive %s could not be read: %s", hive, f->path, why);
	if (detail == NULL)
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	free(res->detail);
	res->detail = detail;
	return 1;
}

static int eval_checks(struct open_hive *hives, size_t n_hives,
		       const struct rule_check *checks, size_t n,
		       struct check_result *results, struct kb_error *err)
{
	size_t i;
	int rc;

	for (i = 0; i < n; i++) {
		check_result_clear(&results[i]);
		rc = hive_eval_check(hive_for_key(hives, n_hives, checks[i].key),
				     &checks[i], &results[i], err);
		if (rc != 0)
			return rc;
	}
	return 0;
}

/* A check with when-symptom counts only when one of its symptoms was
 * seen (an event that met its count and window, or a technician's yes):
 * the article asks for that state only on a machine that shows it. */
static int gate_on_symptoms(struct diag_rule *dr, struct kb_error *err)
{
	const struct rule *r = dr->rule;
	size_t i, j, k;

	for (i = 0; i < r->n_checks; i++) {
		const struct rule_check *c = &r->checks[i];
		int seen = 0;
		char *found, *detail;

		if (c->n_when_symptoms == 0)
			continue;
		for (j = 0; j < c->n_when_symptoms && !seen; j++)
			for (k = 0; k < r->n_symptoms; k++)
				if (strcmp(r->symptoms[k].id, c->when_symptoms[j]) == 0 &&
				    (dr->symptoms[k].count > 0 || dr->answers[k] == 1))
					seen = 1;
		if (seen)
			continue;
		found = kb_strdup("not checked");
		detail = kb_strdup_printf("checked only when symptom %s%s was seen; it was not",
					  c->when_symptoms[0], c->n_when_symptoms > 1 ? " (or another listed)" : "");
		if (found == NULL || detail == NULL) {
			free(found);
			free(detail);
			return kb_errorf(err, KB_ENOMEM, "out of memory");
		}
		free(dr->checks[i].found);
		free(dr->checks[i].detail);
		dr->checks[i].found = found;
		dr->checks[i].detail = detail;
		dr->checks[i].status = CHECK_NOT_CHECKED;
		dr->checks[i].failure = FAIL_NONE;
	}
	return 0;
}

static void decide_applicability(struct diag_rule *dr, const struct machine_info *m)
{
	const struct rule *r = dr->rule;
	char reason[1024];
	size_t i = 0;
	enum applies_verdict v;

	free(dr->not_applicable_reason);
	dr->not_applicable_reason = NULL;
	v = applies_decide(r, dr->applies_results, &i);
	if (v == APPLIES_NO) {
		const struct check_result *res = &dr->applies_results[i];

		dr->applies = DIAG_NOT_APPLICABLE;
		if (r->applies[i].reason != NULL)
			dr->not_applicable_reason = kb_strdup(r->applies[i].reason);
		else
			dr->not_applicable_reason = kb_strdup_printf("%s: %s", r->applies[i].key,
							      res->detail != NULL ? res->detail : "condition not met");
		return;
	}
	if (!machine_rule_fits(m, r, reason, sizeof reason)) {
		dr->applies = DIAG_NOT_APPLICABLE;
		dr->not_applicable_reason = kb_strdup(reason);
		return;
	}
	dr->applies = v == APPLIES_UNKNOWN ? DIAG_APPLIES_UNKNOWN : DIAG_APPLIES;
}

/* The oldest last-write time among the keys r's checks read: a symptom
 * older than every one of them may predate a change to all of them. */
static int64_t oldest_key_write(struct open_hive *hives, size_t n_hives,
				const struct rule *r)
{
	int64_t oldest = 0, t;
	struct kb_error e;
	size_t i;

	for (i = 0; i < r->n_checks; i++) {
		struct kb_hive *h = hive_for_key(hives, n_hives, r->checks[i].key);
		if (h == NULL || hive_check_key_time(h, &r->checks[i], &t, &e) != 0)
			return 0;
		if (oldest == 0 || t < oldest)
			oldest = t;
	}
	return oldest;
}

int diagnosis_check_registry(struct diagnosis *d, const struct evidence_set *ev,
			     struct kb_error *err)
{
	struct open_hive hives[MAX_HIVES];
	size_t n_hives = 0, i, j;
	int rc = 0;

	memset(hives, 0, sizeof hives);
	for (i = 0; i < ev->n; i++) {
		struct kb_error ferr = { "" };
		struct kb_hive *h = NULL;
		struct diag_file *f;
		const char *kind;
		int current = 0;

		if (ev->files[i].kind != EVIDENCE_HIVE)
			continue;
		if ((f = add_file_record(d, EVIDENCE_HIVE, ev->files[i].path)) == NULL) {
			rc = kb_errorf(err, KB_ENOMEM, "out of memory");
			goto out;
		}
		if ((f->error_code = hive_open(ev->files[i].path, &h, &ferr)) != 0) {
			f->error = kb_strdup(ferr.msg);
			continue;
		}
		f->ok = 1;
		kind = hive_kind(h);
		f->hive_kind = kb_strdup(kind);
		f->hive_dirty = hive_is_dirty(h) || hive_recovery(h) != HIVELOG_CLEAN;
		f->hive_recovery = hive_recovery_text(h)[0] != '\0' ?
				   kb_strdup(hive_recovery_text(h)) : NULL;
		if (strcmp(kind, "SYSTEM") == 0 && hive_select(h, "Current", &current, &ferr) == 0)
			f->detail = kb_strdup_printf("SYSTEM hive, current control set ControlSet%03d%s%s",
					      current, f->hive_recovery ? ", " : "",
					      f->hive_recovery ? f->hive_recovery : "");
		else
			f->detail = kb_strdup_printf("%s hive%s%s", kind[0] != '\0' ? kind : "unknown",
					      f->hive_recovery ? ", " : "",
					      f->hive_recovery ? f->hive_recovery : "");
		/* Two hives of one kind: the first named wins, and the second
		 * is reported as not used rather than silently mixed in. */
		for (j = 0; j < n_hives; j++)
			if (strcmp(hives[j].kind, kind) == 0)
				break;
		if (j < n_hives || n_hives == MAX_HIVES || kind[0] == '\0') {
			free(f->detail);
			f->detail = kb_strdup_printf("%s hive: not used (%s)", kind[0] != '\0' ? kind : "unknown",
					      kind[0] == '\0' ? "cannot tell which hive this is" :
					      "another file of this kind came first");
			hive_close(h);
			continue;
		}
		snprintf(hives[n_hives].kind, sizeof hives[n_hives].kind, "%s", kind);
		hives[n_hives++].hive = h;
	}
	machine_info_clear(&d->machine);
	if ((rc = machine_read(hive_for_key(hives, n_hives, "HKLM\\SYSTEM"),
			       hive_for_key(hives, n_hives, "HKLM\\SOFTWARE"),
			       &d->machine, err)) != 0)
		goto out;
	for (i = 0; i < d->n_rules; i++) {
		struct diag_rule *dr = &d->rules[i];
		const struct rule *r = dr->rule;

		if ((rc = eval_checks(hives, n_hives, r->applies, r->n_applies,
				      dr->applies_results, err)) != 0 ||
		    (rc = eval_checks(hives, n_hives, r->checks, r->n_checks,
				      dr->checks, err)) != 0)
			goto out;
		/* Before the symptom gate, whose own reason wins. */
		dr->n_unread_checks = 0;
		for (j = 0; j < r->n_checks; j++) {
			if (hive_for_key(hives, n_hives, r->checks[j].key) != NULL)
				continue;
			if ((rc = note_unread_hive(d, &r->checks[j], &dr->checks[j], err)) < 0)
				goto out;
			dr->n_unread_checks += rc;
			rc = 0;
		}
		if ((rc = gate_on_symptoms(dr, err)) != 0)
			goto out;
		decide_applicability(dr, &d->machine);
		dr->n_failed_checks = dr->n_damaged_checks = dr->n_passed_checks = 0;
		for (j = 0; j < r->n_checks; j++) {
			dr->n_failed_checks += dr->checks[j].status == CHECK_FAILED;
			dr->n_damaged_checks += dr->checks[j].status == CHECK_DAMAGED;
			dr->n_passed_checks += dr->checks[j].status == CHECK_PASSED;
		}
		dr->keys_written = dr->n_passed_checks == (int)r->n_checks && r->n_checks > 0 ?
			oldest_key_write(hives, n_hives, r) : 0;
		dr->checks_run = 1;
	}
out:
	for (i = 0; i < n_hives; i++)
		hive_close(hives[i].hive);
	return rc;
}

/* ---- answers and ranking ----------------------------------------------- */

int diagnosis_answer(struct diagnosis *d, const char *rule_id,
		     const char *symptom_id, int answer, struct kb_error *err)
{
	size_t i, j;

	for (i = 0; i < d->n_rules; i++) {
		const struct rule *r = d->rules[i].rule;
		if (strcasecmp(r->id, rule_id) != 0)
			continue;
		for (j = 0; j < r->n_symptoms; j++)
			if (strcmp(r->symptoms[j].id, symptom_id) == 0) {
				d->rules[i].answers[j] = answer < 0 ? -1 : answer > 0;
				return 0;
			}
		return kb_errorf(err, KB_ENOTFOUND, "rule %s has no symptom '%s'", rule_id, symptom_id);
	}
	return kb_errorf(err, KB_ENOTFOUND, "no rule '%s' in this diagnosis", rule_id);
}

/* Weights: what a technician would count as proof.  A failed registry
 * check the rule names is the strongest (it is the cause itself); the
 * symptom event and the full log sequence come next; a technician's
 * "yes" is worth a little less than a record in a file. */
#define W_FAILED_CHECK 4.0
#define W_DAMAGED_CHECK 3.0
#define W_EVENT_SEEN 3.0
#define W_ANSWER_YES 2.0
#define W_ANSWER_NO -2.0
#define W_LOG_COMPLETE 4.0
#define W_CANDIDATE 1.0

static void score_rule(struct diag_rule *dr)
{
	const struct rule *r = dr->rule;
	struct kb_buf why = { 0 };
	size_t i;
	double score = 0;

	dr->n_symptoms_seen = 0;
	for (i = 0; i < r->n_symptoms; i++) {
		const struct rule_symptom *s = &r->symptoms[i];
		if (dr->symptoms[i].count > 0) {
			score += W_EVENT_SEEN;
			dr->n_symptoms_seen++;
			kb_buf_printf(&why, "%sevent %u from %s seen %u time%s", why.len ? "; " : "",
				 s->event_id, s->source, dr->symptoms[i].count,
				 dr->symptoms[i].count == 1 ? "" : "s");
		} else if (dr->answers[i] == 1) {
			score += W_ANSWER_YES;
			dr->n_symptoms_seen++;
			kb_buf_printf(&why, "%syou confirmed: %s", why.len ? "; " : "",
				 s->kind == SYMPTOM_QUESTION ? "yes to the question" :
				 s->kind == SYMPTOM_ERROR ? "the error message" : "the event");
			if (s->kind == SYMPTOM_ERROR)
				kb_buf_printf(&why, " %u", s->error_code);
		} else if (dr->answers[i] == 0) {
			score += W_ANSWER_NO;
		}
	}
	for (i = 0; i < r->n_evidence; i++) {
		const struct diag_evidence *de = &dr->evidence[i];
		double frac;
		if (de->n_matched == 0 || de->n_patterns == 0)
			continue;
		frac = (double)de->n_matched / (double)de->n_patterns;
		score += W_LOG_COMPLETE * frac;
		kb_buf_printf(&why, "%slog shows %zu of %zu lines%s", why.len ? "; " : "",
			 de->n_matched, de->n_patterns,
			 r->evidence[i].sequence ? " in order" : "");
	}
	if (dr->checks_run) {
		score += W_FAILED_CHECK * dr->n_failed_checks + W_DAMAGED_CHECK * dr->n_damaged_checks;
		if (dr->n_failed_checks + dr->n_damaged_checks > 0) {
			kb_buf_printf(&why, "%s%d of %zu registry checks failed", why.len ? "; " : "",
				 dr->n_failed_checks + dr->n_damaged_checks, r->n_checks);
			int listed = 0;
			for (i = 0; i < r->n_checks; i++) {
				const struct check_result *c = &dr->checks[i];
				if (c->status == CHECK_FAILED || c->status == CHECK_DAMAGED)
					kb_buf_printf(&why, "%s %s", listed++ == 0 ? ":" : ",",
						 c->detail != NULL ? c->detail : check_failure_name(c->failure));
			}
		}
		/* Every check passing is the verdict's to say (cause not
		 * found, or repaired). */
	}
	if (dr->candidate) {
		score += W_CANDIDATE;
		kb_buf_printf(&why, "%syou chose it from its symptoms", why.len ? "; " : "");
	}
	dr->score = score;
	free(dr->why);
	if (dr->applies == DIAG_NOT_APPLICABLE) {
		dr->score = 0;
		dr->why = kb_strdup_printf("not applicable: %s", dr->not_applicable_reason != NULL ?
				    dr->not_applicable_reason : "a condition is not met");
	} else {
		/* No reason at all stays NULL, as readers of why expect. */
		dr->why = why.len > 0 ? kb_buf_steal(&why) : NULL;
	}
	kb_buf_free(&why);
}

static const struct diag_repair *find_repair(const struct diagnosis *d, const char *rule_id)
{
	const struct diag_repair *best = NULL;
	size_t i;

	for (i = 0; i < d->n_repairs; i++)
		if (strcasecmp(d->repairs[i].rule_id, rule_id) == 0 &&
		    (best == NULL || d->repairs[i].at_unix > best->at_unix))
			best = &d->repairs[i];
	return best;
}

static void format_utc(int64_t t, char *buf, size_t size)
{
	time_t tt = (time_t)t;
	struct tm tm;

	if (t == 0 || gmtime_r(&tt, &tm) == NULL)
		snprintf(buf, size, "an unknown time");
	else
		strftime(buf, size, "%Y-%m-%d %H:%M:%S UTC", &tm);
}

/* Why none of a rule's checks ran, when a symptom was seen: the first
 * symptom a gated check (when-symptom) waits for and was not seen, in the
 * rule's own words (its question, or what the event is); a malloc'd note,
 * or NULL when no check waits (then there was no hive for them). */
static char *awaited_symptom_note(const struct diag_rule *dr)
{
	const struct rule *r = dr->rule;
	const struct rule_symptom *s = NULL;
	size_t i, j, k, n_waiting = 0;
	const char *who;
	char what[160];
	int len;

	for (i = 0; i < r->n_checks; i++) {
		const struct rule_check *c = &r->checks[i];
		const struct rule_symptom *first = NULL;
		int seen = 0;
		for (j = 0; j < c->n_when_symptoms; j++)
			for (k = 0; k < r->n_symptoms; k++)
				if (strcmp(r->symptoms[k].id, c->when_symptoms[j]) == 0) {
					seen |= dr->symptoms[k].count > 0 || dr->answers[k] == 1;
					if (first == NULL)
						first = &r->symptoms[k];
				}
		if (first == NULL || seen)
			continue;
		n_waiting++;
		if (s == NULL)
			s = first;
	}
	if (s == NULL)
		return NULL;
	who = r->n_checks == 1 ? "its check waits" :
	      n_waiting == r->n_checks ? "its checks wait" : "some of its checks wait";
	if (s->question != NULL) {
		/* A folded YAML question ends in a line break. */
		len = (int)strlen(s->question);
		while (len > 0 && (s->question[len - 1] == '\n' || s->question[len - 1] == ' '))
			len--;
		return kb_strdup_printf("a symptom was seen, but %s for the answer to: %.*s",
					who, len, s->question);
	}
	if (s->description != NULL)
		snprintf(what, sizeof what, "%s", s->description);
	else
		snprintf(what, sizeof what, "%s event %u from %s", s->log != NULL ? s->log : "an",
			 s->event_id, s->source != NULL ? s->source : "any source");
	return kb_strdup_printf("a symptom was seen, but %s for symptom %s, not seen: %s",
				who, s->id, what);
}

/* The verdict, from what score_rule counted: see enum diag_verdict. */
static void decide_verdict(const struct diagnosis *d, struct diag_rule *dr)
{
	const struct rule *r = dr->rule;
	const struct diag_repair *rep;
	int symptom = dr->n_symptoms_seen > 0, log_cause = 0;
	int failed = dr->n_failed_checks + dr->n_damaged_checks;
	int evaluated = dr->checks_run && failed + dr->n_passed_checks > 0;
	char when[64], mwhen[96], products[512];
	size_t i;

	/* Recounted from the files, so that a restored diagnosis ranks the
	 * same. */
	dr->n_unread_checks = 0;
	for (i = 0; dr->checks_run && i < r->n_checks; i++) {
		char hive[32];
		dr->n_unread_checks += dr->checks[i].status == CHECK_NOT_CHECKED &&
				       unread_hive_for(d, r->checks[i].key, hive, sizeof hive) != NULL;
	}
	dr->last_symptom_time = 0;
	for (i = 0; i < r->n_symptoms; i++)
		if (dr->symptoms[i].count > 0 && dr->symptoms[i].last.time > dr->last_symptom_time)
			dr->last_symptom_time = dr->symptoms[i].last.time;
	for (i = 0; i < r->n_evidence; i++) {
		const struct diag_evidence *de = &dr->evidence[i];
		/* Half a sequence is already more than a healthy log shows;
		 * the whole of it shows the failure itself, cause and all. */
		if (de->n_patterns > 0 && 2 * de->n_matched >= de->n_patterns)
			symptom = 1;
		if (de->n_patterns > 0 && de->complete)
			log_cause = 1;
	}
	free(dr->verdict_note);
	dr->verdict_note = NULL;
	rep = find_repair(d, r->id);
	if (dr->applies == DIAG_NOT_APPLICABLE) {
		dr->verdict = VERDICT_NOT_APPLICABLE;
	} else if (failed > 0) {
		dr->verdict = symptom ? VERDICT_CONFIRMED : VERDICT_POSSIBLE;
		if (!symptom)
			dr->verdict_note = kb_strdup("the registry shows the cause, but no symptom was "
						     "seen: no matching event or log line, and no answer; "
						     "this state may be normal on a healthy machine");
	} else if (evaluated && dr->n_passed_checks == (int)r->n_checks && rep != NULL) {
		dr->verdict = VERDICT_REPAIRED;
		/* kbwiz's own action, stamped by the computer it ran on: the
		 * failed machine's clock says nothing about it. */
		format_utc(rep->at_unix, mwhen, sizeof mwhen);
		if (rep->session_id > 0)
			snprintf(when, sizeof when, "in session %lld", (long long)rep->session_id);
		else
			snprintf(when, sizeof when, "with kbwiz fix");
		dr->verdict_note = kb_strdup_printf(
			"kbwiz repaired this hive %s on %s, and every check passes now; %s"
			"restart the machine and collect new logs to confirm",
			when, mwhen,
			dr->last_symptom_time == 0 ? "" :
			dr->last_symptom_time < rep->at_unix ?
			"the symptoms in the logs are older than the repair: " :
			"some symptoms are newer than the repair: look at them first, then ");
	} else if (evaluated && dr->n_passed_checks == (int)r->n_checks && symptom &&
		   dr->last_symptom_time > 0 && dr->keys_written > dr->last_symptom_time) {
		dr->verdict = VERDICT_REPAIRED;
		machine_format_time_utc(&d->machine, dr->keys_written, mwhen, sizeof mwhen);
		format_utc(dr->keys_written, when, sizeof when);
		dr->verdict_note = kb_strdup_printf(
			"every check passes, and every key they read was written after the last "
			"symptom (on %s or later); the symptoms are older than that change: "
			"restart the machine and collect new logs to confirm", mwhen);
	} else if (evaluated && symptom) {
		dr->verdict = VERDICT_CAUSE_NOT_FOUND;
		dr->verdict_note = kb_strdup(dr->n_passed_checks == (int)r->n_checks ?
			"symptoms seen, but every registry check passes: the article's last "
			"resort applies" :
			"symptoms seen; the checks that could run pass, the others were not checked");
	} else if (!evaluated && symptom && dr->n_unread_checks > 0) {
		/* The hive was given and is damaged: the article's own test of
		 * the cause could not run, so the log alone does not confirm. */
		dr->verdict = VERDICT_POSSIBLE;
		dr->verdict_note = kb_strdup("a symptom was seen, but the cause could not be checked: "
					     "the hive its checks read could not be read (see the checks)");
	} else if (!evaluated && symptom) {
		dr->verdict = log_cause ? VERDICT_CONFIRMED : VERDICT_POSSIBLE;
		if (!log_cause && (dr->verdict_note = awaited_symptom_note(dr)) == NULL)
			dr->verdict_note = kb_strdup(r->n_checks > 0 ?
				"a symptom was seen, but nothing could check the cause (no hive for its checks)" :
				"a symptom was seen; the rule has no check for the cause");
	} else {
		dr->verdict = VERDICT_NONE;
	}
	dr->diagnosed = dr->verdict == VERDICT_CONFIRMED || dr->verdict == VERDICT_POSSIBLE ||
			dr->verdict == VERDICT_CAUSE_NOT_FOUND;
	/* Unknown version: still applicable, and said so. */
	machine_rule_products_text(r, products, sizeof products);
	if (dr->verdict != VERDICT_NONE && dr->verdict != VERDICT_NOT_APPLICABLE &&
	    products[0] != '\0' && !machine_version_known(&d->machine)) {
		char *note = kb_strdup_printf("%s%sthe Windows version could not be read (%s); "
					      "the article was written for %s",
					      dr->verdict_note != NULL ? dr->verdict_note : "",
					      dr->verdict_note != NULL ? "; " : "",
					      d->machine.have_software ? "no CurrentVersion in the SOFTWARE hive" :
					      "no SOFTWARE hive", products);
		free(dr->verdict_note);
		dr->verdict_note = note;
	}
}

int diagnosis_no_evidence(const struct diagnosis *d, const char *root,
			  char *buf, size_t size)
{
	size_t i, n_bad = 0;

	for (i = 0; i < d->n_files; i++) {
		if (d->files[i].ok)
			return 0;
		n_bad++;
	}
	if (n_bad > 0)
		snprintf(buf, size, "no evidence: nothing to judge: none of the %zu evidence file%s "
			 "could be read", n_bad, n_bad == 1 ? "" : "s");
	else if (root != NULL)
		snprintf(buf, size, "no evidence: nothing to judge: no evidence file under %s "
			 "(looked in its Windows directory for System32/config/SYSTEM, SOFTWARE, "
			 "SysEvent.Evt, AppEvent.Evt, System32/winevt/Logs/System.evtx, "
			 "Application.evtx and Cluster logs)", root);
	else
		snprintf(buf, size, "no evidence: nothing to judge: no evidence file was read");
	return 1;
}

/* Confirmed first, then possible, cause not found, repaired, the rest,
 * not applicable last. */
static int rank_class(const struct diag_rule *dr)
{
	switch (dr->verdict) {
	case VERDICT_CONFIRMED: return 0;
	case VERDICT_POSSIBLE: return 1;
	case VERDICT_CAUSE_NOT_FOUND: return 2;
	case VERDICT_REPAIRED: return 3;
	case VERDICT_NONE: return 4;
	case VERDICT_NOT_APPLICABLE: return 5;
	}
	return 4;
}

static int cmp_rules(const void *a, const void *b)
{
	const struct diag_rule *x = a, *y = b;
	int cx = rank_class(x), cy = rank_class(y);

	if (cx != cy)
		return cx - cy;
	if (x->score != y->score)
		return x->score > y->score ? -1 : 1;
	return strcmp(x->rule->id, y->rule->id);
}

int diagnosis_rank(struct diagnosis *d, struct kb_error *err)
{
	size_t i;

	(void)err;
	for (i = 0; i < d->n_rules; i++) {
		score_rule(&d->rules[i]);
		decide_verdict(d, &d->rules[i]);
	}
	qsort(d->rules, d->n_rules, sizeof *d->rules, cmp_rules);
	return 0;
}

int diagnosis_add_repair(struct diagnosis *d, const char *rule_id,
			 const char *hive_path, int64_t session_id,
			 const char *at, struct kb_error *err)
{
	struct diag_repair *grown, *rp;

	grown = realloc(d->repairs, (d->n_repairs + 1) * sizeof *grown);
	if (grown == NULL)
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	d->repairs = grown;
	rp = &grown[d->n_repairs];
	memset(rp, 0, sizeof *rp);
	rp->rule_id = kb_strdup(rule_id);
	rp->hive_path = kb_strdup(hive_path);
	rp->at = kb_strdup(at != NULL ? at : "");
	rp->session_id = session_id;
	if (rp->rule_id == NULL || rp->hive_path == NULL || rp->at == NULL) {
		free(rp->rule_id);
		free(rp->hive_path);
		free(rp->at);
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	}
	rp->at_unix = kb_iso_to_unix(at);
	d->n_repairs++;
	return 0;
}

void diagnosis_clear_repairs(struct diagnosis *d)
{
	size_t i;

	for (i = 0; i < d->n_repairs; i++) {
		free(d->repairs[i].rule_id);
		free(d->repairs[i].hive_path);
		free(d->repairs[i].at);
	}
	free(d->repairs);
	d->repairs = NULL;
	d->n_repairs = 0;
}

size_t diagnosis_count_verdict(const struct diagnosis *d, enum diag_verdict v)
{
	size_t i, n = 0;

	for (i = 0; i < d->n_rules; i++)
		n += d->rules[i].verdict == v;
	return n;
}

const char *diag_verdict_name(enum diag_verdict v)
{
	switch (v) {
	case VERDICT_CONFIRMED: return "confirmed";
	case VERDICT_POSSIBLE: return "possible";
	case VERDICT_CAUSE_NOT_FOUND: return "cause not found";
	case VERDICT_REPAIRED: return "repaired";
	case VERDICT_NOT_APPLICABLE: return "not applicable";
	case VERDICT_NONE: break;
	}
	return "none";
}

const char *diag_verdict_id(enum diag_verdict v)
{
	switch (v) {
	case VERDICT_CONFIRMED: return "confirmed";
	case VERDICT_POSSIBLE: return "possible";
	case VERDICT_CAUSE_NOT_FOUND: return "cause-not-found";
	case VERDICT_REPAIRED: return "repaired";
	case VERDICT_NOT_APPLICABLE: return "not-applicable";
	case VERDICT_NONE: break;
	}
	return "none";
}

int diag_verdict_from_id(const char *id)
{
	int v;

	if (id == NULL)
		return -1;
	for (v = VERDICT_NONE; v <= VERDICT_NOT_APPLICABLE; v++)
		if (strcmp(id, diag_verdict_id((enum diag_verdict)v)) == 0 ||
		    strcmp(id, diag_verdict_name((enum diag_verdict)v)) == 0)
			return v;
	return -1;
}

int diagnosis_set_candidate(struct diagnosis *d, const char *rule_id,
			    int candidate, struct kb_error *err)
{
	size_t i;

	for (i = 0; i < d->n_rules; i++)
		if (strcasecmp(d->rules[i].rule->id, rule_id) == 0) {
			d->rules[i].candidate = candidate != 0;
			return 0;
		}
	return kb_errorf(err, KB_ENOTFOUND, "no rule '%s' in the store", rule_id);
}

void diagnosis_rule_findings(const struct diag_rule *dr, char *buf, size_t size)
{
	const struct rule *r = dr->rule;
	size_t i, used = 0;

	buf[0] = '\0';
	for (i = 0; i < r->n_symptoms && used < size; i++) {
		if (r->symptoms[i].kind != SYMPTOM_EVENT || dr->symptoms == NULL ||
		    dr->symptoms[i].count == 0)
			continue;
		used += (size_t)snprintf(buf + used, size - used, "%sevent %u x%u", used ? ", " : "",
					 r->symptoms[i].event_id, dr->symptoms[i].count);
	}
	for (i = 0; i < r->n_evidence && used < size; i++) {
		if (dr->evidence == NULL || dr->evidence[i].n_matched == 0)
			continue;
		used += (size_t)snprintf(buf + used, size - used, "%s%s %zu/%zu lines%s",
					 used ? ", " : "",
					 r->evidence[i].log == LOG_CLUSTER ? "cluster log" : "log",
					 dr->evidence[i].n_matched, dr->evidence[i].n_patterns,
					 r->evidence[i].sequence && dr->evidence[i].complete ?
					 " in order" : "");
	}
}

const struct diag_rule *diagnosis_find(const struct diagnosis *d,
				       const char *rule_id)
{
	size_t i;

	for (i = 0; i < d->n_rules; i++)
		if (strcasecmp(d->rules[i].rule->id, rule_id) == 0)
			return &d->rules[i];
	return NULL;
}

int diagnosis_explains_event(const struct diagnosis *d, const struct kb_event *ev)
{
	size_t i, j;

	for (i = 0; i < d->n_rules; i++) {
		const struct diag_rule *dr = &d->rules[i];
		if (dr->applies == DIAG_NOT_APPLICABLE)
			continue;
		for (j = 0; j < dr->rule->n_symptoms; j++)
			if (dr->rule->symptoms[j].kind == SYMPTOM_EVENT &&
			    event_matches(&dr->rule->symptoms[j], ev))
				return 1;
	}
	return 0;
}

int diagnosis_machine_mismatch(const struct diagnosis *d, char *buf, size_t size)
{
	const char *host = d->machine.computer_name;
	size_t i, used = 0;
	int found = 0;

	if (size > 0)
		buf[0] = '\0';
	if (host == NULL || host[0] == '\0')
		return 0;
	for (i = 0; i < d->n_files; i++) {
		const struct diag_file *f = &d->files[i];
		const char *p, *base;
		int match = 0;

		if (f->kind != EVIDENCE_EVENTS || f->computers == NULL)
			continue;
		/* Any of the names the log carries that is this host. */
		for (p = f->computers; *p != '\0';) {
			size_t n = strcspn(p, ",");
			char one[64];

			snprintf(one, sizeof one, "%.*s", (int)(n < sizeof one ? n : sizeof one - 1), p);
			if (same_host(one, host))
				match = 1;
			p += n;
			while (*p == ',' || *p == ' ')
				p++;
		}
		if (match)
			continue;
		base = strrchr(f->path, '/');
		base = base != NULL ? base + 1 : f->path;
		if (used < size)
			used += (size_t)snprintf(buf + used, size - used,
						 "%s%s: its events come from %s, the hives from %s",
						 found ? "\n" : "", base, f->computers, host);
		found = 1;
	}
	return found;
}
