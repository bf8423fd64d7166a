/* draft_probe.c: importer tests read a draft as a parsed rule. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "draft_probe.h"
#include "kbwiz/article.h"
#include "kbwiz/rule_load.h"

#define BODY_HEAD \
	"DOCUMENT:Q900777  05-MAY-2001  [frob]\n" \
	"TITLE   :Frobnitz Agent Does Not Start\n" \
	"PRODUCT :Frobnitz Server\n" \
	"PROD/VER::3.0\n" \
	"OPER/SYS:\n" \
	"KEYWORDS:kbfrob\n" \
	"\n" \
	"======================================================================\n" \
	"\n" \
	"SYMPTOMS\n" \
	"========\n" \
	"\n" \
	"The agent does not start and logs error 1067.\n" \
	"\n" \
	"RESOLUTION\n" \
	"==========\n"

/* Drafts the parsed article a (taken) and loads the draft as name. */
static void draft_of_article(const char *name, struct kb_article *a, struct draft *d)
{
	struct kb_error err = { "" };

	if (kb_import_article(a, &d->yaml, &d->len, &d->st, &err) != 0)
		fail_msg("%s", err.msg);
	kb_article_free(a);
	if (rule_load_text(name, d->yaml, d->len, &d->r, &err) != 0)
		fail_msg("draft of %s does not load: %s\n%s", name, err.msg, d->yaml);
}

void draft_import_file(const char *path, struct draft *d)
{
	struct kb_error err = { "" };
	struct kb_article *a = NULL;

	memset(d, 0, sizeof *d);
	if (kb_article_load(path, &a, &err) != 0)
		fail_msg("%s", err.msg);
	draft_of_article(path, a, d);
}

void draft_import_body(const char *body, struct draft *d)
{
	struct kb_error err = { "" };
	struct kb_article *a = NULL;
	size_t hl = strlen(BODY_HEAD), bl = strlen(body);
	char *text = malloc(hl + bl + 1);

	assert_non_null(text);
	memcpy(text, BODY_HEAD, hl);
	memcpy(text + hl, body, bl + 1);
	memset(d, 0, sizeof *d);
	if (kb_article_parse("Q900777.txt", text, hl + bl, &a, &err) != 0)
		fail_msg("%s", err.msg);
	free(text);
	draft_of_article("Q900777.txt", a, d);
}

void draft_free(struct draft *d)
{
	rule_free(d->r);
	free(d->yaml);
}

const struct rule_check *draft_check(const struct rule *r, const char *key, const char *value)
{
	size_t i;

	for (i = 0; i < r->n_checks; i++)
		if (strcmp(r->checks[i].key, key) == 0 &&
		    ((value == NULL && r->checks[i].value == NULL) ||
		     (value != NULL && r->checks[i].value != NULL &&
		      strcmp(r->checks[i].value, value) == 0)))
			return &r->checks[i];
	return NULL;
}

const struct rule_fix *draft_fix(const struct rule *r, const char *check_id)
{
	size_t i;

	for (i = 0; i < r->n_fixes; i++)
		if (r->fixes[i].kind == FIX_REGISTRY && strcmp(r->fixes[i].check_id, check_id) == 0)
			return &r->fixes[i];
	return NULL;
}

int draft_review_at(const struct rule *r, int line)
{
	size_t i;

	for (i = 0; i < r->n_reviews; i++)
		if (r->reviews[i].source_line == line)
			return 1;
	return 0;
}
