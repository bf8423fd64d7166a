/* svcdoctor.h: the service doctor: why a service would not start, from
 * the Service Control Manager's events and the service's configuration.
 *
 * Curated rules cover one article's case each; the doctor reasons from
 * the general pattern the SCM's events follow (docs/service-doctor.md):
 * only events whose provider is the Service Control Manager count (other
 * providers reuse the numbers: Winlogon's 7001 is a logon notification),
 * each is mapped to its service through the SYSTEM hive's services model
 * (services.h), and the error it carries decides what is checked: the
 * image file for 2/3/193, the dependency chain for 1068/7001/7003, Start
 * for 1058, the logon account for 1069/7038/7041, the timeout in force
 * for 1053/7009/7011, each driver for 7026.  Every finding carries its
 * evidence and its reasoning in words, and a verdict as a rule's
 * (confirmed: the event and the configuration fault are both there).
 * It is kbwiz's own reasoning, never an article's.  Text comes from the
 * evidence: untrusted, sanitize before display. */
#ifndef KBWIZ_SVCDOCTOR_H
#define KBWIZ_SVCDOCTOR_H

#include <stddef.h>
#include <stdint.h>

#include "kbwiz/diagnose.h"
#include "kbwiz/error.h"
#include "kbwiz/evidence.h"
#include "kbwiz/library.h"
#include "kbwiz/store.h"

/* What a finding is about, from the event and its error code. */
enum svd_kind {
	SVD_IMAGE,        /* 7000 with 2, 3, 193: the program file */
	SVD_DEPENDENCY,   /* 7001, 7003, or 1068/1075: what it depends on */
	SVD_DISABLED,     /* 1058 */
	SVD_LOGON,        /* 7038, 7041, or 1069 */
	SVD_TIMEOUT,      /* 7009, 7011, 7022, or 1053 */
	SVD_DRIVER,       /* 7026: one finding per driver named */
	SVD_EXIT_CODE,    /* 7023, 7024, 7000 with another code */
	SVD_CRASH,        /* 7031, 7034 */
};

/* "image file", "dependency", "disabled", "logon account", "timeout",
 * "boot or system driver", "error code", "terminated unexpectedly". */
const char *svd_kind_name(enum svd_kind k);
/* The same as JSON writes it: "image", "dependency", ... */
const char *svd_kind_id(enum svd_kind k);

#define SVD_MAX_IDS 8
#define SVD_ARTICLES 3

struct svd_finding {
	enum svd_kind kind;
	char *service;          /* the key name when mapped, else the name
				   the events give */
	char *named_as;         /* the name the events give */
	long index;             /* in the model, -1 when not mapped */
	char *mapping;          /* how the name was matched, in words */
	int has_error;
	unsigned error_code;
	int service_specific;   /* 7024: the service's own code */
	char *error_text;       /* what the code means, or NULL */
	char *error_from;       /* where that text comes from */
	unsigned events;        /* events behind the finding */
	unsigned ids[SVD_MAX_IDS];      /* the event IDs seen, and how often */
	unsigned id_counts[SVD_MAX_IDS];
	size_t n_ids;
	int64_t first, last;    /* seconds since 1970 UTC, 0 unknown */
	char *example;          /* the first event's strings, " | " joined */
	enum diag_verdict verdict;
	char *summary;          /* one line: what is wrong */
	char **evidence;        /* facts read, one a line */
	size_t n_evidence;
	char **reasoning;       /* why they lead to the verdict */
	size_t n_reasoning;
	char **steps;           /* manual steps (kbwiz's advice) */
	size_t n_steps;
	char **start_repairs;   /* services (key names) whose Start kbwiz
				   can set back: svd_fix_start_plan, kbwiz
				   fix --service-start NAME */
	size_t n_start_repairs;
	struct library_hit articles[SVD_ARTICLES];  /* svd_suggest */
	size_t n_articles;
	char query[64];         /* the library search made, "" none */
};

struct svd_report {
	struct svd_finding *v;  /* confirmed first, then by service name */
	size_t n;
	uint64_t events_read;   /* every event read, of any source */
	uint64_t scm_failures;  /* SCM failure events read */
	uint64_t other_sources; /* events with these IDs from other providers,
				   left out */
	int configuration;      /* a SYSTEM hive was read */
	char *configuration_why;/* why not, when !configuration */
	char *hive_path;        /* the SYSTEM hive read */
	char control_set[16];
	int volume;             /* image files were looked up on a volume */
	int has_pipe_timeout;   /* Control\ServicesPipeTimeout is set */
	uint32_t pipe_timeout_ms;
	char *sam_path;         /* the SAM hive read, or NULL */
	size_t library_articles;/* svd_suggest: articles in the library */
	int searched;
	char *error;            /* read back (svd_from_json): why the doctor
				   could not run, or NULL */
};

struct svd_options {
	/* Win32 error texts ("CODE<TAB>NAME<TAB>TEXT" lines, kb/win32-
	 * errors.tsv); NULL or unreadable: the built-in few (msgref.h). */
	const char *messages_path;
	/* A SAM hive to check local accounts in; NULL: a hive of kind SAM
	 * among the evidence, or the SAM beside the SYSTEM hive. */
	const char *sam_path;
};

/* The event IDs the doctor reasons about (the SCM's failures): what a
 * list read once for it and others must hold (svd_run_events). */
void svd_failure_ids(const unsigned **ids, size_t *n);

/* Read the event files of ev, keep the SCM's failure events, map them
 * to services through the first SYSTEM hive of ev (image files looked up
 * under ev->root) and reason about each.  Files that cannot be read are
 * skipped (the diagnosis reports them); a missing or unreadable hive
 * leaves the configuration "not available".  Free with svd_free. */
int svd_run(const struct evidence_set *ev, const struct svd_options *o,
	    struct svd_report **out, struct kb_error *err);
void svd_free(struct svd_report *r);

/* The same over events already read (l, any events: the SCM's failures
 * are picked out), the hives taken from ev (may be NULL: configuration
 * not available).  For tests and fuzzing, and for `diagnose`, which reads
 * the event files once for the doctor and the unexplained events. */
struct evl_list;
int svd_run_events(const struct evl_list *l, const struct evidence_set *ev,
		   const struct svd_options *o, struct svd_report **out,
		   struct kb_error *err);

/* Search the library for the articles that name each error code finding's
 * event and code.  An empty library is not an error. */
int svd_suggest(struct svd_report *r, struct kb_store *s, struct kb_error *err);

/* What is wrong with path as a Windows program file (the MZ and PE
 * headers, a section table that runs past the end): 0 when it looks
 * whole, 1 with the problem in words in buf ("zero-length file",
 * "truncated: 512 bytes, its sections end at 28672"), -1 when it cannot
 * be read (why in buf). */
int svd_pe_check(const char *path, char *buf, size_t size);

/* The Win32 error texts of a messages file (svd_options), code ->
 * text; returns the text and sets *name ("ERROR_FILE_NOT_FOUND"), or
 * NULL.  For tests and for the doctor. */
struct svd_messages;
int svd_messages_load(const char *path, struct svd_messages **out,
		      struct kb_error *err);
const char *svd_messages_lookup(const struct svd_messages *m, unsigned code,
				const char **name);
void svd_messages_free(struct svd_messages *m);
/* The code whose text an export's message quotes (the longest that
 * appears, ignoring case): 1 with *code set, or 0. */
int svd_messages_find_text(const struct svd_messages *m, const char *text,
			   unsigned *code);

/* The service doctor's one repair: service (a key name) is disabled
 * (Start = 4) in the current control set of the SYSTEM hive at
 * hive_path, and every other ControlSetNNN that has the service keeps
 * one same Start of 0-3 for it (LastKnownGood's, typically): plan setting
 * it back to that, as a one-check rule marked as kbwiz's own
 * (kbwiz-service-start-NAME), for fix_apply (fix.h: backup, verify,
 * undo).  KB_EREFUSED when it is not disabled, or no other control set
 * says what it was, or they disagree: kbwiz never guesses a value; and
 * when none of the event files (events, n_events) holds a Service
 * Control Manager failure event for the service or for one that depends
 * on it (a disabled service may be an administrator's choice).  The
 * plan's own_basis lists the doctor's findings it rests on.
 * Free with fix_plan_free. */
struct fix_plan;
struct kb_hive;
int svd_fix_start_plan(const char *hive_path, const char *service,
		       const char *const *events, size_t n_events,
		       struct fix_plan **out, struct kb_error *err);

/* The command that makes that repair from a shell: "kbwiz fix
 * --service-start SERVICE --hive HIVE --events LOG ..." with every event
 * file of ev (each argument quoted for a POSIX shell where it needs it).
 * malloc'd; NULL when out of memory. */
char *svd_fix_command(const char *service, const char *hive_path,
		      const struct evidence_set *ev);

/* What svd_fix_start_plan would set Start of service back to, in h (a
 * SYSTEM hive): 0 with *value and *from (the control set, "ControlSet002")
 * set; KB_EREFUSED with the reason in err when no other control set says,
 * or they disagree. */
int svd_start_elsewhere(struct kb_hive *h, const char *service, uint64_t *value,
			char *from, size_t from_size, struct kb_error *err);

/* Add r to a diagnosis JSON document as "service_doctor"
 * (docs/service-doctor.md); *json is replaced. */
int svd_add_to_json(const struct svd_report *r, char **json,
		    struct kb_error *err);

/* The report back from a "service_doctor" object as svd_add_to_json
 * writes it (a session records it so; session.h): what a reader of the
 * record needs (index is 0 for a mapped service, -1 otherwise; the
 * articles' id and title only).  KB_EFORMAT when o is not such an
 * object.  Free with svd_free. */
struct json_t;
int svd_from_json(const struct json_t *o, struct svd_report **out,
		  struct kb_error *err);

#endif
