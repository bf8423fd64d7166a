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
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "kbimport_int.h"

static const char right[] = "HKEYLOCALMACHINE";

/* At p, a root written in letters and underscores up to a backslash,
 * one edit at most from HKEY_LOCAL_MACHINE (underscores dropped, case
 * ignored): its length, else 0.  The one reader of a misspelt machine
 * root, for imp_root_typo() and misspelt_root_at(). */
static size_t machine_root_len(const char *p)
{
	char letters[32];
	size_t n = 0, rl;

	for (rl = 0; isalpha((unsigned char)p[rl]) || p[rl] == '_'; rl++) {
		if (p[rl] == '_')
			continue;
		if (n + 1 >= sizeof letters)
			return 0;
		letters[n++] = (char)toupper((unsigned char)p[rl]);
	}
	letters[n] = '\0';
	return p[rl] == '\\' && imp_one_slip(letters, n, right, sizeof right - 1, 0) ? rl : 0;
}

const char *imp_root_typo(struct imp *im, const char *key, size_t line)
{
	size_t rl;

	/* (in any case: "HKey_Local_Mmachine\Software\...") */
	if (strncasecmp(key, "HKEY_", 5) != 0)
		return NULL;
	rl = machine_root_len(key);
	if (rl == 0 || rl > 24 || (rl == 18 && strncasecmp(key, "HKEY_LOCAL_MACHINE", rl) == 0))
		return NULL;    /* none, or written right */
	imp_review(im, line, T_CHECKS, 0,
		   imp_fmt(im, "the article writes the root as %.*s: read as HKEY_LOCAL_MACHINE; check it", (int)rl, key));
	return imp_fmt(im, "HKEY_LOCAL_MACHINE%s", key + rl);
}

/* ---- a root misspelt where no reader looks for one --------------------- */

/* At p (a word's start), a root misspelt so that it does not start with
 * "HKEY_" ("HEY_LOCAL_MACHINE", "HKYEY_LOCAL_MACHINE", "HKEYLOCALMACHINE"):
 * letters and underscores, starting with H, one edit at most from
 * HKEYLOCALMACHINE, then a backslash.  Its length, or 0.  A root that
 * starts with "HKEY_" is imp_root_typo()'s; "KEY_LOCAL_MACHINE" (the H
 * lost) has its own reader. */
static size_t misspelt_root_at(const char *p)
{
	if (toupper((unsigned char)*p) != 'H' || strncasecmp(p, "HKEY_", 5) == 0)
		return 0;
	return machine_root_len(p);
}

/* Line s with each misspelt root (misspelt_root_at()) written
 * HKEY_LOCAL_MACHINE, a review item on line n for each; s itself when it
 * has none. */
static const char *line_mended(struct imp *im, const char *s, size_t n)
{
	const char *p = s, *out = s;
	size_t rl;

	/* "Key = HLM\\SYSTEM\\...": HKLM with its K lost (3 archive
	 * articles), a word of its own before a backslash */
	for (p = s; (p = strstr(p, "HLM\\")) != NULL; p += 4)
		if (p == s || !isalnum((unsigned char)p[-1])) {
			const char *fixed = imp_fmt(im, "%.*sHKLM%s", (int)(p - s), s, p + 3);
			if (fixed == NULL)
				return s;
			imp_review(im, n, T_CHECKS, 0, "the article writes the root as HLM: read as HKLM; check it");
			s = out = fixed;
			break;
		}
	p = out;

	while ((p = imp_ci_find(p, "LOCAL")) != NULL) {
		const char *w = p;
		/* back to the word's start: "HEY_" or "HKEY" before LOCAL */
		while (w > out && (isalpha((unsigned char)w[-1]) || w[-1] == '_') && p - w < 8)
			w--;
		if ((w == out || !isalnum((unsigned char)w[-1])) && (rl = misspelt_root_at(w)) > 0) {
			const char *fixed = imp_fmt(im, "%.*sHKEY_LOCAL_MACHINE%s", (int)(w - out), out, w + rl);
			if (fixed == NULL)
				return s;
			imp_review(im, n, T_CHECKS, 0,
				   imp_fmt(im, "the article writes the root as %.*s: read as HKEY_LOCAL_MACHINE; check it",
					   (int)rl, w));
			p = fixed + (w - out) + 18;
			out = fixed;
			continue;
		}
		p += 5;
	}
	return out;
}

int imp_mend_roots(struct imp *im, struct kb_article *copy)
{
	const struct kb_article *a = im->a;
	const char **lines = NULL;
	size_t n;

	for (n = a->body_first; n < a->body_end; n++) {
		const char *s = kb_article_line(a, n), *m = line_mended(im, s, n);
		if (m == s)
			continue;
		if (lines == NULL) {
			lines = malloc(a->n_lines * sizeof *lines);
			if (lines == NULL || imp_keep(im, (char *)lines) == NULL) {
				im->oom = 1;
				return 0;
			}
			memcpy(lines, a->lines, a->n_lines * sizeof *lines);
		}
		lines[n - 1] = m;
	}
	if (lines == NULL)
		return 0;
	*copy = *a;
	copy->lines = lines;
	return 1;
}

/* ---- a path relative to a root named apart ------------------------------ */

/* The hives right under HKEY_LOCAL_MACHINE, and the names found right
 * under each on a running Windows: "SYSTEM\CurrentControlSet" is a key
 * path, "System\Vmm32" or "SYSTEM32\RAS" a folder.  A machine hive's name
 * followed by one of these starts a relative key path. */
static const char *const rel_hives[] = { "SYSTEM", "SOFTWARE", "HARDWARE", "SECURITY", "SAM", NULL };
static const char *const rel_seconds[] = {
	"CurrentControlSet", "ControlSet", "Select", "Setup", "Disk", "MountedDevices", "WPA",
	"Microsoft", "Classes", "Policies", "Clients", "ODBC", "Wow6432Node", "Description",
	"DeviceMap", "ResourceMap", "Domains", "Policy", NULL,
};

/* Later articles label a key's path "Registry location:", "Registry
 * subkey:", "Registry path:" or "Key path:" in the blocks that give a
 * value's key, name, type and data line by line, as the archive's "Key:"
 * blocks do. */
const char *const imp_key_path_labels[] = {
	"Key:", "Subkey:", "Registry key:", "Registry subkey:", "Registry location:", "Registry path:",
	"Path:", "Location:", "Key path:", "Registry key path:", NULL,
};

const char *imp_boxed_key_path(const char *b, size_t *len)
{
	const char *c, *bar, *path, *end;
	size_t i, cl, ll;

	if (*b != '|' || (bar = strchr(c = imp_skip_ws(b + 1), '|')) == NULL)
		return NULL;
	cl = imp_rtrim_len(c, (size_t)(bar - c));
	if (cl > 0 && c[cl - 1] == ':')
		cl--;
	for (i = 0; imp_key_path_labels[i] != NULL; i++) {
		ll = strlen(imp_key_path_labels[i]) - 1;        /* its colon left out */
		if (cl == ll && strncasecmp(c, imp_key_path_labels[i], ll) == 0)
			break;
	}
	path = imp_skip_ws(bar + 1);
	if (imp_key_path_labels[i] == NULL || !(imp_starts_ci(path, "HKEY_") || imp_short_root_at(path)) ||
	    (end = strchr(path, '|')) == NULL || !imp_blank(end + 1))
		return NULL;
	*len = imp_rtrim_len(path, (size_t)(end - path));
	return path;
}

/* Regedt32's printed "Key Name:" label and the labels of a key's path: a
 * relative path may follow them on its line and still be the line's whole
 * text ("3. Go to the ..." is no label: the path is in a sentence; its
 * end is read separately). */
static const char *rel_label_at(const char *t)
{
	size_t i;

	if (imp_starts_ci(t, "Key Name:"))
		return imp_skip_ws(t + 9);
	for (i = 0; imp_key_path_labels[i] != NULL; i++)
		if (imp_starts_ci(t, imp_key_path_labels[i]))
			return imp_skip_ws(t + strlen(imp_key_path_labels[i]));
	return t;
}

/* Words that may end a line after the path it names: "... \Parameters key." */
static const char *const rel_tails[] = { "key", "subkey", "registry key", "folder", "entry", "branch", NULL };

/* The hive path at p: "\SYSTEM\CurrentControlSet", "SOFTWARE/Microsoft"
 * (a hive name, a separator, one of rel_seconds as a whole name), or
 * "\SOFTWARE\Vendor\Name" (opened with a backslash). */
static int hive_path_at(const char *p)
{
	size_t i, j, hl, sl;
	int lead = *p == '\\';

	if (*p == '\\' || *p == '/')
		p++;
	for (i = 0; rel_hives[i] != NULL; i++) {
		hl = strlen(rel_hives[i]);
		if (strncasecmp(p, rel_hives[i], hl) != 0 || (p[hl] != '\\' && p[hl] != '/'))
			continue;
		/* "\SOFTWARE\Cirel\WntFpx": opened with a backslash, as
		 * Regedt32's windows show a path under the root, the hive's
		 * name and a third name after the vendor's are a path whatever
		 * the vendor is called */
		if (lead && strcmp(rel_hives[i], "SOFTWARE") == 0 && p[hl] == '\\') {
			const char *v = p + hl + 1;
			size_t vl = strcspn(v, "\\ \t");
			if (isalpha((unsigned char)*v) && v[vl] == '\\' && isalnum((unsigned char)v[vl + 1]))
				return 1;
		}
		for (j = 0; rel_seconds[j] != NULL; j++) {
			sl = strlen(rel_seconds[j]);
			if (strncasecmp(p + hl + 1, rel_seconds[j], sl) == 0 &&
			    !isalpha((unsigned char)p[hl + 1 + sl]))
				return 1;
		}
	}
	return 0;
}

/* rest opens with a tail word ("key", "folder"). */
static int tail_word(const char *rest)
{
	return imp_starts_any_word(imp_skip_ws(rest), rel_tails) > 0;
}

/* After the path's end (rest): nothing but punctuation, or a tail word
 * ("... key.", "... folder, and then"): where the path ends is known. */
static int tail_only(const char *rest)
{
	if (tail_word(rest))
		return 1;
	while (*rest != '\0' && strchr(".,:;) \t\r", *rest) != NULL)
		rest++;
	return *rest == '\0';
}

/* A word in lower case after a space in p..e: prose, not a key's name
 * ("...\Nameserver in the"); "Windows NT", "DDE Trusted Shares" pass. */
static int prose_in(const char *p, const char *e)
{
	const char *q;

	for (q = p + 1; q < e; q++)
		if (q[-1] == ' ' && islower((unsigned char)*q))
			return 1;
	return 0;
}

/* p follows a space inside a key's name: the word before it holds a
 * backslash ("\\Distribution System\\CurrentControlSet1", a hive loaded
 * under a name with a space), so p starts no path. */
static int inside_name(const char *s, const char *p)
{
	const char *w;

	if (p == s || p[-1] != ' ')
		return 0;
	for (w = p - 1; w > s && w[-1] == ' '; w--)
		;
	for (; w > s && w[-1] != ' ' && w[-1] != '\t'; w--)
		if (w[-1] == '\\' || w[-1] == '/')
			return 1;
	return 0;
}

const char *imp_relative_path(const char *s, size_t *len, int *alone)
{
	const char *t = imp_skip_ws(s), *p, *e, *sp;
	size_t i, l;

	/* code quotes a path in a string ("SOFTWARE\\..." in RegOpenKey) or
	 * assigns it: not the article's key; a line with no separator holds
	 * no path (most lines: this keeps the scan cheap) */
	if (strpbrk(s, "\"=") != NULL || strpbrk(s, "\\/") == NULL)
		return NULL;
	/* a step's number or a bullet, then a label */
	if (isdigit((unsigned char)*t) || (islower((unsigned char)*t) && t[1] == '.')) {
		for (p = t; isdigit((unsigned char)*p) || (p == t && islower((unsigned char)*p)); p++)
			;
		if (*p == '.' || *p == ')')
			t = imp_skip_ws(p + 1);
	} else {
		t = imp_past_bullet(t);
	}
	t = rel_label_at(t);
	for (p = t; *p != '\0'; p++)
		if ((isalpha((unsigned char)*p) || *p == '\\' || *p == '/') &&
		    (p == s || (!isalnum((unsigned char)p[-1]) && strchr("%:.\\/<>_$-", p[-1]) == NULL)) &&
		    hive_path_at(p) && !inside_name(s, p))
			break;
	if (*p == '\0')
		return NULL;
	/* the line's end, less punctuation and a tail word ("... key.") */
	for (e = p + strlen(p); e > p && strchr(" \t\r.,:;)", e[-1]) != NULL; e--)
		;
	for (i = 0; rel_tails[i] != NULL; i++) {
		l = strlen(rel_tails[i]);
		if ((size_t)(e - p) > l + 1 && e[-(long)l - 1] == ' ' && strncasecmp(e - l, rel_tails[i], l) == 0) {
			for (e -= l + 1; e > p && e[-1] == ' '; e--)
				;
			break;
		}
	}
	if (p == t && !prose_in(p, e)) {
		/* the line holds the path alone (after its label): its names
		 * may have spaces ("...\Microsoft\Windows NT\CurrentVersion") */
		*alone = 1;
		*len = (size_t)(e - p);
		return *len > 0 ? p : NULL;
	}
	/* in a sentence: the path runs to the first space, and is whole
	 * when no more than a tail word follows it */
	sp = p + strcspn(p, " \t");
	/* "\\Software\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon folder":
	 * a name with a space goes on when the next word starts with a
	 * capital and leads to a backslash, or to the tail word */
	while (*sp == ' ' && isupper((unsigned char)sp[1])) {
		const char *w = sp + 1, *we = w + strcspn(w, " \t");
		if (memchr(w, '\\', (size_t)(we - w)) == NULL && !tail_word(we) &&
		    !(*we == ' ' && isupper((unsigned char)we[1]) && tail_word(we + strcspn(we + 1, " \t") + 1)))
			break;
		sp = we;
	}
	*alone = tail_only(sp);
	for (e = sp; e > p && strchr(".,:;)'", e[-1]) != NULL; e--)
		;
	*len = (size_t)(e - p);
	return *len > 0 ? p : NULL;
}

/* ---- a root's name broken by a space ------------------------------------ */

static const char *const spaced_roots[] = {
	"HKEY_LOCAL_MACHINE", "HKEY_CURRENT_USER", "HKEY_CLASSES_ROOT", "HKEY_CURRENT_CONFIG", NULL,
};

const char *imp_root_unspaced(struct imp *im, const char *s)
{
	const char *h, *q, *kept;
	char *out;
	size_t i, head, gap, off;

	if (strchr(s, '_') == NULL)
		return s;
	for (h = s; (h = imp_ci_find(h, "HKEY_")) != NULL; h += 5) {
		for (q = h + 5; isalpha((unsigned char)*q) || *q == '_'; q++)
			;
		/* the space after an underscore or before one ("HKEY_LOCAL
		 * _MACHINE") */
		if (*q != ' ')
			continue;
		head = (size_t)(q - h);
		for (gap = 0; q[gap] == ' '; gap++)
			;
		for (i = 0; spaced_roots[i] != NULL; i++)
			if (q[-1] != '_' && q[gap] != '_' ?
			    /* "HKEY_LOCAL_MACHINE \SOFTWARE\...": whole, the
			     * space before the path's backslash */
			    head == strlen(spaced_roots[i]) && strncasecmp(h, spaced_roots[i], head) == 0 &&
			    q[gap] == '\\' && isalpha((unsigned char)q[gap + 1]) :
			    head < strlen(spaced_roots[i]) && strncasecmp(h, spaced_roots[i], head) == 0 &&
			    strncasecmp(q + gap, spaced_roots[i] + head, strlen(spaced_roots[i]) - head) == 0 &&
			    !isalpha((unsigned char)q[gap + strlen(spaced_roots[i]) - head]))
				break;
		if (spaced_roots[i] == NULL)
			continue;
		/* "HKEY_LOCAL_ MACHINE", "HKEY_LOCAL _MACHINE",
		 * "HKEY_LOCAL_MACHINE \SOFTWARE": the space is dropped */
		off = (size_t)(q - s);
		if ((out = strdup(s)) == NULL || (kept = imp_keep(im, out)) == NULL) {
			im->oom = 1;
			return s;
		}
		memmove(out + off, out + off + gap, strlen(out + off + gap) + 1);
		h = kept + (h - s);
		s = kept;
	}
	return s;
}

/* ---- where a path's root is ----------------------------------------------- */

/* The short roots: HKLM as articles write it, and the other hives
 * shortened the same way (13 archive articles write HKCR\\, 9 HKCU\\). */
static const char *const short_roots[] = { "HKLM\\", "HKCU\\", "HKCR\\", "HKU\\", NULL };

int imp_short_root_at(const char *p)
{
	size_t i;

	for (i = 0; short_roots[i] != NULL; i++)
		if (imp_starts_ci(p, short_roots[i]))
			return 1;
	return 0;
}

/* A short root at l (in s) is a word of its own: not inside a file path
 * ("C:\\Tools\\HKU\\bin"); a backslash before the root alone
 * ("\\HKLM\\System") is Regedit's way of writing it. */
static int root_word_at(const char *s, const char *l)
{
	return l == s || (!isalnum((unsigned char)l[-1]) && strchr("/._", l[-1]) == NULL &&
			  !(l[-1] == '\\' && l - 1 > s && isalnum((unsigned char)l[-2])));
}

const char *imp_next_root(const char *s)
{
	const char *p;

	/* one pass: each root starts with an H */
	for (p = s; *p != '\0'; p++)
		if ((*p == 'H' || *p == 'h') &&
		    (strncasecmp(p, "HKEY_", 5) == 0 || (imp_short_root_at(p) && root_word_at(s, p))))
			return p;
	return NULL;
}
