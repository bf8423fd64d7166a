/* cmd_fix.c: `kbwiz fix`: show the registry repair a rule calls for as a
 * before/after view, write it as a .reg file, apply it to the offline
 * hive after a confirmation, or undo it.  The work is core/fix.c's. */
#include <stdio.h>
#include <sys/stat.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "kbwiz/fix.h"
#include "kbwiz/session.h"
#include "kbwiz/strutil.h"
#include "kbwiz/svcdoctor.h"

#define WIDTH 79

struct confirm_state {
	int yes;        /* --yes */
	int no_tty;     /* set when asking was impossible */
};

/* "Write N changes to /path/SYSTEM? [y/N]" on a terminal; --yes
 * elsewhere. */
static int confirm_on_terminal(void *ctx, const struct fix_plan *plan,
			       const char *question)
{
	struct confirm_state *cs = ctx;
	char line[64];

	(void)plan;
	if (cs->yes)
		return 1;
	if (!isatty(STDIN_FILENO)) {
		cs->no_tty = 1;
		return 0;
	}
	cli_put(stderr, question);
	fprintf(stderr, " [y/N] ");
	fflush(stderr);
	if (fgets(line, sizeof line, stdin) == NULL)
		return 0;
	return line[0] == 'y' || line[0] == 'Y';
}

/* The steps left to the technician, or (not_offered) the changes the
 * article asks for only on a machine that shows a symptom this run did
 * not see; a reason shared by every item is said once, after the list.
 * title NULL: the list goes on under a heading already printed. */
static int print_manual(const struct fix_plan *p, int not_offered, const char *title)
{
	const char *shared = NULL;
	size_t i, n = 0;
	int same = 1;

	for (i = 0; i < p->n_manual; i++) {
		if (!p->manual[i].not_offered != !not_offered)
			continue;
		if (n++ == 0)
			shared = p->manual[i].why;
		else if (strcmp(shared, p->manual[i].why) != 0)
			same = 0;
	}
	if (n == 0)
		return 0;
	if (title != NULL)
		printf("  %s\n", title);
	for (i = 0; i < p->n_manual; i++) {
		if (!p->manual[i].not_offered != !not_offered)
			continue;
		printf("    - %s", p->manual[i].check_id);
		if (n == 1 || !same) {
			printf(": ");
			cli_put_wrapped(stdout, p->manual[i].why, 6, WIDTH);
		}
		printf("\n");
	}
	if (n > 1 && same) {
		/* The heading says it already. */
		if (not_offered && strncmp(shared, "not offered: ", 13) == 0)
			shared += 13;
		printf("    ");
		cli_put_wrapped(stdout, shared, 4, WIDTH);
		printf("\n");
	}
	return 1;
}

/* The rule's own steps by hand (manual and last resort), in the rule's
 * order, each with where it falls among the changes above and where it
 * comes from (core/fix_steps.c places them, for the wizard and the .reg
 * file too).  1 when the "By hand:" heading was printed. */
static int print_rule_steps(const struct fix_plan *p)
{
	struct fix_hand_step *steps;
	size_t i, n;

	if (fix_plan_hand_steps(p, &steps, &n) != 0 || n == 0)
		return 0;
	printf("  By hand:\n");
	for (i = 0; i < n; i++) {
		char *line = fix_hand_step_line(&steps[i]);

		if (line == NULL)
			break;
		printf("    - ");
		cli_put_wrapped(stdout, line, 6, WIDTH);
		printf("\n");
		free(line);
	}
	free(steps);
	return 1;
}

/* Untrusted lines (the doctor's evidence), each indented. */
static void print_lines(const char *text, const char *indent)
{
	const char *p = text, *nl;

	while (*p != '\0') {
		char line[1024];
		size_t n;

		nl = strchr(p, '\n');
		n = nl != NULL ? (size_t)(nl - p) : strlen(p);
		snprintf(line, sizeof line, "%.*s", (int)n, p);
		printf("%s", indent);
		cli_put(stdout, line);
		printf("\n");
		p += n + (nl != NULL);
	}
}

static void print_plan(const struct fix_plan *p)
{
	size_t i;

	if (p->own_basis != NULL)
		printf("kbwiz's own repair, not a Microsoft article's (the service doctor's, %s)",
		       p->rule_id);
	else
		printf("Repair for %s", p->rule_id);
	if (p->hive_path != NULL) {
		printf(" on ");
		cli_put(stdout, p->hive_path);
		if (p->control_set != NULL)
			printf(" (%s, the control set the checks read)", p->control_set);
	}
	printf("\n");
	if (p->own_basis != NULL) {
		printf("  No article asks for this change.  It rests on the service doctor's "
		       "evidence:\n");
		print_lines(p->own_basis, "    ");
	}
	if (p->damage != NULL) {
		printf("  WARNING: ");
		cli_put(stdout, p->damage);
		printf(";\n  writing into it may not be safe; --apply asks a second time.\n");
	}
	if (p->link_path != NULL) {
		printf("  ");
		cli_put(stdout, p->link_path);
		printf(" is a symbolic link: the file it points to is repaired,\n"
		       "  with its backup and undo record beside it.\n");
	}
	if (p->stale) {
		printf("  WARNING: the hive changed since the checks ran; --apply will refuse.\n"
		       "  Run the checks again to plan on what is there now.\n");
	}
	if (p->recovered) {
		printf("  The hive is ");
		cli_put(stdout, p->recovery);
		printf(";\n  planned on that state; --apply moves its logs into the backup set.\n");
	} else if (p->dirty) {
		printf("  WARNING: the hive is ");
		cli_put(stdout, p->recovery != NULL ? p->recovery : "dirty");
		printf(";\n  --apply refuses (--force-dirty writes a dirty hive only when no log\n"
		       "  is damaged).\n");
	}
	for (i = 0; i < p->n_changes; i++) {
		const struct fix_change *c = &p->changes[i];

		printf("  %zu. %s  ", i + 1, fix_change_kind_name(c->kind));
		cli_put(stdout, c->key);
		printf("\n");
		if (c->value != NULL) {
			printf("       value: ");
			cli_put(stdout, c->value[0] != '\0' ? c->value : "(Default)");
			printf(" (%s)\n", kb_reg_type_name(c->type));
		}
		printf("       before: ");
		cli_put_wrapped(stdout, c->before, 15, WIDTH);
		printf("\n       after:  ");
		cli_put_wrapped(stdout, c->after, 15, WIDTH);
		if (p->own_basis != NULL)
			printf("\n       (kbwiz's own step, from the evidence above)\n");
		else
			printf("\n       (step %s, check %s)\n", c->fix_id, c->check_id);
	}
	if (p->n_changes == 0)
		printf("  Nothing to change%s.\n", p->n_manual > 0 ? " automatically" : "");
	/* The rule's steps first, in its order; then the checks left to do
	 * by hand, whose shared reason closes the list. */
	print_manual(p, 0, print_rule_steps(p) ? NULL : "By hand:");
	print_manual(p, 1, "Not offered (the article asks for these only where its symptom is seen):");
	if (p->own_basis == NULL)
		printf("  %zu %s already pass%s.\n", p->n_passed, p->n_passed == 1 ? "check" : "checks",
		       p->n_passed == 1 ? "es" : "");
}

static int parse_session_id(const char *s, long long *id)
{
	char *end;

	if (s[0] == 's' || s[0] == 'S')
		s++;
	*id = strtoll(s, &end, 10);
	return *s != '\0' && *end == '\0' && *id > 0 ? 0 : -1;
}

static int run_undo(struct cli *cli, long long sid, const char *hive, int force)
{
	struct kb_error err = { "" };
	struct session *s = NULL;
	char path[4096];
	int rc, restored = 0, code;

	if (sid > 0) {
		if (cli_store(cli, &code) == NULL)
			return code;
		if ((rc = session_open(cli->store, sid, &s, &err)) != 0) {
			cli_error("%s", err.msg);
			return cli_lookup_exit_code(rc);
		}
		if (hive == NULL) {
			if ((rc = fix_session_hive(s, path, sizeof path, &err)) != 0) {
				cli_error("%s", err.msg);
				session_close(s);
				return cli_exit_code(rc);
			}
			hive = path;
		}
	}
	rc = fix_undo(hive, s, force, &restored, &err);
	session_close(s);
	if (rc != 0) {
		cli_error("%s", err.msg);
		return cli_exit_code(rc);
	}
	if (restored) {
		struct fix_undo_record rec;

		printf("Restored ");
		cli_put(stdout, hive);
		printf(" from its backup.\n");
		if (fix_undo_record_read(hive, &rec, &err) == 0) {
			/* Kept on purpose: the user should know what is left. */
			printf("Kept: the backup ");
			cli_put(stdout, rec.backup_path);
			printf(" and the undo record ");
			cli_put(stdout, hive);
			printf(".kbwiz-undo\n  (a second --undo sees the original is back and does "
			       "nothing);\n  remove both when the repair is no longer wanted.\n");
		}
	} else {
		cli_put(stdout, hive);
		printf(" already is the original: nothing to undo.\n");
	}
	return EXIT_OK;
}

static int run_fix(struct cli *cli, int argc, char **argv)
{
	struct kb_error err = { "" };
	struct confirm_state cs = { 0, 0 };
	struct fix_apply_result res;
	struct fix_apply_opts opts;
	struct session *s = NULL;
	struct fix_plan *p = NULL;
	const char *rule = NULL, *hive = NULL, *reg_out = NULL, *service = NULL;
	const char *events[16];
	size_t n_events = 0;
	long long sid = 0;
	int apply = 0, force_dirty = 0, undo = 0, force = 0, fmt = 5;
	int code = EXIT_OK, rc, i;

	for (i = 1; i < argc; i++) {
		const char *a = argv[i];

		if (strcmp(a, "--apply") == 0) {
			apply = 1;
		} else if (strcmp(a, "--yes") == 0 || strcmp(a, "-y") == 0) {
			cs.yes = 1;
		} else if (strcmp(a, "--force-dirty") == 0) {
			force_dirty = 1;
		} else if (strcmp(a, "--undo") == 0) {
			undo = 1;
		} else if (strcmp(a, "--force") == 0) {
			force = 1;
		} else if (strcmp(a, "--service-start") == 0) {
			/* The service doctor's repair (core/svcdoctor_fix.c). */
			if (i + 1 >= argc) {
				cli_error("%s needs a value (see kbwiz --help)", a);
				return EXIT_USAGE;
			}
			service = argv[++i];
		} else if (strcmp(a, "--events") == 0) {
			/* The service doctor's evidence for --service-start. */
			if (i + 1 >= argc) {
				cli_error("%s needs a value (see kbwiz --help)", a);
				return EXIT_USAGE;
			}
			if (n_events == sizeof events / sizeof events[0]) {
				cli_error("at most %zu --events files", n_events);
				return EXIT_USAGE;
			}
			if ((code = cli_check_file(argv[i + 1])) != 0)
				return code;
			events[n_events++] = argv[++i];
		} else if (strcmp(a, "--rule") == 0 || strcmp(a, "--hive") == 0 ||
			   strcmp(a, "--reg-out") == 0 || strcmp(a, "--reg-format") == 0) {
			if (i + 1 >= argc) {
				cli_error("%s needs a value (see kbwiz --help)", a);
				return EXIT_USAGE;
			}
			if (strcmp(a, "--rule") == 0)
				rule = argv[++i];
			else if (strcmp(a, "--hive") == 0)
				hive = argv[++i];
			else if (strcmp(a, "--reg-out") == 0)
				reg_out = argv[++i];
			else if (strcmp(argv[++i], "4") == 0)
				fmt = 4;
			else if (strcmp(argv[i], "5") == 0)
				fmt = 5;
			else {
				cli_error("--reg-format is 4 (REGEDIT4) or 5 (version 5.00)");
				return EXIT_USAGE;
			}
		} else if (a[0] != '-' && sid == 0) {
			if (parse_session_id(a, &sid) != 0) {
				cli_error("'%s' is not a session number", a);
				return EXIT_USAGE;
			}
		} else {
			cli_error("unknown fix option '%s'", a);
			return EXIT_USAGE;
		}
	}
	if (hive != NULL && (code = cli_check_file(hive)) != 0)
		return code;
	if (undo) {
		if (sid == 0 && hive == NULL) {
			cli_error("--undo needs a SESSION (or --hive FILE for a fix made without one)");
			return EXIT_USAGE;
		}
		return run_undo(cli, sid, hive, force);
	}
	if (service != NULL && (sid != 0 || rule != NULL || hive == NULL)) {
		cli_error("--service-start NAME takes --hive FILE, and no SESSION or --rule");
		return EXIT_USAGE;
	}
	if (service == NULL && n_events > 0) {
		cli_error("--events goes with --service-start; to repair from a session's "
			  "evidence, run kbwiz --hive FILE --events LOG, then kbwiz fix SESSION");
		return EXIT_USAGE;
	}
	if (service == NULL &&
	    ((sid != 0) == (rule != NULL || hive != NULL) || (sid == 0 && (rule == NULL || hive == NULL)))) {
		cli_error("give a SESSION, or --rule ID and --hive FILE");
		return EXIT_USAGE;
	}
	if (cli_store(cli, &code) == NULL)
		return code;
	if (service != NULL) {
		rc = svd_fix_start_plan(hive, service, events, n_events, &p, &err);
	} else if (sid != 0) {
		if ((rc = session_open(cli->store, sid, &s, &err)) == 0)
			rc = fix_plan_for_session_found(s, &p, &err);
	} else {
		rc = fix_plan_for_hive(cli->store, rule, hive, &p, &err);
	}
	if (rc != 0) {
		cli_error("%s", err.msg);
		code = cli_lookup_exit_code(rc);
		goto out;
	}
	if (sid != 0) {
		struct fix_undo_record rec;

		if (fix_applied_in_session(p, &rec)) {
			printf("Already applied in session %lld at %s (backup ", sid, rec.at);
			cli_put(stdout, rec.backup_path);
			printf(");\n  kbwiz fix --undo %lld reverts it.\n", sid);
			if (reg_out != NULL)
				printf("No .reg file written: the hive already has the repair.\n");
			code = EXIT_NOTHING;
			goto out;
		}
	}
	if (apply && (hive != NULL || p->hive_path != NULL)) {
		int finished = 0;

		if ((rc = fix_finish_interrupted(hive != NULL ? hive : p->hive_path, s, &finished,
						 &err)) != 0)
			cli_error("%s", err.msg);
		else if (finished)
			printf("Finished an interrupted repair: the hive's old transaction logs "
			       "moved into the backup set.\n");
	}
	print_plan(p);
	if (reg_out != NULL) {
		struct stat rst;
		if (p->n_changes == 0) {
			printf("No .reg file written: nothing to change.\n");
		} else if (p->stale) {
			/* As --apply: a plan on content that is gone is not handed
			 * to a live machine either. */
			cli_error("%s: the hive changed since the session's checks ran: no .reg file "
				  "written from that plan (--apply refuses it too); run the checks "
				  "again and plan anew", p->hive_path);
			code = EXIT_REFUSED;
			goto out;
		} else if (!force && lstat(reg_out, &rst) == 0 && S_ISREG(rst.st_mode)) {
			/* Anything but a file is refused with or without --force
			 * (kb_output_check), and says so below. */
			/* As export and kb import: an existing file is kept. */
			cli_error("%s: already exists; --force replaces it", reg_out);
			code = EXIT_REFUSED;
			goto out;
		} else if ((rc = fix_plan_write_reg(p, (enum regfile_format)fmt, reg_out, &err)) != 0) {
			cli_error("%s", err.msg);
			code = cli_exit_code(rc);
			goto out;
		} else {
			printf("Wrote ");
			cli_put(stdout, reg_out);
			printf(" (%s, paths under CurrentControlSet for the live machine).\n",
			       fmt == 4 ? "REGEDIT4, ANSI" : "version 5.00, UTF-16LE");
			if (fix_note_reg_export(s, p, (enum regfile_format)fmt, reg_out, &err) != 0)
				cli_error("recording the export: %s", err.msg);
		}
	}
	if (p->n_changes == 0) {
		code = EXIT_NOTHING;
		goto out;
	}
	if (!apply) {
		printf("Nothing written.  kbwiz fix ... --apply writes these changes (after a backup).\n");
		goto out;
	}
	memset(&opts, 0, sizeof opts);
	opts.force_dirty = force_dirty;
	opts.session = s;
	opts.confirm = confirm_on_terminal;
	opts.confirm_ctx = &cs;
	rc = fix_apply(p, &opts, &res, &err);
	if (rc != 0) {
		if (cs.no_tty) {
			cli_error("not on a terminal: give --yes to write %zu change%s to %s",
				  p->n_changes, p->n_changes == 1 ? "" : "s", p->hive_path);
			code = EXIT_REFUSED;
		} else {
			cli_error("%s", err.msg);
			code = cli_exit_code(rc);
		}
		goto out;
	}
	printf("Wrote %zu change%s to ", res.n_applied, res.n_applied == 1 ? "" : "s");
	cli_put(stdout, p->hive_path);
	printf(p->own_basis != NULL ? "; Start reads back as planned (kbwiz's own repair, "
	       "not a Microsoft article's).\nBackup: " : "; the rule's checks pass on it.\nBackup: ");
	cli_put(stdout, res.backup_path);
	printf("\n  SHA-256 %s\n", res.backup_sha256);
	if (res.n_logs_moved > 0)
		printf("Its %zu transaction log%s moved into the backup set beside it "
		       "(*.LOG*.bak), so Windows does not replay them.\n", res.n_logs_moved,
		       res.n_logs_moved == 1 ? "" : "s");
	if (s != NULL && sid != 0) {
		/* As the wizard does after a repair: the session's checks run
		 * again on the hive, so its findings, report and history say
		 * repaired and verified, not only what was found. */
		char verified[1024];
		session_verify_chosen(s, verified, sizeof verified);
		printf("Session %lld checked again: ", sid);
		cli_put(stdout, verified);
		printf("\n");
	}
	printf("Undo: kbwiz fix --undo %s",
	       sid != 0 ? "" : "--hive ");
	if (sid != 0)
		printf("%lld\n", sid);
	else {
		cli_put(stdout, p->hive_path);
		printf("\n");
	}
out:
	fix_plan_free(p);
	session_close(s);
	return code;
}

const struct cli_command cmd_fix = {
	"fix",
	"kbwiz fix SESSION|--rule ID --hive FILE [--apply [--yes] [--force-dirty]]"
	" [--reg-out FILE [--force]] [--reg-format 4|5]; kbwiz fix --service-start NAME --hive FILE [--apply ...];"
	" kbwiz fix --undo SESSION|--hive FILE [--force]",
	"show, export (.reg) or apply the registry repair of a rule; undo it",
	run_fix,
};
