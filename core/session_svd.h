/* session_svd.h: the service doctor in the session engine (session.c and
 * session_svd.c share it; private to core). */
#ifndef KBWIZ_SESSION_SVD_H
#define KBWIZ_SESSION_SVD_H

#include <jansson.h>

#include "kbwiz/evidence.h"
#include "kbwiz/store.h"

/* Run the service doctor on the session's evidence: the "service_doctor"
 * object of a findings document (svd_add_to_json), new reference; NULL
 * when there is no event log among the evidence.  When the doctor cannot
 * run, the object says why ("error") and has no findings, so that the
 * record shows it was tried.  events: the event files as the scan read
 * them (unexplained_share), or NULL to read them. */
struct evl_list;
json_t *session_svd_run(struct kb_store *store, const struct evidence_set *ev,
			const struct evl_list *events);

#endif
