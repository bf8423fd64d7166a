/* evidence_tabs.h: the Logs and LastKnownGood tabs of the evidence
 * explorer (evidence_tabs.c), built from the evidence; screen_evidence.c
 * draws them. */
#ifndef KBWIZ_EVIDENCE_TABS_H
#define KBWIZ_EVIDENCE_TABS_H

#include <stddef.h>
#include <stdint.h>

#include "tui.h"

/* One row of the Logs tab: a log file (line 0), or a line of it that a
 * rule of the open session's diagnosis matched. */
struct ev_log_row {
	const char *path;       /* borrowed from the evidence set */
	uint64_t line;          /* 0: the file itself */
	char *text;             /* the matched line (untrusted), or NULL */
	char *match;            /* the matched text, or NULL */
};

/* Rows for every log file of ev, each followed by its hits (by line). */
int ev_logs_build(const struct evidence_set *ev, struct ev_log_row **rows, size_t *n);
void ev_logs_free(struct ev_log_row *rows, size_t n);

/* The current control set against LastKnownGood of ev's SYSTEM hive,
 * with the store's rules' checks, as text into tb. */
void ev_lkg_build(const struct evidence_set *ev, struct tbuf *tb);

#endif
