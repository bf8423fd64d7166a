/* applies.h: whether a rule's `applies` conditions hold, from the results
 * of their checks.
 *
 * Conditions of their own (any_group 0) must all hold; the members of an
 * `any:` group (same any_group n > 0) hold together when one of them
 * does.  A failed or damaged condition makes the rule not applicable; a
 * condition that could not be checked (no hive) leaves it unknown unless
 * another one already decides. */
#ifndef KBWIZ_APPLIES_H
#define KBWIZ_APPLIES_H

#include <stddef.h>

#include "kbwiz/hive.h"
#include "kbwiz/rule.h"

enum applies_verdict {
	APPLIES_YES,
	APPLIES_NO,
	APPLIES_UNKNOWN,
};

/* results: one per r->applies.  On APPLIES_NO, *failed is the index of
 * the condition to name (for a group: its first member). */
enum applies_verdict applies_decide(const struct rule *r,
				    const struct check_result *results,
				    size_t *failed);

#endif
