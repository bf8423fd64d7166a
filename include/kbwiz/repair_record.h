/* repair_record.h: finding the repairs kbwiz made to the hives under
 * examination, so the diagnosis can say "repaired" (diagnose.h). */
#ifndef KBWIZ_REPAIR_RECORD_H
#define KBWIZ_REPAIR_RECORD_H

#include "kbwiz/diagnose.h"
#include "kbwiz/error.h"
#include "kbwiz/evidence.h"
#include "kbwiz/store.h"

/* For every hive in ev whose SHA-256 is one kbwiz recorded after writing
 * a repair (the undo record fix_apply leaves beside the hive, and the
 * fix-rename entries of the sessions in store, which may be NULL), add
 * the repair to d with diagnosis_add_repair (the repairs d held
 * before are dropped).  Hives that cannot be read
 * are skipped (the registry phase reports them). */
int diagnosis_find_repairs(struct diagnosis *d, const struct evidence_set *ev,
			   struct kb_store *store, struct kb_error *err);

#endif
