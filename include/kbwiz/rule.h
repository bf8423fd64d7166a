/* rule.h: the in-memory form of one KB-derived rule.
 *
 * A rule is read from one YAML file in kb/ (see kb/README.md and
 * rule_load.h).  Every string is owned by the rule and freed by
 * rule_free(); callers borrow them.  Line numbers point into the YAML
 * source so that later messages can name file:line. */
#ifndef KBWIZ_RULE_H
#define KBWIZ_RULE_H

#include <stddef.h>
#include <stdint.h>

/* Registry value types, numbered as Windows numbers them (winnt.h). */
enum kb_reg_type {
	KB_REG_NONE = 0,
	KB_REG_SZ = 1,
	KB_REG_EXPAND_SZ = 2,
	KB_REG_BINARY = 3,
	KB_REG_DWORD = 4,
	KB_REG_DWORD_BIG_ENDIAN = 5,
	KB_REG_LINK = 6,
	KB_REG_MULTI_SZ = 7,
	KB_REG_RESOURCE_LIST = 8,
	KB_REG_FULL_RESOURCE_DESCRIPTOR = 9,
	KB_REG_RESOURCE_REQUIREMENTS_LIST = 10,
	KB_REG_QWORD = 11,
};

/* "REG_MULTI_SZ" for KB_REG_MULTI_SZ; "REG_0x1234" style for unknown. */
const char *kb_reg_type_name(unsigned type);
/* Parse "REG_SZ" etc. (case-insensitive); -1 when not a known name. */
int kb_reg_type_from_name(const char *name);
/* Whether a value of type t holds a number (REG_DWORD, its big-endian
 * form, REG_QWORD), whose data a rule compares as a number. */
int kb_reg_type_is_number(unsigned type);

/* Where a fact comes from: lines of the article as published (cite:), or
 * kbwiz's own reasoning (inferred:).  A rule file gives exactly one of the
 * two per fact; a fact with neither (n_ranges 0, inferred NULL) is
 * unsourced, which `kb verify` reports.  Ranges are ascending and do not
 * overlap; lines are 1-based lines of the article file. */
struct rule_line_range {
	int first, last;        /* inclusive; first <= last */
};

struct rule_cite {
	struct rule_line_range *ranges;
	size_t n_ranges;
	char *inferred;         /* why we believe it, when it is ours */
	int line;               /* YAML line of the cite/inferred field */
};

/* 1 when the fact cites the article, 0 when inferred or unsourced. */
int rule_cite_is_article(const struct rule_cite *c);
/* "57" or "57-61, 80" into buf. */
void rule_cite_format(const struct rule_cite *c, char *buf, size_t size);
/* A fact's source as a person reads it, into buf: "Q262832, lines 52-57",
 * "kbwiz's advice, not in Q262832: <why>" (ours is "advice" or
 * "reading"), or "no source given".  article NULL reads "the article". */
void rule_cite_describe(const struct rule_cite *c, const char *article,
			const char *ours, char *buf, size_t size);

enum symptom_kind {
	SYMPTOM_EVENT,     /* an entry in an event log */
	SYMPTOM_ERROR,     /* an error code and message the technician saw */
	SYMPTOM_QUESTION,  /* a yes/no question for the technician */
};

struct rule_symptom {
	char *id;
	enum symptom_kind kind;
	char *description;      /* optional, our words */
	/* SYMPTOM_EVENT */
	char *log;              /* "System", "Application", ... */
	unsigned event_id;      /* low 16 bits, as Event Viewer shows it */
	char *source;           /* "Service Control Manager" */
	char **text;            /* fragments that must all appear in the
				   event's insertion strings (case-insensitive) */
	size_t n_text;
	/* SYMPTOM_EVENT (optional) and SYMPTOM_ERROR */
	unsigned error_code;    /* Win32 error; 0 = none.  An event also
				   matches when a string holds %%<code> */
	char *message;          /* the error's text */
	/* SYMPTOM_EVENT: how many matching events make the symptom, and in
	 * how long a time.  min_count 1 and within_seconds 0 (the default):
	 * one event anywhere.  within_seconds > 0: min_count events whose
	 * times lie within that many seconds of each other. */
	unsigned min_count;
	int64_t within_seconds;
	/* SYMPTOM_QUESTION */
	char *question;
	struct rule_cite cite;
	int line;
};

enum log_kind {
	LOG_CLUSTER,  /* cluster.log, any Windows version's form */
	LOG_TEXT,     /* any other text log */
};

struct rule_pattern {
	int is_regex;           /* PCRE2 syntax when set, else a literal */
	char *text;
	struct rule_cite cite;  /* optional: the block's cite covers it */
	int line;
};

struct rule_evidence {
	char *id;
	char *description;
	enum log_kind log;
	int sequence;           /* patterns must appear in this order */
	struct rule_pattern *patterns;
	size_t n_patterns;
	struct rule_cite cite;
	int line;
};

enum check_expect {
	EXPECT_KEY_EXISTS,
	EXPECT_KEY_ABSENT,
	EXPECT_VALUE_EQUALS,      /* data (string types) or number (DWORD/QWORD) */
	EXPECT_MULTI_SZ_CONTAINS, /* data is one entry; other entries allowed */
	EXPECT_DWORD_RANGE,       /* min <= value <= max */
	EXPECT_VALUE_ABSENT,      /* the value is not there (the key may be) */
	EXPECT_NOT_CONTAINS,      /* REG_MULTI_SZ: no entry equals data;
				     REG_SZ/EXPAND_SZ: data is not a substring;
				     a missing value or key passes */
};

const char *check_expect_name(enum check_expect e);

/* The most bytes a REG_BINARY equals may hold: far more than any KB
 * setting, and under the 16344 past which Windows stores data in a
 * big-data record (which hivex does not write). */
#define RULE_BINARY_MAX 4096

struct rule_check {
	char *id;
	char *description;      /* our words: what this check verifies */
	char *key;              /* full path, e.g.
				   HKLM\SYSTEM\CurrentControlSet\Services\Tcpip */
	char *value;            /* value name; NULL for key checks */
	enum kb_reg_type type;  /* expected type; KB_REG_NONE for key checks */
	enum check_expect expect;
	char *data;             /* EQUALS (string types) or CONTAINS entry;
				   REG_BINARY: the bytes as hex text,
				   "01 00 0a ff" however the file wrote them */
	unsigned char *bytes;   /* EQUALS for REG_BINARY: the data parsed
				   (one byte or more); NULL for every
				   other check */
	size_t n_bytes;
	int bytes_joined;       /* the file wrote those bytes joined up
				   ("01000aff", no blank or comma): kb verify
				   then takes a glued number word ("2000")
				   of the article for them */
	uint64_t number;        /* EQUALS for DWORD / QWORD */
	uint64_t min, max;      /* DWORD_RANGE, inclusive */
	char *reason;           /* applicability only: why the rule does not
				   apply when this fails ("ClusSvc not installed") */
	int any_group;          /* applicability only: 0 for a condition of
				   its own (all must hold); n > 0 for a member
				   of the n-th `any:` group, which holds when
				   one of its members does */
	int match_any;          /* key with a '*' component: 1 when one
				   matching key passing is enough (match: any),
				   0 when every matching key must (match: all) */
	int if_key_exists;      /* value checks: a missing key is "not
				   checked" (the component is not installed),
				   not a failure */
	char **when_symptoms;   /* evaluated only when one of these symptom
				   ids was seen; none: always */
	size_t n_when_symptoms;
	struct rule_cite cite;
	int line;
};

enum fix_kind {
	FIX_MANUAL,       /* a step the technician does by hand */
	FIX_REGISTRY,     /* a registry change that repairs a failed check */
	FIX_LAST_RESORT,  /* when everything else is right */
};

enum fix_action {
	FIX_ACTION_NONE,
	FIX_ACTION_CREATE_KEY,  /* for EXPECT_KEY_EXISTS */
	FIX_ACTION_ADD_ENTRY,   /* for EXPECT_MULTI_SZ_CONTAINS: append data */
	FIX_ACTION_SET_VALUE,   /* for EXPECT_VALUE_EQUALS */
	FIX_ACTION_DELETE_KEY,  /* for EXPECT_KEY_ABSENT: the key and its subtree */
	FIX_ACTION_DELETE_VALUE,/* for EXPECT_VALUE_ABSENT */
	FIX_ACTION_REMOVE_ENTRY,/* for EXPECT_NOT_CONTAINS on a REG_MULTI_SZ:
				   the entry removed, the others kept in order */
};

/* "create-key", ... as the rule format spells it; "?" for NONE. */
const char *fix_action_name(enum fix_action a);
/* The action that repairs a check of this expectation, or NONE. */
enum fix_action fix_action_for_expect(enum check_expect e);

struct rule_fix {
	char *id;
	enum fix_kind kind;
	char *text;             /* our words */
	char *check_id;         /* FIX_REGISTRY: the check it repairs */
	enum fix_action action; /* FIX_REGISTRY only */
	struct rule_cite cite;
	int line;
};

struct rule_product {
	char *name;             /* as the article names it */
	char **versions;        /* as the article names them ("4.0 SP4") */
	size_t n_versions;
	/* Machine-readable (kb/README.md, "product"): the Windows this
	 * product is or runs on.  A product without windows (Exchange
	 * Server) says nothing about the Windows version. */
	char **windows;         /* version ranges: "4.0", "5.0-5.2", "6.0+" */
	size_t n_windows;
	char *role;             /* "workstation", "server" (member servers
				   and domain controllers) or
				   "domain-controller"; NULL for any */
	char *edition;          /* "Enterprise", "Datacenter", ...; NULL any */
	char **service_packs;   /* ranges of service pack numbers ("0",
				   "4-6", "3+"); none for any */
	size_t n_service_packs;
};

/* A note left by the importer (or a person) on a draft: something that
 * still needs a human.  A rule with review items is a draft: `kb check`
 * reports them and the store refuses to load it. */
struct rule_review {
	int source_line;        /* line in the source article, 0 if none */
	char *field;            /* the rule field it concerns, or NULL */
	char *note;
	int line;               /* line in the YAML file */
};

struct rule {
	char *id;               /* "Q262832" */
	char *article;          /* source article id */
	char *title;
	char *published;        /* YYYY-MM-DD */
	char *trigger;          /* optional: what usually comes before it */
	char *cause;            /* our words */
	struct rule_cite trigger_cite;  /* trigger-cite / trigger-inferred */
	struct rule_cite cause_cite;    /* cause-cite / cause-inferred */
	struct rule_product *products;
	size_t n_products;
	char **tags;
	size_t n_tags;
	struct rule_check *applies;   /* all must pass for the rule to apply */
	size_t n_applies;
	struct rule_symptom *symptoms;
	size_t n_symptoms;
	struct rule_evidence *evidence;
	size_t n_evidence;
	struct rule_check *checks;
	size_t n_checks;
	struct rule_fix *fixes;
	size_t n_fixes;
	char **references;
	size_t n_references;
	struct rule_review *reviews;
	size_t n_reviews;

	char *source_path;      /* the YAML file it came from */
	char content_hash[65];  /* SHA-256 of the YAML source, hex */
	/* A rule decoded from the store's cache (rule_blob.h) is one block
	 * holding the rule and every string and list of it: rule_free frees
	 * that.  NULL for a parsed rule, whose every piece is its own. */
	void *arena;
};

void rule_free(struct rule *r);

/* Lookup helpers; NULL when absent. */
const struct rule_check *rule_find_check(const struct rule *r, const char *id);

/* Split "HKLM\SYSTEM\CurrentControlSet\X" into the hive name ("SYSTEM",
 * upper-cased into hive, size hive_size) and the path inside it
 * ("CurrentControlSet\X", borrowed from key).  Accepts HKLM and
 * HKEY_LOCAL_MACHINE, any case.  Returns 0 or -1 when key is not under
 * HKLM\<hive>. */
int rule_key_split(const char *key, char *hive, size_t hive_size,
		   const char **inside);

/* REG_BINARY data as a person reads it: "01 00 0a ff", lower-case hex
 * bytes one space apart; after max bytes (0: no limit) the rest is cut to
 * " ... (N bytes)".  "(no data)" for none.  malloc'd; NULL when out of
 * memory.  The one form of bytes in results, repairs and reports. */
char *rule_bytes_text(const unsigned char *bytes, size_t n, size_t max);

/* The datum an equals check expects, as a person reads it: its bytes as
 * rule_bytes_text() shows them (cut after RULE_BYTES_SHOWN), its text in
 * double quotes, or its number (and its hex form when hex_too).  The one
 * form reports and the TUI give it. */
void rule_check_datum_text(const struct rule_check *c, int hex_too, char *buf, size_t size);

/* Where two byte runs of n bytes first differ (counted from 0, as offsets
 * into the data are): what a cut text names when two long data read
 * alike.  n when they are the same. */
size_t rule_bytes_first_diff(const unsigned char *a, const unsigned char *b, size_t n);

/* The one grammar of REG_BINARY data, read by the loader (rule_load.c),
 * the importer (kbimport_values.c) and kb verify (kbverify.c): hex bytes
 * of two digits each, either case, with blanks, tabs or commas between
 * bytes and around them all but never inside a byte: "01 00 0a ff",
 * "01,00,0A,FF", "01000aff" and " 01, 00 0aFF " are the same four bytes.
 * Nothing else: no "0x" or "hex:" (a caller that allows one strips it
 * first), no line breaks, and at least one byte. */
enum rule_hex_fault {
	RULE_HEX_OK = 0,
	RULE_HEX_BAD_CHAR,   /* *at is neither a hex digit nor a separator */
	RULE_HEX_ODD_DIGITS, /* a run of `run` digits, odd, stops at *at (a
				separator, or at == the end) */
	RULE_HEX_EMPTY,      /* no bytes at all */
	RULE_HEX_TOO_MANY,   /* more than max bytes; n counts them all */
};

struct rule_hex_scan {
	size_t n;       /* bytes read; on RULE_HEX_TOO_MANY all of them, of
			   which out holds the first max */
	int joined;     /* no separator between two bytes ("01000aff") */
	const char *at; /* on a fault of a character or run: where */
	size_t run;     /* on RULE_HEX_ODD_DIGITS: digits in that run */
};

/* Read s[0..len) by that grammar into out (room for max bytes; NULL only
 * to ask whether and how many).  The first fault from the left wins, so
 * a bad character after byte max + 1 is still named; too many is told
 * only of data that is otherwise good.  Returns a RULE_HEX_* and fills
 * *r either way. */
enum rule_hex_fault rule_hex_scan(const char *s, size_t len, unsigned char *out,
				  size_t max, struct rule_hex_scan *r);

/* How many bytes results and repair plans show before " ... (N bytes)". */
#define RULE_BYTES_SHOWN 32

/* 1 when a component of the key path is "*" (any one subkey). */
int rule_key_has_wildcard(const char *key);

#endif
