/* cmd_diagnose.c: `kbwiz diagnose`: evaluate the rules against evidence
 * files without the wizard, and print the ranking (or JSON). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "kbwiz/diagnose.h"
#include "kbwiz/msgref.h"
#include "kbwiz/evidence.h"
#include "kbwiz/evtlist.h"
#include "kbwiz/svcdoctor.h"
#include "kbwiz/unexplained.h"
#include "kbwiz/repair_record.h"
#include "kbwiz/shell_quote.h"

#define WIDTH 79

struct progress_state {
	int tty;
	char last[64];
};

/* On a terminal: one line that updates in place.  Elsewhere: nothing, so
 * logs and pipes stay clean. */
static int show_progress(void *ctx, const char *path, uint64_t done, uint64_t total)
{
	struct progress_state *ps = ctx;
	const char *name = strrchr(path, '/');
	char line[64];

	if (!ps->tty)
		return 0;
	name = name != NULL ? name + 1 : path;
	snprintf(line, sizeof line, "%3d%% %.40s",
		 total > 0 ? (int)(done * 100 / total) : 0, name);
	if (strcmp(line, ps->last) != 0) {
		fprintf(stderr, "\r\033[Kreading ");
		cli_put(stderr, line);
		memcpy(ps->last, line, sizeof line);
	}
	return 0;
}

static const char *status_tag(enum check_status s)
{
	switch (s) {
	case CHECK_PASSED: return "[pass]";
	case CHECK_FAILED: return "[FAIL]";
	case CHECK_DAMAGED: return "[DAMAGED]";
	case CHECK_NOT_CHECKED: return "[not checked]";
	}
	return "[?]";
}

static void print_files(const struct diagnosis *d)
{
	size_t i;

	printf("Evidence\n");
	if (d->n_files == 0)
		printf("  (no evidence files: give --root, --hive, --log or --events)\n");
	for (i = 0; i < d->n_files; i++) {
		const struct diag_file *f = &d->files[i];
		printf("  %-6s %-6s ", f->ok ? "ok" : "FAILED", evidence_kind_name(f->kind));
		cli_put(stdout, f->path);
		printf("\n         ");
		cli_put_wrapped(stdout, f->ok ? f->detail : f->error, 9, WIDTH);
		printf("\n");
	}
}

/* Where a fact comes from, on its own line under it: the article's lines,
 * or that it is kbwiz's own reading, so that neither passes for the other. */
static void print_source(const struct rule *r, const struct rule_cite *c,
			 const char *ours, int indent)
{
	char src[512], line[600];

	/* A log block may cite line by line instead of as a whole. */
	if (c->n_ranges == 0 && c->inferred == NULL)
		return;
	rule_cite_describe(c, r->article, ours, src, sizeof src);
	snprintf(line, sizeof line, "(%s)", src);
	printf("%*s", indent, "");
	cli_put_wrapped(stdout, line, indent, WIDTH);
	printf("\n");
}

/* The hive file a check of this rule reads, among the evidence: the one
 * whose kind is the hive its key names. */
static const char *hive_for_check(const struct diagnosis *d, const char *key)
{
	char hive[32];
	const char *inside;
	size_t i;

	if (rule_key_split(key, hive, sizeof hive, &inside) != 0)
		return NULL;
	for (i = 0; i < d->n_files; i++)
		if (d->files[i].ok && d->files[i].kind == EVIDENCE_HIVE &&
		    d->files[i].hive_kind != NULL &&
		    strcasecmp(d->files[i].hive_kind, hive) == 0)
			return d->files[i].path;
	return NULL;
}

/* What to do next: the steps always; the repair command when the article
 * gives a registry repair for a check that failed here and the verdict is
 * confirmed (the command shows the plan and writes nothing without
 * --apply).  A possible verdict gets no command: the article asks for its
 * repair on a machine that shows the symptom. */
static void print_next(const struct diagnosis *d, const struct diag_rule *dr)
{
	const struct rule *r = dr->rule;
	const char *hive = NULL;
	char cmd[256], *quoted;
	size_t i, j;

	printf("    Next: kbwiz kb show %s (remediation steps)\n", r->id);
	if (!dr->checks_run || (dr->verdict != VERDICT_CONFIRMED && dr->verdict != VERDICT_POSSIBLE))
		return;
	for (i = 0; i < r->n_fixes && hive == NULL; i++) {
		if (r->fixes[i].kind != FIX_REGISTRY || r->fixes[i].check_id == NULL)
			continue;
		for (j = 0; j < r->n_checks; j++)
			if (strcmp(r->checks[j].id, r->fixes[i].check_id) == 0 &&
			    dr->checks[j].status == CHECK_FAILED)
				hive = hive_for_check(d, r->checks[j].key);
	}
	if (hive == NULL)
		return;
	if (dr->verdict != VERDICT_CONFIRMED) {
		printf("          (no repair offered: the article's repair is for a machine that\n"
		       "          shows the symptom, and none was seen here)\n");
		return;
	}
	/* The path shell-quoted so that the line can be pasted; a path too
	 * long for the line goes on the next, after a backslash. */
	quoted = kb_shell_quote(hive);
	if (quoted == NULL)
		return;
	snprintf(cmd, sizeof cmd, "kbwiz fix --rule %s --hive", r->id);
	printf("          ");
	cli_put(stdout, cmd);
	if (10 + strlen(cmd) + 1 + strlen(quoted) <= WIDTH)
		printf(" ");
	else
		printf(" \\\n            ");
	cli_put(stdout, quoted);
	printf("\n          ");
	cli_put_wrapped(stdout, "(shows the article's registry repair; --apply writes it after "
			"a backup)", 11, WIDTH);
	printf("\n");
	free(quoted);
}

static void print_rule_detail(const struct diagnosis *d, const struct diag_rule *dr)
{
	const struct rule *r = dr->rule;
	size_t i, j;

	printf("    Why: ");
	cli_put_wrapped(stdout, dr->why != NULL ? dr->why : "", 9, WIDTH);
	printf("\n    Cause: ");
	cli_put_wrapped(stdout, r->cause, 11, WIDTH);
	printf("\n");
	print_source(r, &r->cause_cite, "reading", 11);
	for (i = 0; i < r->n_symptoms; i++) {
		const struct diag_symptom *s = &dr->symptoms[i];
		if (s->count == 0)
			continue;
		{
			char when[128], line[512];
			/* UTC, and the machine's clock beside it when its
			 * zone is known: on a line of its own, kept whole. */
			machine_format_time_text(&d->machine, s->last.time, when, sizeof when);
			snprintf(line, sizeof line, "Event %u from %s, %u time%s, last",
				 r->symptoms[i].event_id, r->symptoms[i].source != NULL ?
				 r->symptoms[i].source : "", s->count, s->count == 1 ? "" : "s");
			printf("    ");
			cli_put_wrapped(stdout, line, 6, WIDTH);
			/* The time kept whole: on this line when it fits. */
			printf(4 + strlen(line) + 1 + strlen(when) + 1 <= WIDTH ? " %s:\n" :
			       "\n      %s:\n", when);
		}
		print_source(r, &r->symptoms[i].cite, "reading", 6);
		printf("      ");
		cli_put_wrapped(stdout, s->last.text, 6, WIDTH);
		printf("\n");
		/* Legacy events hold the error as a message reference: say what
		 * %%1720 means, from the rule. */
		if (r->symptoms[i].error_code != 0 && r->symptoms[i].message != NULL &&
		    s->last.text != NULL) {
			char ref[24];
			snprintf(ref, sizeof ref, "%%%%%u", r->symptoms[i].error_code);
			if (msgref_mentions(s->last.text, r->symptoms[i].error_code)) {
				printf("      (%s: error %u, ", ref, r->symptoms[i].error_code);
				cli_put(stdout, r->symptoms[i].message);
				printf(")\n");
			}
		}
	}
	for (i = 0; i < r->n_evidence; i++) {
		const struct diag_evidence *de = &dr->evidence[i];
		if (de->n_matched == 0)
			continue;
		printf("    Log (%s): %zu of %zu lines%s\n", r->evidence[i].id,
		       de->n_matched, de->n_patterns, r->evidence[i].sequence ? " in order" : "");
		print_source(r, &r->evidence[i].cite, "reading", 6);
		for (j = 0; j < de->n_hits; j++) {
			const char *name = strrchr(de->hits[j].file, '/');
			char where[300];
			snprintf(where, sizeof where, "%s:%llu:",
				 name != NULL ? name + 1 : de->hits[j].file,
				 (unsigned long long)de->hits[j].line_no);
			printf("      ");
			cli_put(stdout, where);
			/* The line on its own, wrapped under it: 80 columns hold
			 * the prefix or the message, rarely both. */
			printf("\n        ");
			cli_put_wrapped(stdout, de->hits[j].line, 8, WIDTH);
			printf("\n");
		}
	}
	if (dr->checks_run && r->n_checks > 0) {
		printf("    Registry checks:\n");
		for (i = 0; i < r->n_checks; i++) {
			const struct check_result *c = &dr->checks[i];
			char line[1024];
			char src[256];
			rule_cite_describe(&r->checks[i].cite, r->article, "reading", src, sizeof src);
			printf("      %-13s %s  (", status_tag(c->status), r->checks[i].id);
			cli_put(stdout, src);
			printf(")\n        ");
			snprintf(line, sizeof line, "%s%s%s",
				 c->found != NULL ? c->found : r->checks[i].key,
				 c->detail != NULL ? ": " : "", c->detail != NULL ? c->detail : "");
			cli_put_wrapped(stdout, line, 8, WIDTH);
			printf("\n");
		}
	}
	print_next(d, dr);
}

/* The machine as its hives tell it: first, so the reader knows which
 * Windows the verdicts below were judged against. */
static void print_machine(const struct diagnosis *d)
{
	const struct machine_info *m = &d->machine;
	const char *role = machine_role(m);
	char line[512], mismatch[2048];

	if (!m->have_system && !m->have_software)
		return;
	/* Evidence of two machines is the first thing to know: findings
	 * that combine them describe neither. */
	if (diagnosis_machine_mismatch(d, mismatch, sizeof mismatch)) {
		char *line_start = mismatch, *nl;

		printf("WARNING: the evidence is from more than one machine\n");
		do {
			if ((nl = strchr(line_start, '\n')) != NULL)
				*nl = '\0';
			printf("  ");
			cli_put_wrapped(stdout, line_start, 2, WIDTH);
			printf("\n");
			line_start = nl + 1;
		} while (nl != NULL);
		printf("\n");
	}
	printf("Machine\n  ");
	machine_describe(m, line, sizeof line);
	{
		/* The name and the description wrapped as one line. */
		char named[1024];
		snprintf(named, sizeof named, "%s%s%s", m->computer_name != NULL ?
			 m->computer_name : "", m->computer_name != NULL ? ": " : "", line);
		cli_put_wrapped(stdout, named, 2, WIDTH);
	}
	printf("\n");
	if (role != NULL || m->product_type != NULL) {
		size_t k;
		printf("  role: %s", role != NULL ? role : "unknown");
		if (m->product_type != NULL) {
			printf(" (ProductType ");
			cli_put(stdout, m->product_type);
			for (k = 0; k < m->n_product_suite; k++) {
				printf("%s", k == 0 ? "; suite " : ", ");
				cli_put(stdout, m->product_suite[k]);
			}
			printf(")");
		}
		printf("\n");
	}
	if (m->time_zone != NULL || m->have_bias) {
		int off = -m->bias_minutes;
		printf("  time zone: ");
		cli_put(stdout, m->time_zone != NULL ? m->time_zone : "unnamed");
		if (m->have_bias)
			printf(" (UTC%c%02d:%02d when it last ran)", off < 0 ? '-' : '+', abs(off) / 60, abs(off) % 60);
		printf("\n");
	}
	if (m->shutdown_time != 0) {
		/* In the machine's zone, and in UTC beside it to compare with
		 * the event times. */
		machine_format_time(m, m->shutdown_time, line, sizeof line);
		printf("  last shut down: %s", line);
		if (m->have_bias) {
			machine_format_time(NULL, m->shutdown_time, line, sizeof line);
			printf(", %s", line);
		}
		printf("\n");
	}
	printf("\n");
}

static int shown_as_finding(const struct diag_rule *dr)
{
	return dr->diagnosed || dr->verdict == VERDICT_REPAIRED;
}

static void print_diagnosis(const struct diagnosis *d, int all)
{
	size_t i, n_diag = 0, n_na = 0, n_weak = 0;

	print_machine(d);
	print_files(d);
	printf("\nDiagnosis\n");
	for (i = 0; i < d->n_rules; i++) {
		const struct diag_rule *dr = &d->rules[i];
		char tag[32];
		size_t k;
		if (!shown_as_finding(dr))
			continue;
		n_diag++;
		printf("%2zu. %s  ", n_diag, dr->rule->id);
		cli_put_wrapped(stdout, dr->rule->title, 6 + (int)strlen(dr->rule->id), WIDTH);
		/* Upper case so a possible finding is never read as a
		 * confirmed one at a glance. */
		snprintf(tag, sizeof tag, "%s", diag_verdict_name(dr->verdict));
		for (k = 0; tag[k] != '\0'; k++)
			tag[k] = (char)(tag[k] >= 'a' && tag[k] <= 'z' ? tag[k] - 32 : tag[k]);
		printf("\n    %s  score %.1f%s\n", tag, dr->score,
		       dr->applies == DIAG_APPLIES_UNKNOWN ? " (applicability not checked: no hive)" : "");
		if (dr->verdict_note != NULL) {
			printf("    Verdict: ");
			cli_put_wrapped(stdout, dr->verdict_note, 13, WIDTH);
			printf("\n");
		}
		print_rule_detail(d, dr);
	}
	if (n_diag == 0)
		printf("  No rule is supported by this evidence.\n");
	else if (diagnosis_count_verdict(d, VERDICT_CONFIRMED) == 0)
		printf("  No rule is confirmed: a symptom and its cause were not both seen.\n");
	for (i = 0; i < d->n_rules; i++) {
		const struct diag_rule *dr = &d->rules[i];
		if (shown_as_finding(dr))
			continue;
		if (dr->applies == DIAG_NOT_APPLICABLE) {
			n_na++;
			if (!all)
				continue;
			printf("  not applicable: %s: ", dr->rule->id);
			cli_put(stdout, dr->not_applicable_reason);
			printf("\n");
		} else if (dr->score > 0 || all) {
			n_weak++;
			printf("  considered: %s (score %.1f): ", dr->rule->id, dr->score);
			cli_put(stdout, dr->why != NULL && dr->why[0] != '\0' ? dr->why : "nothing in the evidence");
			printf("\n");
		}
	}
	if (n_na > 0 && !all)
		printf("  %zu rule%s not applicable to this machine (--all lists them)\n",
		       n_na, n_na == 1 ? "" : "s");
	(void)n_weak;
}

/* --control-sets: for the rules worth reading about, where the current
 * control set differs from the others (LastKnownGood among them): a fault
 * that only the current set has points at a recent change. */
static void print_control_set_diffs(const struct diagnosis *d,
				    const struct evidence_set *ev, int all)
{
	struct kb_error err = { "" };
	size_t i, j, k;

	printf("\nControl sets\n");
	for (i = 0; i < ev->n; i++) {
		struct kb_hive *h = NULL;
		if (ev->files[i].kind != EVIDENCE_HIVE)
			continue;
		if (hive_open(ev->files[i].path, &h, &err) != 0)
			continue;
		if (strcmp(hive_kind(h), "SYSTEM") != 0) {
			hive_close(h);
			continue;
		}
		for (j = 0; j < d->n_rules; j++) {
			const struct diag_rule *dr = &d->rules[j];
			struct controlset_diff *diffs = NULL;
			size_t n = 0;
			if ((!dr->diagnosed && !all) || dr->applies == DIAG_NOT_APPLICABLE ||
			    dr->rule->n_checks == 0)
				continue;
			if (hive_compare_control_sets(h, dr->rule, &diffs, &n, &err) != 0) {
				cli_error("%s", err.msg);
				continue;
			}
			printf("  %s: %s\n", dr->rule->id, n == 0 ?
			       "every control set agrees on what this rule checks" :
			       "the control sets differ:");
			for (k = 0; k < n; k++) {
				printf("    %s in %s: ", diffs[k].check_id, diffs[k].control_set);
				cli_put(stdout, diffs[k].other);
				printf("\n      current: ");
				cli_put(stdout, diffs[k].current);
				printf("\n");
			}
			controlset_diffs_free(diffs, n);
		}
		hive_close(h);
	}
}

/* How the evidence is read (diagnosis.serial_readers, log_workers,
 * log_min_part): for tests that compare the ways, and for measuring. */
static void diagnose_readers_from_env(struct diagnosis *d)
{
	const char *v;

	if ((v = getenv("KBWIZ_SERIAL_READERS")) != NULL && v[0] != '\0' &&
	    strcmp(v, "0") != 0)
		d->serial_readers = 1;
	if ((v = getenv("KBWIZ_LOG_WORKERS")) != NULL && v[0] != '\0')
		d->log_workers = (unsigned)strtoul(v, NULL, 10);
	if ((v = getenv("KBWIZ_LOG_PART_MIN")) != NULL && v[0] != '\0')
		d->log_min_part = strtoull(v, NULL, 10);
}

static int run_diagnose(struct cli *cli, int argc, char **argv)
{
	struct kb_error err = { "" };
	struct evidence_set ev = { 0 };
	struct rule_set set = { 0 };
	struct diagnosis *d = NULL;
	struct progress_state ps = { 0, "" };
	const char *only = NULL, *root = NULL;
	char nothing[1024];
	int json = 0, all = 0, control_sets = 0, code = EXIT_OK, rc, i;
	size_t k, found, svd_confirmed = 0;
	struct evl_list shared;
	struct unexplained_share share;
	const struct evl_list *events = NULL;

	memset(&shared, 0, sizeof shared);

	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		enum evidence_kind kind;
		if (strcmp(a, "--json") == 0) {
			json = 1;
			continue;
		}
		if (strcmp(a, "--all") == 0) {
			all = 1;
			continue;
		}
		if (strcmp(a, "--control-sets") == 0) {
			control_sets = 1;
			continue;
		}
		if (i + 1 >= argc) {
			cli_error("%s needs a value (see kbwiz --help)", a);
			code = EXIT_USAGE;
			goto out;
		}
		if (strcmp(a, "--rule") == 0) {
			only = argv[++i];
			continue;
		}
		if (strcmp(a, "--root") == 0) {
			root = argv[++i];
			continue;
		}
		if (strcmp(a, "--hive") == 0)
			kind = EVIDENCE_HIVE;
		else if (strcmp(a, "--log") == 0)
			kind = EVIDENCE_LOG;
		else if (strcmp(a, "--events") == 0)
			kind = EVIDENCE_EVENTS;
		else {
			cli_error("unknown diagnose option '%s'", a);
			code = EXIT_USAGE;
			goto out;
		}
		if ((rc = evidence_add(&ev, kind, argv[++i], &err)) != 0) {
			cli_error("%s", err.msg);
			code = cli_exit_code(rc);
			goto out;
		}
	}
	if (root != NULL) {
		rc = evidence_find(&ev, root, &found, &err);
		if (rc != 0) {
			cli_error("%s", err.msg);
			code = cli_exit_code(rc) == EXIT_NOTHING ? EXIT_BADINPUT : cli_exit_code(rc);
			goto out;
		}
		if (!json)
			cli_error("found %zu evidence file%s under %s", found,
				found == 1 ? "" : "s", root);
	}
	if (ev.n == 0 && root == NULL) {
		cli_error("no evidence: give --root DIR, or files with --hive, --log, --events");
		code = EXIT_USAGE;
		goto out;
	}
	if (cli_store(cli, &code) == NULL)
		goto out;
	rc = store_get_rules(cli->store, only, &set, &err);
	if (rc != 0) {
		cli_error("%s", err.msg);
		code = cli_lookup_exit_code(rc);
		goto out;
	}
	rc = diagnosis_new(set.rules, set.n, &d, &err);
	if (rc != 0) {
		cli_error("%s", err.msg);
		code = cli_exit_code(rc);
		goto out;
	}
	if ((rc = diagnosis_find_repairs(d, &ev, cli->store, &err)) != 0) {
		cli_error("%s", err.msg);
		code = cli_exit_code(rc);
		goto out;
	}
	diagnose_readers_from_env(d);
	/* The service doctor and the unexplained events share one list of
	 * events, filled by the rules' own read of the event files: each is
	 * read once. */
	unexplained_share_attach(&share, &shared, d, &ev);
	ps.tty = !json && isatty(STDERR_FILENO);
	rc = diagnosis_run(d, &ev, show_progress, &ps, &err);
	if (ps.tty)
		fprintf(stderr, "\r\033[K");
	if (rc != 0) {
		cli_error("%s", err.msg);
		code = cli_exit_code(rc);
		goto out;
	}
	/* Unreadable files are reported, and the rest was still evaluated. */
	for (k = 0; k < d->n_files; k++)
		if (!d->files[k].ok)
			cli_error("%s", d->files[k].error);
	/* Nothing read is not a clean machine: say so and stop, as bad
	 * input (3), or unreadable (5) below when a file could not be read. */
	if (diagnosis_no_evidence(d, root, nothing, sizeof nothing)) {
		cli_error("%s", nothing);
		code = EXIT_BADINPUT;
		for (k = 0; k < d->n_files; k++)
			if (d->files[k].error_code != KB_EFORMAT)
				code = EXIT_IO;
		goto out;
	}
	if ((rc = unexplained_share_finish(&share, d, &err)) < 0) {
		cli_error("%s", err.msg);
		code = cli_exit_code(rc);
		goto out;
	} else if (rc == 0) {
		events = &shared;
	}
	if (json) {
		char *text;
		if (diagnosis_to_json(d, &text, &err) != 0) {
			cli_error("%s", err.msg);
			code = EXIT_INTERNAL;
			goto out;
		}
		if ((rc = diagnose_svcdoctor_events(cli, &ev, events, &text, &svd_confirmed)) != 0 ||
		    (rc = diagnose_unexplained_events(cli, d, &ev, events, &text)) != 0) {
			free(text);
			code = rc;
			goto out;
		}
		printf("%s\n", text);
		free(text);
	} else {
		print_diagnosis(d, all);
		if (control_sets)
			print_control_set_diffs(d, &ev, all);
		if ((rc = diagnose_svcdoctor_events(cli, &ev, events, NULL, &svd_confirmed)) != 0 ||
		    (rc = diagnose_unexplained_events(cli, d, &ev, events, NULL)) != 0) {
			code = rc;
			goto out;
		}
	}
	/* 0 only for a confirmed finding: a possible one is printed, but a
	 * script must not take it for a diagnosis. */
	code = diagnosis_count_verdict(d, VERDICT_CONFIRMED) > 0 || svd_confirmed > 0 ?
	       EXIT_OK : EXIT_NOTHING;
	/* A file that could not be read makes the run a failure even though
	 * the rest was evaluated: "nothing found" must mean the evidence was
	 * read and is clean.  Unreadable (5) wins over malformed (3). */
	for (k = 0; k < d->n_files; k++) {
		int fc;
		if (d->files[k].ok)
			continue;
		fc = d->files[k].error_code == KB_EFORMAT ? EXIT_BADINPUT : EXIT_IO;
		if (code == EXIT_OK || code == EXIT_NOTHING || fc == EXIT_IO)
			code = fc;
	}
out:
	evl_free(&shared);
	diagnosis_free(d);
	free(set.rules);   /* the diagnosis took the rules themselves */
	evidence_set_free(&ev);
	return code;
}

const struct cli_command cmd_diagnose = {
	"diagnose",
	"kbwiz diagnose [--root DIR] [--hive F]... [--log F]... [--events F]... [--rule ID] [--json] [--all] [--control-sets]",
	"evaluate the rules against evidence files",
	run_diagnose,
};
