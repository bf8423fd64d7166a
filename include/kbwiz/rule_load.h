/* rule_load.h: reading rule files (YAML, one per KB article) with strict
 * validation.  The format is documented field by field in kb/README.md.
 *
 * Every error names file:line:column, the field path, what was expected
 * and what was found, e.g.
 *   kb/Q1.yaml:14:9: symptoms[0].event.id: expected an event ID (0-65535), found 'abc'
 */
#ifndef KBWIZ_RULE_LOAD_H
#define KBWIZ_RULE_LOAD_H

#include <stddef.h>

#include "kbwiz/error.h"
#include "kbwiz/rule.h"

/* Rule files larger than this are refused: a rule is a page of text. */
#define RULE_FILE_MAX_BYTES (1024 * 1024)

/* Parse one rule from text; name is used in messages and kept as
 * source_path.  On success *out is a new rule the caller frees. */
int rule_load_text(const char *name, const char *text, size_t len,
		   struct rule **out, struct kb_error *err);

int rule_load_file(const char *path, struct rule **out, struct kb_error *err);

struct rule_set {
	struct rule **rules;
	size_t n;
};

/* Load every *.yaml file of dir, in name order.  Fails on the first bad
 * file or on two files with the same rule id (naming both); on failure
 * the set is left empty. */
int rule_load_dir(const char *dir, struct rule_set *set, struct kb_error *err);

/* Load the given files as one set (kbwiz kb check FILE...). */
int rule_load_files(const char *const *paths, size_t n, struct rule_set *set,
		    struct kb_error *err);

void rule_set_free(struct rule_set *set);

#endif
