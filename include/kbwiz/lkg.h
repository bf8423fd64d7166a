/* lkg.h: the current control set against LastKnownGood.
 *
 * Windows boots LastKnownGood when a change stops the machine from
 * starting; what differs between the two sets is what changed since the
 * last good boot.  Compared: every service's Start, Type, ImagePath,
 * DependOnService and DependOnGroup (services in one set only are listed
 * too), and every registry check of the rules given that reads the
 * current control set.  Text comes from the hive: sanitize before
 * display. */
#ifndef KBWIZ_LKG_H
#define KBWIZ_LKG_H

#include <stddef.h>
#include <stdint.h>

#include "kbwiz/error.h"
#include "kbwiz/hive.h"
#include "kbwiz/rule.h"

enum lkg_diff_kind {
	LKG_ONLY_CURRENT,    /* a service key only in the current set */
	LKG_ONLY_LKG,        /* a service key only in LastKnownGood */
	LKG_SERVICE_VALUE,   /* a service value differs */
	LKG_RULE_CHECK,      /* what a rule's check reads differs */
};

/* A value as stored, for machine-readable output (the readable text is
 * lkg_diff's current and lkg). */
enum lkg_raw_kind {
	LKG_RAW_ABSENT,      /* not there */
	LKG_RAW_NUMBER,      /* DWORD, QWORD: number */
	LKG_RAW_STRING,      /* REG_SZ and the rest: items[0] */
	LKG_RAW_LIST,        /* REG_MULTI_SZ, a service's dependencies: items */
	LKG_RAW_KEY,         /* a key check: the key is there */
};

struct lkg_raw {
	enum lkg_raw_kind kind;
	uint64_t number;
	char **items;
	size_t n_items;
};

struct lkg_diff {
	enum lkg_diff_kind kind;
	char *name;          /* the service, or the rule id */
	char *field;         /* "Start", "ImagePath", ...; the check id; "" */
	char *current;       /* readable; "(absent)" when not there */
	char *lkg;
	struct lkg_raw current_raw, lkg_raw;
};

struct lkg_compare {
	char hive_path[4096];
	char current_set[16];     /* "ControlSet001" */
	char lkg_set[16];         /* "ControlSet002" */
	int same_set;             /* LastKnownGood is the current set */
	size_t services_current, services_lkg;
	size_t rules_compared;    /* rules with checks in the control set */
	struct lkg_diff *diffs;   /* services by name, then rule checks */
	size_t n;
};

/* Compare h's (a SYSTEM hive) Select\Current and Select\LastKnownGood
 * sets; rules (may be NULL) are the rules whose checks are compared too.
 * KB_ENOTFOUND naming the file when Select has no LastKnownGood or a set
 * it names is missing.  *out is freed with lkg_compare_free. */
int lkg_compare(struct kb_hive *h, struct rule *const *rules, size_t n_rules,
		struct lkg_compare **out, struct kb_error *err);
void lkg_compare_free(struct lkg_compare *c);

/* "only in current", "only in LastKnownGood", "service value", "rule
 * check". */
const char *lkg_diff_kind_name(enum lkg_diff_kind k);

#endif
