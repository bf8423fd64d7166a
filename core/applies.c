/* applies.c: all-of conditions and any-of groups (applies.h). */
#include "kbwiz/applies.h"

static int is_no(const struct check_result *res)
{
	return res->status == CHECK_FAILED || res->status == CHECK_DAMAGED;
}

enum applies_verdict applies_decide(const struct rule *r,
				    const struct check_result *results,
				    size_t *failed)
{
	size_t i, j;
	int unknown = 0;

	for (i = 0; i < r->n_applies; i++) {
		int group = r->applies[i].any_group, yes = 0, maybe = 0;

		if (group == 0) {
			if (is_no(&results[i])) {
				*failed = i;
				return APPLIES_NO;
			}
			unknown |= results[i].status == CHECK_NOT_CHECKED;
			continue;
		}
		/* A group's members sit together; judge it at its first. */
		if (i > 0 && r->applies[i - 1].any_group == group)
			continue;
		for (j = i; j < r->n_applies && r->applies[j].any_group == group; j++) {
			yes |= results[j].status == CHECK_PASSED;
			maybe |= results[j].status == CHECK_NOT_CHECKED;
		}
		if (yes)
			continue;
		if (maybe) {
			unknown = 1;
			continue;
		}
		*failed = i;
		return APPLIES_NO;
	}
	return unknown ? APPLIES_UNKNOWN : APPLIES_YES;
}
