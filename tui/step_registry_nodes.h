/* step_registry_nodes.h: the registry step's node-by-node view, for a
 * session whose evidence comes from several machines (cluster_nodes.h). */
#ifndef KBWIZ_STEP_REGISTRY_NODES_H
#define KBWIZ_STEP_REGISTRY_NODES_H

#include "tui.h"

/* Compare the session's nodes (record: again, and say so in its
 * timeline, as after the registry checks run; else only when the
 * session or its evidence changed since).  Errors go to the message
 * line. */
void reg_nodes_compute(int record);
/* Nodes in the last comparison; 0 when the evidence is one machine's. */
size_t reg_nodes_count(void);
/* One line above the checks: how many nodes, how many values differ,
 * and the key that shows them. */
void reg_nodes_summary(struct tbuf *tb);
/* The comparison, node by node: the differing values (all: every
 * value), the odd node marked. */
void reg_nodes_build(struct tbuf *tb, int all);

#endif
