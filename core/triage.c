/* triage.c: listing machines and diagnosing each in its own worker
 * process.  Workers, not threads: the readers (hivex, libevt, libevtx)
 * were never meant to share a process between machines, and a crash in
 * one of them on a damaged file must cost only that machine. */
#include "kbwiz/triage.h"

#include <dirent.h>
#include <errno.h>
#include <ftw.h>
#include <jansson.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "kbwiz/diagnose.h"
#include "kbwiz/evidence.h"
#include "kbwiz/repair_record.h"
#include "kbwiz/session.h"
#include "kbwiz/store.h"
#include "kbwiz/svcdoctor.h"
#include "store_internal.h"

const char *triage_layout_name(enum triage_layout l)
{
	switch (l) {
	case TRIAGE_VOLUME: return "volume";
	case TRIAGE_KAPE: return "kape";
	case TRIAGE_ZIP: return "zip";
	case TRIAGE_UNKNOWN: return "unknown";
	}
	return "?";
}

void triage_default_options(struct triage_options *o)
{
	memset(o, 0, sizeof *o);
	zipsrc_default_limits(&o->zip_limits);
}

/* ---- listing ------------------------------------------------------------ */

static int has_zip_suffix(const char *name)
{
	size_t n = strlen(name);

	return n > 4 && strcasecmp(name + n - 4, ".zip") == 0;
}

int triage_find_volume(const char *dir, enum triage_layout *layout,
		       char *volume, size_t size)
{
	char windir[4096], sub[4096];
	struct dirent *de;
	DIR *d;
	int rc = -1;

	if (evidence_windows_dir(dir, windir, sizeof windir) == 0) {
		*layout = TRIAGE_VOLUME;
		return snprintf(volume, size, "%s", dir) < (int)size ? 0 : -1;
	}
	if ((d = opendir(dir)) == NULL)
		return -1;
	/* Drive folders in name order, so C comes before D. */
	{
		char best[256] = "";
		while ((de = readdir(d)) != NULL) {
			const char *parent = de->d_name;
			size_t len = strlen(parent);
			/* The rule zips follow too (zipsrc.h). */
			if (!zipsrc_windir_place_ok(&parent, &len, 1, 0) || len >= sizeof best)
				continue;
			snprintf(sub, sizeof sub, "%s/%s", dir, de->d_name);
			if (evidence_windows_dir(sub, windir, sizeof windir) != 0)
				continue;
			if (best[0] == '\0' || strcasecmp(de->d_name, best) < 0)
				snprintf(best, sizeof best, "%s", de->d_name);
		}
		if (best[0] != '\0') {
			*layout = TRIAGE_KAPE;
			rc = snprintf(volume, size, "%s/%s", dir, best) < (int)size ? 0 : -1;
		}
	}
	closedir(d);
	return rc;
}

static int list_add(struct triage_list *l, const char *path, enum triage_layout layout,
		    const char *volume, struct kb_error *err)
{
	struct triage_machine *grown = realloc(l->machines, (l->n + 1) * sizeof *grown);

	if (grown == NULL)
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	l->machines = grown;
	grown[l->n].path = strdup(path);
	grown[l->n].layout = layout;
	grown[l->n].session_id = 0;
	grown[l->n].volume = volume != NULL ? strdup(volume) : NULL;
	if (grown[l->n].path == NULL || (volume != NULL && grown[l->n].volume == NULL)) {
		free(grown[l->n].path);
		free(grown[l->n].volume);
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	}
	l->n++;
	return 0;
}

/* One path as one machine, whatever it turns out to be. */
static int add_one(struct triage_list *l, const char *path, struct kb_error *err)
{
	char volume[4096];
	enum triage_layout layout;
	struct stat st;

	if (stat(path, &st) == 0 && S_ISREG(st.st_mode))
		return list_add(l, path, TRIAGE_ZIP, NULL, err);
	if (stat(path, &st) == 0 && S_ISDIR(st.st_mode) &&
	    triage_find_volume(path, &layout, volume, sizeof volume) == 0)
		return list_add(l, path, layout, volume, err);
	return list_add(l, path, TRIAGE_UNKNOWN, NULL, err);
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* A directory of many machines: each subfolder and each zip. */
static int expand_dir(struct triage_list *l, const char *dir, size_t *added,
		      struct kb_error *err)
{
	char **names = NULL, path[4096];
	size_t n = 0, i;
	struct dirent *de;
	DIR *d = opendir(dir);
	int rc = 0;

	*added = 0;
	if (d == NULL)
		return 0;
	while ((de = readdir(d)) != NULL) {
		char **grown;
		struct stat st;
		if (de->d_name[0] == '.')
			continue;
		if (snprintf(path, sizeof path, "%s/%s", dir, de->d_name) >= (int)sizeof path ||
		    stat(path, &st) != 0)
			continue;
		if (!S_ISDIR(st.st_mode) && !(S_ISREG(st.st_mode) && has_zip_suffix(de->d_name)))
			continue;
		if ((grown = realloc(names, (n + 1) * sizeof *grown)) == NULL ||
		    (grown[n] = strdup(de->d_name)) == NULL) {
			if (grown != NULL)
				names = grown;
			rc = kb_errorf(err, KB_ENOMEM, "out of memory");
			goto out;
		}
		names = grown;
		n++;
	}
	if (n > 1)
		qsort(names, n, sizeof *names, cmp_names);
	for (i = 0; i < n && rc == 0; i++) {
		snprintf(path, sizeof path, "%s%s%s", dir,
			 dir[strlen(dir) - 1] == '/' ? "" : "/", names[i]);
		rc = add_one(l, path, err);
	}
	*added = n;
out:
	closedir(d);
	for (i = 0; i < n; i++)
		free(names[i]);
	free(names);
	return rc;
}

int triage_expand(const char *const *paths, size_t n_paths,
		  struct triage_list *out, struct kb_error *err)
{
	char volume[4096];
	enum triage_layout layout;
	size_t i, added;
	int rc = 0;

	memset(out, 0, sizeof *out);
	for (i = 0; i < n_paths && rc == 0; i++) {
		struct stat st;
		if (stat(paths[i], &st) == 0 && S_ISDIR(st.st_mode) &&
		    triage_find_volume(paths[i], &layout, volume, sizeof volume) != 0) {
			if ((rc = expand_dir(out, paths[i], &added, err)) != 0 || added > 0)
				continue;
		}
		/* A machine, a zip, or something to report (missing, empty). */
		rc = add_one(out, paths[i], err);
	}
	if (rc != 0)
		triage_list_free(out);
	return rc;
}

void triage_list_free(struct triage_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		free(l->machines[i].path);
		free(l->machines[i].volume);
	}
	free(l->machines);
	memset(l, 0, sizeof *l);
}

/* ---- one machine ------------------------------------------------------- */

static void add_problem(json_t *problems, const char *file, const char *reason, int code)
{
	json_t *p = json_object();

	json_object_set_new(p, "file", json_string(file));
	json_object_set_new(p, "reason", json_string(reason));
	json_object_set_new(p, "code", json_string(code == KB_EFORMAT || code == KB_ENOTFOUND ||
						   code == KB_EREFUSED ? "format" : "io"));
	json_array_append_new(problems, p);
}

/* Text with every copy's path shown as ZIP!ENTRY, malloc'd. */
static char *zip_display(const char *text, const struct zipsrc_result *zr, const char *zip)
{
	char *s;
	size_t i;

	if (text == NULL)
		return NULL;
	if ((s = strdup(text)) == NULL)
		return NULL;
	for (i = 0; zr != NULL && i < zr->n_files; i++) {
		const char *from = zr->files[i].copy_path;
		size_t fl = strlen(from);
		char *hit;
		while ((hit = strstr(s, from)) != NULL) {
			size_t tl = strlen(zip) + 1 + strlen(zr->files[i].entry_name);
			char *grown = malloc(strlen(s) - fl + tl + 1);
			if (grown == NULL)
				return s;
			memcpy(grown, s, (size_t)(hit - s));
			sprintf(grown + (hit - s), "%s!%s%s", zip, zr->files[i].entry_name, hit + fl);
			free(s);
			s = grown;
		}
	}
	return s;
}

static json_t *json_str_or_null(const char *s)
{
	return s != NULL ? json_string(s) : json_null();
}

static int svd_has(const struct svd_report *svd, enum diag_verdict v)
{
	size_t i;

	for (i = 0; svd != NULL && i < svd->n; i++)
		if (svd->v[i].verdict == v)
			return 1;
	return 0;
}

/* The machine's verdict by diagnose's model: its rules' best verdict in
 * diagnose's order (confirmed, possible, cause not found, repaired); a
 * confirmed service doctor finding counts as a confirmed rule does (it
 * makes diagnose exit 0), and the service doctor's weaker findings,
 * kbwiz's own reasoning, come after every rule's verdict, so that they
 * never hide what an article's rule found (svd may be NULL). */
static const char *line_verdict(const struct diagnosis *d, const struct svd_report *svd)
{
	static const enum diag_verdict order[] = {
		VERDICT_CONFIRMED, VERDICT_POSSIBLE, VERDICT_CAUSE_NOT_FOUND, VERDICT_REPAIRED,
	};
	size_t i;

	if (svd_has(svd, VERDICT_CONFIRMED))
		return diag_verdict_id(VERDICT_CONFIRMED);
	for (i = 0; i < sizeof order / sizeof order[0]; i++)
		if (diagnosis_count_verdict(d, order[i]) > 0)
			return diag_verdict_id(order[i]);
	for (i = 1; i < sizeof order / sizeof order[0]; i++)
		if (svd_has(svd, order[i]))
			return diag_verdict_id(order[i]);
	return "none";
}

/* The service doctor's findings, as `diagnose` reports them (it runs when
 * event logs are among the evidence); NULL when there are none to run it
 * on.  A failure of its own is a problem of the machine. */
static struct svd_report *run_svcdoctor(const struct evidence_set *ev, json_t *problems,
					const char *path)
{
	struct svd_options o = { NULL, NULL };
	struct svd_report *r = NULL;
	struct kb_error e = { "" };
	size_t i, n_events = 0;
	int rc;

	for (i = 0; i < ev->n; i++)
		n_events += ev->files[i].kind == EVIDENCE_EVENTS;
	if (n_events == 0)
		return NULL;
	if ((rc = svd_run(ev, &o, &r, &e)) != 0) {
		add_problem(problems, path, e.msg, rc);
		return NULL;
	}
	return r;
}

static json_t *services_json(const struct svd_report *svd)
{
	json_t *arr = json_array();
	size_t i;

	for (i = 0; svd != NULL && i < svd->n; i++)
		json_array_append_new(arr, json_pack("{s:s, s:s}", "service", svd->v[i].service,
						     "verdict", diag_verdict_id(svd->v[i].verdict)));
	return arr;
}

/* The value every check found, for the cluster comparison. */
static json_t *checks_json(const struct diagnosis *d)
{
	json_t *arr = json_array();
	size_t i, j, k;

	for (i = 0; i < d->n_rules; i++) {
		const struct diag_rule *dr = &d->rules[i];
		for (j = 0; dr->checks_run && j < dr->rule->n_checks; j++) {
			const struct rule_check *c = &dr->rule->checks[j];
			const struct check_result *res = &dr->checks[j];
			json_t *o = json_object(), *entries = json_array();
			for (k = 0; k < res->n_found_entries; k++)
				json_array_append_new(entries, json_string(res->found_entries[k]));
			json_object_set_new(o, "rule", json_string(dr->rule->id));
			json_object_set_new(o, "check", json_string(c->id));
			json_object_set_new(o, "key", json_string(c->key));
			json_object_set_new(o, "value", json_str_or_null(c->value));
			json_object_set_new(o, "status", json_string(check_status_name(res->status)));
			json_object_set_new(o, "found", json_str_or_null(res->found));
			json_object_set_new(o, "found_entries", entries);
			json_array_append_new(arr, o);
		}
	}
	return arr;
}

/* A new directory only this user can enter, under dir (NULL: $TMPDIR or
 * /tmp). */
static int make_private_dir(const char *dir, char *out, size_t size)
{
	const char *tmp = dir != NULL ? dir : getenv("TMPDIR");

	if (tmp == NULL || tmp[0] == '\0')
		tmp = "/tmp";
	if (snprintf(out, size, "%s/kbwiz-triage.XXXXXX", tmp) >= (int)size)
		return -1;
	return mkdtemp(out) != NULL ? 0 : -1;
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(path);
}

static void remove_tree(const char *dir)
{
	/* FTW_PHYS: a link inside is removed, never followed. */
	nftw(dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

/* The line's fields that come from a diagnosis.  Paths of copies out of
 * a zip are shown as ZIP!ENTRY.  known: the service doctor's findings
 * when already made (a recorded session's), or NULL to run it here. */
static void line_from_diagnosis(json_t *line, const struct diagnosis *d,
				const struct svd_report *known,
				const struct evidence_set *ev, const char *shown_root,
				const struct zipsrc_result *zr, const char *zip,
				json_t *problems, json_t *files, json_t *confirmed,
				json_t *possible)
{
	struct svd_report *svd;
	char nothing[1024];
	size_t i;

	for (i = 0; i < d->n_files; i++) {
		const struct diag_file *f = &d->files[i];
		json_t *fo = json_object();
		char *p = zip != NULL ? zip_display(f->path, zr, zip) : NULL;
		char *why = zip != NULL ? zip_display(f->ok ? f->detail : f->error, zr, zip) : NULL;
		const char *shown = p != NULL ? p : f->path;
		const char *shown_why = why != NULL ? why : f->ok ? f->detail : f->error;
		json_object_set_new(fo, "kind", json_string(evidence_kind_name(f->kind)));
		json_object_set_new(fo, "path", json_str_or_null(shown));
		json_object_set_new(fo, "ok", json_boolean(f->ok));
		json_object_set_new(fo, f->ok ? "detail" : "error", json_str_or_null(shown_why));
		json_array_append_new(files, fo);
		if (!f->ok)
			add_problem(problems, shown, shown_why != NULL ? shown_why : "unreadable",
				    f->error_code);
		free(p);
		free(why);
	}
	for (i = 0; i < d->n_rules; i++) {
		if (d->rules[i].verdict == VERDICT_CONFIRMED)
			json_array_append_new(confirmed, json_string(d->rules[i].rule->id));
		else if (d->rules[i].verdict == VERDICT_POSSIBLE)
			json_array_append_new(possible, json_string(d->rules[i].rule->id));
	}
	json_object_set_new(line, "machine", machine_to_json(&d->machine));
	/* Nothing read is not a healthy machine: unreadable, with why, and
	 * counted in the exit status as diagnose counts it (3). */
	if (diagnosis_no_evidence(d, shown_root, nothing, sizeof nothing)) {
		add_problem(problems, shown_root, nothing, KB_EFORMAT);
		json_object_set_new(line, "verdict", json_string("unreadable"));
	} else if (known != NULL) {
		json_object_set_new(line, "verdict", json_string(line_verdict(d, known)));
		json_object_set_new(line, "services", services_json(known));
	} else {
		svd = run_svcdoctor(ev, problems, shown_root);
		json_object_set_new(line, "verdict", json_string(line_verdict(d, svd)));
		json_object_set_new(line, "services", services_json(svd));
		svd_free(svd);
	}
	json_object_set_new(line, "checks", checks_json(d));
}

/* The machine as a recorded session (--record), through the session
 * engine as the wizard would: case, evidence, scan, registry, then the
 * diagnosis step, where a technician picks it up.  The first and last
 * timeline lines ("triage-start", "triage-done", both naming the path)
 * tell a finished machine from one cut short (triage_record_scan). */
static int record_session(const struct triage_machine *m, const char *volume,
			  const struct evidence_set *ev, const struct triage_options *o,
			  struct kb_store **store_out, struct session **out,
			  struct kb_error *err)
{
	struct session_case kase;
	struct machine_info mi;
	struct session *sess = NULL;
	const char *base = strrchr(m->path, '/');
	size_t found;
	int rc;

	*out = NULL;
	if ((rc = store_open(o->record_store, 0, store_out, NULL, err)) != 0)
		return rc;
	/* Workers record at the same time: each waits its turn. */
	store_set_busy_timeout(*store_out, 60000);
	/* One transaction per machine: a kill leaves its session whole or
	 * absent, never half recorded (the engine's own transactions nest
	 * inside as savepoints). */
	if ((rc = store_begin(*store_out, err)) != 0)
		return rc;
	if ((rc = session_new(*store_out, &sess, err)) != 0) {
		store_rollback(*store_out);
		return rc;
	}
	kase = *session_get_case(sess);
	if (machine_read_evidence(ev, &mi, err) == 0 && mi.computer_name != NULL)
		snprintf(kase.label, sizeof kase.label, "%s", mi.computer_name);
	else
		snprintf(kase.label, sizeof kase.label, "%s", base != NULL && base[1] != '\0' ? base + 1 : m->path);
	machine_info_clear(&mi);
	snprintf(kase.notes, sizeof kase.notes, "kbwiz triage: %s (%s)", m->path,
		 triage_layout_name(m->layout));
	if ((rc = session_note(sess, "triage-start", m->path, err)) != 0 ||
	    (rc = session_set_case(sess, &kase, err)) != 0 ||
	    (rc = session_next(sess, err)) != 0 ||
	    (rc = session_next(sess, err)) != 0 ||
	    (rc = session_find_evidence(sess, volume, &found, err)) != 0 ||
	    (rc = session_scan(sess, NULL, NULL, err)) != 0 ||
	    (rc = session_next(sess, err)) != 0 ||
	    (rc = session_check_registry(sess, err)) != 0 ||
	    (rc = session_next(sess, err)) != 0 ||
	    (rc = session_note(sess, "triage-done", m->path, err)) != 0 ||
	    (rc = store_commit(*store_out, err)) != 0) {
		store_rollback(*store_out);
		session_close(sess);
		return rc;
	}
	*out = sess;
	return 0;
}

/* A line with every key in the order docs/triage-json.md lists them,
 * filled in once known. */
static json_t *line_new(const char *path, enum triage_layout layout)
{
	json_t *line = json_object();

	if (line == NULL)
		return NULL;
	json_object_set_new(line, "path", json_string(path));
	json_object_set_new(line, "layout", json_string(triage_layout_name(layout)));
	json_object_set_new(line, "verdict", json_string("unreadable"));
	json_object_set_new(line, "machine", json_null());
	json_object_set_new(line, "confirmed", json_null());
	json_object_set_new(line, "possible", json_null());
	json_object_set_new(line, "files", json_null());
	json_object_set_new(line, "problems", json_null());
	return line;
}

/* Diagnose the evidence found as `diagnose` does, into the line.  store:
 * where kbwiz's own repairs are looked up (NULL: none).  Fails only for
 * want of memory; the machine's own faults go into problems. */
static int diagnose_into_line(json_t *line, const struct evidence_set *ev, const char *path,
			      const struct zipsrc_result *zr, const char *zip,
			      struct rule *const *rules, size_t n_rules, struct kb_store *store,
			      const char *store_name, json_t *problems, json_t *files,
			      json_t *confirmed, json_t *possible, struct kb_error *err)
{
	struct diagnosis *d = NULL;
	struct kb_error merr = { "" };
	int rc, mrc;

	if ((rc = diagnosis_new_borrowed(rules, n_rules, &d, err)) != 0)
		return rc;
	/* The repairs kbwiz made, as `diagnose` finds them: without them a
	 * repaired machine would be judged differently here. */
	if (diagnosis_find_repairs(d, ev, store, &merr) != 0)
		add_problem(problems, store != NULL ? store_name : path, merr.msg, KB_EIO);
	if ((mrc = diagnosis_run(d, ev, NULL, NULL, &merr)) != 0) {
		if (mrc == KB_ENOMEM) {
			rc = kb_errorf(err, mrc, "%s", merr.msg);
			goto out;
		}
		add_problem(problems, path, merr.msg, mrc);
		goto out;
	}
	line_from_diagnosis(line, d, NULL, ev, path, zr, zip, problems, files, confirmed,
			    possible);
out:
	diagnosis_free(d);
	return rc;
}

/* The machine's lists go into its line, which owns them from here. */
static void line_take_lists(json_t *line, json_t **confirmed, json_t **possible,
			    json_t **files, json_t **problems)
{
	json_object_set_new(line, "confirmed", *confirmed);
	json_object_set_new(line, "possible", *possible);
	json_object_set_new(line, "files", *files);
	json_object_set_new(line, "problems", *problems);
	*confirmed = *possible = *files = *problems = NULL;
}

int triage_evidence_line(const char *path, const struct evidence_set *ev,
			 struct rule *const *rules, size_t n_rules, struct kb_store *store,
			 json_t **line_out, struct kb_error *err)
{
	json_t *line = line_new(path, TRIAGE_VOLUME), *problems = json_array(),
		*files = json_array(), *confirmed = json_array(), *possible = json_array();
	int rc;

	*line_out = NULL;
	if (line == NULL || problems == NULL || files == NULL || confirmed == NULL || possible == NULL) {
		rc = kb_errorf(err, KB_ENOMEM, "out of memory");
		goto out;
	}
	json_object_set_new(line, "checks", json_array());
	if ((rc = diagnose_into_line(line, ev, path, NULL, NULL, rules, n_rules, store,
				     store != NULL ? store_path(store) : NULL, problems, files,
				     confirmed, possible, err)) != 0)
		goto out;
	line_take_lists(line, &confirmed, &possible, &files, &problems);
	*line_out = line;
	line = NULL;
out:
	json_decref(line);
	json_decref(problems);
	json_decref(files);
	json_decref(confirmed);
	json_decref(possible);
	return rc;
}

int triage_machine_run(const struct triage_machine *m, struct rule *const *rules,
		       size_t n_rules, const struct triage_options *o,
		       json_t **line_out, struct kb_error *err)
{
	struct evidence_set ev = { 0 };
	struct zipsrc_result zr = { 0 };
	struct kb_store *store = NULL, *rec_store = NULL;
	struct session *sess = NULL;
	struct kb_error merr = { "" };
	json_t *line = line_new(m->path, m->layout), *problems = json_array(), *files = json_array(),
		*confirmed = json_array(), *possible = json_array();
	char tmpdir[4096] = "";
	const char *volume = m->volume, *zip = m->layout == TRIAGE_ZIP ? m->path : NULL;
	/* A recorded zip keeps its copies (in kbwiz's own directory) for the
	 * session to be continued; otherwise they go with the worker. */
	int recording = o->record_store != NULL && m->session_id == 0, keep = 0;
	const struct svd_report *svd_known;
	size_t found;
	int rc = 0, mrc;

	*line_out = NULL;
	if (line == NULL || problems == NULL || files == NULL || confirmed == NULL || possible == NULL) {
		rc = kb_errorf(err, KB_ENOMEM, "out of memory");
		goto out;
	}
	if (o->record_store != NULL)
		json_object_set_new(line, "session", m->session_id != 0 ?
				    json_integer(m->session_id) : json_null());
	json_object_set_new(line, "checks", json_array());
	if (m->layout == TRIAGE_UNKNOWN) {
		struct stat st;
		add_problem(problems, m->path, stat(m->path, &st) != 0 ?
			    "no such file or directory" :
			    "no Windows directory here (looked for WINNT, Windows or System32, and "
			    "under a drive folder such as C), and no machine folder or zip inside",
			    stat(m->path, &st) != 0 ? KB_EIO : KB_ENOTFOUND);
		goto done;
	}
	if (zip != NULL) {
		if (make_private_dir(recording && o->keep_dir != NULL ? o->keep_dir : o->tmp_dir,
				     tmpdir, sizeof tmpdir) != 0) {
			tmpdir[0] = '\0';
			add_problem(problems, m->path, "cannot make a private temporary directory", KB_EIO);
			goto done;
		}
		if ((mrc = zipsrc_extract(zip, tmpdir, &o->zip_limits, &zr, &merr)) != 0) {
			add_problem(problems, m->path, merr.msg, mrc);
			goto done;
		}
		volume = zr.volume;
	}
	if ((mrc = evidence_find(&ev, volume, &found, &merr)) != 0) {
		char *shown = zip_display(merr.msg, &zr, m->path);
		add_problem(problems, m->path, shown != NULL ? shown : merr.msg, mrc);
		free(shown);
		goto done;
	}
	if (recording) {
		if ((mrc = record_session(m, volume, &ev, o, &rec_store, &sess, &merr)) != 0) {
			add_problem(problems, o->record_store, merr.msg, mrc == KB_ENOMEM ? KB_EIO : mrc);
			goto done;
		}
		json_object_set_new(line, "session", json_integer(session_id(sess)));
		/* The session ran the service doctor when it entered the
		 * diagnosis step: its findings, not a second run (unless it
		 * could not run there: then here, for the problem's words). */
		svd_known = session_service_doctor(sess);
		if (svd_known != NULL && svd_known->error != NULL)
			svd_known = NULL;
		line_from_diagnosis(line, session_diagnosis(sess), svd_known, &ev, m->path,
				    &zr, zip, problems, files, confirmed, possible);
		keep = zip != NULL && o->keep_dir != NULL;
		goto done;
	}
	if (o->store_path != NULL && store_open(o->store_path, 0, &store, NULL, &merr) != 0) {
		/* diagnose goes on without kbwiz's own repairs too. */
		store = NULL;
	}
	if ((rc = diagnose_into_line(line, &ev, m->path, &zr, zip, rules, n_rules, store,
				     o->store_path, problems, files, confirmed, possible, err)) != 0)
		goto out;
done:
	line_take_lists(line, &confirmed, &possible, &files, &problems);
	*line_out = line;
	line = NULL;
out:
	session_close(sess);
	store_close(rec_store);
	if (tmpdir[0] != '\0' && !keep)
		remove_tree(tmpdir);
	zipsrc_result_free(&zr);
	store_close(store);
	evidence_set_free(&ev);
	json_decref(line);
	json_decref(problems);
	json_decref(files);
	json_decref(confirmed);
	json_decref(possible);
	return rc;
}

const char *triage_line_verdict(json_t *line)
{
	const char *v = json_string_value(json_object_get(line, "verdict"));

	return v != NULL ? v : "unreadable";
}

/* ---- workers ------------------------------------------------------------ */

struct worker {
	pid_t pid;
	int fd;
	size_t index;
	char *buf;
	size_t len, cap;
};

static int write_all(int fd, const char *p, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, p, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

/* In the worker: run the machine and send {"line": ..., "diagnosis": ...}
 * down fd; never returns. */
static void worker_main(const struct triage_machine *m, struct rule *const *rules,
			size_t n_rules, const struct triage_options *o, int fd)
{
	struct kb_error err = { "" };
	json_t *line = NULL, *msg = json_object();
	char *text = NULL;
	int rc;

	rc = triage_machine_run(m, rules, n_rules, o, &line, &err);
	if (rc != 0 || msg == NULL) {
		json_object_set_new(msg, "error", json_string(err.msg));
	} else {
		json_object_set_new(msg, "line", line);
		line = NULL;
	}
	text = json_dumps(msg, JSON_COMPACT);
	rc = text != NULL && write_all(fd, text, strlen(text)) == 0 ? 0 : 1;
	free(text);
	json_decref(line);
	json_decref(msg);
	close(fd);
	/* _exit: the parent's stdio buffers and atexit handlers are not the
	 * worker's to flush or run. */
	_exit(rc);
}

static int start_worker(struct worker *w, size_t index, const struct triage_list *l,
			struct rule *const *rules, size_t n_rules,
			const struct triage_options *o, struct kb_error *err)
{
	int fds[2];
	pid_t pid;

	if (pipe(fds) != 0)
		return kb_errorf(err, KB_EIO, "cannot start a worker: %s", strerror(errno));
	fflush(NULL);
	pid = fork();
	if (pid < 0) {
		close(fds[0]);
		close(fds[1]);
		return kb_errorf(err, KB_EIO, "cannot start a worker: %s", strerror(errno));
	}
	if (pid == 0) {
		close(fds[0]);
		worker_main(&l->machines[index], rules, n_rules, o, fds[1]);
	}
	close(fds[1]);
	memset(w, 0, sizeof *w);
	w->pid = pid;
	w->fd = fds[0];
	w->index = index;
	return 0;
}

/* Read what is there; 1 at end of file, 0 more to come, <0 error. */
static int worker_read(struct worker *w)
{
	char chunk[65536];
	ssize_t n = read(w->fd, chunk, sizeof chunk);

	if (n < 0)
		return errno == EINTR || errno == EAGAIN ? 0 : -1;
	if (n == 0)
		return 1;
	if (w->len + (size_t)n + 1 > w->cap) {
		size_t cap = (w->cap + (size_t)n + 1) * 2;
		char *grown = realloc(w->buf, cap);
		if (grown == NULL)
			return -1;
		w->buf = grown;
		w->cap = cap;
	}
	memcpy(w->buf + w->len, chunk, (size_t)n);
	w->len += (size_t)n;
	w->buf[w->len] = '\0';
	return 0;
}

/* The worker's message, or a line saying why there is none. */
static json_t *worker_finish(struct worker *w, const struct triage_machine *m)
{
	json_t *msg = NULL, *line = NULL;
	int status = 0;
	char why[256] = "";

	while (waitpid(w->pid, &status, 0) < 0 && errno == EINTR)
		;
	if (w->buf != NULL)
		msg = json_loads(w->buf, 0, NULL);
	if (msg != NULL && (line = json_object_get(msg, "line")) != NULL) {
		json_incref(line);
	} else {
		if (WIFSIGNALED(status))
			snprintf(why, sizeof why,
				 "kbwiz's worker for this machine was killed by signal %d (%s); the other machines are not affected",
				 WTERMSIG(status), strsignal(WTERMSIG(status)));
		else if (msg != NULL && json_string_value(json_object_get(msg, "error")) != NULL)
			snprintf(why, sizeof why, "%s", json_string_value(json_object_get(msg, "error")));
		else
			snprintf(why, sizeof why, "kbwiz's worker for this machine ended without a result (exit %d)",
				 WIFEXITED(status) ? WEXITSTATUS(status) : -1);
		line = json_pack("{s:s, s:s, s:s, s:n, s:[], s:[], s:[], s:[{s:s, s:s, s:s}], s:[]}",
				 "path", m->path, "layout", triage_layout_name(m->layout),
				 "verdict", "unreadable", "machine", "confirmed", "possible",
				 "files", "problems", "file", m->path, "reason", why,
				 "code", "io", "checks");
	}
	json_decref(msg);
	close(w->fd);
	free(w->buf);
	w->buf = NULL;
	w->pid = 0;
	return line;
}

static int default_jobs(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	return n > 0 ? (int)n : 1;
}

int triage_run(const struct triage_list *l, struct rule *const *rules,
	       size_t n_rules, const struct triage_options *o,
	       triage_result_fn fn, void *ctx, struct kb_error *err)
{
	int jobs = o->jobs > 0 ? o->jobs : default_jobs();
	struct worker *w = NULL;
	struct pollfd *pfd = NULL;
	json_t **lines = NULL;
	size_t next = 0, emitted = 0, done = 0, running = 0, i;
	int rc = 0, stop = 0;

	if (l->n == 0)
		return 0;
	if ((size_t)jobs > l->n)
		jobs = (int)l->n;
	w = calloc((size_t)jobs, sizeof *w);
	pfd = calloc((size_t)jobs, sizeof *pfd);
	lines = calloc(l->n, sizeof *lines);
	if (w == NULL || pfd == NULL || lines == NULL) {
		rc = kb_errorf(err, KB_ENOMEM, "out of memory");
		goto out;
	}
	while (emitted < l->n && !(stop && running == 0)) {
		/* Fill the free slots. */
		for (i = 0; i < (size_t)jobs && next < l->n && !stop; i++) {
			if (w[i].pid != 0)
				continue;
			if ((rc = start_worker(&w[i], next, l, rules, n_rules, o, err)) != 0) {
				stop = 1;
				break;
			}
			next++;
			running++;
		}
		if (o->progress != NULL)
			o->progress(ctx, done, l->n, running);
		if (running == 0)
			break;
		for (i = 0; i < (size_t)jobs; i++) {
			pfd[i].fd = w[i].pid != 0 ? w[i].fd : -1;
			pfd[i].events = POLLIN;
			pfd[i].revents = 0;
		}
		if (poll(pfd, (nfds_t)jobs, -1) < 0) {
			if (errno == EINTR)
				continue;
			rc = kb_errorf(err, KB_EIO, "waiting for workers: %s", strerror(errno));
			stop = 1;
			continue;
		}
		for (i = 0; i < (size_t)jobs; i++) {
			int r;
			if (w[i].pid == 0 || pfd[i].revents == 0)
				continue;
			r = worker_read(&w[i]);
			if (r == 0)
				continue;
			/* End of file (or a broken pipe): the worker is done. */
			lines[w[i].index] = worker_finish(&w[i], &l->machines[w[i].index]);
			running--;
			done++;
			if (lines[w[i].index] == NULL) {
				rc = kb_errorf(err, KB_ENOMEM, "out of memory");
				stop = 1;
			}
		}
		/* Results in the order the machines were listed. */
		while (!stop && emitted < l->n && lines[emitted] != NULL) {
			int frc = fn(ctx, emitted, lines[emitted]);
			json_decref(lines[emitted]);
			lines[emitted] = NULL;
			emitted++;
			if (frc != 0) {
				rc = frc;
				stop = 1;
			}
		}
	}
	if (o->progress != NULL)
		o->progress(ctx, done, l->n, 0);
out:
	/* Workers still running after a stop: closing their pipe ends
	 * their writes (SIGPIPE or EPIPE), then they are waited for. */
	for (i = 0; w != NULL && i < (size_t)jobs; i++) {
		if (w[i].pid == 0)
			continue;
		close(w[i].fd);
		while (waitpid(w[i].pid, NULL, 0) < 0 && errno == EINTR)
			;
		free(w[i].buf);
	}
	for (i = 0; lines != NULL && i < l->n; i++) {
		json_decref(lines[i]);
	}
	free(lines);
	free(w);
	free(pfd);
	return rc;
}
