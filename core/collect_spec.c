/* collect_spec.c: KAPE targets and Velociraptor artifacts from the rules'
 * needs (collect_spec.h). */
#include "kbwiz/collect_spec.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "kbwiz/hash.h"

static void add(struct collect_needs *n, const char *name, const char *category,
		const char *dir, const char *mask, const char *why)
{
	struct collect_item *it;

	if (n->n >= COLLECT_MAX_ITEMS)
		return;
	it = &n->items[n->n];
	snprintf(n->why_buf[n->n], sizeof n->why_buf[n->n], "%s", why);
	it->name = name;
	it->category = category;
	it->dir = dir;
	it->mask = mask;
	it->why = n->why_buf[n->n];
	n->n++;
}

static void note_unread(struct collect_needs *n, const char *what)
{
	size_t used = strlen(n->unread);

	if (strstr(n->unread, what) != NULL)
		return;
	snprintf(n->unread + used, sizeof n->unread - used, "%s%s", used > 0 ? "; " : "", what);
}

/* "N rules" or "rule X" for a comment. */
static void count_text(char *buf, size_t size, const char *what, size_t count, const char *one)
{
	if (count == 1)
		snprintf(buf, size, "%s for rule %s", what, one);
	else
		snprintf(buf, size, "%s for %zu rules", what, count);
}

static int key_in_hive(const char *key, const char *hive)
{
	size_t n = strlen(hive);

	if (strncasecmp(key, "HKLM\\", 5) == 0)
		key += 5;
	else if (strncasecmp(key, "HKEY_LOCAL_MACHINE\\", 19) == 0)
		key += 19;
	return strncasecmp(key, hive, n) == 0 && (key[n] == '\\' || key[n] == '\0');
}

enum need {
	NEED_SYSTEM, NEED_SOFTWARE, NEED_HIVE_LOG, NEED_SYSTEM_LOG, NEED_APP_LOG, NEED_CLUSTER_LOG
};

/* The one table both specs are written from, relative to the Windows
 * directory (each is written under WINNT and Windows): what evidence.c
 * reads from a volume, and the transaction logs its hive reader replays.
 * The cluster logs are read from these two folders only, not below them,
 * so no entry needs to be recursive. */
static const struct collected_file {
	const char *name, *category, *dir, *mask;
	enum need need;
} collected[] = {
	{ "SYSTEM hive", "Registry", "System32\\config", "SYSTEM", NEED_SYSTEM },
	{ "SYSTEM hive transaction logs", "Registry", "System32\\config", "SYSTEM.LOG*", NEED_HIVE_LOG },
	{ "SOFTWARE hive", "Registry", "System32\\config", "SOFTWARE", NEED_SOFTWARE },
	{ "SOFTWARE hive transaction logs", "Registry", "System32\\config", "SOFTWARE.LOG*",
	  NEED_HIVE_LOG },
	{ "System event log", "EventLogs", "System32\\winevt\\Logs", "System.evtx", NEED_SYSTEM_LOG },
	{ "System event log (NT 3.1 to 2003)", "EventLogs", "System32\\config", "SysEvent.Evt",
	  NEED_SYSTEM_LOG },
	{ "Application event log", "EventLogs", "System32\\winevt\\Logs", "Application.evtx",
	  NEED_APP_LOG },
	{ "Application event log (NT 3.1 to 2003)", "EventLogs", "System32\\config", "AppEvent.Evt",
	  NEED_APP_LOG },
	{ "Cluster log (cluster.log, NT 4.0 to 2003)", "ClusterLogs", "Cluster", "*.log",
	  NEED_CLUSTER_LOG },
	{ "Cluster logs from Get-ClusterLog", "ClusterLogs", "Cluster\\Reports", "*.log",
	  NEED_CLUSTER_LOG },
};

void collect_needs_from_rules(struct rule *const *rules, size_t n_rules,
			      struct collect_needs *out)
{
	size_t i, j, sys_checks = 0, soft_checks = 0, n_system = 0, n_app = 0, n_cluster = 0;
	const char *one_sys = "", *one_soft = "", *one_system = "", *one_app = "", *one_cluster = "";
	char why[160];

	memset(out, 0, sizeof *out);
	out->n_rules = n_rules;
	for (i = 0; i < n_rules; i++) {
		const struct rule *r = rules[i];
		int sys = 0, soft = 0, system_log = 0, app_log = 0, cluster = 0;
		for (j = 0; j < r->n_checks + r->n_applies; j++) {
			const struct rule_check *c = j < r->n_checks ? &r->checks[j] :
				&r->applies[j - r->n_checks];
			if (key_in_hive(c->key, "SYSTEM"))
				sys = 1;
			else if (key_in_hive(c->key, "SOFTWARE"))
				soft = 1;
			else
				note_unread(out, c->key);
		}
		for (j = 0; j < r->n_symptoms; j++) {
			const char *log = r->symptoms[j].log;
			if (r->symptoms[j].kind != SYMPTOM_EVENT || log == NULL)
				continue;
			if (strcasecmp(log, "System") == 0)
				system_log = 1;
			else if (strcasecmp(log, "Application") == 0)
				app_log = 1;
			else
				note_unread(out, log);
		}
		for (j = 0; j < r->n_evidence; j++) {
			if (r->evidence[j].log == LOG_CLUSTER)
				cluster = 1;
			else
				note_unread(out, "text logs (no fixed place on the volume)");
		}
		if (sys && sys_checks++ == 0)
			one_sys = r->id;
		if (soft && soft_checks++ == 0)
			one_soft = r->id;
		if (system_log && n_system++ == 0)
			one_system = r->id;
		if (app_log && n_app++ == 0)
			one_app = r->id;
		if (cluster && n_cluster++ == 0)
			one_cluster = r->id;
	}
	/* Every file `diagnose --root` reads (evidence.c), whether or not a
	 * loaded rule names it: diagnose reads them when present.  The hives
	 * always matter: the machine's name, version and role decide which
	 * rules apply. */
	for (i = 0; i < sizeof collected / sizeof collected[0]; i++) {
		const struct collected_file *f = &collected[i];
		switch (f->need) {
		case NEED_SYSTEM:
			count_text(why, sizeof why, "the machine's identity; registry checks",
				   sys_checks, one_sys);
			break;
		case NEED_SOFTWARE:
			count_text(why, sizeof why, "the Windows version; registry checks",
				   soft_checks, one_soft);
			break;
		case NEED_HIVE_LOG:
			snprintf(why, sizeof why, "a dirty hive is read with its logs replayed");
			break;
		case NEED_SYSTEM_LOG:
		case NEED_APP_LOG:
		case NEED_CLUSTER_LOG: {
			size_t count = f->need == NEED_SYSTEM_LOG ? n_system :
				       f->need == NEED_APP_LOG ? n_app : n_cluster;
			const char *one = f->need == NEED_SYSTEM_LOG ? one_system :
					  f->need == NEED_APP_LOG ? one_app : one_cluster;
			if (count == 0)
				snprintf(why, sizeof why, "read by diagnose when present; "
					 "no loaded rule needs it");
			else
				count_text(why, sizeof why, f->need == NEED_CLUSTER_LOG ?
					   "cluster log evidence" : "event symptoms", count, one);
			break;
		}
		}
		add(out, f->name, f->category, f->dir, f->mask, why);
	}
}

/* Windows keeps its directory as WINNT (NT 4.0, 2000) or Windows. */
static const char *const windirs[] = { "Windows", "WINNT" };

void collect_spec_kape(const struct collect_needs *n, struct kb_buf *b)
{
	char hex[KB_SHA256_HEX_SIZE];
	size_t i, k;

	/* A stable Id: the same rules give the same file. */
	kb_sha256_buffer(n->why_buf, sizeof n->why_buf, hex);
	kb_buf_printf(b, "Description: kbwiz evidence (%zu rules): hives with their transaction logs, "
		      "event logs, cluster logs\n", n->n_rules);
	kb_buf_printf(b, "Author: kbwiz collect-spec %s\n", KBWIZ_VERSION);
	kb_buf_puts(b, "Version: 1.0\n");
	kb_buf_printf(b, "Id: %.8s-%.4s-%.4s-%.4s-%.12s\n", hex, hex + 8, hex + 12, hex + 16, hex + 20);
	kb_buf_puts(b, "RecreateDirectories: true\nTargets:\n");
	for (k = 0; k < sizeof windirs / sizeof windirs[0]; k++)
		for (i = 0; i < n->n; i++) {
			const struct collect_item *it = &n->items[i];
			kb_buf_printf(b, "    -\n        Name: %s\n        Category: %s\n"
				      "        Path: C:\\%s\\%s\\\n        FileMask: %s\n"
				      "        Comment: \"%s\"\n",
				      it->name, it->category, windirs[k], it->dir, it->mask, it->why);
		}
	if (n->unread[0] != '\0')
		kb_buf_printf(b, "# Rules also name what kbwiz does not read from a volume: %s\n", n->unread);
	kb_buf_puts(b, "# Generated by `kbwiz collect-spec --kape`.  Load the result with\n"
		    "# `kbwiz triage PATH` (PATH: the target destination folder).\n");
}

void collect_spec_velociraptor(const struct collect_needs *n, struct kb_buf *b)
{
	size_t i, k;

	kb_buf_puts(b, "name: Custom.Kbwiz.Evidence\n");
	kb_buf_printf(b, "author: kbwiz collect-spec %s\n", KBWIZ_VERSION);
	kb_buf_printf(b, "description: |\n  The files kbwiz's %zu rules read: the SYSTEM and SOFTWARE hives with\n"
		      "  their transaction logs, the event logs and the cluster logs they look\n"
		      "  in.  Read through the raw NTFS accessor, since a running Windows\n"
		      "  keeps its hives locked.  Diagnose the offline collection zip with\n"
		      "  `kbwiz triage COLLECTION.zip`.\n", n->n_rules);
	kb_buf_puts(b, "type: CLIENT\nparameters:\n  - name: Globs\n    type: csv\n    default: |\n"
		    "      Glob,Why\n");
	for (k = 0; k < sizeof windirs / sizeof windirs[0]; k++)
		for (i = 0; i < n->n; i++) {
			const struct collect_item *it = &n->items[i];
			char dir[128];
			size_t j;
			/* Velociraptor globs take forward slashes. */
			snprintf(dir, sizeof dir, "%s", it->dir);
			for (j = 0; dir[j] != '\0'; j++)
				if (dir[j] == '\\')
					dir[j] = '/';
			kb_buf_printf(b, "      C:/%s/%s/%s,\"%s\"\n", windirs[k], dir, it->mask, it->why);
		}
	if (n->unread[0] != '\0')
		kb_buf_printf(b, "# Rules also name what kbwiz does not read from a volume: %s\n", n->unread);
	kb_buf_puts(b, "sources:\n  - precondition: SELECT OS FROM info() WHERE OS = 'windows'\n"
		    "    query: |\n"
		    "      SELECT OSPath, Size, upload(file=OSPath, accessor=\"ntfs\") AS Upload\n"
		    "      FROM glob(globs=Globs.Glob, accessor=\"ntfs\")\n");
}
