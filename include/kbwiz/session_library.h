/* session_library.h: the article library as the wizard uses it
 * (session_library.c): the articles a symptom search finds beside the
 * rules, and an article of the library drafted as a rule.  The screens
 * call these, never the store or the library themselves. */
#ifndef KBWIZ_SESSION_LIBRARY_H
#define KBWIZ_SESSION_LIBRARY_H

#include <stddef.h>

#include "kbwiz/error.h"
#include "kbwiz/kbimport.h"
#include "kbwiz/library.h"
#include "kbwiz/session.h"

/* The library's articles for a search beside the rules, best first.
 * The library is reference reading, not a diagnosis: a query it cannot
 * search (no words, only punctuation) finds no article and is no
 * error; a failing store is.  session_search_articles: for step 2 of
 * s, in the store s is kept in. */
int library_find_articles(struct kb_store *store, const char *query, struct library_hit *hits,
			  size_t max, size_t *n_hits, struct kb_error *err);
int session_search_articles(struct session *s, const char *query, struct library_hit *hits,
			    size_t max, size_t *n_hits, struct kb_error *err);

/* A draft rule made from the library's article id (kbimport.h): the YAML
 * and what it holds.  The id is the article's own (letters and digits
 * only, article.h), so "<id>.yaml" is a safe file name. */
struct library_draft {
	char id[32];
	char *yaml;
	size_t len;
	struct kb_import_stats stats;
};
int library_draft_rule(struct kb_store *store, const char *article_id,
		       struct library_draft *out, struct kb_error *err);
void library_draft_free(struct library_draft *d);

#endif
