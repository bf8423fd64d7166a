/* kbimport_regblock.c: the importer's pass over registry blocks that
 * document values rather than ask for them (kbimport_int.h).
 *
 * Parameter references list each value under a heading of its own name,
 * then its type, its range and its default:
 *
 *     SomeParameter
 *     -------------
 *
 *     Data Type : REG_DWORD
 *     Range : 0 or 1
 *     Default : 0
 *
 * They ask nothing of the reader: each value becomes a review item on its
 * name's line (a person drafts a check when the rule needs one), never a
 * check or a repair. */
#include "kbwiz/kbimport.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "kbwiz/rule.h"
#include "kbwiz/strbuf.h"
#include "kbimport_int.h"

/* "Data Type : REG_DWORD", "Value Type: REG_SZ", "Type: REG_DWORD -
 * Boolean", "Type = REG_SZ": the type named at the start of line s (NULL
 * when none), its length in *len. */
static const char *type_label(const char *s, size_t *len)
{
	static const char *const labels[] = { "Data Type", "Value Type", "Type", NULL };
	const char *p = imp_skip_ws(s);
	size_t i;
	int guessed;

	for (i = 0; labels[i] != NULL; i++)
		if (imp_starts_ci(p, labels[i])) {
			p = imp_skip_ws(p + strlen(labels[i]));
			break;
		}
	/* (or spaced "Type = REG_DWORD") */
	if (labels[i] == NULL || (*p != ':' && *p != '='))
		return NULL;
	p = imp_skip_ws(p + 1);
	/* "REG_DWORD", "Reg_Dword", "Value type: DWORD", "String value"
	 * (kbimport_field.c) */
	return imp_reg_type(p, 1, len, &guessed) != NULL ? p : NULL;
}


/* A value's name alone on its line: one word of letters, digits and
 * underscores ("DoBackupOnTerm", "VersCounterStartVal_LowWord"), as
 * parameter references head each entry; not a label ("Value Name"), not
 * a sentence. */
int imp_lone_name(const char *s, size_t *len)
{
	const char *p = imp_skip_ws(s);
	size_t k;

	if (!isalpha((unsigned char)*p))
		return 0;
	for (k = 0; isalnum((unsigned char)p[k]) || p[k] == '_'; k++)
		;
	if (k < 3 || !imp_blank(p + k))
		return 0;
	*len = k;
	return 1;
}

/* The line holds a check's value or a review item already. */
static int placed(const struct imp *im, size_t n)
{
	size_t i;

	for (i = 0; i < im->n_checks; i++)
		if (im->checks[i].line == n || im->checks[i].key_line == n)
			return 1;
	return imp_line_reviewed(im, n);
}

void imp_scan_param_reference(struct imp *im)
{
	const struct kb_article *a = im->a;
	size_t n, m, tl, nl;

	for (n = a->body_first; n < a->body_end; n++) {
		const char *type = type_label(imp_line_at(im, n), &tl), *name;
		const char *def = NULL;

		if (type == NULL)
			continue;
		/* the name: up to three lines above, past an underline and
		 * blank lines */
		for (m = n; m > a->body_first && m + 4 > n; m--) {
			const char *s = imp_line_at(im, m - 1);
			if (!imp_blank(s) && !imp_underline(s))
				break;
		}
		if (m <= a->body_first || m + 4 <= n)
			continue;
		m--;
		name = imp_line_at(im, m);
		if (im->used[m] || !imp_lone_name(name, &nl) || placed(im, m))
			continue;
		name = imp_skip_ws(name);
		/* the entry's own lines: its type, range, default, remarks */
		for (; n < a->body_end && !imp_blank(imp_line_at(im, n)); n++) {
			const char *s = imp_skip_ws(imp_line_at(im, n)), *v;
			if (def == NULL && imp_starts_ci(s, "Default") &&
			    (v = s + strcspn(s, ":=")) - s < 12 && *v != '\0')
				def = imp_skip_ws(v + 1);
			im->used[n] = 1;
		}
		im->used[m] = 1;
		imp_review(im, m, T_CHECKS, 0,
			   imp_fmt(im, "value '%.*s' (%.*s%s%.*s) is documented here (type, range, default), not asked for: add a check by hand if the rule needs it",
				   (int)nl, name, (int)tl, type, def != NULL ? ", default " : "",
				   def != NULL ? (int)imp_rtrim_len(def, strlen(def)) : 0, def != NULL ? def : ""));
		n--;
	}
}

/* "Data Type:", "Type:" or "Value Type:" starting the line below n. */
static int type_follows(const struct imp *im, size_t n)
{
	const char *t;

	if (n + 1 >= im->a->body_end)
		return 0;
	t = imp_skip_ws(imp_line_at(im, n + 1));
	return imp_value_label(t, "Data Type") != NULL || imp_value_label(t, "Type") != NULL ||
	       imp_value_label(t, "Value Type") != NULL;
}

void imp_scan_unplaced_value_labels(struct imp *im)
{
	const struct kb_article *a = im->a;
	size_t n;

	for (n = a->body_first; n < a->body_end; n++) {
		const char *p = imp_skip_ws(imp_line_at(im, n)), *name, *type = NULL;

		if (im->used[n])
			continue;
		name = imp_type_then_name(p, &type);
		if (name == NULL && type_follows(im, n) && imp_value_label(p, "Value Name") == NULL)
			name = imp_value_label(p, "Value");
		if (name == NULL || *name == '\0' || placed(im, n))
			continue;
		im->used[n] = 1;
		imp_review(im, n, T_CHECKS, 0,
			   imp_fmt(im, "value '%.*s'%s%s is not tied to a key the import could read: write its check by hand",
				   (int)imp_rtrim_len(name, strlen(name)), name, type != NULL ? " " : "",
				   type != NULL ? type : ""));
	}
}

/* A line of a REGEDIT export ("REGEDIT4", "Windows Registry Editor
 * Version 5.00", "[HKEY_...]", "\"Name\"=...", "@=", hex continuations,
 * "; remarks"): not the article's words. */
static int export_line(const char *s)
{
	const char *p = imp_skip_ws(s);
	size_t l = imp_rtrim_len(p, strlen(p));

	/* "   00AA006D2EA4}\InprocServer32]": a header's wrapped tail */
	if (l > 0 && p[l - 1] == ']' && strchr(p, ' ') == NULL && strchr(p, '[') == NULL)
		return 1;
	return *p == '"' || *p == '@' || *p == '[' || *p == ';' ||
	       (imp_starts_ci(p, "REGEDIT") && (imp_blank(p + 7) ||
					       (isdigit((unsigned char)p[7]) && imp_blank(p + 8)))) ||
	       imp_starts_ci(p, "Windows Registry Editor") ||
	       (isxdigit((unsigned char)p[0]) && isxdigit((unsigned char)p[1]) && p[2] == ',');
}

/* What the article asks of the REGEDIT export whose header is at line
 * header: its words in the six lines before it and the eight after the
 * export (skipping the export's own lines, whose data may hold any
 * words).  A file to make, merge or import, values to add, set or
 * re-create ("if one of these keys is missing, re-create it"): 1, the
 * values are set; words that only verify: 0, checks without a repair;
 * nothing ("the entries are created by Setup", "the file may look
 * like"): -1, the values are listed for a person. */
/* "may change", "will add", "might create": a verb of setting after a
 * modal. */
static int modal_verb(const char *s)
{
	static const char *const verbs[] = { "add", "create", "change", "set", "modify", "write", NULL };
	const char *v;
	size_t i;

	for (i = 0; verbs[i] != NULL; i++)
		for (v = s; (v = imp_find_word(v, verbs[i])) != NULL; v += strlen(verbs[i]))
			if (imp_told_by_modal(s, v, IMP_MODAL_NEXT, 0))
				return 1;
	return 0;
}

/* The words line s asks for: 1 set (or a file to merge), 0 verify, -1
 * nothing. */
static int line_asks(const struct imp *im, size_t n)
{
	static const char *const merge[] = { ".reg", "merge", "import", "imported", "paste", "copy",
					     "save", "double-click", "re-create", "recreate", NULL };
	const char *s = imp_line_at(im, n);
	enum asks w;

	if (imp_cue_in(s, merge) != NULL)
		return 1;
	/* "The file may change the registry as follows:" says what
	 * something else does, not what the reader is to do */
	if (modal_verb(s))
		return -1;
	w = imp_article_asks(im, n, n, n);
	return w == ASK_SET ? 1 : w == ASK_CHECK ? 0 : -1;
}

/* "WARNING: Using Registry Editor incorrectly ..." and "For information
 * about how to edit the registry ...": the boilerplate that may stand
 * between the words asking and the export. */
static int boilerplate(const char *s)
{
	const char *p = imp_skip_ws(s);

	return imp_starts_ci(p, "WARNING") || imp_starts_ci(p, "For information about how to edit") ||
	       imp_starts_ci(p, "Important") || imp_ci_find(p, "back up the registry") != NULL;
}

/* A section heading ("RESOLUTION") or its underline. */
static int heading_line(const char *s)
{
	const char *p = imp_skip_ws(s);
	size_t k = strspn(p, "-= ");

	if (*p != '\0' && p[k] == '\0')
		return 1;
	for (; *p != '\0'; p++)
		if (islower((unsigned char)*p))
			return 0;
	return 1;
}

/* The lines of the REGEDIT export holding line header: *start its first,
 * *end one past its last (blank lines inside it included). */
static void export_extent(const struct imp *im, size_t header, size_t *start, size_t *end)
{
	const struct kb_article *a = im->a;
	size_t n;

	for (n = header; n > a->body_first && (export_line(imp_line_at(im, n - 1)) ||
					       imp_blank(imp_line_at(im, n - 1))); n--)
		;
	*start = n;
	for (n = header; n < a->body_end && (export_line(imp_line_at(im, n)) || imp_blank(imp_line_at(im, n)));
	     n++)
		;
	*end = n;
}

int imp_regedit_asks(const struct imp *im, size_t header)
{
	const struct kb_article *a = im->a;
	size_t n, start, end, m, taken;
	int best = -1, w, skipped = 0, presented = 0;

	/* the whole export: one file may hold many keys, and the words
	 * around it ask for all of them */
	export_extent(im, header, &start, &end);
	/* settings a part of the article lists for reference, and an
	 * export under an "Example:" or "Case 1:" heading, are shown, not
	 * asked for, whatever words about importing them come with them */
	if (imp_in_reference_part(im, header))
		return IMP_REG_REFERENCE;
	if (imp_example_heading(im, start > a->body_first + 8 ? start - 8 : a->body_first, start - 1))
		return -1;
	/* the paragraph before it (past the registry warning) ... */
	n = start;
	while (n > a->body_first && skipped < 3) {
		while (n > a->body_first && imp_blank(imp_line_at(im, n - 1)))
			n--;
		m = n;
		while (m > a->body_first && !imp_blank(imp_line_at(im, m - 1)))
			m--;
		if (m == n)
			break;
		if (!boilerplate(imp_line_at(im, m))) {
			size_t lines = n - m;
			for (taken = 0; n > m && taken < 6; taken++) {
				w = line_asks(im, --n);
				if (w > best)
					best = w;
			}
			/* "This is the registry key:", "Exported, the key would
			 * read as follows:": one line that only presents the
			 * export; the words asking come in the paragraph above */
			if (best >= 0 || lines > 1 || presented || imp_numbered_step(imp_line_at(im, m)))
				break;
			presented = 1;
			n = m;
			skipped++;
			continue;
		}
		n = m;
		skipped++;
	}
	if (best > 0)
		return 1;
	/* ... and the one after it, past a section heading ("if one of
	 * these keys is missing, re-create it" in the resolution) */
	for (n = end; n < a->body_end && (imp_blank(imp_line_at(im, n)) || heading_line(imp_line_at(im, n)));
	     n++)
		;
	for (m = n; m < a->body_end && m < n + 8 && !imp_blank(imp_line_at(im, m)); m++)
		;
	/* a paragraph that ends with a colon introduces what follows it */
	if (m > n && imp_line_at(im, m - 1)[imp_rtrim_len(imp_line_at(im, m - 1),
							 strlen(imp_line_at(im, m - 1))) - 1] == ':')
		return best;
	for (; n < m; n++) {
		w = line_asks(im, n);
		if (w > best)
			best = w;
	}
	return best;
}

int imp_export_paths_adjusted(const struct imp *im, size_t header)
{
	static const char *const cues[] = {
		"must be adjusted", "adjusted according to", "alter the file locations",
		"change the directory names", "drive letters to match", "paths to match",
		"path to match", "to point to valid files", "adjust the path", NULL,
	};
	const struct kb_article *a = im->a;
	size_t start, end, n;

	export_extent(im, header, &start, &end);
	/* the words before the export and after it (a step that follows
	 * the one showing it: "3. If necessary, change the directory names") */
	for (n = start > a->body_first + 12 ? start - 12 : a->body_first; n < end + 12 && n < a->body_end; n++) {
		if (n >= start && n < end)
			continue;
		if (imp_cue_in(imp_line_at(im, n), cues) != NULL)
			return 1;
	}
	return 0;
}

int imp_data_is_path(const char *d)
{
	const char *p = imp_skip_ws(d);

	/* a drive ("C:\\", anywhere: "%windir% -p D:\\x") or a share */
	return (p[0] == '\\' && p[1] == '\\') || strstr(p, ":\\") != NULL;
}

/* "\\Registry\\Machine\\Software\\X", "\\registry\\user\\S-1-5-...\\Y": a
 * key as REGINI scripts write it.  Whether the script is the fix or an
 * example of the tool, and its permission lists ("[1 5 8]"), are for a
 * person: the key is listed with its usual name.  The name is only
 * shown in the review item, never drafted, so it is not read through
 * imp_normal_key() (whose own review items would say the same again, and
 * which refuses \registry\user\, the form shown here as HKU). */
void imp_scan_regini(struct imp *im)
{
	static const struct { const char *prefix, *root; } roots[] = {
		{ "\\registry\\machine\\", "HKLM\\" },
		{ "\\registry\\user\\", "HKU\\" },
	};
	const struct kb_article *a = im->a;
	size_t n, i;

	for (n = a->body_first; n < a->body_end; n++) {
		const char *p = imp_skip_ws(imp_line_at(im, n));

		if (im->used[n] || *p != '\\')
			continue;
		for (i = 0; i < sizeof roots / sizeof roots[0]; i++)
			if (imp_starts_ci(p, roots[i].prefix)) {
				const char *rest = p + strlen(roots[i].prefix);
				im->used[n] = 1;
				imp_review(im, n, T_CHECKS, 0,
					   imp_fmt(im, "a REGINI script names %s%.*s: write its check by hand if the article asks for one",
						   roots[i].root, (int)imp_rtrim_len(rest, strlen(rest)), rest));
				break;
			}
	}
}

/* "Engine=C:\...\Mssp232.dll" at p, an entry "Name=data" with no spaces
 * around its '=': the name's length, 0 when p is not one. */
static size_t entry_name_len(const char *p)
{
	size_t k;

	if (!isalpha((unsigned char)*p))
		return 0;
	for (k = 0; isalnum((unsigned char)p[k]) || p[k] == '_' || p[k] == '.'; k++)
		;
	if (p[k] != '=' || p[k + 1] == '=' || p[k + 1] == ' ' || p[k + 1] == '\t' || k > 48)
		return 0;
	return k;
}

/* The registry key an entry "Name=data" on line n stands under: the
 * first line above it that is neither blank, nor another entry, nor a
 * wrapped path's own line ("\\Spelling\\1033\\Normal") names a key; its
 * line, 0 when it does not. */
static size_t entry_under_key(const struct imp *im, size_t n)
{
	size_t m;

	for (m = n; m > im->a->body_first; m--) {
		const char *s = imp_line_at(im, m - 1), *t = imp_skip_ws(s);
		if (imp_blank(s) || entry_name_len(t) > 0)
			continue;
		if (*t == '\\' && m - 1 > im->a->body_first && imp_ci_find(imp_line_at(im, m - 2), "HKEY_") != NULL)
			return m - 2;
		return imp_line_starts_key(s) && imp_ci_find(s, "HKEY_") != NULL ? m - 1 : 0;
	}
	return 0;
}

/* Line s is an .ini file's section header alone ("[386 Enhanced]",
 * "   [Network Drivers]"), not a registry key's ("[HKEY_...]"). */
static int ini_section_header(const char *s)
{
	const char *p = imp_skip_ws(s);
	size_t l = imp_rtrim_len(p, strlen(p));

	return l > 2 && p[0] == '[' && p[l - 1] == ']' && memchr(p, '\\', l) == NULL &&
	       !imp_starts_ci(p + 1, "HK") && memchr(p + 1, '[', l - 1) == NULL;
}

/* Line s names an .ini file or a section of one ("the [NBT] section of
 * the System.ini file", "[386 Enhanced]"). */
static int names_ini(const char *s)
{
	return imp_ci_find(s, ".ini") != NULL || imp_ci_find(s, "section of") != NULL ||
	       (imp_ci_find(s, "] section") != NULL && strchr(s, '[') != NULL) || ini_section_header(s);
}

/* "InitialDelay=<value in milliseconds>" alone on a line, with words
 * naming an .ini file or a section of one in the four lines around it
 * ("add the following line to the [NBT] section of the System.ini
 * file") or a section's header ("[386 Enhanced]"); the lines around a
 * run of such entries ("device=a.386" / "device=b.386" / ...) are read
 * for the whole run.  A setting kept outside the registry.  Listed for
 * a person (the same setting often has a registry value beside it),
 * never drafted.  The same entry right under a registry key
 * ("Engine=C:\..." below "HKEY_...\Normal") is a value with no type:
 * listed too. */
void imp_scan_ini_settings(struct imp *im)
{
	const struct kb_article *a = im->a;
	size_t n, m, key, first, last;

	for (n = a->body_first; n < a->body_end; n++) {
		const char *p = imp_skip_ws(imp_line_at(im, n));
		size_t k;
		int ini = 0;

		if (im->used[n] || (k = entry_name_len(p)) == 0 || placed(im, n))
			continue;
		/* ("value=device0,InstalledDisplayDrivers,REG_MULTI_SZ,..." in
		 * a setup file's section writes the registry: left to the
		 * readers and the net) */
		if (strstr(p, "REG_") != NULL)
			continue;
		if ((key = entry_under_key(im, n)) != 0) {
			im->used[n] = 1;
			imp_review(im, n, T_CHECKS, 0,
				   imp_fmt(im, "'%.*s' is shown as Name=data under the key on line %zu, with no type: check whether the article asks something of this value and write its check by hand",
					   (int)k, p, key));
			continue;
		}
		for (first = n; first > a->body_first && entry_name_len(imp_skip_ws(imp_line_at(im, first - 1))) > 0;
		     first--)
			;
		for (last = n; last + 1 < a->body_end && entry_name_len(imp_skip_ws(imp_line_at(im, last + 1))) > 0;
		     last++)
			;
		/* the words just above it or the run, or just below ("this
		 * setting must be added to the [X] section of the Y.ini
		 * file") */
		for (m = first > a->body_first + 4 ? first - 4 : a->body_first; m <= last + 4 && m < a->body_end && !ini;
		     m++) {
			/* (near it any other line, an entry naming the file in
			 * its data too; farther, none of the run's) */
			int near = m + 4 >= n && m <= n + 4;
			ini = m != n && (near || m < first || m > last) && names_ini(imp_line_at(im, m));
		}
		if (!ini)
			continue;
		im->used[n] = 1;
		imp_review(im, n, T_CHECKS, 0,
			   imp_fmt(im, "'%.*s' is a setting in an .ini file (the words above name it), not in the registry: kbwiz does not read it; write it by hand if the rule needs it",
				   (int)k, p));
	}
}
