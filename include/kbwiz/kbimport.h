/* kbimport.h: turning a parsed KB article into a DRAFT rule (YAML text in
 * the format of kb/README.md) for a person to finish.
 *
 * Facts are copied exactly: event IDs and sources, error codes and their
 * messages, registry key paths, value names, types and data, log lines.
 * Prose is never copied into fields meant for our own words (cause,
 * manual steps, last resort, questions): those get a short extract
 * prefixed "REVIEW: " and a matching item in the draft's `review:` list.
 * Anything found but not placed is listed there too, with its article
 * line.  The draft loads with rule_load_text() as written; `kb check`
 * fails it only because of its review items. */
#ifndef KBWIZ_KBIMPORT_H
#define KBWIZ_KBIMPORT_H

#include <stddef.h>

#include "kbwiz/article.h"
#include "kbwiz/error.h"

/* What went into a draft (for the importer's summary line). */
struct kb_import_stats {
	size_t n_events;        /* event symptoms */
	size_t n_errors;        /* error-message symptoms */
	size_t n_checks;        /* registry checks */
	size_t n_evidence;      /* log evidence items */
	size_t n_sequences;     /* ... of which are ordered sequences */
	size_t n_steps;         /* remediation steps (all kinds) */
	size_t n_reviews;       /* review items */
};

/* Write the draft for a into *yaml (malloc'd, NUL-terminated, *len bytes;
 * the caller frees).  stats may be NULL.  Fails only when out of memory. */
int kb_import_article(const struct kb_article *a, char **yaml, size_t *len,
		      struct kb_import_stats *stats, struct kb_error *err);

/* 1 when an article line names a registry key or value, an event ID or
 * a STOP code: the lines every draft must place (as a fact or a review
 * item).  A value block's "Data Type: REG_DWORD" line belongs to the
 * value named above it and gives 0.  The importer's last pass and the
 * coverage measure (tests/tools/kbimport_measure.c) share it, so the
 * property "every fact line is placed" has one definition. */
int kb_import_line_names_fact(const char *line);

/* 1 when line n of a names a registry key or value, an event ID or an
 * error code in any form the importer's review net knows: the forms of
 * kb_import_line_names_fact() and the wider ones of core/kbimport_net.c
 * (a key without its root, a "Key:" or "Value:" label, a .reg or
 * Name=data line, a value named near words about the registry, "event
 * 1105", "error 1069", 0x80070005).  Every such line is cited by a drafted
 * fact or on a review item (issue 14): the importer's last pass lists the
 * ones no other pass placed, and the coverage measure tests the property
 * with this same reading.  0 for a line outside the article's body. */
int kb_import_article_line_names_fact(const struct kb_article *a, size_t n);

/* Append s to buf as a YAML flow scalar: single-quoted when it can be
 * (quotes doubled), else double-quoted with escapes (control characters,
 * bytes that are not UTF-8).  Exposed for tests.  Returns a malloc'd
 * string or NULL when out of memory. */
char *kb_yaml_quote(const char *s);

#endif
