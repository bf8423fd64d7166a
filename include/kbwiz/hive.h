/* hive.h: offline registry hives read through hivex, and the evaluation
 * of a rule's registry checks against them.
 *
 * Paths in rules are written as Windows shows them on a live machine
 * (HKLM\SYSTEM\CurrentControlSet\...).  An offline SYSTEM hive has no
 * CurrentControlSet: Windows builds it at boot from Select\Current, so we
 * resolve it the same way and report which ControlSet00N was used.  Key and
 * value names compare case-insensitively, as Windows compares them. */
#ifndef KBWIZ_HIVE_H
#define KBWIZ_HIVE_H

#include <stddef.h>
#include <stdint.h>

#include "kbwiz/error.h"
#include "kbwiz/hivelog.h"
#include "kbwiz/rule.h"

struct kb_hive;   /* opaque; one open hive file */

/* Open path read-only.  Fails with a message naming the file when it is
 * missing (KB_ENOTFOUND), unreadable (KB_EIO), not a regular file
 * (KB_EINVAL), or empty, truncated, bit-flipped, a transaction log
 * (.LOG1/.LOG2) or not a registry hive at all (KB_EFORMAT).  Nothing is
 * printed, unless the user exported HIVEX_DEBUG=1 to trace hivex. */
int hive_open(const char *path, struct kb_hive **out, struct kb_error *err);
void hive_close(struct kb_hive *h);

const char *hive_path(const struct kb_hive *h);

/* Which hive this is: "SYSTEM", "SOFTWARE", "SAM", "SECURITY", "DEFAULT",
 * "NTUSER" or "" when it cannot tell.  Decided from the name Windows
 * stored in the base block, then the file name ("SYSTEM", "system.sav",
 * "SYSTEM_B", "NTUSER.DAT"), then the keys present (SYSTEM, SOFTWARE,
 * SECURITY and SAM only: NTUSER and DEFAULT look alike inside). */
const char *hive_kind(const struct kb_hive *h);

/* The base block's two sequence numbers differ: the hive was not cleanly
 * written and changes may still sit in its .LOG/.LOG1/.LOG2 files. */
int hive_is_dirty(const struct kb_hive *h);

/* A dirty hive is opened as Windows would load it: hive_open replays its
 * .LOG/.LOG1/.LOG2 in memory (hivelog.h) and everything read comes from
 * the recovered image (HIVELOG_RECOVERED).  Without usable logs
 * (HIVELOG_NO_LOGS) or with a damaged or foreign one (HIVELOG_DAMAGED)
 * the file is read as it is.  hive_recovery_text says which, in one line
 * ("dirty: recovered from SYSTEM.LOG1 (14 log entries, 212 pages)"), and
 * is "" for a clean hive. */
enum hivelog_status hive_recovery(const struct kb_hive *h);
const char *hive_recovery_text(const struct kb_hive *h);

/* SYSTEM only: the number in Select\Current (1 for ControlSet001), or
 * Select\<which> for which = "Current", "Default", "LastKnownGood",
 * "Failed" (any case).  Returns 0 and sets *number (0..999), or an error
 * when Select or the value is missing (KB_ENOTFOUND) or not a 4-byte
 * REG_DWORD of at most 999 (KB_EFORMAT). */
int hive_select(struct kb_hive *h, const char *which, int *number,
		struct kb_error *err);

/* Read every key and value of the hive (names, types, data), as a full
 * export would.  Returns 0, or KB_EFORMAT with err saying what cannot be
 * read ("SYSTEM: already damaged: a value of the key at offset 0x1020
 * cannot be read").  A repair written into such a hive may not be
 * readable either: fix says so and asks twice. */
int hive_check_whole(struct kb_hive *h, struct kb_error *err);

enum check_status {
	CHECK_PASSED,
	CHECK_FAILED,
	CHECK_DAMAGED,      /* the data is there but cannot be decoded */
	CHECK_NOT_CHECKED,  /* no hive for it, or the key path cannot be mapped */
};

enum check_failure {
	FAIL_NONE,
	FAIL_KEY_MISSING,
	FAIL_KEY_PRESENT,     /* EXPECT_KEY_ABSENT, but it is there */
	FAIL_VALUE_MISSING,
	FAIL_WRONG_TYPE,
	FAIL_ENTRY_MISSING,   /* REG_MULTI_SZ lacks the entry */
	FAIL_WRONG_DATA,      /* EQUALS, different data */
	FAIL_OUT_OF_RANGE,
	FAIL_VALUE_PRESENT,   /* EXPECT_VALUE_ABSENT, but it is there */
	FAIL_ENTRY_PRESENT,   /* EXPECT_NOT_CONTAINS, but the entry or text is there */
};

const char *check_status_name(enum check_status s);   /* "passed", ... */
const char *check_failure_name(enum check_failure f); /* "key missing", ... */

struct check_result {
	enum check_status status;
	enum check_failure failure;
	char *hive_file;        /* the file checked; NULL when not checked */
	char *control_set;      /* "ControlSet001" when CurrentControlSet was
				   resolved, else NULL */
	char *resolved_key;     /* path inside the hive actually looked up */
	enum kb_reg_type found_type;  /* KB_REG_NONE when no value found */
	char **found_entries;   /* decoded data: REG_MULTI_SZ entries, or one
				   string for SZ/EXPAND_SZ/DWORD (as decimal) */
	size_t n_found_entries;
	char *found;            /* readable, e.g.
				   "Transports (REG_MULTI_SZ) = [Tcpip, NetBT]" */
	char *detail;           /* readable, e.g. "Clusnet missing" */
};
/* After hive_eval_check returns 0, found and detail are never NULL.
 * found_entries holds, for REG_BINARY and other types, one string of
 * comma-separated hex bytes ("01,02,ff"); no entries when the data is
 * damaged or empty.  The value name in found is the one stored in the
 * hive ("(Default)" for the unnamed value, which a check names as ""). */

void check_result_clear(struct check_result *r);

/* The bytes of a found_entries string of hex bytes ("01,02,ff"); NULL
 * when it is not of that form or memory ran out.  malloc'd, *n bytes. */
unsigned char *hive_entry_bytes(const char *entry, size_t *n);

/* The found value's bytes when it is REG_BINARY with data; else NULL. */
unsigned char *check_found_bytes(const struct check_result *r, size_t *n);

/* Evaluate one check.  h may be NULL (no hive of that kind supplied):
 * the result is CHECK_NOT_CHECKED, as it is when the key is not under
 * HKLM\<hive>, when h is known to be another kind of hive than the key
 * names, or when CurrentControlSet cannot be resolved.  Returns 0
 * whenever a result was produced, including failed and damaged ones; an
 * error only when the evaluation itself could not run (out of memory).
 * out need not be initialised; it is overwritten, not freed, so clear a
 * previous result first.  MULTI_SZ_CONTAINS entries and VALUE_EQUALS
 * strings compare case-insensitively (ASCII), as Windows compares the
 * names and paths they hold; numbers compare exactly.  A check with
 * type KB_REG_NONE accepts REG_SZ/REG_EXPAND_SZ (data set) or
 * REG_DWORD/REG_QWORD (number); otherwise the type must match. */
int hive_eval_check(struct kb_hive *h, const struct rule_check *c,
		    struct check_result *out, struct kb_error *err);

/* One difference between two control sets for a key a check reads. */
struct controlset_diff {
	char *check_id;
	char *control_set;   /* "ControlSet002" */
	char *current;       /* readable value in the current set */
	char *other;         /* readable value in control_set */
};

/* For each check of rule r (r->checks; checks outside
 * HKLM\SYSTEM\CurrentControlSet are skipped), compare what the current
 * control set holds with every other ControlSetNNN in the hive
 * (LastKnownGood among them), in name order.  A difference is a
 * different status, type or decoded data; current and other are the two
 * found texts.  Fills a malloc'd array the caller frees with
 * controlset_diffs_free (NULL and 0 when there is no difference).  Fails
 * when Select\Current cannot be read. */
int hive_compare_control_sets(struct kb_hive *h, const struct rule *r,
			      struct controlset_diff **out, size_t *n_out,
			      struct kb_error *err);
void controlset_diffs_free(struct controlset_diff *d, size_t n);

/* ---- Keys and values one by one ----
 * For the models that read a whole subtree (the services list) rather
 * than one rule's checks.  A hive_key stays valid while the hive is
 * open; 0 is no key.  Names compare case-insensitively. */
typedef uint64_t hive_key;

hive_key hive_root_key(struct kb_hive *h);

/* The key at path ("ControlSet001\Services", backslash-separated),
 * relative to key.  KB_ENOTFOUND when a part is missing, KB_EFORMAT when
 * the subkeys on the way cannot be read; the message names the file. */
int hive_key_find(struct kb_hive *h, hive_key key, const char *path,
		  hive_key *out, struct kb_error *err);

struct hive_subkey {
	char *name;      /* as stored */
	hive_key key;
};

/* The subkeys of key, in the hive's order (Windows keeps them sorted);
 * a subkey whose name cannot be read is left out.  *out is malloc'd (free
 * with hive_subkeys_free), NULL when there are none. */
int hive_key_subkeys(struct kb_hive *h, hive_key key,
		     struct hive_subkey **out, size_t *n_out,
		     struct kb_error *err);
void hive_subkeys_free(struct hive_subkey *v, size_t n);

/* The key's last write time, seconds since 1970 UTC; 0 when unknown. */
int64_t hive_key_last_write(struct kb_hive *h, hive_key key);

/* One value's data, decoded as the checks decode it. */
struct hive_value {
	unsigned type;        /* enum kb_reg_type as stored */
	int damaged;          /* the data cannot be decoded; why says why */
	char why[160];
	char **entries;       /* REG_MULTI_SZ: its strings; SZ/EXPAND_SZ:
				 one; numbers: one, decimal; others: hex */
	size_t n_entries;
	uint64_t number;      /* DWORD / QWORD, when has_number */
	int has_number;
	char *text;           /* readable: "text", [a, b], 2 (0x00000002) */
};

/* Read value name ("" the default value) of key into out (overwritten;
 * free with hive_value_clear).  0 also when the data is damaged (out->
 * damaged set); KB_ENOTFOUND when there is no such value; KB_EFORMAT when
 * the key's values cannot be read. */
int hive_key_value(struct kb_hive *h, hive_key key, const char *name,
		   struct hive_value *out, struct kb_error *err);
void hive_value_clear(struct hive_value *v);

/* SYSTEM only: the control set Select\Current names ("ControlSet001"). */
int hive_current_control_set(struct kb_hive *h, char *name, size_t size,
			     struct kb_error *err);

/* The last write time (Unix seconds) of the key check c reads (the key
 * holding the value, for value checks), CurrentControlSet resolved as
 * for hive_eval_check.  KB_ENOTFOUND when the key is not there. */
int hive_check_key_time(struct kb_hive *h, const struct rule_check *c,
			int64_t *unix_time, struct kb_error *err);

#endif
