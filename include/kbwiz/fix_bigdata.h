/* fix_bigdata.h: what kbwiz must not write with hivex.  Windows keeps a
 * value's data over 16344 bytes in a big-data ('db') record on hives of
 * minor version 4 and up; hivex writes every data as one plain cell, and
 * setting or deleting one value rewrites all the key's values that way.
 * A repair that would write such data, or touch a key that holds some,
 * is left to the technician (a manual item saying why).  The hive's minor
 * version is not asked: on an older hive, where one plain cell would do,
 * the same change is left to hand too, the safe side. */
#ifndef KBWIZ_FIX_BIGDATA_H
#define KBWIZ_FIX_BIGDATA_H

#include <stddef.h>

#include <hivex.h>

/* The most data Windows keeps in one cell (CM_KEY_VALUE_BIG). */
#define FIX_CELL_DATA_MAX 16344

/* Why a change that writes data_len bytes to a value of key (node: the
 * key, 0 when it is still to be created), or deletes value `gone` from
 * it (which is then not rewritten), must be made by hand; NULL when
 * kbwiz may make it.  key is only said.  malloc'd; *oom set when out of
 * memory. */
char *fix_big_data_why(hive_h *hx, hive_node_h node, const char *key,
		       size_t data_len, const char *gone, int *oom);

#endif
