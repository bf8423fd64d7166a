/* session_library.c: the article library as the wizard uses it: the
 * articles beside a symptom search, an article drafted as a rule. */
#include "kbwiz/session_library.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kbwiz/article.h"

int library_find_articles(struct kb_store *store, const char *query, struct library_hit *hits,
			  size_t max, size_t *n_hits, struct kb_error *err)
{
	struct kb_error why = { "" };
	int rc;

	*n_hits = 0;
	rc = library_search(store, query, hits, max, n_hits, &why);
	/* Nothing to search for in the query: no article, no error. */
	if (rc == KB_EINVAL) {
		*n_hits = 0;
		return 0;
	}
	if (rc != 0)
		*err = why;
	return rc;
}

int session_search_articles(struct session *s, const char *query, struct library_hit *hits,
			    size_t max, size_t *n_hits, struct kb_error *err)
{
	return library_find_articles(session_store(s), query, hits, max, n_hits, err);
}

int library_draft_rule(struct kb_store *store, const char *article_id,
		       struct library_draft *out, struct kb_error *err)
{
	struct library_article *a = NULL;
	struct kb_article *art = NULL;
	int rc;

	memset(out, 0, sizeof *out);
	rc = library_get(store, article_id, &a, err);
	/* Parsed as the file it came from, so its problems name that file. */
	if (rc == 0)
		rc = kb_article_parse(a->source_path != NULL && a->source_path[0] ? a->source_path :
				      a->id, a->text, a->text_len, &art, err);
	if (rc == 0)
		rc = kb_import_article(art, &out->yaml, &out->len, &out->stats, err);
	if (rc == 0)
		snprintf(out->id, sizeof out->id, "%s", art->id);
	else
		library_draft_free(out);
	kb_article_free(art);
	library_article_free(a);
	return rc;
}

void library_draft_free(struct library_draft *d)
{
	free(d->yaml);
	d->yaml = NULL;
	d->len = 0;
}
