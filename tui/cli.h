/* cli.h: what the command-line front end's files share: the options every
 * command sees, opening the store, printing untrusted text, exit codes. */
#ifndef KBWIZ_CLI_H
#define KBWIZ_CLI_H

#include <stdio.h>

#include "kbwiz/error.h"
#include "kbwiz/store.h"

/* Exit codes (documented in kbwiz.1 and README.md). */
enum {
	EXIT_OK = 0,
	EXIT_NOTHING = 1,    /* ran fine, found nothing (no match, no rule) */
	EXIT_USAGE = 2,
	EXIT_BADINPUT = 3,   /* a file is not what it should be */
	EXIT_STORE = 4,      /* the store could not be opened or written */
	EXIT_IO = 5,         /* a file could not be read or written */
	EXIT_REFUSED = 6,    /* an unsafe change was refused */
	EXIT_INTERNAL = 70,
};

struct cli {
	const char *db_path;     /* --db, or NULL for the default */
	const char *kb_dir;      /* --kb-dir, or NULL for the built-in rules */
	char db_buf[4096];
	char kb_buf[4096];
	struct kb_store *store;  /* opened on demand by cli_store() */
	int ascii;               /* the locale is not UTF-8 */
	int no_sync;             /* cli_store() leaves the rules alone (kb reload does it itself) */
	const char *prog;
};

/* One command: `kbwiz NAME ARGS...`.  run gets argv starting at NAME. */
struct cli_command {
	const char *name;
	const char *usage;
	const char *summary;
	int (*run)(struct cli *cli, int argc, char **argv);
};

extern const struct cli_command cmd_kb;

/* kbwiz kb import (cmd_kb_import.c) */
int kb_import_run(struct cli *cli, int argc, char **argv);
extern const struct cli_command cmd_diagnose;
extern const struct cli_command cmd_export;
extern const struct cli_command cmd_history;
extern const struct cli_command cmd_fix;
extern const struct cli_command cmd_hive;
extern const struct cli_command cmd_services;
extern const struct cli_command cmd_events;
extern const struct cli_command cmd_log;

/* The checks every command makes of an input path before reading it, so
 * that the same problem gives the same message and exit status in every
 * command (kbwiz(1)): missing or unreadable, 5; a directory, device or
 * pipe where a file is wanted, 3 (a directory is pointed to --root); a
 * volume (--root) that is missing, 5, or is not a directory, 3.  Return 0,
 * or the exit status after printing the message. */
int cli_check_file(const char *path);
/* May an output file (-o) be written?  A directory, device or link there
 * is refused, and so is an existing file unless force is set (--force):
 * 0, or the exit status (6) after printing the message. */
int cli_check_output(const char *path, int force);
int cli_check_dir(const char *path);
extern const struct cli_command cmd_triage;
extern const struct cli_command cmd_collect_spec;

struct diagnosis;
struct evidence_set;
/* kbwiz diagnose: the events no rule explains with library articles
 * (diagnose_unexplained.c): printed, or added to *json_text when it is
 * not NULL.  0, or an exit code after printing the error. */
int diagnose_unexplained(struct cli *cli, const struct diagnosis *d,
			 const struct evidence_set *ev, char **json_text);
struct unx_group;
struct machine_info;
/* One group in a line: "Service Control Manager 7000: Computer Browser,
 * error 1058 (...), 2 times, first 2002-06-11 09:30:00 UTC (machine:
 * ...)" (untrusted); m (may be NULL) gives the machine's clock. */
void unx_group_text(const struct unx_group *g, const struct machine_info *m,
		    char *buf, size_t size);
/* kbwiz diagnose: the service doctor's findings (diagnose_svcdoctor.c),
 * printed or added to *json_text; *n_confirmed counts confirmed ones.
 * 0, or an exit code after printing the error. */
int diagnose_svcdoctor(struct cli *cli, const struct evidence_set *ev, char **json_text,
		       size_t *n_confirmed);
/* The same two over events already read (unexplained_load_events), so
 * that the event files are read once for both; events NULL: read them. */
struct evl_list;
int diagnose_unexplained_events(struct cli *cli, const struct diagnosis *d,
				const struct evidence_set *ev,
				const struct evl_list *events, char **json_text);
int diagnose_svcdoctor_events(struct cli *cli, const struct evidence_set *ev,
			      const struct evl_list *events, char **json_text,
			      size_t *n_confirmed);

/* kbwiz kb library (cmd_kb_library.c). */
int kb_library_run(struct cli *cli, int argc, char **argv);

/* kbwiz kb test (cmd_kb_test.c). */
int kb_test_run(struct cli *cli, int argc, char **argv);

/* kbwiz kb verify (cmd_kb_verify.c). */
int kb_verify_run(struct cli *cli, int argc, char **argv);

/* Open the store (creating it with the built-in rules on first run).
 * Prints the error and returns NULL on failure; *exit_code is set. */
struct kb_store *cli_store(struct cli *cli, int *exit_code);

/* Load the rules of cli_kb_dir() into the open store (kb reload). */
int cli_reload(struct cli *cli, struct store_load_stats *stats,
	       struct kb_error *err);

/* The directory of the built-in rules: --kb-dir, $KBWIZ_KB_DIR, kb/ beside
 * the source tree's build, or the installed share/kbwiz/kb. */
const char *cli_kb_dir(struct cli *cli);

/* Map a core error code to an exit code. */
int cli_exit_code(int kb_status);
/* The same for looking up what an argument names (a rule ID, a session
 * number): one that names nothing is a usage error (2), not "found
 * nothing" (1), so a script tells a typo from an empty result. */
int cli_lookup_exit_code(int kb_status);

/* Print "kbwiz: MESSAGE" on stderr, sanitized. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Print untrusted text on f with control characters made visible. */
void cli_put(FILE *f, const char *s);
/* The same, wrapped at width columns with an indent for following lines. */
void cli_put_wrapped(FILE *f, const char *s, int indent, int width);
/* The same, the cursor already at column col (the first line starts
 * there, the next ones at indent). */
void cli_put_wrapped_from(FILE *f, const char *s, int col, int indent, int width);
/* A command's usage (kbwiz's own text) within 80 columns, broken only
 * between options; the cursor at column col, next lines at indent. */
void cli_put_usage(FILE *f, const char *usage, int col, int indent);
/* "usage: USAGE" then the summary under it, both within 80 columns. */
void cli_print_usage(FILE *f, const char *usage, const char *summary);

#endif
