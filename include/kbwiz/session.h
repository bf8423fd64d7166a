/* session.h: the wizard's engine.  A session leads a technician through
 * seven steps, decides what comes next, and records every answer, result
 * and status change in the store at once (one transaction each), so a
 * session killed at any point can be resumed at the step it was on.
 *
 * The engine knows nothing of the terminal: the TUI shows its state and
 * passes answers back; tests and the command line drive it the same way. */
#ifndef KBWIZ_SESSION_H
#define KBWIZ_SESSION_H

#include <stddef.h>
#include <stdint.h>

#include "kbwiz/diagnose.h"
#include "kbwiz/error.h"
#include "kbwiz/evidence.h"
#include "kbwiz/fix.h"
#include "kbwiz/store.h"

enum session_step {
	STEP_CASE = 1,       /* technician, machine or case label, notes */
	STEP_SYMPTOMS,       /* what the technician sees; candidate rules */
	STEP_EVIDENCE,       /* log and event-log evidence */
	STEP_REGISTRY,       /* registry checks on the offline hives */
	STEP_DIAGNOSIS,      /* ranked rules, and why */
	STEP_REMEDIATION,    /* the chosen rule's steps, each with a status */
	STEP_SUMMARY,        /* outcome; the session is closed here */
};

#define SESSION_N_STEPS 7

const char *session_step_name(enum session_step s);   /* "Case details", ... */

enum session_state {
	SESSION_IN_PROGRESS,
	SESSION_RESOLVED,
	SESSION_NOT_RESOLVED,
	SESSION_ABANDONED,
};

const char *session_state_name(enum session_state s); /* "in progress", ... */
/* Parse "in-progress", "resolved", "not-resolved", "abandoned" (or the
 * names with spaces); -1 when unknown. */
int session_state_from_name(const char *name);

struct session;   /* opaque */

struct session_case {
	char technician[128];
	char label[256];      /* machine name or case number */
	char notes[2048];
};

/* A new session at step 1, technician defaulting to the login name. */
int session_new(struct kb_store *store, struct session **out,
		struct kb_error *err);

/* Reopen a recorded session exactly as it was left (results are read
 * back from the store, not recomputed).  A finished session opens
 * read-only: every change returns KB_EREFUSED. */
int session_open(struct kb_store *store, int64_t id, struct session **out,
		 struct kb_error *err);

void session_close(struct session *s);

int64_t session_id(const struct session *s);
enum session_step session_step(const struct session *s);
enum session_state session_state(const struct session *s);
int session_read_only(const struct session *s);
/* The store the session is kept in (session_library.c reads its library). */
struct kb_store *session_store(const struct session *s);

/* ---- navigation --------------------------------------------------------- */

/* Whether the current step has what it needs to move on; when not, why
 * in plain words ("choose at least one rule or symptom").  reason may be
 * NULL. */
int session_can_advance(const struct session *s, char *reason, size_t size);

/* Move to the next step (refused with the reason when it cannot), or
 * back one.  Moving is recorded.  Entering STEP_DIAGNOSIS ranks the
 * rules; entering STEP_REMEDIATION needs a chosen rule. */
int session_next(struct session *s, struct kb_error *err);
int session_back(struct session *s, struct kb_error *err);

/* ---- step 1: case ------------------------------------------------------- */

const struct session_case *session_get_case(const struct session *s);
int session_set_case(struct session *s, const struct session_case *c,
		     struct kb_error *err);

/* ---- step 2: symptoms --------------------------------------------------- */

/* Search the store's rules (as kbwiz kb search); the query is recorded. */
int session_search(struct session *s, const char *query, struct search_hit *hits,
		   size_t max, size_t *n_hits, struct kb_error *err);

/* A symptom the knowledge base knows, to pick from a list. */
struct known_symptom {
	char rule_id[64];
	char symptom_id[64];
	char text[256];       /* "Event 7023 from Service Control Manager ..." */
};

/* Every event and error symptom of every rule (caller frees *out). */
int session_known_symptoms(struct session *s, struct known_symptom **out,
			   size_t *n, struct kb_error *err);

/* Make a rule a candidate (how: "search 7023", "picked symptom scm-7023"),
 * or drop it.  Picking a symptom also answers it yes. */
int session_add_candidate(struct session *s, const char *rule_id,
			  const char *how, struct kb_error *err);
int session_pick_symptom(struct session *s, const char *rule_id,
			 const char *symptom_id, struct kb_error *err);
int session_remove_candidate(struct session *s, const char *rule_id,
			     struct kb_error *err);
size_t session_n_candidates(const struct session *s);
const char *session_candidate(const struct session *s, size_t i);
/* How candidate i was chosen ("search 7023", "picked symptom scm-7023"). */
const char *session_candidate_how(const struct session *s, size_t i);

/* The questions the candidates ask the technician: their question and
 * error symptoms, in candidate order. */
struct session_question {
	const char *rule_id;
	const char *symptom_id;
	const char *text;     /* the question, or "Did you see error N: ..."
				 (then pointing into text_buf) */
	int answer;           /* 1 yes, 0 no, -1 not answered */
	char text_buf[320];
};

size_t session_questions(const struct session *s, struct session_question *out,
			 size_t max);
int session_answer(struct session *s, const char *rule_id,
		   const char *symptom_id, int answer, struct kb_error *err);

/* ---- step 3: evidence --------------------------------------------------- */

int session_add_evidence(struct session *s, enum evidence_kind kind,
			 const char *path, struct kb_error *err);
/* Find the evidence on a mounted Windows volume and add it. */
int session_find_evidence(struct session *s, const char *root, size_t *n_found,
			  struct kb_error *err);
int session_remove_evidence(struct session *s, size_t index,
			    struct kb_error *err);
const struct evidence_set *session_evidence(const struct session *s);

/* Read the event logs and scan the logs (progress may be NULL; a non-zero
 * return from it cancels with KB_ECANCEL and records nothing).  The
 * results are recorded. */
int session_scan(struct session *s, diag_progress_fn progress, void *ctx,
		 struct kb_error *err);
int session_scanned(const struct session *s);

/* ---- step 4: registry --------------------------------------------------- */

int session_check_registry(struct session *s, struct kb_error *err);

/* Verify a repair: run the registry checks again on the hives as they
 * are now and say, in out, what the chosen rule's checks show: "fixed: 3
 * of 3 checks pass now. ..." or "not fixed: 2 of 3 checks pass now; still
 * failing: ...".  Returns 1 when every check passes, 0 when some fail, -1
 * when there is nothing to verify or the checks could not run (out says
 * why).  The wizard's verify action is this. */
int session_verify_chosen(struct session *s, char *out, size_t size);
int session_registry_checked(const struct session *s);

/* The last verification of a repair (session_verify_chosen), recorded
 * with the findings: the rule, whether every check passed, when, and the
 * hive as it was then. */
struct session_verification {
	char rule_id[64];
	int fixed;              /* every check of the rule passes */
	int passed, total;      /* checks */
	char at[40];            /* ISO 8601 UTC */
	char hive[1024];        /* the hive the checks read; "" unknown */
	char hive_sha256[65];   /* its SHA-256 then (after the repair) */
	char text[1024];        /* "fixed: 3 of 3 checks pass now. ..." */
};

/* NULL when no repair was verified in this session. */
const struct session_verification *session_verification(const struct session *s);

/* What was found: the findings as they were before the registry checks
 * first ran again on a hive this session repaired (after that the
 * session's findings, session_diagnosis(), describe the repaired hive,
 * where the rule's checks pass).  The same as session_diagnosis() when
 * nothing was repaired.  Owned by the session. */
const struct diagnosis *session_found(const struct session *s);

/* session_evidence_facts as they were when session_found()'s findings
 * were recorded (the hive's SHA-256 before the repair). */
int session_found_facts(struct session *s, size_t i, struct evidence_facts *facts,
			int *known, struct kb_error *err);

/* The chosen rule's verdict as the session ends up with it: "repaired"
 * when its repair was verified (every check passes), else the verdict
 * found.  VERDICT_NONE when no rule is chosen. */
enum diag_verdict session_final_verdict(const struct session *s);

/* One line for the summary and the reports: "found: Q262832 confirmed,
 * score 11.0 (event 7023 x1, ...); repaired and verified: 3 of 3 checks
 * pass at 2026-11-30T22:10:00.123Z, SYSTEM SHA-256 now 3f0c...".  Only
 * "found: ..." without a verification; "not fixed" when the last
 * verification failed; "" when no rule is chosen. */
void session_findings_line(const struct session *s, char *buf, size_t size);

/* ---- step 5: diagnosis -------------------------------------------------- */

/* The current findings (ranked once STEP_DIAGNOSIS was entered).  Owned
 * by the session; valid until the next call that changes it. */
const struct diagnosis *session_diagnosis(const struct session *s);

/* The service doctor's findings (svcdoctor.h), kbwiz's own reasoning
 * beside the rules': run on the session's event logs and hives when the
 * diagnosis step is entered, recorded with the findings (the diagnosis
 * document's "service_doctor") and read back from there when the session
 * is reopened.  NULL when it has not run (no event log among the
 * evidence, or the step not reached since the evidence changed); a
 * report with error set when it could not run.  Owned by the session. */
struct svd_report;
const struct svd_report *session_service_doctor(const struct session *s);

/* Choose the rule to remediate (default: the first diagnosed). */
int session_choose(struct session *s, const char *rule_id, struct kb_error *err);
const char *session_chosen(const struct session *s);

/* ---- step 6: remediation ------------------------------------------------ */

struct session_fix {
	const struct rule_fix *fix;   /* owned by the session's rule */
	enum fix_status status;
	const char *note;             /* "" when none */
	int needed;                   /* registry steps: 1 when its check
					 failed, 0 when it passed (nothing to
					 do), -1 when not checked; in what was
					 found (session_found), so a step a
					 repair made stays needed */
};

size_t session_fixes(const struct session *s, struct session_fix *out, size_t max);
int session_set_fix(struct session *s, const char *fix_id, enum fix_status status,
		    const char *note, struct kb_error *err);

/* ---- step 7: summary ---------------------------------------------------- */

/* Close the session with its outcome (SESSION_RESOLVED, NOT_RESOLVED or
 * ABANDONED) and a note.  The session becomes read-only. */
int session_finish(struct session *s, enum session_state outcome,
		   const char *note, struct kb_error *err);
const char *session_outcome_note(const struct session *s);

/* Keep the outcome note typed so far in an open session, before it is
 * finished: a technician who leaves the summary step (or is cut off)
 * finds it again.  A timeline line records the change; nothing is
 * written when the note is unchanged.  KB_EREFUSED for a finished
 * session. */
int session_save_outcome_note(struct session *s, const char *note,
			      struct kb_error *err);

/* The outcome the remediation points to: resolved only when some step was
 * done and none (but the last resort) is left pending or failed; not
 * resolved otherwise, so passing through never records a fix that did not
 * happen. */
enum session_state session_suggested_outcome(const struct session *s);

/* ---- the record ---------------------------------------------------------- */

struct session_summary;

/* Append a line to the session's timeline (kind: a short word such as
 * "fix-plan", "fix-backup"; text: what happened and its result).  Allowed
 * on finished sessions too: the record of later work (an undo) belongs
 * with the session it undoes. */
int session_note(struct session *s, const char *kind, const char *text,
		 struct kb_error *err);

/* What was recorded about evidence file i when it was read: *known is 0
 * when it has not been read yet (facts then hold zeros). */
int session_evidence_facts(struct session *s, size_t i,
			   struct evidence_facts *facts, int *known,
			   struct kb_error *err);

/* The session's row as the history shows it. */
int session_get_summary(struct session *s, struct session_summary *out,
			struct kb_error *err);

/* ---- history ------------------------------------------------------------ */

struct session_summary {
	int64_t id;
	char created[32];      /* ISO 8601 UTC */
	char updated[32];
	char technician[128];
	char label[256];
	enum session_state state;
	enum session_step step;
	char rule[64];         /* chosen rule, or "" */
	char kbwiz_version[32]; /* the kbwiz that started the session */
};

/* Whether session id repaired a hive, from its timeline: SESSION_REPAIR_NONE
 * (nothing written, or the repair was undone), _WRITTEN (kbwiz wrote it;
 * its checks passed on the written copy) or _VERIFIED (and the session's
 * checks ran again on the hive afterwards and passed).  For the history:
 * a repaired session stays in progress until the technician closes it. */
enum session_repair { SESSION_REPAIR_NONE, SESSION_REPAIR_WRITTEN, SESSION_REPAIR_VERIFIED };
int session_repair_state(struct kb_store *store, int64_t id, enum session_repair *out,
			 struct kb_error *err);

/* The same for every session with a repair line, in one read: *out
 * (caller frees) sorted by id, *n entries; sessions without one are
 * SESSION_REPAIR_NONE. */
struct session_repair_of {
	int64_t id;
	enum session_repair repair;
};
int session_repair_states(struct kb_store *store, struct session_repair_of **out, size_t *n,
			  struct kb_error *err);

struct session_filter {
	const char *text;      /* in technician, label, notes; NULL any */
	const char *rule;      /* chosen rule id; NULL any */
	int state;             /* enum session_state, or -1 any */
	const char *since;     /* YYYY-MM-DD inclusive, NULL none */
	const char *until;     /* YYYY-MM-DD inclusive, NULL none */
};

typedef int (*session_list_fn)(void *ctx, const struct session_summary *s);

/* Newest first.  At 100,000 sessions a filter or a page takes
 * milliseconds (indexes, store.c schema 4); the whole list is read at
 * about a row a microsecond. */
int session_list(struct kb_store *store, const struct session_filter *filter,
		 session_list_fn fn, void *ctx, struct kb_error *err);

/* One page of that list: the sessions at offset .. offset + limit - 1
 * (limit 0: to the end), for a list view that shows a screenful. */
int session_list_page(struct kb_store *store, const struct session_filter *filter,
		      int64_t offset, int64_t limit, session_list_fn fn, void *ctx,
		      struct kb_error *err);

/* How many sessions the filter keeps. */
int session_count(struct kb_store *store, const struct session_filter *filter,
		  int64_t *n, struct kb_error *err);

/* The same and, in the one read, the highest id among them (0 when
 * none): a list view sizes its ID column without reading every row. */
int session_list_size(struct kb_store *store, const struct session_filter *filter,
		      int64_t *n, int64_t *max_id, struct kb_error *err);

int session_delete(struct kb_store *store, int64_t id, struct kb_error *err);

/* One entry of a session's timeline. */
struct session_record {
	char at[32];
	enum session_step step;
	const char *kind;      /* "step", "case", "candidate", "answer",
				  "evidence", "scan", "registry", "choose",
				  "fix", "finish", ... */
	const char *text;
};

typedef int (*session_record_fn)(void *ctx, const struct session_record *r);

int session_timeline(struct kb_store *store, int64_t id, session_record_fn fn,
		     void *ctx, struct kb_error *err);

/* The session's findings as the diagnosis JSON document last recorded
 * (NULL *out when no phase has run yet); caller frees. */
int session_diagnosis_json(struct kb_store *store, int64_t id, char **out,
			   struct kb_error *err);

#endif
