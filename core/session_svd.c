/* session_svd.c: the service doctor's findings as a session records them
 * (session.h): run when the diagnosis is computed, kept in the findings
 * document beside the rules' ("service_doctor"), read back from it. */
#include "session_svd.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "kbwiz/svcdoctor.h"

/* The Win32 error texts beside the rules the store was loaded from
 * (kb/win32-errors.tsv); when there are none, the doctor's built-in few. */
static void messages_path(struct kb_store *store, char *buf, size_t size)
{
	char dir[4096];

	buf[0] = '\0';
	if (store_kb_dir(store, dir, sizeof dir, NULL) != 0 || dir[0] == '\0')
		return;
	snprintf(buf, size, "%s/win32-errors.tsv", dir);
	if (access(buf, R_OK) != 0)
		buf[0] = '\0';
}

json_t *session_svd_run(struct kb_store *store, const struct evidence_set *ev,
			const struct evl_list *events)
{
	struct svd_options o = { NULL, NULL };
	struct svd_report *r = NULL;
	struct kb_error err = { "" };
	char messages[4200], *doc = NULL;
	json_t *root = NULL, *out = NULL;
	size_t i, n_events = 0;

	for (i = 0; i < ev->n; i++)
		n_events += ev->files[i].kind == EVIDENCE_EVENTS;
	if (n_events == 0)
		return NULL;
	messages_path(store, messages, sizeof messages);
	o.messages_path = messages[0] != '\0' ? messages : NULL;
	if ((events != NULL ? svd_run_events(events, ev, &o, &r, &err) : svd_run(ev, &o, &r, &err)) != 0 ||
	    svd_suggest(r, store, &err) != 0 ||
	    (doc = strdup("{}")) == NULL || svd_add_to_json(r, &doc, &err) != 0) {
		if (err.msg[0] == '\0')
			snprintf(err.msg, sizeof err.msg, "out of memory");
		out = json_pack("{s:s, s:s, s:[]}", "source", "kbwiz's own reasoning, not an article's",
				"error", err.msg, "findings");
		goto out;
	}
	root = json_loads(doc, 0, NULL);
	out = json_incref(json_object_get(root, "service_doctor"));
out:
	json_decref(root);
	free(doc);
	svd_free(r);
	return out;
}
