/* fix_bigdata.c: changes whose data hivex would write in a form Windows
 * does not read (fix_bigdata.h). */
#include <stdlib.h>
#include <strings.h>

#include "kbwiz/fix_bigdata.h"
#include "kbwiz/strutil.h"

/* Said after the fault, with FIX_CELL_DATA_MAX. */
#define WHY_TAIL "past %d bytes Windows keeps data in a big-data record, which hivex " \
	"(kbwiz's writer) does not write, so kbwiz leaves this change to you: make it " \
	"with regedit (File > Load Hive for an offline hive)"

char *fix_big_data_why(hive_h *hx, hive_node_h node, const char *key,
		       size_t data_len, const char *gone, int *oom)
{
	hive_value_h *vals;
	char *why = NULL;
	size_t i;

	*oom = 0;
	if (data_len > FIX_CELL_DATA_MAX) {
		why = kb_strdup_printf("%s: the new data is %zu bytes; " WHY_TAIL, key, data_len,
				       FIX_CELL_DATA_MAX);
		*oom = why == NULL;
		return why;
	}
	/* hivex rewrites every value of the key: one stored big-data would
	 * come back as a plain cell too large for Windows to read. */
	if (node == 0 || (vals = hivex_node_values(hx, node)) == NULL)
		return NULL;
	for (i = 0; vals[i] != 0 && why == NULL; i++) {
		hive_type t;
		size_t len;
		char *name;

		if (hivex_value_type(hx, vals[i], &t, &len) != 0 || len <= FIX_CELL_DATA_MAX)
			continue;
		name = hivex_value_key(hx, vals[i]);
		if (name != NULL && gone != NULL && strcasecmp(name, gone) == 0) {
			free(name);
			continue;
		}
		why = kb_strdup_printf("%s: value '%s' holds %zu bytes, and writing any value of "
				       "this key rewrites them all; " WHY_TAIL, key,
				       name != NULL && name[0] != '\0' ? name : "(default)", len,
				       FIX_CELL_DATA_MAX);
		free(name);
		*oom = why == NULL;
	}
	free(vals);
	return why;
}
