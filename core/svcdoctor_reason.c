/* svcdoctor_reason.c: the service doctor's reasoning, one function per
 * kind of finding (svcdoctor.h, docs/service-doctor.md): what is read
 * from the configuration, what it shows, the verdict and the steps.
 * Everything here is kbwiz's own reasoning, never an article's. */
#include "kbwiz/svcdoctor.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "kbwiz/hive.h"
#include "kbwiz/msgref.h"
#include "kbwiz/services.h"
#include "kbwiz/strbuf.h"
#include "kbwiz/strutil.h"
#include "svcdoctor_internal.h"

static const struct svc_service *svc_of(const struct doc *d, const struct svd_finding *f)
{
	return d->m != NULL && f->index >= 0 ? &d->m->services[f->index] : NULL;
}

/* Whether service index has failure events of its own in the logs. */
static const struct svd_finding *own_failure(const struct doc *d, long index,
					      const struct svd_finding *except)
{
	size_t i;

	for (i = 0; i < d->r->n; i++)
		if (d->r->v[i].index == index && &d->r->v[i] != except &&
		    d->r->v[i].kind != SVD_DRIVER)
			return &d->r->v[i];
	return NULL;
}

/* Look at one image (ImagePath or ServiceDll): 1 a fault, 0 whole, -1
 * could not be told. */
static int check_image(struct doc *d, struct svd_finding *f, const struct svc_service *s,
		       const struct svc_image *img, const char *label)
{
	char why[256];
	int pe;

	if (img->raw == NULL && !img->defaulted) {
		if (s->has_type && (s->type & (SVC_TYPE_OWN_PROCESS | SVC_TYPE_SHARE_PROCESS))) {
			EVIDENCE(d, f, "%s: no value: the Service Control Manager has no program to start", label);
			return 1;
		}
		EVIDENCE(d, f, "%s: no value", label);
		return -1;
	}
	EVIDENCE(d, f, "%s = %s%s%s", label, img->raw != NULL ? img->raw : "(none: the default)",
		 img->path != NULL ? " -> " : "", img->path != NULL ? img->path : "");
	if (img->file == SVC_FILE_MISSING) {
		EVIDENCE(d, f, "  the file is not on the volume (looked up ignoring case under %s)",
			 d->m->root != NULL ? d->m->root : "?");
		return 1;
	}
	if (img->file == SVC_FILE_UNKNOWN) {
		EVIDENCE(d, f, "  not looked up: %s", d->m->root == NULL ?
			 "no volume given (--root)" : "the file is not on the system volume given");
		return -1;
	}
	pe = svd_pe_check(img->found, why, sizeof why);
	if (pe == 1) {
		EVIDENCE(d, f, "  %s: %s", img->found, why);
		return 1;
	}
	if (pe < 0) {
		EVIDENCE(d, f, "  %s: %s", img->found, why);
		return -1;
	}
	EVIDENCE(d, f, "  present, MZ and PE headers whole: %s", img->found);
	return 0;
}

static void reason_image(struct doc *d, struct svd_finding *f, const struct svc_service *s)
{
	int a, b = 0;

	a = check_image(d, f, s, &s->image, "ImagePath");
	if (s->service_dll.raw != NULL)
		b = check_image(d, f, s, &s->service_dll, "Parameters\\ServiceDll");
	if (a == 1 || b == 1) {
		f->verdict = VERDICT_CONFIRMED;
		REASON(d, f, "error %u says Windows could not load the service's program, and the "
		       "program file named above is missing or not a whole program file", f->error_code);
	} else if (a < 0 || b < 0) {
		f->verdict = VERDICT_POSSIBLE;
		REASON(d, f, "error %u says Windows could not load the service's program; the file "
		       "could not be checked here", f->error_code);
	} else {
		f->verdict = VERDICT_CAUSE_NOT_FOUND;
		REASON(d, f, "the program file is present and its headers are whole now; it may have "
		       "been restored since the event, or the loader refused it for a reason offline "
		       "reading cannot see (a 32/64-bit mismatch, a DLL it needs)");
	}
	STEP(d, f, "Restore the program file from the installation media or a backup of the same "
	     "version, or reinstall the program; kbwiz never guesses an ImagePath.");
}

/* The step for a disabled service: the repair kbwiz can write when
 * another control set keeps its previous Start, else by hand. */
static void step_enable(struct doc *d, struct svd_finding *f, const char *name)
{
	struct kb_error err = { "" };
	char from[64];
	uint64_t v;

	if (d->system != NULL && svd_start_elsewhere(d->system, name, &v, from, sizeof from, &err) == 0) {
		size_t i;

		/* Named once, for a front end to offer the repair. */
		for (i = 0; i < f->n_start_repairs; i++)
			if (strcmp(f->start_repairs[i], name) == 0)
				break;
		if (i == f->n_start_repairs)
			svd_push(d, &f->start_repairs, &f->n_start_repairs, "%s", name);
		STEP(d, f, "If %s should run, set its Start back to %llu, the value %s keeps for it: "
		     "kbwiz fix --service-start %s --hive %s --events LOG, LOG the System log that "
		     "shows the failure (kbwiz's own repair, not an article's: backup first, "
		     "verified, undone with kbwiz fix --undo).", name, (unsigned long long)v, from, name, d->r->hive_path);
	} else
		STEP(d, f, "If %s should run, set its Start to 2 (automatic) or 3 (manual) as it was "
		     "before it was disabled (services.msc, or the offline hive): no other control "
		     "set says what it was, and kbwiz does not guess it.", name);
}

static void reason_dependency(struct doc *d, struct svd_finding *f, const struct svc_service *s)
{
	struct svc_dep_line *lines = NULL;
	struct kb_error err = { "" };
	const char *named = d->dep_named[f - d->r->v];
	size_t n = 0, i, faults = 0;

	if (named != NULL) {
		char *how = NULL;
		long idx = svd_map_service(d, named, NULL, &how);
		EVIDENCE(d, f, "the events name the dependency \"%s\" (%s)", named,
			 idx >= 0 ? d->m->services[idx].name : "no such service");
		free(how);
	}
	if (svc_dep_tree(d->m, s->name, 0, &lines, &n, &err) != 0) {
		if (err.msg[0] != '\0' && strstr(err.msg, "memory") != NULL)
			d->oom = 1;
		n = 0;
	}
	if (n <= 1)
		EVIDENCE(d, f, "DependOnService and DependOnGroup: none");
	for (i = 1; i < n; i++) {
		const struct svc_dep_line *l = &lines[i];
		const struct svd_finding *other = l->index >= 0 ? own_failure(d, l->index, f) : NULL;
		const char *what = l->missing ? (l->is_group ? "MISSING (no service is in this group "
							       "and ServiceGroupOrder does not list it)"
							     : "MISSING (no such service key)")
				   : l->disabled ? "DISABLED (Start = 4)"
				   : other != NULL ? "FAILED itself (its own events)" : "";
		int fault = l->missing || l->disabled || other != NULL;

		faults += fault;
		if (l->disabled && !l->is_group)
			step_enable(d, f, l->name);
		if (i <= MAX_TREE_LINES || fault)
			EVIDENCE(d, f, "%*s%s%s%s%s", 2 * l->depth, "", l->is_group ? "group " : "",
				 l->name, *what ? "  " : "", what);
	}
	free(lines);
	if (faults > 0) {
		f->verdict = VERDICT_CONFIRMED;
		REASON(d, f, "a service starts only after everything it depends on has started; "
		       "the chain above (each line depends on those below it, indented) holds %zu "
		       "dependenc%s that cannot start", faults, faults == 1 ? "y" : "ies");
	} else {
		f->verdict = VERDICT_CAUSE_NOT_FOUND;
		REASON(d, f, "every dependency in the chain exists, is enabled and shows no failure "
		       "in these logs: the one that failed may have been repaired since, or it "
		       "failed without an event kept here");
	}
	STEP(d, f, "Fix the dependency marked above, lowest in the chain first; the service "
	     "starts once its dependencies do.");
}

static void reason_disabled(struct doc *d, struct svd_finding *f, const struct svc_service *s)
{
	struct svc_dep_line *lines = NULL;
	struct kb_error err = { "" };
	size_t n = 0, i;
	int fault = 0;

	EVIDENCE(d, f, "Start = %s%s", svc_start_name(s), s->has_start ? "" : " (no value)");
	if (s->has_start && s->start == SVC_START_DISABLED) {
		fault = 1;
		step_enable(d, f, s->name);
	}
	if (svc_dep_tree(d->m, s->name, 0, &lines, &n, &err) == 0)
		for (i = 1; i < n; i++)
			if (lines[i].disabled) {
				EVIDENCE(d, f, "depends on %s, which is disabled (Start = 4)", lines[i].name);
				step_enable(d, f, lines[i].name);
				fault = 1;
			}
	free(lines);
	if (fault) {
		f->verdict = VERDICT_CONFIRMED;
		REASON(d, f, "error 1058 is what the Service Control Manager answers for a disabled "
		       "service, and the configuration shows the service or a dependency disabled");
	} else if (s->last_write != 0 && f->last != 0 && s->last_write > f->last) {
		f->verdict = VERDICT_REPAIRED;
		REASON(d, f, "nothing is disabled now, and the service's key was written after the "
		       "last event: it was probably enabled since");
	} else {
		f->verdict = VERDICT_CAUSE_NOT_FOUND;
		REASON(d, f, "nothing in the chain is disabled in this control set; the service may "
		       "have no enabled device (a driver's hardware profile), which is not read here");
	}
}

static int sam_has(const struct doc *d, const char *user)
{
	size_t i;

	for (i = 0; i < d->n_sam_users; i++)
		if (strcasecmp(d->sam_users[i], user) == 0)
			return 1;
	return 0;
}

static void reason_logon(struct doc *d, struct svd_finding *f, const struct svc_service *s)
{
	const char *acct = s->object_name, *bs, *user;
	size_t dom_len;

	if (acct == NULL || *acct == '\0' || strcasecmp(acct, "LocalSystem") == 0 ||
	    strncasecmp(acct, "NT AUTHORITY\\", 13) == 0 || strncasecmp(acct, "NT SERVICE\\", 11) == 0) {
		EVIDENCE(d, f, "ObjectName = %s", acct != NULL && *acct ? acct : "(none: LocalSystem)");
		f->verdict = VERDICT_POSSIBLE;
		REASON(d, f, "a built-in account has no password to get wrong; a logon failure for it "
		       "points to the machine's security policy or the LSA, which these hives do not "
		       "show");
		goto steps;
	}
	EVIDENCE(d, f, "ObjectName = %s", acct);
	bs = strchr(acct, '\\');
	user = bs != NULL ? bs + 1 : acct;
	dom_len = bs != NULL ? (size_t)(bs - acct) : 0;
	if (strchr(acct, '@') != NULL ||
	    (bs != NULL && !(dom_len == 1 && acct[0] == '.') &&
	     (d->computer == NULL || strlen(d->computer) != dom_len ||
	      strncasecmp(d->computer, acct, dom_len) != 0))) {
		f->verdict = VERDICT_POSSIBLE;
		REASON(d, f, "a domain account: whether its password is still the one the service "
		       "keeps, whether it is locked out or expired, and whether this machine's trust "
		       "with the domain holds are known to the domain controller, not to these hives");
		goto steps;
	}
	if (d->r->sam_path == NULL) {
		f->verdict = VERDICT_POSSIBLE;
		REASON(d, f, "a local account%s; no SAM hive was given, so whether it exists cannot "
		       "be checked", bs == NULL ? " (no domain part: the machine's own)" : "");
		goto steps;
	}
	if (!sam_has(d, user)) {
		f->verdict = VERDICT_CONFIRMED;
		EVIDENCE(d, f, "the SAM hive %s has no local user %s", d->r->sam_path, user);
		REASON(d, f, "the service logs on as a local account that does not exist on this "
		       "machine, so every logon fails");
		STEP(d, f, "Set the service's Log On account to an existing account (services.msc), "
		     "or create the account again with its password.");
		return;
	}
	EVIDENCE(d, f, "the SAM hive %s has the local user %s", d->r->sam_path, user);
	f->verdict = VERDICT_CAUSE_NOT_FOUND;
	REASON(d, f, "the account exists; whether its password is the one the service keeps (an "
	       "LSA secret), whether it is disabled or holds the right to log on as a service "
	       "cannot be read from these hives");
steps:
	STEP(d, f, "Check the account's password on the service's Log On tab and its \"Log on as "
	     "a service\" right%s.", f->verdict == VERDICT_POSSIBLE && strchr(acct ? acct : "", '\\') ?
	     "; for a domain account also its state on the domain controller and this machine's trust" : "");
}

static void reason_timeout(struct doc *d, struct svd_finding *f)
{
	unsigned in_event = d->timeout_ms[f - d->r->v];
	size_t i;
	struct kb_buf b = KB_BUF_INIT;

	if (d->m == NULL)
		EVIDENCE(d, f, "timeout in force: not available (no SYSTEM hive); Windows' default is "
			 "%u ms", DEFAULT_PIPE_TIMEOUT_MS);
	else if (d->r->has_pipe_timeout)
		EVIDENCE(d, f, "timeout in force: %s\\Control\\ServicesPipeTimeout = %u ms",
			 d->m->control_set, d->r->pipe_timeout_ms);
	else
		EVIDENCE(d, f, "timeout in force: the default, %u ms (%s\\Control\\"
			 "ServicesPipeTimeout is not set)", DEFAULT_PIPE_TIMEOUT_MS, d->m->control_set);
	if (in_event != 0)
		EVIDENCE(d, f, "the events say the Service Control Manager waited %u ms", in_event);
	for (i = 0; i < f->n_ids; i++)
		kb_buf_printf(&b, "%s%u x%u", i ? ", " : "", f->ids[i], f->id_counts[i]);
	EVIDENCE(d, f, "slow starts in the log: %s", b.p != NULL ? b.p : "");
	if (b.oom)
		d->oom = 1;
	kb_buf_free(&b);
	f->verdict = VERDICT_POSSIBLE;
	REASON(d, f, "the service did not report to the Service Control Manager in time; that is "
	       "the service being slow or hung, not a setting kbwiz can find at fault");
	if (d->m != NULL && in_event != 0 && in_event !=
	    (d->r->has_pipe_timeout ? d->r->pipe_timeout_ms : DEFAULT_PIPE_TIMEOUT_MS))
		REASON(d, f, "the time waited in the events differs from the timeout in this hive: "
		       "the setting changed after the events, or the hive is not the one that was "
		       "in force");
	STEP(d, f, "Find what makes the service slow (its own log, the disk, antivirus scanning, "
	     "a dependency); raising ServicesPipeTimeout only gives it longer.");
}

static void reason_driver(struct doc *d, struct svd_finding *f, const struct svc_service *s)
{
	char type[64];
	int img;

	svc_type_text(s, type, sizeof type);
	EVIDENCE(d, f, "Type = %s, Start = %s, Group = %s%s", *type ? type : "(none)",
		 *svc_start_name(s) ? svc_start_name(s) : "(none)", s->group != NULL ? s->group : "(none)",
		 s->group != NULL && !svc_group_exists(d->m, s->group) ? " (not in ServiceGroupOrder)" : "");
	img = check_image(d, f, s, &s->image, "ImagePath");
	if (img == 1) {
		f->verdict = VERDICT_CONFIRMED;
		REASON(d, f, "the driver's file is missing or damaged%s, so it could not load",
		       s->has_start && s->start == SVC_START_BOOT ?
		       "; a boot-start driver is loaded by the boot loader before Windows starts" : "");
		STEP(d, f, "Restore the driver file from the installation media or the device's "
		     "driver package; do not disable a driver Windows needs to boot.");
	} else if (img < 0) {
		f->verdict = VERDICT_POSSIBLE;
		REASON(d, f, "the driver's file could not be checked here");
	} else {
		f->verdict = VERDICT_CAUSE_NOT_FOUND;
		REASON(d, f, "the driver's file is present and whole: it may have failed because its "
		       "device is absent or its initialisation failed, which offline reading cannot see");
	}
}

static void explain_code(struct doc *d, struct svd_finding *f)
{
	const char *text, *name = NULL;
	const struct msgref_entry *e;

	if (!f->has_error || f->service_specific)
		return;
	if ((text = svd_messages_lookup(d->msgs, f->error_code, &name)) != NULL) {
		f->error_text = kb_strdup(text);
		f->error_from = kb_strdup_printf("%s, Win32 system error list (kb/win32-errors.tsv)", name);
	} else if ((e = msgref_lookup(NULL, f->error_code)) != NULL) {
		f->error_text = kb_strdup(e->message);
		f->error_from = kb_strdup(e->from);
	} else {
		return;
	}
	if (f->error_text == NULL || f->error_from == NULL)
		d->oom = 1;
}

void svd_reason(struct doc *d, struct svd_finding *f)
{
	const struct svc_service *s = svc_of(d, f);
	char when[2][128] = { "", "" };
	int64_t t[2] = { f->first, f->last };
	size_t i;

	/* UTC, as the rules' events are shown, with the machine's clock. */
	for (i = 0; i < 2; i++)
		if (t[i] != 0)
			machine_format_time_text(&d->machine, t[i], when[i], sizeof when[i]);
	explain_code(d, f);
	EVIDENCE(d, f, "%u event%s%s%s%s%s: %s", f->events, f->events == 1 ? "" : "s",
		 *when[0] ? ", " : "", when[0], strcmp(when[0], when[1]) != 0 ? " to " : "",
		 strcmp(when[0], when[1]) != 0 ? when[1] : "", f->example != NULL ? f->example : "");
	if (f->has_error)
		EVIDENCE(d, f, f->service_specific ? "service-specific error %u: its meaning is the "
			 "service's own" : "error %u: %s", f->error_code,
			 f->error_text != NULL ? f->error_text : "(not in kbwiz's list)");
	if (d->m == NULL) {
		EVIDENCE(d, f, "configuration: not available (%s)", d->r->configuration_why != NULL ?
			 d->r->configuration_why : "no SYSTEM hive");
		if (f->kind == SVD_TIMEOUT)
			reason_timeout(d, f);
		f->verdict = VERDICT_POSSIBLE;
		REASON(d, f, "the events say %s; without the service's configuration the cause is "
		       "not checked", svd_kind_meaning(f->kind));
		return;
	}
	if (s == NULL) {
		f->verdict = VERDICT_CAUSE_NOT_FOUND;
		REASON(d, f, "the service is not in %s: it was removed after the events, or the "
		       "events and the hive are from different machines", d->m->control_set);
		return;
	}
	switch (f->kind) {
	case SVD_IMAGE: reason_image(d, f, s); break;
	case SVD_DEPENDENCY: reason_dependency(d, f, s); break;
	case SVD_DISABLED: reason_disabled(d, f, s); break;
	case SVD_LOGON: reason_logon(d, f, s); break;
	case SVD_TIMEOUT: reason_timeout(d, f); break;
	case SVD_DRIVER: reason_driver(d, f, s); break;
	case SVD_EXIT_CODE:
		f->verdict = VERDICT_POSSIBLE;
		REASON(d, f, "the service ran and stopped reporting this error: the code is its own "
		       "account of what went wrong; kbwiz checks nothing in its configuration for it");
		STEP(d, f, "Read the service's own log for what it could not do, and the library "
		     "articles for the code.");
		break;
	case SVD_CRASH:
		f->verdict = VERDICT_POSSIBLE;
		REASON(d, f, "the service's process ended without reporting a stop; why is in the "
		       "Application log or a crash dump, not in its configuration");
		STEP(d, f, "Read the Application log at the times shown for the process's crash.");
		break;
	}
}

void svd_summarise(struct doc *d, struct svd_finding *f)
{
	if (f->has_error)
		f->summary = kb_strdup_printf("%s: %s, %s%u%s%s%s", f->service, svd_kind_name(f->kind),
					      f->service_specific ? "service-specific error " : "error ",
					      f->error_code, f->error_text != NULL ? " (" : "",
					      f->error_text != NULL ? f->error_text : "",
					      f->error_text != NULL ? ")" : "");
	else
		f->summary = kb_strdup_printf("%s: %s", f->service, svd_kind_name(f->kind));
	if (f->summary == NULL)
		d->oom = 1;
}
