/* kbimport_measure: how well `kbwiz kb import` reads articles.
 *
 *   kbimport_measure labels LABELDIR ARCHIVE [-v] [--goal P R]
 *       Import every article labelled in LABELDIR/<ID>.yaml (read from
 *       ARCHIVE/<path> as the label file names it) and compare the draft's
 *       facts with the labels: precision and recall per kind of fact
 *       (events: ID and source; errors: code; registry: key, value, type,
 *       data and action).  -v lists every miss and every wrong fact.
 *       With --goal, exits 1 when a kind falls below P% precision or R%
 *       recall.  Errors labelled with message: are measured for their
 *       message too (the "messages" line: a drafted message is right when
 *       it holds the labelled words or they hold it, the shorter at least
 *       half the longer or a whole sentence, clause or bracket of it; a
 *       REVIEW placeholder is a miss, never wrong); --message-goal P R
 *       sets that line's goal.
 *   kbimport_measure coverage [-v] FILE...
 *       Every line of each article that names a registry key, a value, an
 *       event ID or an error code, in any form the importer's review net
 *       knows (kb_import_article_line_names_fact()), must be cited by a
 *       drafted fact or listed in the draft's review: items
 *       (draft_places_line()).  Prints the count of such lines and of those
 *       left out; exits 1 when any is left out.
 *
 * Label files are written one fact per line, as YAML flow mappings:
 *   - {kind: value, line: 58, key: '...', value: 'X', type: REG_DWORD,
 *      data: '0x1', action: set}
 * Kinds: event (id, source; '' when the article names none), error (code;
 * message: the program's words for it, '' when the article gives none),
 * key (key, action), value (key, value, type, data, action), review (a
 * line whose fact the draft must leave to a person: in review: or cited,
 * never a check of its own).  Actions: check, create, set, add (an entry
 * of a list), delete (a key: key-absent; a value: value-absent, with no
 * type or data), remove (an entry of a list: not-contains). */
#include "kbwiz/article.h"
#include "kbwiz/kbimport.h"
#include "kbwiz/rule.h"
#include "kbwiz/rule_load.h"
#include "lib/draft_lines.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum kind { K_EVENT, K_ERROR, K_REGISTRY, K_MESSAGE, K_REVIEW, K_N };
static const char *const kind_names[] = { "events", "errors", "registry", "messages" };

struct fact {
	enum kind kind;
	int line;
	unsigned long id;       /* event id or error code */
	char source[128];
	char key[512], value[256], type[32], data[512], action[16];
	char message[512];      /* an error's message: the program's words */
	int has_message;        /* labelled with message: ('' = the article gives none) */
	int matched;
};

struct tally {
	size_t labelled, found, drafted, right;
	size_t missed_in_review; /* misses whose line the draft lists in review: */
};

/* ---- label files ----------------------------------------------------------- */

/* field: 'quoted ''text''' or plain up to , or } */
static int get_field(const char *map, const char *name, char *out, size_t size)
{
	char pat[40];
	const char *p;
	size_t n = 0;

	snprintf(pat, sizeof pat, "%s: ", name);
	p = strstr(map, pat);
	if (p == NULL || (p > map && p[-1] != ' ' && p[-1] != '{'))
		return -1;
	p += strlen(pat);
	if (*p == '\'') {
		for (p++; *p != '\0'; p++) {
			if (*p == '\'') {
				if (p[1] != '\'')
					break;
				p++;
			}
			if (n + 1 < size)
				out[n++] = *p;
		}
	} else {
		while (*p != '\0' && *p != ',' && *p != '}' && n + 1 < size)
			out[n++] = *p++;
	}
	out[n] = '\0';
	return 0;
}

/* get_message: an error's message: field, read only before its note:
 * (a note may quote "message: ..." itself). */
static int get_message(const char *map, char *out, size_t size)
{
	char head[2048];
	const char *note = strstr(map, ", note: ");

	snprintf(head, sizeof head, "%.*s", note != NULL ? (int)(note - map) : (int)strlen(map), map);
	return get_field(head, "message", out, size);
}

static unsigned long number(const char *s)
{
	return strtoul(s, NULL, 0);
}

static int load_labels(const char *file, char *path, size_t path_size,
		       struct fact **facts, size_t *n)
{
	FILE *f = fopen(file, "r");
	char line[2048], buf[64];
	const char *bad = NULL;
	size_t cap = 0;

	*facts = NULL;
	*n = 0;
	path[0] = '\0';
	if (f == NULL)
		return -1;
	while (fgets(line, sizeof line, f) != NULL) {
		struct fact *x;
		if (strncmp(line, "path: ", 6) == 0) {
			snprintf(path, path_size, "%.*s", (int)(path_size - 1), line + 6);
			path[strcspn(path, "\r\n")] = '\0';
			continue;
		}
		if (strncmp(line, "  - {", 5) != 0)
			continue;
		if (*n == cap) {
			cap = cap ? cap * 2 : 16;
			x = realloc(*facts, cap * sizeof *x);
			if (x == NULL)
				break;
			*facts = x;
		}
		x = &(*facts)[(*n)++];
		memset(x, 0, sizeof *x);
		get_field(line, "kind", buf, sizeof buf);
		x->kind = strcmp(buf, "event") == 0 ? K_EVENT : strcmp(buf, "error") == 0 ? K_ERROR :
			  strcmp(buf, "review") == 0 ? K_REVIEW : K_REGISTRY;
		/* a label the measure cannot read as written is refused, not
		 * counted as something else ("key, '...'" for "key: '...'"
		 * would be a fact with no key, missed by every draft) */
		if (strcmp(buf, "event") != 0 && strcmp(buf, "error") != 0 && strcmp(buf, "review") != 0 &&
		    strcmp(buf, "value") != 0 && strcmp(buf, "key") != 0)
			bad = "its kind is none of event, error, review, value, key";
		if (get_field(line, "line", buf, sizeof buf) == 0)
			x->line = atoi(buf);
		else
			bad = "it has no line";
		if (x->kind == K_EVENT && get_field(line, "id", buf, sizeof buf) == 0)
			x->id = number(buf);
		else if (x->kind == K_EVENT)
			bad = "an event with no id";
		if (x->kind == K_ERROR && get_field(line, "code", buf, sizeof buf) == 0)
			x->id = number(buf);
		else if (x->kind == K_ERROR)
			bad = "an error with no code";
		get_field(line, "source", x->source, sizeof x->source);
		get_field(line, "key", x->key, sizeof x->key);
		get_field(line, "value", x->value, sizeof x->value);
		get_field(line, "type", x->type, sizeof x->type);
		get_field(line, "data", x->data, sizeof x->data);
		get_field(line, "action", x->action, sizeof x->action);
		if (x->kind == K_ERROR)
			x->has_message = get_message(line, x->message, sizeof x->message) == 0;
		if (x->kind == K_REGISTRY && x->key[0] == '\0')
			bad = "a registry fact with no key";
		if (bad != NULL) {
			fprintf(stderr, "%s: fact %zu: %s\n", file, *n, bad);
			break;
		}
	}
	fclose(f);
	return bad != NULL ? -1 : 0;
}

/* ---- drafts as facts ------------------------------------------------------- */

static const char *action_of(const struct rule *r, const struct rule_check *c)
{
	size_t i;

	for (i = 0; i < r->n_fixes; i++) {
		const struct rule_fix *x = &r->fixes[i];
		if (x->kind != FIX_REGISTRY || x->check_id == NULL || strcmp(x->check_id, c->id) != 0)
			continue;
		return x->action == FIX_ACTION_CREATE_KEY ? "create" :
		       x->action == FIX_ACTION_ADD_ENTRY ? "add" :
		       x->action == FIX_ACTION_DELETE_KEY || x->action == FIX_ACTION_DELETE_VALUE ? "delete" :
		       x->action == FIX_ACTION_REMOVE_ENTRY ? "remove" : "set";
	}
	return "check";
}

/* "HKEY_LOCAL_MACHINE\X\" and "hklm\x" compare equal. */
static void norm_key(const char *k, char *out, size_t size)
{
	size_t n = 0;

	if (strncasecmp(k, "HKEY_LOCAL_MACHINE\\", 19) == 0) {
		snprintf(out, size, "HKLM");
		n = 4;
		k += 18;
	}
	for (; *k != '\0' && n + 1 < size; k++)
		out[n++] = (char)tolower((unsigned char)*k);
	while (n > 0 && out[n - 1] == '\\')
		n--;
	out[n] = '\0';
	if (strncmp(out, "hklm", 4) == 0)
		memcpy(out, "HKLM", 4);
}

static int same_data(const char *type, const char *label, const struct rule_check *c)
{
	if (strcmp(type, "REG_DWORD") == 0 || strcmp(type, "REG_QWORD") == 0)
		return c->expect == EXPECT_VALUE_EQUALS && c->number == strtoull(label, NULL, 0);
	/* the engine compares the entries of a list without case
	 * ('contains', 'not-contains'), so the measure does too */
	if (c->expect == EXPECT_MULTI_SZ_CONTAINS || c->expect == EXPECT_NOT_CONTAINS)
		return c->data != NULL && strcasecmp(c->data, label) == 0;
	return c->data != NULL && strcmp(c->data, label) == 0;
}

static int check_matches(const struct rule *r, const struct rule_check *c, const struct fact *f)
{
	char a[512], b[512];

	norm_key(c->key, a, sizeof a);
	norm_key(f->key, b, sizeof b);
	if (strcmp(a, b) != 0 || strcmp(action_of(r, c), f->action) != 0)
		return 0;
	/* a deletion: the check must say the thing is gone */
	if (strcmp(f->action, "delete") == 0 &&
	    c->expect != (f->value[0] == '\0' ? EXPECT_KEY_ABSENT : EXPECT_VALUE_ABSENT))
		return 0;
	if (strcmp(f->action, "remove") == 0 && c->expect != EXPECT_NOT_CONTAINS)
		return 0;
	if (f->value[0] == '\0')
		return c->value == NULL;
	if (c->value == NULL || strcasecmp(c->value, f->value) != 0)
		return 0;
	/* value-absent has no type and no data */
	if (c->expect == EXPECT_VALUE_ABSENT)
		return f->type[0] == '\0' && f->data[0] == '\0';
	if (strcmp(kb_reg_type_name(c->type), f->type) != 0)
		return 0;
	return same_data(f->type, f->data, c);
}

/* A review item that flags the fact at line (or the line of the key or
 * value beside it, two lines either way): not the general "rewrite this
 * step in our own words" or "section ... was read only for facts". */
static int fact_in_review(const struct rule *r, int line)
{
	size_t i;

	for (i = 0; i < r->n_reviews; i++)
		if (r->reviews[i].source_line >= line - 2 && r->reviews[i].source_line <= line + 2 &&
		    r->reviews[i].note != NULL &&
		    strncmp(r->reviews[i].note, "rewrite ", 8) != 0 &&
		    strncmp(r->reviews[i].note, "section ", 8) != 0)
			return 1;
	return 0;
}

static int import_file(const char *path, struct kb_article **art, struct rule **rule)
{
	struct kb_error err = { 0 };
	char *yaml = NULL;
	size_t len = 0;
	int rc;

	*rule = NULL;
	rc = kb_article_load(path, art, &err);
	if (rc != 0) {
		fprintf(stderr, "%s: %s\n", path, err.msg);
		return rc;
	}
	rc = kb_import_article(*art, &yaml, &len, NULL, &err);
	if (rc == 0)
		rc = rule_load_text(path, yaml, len, rule, &err);
	if (rc != 0)
		fprintf(stderr, "%s: draft: %s\n", path, err.msg);
	free(yaml);
	return rc;
}

/* ---- labels mode ------------------------------------------------------------ */

static void measure_article(const char *id, struct rule *r, struct fact *facts, size_t n,
			    struct tally *t, int verbose)
{
	size_t i, j;

	for (i = 0; i < n; i++) {
		struct fact *f = &facts[i];
		int hit = 0;
		if (f->kind == K_REVIEW)
			continue;
		/* the same fact labelled twice counts once */
		for (j = 0; j < i; j++)
			if (facts[j].kind == f->kind && f->kind != K_REGISTRY && facts[j].id == f->id)
				break;
		if (j < i)
			continue;
		t[f->kind].labelled++;
		for (j = 0; j < r->n_symptoms && !hit; j++) {
			const struct rule_symptom *s = &r->symptoms[j];
			if (f->kind == K_EVENT && s->kind == SYMPTOM_EVENT && s->event_id == f->id &&
			    (f->source[0] == '\0' || strcasecmp(s->source, f->source) == 0))
				hit = 1;
			if (f->kind == K_ERROR && s->kind == SYMPTOM_ERROR && s->error_code == f->id)
				hit = 1;
		}
		for (j = 0; j < r->n_checks && !hit && f->kind == K_REGISTRY; j++)
			hit = check_matches(r, &r->checks[j], f);
		int in_review = !hit && fact_in_review(r, f->line);
		if (hit)
			t[f->kind].found++;
		else if (in_review)
			t[f->kind].missed_in_review++;
		if (!hit && verbose)
			printf("%s: line %d: missed%s %s %lu %s%s%s%s%s%s%s %s\n", id, f->line,
			       in_review ? "" : " (no review item)",
			       f->kind == K_EVENT ? "event" : f->kind == K_ERROR ? "error" : "registry",
			       f->id, f->source, f->key, f->value[0] ? " | " : "", f->value,
			       f->value[0] ? " | " : "", f->type, f->value[0] ? " | " : "",
			       f->data[0] || f->action[0] ? f->data : "");
	}
	/* Drafted facts: right when a label holds them. */
	for (j = 0; j < r->n_symptoms; j++) {
		const struct rule_symptom *s = &r->symptoms[j];
		enum kind k;
		int hit = 0;
		if (s->kind == SYMPTOM_QUESTION)
			continue;
		k = s->kind == SYMPTOM_EVENT ? K_EVENT : K_ERROR;
		t[k].drafted++;
		for (i = 0; i < n && !hit; i++) {
			const struct fact *f = &facts[i];
			if (f->kind != k)
				continue;
			if (k == K_EVENT && f->id == s->event_id &&
			    (f->source[0] == '\0' || strcasecmp(s->source, f->source) == 0))
				hit = 1;
			if (k == K_ERROR && f->id == s->error_code)
				hit = 1;
		}
		if (hit)
			t[k].right++;
		else if (verbose)
			printf("%s: wrong %s %u %s\n", id, k == K_EVENT ? "event" : "error",
			       k == K_EVENT ? s->event_id : s->error_code,
			       k == K_EVENT ? s->source : "");
	}
	for (j = 0; j < r->n_checks; j++) {
		const struct rule_check *c = &r->checks[j];
		int hit = 0;
		t[K_REGISTRY].drafted++;
		for (i = 0; i < n && !hit; i++)
			if (facts[i].kind == K_REGISTRY)
				hit = check_matches(r, c, &facts[i]);
		if (hit)
			t[K_REGISTRY].right++;
		else if (verbose)
			printf("%s: wrong check %s | %s | %s | %s | %s\n", id, c->key,
			       c->value ? c->value : "-", kb_reg_type_name(c->type),
			       c->data ? c->data : "", action_of(r, c));
	}
}

/* norm_message: a message as the engine compares it (a case-insensitive
 * substring of the evidence), without the article's wrapping, quotes and
 * closing stop: lower case, one space between words. */
static void norm_message(const char *m, char *out, size_t size)
{
	size_t n = 0, lead = 0;
	int space = 0;

	for (; *m != '\0' && n + 2 < size; m++) {
		unsigned char c = (unsigned char)*m;
		if (isspace(c)) {
			space = n > 0;
			continue;
		}
		if (space)
			out[n++] = ' ';
		space = 0;
		out[n++] = (char)tolower(c);
	}
	while (n > 0 && strchr(".:;,!'\"", out[n - 1]) != NULL)
		n--;
	out[n] = '\0';
	while (out[lead] == '\'' || out[lead] == '"')
		lead++;
	memmove(out, out + lead, n - lead + 1);
}

/* whole_part: the n bytes at p of text are a sentence or clause of it,
 * or all a bracket or quotation holds: they start at its start, after a
 * stop, colon or bracket, or inside an opening bracket or quote, and end
 * at its end or before one ("the system cannot log you on" in "the
 * system cannot log you on (c000015a). please try again", "access
 * violation" in "exception number: c0000005 (access violation)"). */
static int whole_part(const char *text, const char *p, size_t n)
{
	const char *e = p + n;
	int starts = p == text || (p - text >= 2 && p[-1] == ' ' && strchr(".:;!?)]", p[-2]) != NULL) ||
		     (p > text && (p[-1] == '(' || p[-1] == '"'));
	int ends = *e == '\0' || strchr(".,;:!?()\"", *e) != NULL ||
		   (*e == ' ' && e[1] != '\0' && strchr("(.,;:-", e[1]) != NULL);

	return starts && ends;
}

/* messages_agree: the drafted message is the labelled one: one holds the
 * other (the engine finds the shorter wherever the longer is logged) and
 * the shorter is at least half of the longer or a whole sentence or
 * clause of it, so that a stray word of the message ("Exception: access"
 * of "Exception: access violation") is not counted right. */
static int messages_agree(const char *drafted, const char *labelled)
{
	char a[1024], b[1024];
	const char *shorter, *longer, *at;

	norm_message(drafted, a, sizeof a);
	norm_message(labelled, b, sizeof b);
	if (a[0] == '\0' || b[0] == '\0')
		return 0;
	shorter = strlen(a) <= strlen(b) ? a : b;
	longer = shorter == a ? b : a;
	if ((at = strstr(longer, shorter)) == NULL)
		return 0;
	return 2 * strlen(shorter) >= strlen(longer) || whole_part(longer, at, strlen(shorter));
}

/* is_placeholder: a drafted message that asks a person for the words. */
static int is_placeholder(const char *m)
{
	return m == NULL || strncmp(m, "REVIEW:", 7) == 0;
}

/* label_agrees: some message labelled for code (the same code may be
 * labelled on several lines) is the drafted one. */
static int label_agrees(const struct fact *facts, size_t n, unsigned long code, const char *m)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (facts[i].kind == K_ERROR && facts[i].id == code && facts[i].has_message &&
		    messages_agree(m, facts[i].message))
			return 1;
	return 0;
}

/* measure_messages: the messages of the drafted error symptoms against
 * the labels' message: fields.  Recall: each code labelled with a message
 * counts once, found when a drafted symptom of that code carries it.
 * Precision: each drafted message (not a REVIEW placeholder) of a code
 * labelled with message: counts, right when a label of the code agrees;
 * a message drafted where the label says the article gives none is
 * wrong.  A placeholder is a miss left to review, never wrong. */
static void measure_messages(const char *id, const struct rule *r, const struct fact *facts,
			     size_t n, struct tally *t, int verbose)
{
	size_t i, j;

	for (i = 0; i < n; i++) {
		const struct fact *f = &facts[i];
		int hit = 0, placeholder = 0;
		if (f->kind != K_ERROR || !f->has_message || f->message[0] == '\0')
			continue;
		for (j = 0; j < i; j++)
			if (facts[j].kind == K_ERROR && facts[j].id == f->id && facts[j].has_message &&
			    facts[j].message[0] != '\0')
				break;
		if (j < i)
			continue;
		t[K_MESSAGE].labelled++;
		for (j = 0; j < r->n_symptoms && !hit; j++) {
			const struct rule_symptom *s = &r->symptoms[j];
			if (s->kind != SYMPTOM_ERROR || s->error_code != f->id)
				continue;
			if (is_placeholder(s->message))
				placeholder = 1;
			else
				hit = label_agrees(facts, n, f->id, s->message);
		}
		if (hit)
			t[K_MESSAGE].found++;
		else if (placeholder)
			t[K_MESSAGE].missed_in_review++;
		if (!hit && verbose)
			printf("%s: line %d: missed%s message %lu '%s'\n", id, f->line,
			       placeholder ? "" : " (no review item)", f->id, f->message);
	}
	for (j = 0; j < r->n_symptoms; j++) {
		const struct rule_symptom *s = &r->symptoms[j];
		int labelled = 0;
		if (s->kind != SYMPTOM_ERROR || is_placeholder(s->message))
			continue;
		for (i = 0; i < n && !labelled; i++)
			labelled = facts[i].kind == K_ERROR && facts[i].id == s->error_code &&
				   facts[i].has_message;
		if (!labelled)
			continue;
		t[K_MESSAGE].drafted++;
		if (label_agrees(facts, n, s->error_code, s->message))
			t[K_MESSAGE].right++;
		else if (verbose)
			printf("%s: wrong message %u '%s'\n", id, s->error_code, s->message);
	}
}

static double pct(size_t a, size_t b)
{
	return b == 0 ? 100.0 : 100.0 * (double)a / (double)b;
}

/* measure_dir: add the figures of one folder of label files to t[]. */
static int measure_dir(const char *dir, const char *arch, struct tally *t, int verbose,
		       int *articles)
{
	char cmd[4096];
	FILE *ls;
	char name[512];
	int bad = 0;

	snprintf(cmd, sizeof cmd, "ls '%s' | grep '\\.yaml$'", dir);
	ls = popen(cmd, "r");
	if (ls == NULL)
		return 1;
	while (fgets(name, sizeof name, ls) != NULL) {
		char file[1024], path[512], apath[1200], id[64];
		struct fact *facts;
		size_t n;
		struct kb_article *a = NULL;
		struct rule *r = NULL;

		name[strcspn(name, "\n")] = '\0';
		snprintf(file, sizeof file, "%s/%s", dir, name);
		snprintf(id, sizeof id, "%.*s", (int)strcspn(name, "."), name);
		if (load_labels(file, path, sizeof path, &facts, &n) != 0 || path[0] == '\0') {
			fprintf(stderr, "%s: cannot read the labels\n", file);
			bad = 1;
			free(facts);
			continue;
		}
		snprintf(apath, sizeof apath, "%s/%s", arch, path);
		if (import_file(apath, &a, &r) != 0) {
			bad = 1;
		} else {
			measure_article(id, r, facts, n, t, verbose);
			measure_messages(id, r, facts, n, t, verbose);
			for (size_t k = 0; k < n; k++) {
				if (facts[k].kind != K_REVIEW)
					continue;
				t[K_REVIEW].labelled++;
				if (draft_places_line(r, facts[k].line))
					t[K_REVIEW].found++;
				else if (verbose)
					printf("%s: line %d: not in review\n", id, facts[k].line);
			}
			(*articles)++;
		}
		if (r != NULL)
			rule_free(r);
		kb_article_free(a);
		free(facts);
	}
	pclose(ls);
	return bad;
}

/* labels LABELDIR... ARCHIVE: several folders give one pooled figure (the
 * unseen sets together: each alone holds few facts of a kind).  The
 * folders are as many as the command line holds (the pooled unseen sets
 * passed 64 in session 33). */
static int run_labels(int argc, char **argv)
{
	const char **pos, *arch;
	size_t n_pos = 0, d;
	double goal_p = -1, goal_r = -1, goal_mp = -1, goal_mr = -1;
	int verbose = 0, i, bad = 0, articles = 0;
	struct tally t[K_N];

	memset(t, 0, sizeof t);
	if ((pos = calloc((size_t)argc + 1, sizeof *pos)) == NULL) {
		fprintf(stderr, "kbimport_measure: out of memory\n");
		return 2;
	}
	for (i = 0; i < argc; i++) {
		if (strcmp(argv[i], "-v") == 0)
			verbose = 1;
		else if (strcmp(argv[i], "--goal") == 0 && i + 2 < argc) {
			goal_p = atof(argv[++i]);
			goal_r = atof(argv[++i]);
		} else if (strcmp(argv[i], "--message-goal") == 0 && i + 2 < argc) {
			goal_mp = atof(argv[++i]);
			goal_mr = atof(argv[++i]);
		} else
			pos[n_pos++] = argv[i];
	}
	if (n_pos < 2) {
		fprintf(stderr, "usage: kbimport_measure labels LABELDIR... ARCHIVE [-v] [--goal P R]"
				" [--message-goal P R]\n");
		free(pos);
		return 2;
	}
	arch = pos[n_pos - 1];
	for (d = 0; d + 1 < n_pos; d++)
		bad |= measure_dir(pos[d], arch, t, verbose, &articles);
	printf("labelled articles: %d\n", articles);
	for (i = 0; i < K_REVIEW; i++) {
		double p = pct(t[i].right, t[i].drafted), rc = pct(t[i].found, t[i].labelled);
		if (i == K_MESSAGE && t[i].labelled == 0 && t[i].drafted == 0) {
			printf("messages  none labelled (no error fact has a message: field)\n");
			continue;
		}
		printf("%-9s precision %5.1f%% (%zu of %zu drafted)  recall %5.1f%% (%zu of %zu labelled)"
		       "  misses in review %zu of %zu\n",
		       kind_names[i], p, t[i].right, t[i].drafted, rc, t[i].found, t[i].labelled,
		       t[i].missed_in_review, t[i].labelled - t[i].found);
		/* messages have their own goal: the is for facts */
		if (i != K_MESSAGE && goal_p >= 0 && (p < goal_p || rc < goal_r))
			bad = 1;
		if (i == K_MESSAGE && goal_mp >= 0 && (p < goal_mp || rc < goal_mr))
			bad = 1;
	}
	/* lines labelled 'review': facts the draft must leave to a person */
	printf("review    lines placed (in review: or cited) %zu of %zu labelled\n",
	       t[K_REVIEW].found, t[K_REVIEW].labelled);
	free(pos);
	return bad;
}

/* ---- coverage mode ---------------------------------------------------------- */

static int run_coverage(int argc, char **argv)
{
	int i, verbose = 0, bad = 0;
	size_t lines = 0, left = 0, files = 0;

	for (i = 0; i < argc; i++) {
		struct kb_article *a = NULL;
		struct rule *r = NULL;
		size_t n;

		if (strcmp(argv[i], "-v") == 0) {
			verbose = 1;
			continue;
		}
		if (import_file(argv[i], &a, &r) != 0) {
			kb_article_free(a);
			continue; /* refused: the importer says why */
		}
		files++;
		for (n = a->body_first; n < a->body_end; n++) {
			const char *s = kb_article_line(a, n);
			if (s == NULL || !kb_import_article_line_names_fact(a, n))
				continue;
			lines++;
			if (!draft_places_line(r, (int)n)) {
				left++;
				if (verbose)
					printf("%s:%zu: not placed: %.100s\n", argv[i], n, s);
			}
		}
		rule_free(r);
		kb_article_free(a);
	}
	printf("coverage: %zu article(s), %zu line(s) naming a fact, %zu not placed\n",
	       files, lines, left);
	if (left > 0)
		bad = 1;
	return bad;
}

int main(int argc, char **argv)
{
	if (argc >= 2 && strcmp(argv[1], "labels") == 0)
		return run_labels(argc - 2, argv + 2);
	if (argc >= 2 && strcmp(argv[1], "coverage") == 0)
		return run_coverage(argc - 2, argv + 2);
	fprintf(stderr, "usage: kbimport_measure labels LABELDIR... ARCHIVE [-v] [--goal P R]\n"
			"       kbimport_measure coverage [-v] FILE...\n");
	return 2;
}
