/* kbtest.h: each rule's own test cases (kb/tests/<ID>.yaml).
 *
 * A case describes a small evidence set (SYSTEM/SOFTWARE hives as specs,
 * cluster log lines, events) and what a diagnosis over EVERY rule must
 * conclude from it:
 *   match           the rule is diagnosed and ranked first;
 *   no-match        no rule at all is diagnosed (a healthy machine);
 *   not-applicable  the rule does not apply, and no rule is diagnosed.
 * A case may also name the verdict the rule must get (verdict: confirmed;
 * diag_verdict_id's words), so a fault set can tell confirmed from
 * possible.
 * The evidence is built in a temporary directory: hives by hive_writer,
 * events as a legacy .evt, the cluster log with NT-style prefixes. */
#ifndef KBWIZ_KBTEST_H
#define KBWIZ_KBTEST_H

#include <stddef.h>

#include "kbwiz/error.h"
#include "kbwiz/rule.h"

struct kbtest_outcome {
	const char *rule_id;
	const char *case_name;
	int passed;
	const char *message;   /* why it failed, or what was seen */
};

typedef void (*kbtest_report_fn)(void *ctx, const struct kbtest_outcome *o);

/* Run every case of the test file at path against rules (all of them
 * take part in the ranking).  Returns 0 when the file could be read and
 * run; *failed counts failed cases.  A malformed test file is an error
 * naming file:line. */
int kbtest_run_file(const char *path, struct rule *const *rules, size_t n_rules,
		    kbtest_report_fn report, void *ctx, size_t *passed,
		    size_t *failed, struct kb_error *err);

#endif
