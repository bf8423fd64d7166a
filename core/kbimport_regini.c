/* kbimport_regini.c: a REGINI script given as the fix (kbimport_int.h).
 *
 * Some articles have the reader save lines as a text file and apply it
 * with Regini.exe ("Create a new text file that contains the following
 * text: ... Save the file as Reg.ini ... Run regini reg.ini").  REGINI's
 * script format (Windows NT Resource Kit, Regini.doc):
 *
 *     \Registry\Machine\Software\Foo [1 5 7]     a key, permissions optional
 *         Sub                                     a subkey: the key above it
 *             Name = REG_DWORD 0x1                a value of the nearest key
 *                                                 indented less than it
 *
 * Keys are written "\Registry\Machine\..." or, by later versions,
 * "HKEY_LOCAL_MACHINE\...".  The file's values are what the article asks
 * the reader to set, so each is a set-value repair (through
 * imp_value_checks(), which still sends placeholders, choices and
 * unconverted types to a person); its permissions are for a person.
 *
 * Archive (56,929 articles): 34 name Regini; 11 of them give "name =
 * REG_X data" lines, 8 as a file the reader is asked to apply.  A script
 * shown for its syntax ("in the following format"), as an example, or in
 * a reference part is left to the other passes. */
#include "kbwiz/kbimport.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "kbimport_int.h"

/* "regini reg.ini", "Regini.exe", "a:\regini.exe a:\regfix.ini". */
static int names_regini(const char *s)
{
	const char *p;

	for (p = s; (p = imp_ci_find(p, "regini")) != NULL; p += 6)
		if ((p == s || !isalnum((unsigned char)p[-1])) &&
		    (!isalnum((unsigned char)p[6]) || imp_starts_ci(p + 6, ".exe")))
			return 1;
	return 0;
}

/* "Name = REG_DWORD 0x1", "Name=REG_SZ text": a REGINI value line.  The
 * '=' in *eq, and the length of the type written after it in *type_len
 * (as imp_reg_type() reads it: "REG-DWORD" is one type). */
static int regini_value(const char *s, const char **eq, size_t *type_len)
{
	const char *p = imp_skip_ws(s), *e = strchr(p, '=');
	int guessed;

	if (e == NULL || e == p || e[1] == '=')
		return 0;
	*eq = e;
	return imp_reg_type(imp_skip_ws(e + 1), 0, type_len, &guessed) != NULL &&
	       imp_starts_ci(imp_skip_ws(e + 1), "REG_");
}

/* "\Registry\Machine\X", "HKEY_LOCAL_MACHINE\X", or a subkey's name
 * alone ("Parameters", "Time Zones\Helsinki"): whether s is a REGINI key
 * line; the length of its text before a permission list in *len, and in
 * *root whether it starts from a root (\Registry\..., HKEY_...) rather
 * than under the key above it. */
static int regini_key(const char *s, size_t *len, int *root)
{
	const char *p = imp_skip_ws(s), *b;
	size_t l = imp_rtrim_len(p, strlen(p)), k, words = 0;

	/* "[1 5 7 17]": permissions, numbers from Regini.doc's table */
	if (l > 0 && p[l - 1] == ']' && (b = memchr(p, '[', l)) != NULL &&
	    strspn(b + 1, "0123456789 ") == (size_t)(p + l - 1 - (b + 1)))
		l = imp_rtrim_len(p, (size_t)(b - p));
	*len = l;
	*root = imp_starts_ci(p, "\\Registry\\") || imp_starts_ci(p, "HKEY_") || imp_starts_ci(p, "\\HKEY_");
	if (l == 0 || l > 200 || memchr(p, '=', l) != NULL || memchr(p, ':', l) != NULL)
		return 0;
	if (*root)
		return 1;
	/* a subkey: one name or a short path, no sentence */
	for (k = 0; k < l; k++)
		if (!isalnum((unsigned char)p[k]) && strchr(" _-.\\{}$", p[k]) == NULL)
			return 0;
	/* "\\SMS_PACKAGE_COMMAND_MANAGER_NT": the rest of a wrapped path */
	if (!isalnum((unsigned char)p[0]) && !(p[0] == '\\' && isalnum((unsigned char)p[1])))
		return 0;
	/* "Windows NT", "Time Zones": a name of a few words, each with a
	 * capital or a digit first (a sentence has small words) */
	for (k = 0; k < l; k++)
		if (p[k] == ' ' && (++words > 3 || !(isupper((unsigned char)p[k + 1]) ||
							 isdigit((unsigned char)p[k + 1]))))
			return 0;
	return 1;
}

/* The lines n.. of a script: key and value lines, single blank lines
 * between them; its last line in *last.  0 when no value line is in it. */
static int script_extent(const struct imp *im, size_t n, size_t *last)
{
	size_t m, values = 0, blanks = 0, len, tl;
	int root;
	const char *eq;

	*last = n;
	for (m = n; m < im->a->body_end; m++) {
		const char *s = imp_line_at(im, m);
		if (imp_blank(s)) {
			if (++blanks > 1)
				break;
			continue;
		}
		if (blanks > 0 && imp_indent_of(s) == 0 && !regini_key(s, &len, &root))
			break;
		blanks = 0;
		if (regini_value(s, &eq, &tl))
			values++;
		else if (!regini_key(s, &len, &root) || (m > n && root == 0 && imp_indent_of(s) == 0))
			break;
		*last = m;
	}
	return values > 0;
}

/* The words before the script at n: a lead-in that presents a file's
 * text ("Create a new text file that contains the following text:",
 * "REGINI script file:"), not its syntax or an example. */
static int file_lead_in(const struct imp *im, size_t n, size_t *lead)
{
	static const char *const files[] = { "text file", "following text", "following lines", "script",
					     ".ini", "following file", NULL };
	static const char *const shown[] = { "format", "syntax", "example", "sample", "looks like",
					     "look like", "customize", "must be adjusted", "to match your",
					     NULL };
	size_t m, seen = 0;
	int file = 0;

	for (m = n; m > im->a->body_first && seen < 8; m--) {
		const char *s = imp_line_at(im, m - 1);
		if (imp_blank(s))
			continue;
		seen++;
		if (imp_cue_in(s, shown) != NULL)
			return 0;
		if (!file && imp_cue_in(s, files) != NULL) {
			file = 1;
			*lead = m - 1;
		}
		/* the lead-in is the paragraph right above the script; the
		 * one above that may still say it is a sample to adjust */
		if (imp_numbered_step(s))
			break;
	}
	return file;
}

/* Regini named as what applies the file: within the lead-in's paragraph
 * or the steps after the script ("3. Run regini reg.ini", up to 25 lines on). */
static int applied_with_regini(const struct imp *im, size_t lead, size_t last)
{
	size_t m, from = lead > im->a->body_first + 10 ? lead - 10 : im->a->body_first;

	for (m = from; m < im->a->body_end && m <= last + 25; m++)
		if (names_regini(imp_line_at(im, m)))
			return 1;
	return 0;
}

/* The file the lead-in (lines lead..n-1) saves the script as ("name it
 * Runonce.ini", "writing the x:\autolog.ini file"), its folder dropped,
 * in name; 0 when it names none.  A program ("Regini.exe", "Run.bat")
 * is what runs the file, not the file. */
static int script_file_name(const struct imp *im, size_t lead, size_t n, char *name, size_t size)
{
	static const char *const programs[] = { "exe", "com", "bat", "cmd", NULL };
	size_t m, i;

	for (m = lead; m < n; m++) {
		const char *s = imp_line_at(im, m), *p, *b, *e;
		for (p = s; (p = strchr(p, '.')) != NULL; p++) {
			for (b = p; b > s && (isalnum((unsigned char)b[-1]) || strchr("_-$~", b[-1]) != NULL); b--)
				;
			for (e = p + 1; isalnum((unsigned char)*e); e++)
				;
			if (b == p || e - p < 3 || e - p > 4 || isalnum((unsigned char)*e) ||
			    (size_t)(e - b) >= size)
				continue;
			for (i = 0; programs[i] != NULL && !imp_starts_ci(p + 1, programs[i]); i++)
				;
			if (programs[i] != NULL && (size_t)(e - p - 1) == strlen(programs[i]))
				continue;
			memcpy(name, b, (size_t)(e - b));
			name[e - b] = '\0';
			return 1;
		}
	}
	return 0;
}

/* Whether s names the file name as a whole name: "d1,AUTOLOG.INI",
 * "%SystemRoot%\System32\RUNONCE.INI", not "XRUNONCE.INI". */
static int names_file(const char *s, const char *name)
{
	const char *f;
	size_t len = strlen(name);

	for (f = s; (f = imp_ci_find(f, name)) != NULL; f++)
		if ((f == s || !(isalnum((unsigned char)f[-1]) || f[-1] == '_')) &&
		    !(isalnum((unsigned char)f[len]) || f[len] == '_'))
			return 1;
	return 0;
}

/* Where (1 + the line) the article lists the script's file among what
 * unattended setup copies to, or runs on, the computers it installs:
 * the name on a line of a Dosnet.inf, Txtsetup.sif, Unattend.txt or
 * $OEM$ entry, at most 6 lines under the words that name that file
 * ("add the following lines to the end of the [Files] section:" /
 * "d1,RUNONCE.INI").  0 when it is not.  Such a script configures the
 * new installations, not the computer the rule is for. */
static size_t copied_by_setup(const struct imp *im, const char *name, size_t first, size_t last)
{
	static const char *const setup_files[] = { "dosnet.inf", "txtsetup.sif", "unattend.txt",
						   "cmdlines.txt", "$oem$", "guiunattended",
						   "detachedprogram", NULL };
	size_t m, k, seen;

	for (m = im->a->body_first; m < im->a->body_end; m++) {
		if ((m >= first && m <= last) || !names_file(imp_line_at(im, m), name))
			continue;
		for (k = m, seen = 0; k >= im->a->body_first && seen < 6; k--) {
			const char *s = imp_line_at(im, k);
			if (imp_blank(s))
				continue;
			seen++;
			if (imp_cue_in(s, setup_files) != NULL)
				return m + 1;
			if (imp_numbered_step(s))
				break;
		}
	}
	return 0;
}

/* One script at lines n..last: each value a set-value repair under the
 * key its indent puts it in, or a review item when setup runs the
 * script on other computers (setup: 1 + the line that says so). */
static void place_script(struct imp *im, size_t n, size_t last, size_t setup)
{
	struct { size_t indent, line, last; const char *key; } st[16];
	size_t depth = 0, m, len, l, tl;
	int root;

	for (m = n; m <= last; m++) {
		const char *s = imp_line_at(im, m), *p = imp_skip_ws(s), *eq, *path = NULL;
		size_t ind = imp_indent_of(s);
		int is_value;
		if (imp_blank(s))
			continue;
		im->used[m] = IMP_USED_KEY;
		is_value = regini_value(s, &eq, &tl);
		/* a value belongs to the last key not indented deeper than
		 * it (articles often write both at one indent); a key is a
		 * subkey of the last one indented less */
		while (depth > 0 && (st[depth - 1].indent > ind || (st[depth - 1].indent == ind && !is_value)))
			depth--;
		if (is_value) {
			struct value_spec v;
			struct imp_at at = { 0 };
			const char *t = imp_skip_ws(eq + 1), *d;
			if (setup > 0) {
				imp_review(im, m, T_CHECKS, 0,
					   imp_fmt(im, "a REGINI script sets '%.*s', and line %zu lists the script among what unattended setup copies to or runs on the computers it installs: it sets up those computers and repairs nothing on this one; write a check by hand if the rule needs it",
						   (int)imp_rtrim_len(p, (size_t)(eq - p)), p, setup - 1));
				continue;
			}
			if (depth == 0 || st[depth - 1].key == NULL) {
				imp_review(im, m, T_CHECKS, 0,
					   imp_fmt(im, "a REGINI script sets '%.*s' under a key the import could not read (another root, or none above it): write it by hand",
						   (int)imp_rtrim_len(p, (size_t)(eq - p)), p));
				continue;
			}
			memset(&v, 0, sizeof v);
			v.line = m;
			v.name = imp_dupn(im, p, imp_rtrim_len(p, (size_t)(eq - p)));
			v.type = imp_dupn(im, t, tl);
			d = imp_skip_ws(t + tl);
			l = imp_rtrim_len(d, strlen(d));
			v.data = l > 0 ? imp_dupn(im, d, l) : NULL;
			at.key_line = st[depth - 1].line;
			at.key_last = st[depth - 1].last;
			at.repair = 1;
			imp_value_checks(im, &at, st[depth - 1].key, &v);
			continue;
		}
		if (!regini_key(s, &len, &root) || depth == sizeof st / sizeof st[0])
			continue;
		st[depth].line = m;
		if (*p == '\\' && imp_starts_ci(p + 1, "HKEY_"))
			p++, len--;     /* "\HKEY_LOCAL_MACHINE\...": REGINI's leading backslash */
		/* "...\Hardware Profiles" then "\0001\System\...": one
		 * path wrapped for print */
		if (m + 1 <= last && *imp_skip_ws(imp_line_at(im, m + 1)) == '\\' &&
		    !imp_starts_ci(imp_skip_ws(imp_line_at(im, m + 1)), "\\Registry\\") &&
		    imp_ci_find(imp_line_at(im, m + 1), "HKEY_") == NULL &&
		    regini_key(imp_line_at(im, m + 1), &l, &(int){ 0 })) {
			p = imp_fmt(im, "%.*s%.*s", (int)len, p, (int)l, imp_skip_ws(imp_line_at(im, m + 1)));
			if (p == NULL)
				return;
			len = strlen(p);
			im->used[++m] = IMP_USED_KEY;
		}
		st[depth].indent = ind;
		st[depth].last = m;
		if ((len == 17 && imp_starts_ci(p, "\\Registry\\Machine")) ||
		    (len == 18 && imp_starts_ci(p, "HKEY_LOCAL_MACHINE")))
			st[depth].key = "HKLM";      /* the root alone, its path one name a line below */
		else if (imp_starts_ci(p, "\\Registry\\Machine\\") || imp_starts_ci(p, "HKEY_LOCAL_MACHINE\\"))
			st[depth].key = (path = imp_dupn(im, p, len)) != NULL ? imp_normal_key(im, path, m) : NULL;
		else if (!root && depth > 0 && st[depth - 1].key != NULL && *p != '\\')
			st[depth].key = imp_fmt(im, "%s\\%.*s", st[depth - 1].key, (int)len, p);
		else
			st[depth].key = NULL;
		if (st[depth].key == NULL) {
			if (path == NULL)       /* else imp_normal_key() said why */
				imp_review(im, m, T_CHECKS, 0,
					   imp_fmt(im, "a REGINI script names '%.*s', not a key under HKEY_LOCAL_MACHINE: write its changes by hand if the rule needs them",
						   (int)len, p));
		} else if (imp_has_placeholder(st[depth].key))
			imp_review(im, st[depth].line, T_CHECKS, 0,
				   imp_fmt(im, "a REGINI script names key %s, which holds a placeholder: write its changes by hand",
					   st[depth].key));
		else if (len < imp_rtrim_len(p, strlen(p)))
			imp_review(im, m, T_CHECKS, 0,
				   imp_fmt(im, "a REGINI script sets permissions %s on %s: kbwiz writes no permissions; set them by hand",
					   imp_skip_ws(p + len), st[depth].key));
		depth++;
	}
}

void imp_scan_regini_files(struct imp *im)
{
	size_t n, last, lead = 0;

	for (n = im->a->body_first; n < im->a->body_end; n++) {
		const char *s = imp_line_at(im, n);
		char name[64];
		size_t len, setup = 0;
		int root;

		if (im->used[n] || imp_blank(s) || !regini_key(s, &len, &root) || !root ||
		    !script_extent(im, n, &last) || !file_lead_in(im, n, &lead) ||
		    !applied_with_regini(im, lead, last) || imp_in_reference_part(im, n) ||
		    imp_example_heading(im, lead > im->a->body_first + 8 ? lead - 8 : im->a->body_first, n))
			continue;
		if (script_file_name(im, lead, n, name, sizeof name))
			setup = copied_by_setup(im, name, lead, last);
		place_script(im, n, last, setup);
		n = last;
	}
}
