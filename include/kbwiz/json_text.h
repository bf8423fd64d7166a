/* json_text.h: strings from outside data as JSON values.
 *
 * jansson insists on valid UTF-8, and log lines and registry strings are
 * not always valid; bytes that are not UTF-8 become U+FFFD so the document
 * is always written.  Control characters are escaped by JSON itself. */
#ifndef KBWIZ_JSON_TEXT_H
#define KBWIZ_JSON_TEXT_H

#include <jansson.h>
#include <stdint.h>

/* A new JSON string for s, or JSON null when s is NULL. */
json_t *kb_json_text(const char *s);

/* Seconds since 1970 as ISO 8601 UTC ("2002-06-11T09:00:00Z"), the form
 * every time in kbwiz's JSON takes, or JSON null for 0 (unknown): a 0
 * written as a number would read as 1970. */
json_t *kb_json_time(int64_t t);

struct rule_cite;
/* Where a rule's fact comes from, as every JSON document of kbwiz writes
 * it: {"cite": "52-57, 80"} (lines of the article), {"inferred": "why"}
 * (kbwiz's own reasoning), or JSON null when the rule gives neither. */
json_t *kb_json_cite(const struct rule_cite *c);

#endif
