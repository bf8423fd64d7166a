/* report.h: a session, or the history, as a document people keep.
 *
 * report_build() gathers everything recorded about one session into one
 * in-memory model (struct report); report_render() writes that model in
 * one of four formats (report_writers).  The text formats share one walk
 * over the model (core/report_walk.c), each with its own styler
 * (report_md.c, report_html.c, report_txt.c); JSON is report_json.c.  Nothing is recomputed:
 * the findings are the ones the session recorded, so an exported report
 * says what the technician saw.  Building opens the session read-only in
 * effect: the store is never written.
 *
 * Text from the failing machine (log lines, registry strings, paths) and
 * from the technician (label, notes) is escaped for each format at the
 * point where it is written: HTML-escaped in HTML, backslash-escaped or
 * fenced in Markdown, and in every text format control characters and
 * escape sequences become visible (kb_sanitize), so a report shown in a
 * terminal, a browser or a ticketing system shows the text and runs
 * nothing.  JSON carries the text as it was (invalid UTF-8 becomes
 * U+FFFD); docs/report-json.md describes the documents. */
#ifndef KBWIZ_REPORT_H
#define KBWIZ_REPORT_H

#include <stddef.h>
#include <stdint.h>

#include "kbwiz/diagnose.h"
#include "kbwiz/error.h"
#include "kbwiz/evidence.h"
#include "kbwiz/session.h"
#include "kbwiz/store.h"

enum report_format {
	REPORT_MD,
	REPORT_HTML,
	REPORT_JSON,
	REPORT_TXT,
};

struct kb_buf;
struct report;

/* One format: its names, how a menu offers it, and its writer.  The
 * table (report_writers, in the order menus offer them) is the one place
 * the formats are named. */
struct report_writer {
	enum report_format format;
	const char *name;       /* "md": the --format word and file extension */
	const char *alias;      /* also accepted ("markdown"), or NULL */
	int key;                /* the key that picks it in a menu */
	const char *label;      /* "Markdown", "plain text" */
	/* Append the report in this format to b. */
	int (*write)(const struct report *r, struct kb_buf *b, struct kb_error *err);
};

extern const struct report_writer report_writers[];
extern const size_t report_n_writers;

/* The writer of format f, or of a name (or alias, any case); NULL when
 * unknown. */
const struct report_writer *report_writer_of(enum report_format f);
const struct report_writer *report_writer_named(const char *name);

/* "md", "html", "json", "txt" (also the file extension); -1 when unknown.
 * "markdown" and "text" are accepted too. */
int report_format_from_name(const char *name);
const char *report_format_name(enum report_format f);
/* The names for a usage message: "md, html, json or txt". */
void report_format_names(char *buf, size_t size);

/* What the report says about how it was made.  All fields may be NULL. */
struct report_options {
	const char *generated_at;   /* ISO 8601 UTC; NULL: now (tests fix it) */
};

/* ---- the model ---------------------------------------------------------- */

/* One line of the session's timeline (session_record, copied). */
struct report_record {
	char at[32];
	enum session_step step;
	char *kind;
	char *text;
};

/* One evidence file: what was given, and what was recorded on reading it. */
struct report_evidence {
	const struct evidence_file *file;   /* borrowed from the session */
	int facts_known;                    /* 0: not read yet */
	struct evidence_facts facts;
	const struct diag_file *read;       /* how reading went; NULL if not read */
};

/* Why a rule is in the report: it was chosen to remediate, diagnosed by
 * the evidence, or made a candidate by the technician (several may hold). */
struct report_rule {
	const struct diag_rule *dr;         /* borrowed from the diagnosis */
	int chosen, diagnosed, candidate;
	size_t rank;                        /* 1-based place in the ranking */
};

/* One group of events no rule explains (unexplained.h), as the session
 * recorded it; strings borrowed from the report. */
struct report_unexplained {
	const char *source, *service, *level, *example, *error_message;
	unsigned event_id, count;
	int has_error;
	unsigned error_code;
	const char *first, *last;           /* ISO 8601 UTC, or NULL */
	const char *article_ids[3], *article_titles[3];
	size_t n_articles;
};

struct json_t;
struct svd_report;

struct report {
	struct session *session;            /* owned: open while the model lives */
	struct session_summary summary;
	const struct session_case *kase;
	enum session_state state;
	enum session_step step;
	int scanned, registry_checked;
	const char *chosen;                 /* "" when none */
	const char *outcome_note;           /* "" when none */
	char generated_at[32];
	const char *tool_version;           /* the kbwiz writing the report */
	char recorded_version[32];          /* the kbwiz that recorded the
					       findings ("" when none yet) */

	const char *const *candidates;      /* rule ids, in the order chosen */
	size_t n_candidates;
	struct session_question *questions;
	size_t n_questions;

	struct report_evidence *evidence;
	size_t n_evidence;

	/* What was found (session_found: before a repair of this session
	 * was checked again), borrowed from the session. */
	const struct diagnosis *diag;
	/* The chosen rule's verification, NULL when none; the verdict the
	 * session ends with ("repaired" after a verified repair); the line
	 * that says both (session_findings_line, "" when nothing chosen). */
	const struct session_verification *verification;
	enum diag_verdict final_verdict;
	char findings_line[2048];
	struct report_rule *rules;          /* the rules used, in rank order */
	size_t n_rules;
	size_t n_not_applicable;            /* rules that do not apply here */
	size_t n_considered;                /* applicable, not diagnosed,
					       some support (score > 0) */

	struct session_fix *fixes;          /* the chosen rule's steps */
	size_t n_fixes;

	/* The events no rule explains, as listed at the session's last scan
	 * or registry check (unexplained_listed 0: never listed). */
	int unexplained_listed;
	unsigned long long unexplained_events, unexplained_explained;
	unsigned long long library_articles;
	struct report_unexplained *unexplained;
	size_t n_unexplained;
	struct json_t *recorded;            /* owned: the recorded findings */
	/* The service doctor's findings as the session recorded them
	 * (session_service_doctor), borrowed; NULL when it did not run. */
	const struct svd_report *svd;
	/* Evidence from several machines: the nodes compared (owned; the
	 * {"cluster": ...} of cluster_nodes.h, from the files as they are
	 * when the report is made); NULL for one machine's. */
	struct json_t *cluster;

	struct report_record *timeline;
	size_t n_timeline;
	/* Timeline lines of kind "fix-..." (plans, backups, changes,
	 * verification), pointing into timeline. */
	const struct report_record **fix_records;
	size_t n_fix_records;
};

/* Gather session id into *out (caller frees with report_free).
 * KB_ENOTFOUND when there is no such session. */
int report_build(struct kb_store *store, int64_t id,
		 const struct report_options *opt, struct report **out,
		 struct kb_error *err);
void report_free(struct report *r);

/* Render r in format f into a malloc'd NUL-terminated buffer (*out,
 * caller frees) of *len bytes. */
int report_render(const struct report *r, enum report_format f, char **out,
		  size_t *len, struct kb_error *err);

/* report_build + report_render: the one call the TUI's Export needs. */
int report_export(struct kb_store *store, int64_t id, enum report_format f,
		  char **out, size_t *len, struct kb_error *err);

/* A file name to offer: "kbwiz-session-12-NODE1-2026-11-24.html" (the
 * label reduced to letters, digits, '.', '-' and '_', at most 40 of them;
 * the date the session was created).  Written into buf. */
void report_default_name(const struct session_summary *s, enum report_format f,
			 char *buf, size_t size);

/* Write data to path atomically (kb_write_file_atomic).  An existing file
 * is refused with KB_EREFUSED unless overwrite is set. */
int report_write_file(const char *path, const void *data, size_t len,
		      int overwrite, struct kb_error *err);

/* How a check's expectation reads: "key exists", "Transports
 * (REG_MULTI_SZ) contains \"Clusnet\"".  Written into buf. */
void report_check_expected(const struct rule_check *c, char *buf, size_t size);

/* "fix-" prefixed timeline kinds belong to remediation work. */
int report_is_fix_record(const char *kind);

/* ---- the history -------------------------------------------------------- */

enum history_format {
	HISTORY_TABLE,   /* fits 80 columns; control characters made visible */
	HISTORY_CSV,     /* RFC 4180, with formula injection neutralised */
	HISTORY_JSON,    /* an array, docs/report-json.md */
};

int history_format_from_name(const char *name);   /* -1 when unknown */

/* The sessions filter selects (session_list: newest first) in format f,
 * into a malloc'd buffer.  *n_sessions (may be NULL) is set to how many. */
int report_history(struct kb_store *store, const struct session_filter *filter,
		   enum history_format f, char **out, size_t *len,
		   size_t *n_sessions, struct kb_error *err);

/* One CSV field: quoted when it holds a comma, quote, CR or LF (quotes
 * doubled), and prefixed with a single quote when it starts with = + - @
 * (or tab, CR) so a spreadsheet shows it instead of running it as a
 * formula.  Appended to *buf (malloc'd, grown); 0 or KB_ENOMEM. */
int report_csv_field(char **buf, size_t *len, size_t *cap, const char *field);

/* One cell of an 80-column table: up to cols characters of s (untrusted),
 * control characters made visible and newlines as blanks, cut with "~",
 * padded with blanks to cols when pad.  Appended to b. */
void report_table_cell(struct kb_buf *b, const char *s, int cols, int pad);

#endif
