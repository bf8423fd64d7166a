/* report_internal.h: what core/report*.c share: the per-format writers
 * (appending to a struct kb_buf, strbuf.h) and small helpers for the
 * model. */
#ifndef KBWIZ_REPORT_INTERNAL_H
#define KBWIZ_REPORT_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "kbwiz/report.h"
#include "kbwiz/strbuf.h"
#include "kbwiz/svcdoctor.h"

/* Untrusted text with control characters and escape sequences made
 * visible (kb_sanitize), except that line breaks stay line breaks (a CR
 * before a LF is dropped).  malloc'd; NULL only when out of memory. */
char *report_visible(const char *s);

/* Untrusted text into HTML: made visible (report_visible), then the five
 * characters HTML gives a meaning escaped; line breaks become <br> when
 * br is set.  NULL is written as nothing; no memory sets b->oom. */
void report_html_text(struct kb_buf *b, const char *s, int br);

/* Seconds since 1970 as "2002-06-11T09:00:00Z" (buf >= 24 bytes);
 * "unknown" for 0. */
void report_time_iso(int64_t t, char *buf, size_t size);

/* A time of the examined machine's evidence (an event) as UTC with the
 * machine's own clock beside it (machine_format_time_utc); UTC alone when
 * the zone is unknown (report_time_note says so once). */
void report_time_machine(const struct report *r, int64_t t, char *buf, size_t size);
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

/* What check j of dr (applies: of its applicability conditions) reads
 * now, when this session repaired the hive and checked it again and the
 * check's result changed: "repaired since: passes after the repair
 * (checked again at ...)"; "" otherwise. */
void report_check_now(const struct report *r, const struct diag_rule *dr, size_t j,
		      int applies, char *buf, size_t size);

/* Ranked rules that count as diagnosed for the report's reader. */
int report_rule_is_considered(const struct diag_rule *dr);

/* ---- one walker, one styler per format ------------------------------------
 *
 * report_walk() visits the report model in the one order every text format
 * shows it, decides what is in it (which rules, which events, what counts
 * as diagnosed) and hands each part to a styler, which only says how the
 * part looks in its format (as ncdu's dir_output lets one scanner feed
 * several outputs).  Untrusted text reaches the styler as it is; the
 * styler escapes it for its format. */

/* The lists of a report: a styler opens and closes each, told how many
 * items it has (0: it says there are none, in its own words).  The lists
 * of groups (events, logs, registry) are opened before their first group
 * with n 1, or, when there is none, after the walk with n 0; list_end
 * gets the count. */
enum report_list {
	RL_RULES_USED,      /* "About this report" */
	RL_TIMELINE,
	RL_CANDIDATES,
	RL_QUESTIONS,
	RL_EVIDENCE,
	RL_EVENTS,          /* groups of event rows, one per symptom seen */
	RL_UNEXPLAINED,     /* groups of events no rule explains */
	RL_LOGS,            /* groups of log hits, one per evidence block */
	RL_REGISTRY,        /* groups of checks, one per rule checked */
	RL_DIAGNOSED,
	RL_CONSIDERED,      /* opened only when there are some */
	RL_NOT_APPLICABLE,  /* the rules that do not apply, as one line */
	RL_FIXES,           /* the chosen rule's steps (none chosen: n 0) */
	RL_FIX_RECORDS,
	RL_SERVICE_DOCTOR,  /* the service doctor's findings */
};

struct report_styler {
	/* The document's start (title, status) and end. */
	void (*head)(const struct report *r, struct kb_buf *b);
	void (*tail)(const struct report *r, struct kb_buf *b);
	/* A section's heading ("Case", "Log hits"), and its close. */
	void (*section)(struct kb_buf *b, const char *title);
	void (*section_end)(struct kb_buf *b);
	/* A paragraph of kbwiz's own words. */
	void (*note)(struct kb_buf *b, const char *text);
	void (*list_begin)(const struct report *r, struct kb_buf *b, enum report_list l, size_t n);
	void (*list_end)(const struct report *r, struct kb_buf *b, enum report_list l, size_t n);

	void (*case_fields)(const struct report *r, struct kb_buf *b);
	void (*rule_used)(struct kb_buf *b, const struct report_rule *rr);
	/* Timeline line i (0-based); at: its time, UTC. */
	void (*record)(struct kb_buf *b, size_t i, const struct report_record *t, const char *at);
	/* dr: the candidate's findings, NULL when the rule left the store. */
	void (*candidate)(struct kb_buf *b, const char *id, const struct diag_rule *dr);
	void (*question)(struct kb_buf *b, const struct session_question *q);
	void (*evidence)(struct kb_buf *b, size_t i, const struct report_evidence *e);
	/* Event symptom j of dr, seen: its heading, then rows ("first",
	 * "last"; when: the time as report_time_machine gives it), then its
	 * close. */
	void (*event_group)(struct kb_buf *b, const struct diag_rule *dr, size_t j);
	void (*event)(struct kb_buf *b, const char *which, const struct diag_event *e,
		      const char *when);
	void (*event_group_end)(struct kb_buf *b);
	/* A group of events no rule explains: what it is in one line (see
	 * report_unexplained_line), then the group's example and articles. */
	void (*unexplained)(struct kb_buf *b, const struct report_unexplained *u,
			    const char *line);
	/* Log evidence block j of dr, with its hits. */
	void (*log_group)(struct kb_buf *b, const struct diag_rule *dr, size_t j);
	/* A rule's registry checks: heading, one per check, close. */
	void (*check_group)(struct kb_buf *b, const struct diag_rule *dr);
	/* src: the check's source (rule_cite_describe); now: what it reads
	 * after this session's repair, "" when that did not change it. */
	void (*check)(struct kb_buf *b, const struct rule_check *c, const struct check_result *res,
		      const char *purpose, const char *src, const char *now);
	void (*check_group_end)(struct kb_buf *b);
	/* Diagnosis: the chosen rule's final verdict and findings line; that
	 * the step was not reached; the n-th diagnosed rule (verdict: its
	 * report_verdict_line; cause_src: its cause's source; now: "" or what
 * this session's repair changed); a considered one; the ids of the rules that
	 * do not apply, joined with ", ". */
	void (*chosen)(struct kb_buf *b, const char *verdict, const char *line);
	void (*not_reached)(struct kb_buf *b);
	void (*diagnosed)(struct kb_buf *b, size_t n, const struct diag_rule *dr, const char *verdict,
			  const char *cause_src, const char *now);
	void (*considered)(struct kb_buf *b, const struct diag_rule *dr);
	void (*not_applicable)(struct kb_buf *b, size_t n, const char *ids);
	/* Remediation step i (src: report_fix_source), and a fix- record. */
	void (*fix)(struct kb_buf *b, size_t i, const struct session_fix *f, const char *src);
	void (*fix_record)(struct kb_buf *b, const struct report_record *t, const char *at);
	void (*outcome)(const struct report *r, struct kb_buf *b);
	/* A service doctor's finding (kbwiz's own reasoning): verdict its
	 * word, then the finding's lines; commands: the shell commands of
	 * the repairs kbwiz can make for it (svd_fix_command). */
	void (*svd_finding)(struct kb_buf *b, const struct svd_finding *f, const char *verdict,
			    char *const *commands, size_t n_commands);
};

void report_walk(const struct report *r, const struct report_styler *st, struct kb_buf *b);

/* "event 7000 from Service Control Manager (error), service Foo, error
 * 1058: 3 times, first 2002-06-11T09:30:00Z, last ...". */
void report_unexplained_line(const struct report_unexplained *u, char *buf, size_t size);

/* The writers of report_writers: append r in their format to b. */
int report_write_md(const struct report *r, struct kb_buf *b, struct kb_error *err);
int report_write_html(const struct report *r, struct kb_buf *b, struct kb_error *err);
int report_write_txt(const struct report *r, struct kb_buf *b, struct kb_error *err);
int report_write_json(const struct report *r, struct kb_buf *b, struct kb_error *err);

#endif
