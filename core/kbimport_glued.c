/* kbimport_glued.c: a machine key whose print lost a backslash between
 * two names (kbimport_int.h).  "...\CurrentControlSet\ServicesNwlnkIpx\..."
 * is Services and NwlnkIpx glued: right under CurrentControlSet the hive
 * holds only a few names, so a name there that opens with one of them and
 * goes on with a new capitalised word is two names.  Only where the names
 * are so few (the hive's root, SYSTEM, a control set) is the split sure:
 * under SOFTWARE or a service any name may open with any word. */
#include <ctype.h>
#include <stddef.h>
#include <string.h>
#include <strings.h>

#include "kbimport_int.h"

/* The levels whose names are few, each with the names it holds and the
 * level of those names' children (-1: any name; no split under it). */
enum { L_HIVES, L_SYSTEM, L_CONTROL_SET, L_NONE = -1 };

static const struct {
	int level;
	const char *name;
	int digits;             /* a number of this many digits follows */
	int child_level;
} known_names[] = {
	{ L_HIVES, "SYSTEM", 0, L_SYSTEM },
	{ L_HIVES, "SOFTWARE", 0, L_NONE },
	{ L_SYSTEM, "CurrentControlSet", 0, L_CONTROL_SET },
	{ L_SYSTEM, "ControlSet", 3, L_CONTROL_SET },
	{ L_CONTROL_SET, "Services", 0, L_NONE },
	{ L_CONTROL_SET, "Control", 0, L_NONE },
	{ L_CONTROL_SET, "Enum", 0, L_NONE },
};

/* The known name at level that name (nl bytes) opens with: its index,
 * its length in *kl (with its digits); -1 when none. */
static int opens_with_known(int level, const char *name, size_t nl, size_t *kl)
{
	size_t i, l, d;

	for (i = 0; i < sizeof known_names / sizeof known_names[0]; i++) {
		if (known_names[i].level != level)
			continue;
		l = strlen(known_names[i].name);
		if (nl < l || strncasecmp(name, known_names[i].name, l) != 0)
			continue;
		for (d = 0; d < (size_t)known_names[i].digits; d++)
			if (l + d >= nl || !isdigit((unsigned char)name[l + d]))
				break;
		if (d < (size_t)known_names[i].digits)
			continue;
		*kl = l + d;
		return (int)i;
	}
	return -1;
}

/* A new word starts at name[at]: "sN" in "ServicesNwlnk", "MCu" in
 * "SYSTEMCurrent" (a capital, then a small letter, after capitals). */
static int word_starts(const char *name, size_t at, size_t nl)
{
	if (at == 0 || at >= nl || !isupper((unsigned char)name[at]))
		return 0;
	if (islower((unsigned char)name[at - 1]) || isdigit((unsigned char)name[at - 1]))
		return 1;
	return at + 1 < nl && islower((unsigned char)name[at + 1]);
}

const char *imp_unglued_key(struct imp *im, const char *key, size_t line)
{
	const char *p, *e, *out = key;
	int level = L_HIVES, k;
	size_t kl;

	if (strncasecmp(key, "HKLM\\", 5) != 0)
		return key;
	for (p = key + 5; level != L_NONE && *p != '\0'; p = *e != '\0' ? e + 1 : e) {
		size_t nl;
		e = strchr(p, '\\');
		if (e == NULL)
			e = p + strlen(p);
		nl = (size_t)(e - p);
		if ((k = opens_with_known(level, p, nl, &kl)) < 0)
			return out;
		if (kl < nl) {
			const char *glued;
			size_t at;
			if (!word_starts(p, kl, nl))
				return out;
			glued = imp_dupn(im, p, nl);
			at = (size_t)(p - out);
			out = imp_fmt(im, "%.*s\\%s", (int)(at + kl), out, p + kl);
			if (out == NULL || glued == NULL)
				return NULL;
			imp_review(im, line, T_CHECKS, 0,
				   imp_fmt(im, "the article's path glues two names into '%s' (a backslash lost): read as %s; check it",
					   glued, out));
			/* go on from the name after the split */
			e = out + at + kl;
		}
		level = known_names[k].child_level;
	}
	return out;
}
