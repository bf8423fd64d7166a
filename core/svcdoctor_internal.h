/* svcdoctor_internal.h: what the service doctor's files share
 * (core/svcdoctor.c gathers, core/svcdoctor_reason.c reasons); not a
 * public header. */
#ifndef KBWIZ_SVCDOCTOR_INTERNAL_H
#define KBWIZ_SVCDOCTOR_INTERNAL_H

#include <stddef.h>

#include "kbwiz/hive.h"
#include "kbwiz/machine.h"
#include "kbwiz/services.h"
#include "kbwiz/svcdoctor.h"

/* Windows' documented default for Control\ServicesPipeTimeout. */
#define DEFAULT_PIPE_TIMEOUT_MS 30000u
/* Dependency tree lines shown as evidence. */
#define MAX_TREE_LINES 24

/* Everything one run holds while it reasons. */
struct doc {
	struct svd_report *r;
	struct svc_model *m;
	struct svd_messages *msgs;
	char **sam_users;
	size_t n_sam_users;
	char *computer;            /* ComputerName of the SYSTEM hive */
	struct machine_info machine; /* its time zone: events' times are
				      shown in UTC and the machine's clock */
	struct kb_hive *system;    /* open while reasoning: other control sets */
	int oom;
	/* per finding, while building: the dependency the events name and
	 * the timeout the events give */
	char **dep_named;
	unsigned *timeout_ms;
};

/* Append a formatted line to a finding's list; out of memory sets
 * d->oom (checked once at the end). */
void svd_push(struct doc *d, char ***v, size_t *n, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

#define EVIDENCE(d, f, ...) svd_push(d, &(f)->evidence, &(f)->n_evidence, __VA_ARGS__)
#define REASON(d, f, ...) svd_push(d, &(f)->reasoning, &(f)->n_reasoning, __VA_ARGS__)
#define STEP(d, f, ...) svd_push(d, &(f)->steps, &(f)->n_steps, __VA_ARGS__)

/* The service a name (display name or key name) is, -1 when none; how
 * it was matched in words into *how (malloc'd). */
long svd_map_service(struct doc *d, const char *name, const char *key_hint, char **how);

/* What events of kind k mean, in words. */
const char *svd_kind_meaning(enum svd_kind k);

/* Reason about one gathered finding: evidence, verdict, steps. */
void svd_reason(struct doc *d, struct svd_finding *f);
/* Its one-line summary. */
void svd_summarise(struct doc *d, struct svd_finding *f);

#endif
