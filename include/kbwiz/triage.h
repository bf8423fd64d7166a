/* triage.h: many machines' evidence at once (`kbwiz triage`).
 *
 * Each machine is one PATH: a mounted or copied volume (what `diagnose
 * --root` reads), a KAPE target folder (the volume under a drive-letter
 * folder, C/Windows/System32/config), or a zip (Velociraptor offline
 * collection, or a zip of a volume; zipsrc.h).  A directory that is none
 * of these holds many machines, one per subfolder or zip.
 *
 * Every machine is diagnosed in its own worker process: a reader that
 * crashes or runs out of memory on one machine's files takes only that
 * machine with it, and the machines run on every core.  A worker sends
 * back one JSON object (docs/triage-json.md), which the caller gets in
 * the order the machines were listed. */
#ifndef KBWIZ_TRIAGE_H
#define KBWIZ_TRIAGE_H

#include <stddef.h>
#include <stdint.h>

#include "kbwiz/error.h"
#include "kbwiz/rule.h"
#include "kbwiz/zipsrc.h"

enum triage_layout {
	TRIAGE_VOLUME,      /* the volume itself */
	TRIAGE_KAPE,        /* PATH/C/Windows/... */
	TRIAGE_ZIP,
	TRIAGE_UNKNOWN,     /* no Windows directory found: reported */
};

const char *triage_layout_name(enum triage_layout l);  /* "volume", ... */

struct triage_machine {
	char *path;          /* the machine as listed */
	enum triage_layout layout;
	char *volume;        /* the directory to read (volume, kape); NULL
				for zips and unknown */
	int64_t session_id;  /* --record: already recorded as this session
				(triage_record_scan); the worker reads it
				again without recording */
};

struct triage_list {
	struct triage_machine *machines;
	size_t n;
};

/* Expand the PATHs into machines (sorted by name within a directory of
 * many).  A PATH that does not exist is listed as an unknown machine so
 * that it is reported with the rest; only running out of memory fails. */
int triage_expand(const char *const *paths, size_t n_paths,
		  struct triage_list *out, struct kb_error *err);
void triage_list_free(struct triage_list *l);

/* The machine's layout and volume for one directory (exported for tests):
 * 0 with *layout and volume set, -1 when no Windows directory is there. */
int triage_find_volume(const char *dir, enum triage_layout *layout,
		       char *volume, size_t size);

struct json_t;

/* One machine's result: line is the JSON Lines object (borrowed for the
 * call).  A non-zero return stops the run (no new workers; the running
 * ones are waited for). */
typedef int (*triage_result_fn)(void *ctx, size_t index, struct json_t *line);
/* Progress: done of total machines, running workers now. */
typedef void (*triage_progress_fn)(void *ctx, size_t done, size_t total,
				   size_t running);

struct triage_options {
	int jobs;                 /* workers at once; <= 0: the number of cores */
	const char *store_path;   /* each worker opens it to find kbwiz's own
				     repairs as `diagnose` does; NULL: none */
	const char *record_store; /* --record: each worker records its
				     machine as a session in this store */
	const char *keep_dir;     /* --record: where a zip's copies are kept
				     for its session (kbwiz's own directory);
				     NULL: they are removed like the others */
	struct zipsrc_limits zip_limits;
	const char *tmp_dir;      /* where private directories for zips are
				     made; NULL: $TMPDIR or /tmp */
	triage_progress_fn progress;
};

/* Defaults: jobs 0, no store, zipsrc_default_limits. */
void triage_default_options(struct triage_options *o);

/* Diagnose every machine with the rules (borrowed; a worker never
 * changes them).  Returns 0 when every machine was handled (read or
 * reported), the callback's code when it stopped the run, or an error
 * when workers could not be started. */
int triage_run(const struct triage_list *l, struct rule *const *rules,
	       size_t n_rules, const struct triage_options *o,
	       triage_result_fn fn, void *ctx, struct kb_error *err);

/* One machine in this process (what a worker runs): its line object (a
 * new reference).  Never fails for the machine's own faults: they go
 * into "problems".  With o->record_store the machine becomes a session
 * (case label: its computer name; evidence found, scanned, registry
 * checked; left in progress at the diagnosis step) and the line gets
 * "session": its id. */
int triage_machine_run(const struct triage_machine *m, struct rule *const *rules,
		       size_t n_rules, const struct triage_options *o,
		       struct json_t **line, struct kb_error *err);

struct kb_store;
struct evidence_set;
/* One machine's line (layout "volume") for evidence already found, the
 * machine diagnosed exactly as triage_machine_run diagnoses one: what a
 * session holding several machines' evidence compares node by node
 * (cluster_nodes.h).  path: the machine as the line names it; store:
 * where kbwiz's own repairs are looked up (NULL: none).  Fails only for
 * want of memory. */
int triage_evidence_line(const char *path, const struct evidence_set *ev,
			 struct rule *const *rules, size_t n_rules, struct kb_store *store,
			 struct json_t **line, struct kb_error *err);

/* --record, before a run: the sessions earlier runs recorded.  A machine
 * of l whose session is finished (its "triage-done" line) gets its id in
 * session_id and is not recorded again; a session cut short (a
 * "triage-start" without "triage-done", e.g. after kill -9) is closed as
 * abandoned, saying so, and its machine recorded anew.  *n_done and
 * *n_abandoned count them. */
int triage_record_scan(struct kb_store *store, struct triage_list *l,
		       size_t *n_done, size_t *n_abandoned, struct kb_error *err);

/* The machine's verdict in a line: "confirmed", "possible",
 * "cause-not-found", "repaired", "none" or "unreadable". */
const char *triage_line_verdict(struct json_t *line);

/* ---- summary and cluster comparison (triage_report.c) ---- */

/* A new summary: {"summary": {"machines": 0, "by_verdict": {"confirmed":
 * 0, "possible": 0, "cause-not-found": 0, "repaired": 0, "none": 0,
 * "unreadable": 0}, "rules": []}}. */
struct json_t *triage_summary_new(void);
/* Count one machine's line in.  0 or KB_ENOMEM. */
int triage_summary_add(struct json_t *summary, struct json_t *line);
/* Sort "rules" ({id, confirmed, possible}) by machines hit, most first,
 * then by id.  Call once all lines are in. */
void triage_summary_finish(struct json_t *summary);

/* The nodes of one cluster side by side: for every registry value the
 * rules checked on some node, each node's status and found text, and
 * whether the nodes differ ("differs"), with the nodes that hold a value
 * other than the most common one marked "odd".  lines: an array of
 * triage lines.  A new {"cluster": {...}} object, or NULL (no memory). */
struct json_t *triage_cluster_compare(struct json_t *lines);

struct kb_buf;
/* The machines (an array of lines), the summary and, when not NULL, the
 * cluster comparison as one HTML page appended to b.  0 or KB_ENOMEM. */
int triage_write_html(struct json_t *lines, struct json_t *summary,
		      struct json_t *cluster, struct kb_buf *b);

#endif
