/* kbimport_int.h: what the importer's passes share (not for other modules).
 *
 * kb_import_article() (kbimport.c) reads one article in passes that each
 * claim the lines they use, so that one fact is not read twice in two
 * roles, in this order:
 *
 *   imp_scan_events()        event blocks and tables   kbimport_events.c
 *   imp_scan_logs()          log excerpts              kbimport_logs.c
 *   imp_scan_event_number_list(), imp_scan_prose_events(),
 *   imp_scan_errors(), imp_link_events()
 *                            codes and messages        kbimport_errors.c
 *   imp_scan_regini_files()  a REGINI script applied  kbimport_regini.c
 *                            as the fix: set-value repairs
 *   imp_scan_ps_registry()   PowerShell registry       kbimport_psreg.c
 *                            cmdlets run as the fix
 *   imp_scan_key_tables()    '|' tables, a key and a    kbimport_keytable.c
 *                            value on every row
 *   imp_scan_registry(), imp_scan_orphan_values()
 *                            keys and their checks     kbimport_registry.c
 *                            (value blocks: kbimport_values.c; what the
 *                            article asks of a key: kbimport_asks.c;
 *                            deletions and list entries asked for in
 *                            words: kbimport_edits.c; a key told as the
 *                            folders the steps open: kbimport_treewalk.c)
 *   imp_scan_value_first()   "Name" / "Key: Relative\Path" blocks
 *                                                      kbimport_valuefirst.c
 *   imp_scan_key_trees()     indented trees, other roots' \paths
 *                                                      kbimport_trees.c
 *   imp_scan_question(), imp_scan_cause(), imp_scan_steps(),
 *   imp_note_sections()      prose for a person        kbimport_steps.c
 *   imp_scan_named_in_prose() values and keys named   kbimport_named.c
 *                            in sentences: review items
 *   imp_scan_column_tables() tables with a header row  kbimport_coltable.c
 *                            and titled lists of values
 *   imp_gate()               checks found not asked    kbimport_gate.c
 *                            for when drafted (imp_decide_asked(),
 *                            kbimport_asks.c; the cues in
 *                            kbimport_describes.c) become review
 *   imp_scan_added_subkeys() a key check moves to the  kbimport_subkeys.c
 *                            key its steps add under it
 *   imp_scan_undone_sets(), imp_gate_conflicts()
 *                            a set undone later, and    kbimport_undo.c,
 *                            repairs at odds: review    kbimport_gate.c
 *   imp_scan_reinstalled_keys()
 *                            a key deleted before a     kbimport_reinstall.c
 *                            reinstall: review
 *   imp_scan_diagnostic_sets() a set that is a debug   kbimport_diagset.c
 *                            set-up, a range, a test or a
 *                            default listed in the cause: review
 *   imp_note_alternatives()  checks an "-or-" parts:   kbimport_alternatives.c
 *                            a note on that line
 *   imp_note_cases()         fixes offered as ways,    kbimport_cases.c
 *                            scoped to a machine, or a
 *                            datum for a case: notes
 *   review_unplaced()        every fact line placed    kbimport.c
 *   imp_write_draft()        the YAML text             kbimport_yaml.c
 *
 * The passes only collect into struct imp: facts (events, errors, checks,
 * evidence, steps) and review items, each with its article line.  Nothing
 * is written until every pass has run, so that review items can name the
 * field they concern by its final index.
 *
 * Ownership: every string a pass makes is kept in the import's pool
 * (imp_keep(), imp_dupn(), imp_fmt()) and freed with it; article text is
 * borrowed from the struct kb_article, which outlives the import.  An
 * allocation that fails sets im->oom and the helper returns NULL; passes
 * go on (every helper accepts NULL) and kb_import_article() reports the
 * failure once at the end. */
#ifndef KBWIZ_KBIMPORT_INT_H
#define KBWIZ_KBIMPORT_INT_H

#include <stddef.h>
#include <stdint.h>

#include "kbwiz/article.h"
#include "kbwiz/strbuf.h"

struct imp_event {
	unsigned id;
	const char *source;
	const char *log;
	int log_guessed;
	const char *desc;       /* the description, joined (not emitted) */
	const char *code_text;  /* error code found for it, as written */
	const char *message;
	size_t line;
	size_t line_last;       /* the ID's own line when it is wrapped onto
				   the line after its words; else line */
	size_t no_source_note;  /* 1 + the index of the review item saying
				   the article names no source, 0 none: a
				   source read later replaces its note */
};

struct imp_error {
	const char *code_text;  /* as it will be written: "1720", "0x6B8" */
	uint32_t code;
	const char *message;
	size_t line;
	size_t line_last;       /* the code's own line when it is wrapped
				   onto the line after its words (line + 1),
				   or the message's last line; else line */
	size_t cite_first;      /* the message's first line when it starts
				   above the code's (imp_cite_errors());
				   else 0, and the cite starts at line */
	int own_line;           /* the message is the sentence of the line
				   the code is printed in: an event whose
				   description holds it is not tied to it by
				   it (imp_link_events()) */
};

/* What a check expects; the last three are what a deletion leaves (the
 * repair deletes the key or the value, or removes the entry). */
enum imp_expect { IE_EXISTS, IE_CONTAINS, IE_EQUALS, IE_KEY_ABSENT, IE_VALUE_ABSENT,
		  IE_NOT_CONTAINS };

struct imp_check {
	const char *id;
	const char *key;
	const char *value;
	const char *type;
	enum imp_expect expect;
	const char *data;
	size_t line;
	size_t key_line;        /* the line naming the key, when apart */
	size_t key_last;        /* ... its last line when wrapped */
	size_t line_last;       /* the value's last line (type, data) */
	size_t lead_last;       /* when line is a lead-in above the key
				   ("Set X to 1 in the following key:"), the
				   lead-in's last line cited; 0: line alone */
	int repair;             /* the article asks to create, set or delete it */
	int recommended;        /* the datum is the one the article recommends
				   in so many words (kbimport_valuefirst.c):
				   the block's range and default do not make
				   it a description (imp_why_shown()) */
	/* imp_decide_asked(), when the check is drafted: */
	const char *not_asked;  /* why the article does not ask for it; imp_gate()
				   drops it with a review item */
	int not_asked_late;     /* not_asked ranks below a listing of choices */
	const char *check_only; /* why its create action was left out */
};

struct imp_evidence {
	const char *id;
	const char **patterns;
	size_t n_patterns;
	int cluster;
	size_t line;
};

enum step_kind { STEP_MANUAL, STEP_LAST_RESORT };

struct imp_step {
	const char *id;
	enum step_kind kind;
	const char *text;
	size_t line;
	size_t line_last;       /* the last line its extract is from */
};

/* An event imp_add_event() kept off the draft, and why: a later mention
 * of the same ID is kept off for the same reason (the fix brings it, it
 * is an example, it is informational), and the catalogue still counts
 * the informational ones. */
enum imp_event_off { EV_OFF_FIX = 1, EV_OFF_EXAMPLE, EV_OFF_INFO };

struct imp_event_off_note {
	unsigned long id;
	enum imp_event_off why;
};

/* Which field a review item concerns; resolved to "checks[2]" when the
 * draft is written. */
enum target {
	T_NONE, T_TITLE, T_PUBLISHED, T_PRODUCTS, T_EVENT, T_ERROR, T_QUESTION,
	T_CAUSE, T_EVIDENCE, T_CHECK, T_STEP, T_SYMPTOMS, T_CHECKS, T_REMEDIATION,
};

struct imp_review {
	size_t line;
	enum target target;
	size_t index;
	const char *note;
};

/* A key read from the article alone on its lines (kbimport_registry.c's
 * place_key()): its path, normalised, and its lines. */
struct imp_key_read {
	const char *key;
	size_t line, last;
	const char *refused;    /* why the registry pass drafts nothing under
				   it (a sample, a placeholder), or NULL */
	const char *subkey;     /* a subkey the steps under it add or select
				   by name ("click Add Key, type Helpers") */
	size_t subkey_line;     /* a step selects a subkey it does not name */
	int subkey_unnamed;     /* a step makes a subkey, its name not given
				   by the end of the steps read */
	/* what imp_key_only() made of it, each 1 + its index, 0 none (a
	 * table drafted under it mends them, kbimport_coltable.c): */
	size_t unasked_note;    /* the review item "named but the article
				   asks nothing of it here" (0 again once
				   the first table drafted under it has
				   rewritten it) */
	size_t key_check;       /* the key-only check */
};

struct imp {
	const struct kb_article *a;
	unsigned char *used;    /* per line: claimed by an earlier pass
				   (IMP_USED_KEY: a registry reader placed
				   the key on it; the key scan skips it) */
#define IMP_USED_KEY 2
	int oom;
	int cluster_log;        /* the article speaks of the cluster log */
	size_t root_line;       /* last line naming HKEY_LOCAL_MACHINE alone */
	int unrooted;           /* the key being placed was written with no
				   root (kbimport_registry.c): its values
				   are read, the key alone is not checked */

	struct imp_event *events;
	size_t n_events, cap_events;
	struct imp_error *errors;
	size_t n_errors, cap_errors;
	struct imp_check *checks;
	size_t n_checks, cap_checks;
	struct imp_evidence *evidence;
	size_t n_evidence, cap_evidence;
	struct imp_step *steps;
	size_t n_steps, cap_steps;
	struct imp_review *reviews;
	size_t n_reviews, cap_reviews;
	struct imp_event_off_note *events_off; /* in the order noted */
	size_t n_events_off, cap_events_off;
	const char *question;   /* when nothing else is a symptom */
	size_t question_line, question_last;
	const char *cause;
	size_t cause_line, cause_last;  /* the lines its extract is from */

	struct imp_key_read *keys_read; /* the keys the registry pass read, in
				   article order (kbimport_coltable.c asks
				   which is in force above a table) */
	size_t n_keys_read, cap_keys_read;

	char **pool;            /* every string made here, freed at the end */
	size_t n_pool, cap_pool;
};

#define PUSH(im, what) \
	imp_push((im), (void **)&(im)->what, &(im)->n_##what, &(im)->cap_##what, sizeof *(im)->what)

struct value_spec {
	const char *name, *type, *data;
	size_t line;
	size_t last;            /* its last line (type, data), 0: line */
	int radix_hex;
	int exact;              /* REGEDIT data: no remark to strip */
	int example;            /* "(Example: 20 MB = 20,480,000)" */
	int alternative;        /* one of the block's values offered with "-or-" between */
	int data_wraps;         /* the data goes on on the lines below */
	const char *def;        /* "Default: 5", the data when the article
				   asks for the default values back */
	const char *subkey;     /* a listing's "Parameters:" header above
				   it: the value is under that subkey */
	int several_data;       /* a block gives it more than one data line
				   ("Value: 1 == on" / "Value: 0 == off") */
	int sentence;           /* a sentence naming a type ("should be a
				   data type of REG_SZ"): no value to draft */
	int regedit_form;       /* '"Name"=dword:1' under a key written as a
				   path: drafted only where a step asks */
	int type_assumed;       /* REG_DWORD taken for a bare number set in
				   words, no type written or implied (guide
				   C11): imp_settle_assumed_type() decides */
};

/* Where a value block ends: the last line read, 0 when none was. */
struct value_block {
	struct value_spec v[16];
	size_t nv, first, last;
	const char *subkey;     /* "Add Key ... enter SMS": values go under it */
	int subkey_in_words;    /* subkey from "under the subkey named X" (or
				   "called X"): none when the key ends in X */
	size_t subkey_line;     /* a step selects a subkey it does not name,
				   or names one that cannot be cut for sure */
	int subkey_awaited;     /* a step made a key whose name comes on a
				   later line ("Key Name: Device") */
	size_t key_last;        /* the last line of the key the block is
				   under (its last name: "Select the X key") */
	int key_lost;           /* the steps left the key in force (a second
				   key made, another selected): subkey_line */
	size_t named_other_line; /* a labelled line between the key and the
				   values names something else ("Add Value:
				   mtrun" over "Flags = REG_DWORD 0x408"):
				   which key the values are under is unclear */
	const char *named_other;  /* ... the name that line gives */
	int named_other_value;  /* ... by a value's label ("Add Value: X") */
	int subkey_labelled;    /* subkey from a label ("Key: X") between the
				   key and the values: none when the key ends
				   in X */
	const char *key_in_words; /* a step between the key and the values
				   puts them in a key it names in words ("Add
				   the following value to the Explorer key:") */
	size_t key_in_words_line; /* ... that step's line */
};

/* In rising order: readers keep the strongest ask with "if (a > ask)". */
enum asks { ASK_NOTHING, ASK_CHECK, ASK_SET, ASK_DELETE };

/* ---- kbimport.c: shared helpers (the arena, review items, text) and the last pass --- */

void *imp_push(struct imp *im, void **arr, size_t *n, size_t *cap, size_t elem);

char *imp_keep(struct imp *im, char *s);

const char *imp_dupn(struct imp *im, const char *s, size_t n);

const char *imp_fmt(struct imp *im, const char *f, ...)
	__attribute__((format(printf, 2, 3)));

void imp_review(struct imp *im, size_t line, enum target t, size_t index,
		   const char *note);
/* Line n stands where an article shows what is met: its symptoms or
 * cause, or anywhere in an article with no sections (a how-to's sample
 * is no symptom). */
int imp_where_symptoms_are(const struct imp *im, size_t n);
/* imp_review(), unless line already has that note (a line read again by
 * another reader, or twice). */
void imp_review_once(struct imp *im, size_t line, enum target t, const char *note);
/* Some review item is on article line line. */
int imp_line_reviewed(const struct imp *im, size_t line);

const char *imp_line_at(const struct imp *im, size_t n);

const char *imp_skip_ws(const char *s);

size_t imp_indent_of(const char *s);

int imp_blank(const char *s);
/* s is a line of a directory listing: a file's name, its extension (or
 * none), its size, the date and the time it was written ("APPEXEC  RC
 * 807 10-07-92  12:00a"), whose numbers are no code. */
int imp_dir_listing_line(const char *s);
/* Line n lies between the marks that open and close a program listing
 * ("*** Start of Code ***" ... "*** End of Code ***"): sample code, whose
 * codes are the program's, not what the machine shows. */
int imp_in_code_sample(const struct imp *im, size_t n);

/* s is "------" or "=====" alone on its line (under a heading or a
 * title): the run's length, 0 when s is no such line. */
size_t imp_underline_len(const char *s);

/* s underlines the line above: such a line of three marks or more. */
int imp_underline(const char *s);

/* s is a table's rule: dashes, equals signs, underscores, "+" and "|"
 * and blanks only ("-----   ----", "+-----+----+"). */
int imp_rule_line(const char *s);

size_t imp_rtrim_len(const char *s, size_t n);

/* The first n bytes of s less a "</B>" that ends them and the blanks
 * before it: the bold of the web page an article was taken from, closed
 * after a path ("...\\MSExchangeKMS</B>", "...\\control\\ </B>"). */
size_t imp_bold_closed_len(const char *s, size_t n);

/* Case-insensitive search for an ASCII needle. */
const char *imp_ci_find(const char *hay, const char *needle);

int imp_starts_ci(const char *s, const char *prefix);
/* After a number's end e, a word that counts what the number is ("4096
 * rows", "3 times", "80000000 bytes"): 1 when so (kbimport_net.c). */
int imp_counted_after(const char *e);
/* s opens with one of the NULL-ended starts, in the case written ("and ",
 * "to "): a word that goes on a sentence. */
int imp_opens_with(const char *s, const char *const *starts);
/* The wl bytes at w are word, in any case. */
int imp_word_is(const char *w, size_t wl, const char *word);
/* A word of s is a negation (imp_negation_word()): "does not, however,
 * delete", "Setup doesn't remove" (kbimport_keyact.c; the cases pass
 * reads a datum's clause with it too). */
int imp_says_negation(const char *s);
/* The wl bytes at w are one of the NULL-ended words, in any case. */
int imp_word_in(const char *w, size_t wl, const char *const *words);
/* s starts with the word w (any case), which ends there: "Value" but not
 * "ValueCache" or "Value_2". */
int imp_starts_word(const char *s, const char *w);
/* s starts one of the words ws (whole, case ignored): the first such
 * word's length, 0 when none. */
size_t imp_starts_any_word(const char *s, const char *const *ws);
/* What imp_word_before() takes for a word. */
enum imp_word_kind {
	IMP_WORD_LETTERS,       /* a run of letters: "t" of "don't" */
	IMP_WORD_TOKEN,         /* a run of anything but blanks: "don't",
				   which a negation is read whole as */
};
/* The word that ends before p in s, the blanks (spaces, tabs) between
 * skipped: its start, and its end in *end when end is not NULL.  No word
 * there (punctuation, or s reached) gives start == end. */
const char *imp_word_before(const char *s, const char *p, enum imp_word_kind kind, const char **end);
/* The word before p in s (blanks between) is one of the NULL-ended
 * words, in any case. */
int imp_word_before_is(const char *s, const char *p, const char *const *words);

/* The word w (wl bytes) is a negation: "not", "never", "cannot", or one
 * ending in "n't" ("don't", "doesn't", "won't"). */
int imp_negation_word(const char *w, size_t wl);

/* The word just before at (inside s) negates it: "Do not quit", "don't
 * close", "never exit", "Do not add the following".  The readers that
 * take only the word before the verb ask here (keyforce.c, listentry.c);
 * imp_not_asked() reads the verb's whole clause with imp_negation_word(). */
int imp_negated_before(const char *s, const char *at);

/* The text of s before p ends with phrase (any case), which starts a
 * word there: "need to" before p, not "kneed to"; the words' own spaces
 * are part of phrase ("make sure you "). */
int imp_phrase_ends_at(const char *s, const char *p, const char *phrase);
/* The first occurrence of w in text (any case) as a whole word, letters
 * on neither side ("set", not "settings" or "reset"), or NULL.  The
 * next one is imp_find_word(found + strlen(w), w): a whole word's next
 * byte is no letter, so no word starts there and the search's new start
 * is never taken for a word boundary. */
const char *imp_find_word(const char *text, const char *w);
/* The number num stands in line as a whole word (a "0x" before it
 * allowed), written in the same case when same_case ("A" is a code,
 * "a" a word): 1; else 0. */
int imp_number_on_line(const char *line, const char *num, int same_case);
/* The last line a number read for line n stands on: n + 1 when the
 * number (len bytes at num) is nowhere on line n, not even inside a
 * longer token, and stands on the next as a whole word ("terminated
 * with service-specific error" / "3221487623.", "Event Viewer shows
 * Event ID" / "5001, and ..."): a fact's cite then holds the number's
 * line as well as its words'.  Else n. */
size_t imp_wrapped_number_line(const struct imp *im, size_t n, const char *num, size_t len);
/* Where text holds the first of the NULL-ended words or phrases (in list
 * order) as a whole word, any case ("range", not "strange"); NULL when it
 * holds none. */
const char *imp_find_any_word(const char *text, const char *const *words);
/* type is a string's that a datum is written as text for: REG_SZ or
 * REG_EXPAND_SZ (not NULL). */
int imp_string_type(const char *type);

/* The words from a up to b are each one of words (NULL-ended; blanks
 * between): "Please do" before an ask, "value setting" between a name
 * and "to".  1 also when there are none. */
int imp_only_words(const char *a, const char *b, const char *const *words);

/* Appends s (l bytes) to buf (cap bytes, *len used), a space before it
 * when buf holds words: the lines of a sentence joined.  0, buf as it
 * was, when it does not fit. */
int imp_join_words(char *buf, size_t cap, size_t *len, const char *s, size_t l);
/* s up to the first byte of stops (or its end) into buf, cut to fit cap:
 * a verb's clause ("to .;,:"), a sentence's rest ("to .").  keyact.c and
 * reinstall.c read the words after a verb so. */
void imp_copy_to(const char *s, const char *stops, char *buf, size_t cap);

/* s past its blanks and a list item's bullet ("- ", "* ") with the
 * blanks after it: "   - FrobSvc" gives "FrobSvc". */
const char *imp_past_bullet(const char *s);
/* Line m hangs in a list item: the item's first line above it, in the
 * same paragraph and shallower, opens with a bullet or a step's mark
 * ("- ", "3. ", "b. ") and its text starts where line m's does. */
int imp_hangs_in_item(const struct imp *im, size_t m);
/* Words of a step, matched as whole words ("set", not "settings"). */
int imp_has_word(const char *s, const char *w);

/* The section holding line n, or NULL (the text before the first one). */
const struct kb_article_section *imp_section_of(const struct imp *im, size_t n);
/* Where the section holding line n ends (one past its last line), or
 * the body's end (kbimport_gate.c): a fix's own procedure, which the
 * gate and the undo reader scan for a step that goes back. */
size_t imp_section_end(const struct imp *im, size_t n);
/* sec is the SYMPTOMS section (some articles head it SYMPTOM). */
/* Line s leads in to a message the article quotes: it ends with a colon
 * and names a message or an error ("... the following error message:"). */
int imp_announces_message(const char *s);
/* The header line holding the title ("TITLE   :Cannot Reinstall Frob"),
 * or 0 when the header has none. */
size_t imp_title_line(const struct imp *im);
int imp_symptoms_section(const struct kb_article_section *sec);
/* The article has a SYMPTOMS section: it reports a problem. */
int imp_has_symptoms_section(const struct kb_article *a);
/* Line n lies in the SYMPTOMS or the CAUSE section, where the article
 * states its problem: an event or a code there is the problem's, not
 * one the fix brings, an example or normal operation. */
int imp_in_symptoms_or_cause(const struct imp *im, size_t n);
/* Line n lies in the RESOLUTION or the WORKAROUND section, the part of
 * the article that says what to do. */
int imp_in_resolution(const struct imp *im, size_t n);
/* Line n lies under steps that reproduce the problem: a line of its
 * section above it opens with "To reproduce" or "Steps to Reproduce", or
 * a lead-in's last sentence says steps reproduce it ("The following steps
 * reproduce the problem:").
 * Those steps make what the fix takes away (kbimport_asks.c). */
int imp_in_reproduction(const struct imp *im, size_t n);

/* "REVIEW: " and the first words of the paragraph starting at line n
 * (skipping a leading "NOTE:"), then "..." when there is more; the last
 * line a word was taken from in *last, for the cite. */
const char *imp_extract(struct imp *im, size_t n, size_t *last);

/* A lower-case id from text: letters and digits, other runs become '-'. */
void imp_slug(const char *s, size_t n, char *out, size_t size);

/* Per article line (calloc'd, the caller frees; NULL when out of memory):
 * 1 when a drafted fact cites it or a review item is on it: with
 * fact_reviews_only PLACED_BY_ANY_REVIEW any item, PLACED_BY_FACT_REVIEW
 * only items about checks or facts, PLACED_BUT_BY_STEP_NOTE any item but
 * a step's own "rewrite this step in our own words". */
#define PLACED_BY_ANY_REVIEW    0
#define PLACED_BY_FACT_REVIEW   1
#define PLACED_BUT_BY_STEP_NOTE 2
unsigned char *imp_placed_lines(struct imp *im, int fact_reviews_only);

/* ---- kbimport_net.c: the review net's wider reading ------------------------ */

/* Line n names a key, a value, an event ID or an error code in a form
 * kb_import_line_names_fact() does not know: a key without its root
 * ("SYSTEM\CurrentControlSet\...", "\Registry\Machine\...", "Tcpip\
 * Parameters"), a root spaced from its path, "event 1105", "ID: 46",
 * "error 1069", an HRESULT or NTSTATUS (0x80070005, c0000244).  For
 * review_unplaced() only: no pass drafts from it. */
int imp_net_names_fact(const struct imp *im, size_t n);
/* Line n (text s) names an error code in a form no reader drafts: a
 * message's number first under its lead-in, a negative number, hex with
 * an 'h', a trap's number, a number closing a failure's words, a NetWare
 * message's number, a Mail notice's, hex in brackets after a failure
 * (kbimport_netcodes.c).  The review net's only. */
int imp_net_names_code(const struct imp *im, size_t n, const char *s);
/* msg (after a number) opens as a log line's date or time does: a month
 * or a weekday's name ("Mar 12 10:22:01"), or a time in its first words
 * (kbimport_errors.c; the number is no code). */
int imp_dated_text(const char *msg);

/* The data of a REGEDIT value line ('"Name"=dword:1', '@="x"'): where it
 * starts, past the '=' and blanks; NULL when s is no such line. */
const char *imp_regedit_value_data(const char *s);

/* Line n names a fact in any form: kb_import_line_names_fact() or
 * imp_net_names_fact() (kb_import_article_line_names_fact() for im->a). */
int imp_names_fact(const struct imp *im, size_t n);

/* ---- kbimport_events.c: event blocks and tables ---------------------------- */

/* The value of label on line s, ending at the next label, a comma, the
 * bracket that closes one the label stands in, or the line's end;
 * trailing dots and quotes dropped. */
const char *imp_label_value(struct imp *im, const char *s, const char *label);

/* The cells of a table's row s ("| Name | REG_SZ | data |"), trimmed, up
 * to max of them: each one's start and length, how many, and in *rest
 * what follows the last bar.  0 when s does not open with a bar.
 * (kbimport_values.c) */
size_t imp_row_cells(const char *s, const char **cell, size_t *len, size_t max, const char **rest);

void imp_add_event(struct imp *im, unsigned long id, const char *source,
		      const char *log, const char *desc, size_t line, size_t ctx_line);

void imp_scan_events(struct imp *im);

/* ---- kbimport_sources.c: an event's source as Event Viewer logs it -------- */

/* source in the spelling Event Viewer logs when it differs from a
 * well-known source only in case, spaces or dots ("Net Logon" is
 * NETLOGON); else source itself. */
const char *imp_source_as_logged(const char *source);
/* source is one whose events the Application log holds (Exchange's, any
 * whose name holds "exchange"; SNA Server's, Dr. Watson's, Perflib's,
 * ...), not the System log: 1 when so, 0 for others and for NULL. */
int imp_source_logs_to_application(const char *source);
/* The well-known source the n bytes at s name (imp_source_as_logged()),
 * as logged; NULL when they name none. */
const char *imp_known_source(const char *s, size_t n);
/* The well-known source that source misspells by one slip of the keys (a
 * letter added, dropped or changed, or two neighbours swapped:
 * "MSExchnageIMC" is MSExchangeIMC), or NULL: a known name, or none so
 * near. */
const char *imp_source_misspelt(const char *source);
/* The source's name alone when a source field runs on into the sentence
 * or the message ("IPXRIP logs with the following description:",
 * "Service Control Manager Error", "MSExchangeIS<BR/>"); else source. */
const char *imp_source_name(struct imp *im, const char *source);

/* Line n is the "TITLE :" line under "ARTICLE-ID: Qnnnnnn": a referenced
 * article's title (labelling guide C15). */
int imp_titled_reference_line(const struct imp *im, size_t n);
/* Line n holds, or continues on an indented line, a related article's
 * title ("   Q217339 Frob Fails with Event ID 7000"). */
int imp_related_title_line(const struct imp *im, size_t n);
/* s opens with an article number, as a related article's title does
 * ("Q217339 Title", "- Q217339 Title", "Q217339: Title"). */
int imp_article_number_line(const char *s);

/* Event id named on line only in a related article's title: a review
 * item, and 1 (the event is not drafted). */
int imp_related_title_event(struct imp *im, unsigned long id, size_t line);

/* In s, from from on: where the number of the next event named by
 * "event" ("Event ID 6", "event 1016"; the word standing alone, not in
 * "prevents") starts, when the word starts before end (to s's end when
 * end is NULL); NULL when none. */
const char *imp_next_event_number(const char *s, const char *from, const char *end);

/* Whether an event is named by its number in [q, end) (to q's end when
 * end is NULL): "Event ID 5, Event ID 6 (with a source of IISLOG)" gives
 * event 6 the source, not event 5. */
int imp_event_named_between(const char *q, const char *end);

/* The drafted event numbered id, the drafted error coded code; NULL when
 * none is drafted. */
const struct imp_event *imp_drafted_event(const struct imp *im, unsigned long id);
/* The review note for a line that names event ev again, drafted from its
 * own line: where it is drafted. */
const char *imp_event_named_again(struct imp *im, const struct imp_event *ev);
const struct imp_error *imp_drafted_error(const struct imp *im, unsigned long code);

/* a and b (la and lb bytes) differ by one slip of the keys at most: a
 * letter added, dropped or changed, or (swaps) two neighbours swapped.
 * The readers of a misspelt machine root and of a misspelt source share
 * it. */
int imp_one_slip(const char *a, size_t la, const char *b, size_t lb, int swaps);

/* After "event" at p ("events", "event ID", "Event ID#:", "event number
 * 7024"): where its number starts, past the word ID or number and any ':'
 * or '#'.  *with_id (when not NULL) is 1 when ID or number was there.
 * A digit glued to the word ("Event1", "Fire_Event2") is a name's, and p
 * itself is returned, where no number starts.  The prose event scan and
 * the reading of a prose event's source share it: they find the same
 * mention. */
const char *imp_event_number_at(const char *p, int *with_id);

/* "the Frob Agent records event ID 12" (the subject possibly ending the
 * line above): the well-known source the subject names, or NULL. */
const char *imp_prose_event_source(struct imp *im, unsigned long id, size_t line);
/* "the MTA may log an event 1016", "the message transfer agent (MTA)
 * may log an event 1016": the subject of the clause that logs event id
 * (line line's sentence) when it is a short name in capitals, or ends
 * with one in brackets, as written (the caller maps it to the name the
 * service registers), or NULL. */
const char *imp_prose_short_subject(struct imp *im, unsigned long id, size_t line);
/* The source Event Viewer's "The description for Event ID ( N ) in
 * Source ( X ) could not be found" names on line n (or wrapped onto the
 * next), or NULL. */
const char *imp_in_source(struct imp *im, size_t n);
/* In text (a lead-in's words), the source named as the subject of a log
 * verb ("SNA Server logs the following event:", "The MTA may log several
 * 9405 events"), after "from source" ("events coming from source SNA
 * Host Security"), "events from" or "from the ... service" (a
 * well-known source), "under the X source:", or after a verb that
 * reports "the source" ("The Event Detail will report the source SNA IBM
 * SDLC Link.", any name the words end with): a well-known source's logged
 * name or the name so given, or, with *as_written set, a name of
 * capitals only as written ("MTA"), for the caller to map; NULL when
 * none. */
const char *imp_lead_in_source(struct imp *im, const char *text, int *as_written);

/* ---- kbimport_logs.c: log excerpts ----------------------------------------- */

/* "[INIT] Unable to bind ..." or, in the Windows 2000 form,
 * "00000c94.00000cd4::2000/04/10-19:10:46.321 [CS] ...": the part a
 * pattern can match on any machine, or NULL. */
const char *imp_log_text(const char *s);

void imp_scan_logs(struct imp *im);

/* ---- kbimport_errors.c: error messages and codes, events named in prose ---- */

void imp_scan_errors(struct imp *im);

/* ---- kbimport_errcite.c: an error's cite holds its code and message -------- */

/* Run after every reader: each error's cite widened to the fewest lines
 * around its code that hold the code and its message as kb verify reads
 * them. */
void imp_cite_errors(struct imp *im);

/* Run after imp_cite_errors(): an event that writes the code and
 * message of the error its description carries cites the error's lines
 * too. */
void imp_cite_events(struct imp *im);

/* Run after every reader: each check's cite widened to the fewest lines
 * around it that hold its key, value and data as kb verify reads them. */
void imp_cite_checks(struct imp *im);

/* The line ranges check c cites ("cite: 57-58, 61"): the line naming
 * its key and those of its value, in the article's order, into r; their
 * count (0 when no line is known). */
size_t imp_check_cite(const struct imp_check *c, size_t r[2][2]);

/* The source named near an event found in running text: "Source: X" or
 * "Source X" in the lines of its paragraph. */
const char *imp_nearby_source(struct imp *im, size_t n);

/* "the following events may appear in the Application Log:" then
 * paragraphs that each start with the event ID alone on a line. */
void imp_scan_event_number_list(struct imp *im);

/* "Event ID 8007 may also appear", "(Event 186)", "Event 567:", "logs
 * event 2012": events named outside an event block.  The article gives
 * no source: the draft says so and a person fills it in. */
void imp_scan_prose_events(struct imp *im);

/* Tie events to the error they carry: its code ("error 1720", "%%1720")
 * or its message in the event's description. */
void imp_link_events(struct imp *im);

/* ---- kbimport_catalogue.c: a list of event IDs is not a problem ------------ */

/* An article with no SYMPTOMS section that lists 15 or more event IDs
 * (a catalogue, labelling guide C6): its events go to the review list;
 * so do its error codes when it drafts 15 or more. */
void imp_demote_event_catalogue(struct imp *im);

/* ---- kbimport_codetable.c: a table of codes is a reference ----------------- */

/* Rows of a table of codes ("103    Cannot connect to the registry ...",
 * five rows or more, about codes) that nothing placed (placed[], from
 * imp_placed_lines()): each listed for a person (labelling guide C6) and
 * marked in placed[].  Run after all drafting. */
void imp_review_code_tables(struct imp *im, unsigned char *placed);

/* ---- kbimport_afterfix.c: what the fix brings ------------------------------ */

/* Line n, outside the SYMPTOMS and the CAUSE, is in a paragraph (or a
 * quoted message under one ending with ':') that says the fix is in
 * place ("where this hotfix is applied", "after you apply the update"):
 * an event or a code there comes with the fix, not with the problem:
 * 1.  2 when it says the event or code is normal or expected ("This is
 * normal", "This is a good message"); 3 (outside the SUMMARY too) when
 * it says the article's own change or procedure brings it, done wrong
 * or half done, or an option logs it by design ("Failure to follow this
 * order will cause", "If you set it too high", "This setting may
 * cause"); 0 none. */
int imp_after_fix(const struct imp *im, size_t n);
/* Paragraphs (kbimport_afterfix.c): line n's, and the one one or two
 * blank lines above or below another (1 and its lines, or 0). */
void imp_paragraph_of(const struct imp *im, size_t n, size_t *first, size_t *last);
/* The sentence that holds p, a place in line n's text, read over its
 * paragraph (from eight lines above n at most) joined into b (the caller
 * frees it): its start in *from, its stop (or the text's end) in *to,
 * p's place in *at.  A stop is '.', '?' or ';' (not "e.g."'s), or a
 * quote one closes.  1, or 0 when p is not in the line or the join
 * failed. */
int imp_sentence_at(struct imp *im, size_t n, const char *p, struct kb_buf *b, const char **from,
		    const char **to, const char **at);
int imp_paragraph_above(const struct imp *im, size_t first, size_t *pf, size_t *pl);
int imp_paragraph_below(const struct imp *im, size_t last, size_t *pf, size_t *pl);
/* The event id named at line n is one its paragraph says is not logged
 * ("Event 23 may not be logged", "does not write the following entry",
 * "No event (such as event ID 7031) is written"). */
int imp_event_not_logged(struct imp *im, size_t n, unsigned long id);

/* ---- kbimport_registry.c: keys, REGEDIT blocks, the checks ----------------- */

/* Where the key a check is read under stands, and what the article asks
 * for it (imp_article_asks()): each reader fills one and passes it to
 * imp_add_check_at(), which copies it into the check. */
struct imp_at {
	size_t key_line, key_last; /* the key's lines; 0: none apart from the check's */
	size_t value_last;         /* the value's last line; 0: the check's own line */
	int repair;                /* the article asks to make it so */
	int recommended;           /* a step or the article's words recommend the
				      datum (struct imp_check) */
};

struct imp_check *imp_add_check_at(struct imp *im, const struct imp_at *at, const char *key,
				   const char *value, const char *type, enum imp_expect expect,
				   const char *data, size_t line);
/* The same with no key lines and no repair (a check the article only
 * asks to verify, cited on its own line). */
struct imp_check *imp_add_check(struct imp *im, const char *key, const char *value,
				   const char *type, enum imp_expect expect,
				   const char *data, size_t line);
/* "add X to the Y list": a REG_MULTI_SZ value that contains entry, a
 * repair the article asks for, under the key on lines key_line..key_last;
 * entry_last the entry's last line (0: line). */
struct imp_check *imp_add_list_entry(struct imp *im, size_t key_line, size_t key_last,
				     size_t entry_last, const char *key, const char *value,
				     const char *entry, size_t line);

void imp_scan_registry(struct imp *im);

/* Value names no key claimed are listed, never dropped. */
void imp_scan_orphan_values(struct imp *im);

/* "HKEY_LOCAL_MACHINE\X", "HKLM\X", "\Registry\Machine\X" -> "HKLM\X"
 * with the article's slips in the path mended (a review item on line for
 * each), or NULL (with a review item) for a key kbwiz cannot read from a
 * hive.  Every key read from an article goes through here; the result
 * lives as long as im. */
const char *imp_normal_key(struct imp *im, const char *key, size_t line);

/* ---- kbimport_glued.c: two names glued by a lost backslash -------------- */

/* "HKLM\SYSTEM\CurrentControlSet\ServicesNwlnkIpx\..." -> "...\Services\
 * NwlnkIpx\...": a name, where the hive holds only a few (its root,
 * SYSTEM, a control set), that opens with one of them and goes on with a
 * capitalised word is split, with a review item on line.  key as given
 * when nothing is glued; NULL when out of memory. */
const char *imp_unglued_key(struct imp *im, const char *key, size_t line);

/* name is key's last name, case ignored ("...\Parameters", "parameters"). */
int imp_key_ends_in(const char *key, const char *name);

/* The key that words naming a subkey name of key ("under the Parameters
 * key", "Select the Helpers key") put things under: key itself (the same
 * pointer, so callers can tell) when name is its last name, as the words
 * then name the key they are in; else key\name. */
const char *imp_key_child(struct imp *im, const char *key, const char *name);

/* ---- kbimport_regexe.c: a change told as a reg.exe command ------------- */

/* Line line (through last, the key's last line, and the lines that go on
 * with a switch) is "reg add|delete KEY /v ... /t ... /d ..." naming key:
 * its check and repair drafted, or a review item when the command cannot
 * be read plainly; 1.  0 when the line is no such command. */
int imp_place_reg_command(struct imp *im, const char *key, size_t line, size_t last);
/* Line n opens with "reg add" or "reg delete" (after a prompt). */
int imp_reg_command_line(const struct imp *im, size_t n);
/* How a command's next line goes on from the text b joined so far: not
 * at all, after a space, or straight on (a path wrapped at its
 * backslash).  next is the line (its indent skipped), line its number,
 * last the line the caller's command reaches at least. */
enum imp_join { IMP_JOIN_STOP, IMP_JOIN_SPACE, IMP_JOIN_TIGHT };
typedef enum imp_join (*imp_goes_on)(const struct kb_buf *b, const char *next, size_t line, size_t last);
/* Line n, then the lines after it that goes_on() joins (four lines at
 * most, a blank line ends it), joined into b; the last line joined.  Both
 * command readers (reg.exe's and PowerShell's) join their lines here. */
size_t imp_command_text(struct imp *im, size_t n, size_t last, imp_goes_on goes_on, struct kb_buf *b);
/* A value a command line sets (reg.exe's /v /t /d, a cmdlet's -Name
 * -Type -Value) under key, on lines line..last: its check, the data as
 * written (no remark to strip); 1 when drafted, 0 when imp_value_checks()
 * refused it (with its own review item). */
int imp_place_command_value(struct imp *im, const struct imp_at *at, const char *key, const char *name,
			    const char *type, const char *data, size_t line, size_t last);
/* The words that lead in to the command on line line (its paragraph, or
 * the one above it) offer it as an example or as the way to undo a change
 * ("For example, to ...", "To undo the change, run:"), or show it: the
 * cue, or NULL when the command is led in to as the fix. */
const char *imp_command_aside(const struct imp *im, size_t line);

/* ---- kbimport_psreg.c: a change told as a PowerShell command ------------ */

/* Every line that opens a registry cmdlet on the registry provider's
 * drives ("Set-ItemProperty -Path HKLM:\... -Name X -Value 1 -Type
 * DWord", New-ItemProperty, Remove-ItemProperty, New-Item, Remove-Item):
 * its check and repair drafted, or a review item when it cannot be read
 * plainly; its lines marked used. */
void imp_scan_ps_registry(struct imp *im);
/* Line n opens with one of those cmdlets (after a "PS C:\>" prompt). */
int imp_ps_command_line(const struct imp *im, size_t n);

/* ---- kbimport_keytable.c: a table of keys and their values -------------- */

/* Every table of '|' cells whose header names a key column, a name column
 * and a data column ("| Registry key | Value name | Type | Data |"): each
 * row's check (a repair when the paragraph above the header asks to set),
 * or its review item; the table's lines marked used. */
void imp_scan_key_tables(struct imp *im);

/* ---- kbimport_roots.c: HKEY_LOCAL_MACHINE misspelt ----------------------- */

/* key ("HKEY_LOCAL__MACHINE\System\...") whose root is HKEY_LOCAL_MACHINE
 * misspelt by one letter or underscores: the key with the root written
 * right, and a review item on line; NULL otherwise. */
const char *imp_root_typo(struct imp *im, const char *key, size_t line);

/* The article's body with each root misspelt so that no reader finds it
 * ("HEY_LOCAL_MACHINE\\", "HKYEY_LOCAL_MACHINE\\", "HKEYLOCALMACHINE\\":
 * starting with H, holding LOCAL as written, one letter from
 * HKEY_LOCAL_MACHINE, not starting with "HKEY_") written
 * HKEY_LOCAL_MACHINE, with a review item for each root mended: *copy is
 * im->a with those lines, for every pass to read; 0 (and *copy untouched)
 * when no line is. */
int imp_mend_roots(struct imp *im, struct kb_article *copy);

/* A key path relative to HKEY_LOCAL_MACHINE on line s: a machine hive's
 * name and a name found under it ("SYSTEM\CurrentControlSet\...",
 * "\SOFTWARE\Microsoft\...", also with '/'), alone on the line (after a
 * step's number and a "Key Name:" label) or in a sentence.  Its start,
 * its length in *len; *alone when where it ends is known (the line's end,
 * or only "key"/"subkey" after it); NULL when none or code quotes it. */
const char *imp_relative_path(const char *s, size_t *len, int *alone);

/* Line s with a root's name that a space breaks after an underscore
 * ("HKEY_LOCAL_ MACHINE\\System\\...") or parts from its path
 * ("HKEY_LOCAL_MACHINE \\SOFTWARE\\...") written whole, kept in im's
 * arena; s itself when none. */
const char *imp_root_unspaced(struct imp *im, const char *s);

/* p opens with a short root: "HKLM\\", "HKCU\\", "HKCR\\" or "HKU\\". */
int imp_short_root_at(const char *p);

/* The labels a key's path may follow on its line ("Key: HKEY_...",
 * "Registry location: HKEY_..."), each with its colon; NULL-ended. */
extern const char *const imp_key_path_labels[];

/* The text from b to p (where a root starts) is a numbered step's
 * sentence up to a colon that ends "the following [registry] key:" or
 * "...subkey:" ("2. Delete the following registry subkey: "): the key
 * after it stands as on a line of its own, and the words before it are
 * the step's. */
int imp_step_colon_lead(const char *b, const char *p);

/* "| Key: | HKEY_... |", "| Registry key | HKLM\\... |": b (a line from
 * its first '|') is a row of a box of two cells, a key path's label in
 * the first (its colon may be left out, as boxed value rows leave it
 * out) and a path from its root in the second: the path, its length (to
 * the cell's end) in *len; else NULL. */
const char *imp_boxed_key_path(const char *b, size_t *len);

/* The next root in s: "HKEY_..." or a short root that is a word of its
 * own (not "xHKLM\\"), or NULL. */
const char *imp_next_root(const char *s);

/* ---- kbimport_namedkey.c: a value block tied by "in the X key" ---------- */

/* "If the Frob value does not exist in the Parameters key, ... add the
 * following registry value:" over a "Value Name:" block no key claimed:
 * the values are drafted under the nearest path above ending in
 * Parameters, with what the sentence asks. */
void imp_scan_values_under_named_key(struct imp *im);

/* ---- kbimport_values.c: value blocks and inline values --------------------- */

int imp_has_placeholder(const char *key);

/* A value's name that stands for one the reader chooses: "ValueName",
 * "KeyName", "ValueData", "Value1", "ValueN". */
int imp_placeholder_value_name(const char *name);

/* "0x1", "1", "dword:00000001", "0x00000001 (1)": the number as a string
 * the loader reads ("0x1" or "1"), or NULL.  "0 x 2" (a hex number's 0x
 * spaced by the print) is NULL: a caller that drafts from it would say
 * nothing of the reading. */
const char *imp_read_number(struct imp *im, const char *s, uint64_t max, int *extra);
/* imp_read_number() that reads "0 x 2" as 0x2: only for a caller that
 * notes the reading for review (the value block's data, kbimport_values.c). */
const char *imp_read_spaced_number(struct imp *im, const char *s, uint64_t max, int *extra);

/* The checks value v under key asks for, added with at (only read: the
 * checks' value_last is v's last line, set on a copy). */
void imp_value_checks(struct imp *im, const struct imp_at *at, const char *key,
		      const struct value_spec *v);

/* "...\\Session Manager\\AutoChkTimeOut" (the path k, its last backslash
 * at last) with "REG_DWORD: 1" alone on the next line (next, line m): the
 * path ends in the value's name.  Fills v and returns the key's path, or
 * NULL when the lines are not that. */
const char *imp_tail_then_type(struct imp *im, const char *k, const char *last, const char *next,
			       size_t m, struct value_spec *v);

/* A label at the start of a trimmed line: "Value Name:", "Data Type:". */
const char *imp_value_label(const char *s, const char *label);

int imp_numbered_step(const char *s);

/* "c. On the Edit menu, click Add Key": a lettered step under a
 * numbered one. */
int imp_substep(const char *s);

/* The line after step line m when it goes on with that step's sentence
 * (trimmed); "" when there is none or it starts a step of its own. */
const char *imp_step_goes_on(const struct imp *im, size_t m);

/* "Name: REG_DWORD: 4096", "Name:REG_DWORD:0x1", "Name   REG_DWORD   1",
 * "2 for Name : REG_DWORD : 0x2": one line naming a value, its type and
 * its data.  Fills v (name NULL when the line gives only "REG_X: data"). */
int imp_inline_value(struct imp *im, const char *s, size_t line, struct value_spec *v);

/* The "Value Name / Data Type / Data" lines (or inline "Name: REG_X:
 * data" lines) after a key.  Step lines ("3. On the Edit menu, click Add
 * Value.") and a short remark may come between the key and its values. */
void imp_read_value_block(struct imp *im, size_t after, struct value_block *vb);

/* "DWORD: SecureVPN", "REG_SZ: ServerName": the type as the label and
 * the value's name after it; NULL when the rest is data ("DWORD: 1").
 * *type is the type's registry name. */
const char *imp_type_then_name(const char *p, const char **type);

/* ---- kbimport_asks.c: what the article asks of a key, values in prose ------ */

/* Where the words asking something of the key at key_line start: three
 * lines before it, or the sentence that introduces a list of keys
 * ("Check each of the following keys and correct them:") when one ends
 * with a colon within the lines before. */
size_t imp_ask_window_start(const struct imp *im, size_t key_line);

/* s starts (after blanks) with a key path from its root: "HKEY_...",
 * "HKLM\...", "HKCU\...", "HKCR\...", "HKU\...". */
int imp_line_starts_key(const char *s);

/* The first line of the sentence whose last line is line ("1. Delete the
 * X value that is located under the" / "following key:"): line itself or
 * lines above it, no higher than min, never past a numbered step or
 * sub-step, nor over a blank line, a key or an earlier line ending with a
 * colon (another list's lead-in). */
size_t imp_sentence_start(const struct imp *im, size_t line, size_t min);
/* The last line of the steps that save a copy of the key right after its
 * lines ("click Export Registry File"), or key_last (kbimport_edits.c). */
size_t imp_past_backup_steps(const struct imp *im, size_t key_last);

/* The first of the NULL-ended cues found in s (in any case), or NULL. */
const char *imp_cue_in(const char *s, const char *const *cues);
/* s, its trailing blanks left out, ends with ':' (it announces what follows). */
int imp_ends_with_colon(const char *s);

/* Whether the article asks for check c, decided when it is drafted (by
 * imp_add_check_at()), on the check as imp_gate() will mend it: sets
 * c->not_asked (and not_asked_late) when its words only show, document or
 * misname it, or c->check_only (and clears c->repair) for a key something
 * is only added under. */
void imp_decide_asked(struct imp *im, struct imp_check *c);

/* What lines first..last ask of a key or value, by the words of their
 * steps: deleting wins (it becomes a review item), then creating or
 * setting, then verifying.  The warning boilerplate ("Add and Delete
 * Information in the Registry") asks nothing. */
enum asks imp_article_asks(const struct imp *im, size_t first, size_t after, size_t last);

/* ---- kbimport_keyact.c: the sentence that governs a key ---------------- */

/* Verb classes, weakest first: the strongest in a sentence wins. */
enum key_verb { KV_NONE, KV_NAVIGATE, KV_CHECK, KV_SET_VALUE, KV_ADD_KEY, KV_DELETE };
enum key_object { KO_NONE, KO_KEY, KO_VALUE };
struct key_act {
	enum key_verb verb;
	enum key_object object;
	int own;        /* the object is the key set out below ("the following keys"),
			   or, for KO_VALUE, the entries set out below ("the
			   following registry entries"), whatever they are */
	size_t line;    /* the line of the lead-in's colon */
	char value[64]; /* KV_DELETE of KO_VALUE: the value named ("delete the
			   X value from the following key"), or "" */
};

/* The lead-in sentence ending with a colon above the key at key_line
 * (past other keys of its list and "and" lines), read as its strongest
 * imperative verb and that verb's object.  0 when there is none. */
int imp_governing_act(const struct imp *im, size_t key_line, struct key_act *out);

/* "you may want to disable X as a troubleshooting step. To disable X,
 * delete ...": text offers a suggestion, which the reader weighs
 * (labelling guide C8), so nothing in it is asked. */
int imp_suggests(const char *text);

/* "Don't forget to", "do not forget to" just before p (inside s, blanks
 * between): a reminder of the step at p, which asks for it; the
 * negation is said of "forget", not of the step.  Where the reminder
 * starts (the negation, or the "do" before it), or NULL. */
const char *imp_reminder_before(const char *s, const char *p);
/* The words of the verb's own clause (from the sentence's start or the
 * last ", so", ";" or ":" before verb, less a condition opening it) say
 * the verb is not asked: a negation ("does not, however, delete"; not
 * "X isn't used, so delete", nor "Don't forget to delete"), a program's
 * doing ("Setup will then delete", "programs, when run twice, delete"),
 * an option ("you can also remove"), a condition ("if you delete").  The
 * one test every reader of a delete, an add or a lead-in asks. */
int imp_not_asked(const char *text, const char *verb);

/* A break that ends a clause of its own at q (in s): its length, or 0.
 * ". " (or a final "."), ";", ", so ", ": " ("X isn't used, so delete",
 * "Gizmo won't start while it is there: delete", "Setup does not make
 * it; create"); not one right after a negation or a modal, "following",
 * "this", "these" (an aside, or the clause carried on: "Don't, so to
 * speak, delete", "Never do the following: delete"). */
size_t imp_clause_break(const char *s, const char *q);

/* Cut from buf (n characters, the words before an ask) the words that
 * lead into the ask without being said of it; the new length.  A
 * purpose opening them ("So that the agent does not stop, ", "In order
 * not to lose data, "), read as imp_not_asked() reads an opening
 * condition; "be sure to", "make sure (that) you" ending them, which ask
 * as "set it" does; and a reminder ending them ("Don't forget to",
 * "Please do not forget to"; only "do", "please", "and", "then", "also",
 * "but" before it, as "Setup doesn't forget to" tells of a program).
 * imp_not_asked() and sentence.c's data asks read the words so cut. */
size_t imp_drop_lead_in(char *buf, size_t n);

/* How far before a verb imp_told_by_modal() looks for its modal. */
enum imp_modal_reach {
	IMP_MODAL_NEXT,         /* the word just before it: "The file may
				   change the registry" (regblock.c) */
	IMP_MODAL_ADVERBS,      /* two adverbs between at most: "Setup will
				   then add", "it might automatically
				   change" (asks.c) */
	IMP_MODAL_CLAUSE,       /* any word of s, the clause before the verb
				   ("Setup will, if it finds X, delete":
				   imp_not_asked()) */
};
/* The verb at p (in s) is told by a modal, will, would, might or may:
 * what something else does, will or may do, not a step.  "you may need
 * to remove", "you will have to delete" are the reader's need (guide
 * C8) and ask; with reader_asks, so is "you will add", the reader's own
 * step. */
int imp_told_by_modal(const char *s, const char *p, enum imp_modal_reach reach, int reader_asks);

/* name is the last name of a key holding every service, program or
 * setting ("Services", "ControlSet001", "Policies"): never one to delete
 * (kbimport_edits.c). */
int imp_container_name(const char *name);

/* The verb at verb (inside text) opens an imperative clause ("To fix
 * this, add", "you must then delete"; not "Many administrators add") and
 * imp_not_asked() finds nothing against it. */
int imp_verb_asked(const char *text, const char *verb);

/* One sentence read as imp_governing_act() reads a lead-in: its
 * strongest imperative verb and that verb's object. */
void imp_sentence_act(const char *sentence, struct key_act *out);

/* ---- kbimport_infkey.c: keys written the INF way ------------------------ */

/* s (after blanks) is 'ROOT,"...' : a key as an INF or setup script
 * writes it (HKLM, HKEY_LOCAL_MACHINE, HKCU, ... then a comma and a
 * quote). */
int imp_inf_line_starts_key(const char *s);

/* Line n's 'ROOT,"path"' (the quotes closed on a later line when the
 * path wraps, *last that line): the key with its root in full
 * ("HKEY_LOCAL_MACHINE\\path"), *valued 1 when a value's name or data
 * follows it; NULL when the line is not one. */
const char *imp_inf_key(struct imp *im, size_t n, size_t *last, int *valued);

/* ---- kbimport_prosekey.c: a key named in a step's sentence ------------- */

/* "Remove the Frob key from:", "Check the Frob registry key that is
 * located in the following registry key:", "... and the Frob key under"
 * over the key at key_line..key_last: the child so named (the key itself
 * when its last name is that one) drafted as the sentence asks, a delete
 * (key-absent with its repair) or a check that it exists; 1 when drafted. */
int imp_place_named_child(struct imp *im, const char *key, size_t key_line, size_t key_last);

/* Key (as read, normal form) written from its root at p (klen bytes) in
 * running text on line n (text s): "Delete the HKEY_...\\Frob registry key
 * from the server", "remove the Frob key located under HKEY_...\\Frobco":
 * the key (with the capitalised words it runs on into before "key"), or
 * its child named before it, drafted as the sentence asks; 1 when
 * drafted, with *last the path's last line. */
int imp_place_running_named(struct imp *im, const char *key, const char *s, const char *p, size_t klen, size_t n,
			    size_t *last);

/* "Delete the \\System\\Disk key under HKEY_LOCAL_MACHINE subtree": the
 * relative path before the root (at root in line n's text s), joined to
 * it and drafted as the sentence asks; 1 when drafted. */
int imp_place_relative_named(struct imp *im, const char *s, const char *root, size_t n);

/* A REG_DWORD value v (under the key at at) given with no data, whose
 * data the sentence asking for it says: "change the following registry
 * parameter to 1" leading into the key, "set the data value of the Frob
 * value to 1 in the following key", "Set this key to 1." right after the
 * value.  The number as the loader reads it, *line the sentence's line;
 * NULL when no sentence says it. */
const char *imp_dword_set_in_words(struct imp *im, const struct imp_at *at, const struct value_spec *v, size_t *line);

/* The step between the key at at and the lone value v's block sets it to
 * a number: "Set the following value to 0:" over a block whose data lists
 * the choices ("0 (disable), 1 (enable)").  The number as the loader
 * reads it, *line its line; NULL when no such step. */
const char *imp_dword_set_in_step(struct imp *im, const struct imp_at *at, const struct value_spec *v, size_t *line);


/* The line after the key line key_last is indented text with no colon,
 * not a key or a step: the rest of the key's name, a name or value set
 * out under the key, or a remark on it; whichever, it is the key's. */
int imp_line_under_key(const struct imp *im, size_t key_last);

/* The line after the key line key_last may go on with the key's name (an
 * indented fragment with no colon, not a key or a step, after a break at
 * a backslash, inside a placeholder or GUID, or at a space past the
 * width a writer wraps at): the key was wrapped and may have been read
 * short.  A fragment under a shorter key line is not its name (a remark,
 * or a name or value set out under the key).  The one test of a wrapped
 * name: imp_key_only() reads it before a check or create. */
int imp_key_runs_on(const struct imp *im, size_t key_last);

/* "...\Parameters\MaxFreeTcbs" followed by "Value Type: REG_DWORD", or
 * "...\Parameters\LetHex27Pass: REG_SZ: x", "...\PPP:MaxConfigure",
 * "...\DiskSpaceLowWaterMark (DWORD)": the path ends in a value name.
 * Splits *key and fills v; 0 when the path is a key. */
int imp_trailing_value(struct imp *im, const char **key, size_t key_line, size_t key_last,
			  struct value_spec *v);

/* "change the Autorun value to 0", "Set MaxWorkItems to 4096", "set the
 * <key>\SQL Enabled registry parameter to 1", "Change it to 0x00000004":
 * a value given in words in lines first..last.  The name is the words
 * between the verb and "to" ("it" or the key itself: the path's last
 * name, which must then be a value).  Fills v; 0 when none. */
int imp_prose_value(struct imp *im, const char *key, size_t first, size_t last,
		       const char **value_key, struct value_spec *v);

/* The registry type the article lists for the value name somewhere: a
 * listing line ("Name: REG_SZ: x", "Name  REG_DWORD  1"), a REGEDIT line
 * ('"Name"=dword:1'), or "Value Name: Name" over "Data Type: REG_X"; never
 * a type in prose near the name, which may be another value's (guide
 * C11: the same value shown with its type elsewhere), under the key named
 * at key_line (no other key named above the listing).  NULL when none, or
 * when two listings disagree; *line (may be NULL) gets the listing's. */
const char *imp_type_shown_for(struct imp *im, const char *name, size_t key_line, size_t *line);

/* A value whose type was assumed (v->type_assumed): the type the article
 * lists for it elsewhere, with a review item saying where, and 1; else a
 * review item saying no type is given, and 0: no check to draft.  Guide
 * C11: a number alone does not say REG_DWORD; a guessed type would be our
 * advice written into a hive as the article's.  1 when nothing was
 * assumed. */
int imp_settle_assumed_type(struct imp *im, size_t key_line, struct value_spec *v);

/* "...\\Bh key and its subkeys, or": a path ends where prose starts.
 * "MSExchangeDS or MSExchangeIS\\Restore in Progress" names two keys: a
 * review item, not one merged path.  NULL when nothing is left. */
const char *imp_trim_prose(struct imp *im, const char *key, size_t line);

/* Where imp_trim_prose() cuts key: the first word of prose after the
 * path, or NULL. */
const char *imp_prose_cut(const char *key);

/* "click Modify, and then type "20" (without the quotation marks) in
 * the Value Data field.  Make sure that Hexadecimal is selected": data
 * typed into Registry Editor, in lines first..last. */
const char *imp_typed_data(struct imp *im, size_t first, size_t last);

/* Drops each value check that no step asks to set (a check only) and
 * that the article gives outside RESOLUTION and WORKAROUND with no words
 * saying it must be so ("verify that", "must be"): what the article
 * describes, not a state to test.  Run after the gate's readers that
 * compare a value given twice (kbimport_asks.c). */
void imp_drop_shown_values(struct imp *im);

/* Values listed under a lead-in with "If any of these entries does not
 * exist, use ..." below them: each gets its set. */
void imp_scan_listed_added_when_missing(struct imp *im);

/* s speaks of another key by its name: "the X key" or "the X subkey"
 * with X a name (a capital; not a hive's, a keyboard key's, nor a part
 * of key's own path) while key's last part is named nowhere in s
 * (kbimport_asks.c). */
int imp_names_another_key(const char *s, const char *key);

/* "Locate the X value under the following key:" before the key and "click
 * DWORD, type "0x1"" after it: fills v, 0 when not all are said. */
int imp_value_named_before(struct imp *im, size_t key_line, size_t key_last, struct value_spec *v);

/* "set the value of the MaxTokenSize value that is located in the
 * following key to ...": the value named in the sentence introducing the
 * key at key_line; its name and line, or NULL. */
const char *imp_value_ahead_of_key(struct imp *im, size_t key_line, size_t *line);

/* "3. Add the above registry key and value.": a step after the key ending
 * at key_last asks for it, with no other key between. */
int imp_key_asked_later(const struct imp *im, size_t key_last);

/* Lines first..last name phrase ("back to their default values"). */
int imp_lines_say(const struct imp *im, size_t first, size_t last, const char *phrase);

/* What "it" at p refers to when a value is picked or named by its name
 * before it in s (since the last path, if s holds one; a name other than
 * key's last): "Locate the FrobCheck value, and then delete it",
 * "double-click the FrobCheck REG_DWORD value" / "Set it to 1",
 * "right-click FrobCheck, and then click Modify", "Select the X entry".
 * How many values so named; *name (when name is not NULL) the one name
 * when one, else NULL.  The prose reader (kbimport_asks.c) and the
 * deletion reader (kbimport_edits.c) both ask it, so that "it" is read
 * one way. */
size_t imp_values_picked_before(struct imp *im, const char *s, const char *p, const char *key,
				const char **name);

/* "The following key will be created:", "LOGEVENT creates the following
 * key", "After you install this update, the following registry value is
 * created:": the key or value is made by a program or by setup, not by
 * the reader.  Lines first..last say so in the passive or with a program
 * as the subject (not "create the key", not "it must be created"). */
int imp_created_by_program(const struct imp *im, size_t first, size_t last);
/* A key named with no value: a check only when the article asks for one
 * ("verify", "create"); else a review item, never a repair the article
 * does not ask for.  Sets at->repair to what the key's words ask; the
 * check or the "asks nothing" item made is recorded in kr (may be NULL),
 * the key as the registry pass read it. */
void imp_key_only(struct imp *im, struct imp_at *at, const char *key, size_t key_line, size_t key_last,
		  struct imp_key_read *kr);

/* Line n lies in a part of the article that is reference material: the
 * nearest heading above it (a line over "----" or "====") names it so
 * ("Resource Data", "Reference", "Appendix"), or the part opens with
 * words saying so ("This section contains information referenced in
 * Part I", "for reference").  Settings listed there, even with "to apply
 * these settings manually, import them", are not asked for by this
 * article: a person reads them. */
int imp_in_reference_part(const struct imp *im, size_t n);

/* "the value "00000007" is the internal network number.  Please change
 * this to your desired value": words on a value's lines first..last or
 * in the few lines after (to the next step, key or export line) that
 * leave its data to the reader.  The cue found, or NULL. */
const char *imp_data_left_to_reader(const struct imp *im, size_t first, size_t last);

/* The words above line first (back to line stop, the value's key, a step
 * or ten lines) show the value rather than ask for it: what an entry
 * "would look like" for one reader, "The following parameters appear in
 * the right window".  The cue found, or NULL. */
const char *imp_lead_in_shows(const struct imp *im, size_t first, size_t stop);

/* "Setup adds or modifies some or all of the following values:", "This
 * hotfix adds the following to the registry:": lines first..last say a
 * program writes what follows (a subject, then adds / creates / writes /
 * modifies, then "following"), not that the reader is to. */
int imp_program_writes(struct imp *im, size_t first, size_t last);

/* "Change the registry entries for A: <values> to the following registry
 * entries for B: <values>": a line opening with "to the following
 * (registry) entries / values / settings / :" below the values ending at
 * line last (before any key, step or heading) makes them the state the
 * change starts from, not the data asked for. */
int imp_old_state_above(const struct imp *im, size_t last);

/* "Example:", "Examples:", "Sample:", "Case 1: X is set to 0" (or
 * underlined) as a heading among lines first..last, with no numbered step
 * among them before it: what follows is shown as an example. */
int imp_example_heading(const struct imp *im, size_t first, size_t last);

/* ---- kbimport_configure.c: "configure the following registry setting" -- */

/* Line n (read on into the next) asks to make registry data so with
 * "configure the following|this|these [registry] setting|value|entry|
 * parameter|key": 1, as a set verb. */
int imp_asks_configure(const struct imp *im, size_t n);

/* ---- kbimport_dialog.c: a value added through the Add Value dialog -------- */

/* Lines first..last joined into b, each trimmed on the left and followed
 * by one space (a sentence read across its line breaks); starts[] (at
 * most max) gets where each line begins.  Returns how many were joined.
 * An allocation that fails sets im->oom (and b->oom): callers need only
 * stop reading b. */
size_t imp_join_lines(struct imp *im, size_t first, size_t last, struct kb_buf *b,
		      size_t *starts, size_t max);

/* The article line holding offset off of text joined from line first. */
/* The lines after a key ending at key_last joined into b as
 * imp_join_lines() does: lines of them at most, up to the next line that
 * names a key of its own (HKEY_), and with in_section not past the key's
 * section.  How many lines; 0 with b freed when there are none or memory
 * ran out. */
size_t imp_join_after_key(struct imp *im, size_t key_last, size_t lines, int in_section, struct kb_buf *b,
			  size_t *starts, size_t max);
size_t imp_joined_line(size_t first, const size_t *starts, size_t n_starts, size_t off);

/* "click Add Value, and type Foo in the Value Name box" / "select
 * REG_DWORD" / "In the Data box, type 10. Select the Hex option": the
 * value told over the steps after the key ending at key_last.  Fills v
 * (data NULL when not said plainly); 0 when no name and type are, 1 for a
 * value added, 2 for one there already that the steps pick and edit
 * ("Select the following value: Foo" / "click DWORD" / "change the data
 * from 2 to 6"). */
int imp_dialog_value(struct imp *im, size_t key_last, struct value_spec *v);
/* "Locate the following key: ...\\DBAGENT\\Type" / "On the Edit menu,
 * click DWORD, type "10"": the step after the path opens the editor on
 * it, so its last name (name) is the value.  Fills v; 0 when not so. */
int imp_path_value_edited(struct imp *im, size_t key_last, const char *name, struct value_spec *v);
/* kbimport_listedname.c: "Add the following case-sensitive DWORD value of
 * 0:" over a line holding only the value's name, in the steps after the key
 * ending at key_last; type and datum from the lead-in or the sentences
 * under the name.  "Add one of the following values, depending on ...:"
 * over several names, each alone on its line: each (*one_of set: the
 * article adds one of them).  Fills vs[] (at most max; data NULL when not
 * both type and datum are said) and *lead, the lead-in's line; returns
 * how many, 0 when the steps list no value so. */
#define LISTED_NAMES 8
size_t imp_values_listed_after(struct imp *im, size_t key_last, struct value_spec *vs, size_t max, size_t *lead,
			       int *one_of);
/* "3. Click the Max Threads value." / "4. On the Edit menu, click DWORD." /
 * "5. In the Data field, type 200 (Dec)": value name, picked in the steps
 * after the key ending at key_last, edited there.  Fills v (data NULL when
 * not said plainly); 0 when the steps do not pick and edit it. */
int imp_value_edited_after(struct imp *im, const char *name, size_t key_last, struct value_spec *v);

/* ---- kbimport_verified.c: a value's data verified or required ----------- */

/* "Locate the X value under the following key:" over the key ending at
 * key_last, then "Verify that the REG_DWORD value is set to 0x3." /
 * "The X registry value should be assigned a value of 0x1." in the lines
 * after it: 1 with v's name, type, data and last line (the sentence's)
 * filled and *repair set when the words ask to make it so ("should be",
 * or "if it does not exist ..., add it"); 0 when no such sentence gives a
 * datum and a type. */
int imp_value_verified_after(struct imp *im, const char *name, size_t key_last, struct value_spec *v,
			     int *repair);
/* A value shown with its present data, then "change "A" to "B"" on one of
 * the next lines (A its data): sets v's data to B and its last line. */
void imp_data_changed_to(struct imp *im, struct value_spec *v);

/* kbimport_field.c: the word for a value's type at p ("DWORD", "string",
 * "expandable string", "REG_SZ"), a whole word: its REG_ name and *len,
 * or NULL; Registry Editor's words, the one table imp_reg_type() reads
 * too.  imp_type_word_before(): the longest one ending at p (within s). */
const char *imp_type_word_at(const char *p, size_t *len);
const char *imp_type_word_before(const char *s, const char *p, size_t *len);

/* "add a DWORD value named X with a data value of 0 to the following key":
 * a value created in words in lines first..last, with the type the words
 * name and the data they set (NULL when not said plainly); 0 when none. */
int imp_value_named_in_words(struct imp *im, size_t first, size_t last, struct value_spec *v);
/* kbimport_sentence.c: the datum words in p..end ask for ("with a value
 * of 1", "and set it to 0x1", "assign the hex value 1a") for the value
 * name, read by imp_set_datum(): its copy, or NULL (none, a choice, a
 * range, a quantity, or given to another value).  The asking words are
 * read in the order written; those that do not ask are passed over:
 * negated ("do not give it a value of 1"), an option ("You can set it
 * to 1"), an aside in brackets, a description ("A value of 1 means", "the
 * default value of 0").  "from 0 to 3" is never a datum here: after "add"
 * it is a range.  *hex when the words say a DWORD's radix, *quoted when
 * the datum is in quotes. */
const char *imp_datum_asked(struct imp *im, const char *p, const char *end, int *hex, int *quoted,
			    const char *name);

/* The dialog's forms, one sentence s at a time (kbimport_procedure.c):
 * a word or quoted words said at p; "In the Value Name box, type X";
 * "select REG_DWORD"; "In the Data box, type 10"; a DWORD's data with the
 * radix said in rest ("0x50" for "click Hex ... type 50"). */
const char *imp_said_word(struct imp *im, const char *p, const char **end);
const char *imp_dialog_name(struct imp *im, const char *s, const char **after);
const char *imp_dialog_type(const char *s, const char **after);
/* "click DWORD", "On the Edit menu, click String", "click DWORD Value",
 * "select REG_DWORD": the type a sentence's menu item or editor names
 * (Regedt32's Edit menu, Regedit's New menu, a REG_ word); NULL when none
 * is named.  One table for every reader of the steps. */
const char *imp_menu_type(const char *s);
/* " (32-bit)" or " (64-bit)" at p, the width later versions of Regedit
 * write in their New menu's items ("DWORD (32-bit) Value", "QWORD
 * (64-bit) Value"): its length, 0 when p holds neither. */
size_t imp_item_width_at(const char *p);
/* The n bytes at p are one of Registry Editor's menus, commands or
 * buttons, or the Start menu's ("Edit", "Delete", "OK", "Run"): what a
 * step clicks that is no key's or value's name. */
int imp_editor_command(const char *p, size_t n);
/* "In the right pane, double-click Start", "right-click the Frob value
 * in the details pane": the name picked in Registry Editor's right pane,
 * which lists only values (kbimport_dialog.c); *at where it starts in s,
 * a sentence; NULL when s picks nothing there. */
const char *imp_values_pane_pick(struct imp *im, const char *s, const char **at);
const char *imp_dialog_data(struct imp *im, const char *s);
const char *imp_dword_typed(struct imp *im, const char *rest, const char *data, int *defaulted);
/* Data read as hex in the DWORD editor's default radix ("0x100" for
 * "type 100"): as it is, with a review item on line, or back in decimal
 * when the article gives the value's radix as decimal elsewhere. */
const char *imp_dword_radix_default(struct imp *im, size_t line, const char *name, const char *data);
/* kbimport_values.c: data that is a range or a choice ("0 or 1", "0xE10 -
 * 0x8CA0", "1 to 65535"), not one datum. */
int imp_data_is_choice(const char *d);

/* "zero" .. "ten" as a whole word at p (case ignored): its digits, with
 * *end past the word; NULL otherwise (kbimport_setdatum.c; the undo
 * reader's "back to zero" reads the same table). */
const char *imp_number_word(const char *p, const char **end);
/* What the words after "set X to" give (kbimport_setdatum.c). */
enum set_datum_kind {
	SD_NONE,        /* no number there ("to REG_SZ", "to the path") */
	SD_DATA,        /* one datum: data */
	SD_CHOICE,      /* "one of the following", "0 or 1", "1 or higher" */
	SD_RANGE,       /* "between 1 and 5", "1-5" */
	SD_UNIT,        /* "30 seconds", "10 MB": a quantity, not the data */
	SD_FORMULA,     /* "5 times the number of processors", "10, for
			   example": a number to work out or an example */
	SD_CONFLICT,    /* "100 decimal (0x46)", "0x10 in decimal": the
			   radixes said disagree */
};

struct set_datum {
	enum set_datum_kind kind;
	const char *data;       /* SD_DATA: as the loader reads it ("0x10", "5") */
	int hex;                /* SD_DATA: the radix said is hex */
	int in_words;           /* SD_DATA: written "zero" .. "ten" */
	int dword_said;         /* SD_DATA: the words imply REG_DWORD (guide
				   C11): 0x or dword: data, a radix word
				   before or after it, "(DWORD)" */
	const char *end;        /* past the datum's words (its radix word too) */
};

/* The datum at to (just past "to "): "0x10", "10 hex", "a value of 1",
 * "zero".  1 with sd->data for one datum; 0 otherwise, sd->kind saying
 * whether the words give a choice, a range or a quantity instead. */
int imp_set_datum(struct imp *im, const char *to, struct set_datum *sd);
/* The same, when the words before to already said the radix is hex
 * ("with a hexadecimal value of", "assign the hex value"): hex_before 1. */
int imp_set_datum_radix(struct imp *im, const char *to, int hex_before, struct set_datum *sd);
/* A unit after a number at e ("bytes", "seconds", "MB", "%"): the
 * number is a quantity, not data. */
int imp_unit_after(const char *e);
/* The words after a number at e leave it one datum: nothing, a stop or
 * a bracket, or a word starting a new clause ("and", "or", "then", "so
 * that", "instead of"); where places is set, also one saying where or
 * what the change is for ("to the following key", "in", "under", "for",
 * "on every server").  0 for "1 means", "30 seconds", and, without
 * places, "to 1 to enable it" (the step reader, procedure.c, reads that
 * use itself when no other number follows). */
int imp_datum_goes_on(const char *e, int places);
/* The radix word at p, a whole word ("hexadecimal", "hex", "decimal";
 * not "hexagon"): its length, *hex 1 for hex; 0 when none.  The one
 * list of radix words every reader of data words asks. */
size_t imp_radix_word(const char *p, int *hex);
/* Digits typed into the DWORD editor on lines first..last with no radix
 * named there: read in the editor's default, hex, with a review item on
 * line; data as it was otherwise. */
const char *imp_dword_editor_data(struct imp *im, size_t first, size_t last, const char *data, size_t line,
				  const char *name);

/* ---- kbimport_procedure.c: a value told over a procedure's steps -------- */

/* The values the steps after the key give (kbimport_procedure.c's reader), each drafted under
 * key with its set action and a review item, except those the value
 * block vb (NULL: none) names; how many.  reported (NULL: none) is a
 * value the caller has given a review item on its line already: the
 * steps naming it there add no second one.  Each is a repair (a step asks
 * for it); the caller's at is not changed, so its own later checks keep
 * the caller's reading of whether they are asked for. */
size_t imp_place_procedure_values(struct imp *im, const struct imp_at *at, const char *key, size_t key_line, size_t key_last,
				  size_t from, size_t to, const struct value_block *vb,
				  const struct value_spec *reported);

/* Value v, read by another reader with no data: its data from the steps
 * (lines from..to: 0, 0 for the key's lead-in to the end of its steps), with a review item; 1
 * when completed. */
int imp_procedure_complete(struct imp *im, size_t key_line, size_t key_last, size_t from, size_t to,
			   struct value_spec *v);

/* ---- kbimport_regblock.c: blocks that document values ---------------------- */

/* Parameter references: a value's name alone on a line (underlined or
 * not), then "Data Type : REG_X", "Range :", "Default :".  They document
 * and ask nothing: a review item on each name's line. */
void imp_scan_param_reference(struct imp *im);

/* A value's name alone on its line: one word of letters, digits and
 * underscores ("DoBackupOnTerm"); its length in *len. */
int imp_lone_name(const char *s, size_t *len);

/* "DWORD: SecureVPN", "Value (case sensitive): Some Name" over a "Data
 * Type:" line: value names in label forms that no key claimed (its path
 * was not read) are listed, never dropped. */
void imp_scan_unplaced_value_labels(struct imp *im);

/* "Name=Value" alone on a line under words naming an .ini file or a
 * section of one: a setting outside the registry, a review item. */
void imp_scan_ini_settings(struct imp *im);

/* "\\Registry\\Machine\\...": keys as REGINI scripts name them, listed for
 * a person. */
void imp_scan_regini(struct imp *im);

/* What the article asks of the REGEDIT export whose "[HKEY_...]" header
 * is at line header, by its words around the export: 1 values to set
 * (a .reg file to merge, values to add or re-create), 0 to verify only,
 * -1 nothing (an export shown as documentation or as an example: a
 * person reads it), IMP_REG_REFERENCE an export in a part the article
 * calls reference material (imp_in_reference_part()). */
#define IMP_REG_REFERENCE (-2)
int imp_regedit_asks(const struct imp *im, size_t header);

/* "Please note that the path specified in the "Driver" and "DBQ" entries
 * must be adjusted according to the actual configuration", "If necessary,
 * change the directory names and drive letters to match the ones on your
 * system": the words before the REGEDIT export whose header is at line
 * header, or after it, leave its paths to the reader's system. */
int imp_export_paths_adjusted(const struct imp *im, size_t header);

/* "C:\Jet\odbcjt32.dll", "\\server\share", "%windir% ... D:\x": data
 * naming a file or folder on some system. */
int imp_data_is_path(const char *d);

/* ---- kbimport_hexdata.c: a REGEDIT line's hex data ----------------------- */

/* text: the data after '=' with its lines joined ("hex(2):25,00,53,00,..."):
 * 1 with *type and *data the value it stands for (a string, the list's
 * entries with "<CR>" between them, the bytes "01 00 0a ff" or a number
 * as 0x digits); 0 with *why saying what could not be read. */
int imp_regedit_hex(struct imp *im, const char *text, const char **type, const char **data,
		    const char **why);

/* ---- kbimport_regini.c: a REGINI script given as the fix ----------------- */

/* A REGINI script the article asks the reader to save and apply: its
 * values drafted as set-value repairs, its permissions and other roots
 * for a person.  Runs before the registry pass, which then skips the
 * script's lines (marked IMP_USED_KEY). */
void imp_scan_regini_files(struct imp *im);

/* ---- kbimport_valuefirst.c: a value's name, then "Key: Relative\Path" -- */

/* "SomeValue" / "Key: Service\Parameters" / "Value Type:" / "Valid Range:"
 * / "Default:" / "Recommendation:": the key read against the article's
 * full paths (exactly one must hold it); a check with its repair only
 * for a recommended datum under words recommending the values, else a
 * review item on the name's line. */
void imp_scan_value_first(struct imp *im);
/* The value's name over the "Key:" line at k, a blank line or two
 * between: alone ("EnablePostCmp") or labelled ("Value:
 * FqdnUsesSmbServerName"); its line, the name in *name (*len long), 0
 * when there is none.  The value-first reader's and, for a full path
 * after "Key:", imp_trailing_value()'s. */
size_t imp_name_over_key(const struct imp *im, size_t k, const char **name, size_t *len);

/* How far from a code's line its cite may reach (kbimport_cites.c): the
 * readers join a message from at most four lines on either side, and a
 * code wrapped past its words stands on the next line.  A reader that
 * takes a message from further off would leave it out of the cite. */
#define IMP_CITE_REACH 4

/* ---- kbimport_treewalk.c: a key told as the steps that open the tree ---- */

/* The key that line n's step walks down to from root (root_len bytes in
 * line, line n's text as the caller reads it) by opening Registry
 * Editor's folders, in this step and the next steps that only open more
 * ("Open HKEY_LOCAL_MACHINE, then open System, CurrentControlSet,
 * Services, and then finally open VxD."), written "ROOT\A\B..." in the
 * import's pool, the walk's last line in *last; NULL when the step opens
 * no root or names fewer than two keys under it. */
const char *imp_tree_walk(struct imp *im, size_t n, const char *line, const char *root, size_t root_len,
			  size_t *last);

/* ---- kbimport_trees.c: keys in a layout the key reader does not join ---- */

/* "\\Software\\..." under a root other than HKEY_LOCAL_MACHINE named just
 * above, that no pass claimed: a review item each. */
void imp_scan_key_trees(struct imp *im);

/* ---- kbimport_steps.c: remediation steps, cause, question, sections -------- */

void imp_scan_steps(struct imp *im);

void imp_scan_cause(struct imp *im);

void imp_scan_question(struct imp *im);

void imp_note_sections(struct imp *im);

/* ---- kbimport_yaml.c: writing the draft ------------------------------------ */

void imp_write_draft(struct imp *im, struct kb_buf *b);

/* ---- kbimport_edits.c: edits asked for in words --------------------------- */

/* The key at key_line..key_last (vkey and tail: the key and value when
 * its path ends in a value name; tail NULL otherwise) is in a step that
 * deletes something: when the step's words say plainly what (the key,
 * one value, one entry of a list), draft the check of its absence and
 * the repair, cited to the key and the instruction, and return 1; else
 * 0, and the caller lists the key for a person. */
int imp_place_deletion(struct imp *im, const char *key, size_t key_line, size_t key_last,
		       const char *vkey, const struct value_spec *tail);

/* "add X to the Depend On Service list" in the key's step: a 'contains'
 * check with an add-entry repair; 1 when drafted. */
int imp_place_list_add(struct imp *im, const char *key, size_t key_line, size_t key_last);

/* ---- kbimport_listentry.c: an entry typed into a multi-string value ------ */

/* "Locate the X value under the following key:" over the key at
 * key_line..key_last, then "click Multi String, type "Y"" with words
 * saying Y is added (or X a dependency list): a contains check with its
 * add-entry repair; 1 when drafted. */
int imp_place_typed_entry(struct imp *im, const char *key, size_t key_line, size_t key_last);

/* ---- kbimport_seldelete.c: values deleted by picking them ---------------- */

/* "Select the X value and click Delete" (or "Right-click the X entry
 * ..., and then click Delete", "Click the value X, press DELETE") in the
 * steps after the key at key_line..key_last: a value-absent check with
 * its delete action for each; 1 when any is drafted. */
int imp_place_selected_deletes(struct imp *im, const char *key, size_t key_line, size_t key_last);

/* ---- kbimport_delkey.c: keys deleted by their name in the steps ---------- */
/* "Remove the Tcpip key and its subkeys" in the steps after the key at
 * key_line..key_last: a key-absent check with its delete action on the
 * located key's child so named (or on the key itself when the name is
 * its last part); 1 when any is drafted. */
int imp_place_deleted_subkeys(struct imp *im, const char *key, size_t key_line, size_t key_last);

/* A check of key itself (no value) is drafted already. */
int imp_has_key_check(const struct imp *im, const char *key);

/* The key at key_line..key_last is only gone to, and the very next step
 * deletes "the following subkeys:" over a list of bare names, one a line
 * ("Go to ...\Services" then "Locate and delete the following subkeys:"
 * / "FrobSvc" / "FrobLog"): a key-absent check with its delete action on
 * each KEY\NAME, with a review item to check the joined path; 1 when any
 * is drafted, or when the lead-in deletes them on a condition or for a
 * while only (review on the lead-in, no check).  A list with any other line (a path, a value, prose, "OR"),
 * a lead-in that names the list's parent itself or shows an example, or
 * steps the article advises against, is left alone. */
int imp_place_listed_subkeys(struct imp *im, const char *key, size_t key_line, size_t key_last);
/* Text (a delete's sentence, from its delete verb) undoes the delete
 * itself: it brings the key (leaf, its path's last part, or "" for a
 * list's keys, named by a pronoun) back ("delete the following subkeys,
 * and then re-create them") or deletes it for a while only ("for now")
 * (kbimport_undo.c). */
int imp_delete_undoes_itself(const char *text, const char *leaf);
/* The clause at p names the end of the procedure's own task ("when the
 * replay finishes", "when the trace is complete"): the time to undo a
 * fix, not a case (kbimport_undo.c; the cases pass reads it too). */
int imp_at_tasks_end(const char *p);
/* Where a list's lead-in (text, a step over the keys it deletes) sets a
 * condition on the deletes, read from text's start to the end of the
 * clause of the delete verb that governs the list (the last one before
 * "the following", or before the colon; the whole text when it has
 * none): a condition opening the step ("If Frob is not installed,
 * delete the following subkeys:") is the list's case; NULL when none.
 * The listed-subkeys reader asks it (kbimport_delkey.c); a single key's
 * delete is read in kbimport_undo.c. */
const char *imp_lead_in_delete_condition(const char *text);
/* Where s sets a condition on its step ("only if Frob is not installed",
 * "unless you use Frob", "when Frob is removed", "on servers where ...",
 * "provided that ...", "in case ...", "except on ...", "(Frob 2.0
 * only)"), or NULL; "if they exist" is none, nor a
 * "when" in a clause about the keys ("which Setup leaves when it
 * fails").  The one test the delete and set readers share. */
const char *imp_condition_in(const char *s);
/* s, a set's or an entry add's sentence, holds a condition word: "if"
 * (any: "if it exists" is a real case for a set, which creates the
 * value), "unless", "whenever", "except", "provided", "only" before a
 * case ("only on servers where ...").  Not the delete
 * readers' "when"/"where", which here mostly describe ("to make the agent
 * start when Windows starts", "where each entry is on a line of its
 * own"). */
int imp_set_condition_in(const char *s);
/* Where the clause of a verb, from past the verb (from), ends: a full
 * stop before a blank, a ";", or "and" before a second verb ("and then
 * restart", ", and click Yes when you are prompted"), so a later
 * clause's "when" or "if" governs its own verb, not the first one. */
const char *imp_own_clause_end(const char *from);
/* How much of a condition (from imp_condition_in()) a note quotes: to
 * its clause's end or a colon, at most 60 bytes; a version's dot ("Frob
 * 1.0") does not end it. */
int imp_condition_quote_len(const char *cond);
/* imp_condition_in() over the text from s to end only; a place in s. */
const char *imp_condition_in_part(const char *s, const char *end);
/* One item of a list of names ("   NWLink", "    - FrobSvc2"): the name
 * and its length, or NULL when the line holds anything else. */
const char *imp_bare_name(const char *s, size_t *len);

/* ---- kbimport_sentence.c: a registry request in one ordinary sentence --- */

/* A delete the rest of its sentence (from place, past the object)
 * undoes: "..., and then add them again:", "if not, add them:". */
int imp_delete_undone(const char *place);

/* The lead-in sentence over the key at key_line..key_last read as verb,
 * object list, type and data ("Delete the Foo and Bar values from the
 * following key:", "Add a registry value Foo of type REG_DWORD to the
 * following key:" then "Set it to 1." under the key): a value-absent
 * check for each name deleted, or a set for the one value added or set
 * with its type (written or implied) and datum; 1 when any is drafted. */
int imp_place_value_request(struct imp *im, const char *key, size_t key_line, size_t key_last);

/* ---- kbimport_named.c: values and keys named in sentences ----------------- */

/* "the AuditLevel value", "the value of AuditLevel", "the Frob registry
 * key": a line naming a value or key by its name alone, that the draft
 * neither cites nor lists, gets a review item. */
void imp_scan_named_in_prose(struct imp *im);

/* w (wl bytes) stands where a value's name would and is not one: a type
 * word (DWORD, String), a word for a value (Default, New), an article,
 * a keyboard key (Enter, F1), REG_* or HKEY*. */
int imp_not_a_name(const char *w, size_t wl);

/* ---- kbimport_hives.c: keys under names no hive file holds -------------- */

/* Check c's key is under a name HKEY_LOCAL_MACHINE holds only when the
 * article loads a hive there by hand ("Load Hive", "reg load"): why it is
 * no check on the running machine's paths, or NULL. */
const char *imp_loaded_hive_why(struct imp *im, const struct imp_check *c);

/* Check c's key is under HKEY_LOCAL_MACHINE\HARDWARE, which Windows
 * builds in memory at every start and keeps in no hive file: why it is
 * neither a check kbwiz can read nor a repair that lasts, or NULL. */
const char *imp_volatile_hive_why(const struct imp_check *c);

/* ---- kbimport_alternatives.c: checks offered as alternatives ------------ */

/* An "-or-" line between two drafted checks: a review item on it saying
 * each holds in its own case only (guide C7 drafts both). */
void imp_note_alternatives(struct imp *im);
/* A line that says only "or" ("-or-", "- OR -", "--or--", "OR"): what
 * follows is another way, not a later step. */
int imp_or_line(const char *s);
/* A line that says only "and" ("-and-", "and:", "Also:", "-and/or-"):
 * what is above and below it both hold. */
int imp_and_line(const char *s);
/* The lines a check was read from: its key's first line to its value's
 * last (or its key's, when that comes later). */
void imp_check_span(const struct imp_check *c, size_t *first, size_t *last);

/* ---- kbimport_cases.c: cases a draft cannot carry ----------------------- */

/* After imp_note_alternatives(): review items naming the fixes they
 * concern (guides C7, C8 draft each; no fact is added or dropped).  With
 * two fixes or more: at a lead-in that offers a choice of ways or the
 * first of the headings that number them (fixes under two items or more
 * are alternatives), and at each line that scopes the steps under it to
 * a machine, role, platform or version when other fixes fall under
 * another scope or none.  With one or more: at a line a few below a value
 * fix that gives the value another datum for a case. */
void imp_note_cases(struct imp *im);

/* ---- kbimport_subkeys.c: a key made under the key a step locates -------- */

/* "Locate the following key: ...\Parameters" then "click Add Key, and
 * then type "Extension"": each key-only check whose steps add a key
 * under it moves to the key made, with its create action. */
void imp_scan_added_subkeys(struct imp *im);

/* "click Add Key", "choose Add Key from the Edit menu": where s first
 * names Registry Editor's command for making a key ("add key" not the
 * end of a longer word; "Add Keyboard" still matches, which no archive
 * article writes), or NULL.  Every reader of that step asks here. */
const char *imp_add_key_command(const char *s);

/* The new key's name read at p (after "type", "enter"): quoted, or one
 * word that words saying it is the key's name follow ("Foo in the Key
 * Name box", "Foo (without the quotation marks)"); its length in *len,
 * NULL when none or a placeholder. */
const char *imp_typed_key_name(const char *p, size_t *len);
/* The name given to the key made by the step whose command starts at
 * cmd ("Add Key", Regedit's "New"), or by the next "Add Key" if it gives
 * none: the first after "type", "enter", "with the name", "named" or
 * "called" in the command's sentence (imp_typed_key_name()), else one
 * word after Regedt32's "Key Name:" label within 120 bytes.  A pointer
 * into cmd's text (its offset places the line), its length in *len.
 * NULL when there is none, and at a step whose name is a guess ("like
 * X", "for example", "Key Name: Frob Agent"): a later key may be made
 * under that one.  kbimport_subkeys.c and imp_made_key_name() ask here. */
const char *imp_made_key_name_at(const char *cmd, size_t *len);

/* ---- kbimport_leadkey.c: a key the words before a path ask to make under it */

/* "Add a FrobAlias key to", "Under the following key, create a new key
 * named X:", "Add a subkey called X to the following key:" in the step's
 * sentence that ends right above the key at key_line or a blank line or
 * two above it (or above the list of paths the key is one of, when it
 * says "to each of the following keys"): the name of the key to make
 * under it (a copy; its length in *len), or NULL. */
const char *imp_lead_in_subkey(struct imp *im, size_t key_line, size_t *len);
/* Where the last sentence of text starts: past its last ". " that is no
 * step's number ("2. "); never reads before text. */
const char *imp_last_sentence(const char *text);

/* The key a sentence s puts something under, named in words after
 * "under the", "in the" or "to the": before the word "key"
 * (IMP_NAME_BEFORE: "under the Parameters key", one word) or after
 * "subkey named" (IMP_NAME_AFTER: "in the subkey named "Open Tools"";
 * "called" after "under the" only), as forms allows; NULL when none, with *unsure set when
 * an IMP_NAME_AFTER name cannot be cut for sure.  The value-block reader
 * takes only the second: in its steps "Select SETUP under the
 * Applications subkey" says where another key is, not where the values
 * go; a table's lead-in ("add another string value under the Parameters
 * key") says both. */
#define IMP_NAME_BEFORE 1
#define IMP_NAME_AFTER 2
const char *imp_subkey_in_words(struct imp *im, const char *s, int forms, int *unsure);

/* c may stand in a key's name written as one word: a letter, a digit or
 * one of "_.-$" (never the string's end). */
int imp_key_name_char(int c);
/* p opens a class's GUID in braces ("{00020D75-0000-0000-C000-000000000046}"):
 * its length with the braces (38), or 0. */
size_t imp_guid_len(const char *p);

/* A value's name as articles write one, p (l bytes): one to five words
 * each starting with a capital or a digit, none a type's or a common
 * word alone ("DWORD", "New", "Following"), no stop, comma, bracket,
 * backslash or quote in a word (kbimport_procedure.c). */
int imp_name_shaped(const char *p, size_t l);
/* "3. ", "c) ": a step's mark at the start of s; s past it (past its
 * blanks when there is none) (kbimport_procedure.c). */
const char *imp_past_step_mark(const char *s);

/* ---- kbimport_keyforce.c: the key in force over a procedure's steps ---- */

/* s makes a key: "click Add Key", "click New, and then click Key",
 * "New Key".  Every reader of that step asks here. */
int imp_step_makes_key(const char *s);

/* s names Registry Editor, by its title or its program ("Regedt32",
 * "Regedit.exe").  Every reader that looks for the editor's name asks
 * here. */
int imp_names_registry_editor(const char *s);

/* s quits Registry Editor ("Quit Registry Editor", "close Regedt32",
 * "exit Regedit"): the steps on the key in force end there.  Every
 * reader of that step asks here. */
int imp_leaves_registry_editor(const char *s);

/* Step line line (s: its text joined with the next line's) between a key
 * and its value block: a step making a key with no name of its own marks
 * vb as awaiting one (imp_key_made_step()); the line that then names it
 * ("Key Name: Device", "Device" alone, "type "Device" for the new key")
 * makes it vb->subkey; a step selecting the key made ("Select the Device
 * subkey", "the key you created") or the key located ("Select the
 * Printers key", "this key") moves nowhere.  1 when s is read so (the
 * caller reads nothing more from it). */
int imp_key_in_force_step(struct imp *im, const char *s, size_t line, struct value_block *vb);
/* A step making a key with no name of its own: vb awaits its name; 1
 * when the key it makes is the one located, where missing ("If the
 * Winprint key is not present, create it"), which moves nowhere (the
 * caller reads nothing more from s). */
int imp_key_made_step(struct imp *im, const char *s, struct value_block *vb);

/* After the block vb is read: a block in another section than its key
 * is under no key made in the steps (vb->subkey_line instead). */
void imp_key_in_force_at_block(struct imp *im, struct value_block *vb);

/* The step over block vb asks only to look at it ("View the following
 * value:", "Look at the value Setup made:"), or a line under it says
 * "Do not change this value": a check, no repair. */
int imp_block_only_viewed(const struct imp *im, const struct value_block *vb);

/* Line n is in a paragraph that opens with "NOTE" (blank lines end
 * paragraphs): an aside, not a step (kbimport_dialog.c). */
int imp_in_note(const struct imp *im, size_t n);

/* Steps s (joined) make a key: its name as they give it, a copy
 * (imp_made_key_name_at() at the step's command, else typed in a later
 * sentence before "Add Value": "Type "Gizmo" for the new key"), or NULL. */
const char *imp_made_key_name(struct imp *im, const char *s);
/* The steps after key (ending at key_last) add a key under it by a name
 * they give, plainly: not the key itself again, not under a key they go
 * to first, not offered or on a case (kbimport_subkeys.c). */
int imp_steps_add_named_key(struct imp *im, const char *key, size_t key_last);

/* ---- kbimport_delblock.c: a value block the step above it deletes ------- */

/* "Delete the following value:" over a value block under key: each value
 * drafted as value-absent with its delete action; 0 (nothing placed)
 * when the words are less plain than that. */
int imp_place_deleted_block(struct imp *im, const char *key, size_t key_line, size_t key_last,
			    const struct value_block *vb);

/* One value shown under key ("4. Check for the following entry:"), then
 * the step right after the block deletes it, pointing back at it ("5. If
 * the value is present, delete the value."): drafted value-absent with
 * its delete action; 0 when the words are less plain (a choice, the way
 * back from a change, several values). */
int imp_place_block_deleted_after(struct imp *im, const char *key, size_t key_line, size_t key_last,
				  const struct value_block *vb);

/* Steps s (joined, after the key ending at line key_last) open another
 * key before they add or pick a value: "Double-click the folder for your
 * video driver", "click the Device0 folder", "Select the Widget subkey"
 * (not the key read itself, "this key", or a key they make; made: the
 * name of the one they make, or NULL). */
int imp_steps_leave_key(struct imp *im, const char *s, size_t key_last, const char *made);

/* How many keys steps s (joined) make ("click Add Key", not "select the
 * new key"). */
size_t imp_keys_made(const char *s);

/* ---- kbimport_choice.c: data picked from a list by the ask's word (C12) --- */

/* The number of the one entry of the list of choices on lines first..
 * (last + a few) whose meaning carries the word the article asks with
 * ("disable" -> "disabled") on a line above key_line (set in *ask_line);
 * NULL when there is no such list, no ask, or no single entry. */
const char *imp_choice_by_ask(struct imp *im, size_t first, size_t last, size_t key_line, size_t *ask_line);

/* ---- kbimport_describes.c: words that show a check, not ask for it ------ */

/* A value's line says its data is documented, not asked for: "Valid
 * Range", "Default:", "Suggested value", "0 (default) to 5". */
int imp_line_documents_data(const char *s);

/* A line introducing a key or an export shows it as an example ("In this
 * example", "For instance"), not as what to do. */
int imp_intro_shows_example(const char *s);

/* Why the words around check c only show or document it (a parameter
 * reference, a range or a default, an example, permissions, the cause),
 * or NULL.  *after_enum is 1 when the reason ranks below a listing of the
 * parameter's choices (imp_gate()). */
const char *imp_why_shown(struct imp *im, const struct imp_check *c, int *after_enum);

/* The value's name as read is not the article's (words of a sentence, a
 * block's label, wrapped, another value named nearby): why, or NULL. */
const char *imp_why_misnamed(struct imp *im, const struct imp_check *c);

/* Key-only check c (with its create action) is a key the steps add
 * something under ("Locate the following key: ... click Add Value"): the
 * review note saying so, or NULL. */
const char *imp_adds_under(const struct imp *im, const struct imp_check *c);

/* key with a GUID the print wrap split after a dash, joined; NULL when it
 * holds none. */
const char *imp_joined_guid_key(struct imp *im, const char *key);

/* "Change X from 0 to 1.": check c's value name with the sentence's "from
 * <old data>" cut off, or NULL. */
const char *imp_name_before_from(struct imp *im, const struct imp_check *c);

/* ---- kbimport_message.c: words read for an error's message --------------- */

/* msg, the words an error reader took for the message of the code on
 * line n, as the draft is to hold them: as they are; joined with the
 * line(s) that finish a message wrapped at the end of its line; past the
 * NET command's "has occurred." before it and a "Message:" or
 * "Description:" label; the error box's "Description:" field for its
 * "Source:"; cut at an SMS log's '~', before a trailing colon and at a
 * quotation's close; or NULL, with *fragment set to msg, when they are
 * part of a sentence (they open in lower case, but for the rest of a
 * program's "error 1067: the ..." line, or end unfinished, "... may
 * report an", "you may receive"), hold no letter, are the article's
 * "NOTE:" or are cut inside a bracket.  A "REVIEW:" text is returned as
 * it is. */
const char *imp_plain_message(struct imp *im, size_t n, const char *msg, const char **fragment);
/* The length of the field's label that opens t, its colon included: one
 * or two capitalised words ("Source:", "Error Number:", "Exception:");
 * 0 when t opens with none. */
size_t imp_field_label_len(const char *t);
/* How many words (runs of characters other than blanks) the l bytes at
 * s hold. */
size_t imp_word_count(const char *s, size_t l);
/* The l bytes at m end a sentence: '.', '!' or '?', or one of them before
 * a closing quote (trailing blanks aside). */
int imp_ends_sentence(const char *m, size_t l);
/* at, a place in line s, is inside a double quotation opened before it on
 * that line: an odd number of '"' stand between the line's start and at. */
int imp_in_quotation(const char *s, const char *at);

/* ---- kbimport_backref.c: keys deleted by a reference back to their list -- */

/* "delete each of the keys listed in the SUMMARY section", "Remove the
 * registry key listed above": each key of that list named with nothing
 * asked of it becomes a key-absent check with its delete action. */
void imp_scan_deleted_by_reference(struct imp *im);

/* ---- kbimport_gate.c: checks the article asks for, and only those -------- */

/* Checks imp_decide_asked() found not asked for (and those listing a
 * parameter's choices, known only now) become review items on their
 * lines; wrapped GUIDs and names glued to "from" are mended. */
void imp_gate(struct imp *im);

/* A key kept as a check only because the steps add under it
 * (c->check_only), when every pass has run and nothing under it is
 * drafted: it is where the steps work, not a fact of its own, so it
 * becomes a review item (labelling guide C13). */
void imp_drop_bare_workplaces(struct imp *im);

/* After every pass: one value whose repairs are at odds (asked for with
 * different data, or set and deleted) is no repair: each check becomes a
 * review item on its line, naming the other's. */
void imp_gate_conflicts(struct imp *im);

/* The first line a check was read from: its key's line when that sits
 * apart above the value's, else the value's. */
size_t imp_check_first_line(const struct imp_check *c);
/* The last line a check was read from: its value's last line when the
 * value spans lines, else its line. */
size_t imp_check_last_line(const struct imp_check *c);

/* s (len bytes) is a number as data is written ("255", "0x1f",
 * "0x00000400"): 1 and *n.  Base 16 only after "0x" (as kbverify.c reads
 * a number): "010" is ten, not octal eight. */
int imp_data_number(const char *s, size_t len, unsigned long long *n);

/* A value set after a step that selects a key its check's path does not
 * name ("Click to select SCHANNEL." under ...\\SecurityProviders): the
 * value may belong under that subkey, so the check is dropped to review
 * (kbimport_subkeys.c). */
void imp_scan_selected_subkeys(struct imp *im);

/* Drop check i: reviews that named it by index follow the shift. */
void imp_drop_check(struct imp *im, size_t i);
/* Drop check i, not drafted, with check_note on its line and key_note on
 * its key's line when the key has a line of its own (once a line: two
 * checks under one key give one key note). */
void imp_drop_check_reviewed(struct imp *im, size_t i, const char *check_note, const char *key_note);

/* Two data the same: as numbers when both types are REG_DWORD or
 * REG_QWORD ("0x400" is "0x00000400" and "1024"), else as text, case
 * and a trailing backslash ignored (a path written twice). */
int imp_same_data(const char *type_a, const char *a, const char *type_b, const char *b);

/* ---- kbimport_undo.c: a set the article later undoes -------------------- */

/* After every pass: a set-value repair whose value a later step changes
 * back, deletes as "the value you added" or sets to other data, and a
 * key delete a later step brings back (adds again, re-creates, restores
 * from the copy saved) or whose own sentence does ("..., and then add
 * them again", "for now"), is a temporary step: a review item on its
 * line and one on the undoing line. */
void imp_scan_undone_sets(struct imp *im);

/* ---- kbimport_default.c: a value added with its default ----------------- */

/* After every pass: a set-value repair whose step adds the value with the
 * data the article states as its default (in its block, a note under it
 * or the lead-in above its key) changes nothing: dropped to review.  A
 * step that sets, changes or puts the value back keeps its repair. */
void imp_scan_default_sets(struct imp *im);

/* The number line n (with the line under it, where its sentence goes
 * on) states as c's default: "the default is 0x11", "Default: 5",
 * "defaults to 1"; NULL when none, or when the sentence says it of
 * another case or quantity.  kbimport_describes.c reads the notes under
 * a block with it. */
const char *imp_default_stated(struct imp *im, const struct imp_check *c, size_t n);

/* ---- kbimport_optin.c: a change offered once the fix is in -------------- */

/* After every pass: a repair outside the RESOLUTION and WORKAROUND whose
 * procedure the article leads in with the reader's wish and its fix ("With
 * the fix applied ... If you need the old character, you can modify the
 * registry") is an option, not the repair: dropped to review. */
void imp_scan_fix_options(struct imp *im);
/* The gate's pair (kbimport_gate.c): 1 when a line of set fix's own
 * section, to its end, goes back to the data problem states the problem
 * comes with, in looser words than the undo pass reads ("set the
 * cache value back to 0", "turn the cache back on"); past a line naming
 * another key where a value of that key's own is worked on (drafted, or
 * named "the CacheSize value"), only a line that names fix's value
 * (imp_names_value()) counts, until a line names fix's key again.  0
 * when none. */
int imp_set_back_to_problem(struct imp *im, const struct imp_check *fix, const struct imp_check *problem);

/* The readers of a later line the undo pass and kbimport_cases.c share: */
/* Where text names the value name whole (case ignored; a digit or '_'
 * beside it makes another name), or NULL. */
const char *imp_names_value(const char *text, const char *name);
/* The words after the data at p say why or when, or give another datum
 * beside it ("to 60 if the server is busy", "to 8 (or 32 on large
 * servers)", "to 4 instead"): a purpose, a case or a choice. */
int imp_datum_for_case(const char *p);
/* Where the sentence holding at (inside text) starts. */
const char *imp_sentence_of(const char *text, const char *at);
/* s past an aside's label ("NOTE:", "Important:", any case) and the
 * blanks after it: the sentence's own first word; s when none. */
const char *imp_past_aside_label(const char *s);
/* Line n and the next (a sentence wraps) past n's step mark, bullet and
 * aside label ("NOTE:", "IMPORTANT:"), into text (cap bytes). */
const char *imp_step_text(struct imp *im, size_t n, char *text, size_t cap);

/* ---- kbimport_diagset.c: sets asked for that are no fix ----------------- */

/* After the other check passes, before the alternatives note: a
 * set-value repair that is a troubleshooting or debugging set-up (a
 * debug-output switch turned on, a debugger or global flag under Image
 * File Execution Options, the Session Manager GlobalFlag), a range read as
 * a change ("from 0 to 255" on a value the steps add or said to be a
 * range), a set under a test (a "Test 1" or "Troubleshooting Steps"
 * heading in any section, a test's lead-in in CAUSE or MORE INFORMATION)
 * the fix does not adopt, or a listing of a key's defaults in the CAUSE
 * section becomes a review item on its line. */
void imp_scan_diagnostic_sets(struct imp *im);

/* ---- kbimport_reinstall.c: a key deleted to clean out before a reinstall - */

/* After imp_scan_undone_sets(): a key-delete repair whose section installs
 * the component again (a later step, or the lead-in sentence: "remove and
 * reinstall Widget") is dropped to review: the install writes the key
 * back, so "key absent" is no end state. */
void imp_scan_reinstalled_keys(struct imp *im);

/* ---- kbimport_field.c: the fields value readers take, cleaned ----------- */

/* A name, type or data field s[0, n) without what an article wraps it in:
 * surrounding quotes (straight or typographic), a remark on them ("(without
 * the quotation marks)"), a sentence's full stop or comma, HTML tags
 * ("<BR/>"), and outer blanks.  An arena copy; NULL when s is. */
const char *imp_clean_field(struct imp *im, const char *s, size_t n);

/* '"Value Name: Foo' / 'Data Type: REG_SZ' / 'Value: 1" (without the
 * quotation marks)': a value block written inside one pair of quotes,
 * the opening one before its first label.  p past that quote (at the
 * label), or p. */
const char *imp_past_block_quote(const char *p);

/* The registry type s starts with ("REG_SZ" in any case, "REG-DWORD",
 * "REG_EXPAND" cut short, "REG_DEWORD" one letter off; with words_ok also
 * "DWORD", "String value", "Multi-String", "Expandable String"): its
 * REG_ name, the length read in *len (when len is not NULL), and in
 * *guessed 1 when the spelling was one letter off (to be reviewed).
 * NULL when s names no type or could name two. */
const char *imp_reg_type(const char *s, int words_ok, size_t *len, int *guessed);

/* ---- kbimport_coltable.c: values in a table with a header row ---------- */

/* "Type   Name   Data" / "Value Name   Value Data" over rows of one value
 * each (cells apart by two spaces or more, read at the header's column
 * offsets), under the key in force above (the key read last, plus the
 * subkey a title over the table names): a check with what the lead-in
 * asks (set, or check only for a list of defaults to verify), else a
 * review item on each row.  Tables of what data means ("Value
 * Meaning") are not value lists.  "Name : REG_X : data" rows under an
 * underlined title are read the same way.  Runs before
 * imp_scan_fallback_values(). */
void imp_scan_column_tables(struct imp *im);

/* "Port3" / "-----" / "Device : REG_SZ : COM3": line m is a title over
 * rows of values, which go under the subkey it names (the value block
 * reader stops there and leaves them to imp_scan_column_tables()). */
int imp_title_over_rows(struct imp *im, size_t m);

/* Line hl is a value table's header row ("Name  Type  Data") over a row
 * that splits into its columns and is no inline value ("Frob : REG_DWORD
 * : 1"): the column table reader (kbimport_coltable.c) reads the rows
 * under it. */
int imp_table_over_rows(struct imp *im, size_t hl);

/* ---- kbimport_fallback.c: the reader of last resort for value rows ------ */

/* Value rows ("name REG_X : data", "Name = REG_DWORD 1") no reader placed,
 * under the nearest key context above ("Key Name:" with its root in the
 * lead-in, or a full path): a check when a request above asks for it,
 * else a review item saying what was missing.  Runs before imp_gate(). */
void imp_scan_fallback_values(struct imp *im);

#endif
