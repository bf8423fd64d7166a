/* kbimport_roots.c: HKEY_LOCAL_MACHINE misspelt (kbimport_int.h).  The
 * archive writes the root wrongly on a few lines ("HKEY_LOCAL__MACHINE"
 * 3 times, "HKEY_LOCALMACHINE" 3, "HKEY_LOCAL_LACHINE" 2,
 * "HKEY_LOCAL_MACINE" 1, "HKEY_LocalMachine" 1); the path after it is
 * the machine's.  A root whose letters (underscores dropped, case
 * ignored) are HKEYLOCALMACHINE, or that one letter added, dropped or
 * changed, is read as HKEY_LOCAL_MACHINE with a review item.  Other
 * roots ("HKEY_LOCAL_USER", "HKEY_LOCAL_COMPUTER") are not guessed. */
#include <ctype.h>
#include <stddef.h>
#include <string.h>

#include "kbimport_int.h"

static const char right[] = "HKEYLOCALMACHINE";

/* a and b (upper case letters, la and lb long) differ by at most one
 * letter added, dropped or changed. */
static int one_edit(const char *a, size_t la, const char *b, size_t lb)
{
	size_t i = 0, j = 0, edits = 0;

	if (la > lb + 1 || lb > la + 1)
		return 0;
	while (i < la && j < lb) {
		if (a[i] == b[j]) {
			i++, j++;
			continue;
		}
		if (++edits > 1)
			return 0;
		if (la > lb)
			i++;
		else if (lb > la)
			j++;
		else
			i++, j++;
	}
	edits += (la - i) + (lb - j);
	return edits <= 1;
}

const char *imp_root_typo(struct imp *im, const char *key, size_t line)
{
	char letters[32];
	size_t n = 0, rl;
	const char *p;

	if (strncmp(key, "HKEY_", 5) != 0 && strncmp(key, "hkey_", 5) != 0)
		return NULL;
	rl = strcspn(key, "\\");
	if (key[rl] != '\\' || rl > 24)
		return NULL;
	for (p = key; p < key + rl; p++) {
		if (*p == '_')
			continue;
		if (!isalpha((unsigned char)*p) || n + 1 >= sizeof letters)
			return NULL;
		letters[n++] = (char)toupper((unsigned char)*p);
	}
	letters[n] = '\0';
	if (strcmp(letters, right) == 0 && strncmp(key, "HKEY_LOCAL_MACHINE", rl) == 0 && rl == 18)
		return NULL;    /* written right */
	if (!one_edit(letters, n, right, sizeof right - 1))
		return NULL;
	imp_review(im, line, T_CHECKS, 0,
		   imp_fmt(im, "the article writes the root as %.*s: read as HKEY_LOCAL_MACHINE; check it", (int)rl, key));
	return imp_fmt(im, "HKEY_LOCAL_MACHINE%s", key + rl);
}
