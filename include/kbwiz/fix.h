/* fix.h: repairing an offline hive from a rule's failed checks, safely,
 * or exporting the same repair as a .reg file.
 *
 * Plan.  From the results of a rule's checks (one check_result per
 * rule->checks) and the rule's `registry` remediation steps, list the
 * exact changes: create a missing key and its missing parents
 * (create-key), append an entry to a REG_MULTI_SZ keeping every entry
 * there and their order (add-entry; a missing value becomes a
 * REG_MULTI_SZ holding the one entry), create or set a value with the
 * rule's type and data (set-value), and, where the check asks for
 * something to be gone, delete a key with its subtree (delete-key), a
 * value (delete-value), or every entry of a REG_MULTI_SZ equal to the
 * check's data, the others kept in their order (remove-entry).  Nothing
 * else is removed or reordered.
 * Changes go to the control set the checks ran on (Select\Current when
 * they ran).  A check whose value has the wrong type or undecodable data,
 * or one with no registry step, is not changed: it becomes a manual item
 * saying why.
 *
 * Apply.  Only after a confirmation naming the hive file.  Refused
 * (KB_EREFUSED, nothing written) when the hive or its directory cannot
 * be written, when the hive is not the file the checks ran on (size,
 * and SHA-256 differ from what was recorded; not the mtime, which an undo
 * changes), when its base block
 * is dirty and a transaction log beside it is damaged or foreign, or
 * when it is dirty without any log unless force_dirty.
 *
 * A dirty hive with usable logs is repaired on its recovered state
 * (hivelog.h): the plan is made on it, the backup set also holds copies
 * of its logs (HIVE.kbwiz-sN-TIME.LOG1.bak, ...), the temporary file
 * starts from the recovery of the backup and the logs' copies, and once
 * the repaired hive has replaced the hive the logs are removed (their
 * copies stay in the backup set), so that Windows cannot replay stale
 * logs over the repair.  The repaired hive is clean and its sequence
 * number is above the logs', so even a kill between the rename and the
 * logs' removal leaves logs Windows ignores.  Then:
 *   1. backup: a copy beside the hive, HIVE.kbwiz-sN-YYYYMMDDTHHMMSSZ.bak
 *      (HIVE.kbwiz-YYYYMMDDTHHMMSSZ.bak without a session), written under
 *      a temporary name, fsync'd, its SHA-256 compared with the
 *      original's, and only then linked to its name;
 *   2. undo record: HIVE.kbwiz-undo (key=value lines: session, backup
 *      path, its SHA-256, the original's and the repaired hive's; values
 *      with control characters or '%' stored as %XX, so any file name
 *      survives), written atomically;
 *   3. write: hivex opens the hive for writing, makes the changes and
 *      commits to a temporary file .HIVE.kbwiz-tmp-XXXXXX in the same
 *      directory, which is fsync'd;
 *   4. verify: the temporary file is opened read-only with hive_open and
 *      the rule's checks run on it; every check the plan repairs must
 *      pass, and every check that passed before must still pass;
 *   5. rename over the hive, fsync the directory.
 * Any failure removes the temporary file and leaves the hive untouched.
 * A process killed at any point leaves either the original hive or the
 * repaired one (rename is atomic), and the backup is complete before the
 * hive is touched.  Each step is recorded in the session's timeline
 * (kinds fix-plan, fix-backup, fix-write, fix-verify, fix-rename,
 * fix-undo) and the rule's registry steps are marked done.
 *
 * Undo.  Puts the backup back (through a temporary file and rename)
 * after checking the backup's SHA-256, and refuses when the hive is no
 * longer the file kbwiz wrote (someone changed it since) unless forced.
 *
 * Testing hooks, compiled only into test builds (-DKBWIZ_TEST_HOOKS: the
 * Makefile's kbwiz-hooks and test_fix; a released kbwiz ignores these
 * variables): when KBWIZ_TEST_KILL_AT names a stage, fix_apply raises
 * SIGKILL there: "plan" (confirmed, nothing written), "backup-copy" (the
 * backup copied and verified under a temporary name, not yet linked to
 * its own), "backup" (backup and undo record written), "write"
 * (temporary file written), "verify" (verified), "rename" (just before
 * the rename), "renamed" (just after it), "logs" (a dirty hive's logs
 * removed, before the directory fsync).
 * The end-to-end tests use it to show that a kill never damages the
 * hive.  KBWIZ_TEST_FAIL_AT=write|verify|rename makes that step fail as
 * an I/O error would, to show the rollback.  Neither does anything
 * unless set. */
#ifndef KBWIZ_FIX_H
#define KBWIZ_FIX_H

#include <stddef.h>
#include <stdint.h>

#include "kbwiz/diagnose.h"
#include "kbwiz/error.h"
#include "kbwiz/evidence.h"
#include "kbwiz/hash.h"
#include "kbwiz/hive.h"
#include "kbwiz/hivelog.h"
#include "kbwiz/regfile.h"
#include "kbwiz/rule.h"

struct session;
struct kb_store;

/* Where a session's repair stands (session_set_fix records it). */
enum fix_status {
	FIXST_PENDING,
	FIXST_DONE,
	FIXST_SKIPPED,
	FIXST_FAILED,
};

const char *fix_status_name(enum fix_status s);        /* "to do", ... */

enum fix_change_kind {
	FIXCH_CREATE_KEY,     /* a missing key (or a missing parent of one) */
	FIXCH_ADD_ENTRY,      /* REG_MULTI_SZ: the entry appended */
	FIXCH_CREATE_VALUE,   /* a missing value, with the rule's type/data */
	FIXCH_SET_VALUE,      /* an existing value's data replaced (equals) */
	FIXCH_DELETE_KEY,     /* a key and its subtree deleted (key-absent) */
	FIXCH_DELETE_VALUE,   /* a value deleted (value-absent) */
	FIXCH_REMOVE_ENTRY,   /* REG_MULTI_SZ: the entry removed, the others
				 kept in order (not-contains) */
};

const char *fix_change_kind_name(enum fix_change_kind k); /* "create key", ... */

/* One change, and how the key or value looks before and after: what
 * `kbwiz fix` prints and the TUI's remediation step draws. */
struct fix_change {
	enum fix_change_kind kind;
	char *check_id;        /* the check it repairs */
	char *fix_id;          /* the remediation step that calls for it */
	char *key;             /* inside the hive: ControlSet001\Services\... */
	char *live_key;        /* as on the live machine:
				  HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\... */
	char *value;           /* value name as stored (or to be stored);
				  NULL for key changes */
	enum kb_reg_type type; /* the value's type after the change */
	unsigned char *data;   /* the whole value after the change, as the
				  registry stores it (UTF-16LE strings) */
	size_t data_len;
	char *before;          /* readable: "(no key)", "(no value)",
				  "[Tcpip, NetBT]" */
	char *after;           /* readable: "(key created)", "[Tcpip, NetBT,
				  Clusnet]" */
};

/* A failed check the plan does not change, and why (a manual step). */
struct fix_manual {
	char *check_id;
	char *fix_id;          /* NULL when the rule has no registry step */
	char *why;
	int not_offered;       /* the article asks for this change only where
				  a symptom is seen, and this run did not see
				  it: neither a repair nor a step by hand */
};

struct fix_plan {
	char *rule_id;
	char *hive_path;       /* the hive the changes go to; NULL when
				  nothing is to be done */
	char *hive_kind;       /* "SYSTEM" */
	char *control_set;     /* "ControlSet001", or NULL */
	struct evidence_facts checked;  /* the hive when the checks ran */
	int stale;             /* the hive differs from `checked` now */
	int dirty;             /* its base block is dirty now */
	int recovered;         /* dirty, and planned on the state its logs
				  give (apply replays them and moves them
				  aside) */
	char *damage;          /* the hive is already damaged: what a full
				  read of it stumbles on (hive_check_whole);
				  fix_apply then asks a second time; NULL
				  when it reads whole */
	char *link_path;       /* the hive was given as this symbolic link;
				  hive_path is the file it points to, which
				  is what gets repaired; NULL otherwise */
	char *recovery;        /* dirty: hivelog's line ("dirty: recovered
				  from SYSTEM.LOG1 (1 log entry, 3 pages)"
				  or why not); NULL when clean */
	int64_t session_id;    /* 0 without a session */
	struct fix_change *changes;
	size_t n_changes;
	struct fix_manual *manual;
	size_t n_manual;
	size_t n_passed;       /* checks that need nothing */
	unsigned char *passed; /* per rule check: 1 when it passed (it must
				  still pass after the repair) */
	const struct rule *rule;  /* borrowed (see the constructors) */
	struct diagnosis *owned;  /* fix_plan_for_hive: the diagnosis the
				     rule belongs to, freed with the plan */
	char *own_basis;       /* non-NULL when the repair is kbwiz's own,
				  not a Microsoft article's (the service
				  doctor's): the evidence it rests on, one
				  fact a line; said in the plan, the
				  confirmation, the .reg file and the undo
				  record */
};

/* ---- the rule's steps by hand, placed among the changes ---------------- */

/* One of the rule's own steps by hand (a manual or last-resort step) as
 * the plan places it.  `kbwiz fix`, the wizard (its repair plan and step
 * 6) and the .reg file's header all take it from here, so they say the
 * same. */
struct fix_hand_step {
	const struct rule_fix *fix;  /* the rule's step (borrowed) */
	size_t index;                /* its place among the rule's steps */
	char where[64];              /* "before the changes", "after change 2"
					(the changes made by the rule's steps
					before it), "after the changes", "last
					resort"; "step N of the rule" when the
					plan changes nothing */
	char source[1200];           /* "Q262832, line 15", or "kbwiz's advice,
					not in Q262832: ..." (rule_cite_describe) */
};

/* The rule's steps by hand in the rule's order, in *out (malloc'd, NULL
 * when none), *n of them.  None when the plan is kbwiz's own (own_basis)
 * or has no rule, and none when it has nothing to repair (no change and
 * no check left by hand): on a machine that needs nothing they are no
 * one's to do.  0 or KB_ENOMEM. */
int fix_plan_hand_steps(const struct fix_plan *p, struct fix_hand_step **out, size_t *n);

/* "backup (before the changes): Back up the registry ... [Q262832, line
 * 15]", malloc'd (NULL when out of memory): the one line all three say. */
char *fix_hand_step_line(const struct fix_hand_step *s);

/* Build a plan from r's check results (results[i] for r->checks[i]).
 * checked: the hive file's facts when the checks ran; NULL to take them
 * now.  The hive is read (read-only) to find which parents of a missing
 * key are missing.  r must outlive the plan. */
int fix_plan_build(const struct rule *r, const struct check_result *results,
		   const struct evidence_facts *checked, struct fix_plan **out,
		   struct kb_error *err);

/* --rule/--hive: evaluate rule_id's checks on hive_path now (facts taken
 * just before) and plan.  KB_EREFUSED when the rule does not apply (an
 * `applies` condition failed: the reason is given). */
int fix_plan_for_hive(struct kb_store *store, const char *rule_id,
		      const char *hive_path, struct fix_plan **out,
		      struct kb_error *err);

/* A session: its chosen rule, its recorded check results and the facts
 * recorded for the hive they ran on.  The plan borrows the session's
 * rule: close the session after freeing the plan. */
int fix_plan_for_session(struct session *s, struct fix_plan **out,
			 struct kb_error *err);

/* The same plan for what the session found before it repaired the hive
 * (session_found): after this session's repair and its checks run again,
 * the current findings describe the repaired hive, while `kbwiz fix
 * SESSION` must still tell "already applied" (the undo record), a repeat
 * after --undo (the bytes found) and a hive changed elsewhere (stale)
 * apart. */
int fix_plan_for_session_found(struct session *s, struct fix_plan **out,
			       struct kb_error *err);

void fix_plan_free(struct fix_plan *p);

/* The plan as a .reg file: one key block per key touched, in plan order;
 * values are written whole (a .reg cannot append), with paths under
 * HKEY_LOCAL_MACHINE\<HIVE>\CurrentControlSet as a technician imports
 * them on the live machine. */
int fix_plan_render_reg(const struct fix_plan *p, enum regfile_format fmt,
			unsigned char **out, size_t *out_len, struct kb_error *err);
int fix_plan_write_reg(const struct fix_plan *p, enum regfile_format fmt,
		       const char *path, struct kb_error *err);

/* Record in session s that the plan was handed over as a .reg file at
 * path (timeline kind "fix-export"), so the report says what was given
 * to the live machine. */
int fix_note_reg_export(struct session *s, const struct fix_plan *p,
			enum regfile_format fmt, const char *path,
			struct kb_error *err);

/* Asked once, before anything is written.  question is the full text
 * ("Write 3 changes to /mnt/c/WINNT/system32/config/SYSTEM?").  Return
 * non-zero to go on.  For a hive that is already damaged (plan->damage)
 * it is asked a second time, with a question that says so. */
typedef int (*fix_confirm_fn)(void *ctx, const struct fix_plan *plan,
			      const char *question);

struct fix_apply_opts {
	int force_dirty;          /* write a dirty hive that has no
				     transaction log at all (nothing in a
				     log can be lost); never one whose logs
				     are damaged */
	struct session *session;  /* record the steps there; may be NULL */
	const char *applied_in;   /* where, for the steps' notes: "the
				     wizard"; NULL: "kbwiz fix" */
	fix_confirm_fn confirm;   /* required */
	void *confirm_ctx;
};

struct fix_apply_result {
	size_t n_applied;         /* changes written (0: nothing to do) */
	char backup_path[4096];
	char backup_sha256[KB_SHA256_HEX_SIZE];
	char original_sha256[KB_SHA256_HEX_SIZE];
	char written_sha256[KB_SHA256_HEX_SIZE];
	size_t n_logs_moved;      /* a dirty hive's logs now in the backup set */
};

/* Apply the plan as described at the top.  Returns 0 (res->n_applied is
 * 0 when the plan has no change), KB_ECANCEL when not confirmed,
 * KB_EREFUSED when refused (err says why), KB_EIO or KB_EFORMAT when a
 * step failed and was rolled back (err says which step; the hive is as
 * it was).  res may be NULL. */
int fix_apply(const struct fix_plan *plan, const struct fix_apply_opts *opts,
	      struct fix_apply_result *res, struct kb_error *err);

/* The undo record fix_apply leaves beside the hive. */
struct fix_undo_record {
	int64_t session_id;
	char hive_path[4096];
	char backup_path[4096];
	char backup_sha256[KB_SHA256_HEX_SIZE];
	char original_sha256[KB_SHA256_HEX_SIZE];
	char written_sha256[KB_SHA256_HEX_SIZE];
	char rule_id[64];
	char at[32];
	int own;                  /* "source=kbwiz": kbwiz's own repair, not
				     a Microsoft article's */
	const char *basis;        /* written only (as comments): the
				     evidence an own repair rests on; NULL
				     when read back */
	/* A dirty hive's logs, moved into the backup set. */
	size_t n_logs;
	char log_path[HIVELOG_MAX_LOGS][4096];
	char log_backup[HIVELOG_MAX_LOGS][4096];
	char log_sha256[HIVELOG_MAX_LOGS][KB_SHA256_HEX_SIZE];
};

/* 1 when the plan's session already repaired its hive and the hive is
 * still what that repair wrote (the undo record beside it names the
 * session, and its SHA-256 is the written one): rec is filled.  0
 * otherwise, also when that cannot be read. */
int fix_applied_in_session(const struct fix_plan *p, struct fix_undo_record *rec);

/* Finish a repair of a dirty hive that was interrupted between the
 * rename and the removal of its logs: when the hive is the file kbwiz
 * wrote and a log it copied into the backup set is still there unchanged,
 * remove it.  *finished (may be NULL) says whether anything was removed.
 * Does nothing without an undo record. */
int fix_finish_interrupted(const char *hive_path, struct session *s, int *finished,
			   struct kb_error *err);

/* Read HIVE.kbwiz-undo.  KB_ENOTFOUND when there is none. */
int fix_undo_record_read(const char *hive_path, struct fix_undo_record *rec,
			 struct kb_error *err);

/* The hive a session's fix went to (its hive evidence with an undo
 * record naming the session), in buf.  KB_ENOTFOUND when none. */
int fix_session_hive(struct session *s, char *buf, size_t size,
		     struct kb_error *err);

/* Put the backup back over hive_path.  Refused when the backup is
 * missing or its SHA-256 differs from the record, when session is given
 * and the record is another session's, or (unless force) when the hive
 * is neither the file kbwiz wrote nor already the original.  *restored is
 * 0 when the hive already was the original.  Recorded in session (may be
 * NULL). */
int fix_undo(const char *hive_path, struct session *session, int force,
	     int *restored, struct kb_error *err);

/* For the TUI's remediation step: plan the session's chosen rule, ask
 * confirm (with the plan, so the screen can draw it first) and apply.
 * *plan_out (may be NULL) receives the plan for drawing; free it with
 * fix_plan_free before closing the session.  Returns what fix_apply
 * returns, or the planning error. */
int fix_session_apply(struct session *s, int force_dirty,
		      fix_confirm_fn confirm, void *ctx,
		      struct fix_plan **plan_out, struct fix_apply_result *res,
		      struct kb_error *err);

#endif
