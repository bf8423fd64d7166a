/* cluster_nodes.h: a session whose evidence comes from several machines
 * (the nodes of one cluster: `kbwiz --root NODE1 --root NODE2 ...`, or
 * volumes and hives added in the evidence step), compared node by node
 * exactly as `kbwiz triage --cluster` compares them (triage.h): each node
 * is diagnosed on its own, as triage diagnoses one machine, and the
 * lines go through triage_cluster_compare.
 *
 * Which file belongs to which node: a file found on a volume belongs to
 * that volume (its path less what it was found as, e.g.
 * "System32/config/SYSTEM", less the WINNT or Windows directory); a file
 * named by hand to the volume whose System32/config, System32/winevt/Logs,
 * Cluster or Cluster/Reports folder holds it, else to its own folder.  A
 * group of files holding a hive is a node; files in a group without a
 * hive belong to no node and are left out (counted). */
#ifndef KBWIZ_CLUSTER_NODES_H
#define KBWIZ_CLUSTER_NODES_H

#include <stddef.h>

#include "kbwiz/error.h"
#include "kbwiz/evidence.h"
#include "kbwiz/rule.h"

struct cluster_node {
	char *path;                /* the volume, or the folder of its files */
	struct evidence_set ev;    /* its files (copies of the paths) */
};

struct cluster_nodes {
	struct cluster_node *v;
	size_t n;
	size_t n_left_out;         /* files in no node */
};

/* Split ev into nodes, in the order their first file is listed.  0 or
 * KB_ENOMEM. */
int cluster_nodes_split(const struct evidence_set *ev, struct cluster_nodes *out,
			struct kb_error *err);
void cluster_nodes_free(struct cluster_nodes *nodes);

struct json_t;
struct kb_store;
struct session;

/* The nodes of ev compared: *out a new {"cluster": {...}} object as
 * docs/triage-json.md's cluster line, with "left_out" (files in no node)
 * added; NULL when ev holds fewer than two nodes.  store: where kbwiz's
 * own repairs are looked up (NULL: none).  Fails only for want of memory
 * (a node's unreadable files make it "compared": false). */
int cluster_compare_evidence(const struct evidence_set *ev, struct rule *const *rules,
			     size_t n_rules, struct kb_store *store, struct json_t **out,
			     struct kb_error *err);

/* The same for a session's evidence, with its rules. */
int session_cluster_compare(struct session *s, struct kb_store *store, struct json_t **out,
			    struct kb_error *err);

/* session_cluster_compare, and its summary (cluster_summary_line)
 * recorded in the session's timeline as a "cluster" line, unless the
 * session is finished (read-only) or holds one node (NULL *out). */
int session_cluster_record(struct session *s, struct kb_store *store, struct json_t **out,
			   struct kb_error *err);

/* `kbwiz triage --cluster --record`: one session of the whole cluster
 * beside the sessions of its machines (ids, recorded by triage, and
 * paths, the machines as listed): their evidence together, scanned and
 * checked, the nodes compared (its "cluster" line), left at the
 * diagnosis step; one transaction, so a kill leaves it whole or absent.
 * A session in progress already recorded for the same paths (its
 * "triage-cluster" line) is not recorded again.  *id the session's. */
int cluster_session_record(struct kb_store *store, const int64_t *ids,
			   const char *const *paths, size_t n, int64_t *id,
			   struct kb_error *err);

/* One line: "3 nodes compared (NODE1, NODE2, NODE3): 1 of 9 registry
 * values differ: Q262832/transports-has-clusnet (odd: NODE1)";
 * unreadable nodes are named as not compared.  Text from the evidence:
 * sanitize before display. */
void cluster_summary_line(struct json_t *cmp, char *buf, size_t size);

/* One node's value of a compared value ("nodes" entry) as text: "NODE1
 * (odd): failed: Transports (REG_MULTI_SZ) = [Tcpip, NetBT]", "NODE4: not
 * checked (not compared)". */
void cluster_node_value_text(struct json_t *node, char *buf, size_t size);

#endif
