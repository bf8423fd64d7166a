/* mkhistory: fill a store with N recorded sessions, for the history
 * benchmark (bench/bench_history.sh).
 *
 *   mkhistory STORE N
 *
 * Every session is made through the session engine (session_new,
 * session_set_case, session_finish), so its rows and timeline are what
 * kbwiz itself writes.  Two things the engine cannot be asked for are set
 * afterwards in one statement each: a start date spread over three years
 * (the engine stamps the current time) and a chosen rule on one session
 * in 8 (choosing needs a diagnosis with that rule).  Writes are made with
 * synchronous = OFF: a benchmark fixture, not data anyone keeps. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kbwiz/session.h"
#include "kbwiz/store.h"
/* The tool reaches into the store's connection for two statements the
 * engine has no call for (see above). */
#include "../../core/store_internal.h"

static const char *const techs[] = { "alice", "bob", "carol", "dmitri", "eve" };
static const char *const words[] = { "cluster", "node", "service", "disk", "quorum",
				     "network", "dns", "spooler", "rpc", "netlogon" };

int main(int argc, char **argv)
{
	struct kb_error err = { "" };
	struct kb_store *store = NULL;
	long n, i;
	int rc = 1;

	if (argc != 3 || (n = strtol(argv[2], NULL, 10)) <= 0) {
		fprintf(stderr, "usage: mkhistory STORE N\n");
		return 2;
	}
	if (store_open(argv[1], STORE_OPEN_CREATE, &store, NULL, &err) != 0)
		goto out;
	if (sqlite3_exec(store_db(store), "PRAGMA synchronous = OFF", NULL, NULL, NULL) != SQLITE_OK)
		goto out;
	for (i = 0; i < n; i++) {
		struct session *s = NULL;
		struct session_case c;
		enum session_state outcome;
		int r;

		memset(&c, 0, sizeof c);
		snprintf(c.technician, sizeof c.technician, "%s", techs[i % 5]);
		snprintf(c.label, sizeof c.label, "SRV-%05ld %s", i % 20000, words[i % 10]);
		snprintf(c.notes, sizeof c.notes, "case %ld: %s %s after patching", i,
			 words[(i / 10) % 10], words[(i / 100) % 10]);
		if (session_new(store, &s, &err) != 0)
			goto out;
		r = session_set_case(s, &c, &err);
		/* One session in 4 is left in progress. */
		outcome = (enum session_state)(i % 4);
		if (r == 0 && outcome != SESSION_IN_PROGRESS)
			r = session_finish(s, outcome, i % 3 ? "" : "fixed by the article's step", &err);
		session_close(s);
		if (r != 0)
			goto out;
	}
	/* Start dates one every ~16 minutes back from 2026-01-01, the newest
	 * the highest id, as they would have been made. */
	if (sqlite3_exec(store_db(store),
			 "UPDATE sessions SET"
			 " created_at = strftime('%Y-%m-%dT%H:%M:%fZ', '2026-01-01', ((-(SELECT max(id) FROM sessions) + id) * 947) || ' seconds'),"
			 " updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', '2026-01-01', ((-(SELECT max(id) FROM sessions) + id) * 947 + 600) || ' seconds'),"
			 " chosen_rule = CASE WHEN id % 8 = 0 THEN 'Q' || (262800 + id % 40) ELSE '' END",
			 NULL, NULL, NULL) != SQLITE_OK) {
		store_dberr(store, &err, "dating the sessions");
		goto out;
	}
	rc = 0;
out:
	if (rc != 0)
		fprintf(stderr, "mkhistory: %s\n", err.msg);
	store_close(store);
	return rc;
}
