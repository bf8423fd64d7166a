/* test_fix_steps.c: where a rule's steps by hand fall among a repair
 * plan's changes (core/fix_steps.c), the one answer `kbwiz fix`, the
 * wizard and the .reg file's header give: before the changes, after
 * change N (the changes the rule's earlier steps make), after them, last
 * resort; "step N of the rule" when nothing is changed; none when there
 * is nothing to repair or the repair is kbwiz's own. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "kbwiz/fix.h"

static struct rule_line_range line15 = { 15, 15 }, lines52 = { 52, 69 };

/* backup, change A, between, change B, restart (kbwiz's advice), last
 * resort: the shape of Q262832 with a step between two changes. */
static struct rule_fix fixes[] = {
	{ "backup", FIX_MANUAL, "Back up the registry.", NULL, 0, { &line15, 1, NULL, 0 }, 0 },
	{ "add-a", FIX_REGISTRY, "Add A.", "check-a", 0, { NULL, 0, NULL, 0 }, 0 },
	{ "between", FIX_MANUAL, "Look at A.", NULL, 0, { &lines52, 1, NULL, 0 }, 0 },
	{ "add-b", FIX_REGISTRY, "Add B.", "check-b", 0, { NULL, 0, NULL, 0 }, 0 },
	{ "restart", FIX_MANUAL, "Restart.", NULL, 0, { NULL, 0, "a restart starts it", 0 }, 0 },
	{ "reinstall", FIX_LAST_RESORT, "Reinstall.", NULL, 0, { &line15, 1, NULL, 0 }, 0 },
};

static struct rule rule;
static struct fix_change changes[3];
static struct fix_manual manual[2];

static struct fix_plan plan_with(const char *const *change_fix_ids, size_t n_changes,
				 size_t n_manual, int not_offered)
{
	struct fix_plan p;
	size_t i;

	memset(&p, 0, sizeof p);
	memset(&rule, 0, sizeof rule);
	rule.id = "Q262832";
	rule.article = "Q262832";
	rule.fixes = fixes;
	rule.n_fixes = sizeof fixes / sizeof *fixes;
	p.rule = &rule;
	p.rule_id = "Q262832";
	for (i = 0; i < n_changes; i++) {
		memset(&changes[i], 0, sizeof changes[i]);
		changes[i].fix_id = (char *)change_fix_ids[i];
	}
	p.changes = changes;
	p.n_changes = n_changes;
	for (i = 0; i < n_manual; i++) {
		memset(&manual[i], 0, sizeof manual[i]);
		manual[i].check_id = "check-c";
		manual[i].why = "why";
		manual[i].not_offered = not_offered;
	}
	p.manual = manual;
	p.n_manual = n_manual;
	return p;
}

/* The places of the rule's steps by hand, "id=where;..." */
static void places(const struct fix_plan *p, char *buf, size_t size)
{
	struct fix_hand_step *s;
	size_t i, n, used = 0;

	buf[0] = '\0';
	assert_int_equal(fix_plan_hand_steps(p, &s, &n), 0);
	for (i = 0; i < n; i++)
		used += (size_t)snprintf(buf + used, size - used, "%s=%s;", s[i].fix->id, s[i].where);
	if (n == 0)
		assert_null(s);
	free(s);
}

/* The plan with these changes and checks by hand places the steps so. */
static void expect(const char *const *ids, size_t n_changes, size_t n_manual, const char *want)
{
	struct fix_plan p = plan_with(ids, n_changes, n_manual, 0);
	char got[512];

	places(&p, got, sizeof got);
	assert_string_equal(got, want);
}

static void test_steps_fall_before_between_and_after_the_changes(void **state)
{
	static const char *const both[] = { "add-a", "add-b", "add-b" };
	static const char *const only_b[] = { "add-b", "add-b" };

	(void)state;
	expect(both, 3, 0, "backup=before the changes;between=after change 1;"
	       "restart=after the changes;reinstall=last resort;");
	/* Only a later step's changes: an earlier step by hand comes before. */
	expect(only_b, 2, 0, "backup=before the changes;between=before the changes;"
	       "restart=after the changes;reinstall=last resort;");
	/* Nothing changed, a check left by hand: the rule's own numbering. */
	expect(NULL, 0, 1, "backup=step 1 of the rule;between=step 3 of the rule;"
	       "restart=step 5 of the rule;reinstall=last resort;");
}

static void test_nothing_to_repair_or_kbwiz_own_places_nothing(void **state)
{
	static const char *const one[] = { "add-a" };
	struct fix_plan p = plan_with(NULL, 0, 0, 0);
	char got[512];

	(void)state;
	places(&p, got, sizeof got);
	assert_string_equal(got, "");
	/* Only changes not offered (no symptom seen): nothing to do. */
	p = plan_with(NULL, 0, 2, 1);
	places(&p, got, sizeof got);
	assert_string_equal(got, "");
	/* kbwiz's own repair has no rule steps to place. */
	p = plan_with(one, 1, 0, 0);
	p.own_basis = "the service doctor's evidence";
	places(&p, got, sizeof got);
	assert_string_equal(got, "");
	p.own_basis = NULL;
	p.rule = NULL;
	places(&p, got, sizeof got);
	assert_string_equal(got, "");
}

static void test_the_line_cites_the_article_or_says_it_is_advice(void **state)
{
	static const char *const one[] = { "add-a" };
	struct fix_plan p = plan_with(one, 1, 0, 0);
	struct fix_hand_step *s;
	size_t n;
	char *line;

	(void)state;
	assert_int_equal(fix_plan_hand_steps(&p, &s, &n), 0);
	assert_int_equal(n, 4);
	assert_int_equal(s[0].index, 0);
	assert_int_equal(s[2].index, 4);
	line = fix_hand_step_line(&s[0]);
	assert_string_equal(line, "backup (before the changes): Back up the registry. "
			    "[Q262832, line 15]");
	free(line);
	line = fix_hand_step_line(&s[1]);
	assert_string_equal(line, "between (after the changes): Look at A. [Q262832, lines 52-69]");
	free(line);
	line = fix_hand_step_line(&s[2]);
	assert_non_null(strstr(line, "restart (after the changes): Restart. [kbwiz's advice, "
			       "not in Q262832: a restart starts it]"));
	free(line);
	free(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_steps_fall_before_between_and_after_the_changes),
		cmocka_unit_test(test_nothing_to_repair_or_kbwiz_own_places_nothing),
		cmocka_unit_test(test_the_line_cites_the_article_or_says_it_is_advice),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
