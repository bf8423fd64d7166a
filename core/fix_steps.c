/* fix_steps.c: where the rule's steps by hand fall among a repair plan's
 * changes (fix.h, fix_plan_hand_steps): one answer for `kbwiz fix`, the
 * wizard and the .reg file's header. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kbwiz/fix.h"
#include "kbwiz/strutil.h"

/* How many of the planned changes come from the rule's steps before step
 * `step`: the changes a step by hand comes after. */
static size_t changes_before(const struct fix_plan *p, size_t step)
{
	const struct rule *r = p->rule;
	size_t i, j, n = 0;

	for (i = 0; i < p->n_changes; i++)
		for (j = 0; j < step; j++)
			if (r->fixes[j].id != NULL && p->changes[i].fix_id != NULL &&
			    strcmp(r->fixes[j].id, p->changes[i].fix_id) == 0) {
				n++;
				break;
			}
	return n;
}

static void place(const struct fix_plan *p, size_t step, char *buf, size_t size)
{
	size_t k;

	if (p->rule->fixes[step].kind == FIX_LAST_RESORT)
		snprintf(buf, size, "last resort");
	else if (p->n_changes == 0)
		snprintf(buf, size, "step %zu of the rule", step + 1);
	else if ((k = changes_before(p, step)) == 0)
		snprintf(buf, size, "before the changes");
	else if (k == p->n_changes)
		snprintf(buf, size, "after the changes");
	else
		snprintf(buf, size, "after change %zu", k);
}

int fix_plan_hand_steps(const struct fix_plan *p, struct fix_hand_step **out, size_t *n)
{
	const struct rule *r = p->rule;
	struct fix_hand_step *v;
	const char *article;
	size_t i, by_hand = 0, used = 0;

	*out = NULL;
	*n = 0;
	if (r == NULL || p->own_basis != NULL)
		return 0;
	for (i = 0; i < p->n_manual; i++)
		by_hand += !p->manual[i].not_offered;
	if (p->n_changes == 0 && by_hand == 0)
		return 0;
	for (i = 0; i < r->n_fixes; i++)
		used += r->fixes[i].kind != FIX_REGISTRY;
	if (used == 0)
		return 0;
	if ((v = calloc(used, sizeof *v)) == NULL)
		return KB_ENOMEM;
	article = r->article != NULL ? r->article : r->id;
	for (i = 0, used = 0; i < r->n_fixes; i++) {
		if (r->fixes[i].kind == FIX_REGISTRY)
			continue;
		v[used].fix = &r->fixes[i];
		v[used].index = i;
		place(p, i, v[used].where, sizeof v[used].where);
		rule_cite_describe(&r->fixes[i].cite, article, "advice", v[used].source,
				   sizeof v[used].source);
		used++;
	}
	*out = v;
	*n = used;
	return 0;
}

char *fix_hand_step_line(const struct fix_hand_step *s)
{
	return kb_strdup_printf("%s (%s): %s [%s]", s->fix->id != NULL ? s->fix->id : "step",
				s->where, s->fix->text != NULL ? s->fix->text : "", s->source);
}
