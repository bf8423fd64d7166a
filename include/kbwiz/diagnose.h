/* diagnose.h: evaluating rules against the evidence.
 *
 * Data flows one way: evidence files -> readers (hive, evtlog, logscan)
 * -> observations (events seen, log hits, check results) -> per-rule
 * findings -> a ranking.  The work is split in phases so that the wizard
 * can run each in its own step (logs and events in step 3, registry
 * checks in step 4) while `kbwiz diagnose` runs them all at once. */
#ifndef KBWIZ_DIAGNOSE_H
#define KBWIZ_DIAGNOSE_H

#include <stddef.h>
#include <stdint.h>

#include "kbwiz/error.h"
#include "kbwiz/evidence.h"
#include "kbwiz/hive.h"
#include "kbwiz/machine.h"
#include "kbwiz/rule.h"

struct evl_feed;

/* What happened to one evidence file. */
struct diag_file {
	enum evidence_kind kind;
	char *path;
	int ok;                 /* read without a fatal error */
	char *error;            /* why not, when !ok */
	int error_code;         /* the reader's KB_E* code, when !ok */
	char *detail;           /* "SYSTEM hive, current ControlSet001",
				   "cluster log (NT 4.0-2003 form), 1234 lines",
				   "legacy .evt, 6063 events (438 recovered)" */
	char *hive_kind;        /* hives: "SYSTEM", "SOFTWARE", ... */
	int hive_dirty;         /* hives: base block sequence numbers differ */
	char *computers;        /* event logs: the computer names their
				   events carry, ", "-separated (at most
				   4, "..." after), or NULL */
	char *hive_recovery;    /* hives, dirty: how its transaction logs were
				   replayed, or why not ("dirty: recovered
				   from SYSTEM.LOG1 (14 log entries, 212
				   pages)"); NULL when clean */
};

/* Free what f owns (not f itself). */
void diag_file_clear(struct diag_file *f);

/* An event that matched an event symptom. */
struct diag_event {
	int64_t time;
	char *source;
	unsigned event_id;
	char *file;
	uint64_t record_number;
	char *text;             /* the insertion strings, joined with " | " */
};

struct diag_symptom {
	unsigned count;         /* matching events seen; 0 when the symptom
				   asks for count/within and they fall short */
	unsigned matched;       /* every event that matched, enough or not */
	int64_t *times;         /* count/within symptoms: the matched events'
				   times, for the window (private) */
	size_t n_times;
	struct diag_event first, last;
};

/* One log line that matched a pattern of an evidence block. */
struct diag_log_hit {
	size_t pattern;
	char *file;
	uint64_t line_no;
	char *timestamp;        /* NULL when the line has none */
	char *line;             /* raw bytes as UTF-8 as far as possible:
				   sanitize before display */
	size_t match_off, match_len;
};

#define DIAG_MAX_HITS_KEPT 64

struct diag_evidence {
	size_t n_matched;       /* patterns seen (in order, for a sequence) */
	size_t n_patterns;
	int complete;           /* every pattern seen (in order) */
	struct diag_log_hit *hits;  /* the lines that counted, first ones */
	size_t n_hits;
	uint64_t total_hits;    /* every matching line, kept or not */
};

enum diag_applicability {
	DIAG_APPLIES,
	DIAG_NOT_APPLICABLE,    /* an applies check failed: not a diagnosis */
	DIAG_APPLIES_UNKNOWN,   /* no hive to tell */
};

/* How sure the diagnosis is about one rule (docs/diagnose-json.md). */
enum diag_verdict {
	VERDICT_NONE,           /* nothing in the evidence points at it */
	VERDICT_CONFIRMED,      /* a symptom was seen and the cause found
				   (a failing check, or log lines that show
				   the cause) */
	VERDICT_POSSIBLE,       /* the cause is there but no symptom was
				   seen, or a symptom was seen and nothing
				   could check the cause */
	VERDICT_CAUSE_NOT_FOUND,/* symptoms seen, every check passes: the
				   article's last resort applies */
	VERDICT_REPAIRED,       /* the checks pass on a hive kbwiz repaired,
				   or the symptoms are older than every key
				   the checks read */
	VERDICT_NOT_APPLICABLE, /* an applies check failed, or the machine's
				   Windows is not one the article covers */
};

/* "confirmed", "possible", "cause not found", "repaired", "not
 * applicable", "none". */
const char *diag_verdict_name(enum diag_verdict v);
/* The same as JSON writes it: "cause-not-found", "not-applicable". */
const char *diag_verdict_id(enum diag_verdict v);
/* From diag_verdict_id's or diag_verdict_name's words; -1 if unknown. */
int diag_verdict_from_id(const char *id);

/* A repair kbwiz made to a hive now under examination (its SHA-256 is
 * the one recorded after the repair). */
struct diag_repair {
	char *rule_id;
	char *hive_path;        /* the file examined */
	int64_t session_id;     /* 0: made without a session */
	char *at;               /* when, ISO 8601 UTC as recorded */
	int64_t at_unix;        /* the same, 0 when unreadable */
};

struct diag_rule {
	struct rule *rule;      /* owned by the diagnosis */
	enum diag_verdict verdict;
	char *verdict_note;     /* one line: what the verdict rests on and
				   what to do ("restart and collect new
				   logs"); NULL when nothing to add */
	int64_t keys_written;   /* oldest last-write time of the keys the
				   checks read (Unix seconds), 0 unknown */
	int64_t last_symptom_time;  /* newest matching event, 0 none */
	enum diag_applicability applies;
	char *not_applicable_reason;
	struct check_result *applies_results;  /* one per rule->applies */
	struct diag_symptom *symptoms;         /* one per rule->symptoms */
	int *answers;           /* per symptom: 1 yes, 0 no, -1 not asked
				   (questions, and anything the technician
				   confirmed by hand) */
	struct diag_evidence *evidence;        /* one per rule->evidence */
	struct check_result *checks;           /* one per rule->checks */
	int checks_run;         /* phase 3 ran */
	int candidate;          /* the technician chose it from its symptoms */
	int n_failed_checks, n_damaged_checks, n_passed_checks;
	int n_unread_checks;    /* not checked because the hive they read
				   was given but could not be read */
	int n_symptoms_seen;
	double score;           /* higher: more of the rule is confirmed */
	int diagnosed;          /* the verdict is confirmed, possible or
				   cause not found: worth the reader's time */
	char *why;              /* plain words: what supports it */
};

struct diagnosis {
	int borrowed_rules;        /* the rules belong to the caller */
	struct diag_file *files;
	size_t n_files;
	struct diag_rule *rules;   /* ranked by diagnosis_rank() */
	size_t n_rules;
	struct machine_info machine;   /* read in phase 3 */
	struct diag_repair *repairs;   /* diagnosis_add_repair */
	size_t n_repairs;
	/* How diagnosis_run reads the evidence (all 0: the defaults).
	 * serial_readers: one file after another, instead of the text logs
	 * on a thread beside the events and hives; log_workers and
	 * log_min_part: logscan_set_parallel's, for each text log.  The
	 * result is the same either way; tests compare them. */
	int serial_readers;
	unsigned log_workers;
	uint64_t log_min_part;
	/* Another reader handed what the rules' pass reads of the event
	 * files (NULL: none): the list the service doctor and the
	 * unexplained events share is filled by the same read (evl_feed in
	 * evtlist.h), so that each event log is read once.  The caller's. */
	struct evl_feed *event_feed;
};

/* Progress of a phase: what is being read and how far. */
typedef int (*diag_progress_fn)(void *ctx, const char *path,
				uint64_t done, uint64_t total);

/* Start a diagnosis over these rules (the diagnosis takes ownership of
 * the rules and empties the array). */
int diagnosis_new(struct rule **rules, size_t n_rules, struct diagnosis **out,
		  struct kb_error *err);
/* The same over rules the caller keeps (and frees after the diagnosis):
 * for running many diagnoses over one rule set. */
int diagnosis_new_borrowed(struct rule *const *rules, size_t n_rules,
			   struct diagnosis **out, struct kb_error *err);
void diagnosis_free(struct diagnosis *d);

/* Phase 1: events.  Reads every EVIDENCE_EVENTS file and counts events
 * matching each rule's event symptoms.  A file that cannot be read is
 * recorded in d->files with its error; the rest still run. */
int diagnosis_scan_events(struct diagnosis *d, const struct evidence_set *ev,
			  diag_progress_fn progress, void *ctx,
			  struct kb_error *err);

/* Phase 1 a file at a time, for reading event files side by side: each
 * file into a diagnosis of its own over the same rules
 * (diagnosis_new_borrowed), merged into d in file order
 * (diagnosis_merge_events: the symptoms, from's events moved; the caller
 * moves from's file records to the end of d's), then
 * diagnosis_events_done (the count/within windows) once they all are:
 * d is then what diagnosis_scan_events gives. */
int diagnosis_scan_event_file(struct diagnosis *d, const char *path,
			      diag_progress_fn progress, void *ctx,
			      struct kb_error *err);
int diagnosis_merge_events(struct diagnosis *d, struct diagnosis *from,
			   struct kb_error *err);
void diagnosis_events_done(struct diagnosis *d);

/* Phase 2: logs.  Scans every EVIDENCE_LOG file once for every rule's
 * patterns. */
int diagnosis_scan_logs(struct diagnosis *d, const struct evidence_set *ev,
			diag_progress_fn progress, void *ctx,
			struct kb_error *err);

/* Phase 3: the registry.  Opens the hives and evaluates every rule's
 * applicability conditions and checks. */
int diagnosis_check_registry(struct diagnosis *d, const struct evidence_set *ev,
			     struct kb_error *err);

/* Record the technician's answer to a symptom (1 yes, 0 no, -1 unset). */
int diagnosis_answer(struct diagnosis *d, const char *rule_id,
		     const char *symptom_id, int answer, struct kb_error *err);

/* Record a repair kbwiz made to the hive at hive_path, whose content
 * is the one written then (the caller compared the SHA-256).  at is the
 * recorded ISO time; session_id 0 when none.  Used by diagnosis_rank. */
int diagnosis_add_repair(struct diagnosis *d, const char *rule_id,
			 const char *hive_path, int64_t session_id,
			 const char *at, struct kb_error *err);

/* Forget the repairs added (before looking for them again). */
void diagnosis_clear_repairs(struct diagnosis *d);

/* Whether there was anything to judge: 0 when at least one evidence
 * file was read; else 1 and buf says so plainly ("no evidence: nothing
 * to judge: ..."), naming root (where --root looked; NULL when files were
 * named) or the files that could not be read.  Call after phase 3. */
int diagnosis_no_evidence(const struct diagnosis *d, const char *root,
			  char *buf, size_t size);

/* How many rules have verdict v (`diagnose` exits 0 on a confirmed one). */
size_t diagnosis_count_verdict(const struct diagnosis *d, enum diag_verdict v);

/* Score every rule, give each its verdict (with the repairs added and the
 * machine read in phase 3), write its `why` and `verdict_note`, and sort
 * by verdict (confirmed, possible, cause not found, repaired, none, not
 * applicable), best score first within each. */
int diagnosis_rank(struct diagnosis *d, struct kb_error *err);

/* All phases, then the ranking.  The text logs are scanned on a thread
 * of their own beside the events and the registry (unless
 * d->serial_readers): the diagnosis is the one the phases in order make,
 * file records in the same order; progress may then be called from that
 * thread too, never two calls at once. */
int diagnosis_run(struct diagnosis *d, const struct evidence_set *ev,
		  diag_progress_fn progress, void *ctx, struct kb_error *err);

/* What the logs and events showed for one rule, in words ("event 7023 x1,
 * cluster log 16/16 lines in order"); "" when nothing. */
void diagnosis_rule_findings(const struct diag_rule *dr, char *buf, size_t size);

const struct diag_rule *diagnosis_find(const struct diagnosis *d,
				       const char *rule_id);

/* Mark a rule as one the technician chose (it ranks a little higher). */
int diagnosis_set_candidate(struct diagnosis *d, const char *rule_id,
			    int candidate, struct kb_error *err);

/* Evidence from more than one machine: when the computer name the SYSTEM
 * hive gives differs from every computer an event log's events name
 * (host names compare without their domain and ignoring case), one line
 * per such log into buf ("SysEvent.Evt: its events come from NODE2, the
 * hives from NODE1"), and 1; 0 with buf "" when everything agrees or
 * cannot be told. */
int diagnosis_machine_mismatch(const struct diagnosis *d, char *buf, size_t size);

/* The diagnosis as a JSON document (docs/diagnose-json.md), malloc'd. */
int diagnosis_to_json(const struct diagnosis *d, char **out,
		      struct kb_error *err);

/* Put the findings recorded in a JSON document (from diagnosis_to_json)
 * back into d, whose rules are loaded: a resumed session shows what was
 * seen then, without reading the files again.  Rules the document names
 * that d lacks are skipped; the order of the document is kept. */
int diagnosis_restore_json(struct diagnosis *d, const char *json,
			   struct kb_error *err);

struct json_t;   /* jansson's */

/* Add to the JSON object o what one log evidence block found, the fields
 * docs/diagnose-json.md (rules[].evidence[]) and docs/report-json.md
 * (log_hits[]) share, after whatever names the block in o: sequence,
 * patterns, matched, complete, total_hits, hits[]. */
void diagnosis_evidence_add_json(struct json_t *o, const struct rule_evidence *e,
				 const struct diag_evidence *de);

/* One matched event as docs/diagnose-json.md and docs/report-json.md
 * both give it: time ("2002-06-11T10:15:42Z", UTC; null when unknown),
 * file, record, source, event_id, strings.  A new reference. */
struct json_t *diag_event_to_json(const struct diag_event *e);

struct kb_event;
/* Whether ev is an event symptom of a rule that applies (or may apply):
 * the rule explains it.  Events no rule explains are listed apart
 * (unexplained.h). */
int diagnosis_explains_event(const struct diagnosis *d, const struct kb_event *ev);

#endif
