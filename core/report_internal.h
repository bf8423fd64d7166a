/* report_internal.h: what core/report*.c share: the per-format writers
 * (appending to a struct kb_buf, strbuf.h) and small helpers for the
 * model. */
#ifndef KBWIZ_REPORT_INTERNAL_H
#define KBWIZ_REPORT_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "kbwiz/report.h"
#include "kbwiz/strbuf.h"

/* Untrusted text with control characters and escape sequences made
 * visible (kb_sanitize), except that line breaks stay line breaks (a CR
 * before a LF is dropped).  malloc'd; NULL only when out of memory. */
char *report_visible(const char *s);

/* Seconds since 1970 as "2002-06-11T09:00:00Z" (buf >= 24 bytes);
 * "unknown" for 0. */
void report_time_iso(int64_t t, char *buf, size_t size);

/* A time of the examined machine's evidence (an event) as UTC with the
 * machine's own clock beside it (machine_format_time_utc); UTC alone when
 * the zone is unknown (report_time_note says so once). */
void report_time_machine(const struct report *r, int64_t t, char *buf, size_t size);
/* A recorded ISO 8601 UTC time (a timeline line's "at") as it is, with
 * the machine's clock beside it: "2026-11-24T10:00:00.000Z (machine:
 * 2026-11-24 02:00:00 UTC-08:00)"; as it is when the zone is unknown. */
void report_at_machine(const struct report *r, const char *at, char *buf, size_t size);

/* One sentence on how times are shown: UTC, with the machine's clock
 * and its zone beside, or that the zone is unknown. */
void report_time_note(const struct report *r, char *buf, size_t size);

/* The state as the store and the JSON name it: "in-progress", ... */
const char *report_state_id(enum session_state s);
const char *report_fix_kind_name(enum fix_kind k);   /* "manual", ... */
/* Where a step comes from, for the reader: "Q262832, lines 52-57" or
 * "kbwiz's advice, not in Q262832: <why>" (the chosen rule names its
 * article). */
void report_fix_source(const struct report *r, const struct rule_fix *fix,
		       char *buf, size_t size);
const char *report_symptom_kind_name(enum symptom_kind k);

/* Marks that do not rely on colour: a word and a symbol. */
const char *report_check_word(enum check_status s);   /* "PASSED", ... */
const char *report_check_mark(enum check_status s);   /* UTF-8 symbol */
const char *report_fix_mark(enum fix_status s);       /* UTF-8 symbol */

/* The machine as its hives told it, in one line ("NODE1, Windows NT
 * Server 4.0, Enterprise Edition (build 1381, Service Pack 6); time zone
 * Pacific Standard Time (UTC-08:00); last shut down ..."); "" when no
 * hive was read. */
void report_machine_line(const struct diagnosis *d, char *buf, size_t size);

/* "confirmed, score 11.0" (and ", applicability not checked"). */
void report_verdict_line(const struct diag_rule *dr, char *buf, size_t size);

/* Ranked rules that count as diagnosed for the report's reader. */
int report_rule_is_considered(const struct diag_rule *dr);

/* The writers of report_writers: append r in their format to b. */
int report_write_md(const struct report *r, struct kb_buf *b, struct kb_error *err);
int report_write_html(const struct report *r, struct kb_buf *b, struct kb_error *err);
int report_write_txt(const struct report *r, struct kb_buf *b, struct kb_error *err);
int report_write_json(const struct report *r, struct kb_buf *b, struct kb_error *err);

#endif
