/* draft_probe.h: importer tests read a draft as a parsed rule (not part
 * of kbwiz).  Each import fails the running cmocka test when the article
 * does not parse or the draft does not load: only its review items may
 * keep a draft out of the store. */
#ifndef KBWIZ_DRAFT_PROBE_H
#define KBWIZ_DRAFT_PROBE_H

#include <stddef.h>

#include "kbwiz/kbimport.h"
#include "kbwiz/rule.h"

struct draft {
	char *yaml;                     /* the draft as written */
	size_t len;
	struct kb_import_stats st;
	struct rule *r;                 /* the draft loaded */
};

/* The draft of the article file at path. */
void draft_import_file(const char *path, struct draft *d);

/* The draft of a made-up article Q900777: a fixed 16-line header and
 * SYMPTOMS section, then body, whose first line is line 17. */
void draft_import_body(const char *body, struct draft *d);

void draft_free(struct draft *d);

/* The check on key (and value; NULL for a key check), or NULL. */
const struct rule_check *draft_check(const struct rule *r, const char *key, const char *value);

/* The registry repair of check check_id, or NULL. */
const struct rule_fix *draft_fix(const struct rule *r, const char *check_id);

/* Whether a review item cites article line line. */
int draft_review_at(const struct rule *r, int line);

#endif
