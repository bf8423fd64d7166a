/* kbimport_hives.c: keys under names no hive file holds (kbimport_int.h).
 *
 * HKEY_LOCAL_MACHINE\HARDWARE is built by Windows in memory at every
 * start from what it detects, and written to no hive file: kbwiz, which
 * reads a machine's hive files, never sees it, and a value changed there
 * is detected anew at the next start.  Articles edit it for the running
 * session only ("change Identifier, then rerun Setup before you
 * restart"): a step for a person, no check and no repair.
 *
 * Keys of a hive the article loads under a temporary name: "On the
 * Registry menu, click Load Hive ... type TEST in the Key Name box" then "HKEY_LOCAL_MACHINE\TEST\ControlSet001\
 * Control\...": the steps edit another installation's hive (or one that
 * does not start) through a name the reader picked.  kbwiz checks the
 * machine's own paths, so such a key is no check as written: a person
 * maps it (TEST\ControlSet001 is SYSTEM's, TEST2\Microsoft is
 * SOFTWARE's) or leaves it. */
#include <stddef.h>
#include <string.h>
#include <strings.h>

#include "kbimport_int.h"

/* The keys right under HKEY_LOCAL_MACHINE on a running Windows: any
 * other first name is a hive loaded there by hand.  CLUSTER is loaded by
 * the Cluster service, BCD00000000 by boot, COMPONENTS by servicing. */
static const char *const live_roots[] = {
	"SYSTEM", "SOFTWARE", "SAM", "SECURITY", "HARDWARE", "CLUSTER", "COMPONENTS",
	"BCD00000000", NULL,
};

/* Words that say the article loads a hive by hand: Registry Editor's
 * menu command and the console tool. */
static int article_loads_hive(const struct imp *im)
{
	size_t first = im->a->body_first, last = im->a->body_end;

	return imp_lines_say(im, first, last, "load hive") || imp_lines_say(im, first, last, "reg load") ||
	       imp_lines_say(im, first, last, "reg.exe load");
}

/* The first name under HKEY_LOCAL_MACHINE in key ("HKLM\TEST\..."), its
 * length in *len; NULL for another root. */
static const char *first_name(const char *key, size_t *len)
{
	const char *p;

	if (key == NULL)
		return NULL;
	if (strncasecmp(key, "HKLM\\", 5) == 0)
		p = key + 5;
	else if (strncasecmp(key, "HKEY_LOCAL_MACHINE\\", 19) == 0)
		p = key + 19;
	else
		return NULL;
	*len = strcspn(p, "\\");
	return *len > 0 ? p : NULL;
}

const char *imp_loaded_hive_why(struct imp *im, const struct imp_check *c)
{
	const char *name;
	size_t len, i;

	if ((name = first_name(c->key, &len)) == NULL)
		return NULL;
	for (i = 0; live_roots[i] != NULL; i++)
		if (strlen(live_roots[i]) == len && strncasecmp(live_roots[i], name, len) == 0)
			return NULL;
	if (!article_loads_hive(im))
		return NULL;
	return imp_fmt(im, "the key is under HKEY_LOCAL_MACHINE\\%.*s, a hive the article loads by hand under a name of its own (Load Hive): the running machine's path is another; map it or leave it",
		       (int)len, name);
}

const char *imp_volatile_hive_why(const struct imp_check *c)
{
	const char *name;
	size_t len;

	if ((name = first_name(c->key, &len)) == NULL || len != 8 || strncasecmp(name, "HARDWARE", 8) != 0)
		return NULL;
	return "HKEY_LOCAL_MACHINE\\HARDWARE is built by Windows at every start and kept in no hive file: "
	       "kbwiz cannot read or keep it (a change there lasts only until the next start); "
	       "a person checks or changes it on the running machine";
}
