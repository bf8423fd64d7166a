/* draft_probe.h: importer tests read a draft as a parsed rule (not part
 * of kbwiz).  Each import fails the running cmocka test when the article
 * does not parse or the draft does not load: only its review items may
 * keep a draft out of the store.  Unit tests only, included after
 * <cmocka.h>: tests/lib is also built by `make run`, where cmocka is
 * not installed. */
#ifndef KBWIZ_DRAFT_PROBE_H
#define KBWIZ_DRAFT_PROBE_H

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kbwiz/article.h"
#include "kbwiz/kbimport.h"
#include "kbwiz/rule.h"
#include "kbwiz/rule_load.h"
#include "lib/draft_lines.h"

struct draft {
	char *yaml;                     /* the draft as written */
	size_t len;
	struct kb_import_stats st;
	struct rule *r;                 /* the draft loaded */
};

/* A made-up article's last line, its query words; and a RESOLUTION
 * section to close a case's body with (FIX_WORDS_NO_END when another
 * section follows it). */
#define END_WORDS "Additional query words: frob\n"
#define FIX_WORDS_NO_END "\nRESOLUTION\n==========\n\nApply the latest service pack.\n\n"
#define FIX_WORDS FIX_WORDS_NO_END END_WORDS

/* The lines of a made-up article before its first section heading:
 * document line (id "Q9007nn"), title, product lines and the rule.  Nine
 * lines, so a heading that follows is line 10. */
#define ARTICLE_HEAD(id, title) \
	"DOCUMENT:" id "  05-MAY-2001  [frob]\n" \
	"TITLE   :" title "\n" \
	"PRODUCT :Frobnitz Server\n" \
	"PROD/VER::3.0\n" \
	"OPER/SYS:\n" \
	"KEYWORDS:kbfrob\n" \
	"\n" \
	"======================================================================\n" \
	"\n"

/* The same for an article about Exchange (its category and product),
 * where a service's short name ("MTA") is read as the name it logs
 * under. */
#define EXCHANGE_ARTICLE_HEAD(id, title) \
	"DOCUMENT:" id "  05-MAY-2001  [exchange]\n" \
	"TITLE   :" title "\n" \
	"PRODUCT :Microsoft Exchange\n" \
	"PROD/VER:winnt:5.0\n" \
	"OPER/SYS:\n" \
	"KEYWORDS:kbfrob\n" \
	"\n" \
	"======================================================================\n" \
	"\n"

/* A head that opens the body under SYMPTOMS (what the body names is what
 * the technician sees), and a how-to's head whose body is its MORE
 * INFORMATION (documentation, no problem described) after a one-line
 * summary. */
#define SYMPTOMS_ARTICLE(title) ARTICLE_HEAD("Q900777", title) "SYMPTOMS\n" "========\n"
#define EXCHANGE_SYMPTOMS_ARTICLE(title) EXCHANGE_ARTICLE_HEAD("Q900777", title) "SYMPTOMS\n" "========\n"
/* A head whose body opens under SUMMARY: the title decides what a list
 * of codes there is. */
#define SUMMARY_ARTICLE(title) ARTICLE_HEAD("Q900777", title) "SUMMARY\n" "=======\n"
#define HOW_TO_ARTICLE(title, summary) \
	ARTICLE_HEAD("Q900777", title) "SUMMARY\n" "=======\n\n" summary "\n\n" "MORE INFORMATION\n" "================\n"

#define BODY_HEAD \
	ARTICLE_HEAD("Q900777", "Frobnitz Agent Does Not Start") \
	"SYMPTOMS\n" \
	"========\n" \
	"\n" \
	"The agent does not start and logs error 1067.\n" \
	"\n" \
	"RESOLUTION\n" \
	"==========\n"

/* Step 1 of a made-up procedure after BODY_HEAD (lines 17-19): step 2
 * starts on line 20. */
#define START_REGEDT32 \
	"\n" \
	"1. Start Registry Editor (Regedt32.exe).\n" \
	"\n"

/* Two steps over a blank line: locate the key ...\Frob\Parameters (the
 * key on its fourth line), then "Add the following value:" and a blank
 * line, the value's block to follow (from its eighth line). */
#define LOCATE_THEN_ADD \
	"\n" \
	"1. Locate the following registry key:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n" \
	"\n" \
	"2. Add the following value:\n" \
	"\n"

/* A lead-in paragraph after BODY_HEAD (lines 17-19), then a fix: the key
 * HKLM\SYSTEM\CurrentControlSet\Services\Frob\Parameters located on line
 * 23 and the value FrobLimit (REG_DWORD, 1) added in a block on lines
 * 27-29. */
#define LEAD_THEN_FIX(lead) \
	"\n" \
	lead "\n" \
	LOCATE_THEN_ADD \
	"   Value Name: FrobLimit\n" \
	"   Data Type: REG_DWORD\n" \
	"   Data: 1\n"

/* Drafts the parsed article a (taken) and loads the draft as name. */
static inline void draft_of_article(const char *name, struct kb_article *a, struct draft *d)
{
	struct kb_error err = { "" };

	if (kb_import_article(a, &d->yaml, &d->len, &d->st, &err) != 0)
		fail_msg("%s", err.msg);
	kb_article_free(a);
	if (rule_load_text(name, d->yaml, d->len, &d->r, &err) != 0)
		fail_msg("draft of %s does not load: %s\n%s", name, err.msg, d->yaml);
}

/* The draft of the article file at path; its rule (d->r). */
static inline struct rule *draft_import_file(const char *path, struct draft *d)
{
	struct kb_error err = { "" };
	struct kb_article *a = NULL;

	memset(d, 0, sizeof *d);
	if (kb_article_load(path, &a, &err) != 0)
		fail_msg("%s", err.msg);
	draft_of_article(path, a, d);
	return d->r;
}

/* A made-up article: head (DOCUMENT .. its first section heading) and
 * body joined, parsed as file name (the caller frees it). */
static inline struct kb_article *draft_parse_head_body(const char *name, const char *head,
							const char *body)
{
	struct kb_error err = { "" };
	struct kb_article *a = NULL;
	size_t hl = strlen(head), bl = strlen(body);
	char *text = malloc(hl + bl + 1);

	assert_non_null(text);
	memcpy(text, head, hl);
	memcpy(text + hl, body, bl + 1);
	if (kb_article_parse(name, text, hl + bl, &a, &err) != 0)
		fail_msg("%s", err.msg);
	free(text);
	return a;
}

/* The draft of a made-up article: head (DOCUMENT .. its first section
 * heading) and body joined, parsed as file name. */
static inline void draft_import_head_body(const char *name, const char *head, const char *body,
					  struct draft *d)
{
	struct kb_article *a = draft_parse_head_body(name, head, body);

	memset(d, 0, sizeof *d);
	draft_of_article(name, a, d);
}

/* The draft of a made-up article Q900777: the fixed 16-line header and
 * SYMPTOMS section above, then body, whose first line is line 17. */
static inline void draft_import_body(const char *body, struct draft *d)
{
	draft_import_head_body("Q900777.txt", BODY_HEAD, body, d);
}

static inline void draft_free(struct draft *d)
{
	rule_free(d->r);
	free(d->yaml);
}

/* The check on key (and value; NULL for a key check), or NULL. */
static inline const struct rule_check *draft_check(const struct rule *r, const char *key, const char *value)
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

/* Whether check c cites article line line. */
static inline int draft_cites(const struct rule_check *c, int line)
{
	return draft_cite_has_line(&c->cite, line);
}

/* The registry repair of check check_id, or NULL. */
static inline const struct rule_fix *draft_fix(const struct rule *r, const char *check_id)
{
	size_t i;

	for (i = 0; i < r->n_fixes; i++)
		if (r->fixes[i].kind == FIX_REGISTRY && strcmp(r->fixes[i].check_id, check_id) == 0)
			return &r->fixes[i];
	return NULL;
}

/* How many registry repairs the draft carries. */
static inline size_t draft_registry_fixes(const struct rule *r)
{
	size_t i, n = 0;

	for (i = 0; i < r->n_fixes; i++)
		if (r->fixes[i].kind == FIX_REGISTRY)
			n++;
	return n;
}

/* The event symptom with id, or NULL. */
static inline const struct rule_symptom *draft_event(const struct rule *r, unsigned id)
{
	size_t i;

	for (i = 0; i < r->n_symptoms; i++)
		if (r->symptoms[i].kind == SYMPTOM_EVENT && r->symptoms[i].event_id == id)
			return &r->symptoms[i];
	return NULL;
}

/* The error symptom with code, or NULL. */
static inline const struct rule_symptom *draft_error(const struct rule *r, unsigned code)
{
	size_t i;

	for (i = 0; i < r->n_symptoms; i++)
		if (r->symptoms[i].kind == SYMPTOM_ERROR && r->symptoms[i].error_code == code)
			return &r->symptoms[i];
	return NULL;
}

/* Whether a review item cites article line line. */
static inline int draft_review_at(const struct rule *r, int line)
{
	return draft_review_on_line(r, line);
}

/* Whether a review item on article line line (0: any line) says text. */
static inline int draft_review_says(const struct rule *r, int line, const char *text)
{
	size_t i;

	for (i = 0; i < r->n_reviews; i++)
		if ((line == 0 || r->reviews[i].source_line == line) &&
		    strstr(r->reviews[i].note, text) != NULL)
			return 1;
	return 0;
}

/* ---- table-driven draft tests --------------------------------------------
 *
 * Most importer tests have one shape: a made-up article, its draft, what the
 * draft holds and what it must not hold.  A case says that in a table row;
 * each expectation is one string:
 *   "check KEY"             a key check on KEY ("check KEY|VALUE": a value
 *                           check; "check KEY|VALUE = DATA": with that data,
 *                           a DWORD's or QWORD's as its decimal number;
 *                           "check REG_DWORD KEY|VALUE ...": of that type)
 *   "absent KEY"            a check that KEY is absent ("absent KEY|VALUE":
 *                           that the value is)
 *   "repair KEY|VALUE"      that check, with a registry repair
 *   "review N: TEXT"        a review item on article line N saying TEXT
 *                           ("review N": any item on line N; N 0: any line)
 *   "checks N"              exactly N checks ("repairs N": registry repairs)
 *   "event N"               an event symptom with ID N ("event N from SOURCE":
 *                           with that source; "from TEXT*": a source that
 *                           starts with TEXT)
 *   "error CODE"            an error symptom with CODE ("0x..." for hex)
 *   anything else           text in the draft's YAML
 * In lacks, each must be false ("repair K|V" in lacks: no repair on that
 * check, whether or not the check is drafted). */
struct draft_case {
	const char *what;               /* the behaviour shown, named on failure */
	const char *body;               /* after BODY_HEAD: its first line is 17 */
	const char *holds[10];          /* NULL-ended */
	const char *lacks[10];          /* NULL-ended */
};

/* The check named "KEY|VALUE" or "KEY" (s to end), with "= DATA" split off
 * into *data (NULL when none). */
static inline const struct rule_check *draft_named_check(const struct rule *r, const char *s,
							 const char **data)
{
	char buf[512];
	char *bar, *eq;

	snprintf(buf, sizeof buf, "%s", s);
	*data = NULL;
	if ((eq = strstr(buf, " = ")) != NULL) {
		*eq = '\0';
		*data = s + (eq - buf) + 3;
	}
	if ((bar = strchr(buf, '|')) != NULL)
		*bar = '\0';
	return draft_check(r, buf, bar != NULL ? bar + 1 : NULL);
}

/* Whether expectation e (see struct draft_case) holds for draft d. */
static inline int draft_says(const struct draft *d, const char *e)
{
	const struct rule_check *c;
	const char *data;
	char num[32];

	if (strncmp(e, "check ", 6) == 0) {
		const char *type = NULL, *name = e + 6;
		size_t tl = 0;
		if (strncmp(name, "REG_", 4) == 0) {     /* keys start HK: a type */
			type = name;
			tl = strcspn(name, " ");
			name += tl + (name[tl] == ' ');
		}
		if ((c = draft_named_check(d->r, name, &data)) == NULL)
			return 0;
		if (type != NULL && (strlen(kb_reg_type_name(c->type)) != tl ||
				     strncmp(kb_reg_type_name(c->type), type, tl) != 0))
			return 0;
		if (data == NULL)
			return 1;
		if (c->type != KB_REG_DWORD && c->type != KB_REG_QWORD)
			return c->data != NULL && strcmp(c->data, data) == 0;
		snprintf(num, sizeof num, "%llu", (unsigned long long)c->number);
		return strcmp(num, data) == 0;
	}
	if (strncmp(e, "absent ", 7) == 0)
		return (c = draft_named_check(d->r, e + 7, &data)) != NULL &&
		       c->expect == (c->value != NULL ? EXPECT_VALUE_ABSENT : EXPECT_KEY_ABSENT);
	if (strncmp(e, "repair ", 7) == 0)
		return (c = draft_named_check(d->r, e + 7, &data)) != NULL && draft_fix(d->r, c->id) != NULL;
	if (strncmp(e, "review ", 7) == 0) {
		char *end;
		long line = strtol(e + 7, &end, 10);
		if (*end == '\0')
			return draft_review_at(d->r, (int)line);
		return strncmp(end, ": ", 2) == 0 && draft_review_says(d->r, (int)line, end + 2);
	}
	if (strncmp(e, "event ", 6) == 0) {
		char *end;
		const struct rule_symptom *ev = draft_event(d->r, (unsigned)strtoul(e + 6, &end, 10));
		size_t sl;
		if (ev == NULL || strncmp(end, " from ", 6) != 0)
			return ev != NULL;
		end += 6;
		sl = strlen(end);
		if (sl > 0 && end[sl - 1] == '*')
			return ev->source != NULL && strncmp(ev->source, end, sl - 1) == 0;
		return ev->source != NULL && strcmp(ev->source, end) == 0;
	}
	if (strncmp(e, "error ", 6) == 0)
		return draft_error(d->r, (unsigned)strtoul(e + 6, NULL, 0)) != NULL;
	if (strncmp(e, "checks ", 7) == 0)
		return d->r->n_checks == (size_t)strtoul(e + 7, NULL, 10);
	if (strncmp(e, "repairs ", 8) == 0)
		return draft_registry_fixes(d->r) == (size_t)strtoul(e + 8, NULL, 10);
	return strstr(d->yaml, e) != NULL;
}

/* Drafts each case's article, named name, with head (DOCUMENT .. its first
 * section heading) above the case's body, and fails the running test,
 * naming the case and the expectation, at the first that does not hold. */
static inline void draft_expect_cases_head(const char *name, const char *head,
					   const struct draft_case *cases, size_t n)
{
	size_t i, k;

	for (i = 0; i < n; i++) {
		struct draft d;
		draft_import_head_body(name, head, cases[i].body, &d);
		for (k = 0; k < 10 && cases[i].holds[k] != NULL; k++)
			if (!draft_says(&d, cases[i].holds[k]))
				fail_msg("%s: the draft should hold \"%s\"\n%s", cases[i].what, cases[i].holds[k], d.yaml);
		for (k = 0; k < 10 && cases[i].lacks[k] != NULL; k++)
			if (draft_says(&d, cases[i].lacks[k]))
				fail_msg("%s: the draft should not hold \"%s\"\n%s", cases[i].what, cases[i].lacks[k], d.yaml);
		draft_free(&d);
	}
}

/* draft_expect_cases_head() over a whole array of cases, the made-up
 * article named Q900777.txt. */
#define DRAFT_EXPECT_ALL(head, cases) \
	draft_expect_cases_head("Q900777.txt", (head), (cases), sizeof(cases) / sizeof((cases)[0]))

/* As draft_expect_cases_head(), each body under the fixed header and
 * SYMPTOMS section of Q900777. */
static inline void draft_expect_cases(const struct draft_case *cases, size_t n)
{
	draft_expect_cases_head("Q900777.txt", BODY_HEAD, cases, n);
}

/* Each line of names[] of the article made of body (after BODY_HEAD)
 * names a fact in the review net's terms, and no line of none[] does. */
static inline void expect_net_lines(const char *body, const size_t *names, size_t n_names, const size_t *none,
				    size_t n_none)
{
	struct kb_article *a = draft_parse_head_body("Q900777.txt", BODY_HEAD, body);
	size_t i;

	for (i = 0; i < n_names; i++)
		if (!kb_import_article_line_names_fact(a, names[i]))
			fail_msg("line %zu (%s) should name a fact", names[i], kb_article_line(a, names[i]));
	for (i = 0; i < n_none; i++)
		if (kb_import_article_line_names_fact(a, none[i]))
			fail_msg("line %zu (%s) should name no fact", none[i], kb_article_line(a, none[i]));
	kb_article_free(a);
}

#endif
