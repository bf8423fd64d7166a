/* machine.h: which machine the evidence comes from, as its hives say:
 * the computer name (SYSTEM, current control set), the Windows product,
 * version, build and service pack (SOFTWARE), and the control sets that
 * Select names.  Text is from the hives: sanitize before display. */
#ifndef KBWIZ_MACHINE_H
#define KBWIZ_MACHINE_H

#include "kbwiz/error.h"
#include "kbwiz/evidence.h"

struct machine_identity {
	char *computer_name;     /* NULL when unknown */
	char *product;           /* "Windows 7 Professional" */
	char *version;           /* "6.1" */
	char *build;             /* "7601" */
	char *service_pack;      /* "Service Pack 1" */
	char *system_root;       /* "C:\Windows" */
	int current_set, default_set, last_known_good_set, failed_set;  /* -1 */
	char *system_hive, *software_hive;   /* the files read, or NULL */
	char *problems;          /* hives that could not be read, or NULL */
};

/* Read what the SYSTEM and SOFTWARE hives among ev say.  A hive that
 * cannot be read is noted in problems, not an error; only running out
 * of memory fails.  out is overwritten; clear it with
 * machine_identity_clear. */
int machine_identity_read(const struct evidence_set *ev,
			  struct machine_identity *out, struct kb_error *err);
void machine_identity_clear(struct machine_identity *m);

#endif
