/* draft_lines.h: which article lines a loaded draft places (not part of
 * kbwiz).  Issue 14's property, "every line that names a key, a value, an
 * event ID or an error code is in the draft or in review:", is asked of
 * a draft by the coverage measure (tests/tools/kbimport_measure.c) and by
 * the importer's unit tests: one answer for both. */
#ifndef KBWIZ_DRAFT_LINES_H
#define KBWIZ_DRAFT_LINES_H

#include "kbwiz/rule.h"

/* Whether cite c covers article line line. */
int draft_cite_has_line(const struct rule_cite *c, int line);

/* Whether a review item of r sits on article line line. */
int draft_review_on_line(const struct rule *r, int line);

/* Whether r places article line line: a review item sits on it, or a
 * symptom, a check, an applies-to condition, a log evidence item or a fix
 * cites it. */
int draft_places_line(const struct rule *r, int line);

#endif
