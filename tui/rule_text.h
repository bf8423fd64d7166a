/* rule_text.h: one rule as readable lines, shared by `kbwiz kb show` and
 * the knowledge-base screen so that both read the same.
 *
 * Each line is a prefix (printed as is) and a body; when RT_WRAP is set
 * the body is word-wrapped with continuation lines indented by indent
 * columns (the prefix's width).  The strings are the rule's own text,
 * unsanitized: the caller makes them safe where they meet the output. */
#ifndef KBWIZ_RULE_TEXT_H
#define KBWIZ_RULE_TEXT_H

#include <stddef.h>

#include "kbwiz/rule.h"

enum {
	RT_WRAP = 1,      /* word-wrap the body */
	RT_HEADING = 2,   /* a section heading ("Symptoms") */
	RT_TITLE = 4,     /* the rule's id and title */
};

typedef void (*rule_text_fn)(void *ctx, const char *prefix, const char *body,
			     int indent, int flags);

/* Call fn once per line, in order; blank lines have "" for both. */
void rule_text(const struct rule *r, rule_text_fn fn, void *ctx);

/* What a check expects, in words: "Transports (REG_MULTI_SZ) contains
 * \"Clusnet\" among other entries". */
void rule_check_expectation(const struct rule_check *c, char *buf, size_t size);

#endif
