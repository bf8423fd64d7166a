/* collect_spec.h: what to collect from a live Windows machine so that
 * kbwiz can diagnose it, worked out from the loaded rules, written as a
 * KAPE target (.tkape) or a Velociraptor artifact.  Both name only files
 * evidence.c reads from a volume (and the transaction logs its hive
 * reader replays), so what is collected and what is read stay the same. */
#ifndef KBWIZ_COLLECT_SPEC_H
#define KBWIZ_COLLECT_SPEC_H

#include <stddef.h>

#include "kbwiz/error.h"
#include "kbwiz/rule.h"
#include "kbwiz/strbuf.h"

/* One file (or file mask) relative to the Windows directory. */
struct collect_item {
	const char *name;       /* "SYSTEM hive" */
	const char *category;   /* "Registry", "EventLogs", "ClusterLogs" */
	const char *dir;        /* "System32\\config" (backslashes) */
	const char *mask;       /* "SYSTEM", "SYSTEM.LOG*", "*.log" */
	const char *why;        /* which rules need it, in words */
};

#define COLLECT_MAX_ITEMS 32

struct collect_needs {
	struct collect_item items[COLLECT_MAX_ITEMS];
	size_t n;
	char why_buf[COLLECT_MAX_ITEMS][160];
	size_t n_rules;
	/* What rules ask for that kbwiz cannot find on a volume (an event
	 * log other than System and Application, a text log of no fixed
	 * place), "; "-separated, for a comment. */
	char unread[512];
};

/* Every file diagnose reads from a volume, from one table (each item's
 * why says which rules need it), whatever the rules: diagnose reads them
 * all when present, and the hives give the machine's identity
 * (machine.h), which decides which rules apply. */
void collect_needs_from_rules(struct rule *const *rules, size_t n_rules,
			      struct collect_needs *out);

/* The KAPE target file (YAML), and the Velociraptor artifact (YAML),
 * appended to b. */
void collect_spec_kape(const struct collect_needs *n, struct kb_buf *b);
void collect_spec_velociraptor(const struct collect_needs *n, struct kb_buf *b);

#endif
