/* kbverify_prose.c: the words of a rule's cited prose that carry a fact,
 * each vouched for by its cited lines (kbverify_prose.h).
 *
 * The prose is ours and paraphrases the article, so only two things are
 * compared: names and numbers, which a paraphrase keeps as they are, and
 * the kind of claim a sentence makes (a negation, a restriction, a reason,
 * a condition, a retry), which the lines must make too, in any words of
 * that kind.  Everything else (ordinary words) is left to a person. */
#include "kbwiz/kbverify_prose.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "kbwiz/strbuf.h"
#include "kbwiz/strutil.h"

/* A kind of claim: the prose words that make it, and the article words
 * that vouch for it (besides the prose words themselves).  A word ending
 * in '*' is a prefix. */
struct claim_kind {
	const char *kind;
	const char *const *says;
	const char *const *vouch;
};

static const char *const neg_says[] = { "not", "no", "never", "cannot", "none", "nor",
					"without", NULL };
static const char *const neg_vouch[] = { "unable", "fail*", "missing", "absent", "neither",
					 "stop*", "disabled", "lost", NULL };
static const char *const only_says[] = { "only", "solely", "exclusively", NULL };
static const char *const only_vouch[] = { "just", NULL };
static const char *const always_says[] = { "always", "every", "whenever", NULL };
static const char *const always_vouch[] = { "each", "all", "any", NULL };
static const char *const reason_says[] = { "because", "so", "therefore", "thus", "hence",
					   "consequently", "since", "due", NULL };
static const char *const reason_vouch[] = { "caus*", "result*", "reason*", "prevent*", NULL };
static const char *const cond_says[] = { "if", "unless", "until", "when", NULL };
static const char *const cond_vouch[] = { "whenever", "where", "whether", "after", "before",
					  "once", "should", NULL };
static const char *const retry_says[] = { "again", "retry", "confirm*", "verif*", "works",
					  "succeed*", "success*", NULL };
static const char *const retry_vouch[] = { NULL };

static const struct claim_kind claim_kinds[] = {
	{ "a negation", neg_says, neg_vouch },
	{ "a restriction", only_says, only_vouch },
	{ "a generalisation", always_says, always_vouch },
	{ "a reason or consequence", reason_says, reason_vouch },
	{ "a condition", cond_says, cond_vouch },
	{ "a retry or confirmation", retry_says, retry_vouch },
};

#define N_KINDS (sizeof claim_kinds / sizeof claim_kinds[0])

struct prose {
	const char *cited;
	char *cited_lower;         /* cited, lower case */
	kbprose_fn fn;
	void *ctx;
	struct kb_buf reported;    /* "\nword\n..." already reported */
	int n;
};

/* word (lower case) against a list entry, '*' ending a prefix. */
static int word_is(const char *word, size_t len, const char *entry)
{
	size_t n = strlen(entry);

	if (n > 0 && entry[n - 1] == '*')
		return len >= n - 1 && strncmp(word, entry, n - 1) == 0;
	return len == n && strncmp(word, entry, n) == 0;
}

static int in_list(const char *word, size_t len, const char *const *list)
{
	for (; *list != NULL; list++)
		if (word_is(word, len, *list))
			return 1;
	return 0;
}


/* Some word of the lines is of this kind. */
static int lines_make(const struct prose *pr, const struct claim_kind *k)
{
	const char *p = pr->cited_lower;

	while (*p != '\0') {
		const char *w;

		while (*p != '\0' && !isalpha((unsigned char)*p))
			p++;
		w = p;
		p = kb_word_end(w);
		if (p == w)
			continue;
		if (in_list(w, (size_t)(p - w), k->says) || in_list(w, (size_t)(p - w), k->vouch))
			return 1;
		if (k->says == neg_says && kb_word_negates(w, (size_t)(p - w)))
			return 1;
	}
	return 0;
}

static void report(struct prose *pr, const char *word, const char *kind)
{
	char *key;
	size_t i;

	if ((key = malloc(strlen(word) + 3)) == NULL) {
		pr->reported.oom = 1;
		return;
	}
	key[0] = '\n';
	for (i = 0; word[i] != '\0'; i++)
		key[i + 1] = (char)tolower((unsigned char)word[i]);
	key[i + 1] = '\n';
	key[i + 2] = '\0';
	if (pr->reported.p == NULL || strstr(pr->reported.p, key) == NULL) {
		if (pr->reported.len == 0)
			kb_buf_putc(&pr->reported, '\n');
		kb_buf_puts(&pr->reported, key + 1);
		pr->n++;
		if (pr->fn != NULL)
			pr->fn(pr->ctx, word, kind);
	}
	free(key);
}

/* "SP5" is written "Service Pack 5" as often. */
static int service_pack_vouched(const struct prose *pr, const char *name)
{
	char spelled[40];

	if (strncasecmp(name, "sp", 2) != 0 || !isdigit((unsigned char)name[2]))
		return 0;
	snprintf(spelled, sizeof spelled, "service pack %s", name + 2);
	return kbverify_text_has(pr->cited, spelled);
}

static int all_digits(const char *s)
{
	if (*s == '\0')
		return 0;
	for (; *s != '\0'; s++)
		if (!isdigit((unsigned char)*s))
			return 0;
	return 1;
}

/* A name or number the lines must hold. */
static void want_name(struct prose *pr, const char *name)
{
	const char *kind = "a name";
	const char *p;

	for (p = name; *p != '\0'; p++)
		if (isdigit((unsigned char)*p))
			kind = "a number";
	if (all_digits(name)) {
		if (strlen(name) <= 19 &&
		    kbverify_text_has_number(pr->cited, strtoull(name, NULL, 10), 0))
			return;
	} else if (name[0] == '0' && (name[1] == 'x' || name[1] == 'X') &&
		   name[2] != '\0' && strlen(name) <= 18 &&
		   strspn(name + 2, "0123456789abcdefABCDEF") == strlen(name + 2)) {
		/* 0x6B8 is 1720 however the lines write it. */
		if (kbverify_text_has_number(pr->cited, strtoull(name + 2, NULL, 16), 0))
			return;
	} else if (kbverify_text_has(pr->cited, name) || service_pack_vouched(pr, name)) {
		return;
	}
	report(pr, name, kind);
}

/* A key path: each component (placeholders such as <service> and
 * wildcards aside). */
static void want_path(struct prose *pr, char *path)
{
	char *part = path, *end;

	for (;;) {
		end = strchr(part, '\\');
		if (end != NULL)
			*end = '\0';
		if (*part != '\0' && strchr(part, '<') == NULL && strchr(part, '>') == NULL &&
		    strcmp(part, "*") != 0 && strcmp(part, "...") != 0)
			want_name(pr, part);
		if (end == NULL)
			break;
		part = end + 1;
	}
}

/* A word that names something: a digit, a capital after its first letter
 * (ImagePath, DLC), a dot, underscore or '%' inside (MUP.SYS,
 * %SystemRoot%), or a capital inside a sentence (Spooler). */
static int names_something(const char *w, int sentence_start)
{
	const char *p;

	for (p = w; *p != '\0'; p++) {
		if (isdigit((unsigned char)*p) || *p == '_' || *p == '%')
			return 1;
		if (p > w && isupper((unsigned char)*p))
			return 1;
		if (p > w && *p == '.' && p[1] != '\0')
			return 1;
	}
	return !sentence_start && isupper((unsigned char)w[0]);
}

static void check_word(struct prose *pr, char *w, int sentence_start)
{
	char lower[64];
	size_t len = strlen(w), i;

	if (strchr(w, '<') != NULL && strchr(w, '\\') == NULL)
		return;                 /* a placeholder: <service name> */
	if (strchr(w, '\\') != NULL) {
		want_path(pr, w);
		return;
	}
	if (len < sizeof lower) {
		for (i = 0; i <= len; i++)
			lower[i] = (char)tolower((unsigned char)w[i]);
		for (i = 0; i < N_KINDS; i++) {
			const struct claim_kind *k = &claim_kinds[i];
			if ((in_list(lower, len, k->says) ||
			     (k->says == neg_says && kb_word_negates(lower, len))) &&
			    !lines_make(pr, k))
				report(pr, w, k->kind);
		}
	}
	if (names_something(w, sentence_start))
		want_name(pr, w);
}

/* Quoted phrases ("...") must be in the lines as they are (a final full
 * stop aside). */
static void check_quotes(struct prose *pr, const char *s)
{
	const char *open, *close;

	while ((open = strchr(s, '"')) != NULL && (close = strchr(open + 1, '"')) != NULL) {
		char *q = strndup(open + 1, (size_t)(close - open - 1));
		size_t len;

		if (q == NULL) {
			pr->reported.oom = 1;
			return;
		}
		len = strlen(q);
		while (len > 0 && (q[len - 1] == '.' || isspace((unsigned char)q[len - 1])))
			q[--len] = '\0';
		if (len > 0 && !kbverify_text_has(pr->cited, q))
			report(pr, q, "a quotation");
		free(q);
		s = close + 1;
	}
}

/* Punctuation around a word is not part of it: "(ImagePath)," is
 * ImagePath; a key path keeps its inner backslashes. */
static void strip_word(char *w)
{
	size_t len = strlen(w), lead = 0;

	while (len > 0 && strchr(".,;:!?)]}\"'", w[len - 1]) != NULL)
		w[--len] = '\0';
	while (lead < len && strchr("([{\"'", w[lead]) != NULL)
		lead++;
	memmove(w, w + lead, len - lead + 1);
	len -= lead;
	/* The Spooler's dependency names the Spooler. */
	if (len > 2 && (strcmp(w + len - 2, "'s") == 0))
		w[len - 2] = '\0';
	else if (len > 4 && strcmp(w + len - 4, "\xe2\x80\x99s") == 0)
		w[len - 4] = '\0';
}

int kbverify_prose(const char *prose, const char *cited, kbprose_fn fn,
		   void *ctx)
{
	struct prose pr = { cited, NULL, fn, ctx, KB_BUF_INIT, 0 };
	const char *p = prose;
	int sentence_start = 1, rc;
	size_t i;

	if ((pr.cited_lower = strdup(cited)) == NULL)
		return -1;
	for (i = 0; pr.cited_lower[i] != '\0'; i++)
		pr.cited_lower[i] = (char)tolower((unsigned char)pr.cited_lower[i]);
	check_quotes(&pr, prose);
	while (*p != '\0') {
		const char *start;
		char *word, *piece, *save = NULL;
		int ends_sentence;
		size_t len;

		while (isspace((unsigned char)*p))
			p++;
		start = p;
		while (*p != '\0' && !isspace((unsigned char)*p))
			p++;
		if (p == start)
			break;
		if ((word = strndup(start, (size_t)(p - start))) == NULL) {
			pr.reported.oom = 1;
			break;
		}
		len = strlen(word);
		while (len > 0 && strchr(")]}\"'", word[len - 1]) != NULL)
			len--;
		ends_sentence = len > 0 && strchr(".!?:;", word[len - 1]) != NULL;
		/* "7000/7001" and "ClusSvc/ClusNet" name two things. */
		for (piece = strtok_r(word, "/", &save); piece != NULL;
		     piece = strtok_r(NULL, "/", &save)) {
			strip_word(piece);
			if (*piece != '\0')
				check_word(&pr, piece, sentence_start);
			sentence_start = 0;
		}
		sentence_start = ends_sentence;
		free(word);
	}
	rc = pr.reported.oom ? -1 : pr.n;
	free(pr.cited_lower);
	kb_buf_free(&pr.reported);
	return rc;
}
