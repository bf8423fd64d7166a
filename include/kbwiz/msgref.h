/* msgref.h: message references in event text, and what their codes mean.
 *
 * Legacy Service Control Manager events (and others) hold an error as a
 * message reference, "%%1058", that Event Viewer replaces with the
 * system's message for Win32 error 1058.  Offline there is no message
 * table to ask, so kbwiz explains the codes it knows: those its rules
 * carry (each with the article it comes from) and a few system error
 * texts that service failures show most, marked as Windows' text. */
#ifndef KBWIZ_MSGREF_H
#define KBWIZ_MSGREF_H

#include <stddef.h>

#include "kbwiz/rule.h"

struct msgref_entry {
	unsigned code;
	char *message;
	char *from;             /* "Windows system error text" (preferred),
				   or "as worded in Q262832" for a code only
				   a rule's article words */
};

struct msgref_table {
	struct msgref_entry *v;
	size_t n;
};

/* Add what the rules know: every symptom with an error code and its
 * message.  The first message for a code is kept.  0 or KB_ENOMEM. */
int msgref_table_add_rules(struct msgref_table *t, struct rule *const *rules,
			   size_t n_rules);
void msgref_table_free(struct msgref_table *t);

/* What code means: the rules' message first, else the built-in system
 * text; NULL when kbwiz does not know it.  t may be NULL. */
const struct msgref_entry *msgref_lookup(const struct msgref_table *t,
					 unsigned code);

/* The next message reference "%%N" in text at or after *pos: 1 with
 * *code set and *pos moved past it, 0 when there is none. */
int msgref_next(const char *text, size_t *pos, unsigned *code);

/* Whether text holds the reference %%code (not %%code0...). */
int msgref_mentions(const char *text, unsigned code);

#endif
