/* draft_lines.c: which article lines a loaded draft places (draft_lines.h). */
#include "lib/draft_lines.h"

#include <stddef.h>

int draft_cite_has_line(const struct rule_cite *c, int line)
{
	size_t i;

	for (i = 0; i < c->n_ranges; i++)
		if (line >= c->ranges[i].first && line <= c->ranges[i].last)
			return 1;
	return 0;
}

int draft_review_on_line(const struct rule *r, int line)
{
	size_t i;

	for (i = 0; i < r->n_reviews; i++)
		if (r->reviews[i].source_line == line)
			return 1;
	return 0;
}

int draft_places_line(const struct rule *r, int line)
{
	size_t i;

	if (draft_review_on_line(r, line))
		return 1;
	for (i = 0; i < r->n_symptoms; i++)
		if (draft_cite_has_line(&r->symptoms[i].cite, line))
			return 1;
	for (i = 0; i < r->n_checks; i++)
		if (draft_cite_has_line(&r->checks[i].cite, line))
			return 1;
	for (i = 0; i < r->n_applies; i++)
		if (draft_cite_has_line(&r->applies[i].cite, line))
			return 1;
	for (i = 0; i < r->n_evidence; i++)
		if (draft_cite_has_line(&r->evidence[i].cite, line))
			return 1;
	for (i = 0; i < r->n_fixes; i++)
		if (draft_cite_has_line(&r->fixes[i].cite, line))
			return 1;
	return 0;
}
