/* kbverify.h: check a rule's cited facts against its article.
 *
 * Every fact of a rule (symptom, log pattern, check, applies condition,
 * remediation step, cause, trigger) carries `cite:` (lines of the article
 * as published) or `inferred:` (kbwiz's own reason); see kb/README.md.
 * kbverify reads the cited lines and checks that they hold what the rule
 * says: event IDs and sources, error codes and messages, key paths (lines
 * joined, case-insensitive, HKEY_LOCAL_MACHINE = HKLM, CurrentControlSet =
 * ControlSet00N), value names, types and data, log lines.  A fact with
 * neither cite nor inferred is a problem too. */
#ifndef KBWIZ_KBVERIFY_H
#define KBWIZ_KBVERIFY_H

#include <stddef.h>

#include "kbwiz/article.h"
#include "kbwiz/error.h"
#include "kbwiz/rule.h"
#include "kbwiz/store.h"

/* One mismatch.  Strings are borrowed for the call only and are
 * untrusted (article text): the front end sanitizes them. */
struct kbverify_problem {
	const char *rule_file;     /* the rule's source path */
	int rule_line;             /* YAML line of the fact */
	const char *field;         /* "symptoms[0].event.source" */
	size_t article_line;       /* first cited line; 0 when none */
	const char *article_says;  /* that line, trimmed; NULL when none */
	const char *rule_says;     /* the rule's value; NULL when none */
	const char *message;       /* when not a says/says mismatch */
};

typedef void (*kbverify_fn)(void *ctx, const struct kbverify_problem *p);

/* Check every fact of r against a (the rule's article).  fn is called per
 * problem; *n_problems (may be NULL) gets their count.  Returns 0 (also
 * when problems were found) or a negative KB_E* code. */
int kbverify_rule(const struct rule *r, const struct kb_article *a,
		  kbverify_fn fn, void *ctx, size_t *n_problems,
		  struct kb_error *err);

/* Find and parse r's article: in paths (files, or folders laid out flat as
 * Q262832.txt or as the archive's txt/262/Q262832.TXT), else, when s is
 * not NULL, in the store's article library.  KB_ENOTFOUND when it is in
 * none; *out is freed with kb_article_free(). */
int kbverify_find_article(const char *article_id, const char *const *paths,
			  size_t n_paths, struct kb_store *s,
			  struct kb_article **out, struct kb_error *err);

#endif
