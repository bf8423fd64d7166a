/* kbimport_keyforce.c: the key in force over a procedure's steps
 * (kbimport_int.h).  Between the key a step locates and the values a
 * later step adds, the steps may make a subkey and move to it, or select
 * the key they located once more:
 *
 *   2. Go to the following key:  HKEY_LOCAL_MACHINE\...\Services\Frob
 *   3. On the Edit menu, click Add Key.          (a key is made ...)
 *   4. In the Key Name box, type the following:
 *         Device                                 (... named here)
 *   5. Select the Device subkey.                 (the key made: in force)
 *   6. On the Edit menu, click Add Value:  Value Name: ...
 *
 * The values of step 6 are under Frob\Device.  "Select the Frob key" or
 * "Select this key" instead keeps Frob itself.  The value block reader
 * (kbimport_values.c, step_subkey()) asks these readings, step by step. */
#include <ctype.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "kbimport_int.h"

int imp_step_makes_key(const char *s)
{
	/* Regedt32's "Add Key"; Regedit's "New" then "Key" ("click New,
	 * and then click Key", "click New, then select Key", "New Key") */
	return imp_add_key_command(s) != NULL || imp_ci_find(s, "New Key") != NULL ||
	       (imp_has_word(s, "New") && (imp_ci_find(s, "click Key") != NULL || imp_ci_find(s, "select Key") != NULL));
}

/* A key's name as a step writes it on a line of its own: one word of
 * letters, digits and "_.-$" ("Device", "Parameters"), or quoted words
 * with no '<', '\\' or '>' ("TCP Port"), with "(without the quotation
 * marks)" allowed after; NULL otherwise (a sentence, a placeholder). */
static const char *name_alone(struct imp *im, const char *p)
{
	const char *e;
	size_t n;

	p = imp_skip_ws(p);
	if (*p == '"') {
		e = strchr(p + 1, '"');
		if (e == NULL || e == p + 1 || e - p > 60 || strcspn(p + 1, "<>\\") < (size_t)(e - p - 1))
			return NULL;
		n = (size_t)(e - p - 1);
		e = imp_skip_ws(e + 1);
		if (imp_starts_ci(e, "(without") && strchr(e, ')') != NULL)
			e = imp_skip_ws(strchr(e, ')') + 1);
		return imp_blank(e) ? imp_dupn(im, p + 1, n) : NULL;
	}
	/* "{00020D75-0000-0000-C000-000000000046}": a class's GUID */
	if ((n = imp_guid_len(p)) > 0)
		return imp_blank(p + n) ? imp_dupn(im, p, n) : NULL;
	for (n = 0; imp_key_name_char((unsigned char)p[n]); n++)
		;
	while (n > 0 && p[n - 1] == '.')
		n--;
	if (n == 0 || n > 60 || !isalpha((unsigned char)*p) || !imp_blank(p + n + (p[n] == '.')))
		return NULL;
	return imp_dupn(im, p, n);
}

/* "Key Name: Parameters" (Regedt32's Add Key dialog, as blocks write
 * it): the name after the label, when it is one as name_alone() reads. */
static const char *key_name_label(struct imp *im, const char *p)
{
	p = imp_skip_ws(p);
	if (*p == '"')
		p++;
	if (!imp_starts_ci(p, "Key Name"))
		return NULL;
	p = imp_skip_ws(p + 8);
	if (*p != ':')
		return NULL;
	return name_alone(im, p + 1);
}

/* s offers names to choose from: "type one of the following", "either",
 * ""Gizmo" or "Widget"", "whichever your version uses". */
static int offers_choice(const char *s)
{
	return imp_ci_find(s, "one of") != NULL || imp_has_word(s, "either") || imp_has_word(s, "whichever") ||
	       imp_ci_find(s, "\" or ") != NULL || imp_ci_find(s, ", or ") != NULL;
}

/* "Type "Lana" (without the quotation marks) for the new key", "In the
 * Key Name box, type Device", "Enter "Parameters" for the key name",
 * "Type "Security" to name the new subkey": the name a sentence types,
 * read as kbimport_subkeys.c reads one after "Add Key"; an unquoted word
 * needs the words that say it is the key's name there. */
static const char *typed_name(struct imp *im, const char *s)
{
	static const char *const verbs[] = { "type ", "enter ", NULL };
	const char *p, *w;
	size_t i, len;

	/* "type the name of your server": the reader's own name; "type
	 * one of the following", "type "A" or "B" (whichever ...)": a choice */
	if (imp_ci_find(s, "example") != NULL || imp_ci_find(s, " like ") != NULL || offers_choice(s))
		return NULL;
	for (i = 0; verbs[i] != NULL; i++)
		for (p = s; (p = imp_ci_find(p, verbs[i])) != NULL; p++) {
			if (p > s && isalpha((unsigned char)p[-1]))
				continue;
			if ((w = imp_typed_key_name(p + strlen(verbs[i]), &len)) != NULL)
				return imp_dupn(im, w, len);
		}
	return NULL;
}

/* Line n may hold a key's name alone: the line above (past blanks) ends
 * a step's "type the following:" with no choice in it, and the line
 * below is blank; not "IMPORTANT" under "click Add Key.", nor one of the
 * names under "type one of the following:". */
static int name_alone_under_step(struct imp *im, size_t n)
{
	size_t p = n;
	const char *above;

	while (p > im->a->body_first && imp_blank(imp_line_at(im, p - 1)))
		p--;
	if (p <= im->a->body_first || p == n)
		return 0;
	above = imp_line_at(im, p - 1);
	if (!imp_ends_with_colon(above) || offers_choice(above) ||
	    !(imp_has_word(above, "type") || imp_has_word(above, "enter") || imp_ci_find(above, "Key Name") != NULL))
		return 0;
	return n + 1 >= im->a->body_end || imp_blank(imp_line_at(im, n + 1));
}

/* The name of the key a step made with no name in its own sentence
 * ("click Add Key." / "Key Name: Parameters"), read on the line that
 * gives it: line (its text alone) or joined (the line and the next, for
 * a sentence that wraps).  NULL when the line gives none. */
static const char *awaited_key_name(struct imp *im, size_t n, const char *joined)
{
	const char *line = imp_line_at(im, n), *name;

	if ((name = key_name_label(im, line)) != NULL)
		return name;
	/* "In the Key Name text box, type the following:" / "Device": the
	 * name on a line of its own, not a step */
	if (!imp_numbered_step(line) && !imp_substep(line) && name_alone_under_step(im, n) &&
	    (name = name_alone(im, line)) != NULL)
		return name;
	/* "Type "Retries" in the Value Name box": a value's name */
	if (imp_ci_find(joined, "Value Name") != NULL || !(imp_has_word(joined, "key") || imp_has_word(joined, "subkey")))
		return NULL;
	return typed_name(im, joined);
}

/* The last name of the key written on line n ("...\\Print\\Printers",
 * "\\Parameters"), or NULL. */
static const char *located_last(struct imp *im, size_t n)
{
	const char *s, *b;
	size_t l;

	if (n < im->a->body_first || n >= im->a->body_end)
		return NULL;
	s = imp_line_at(im, n);
	l = imp_rtrim_len(s, strlen(s));
	while (l > 0 && (s[l - 1] == '.' || s[l - 1] == '\\'))
		l--;
	for (b = s + l; b > s && b[-1] != '\\'; b--)
		;
	if (b == s || b == s + l)
		return NULL;
	return imp_dupn(im, b, (size_t)(s + l - b));
}

/* Words by which a step points at the key the steps just made. */
static int names_made_key(const char *s)
{
	static const char *const words[] = { "new key", "new subkey", "new registry key", "newly",
					     "you created", "you just created", "just created", "created in step",
					     "added in step", "you added", "the new ", NULL };

	return imp_cue_in(s, words) != NULL;
}

/* name is a word of s, followed by " key", " subkey" or " folder" or
 * before "selected" ("With Parameters selected"). */
static int names_key_word(const char *s, const char *name)
{
	const char *p;
	size_t l = strlen(name);

	for (p = s; (p = imp_ci_find(p, name)) != NULL; p++) {
		const char *e = p + l;
		if (p > s && (isalnum((unsigned char)p[-1]) || p[-1] == '\\'))
			continue;
		if (*e == '"')
			e++;
		if (imp_starts_ci(e, " key") || imp_starts_ci(e, " subkey") || imp_starts_ci(e, " folder") ||
		    imp_starts_ci(e, " selected") || imp_starts_ci(e, " highlighted"))
			return 1;
	}
	return 0;
}

/* How many times s writes the word "key" or "subkey". */
static size_t key_words(const char *s)
{
	const char *p;
	size_t n = 0;

	for (p = s; (p = imp_ci_find(p, "key")) != NULL; p += 3)
		if (!isalpha((unsigned char)p[3]) &&
		    (p == s || !isalpha((unsigned char)p[-1]) ||
		     (p - s >= 3 && strncasecmp(p - 3, "sub", 3) == 0 && (p - s == 3 || !isalpha((unsigned char)p[-4])))))
			n++;
	return n;
}

/* s selects, opens or highlights a key: "Select the Printers key",
 * "Click to select the Print key", "With the new key selected". */
static int selects_a_key(const char *s)
{
	return (imp_has_word(s, "key") || imp_has_word(s, "subkey") || imp_has_word(s, "folder") ||
		imp_has_word(s, "selected") || imp_has_word(s, "highlighted")) &&
	       (imp_has_word(s, "select") || imp_has_word(s, "selected") || imp_has_word(s, "click") ||
		imp_has_word(s, "open") || imp_has_word(s, "highlight") || imp_has_word(s, "highlighted"));
}

/* s makes a key other than one it points back at ("click Add Key",
 * "click New, and then click Key"; not "select the new key"). */
static int makes_another_key(const char *s)
{
	return imp_step_makes_key(s) && !names_made_key(s);
}

/* The steps at line left the key in force for one nobody can name from
 * here (a second key made, another selected): the values after are for
 * a person (vb->subkey_line), and no later step puts them anywhere. */
static int key_lost(struct value_block *vb, size_t line)
{
	vb->subkey = NULL;
	vb->subkey_awaited = 0;
	vb->subkey_line = line;
	vb->key_lost = 1;
	return 1;
}

int imp_names_registry_editor(const char *s)
{
	return imp_ci_find(s, "Registry Editor") != NULL || imp_ci_find(s, "Regedt32") != NULL ||
	       imp_ci_find(s, "Regedit") != NULL;
}

/* "all programs", "all open programs, including Registry Editor", "all
 * applications": closing every program closes the editor too. */
static int all_programs_at(const char *p)
{
	static const char *const alls[] = { "all programs", "all open programs", "all applications",
					    "all open applications", "all running programs", NULL };
	size_t i;

	for (i = 0; alls[i] != NULL; i++)
		if (imp_starts_ci(p, alls[i]))
			return 1;
	return 0;
}

/* p opens with Registry Editor's name, after the words a step puts
 * between the verb and it ("from", "the", "Windows NT"), or with "all
 * programs". */
static int editor_named_at(const char *p)
{
	static const char *const fillers[] = { "from ", "the ", "Windows ", "NT ", NULL };
	static const char *const editor[] = { "Registry Editor", "Regedt32", "Regedit", NULL };
	size_t i;

	/* skip the fillers, in any order, until none opens p */
	do {
		for (i = 0; fillers[i] != NULL && !imp_starts_ci(p, fillers[i]); i++)
			;
		if (fillers[i] != NULL)
			p = imp_skip_ws(p + strlen(fillers[i]));
	} while (fillers[i] != NULL);
	for (i = 0; editor[i] != NULL; i++)
		if (imp_starts_ci(p, editor[i]))
			return 1;
	return all_programs_at(p);
}

/* s leaves the editor at verb: the verb takes the editor as its object
 * and is not negated. */
static int leaves_with(const char *s, const char *verb)
{
	size_t vl = strlen(verb);
	const char *p;

	for (p = imp_ci_find(s, verb); p != NULL; p = imp_ci_find(p + 1, verb)) {
		int word = (p == s || !isalpha((unsigned char)p[-1])) && (p[vl] == ' ' || p[vl] == '\t');
		if (word && editor_named_at(imp_skip_ws(p + vl)) && !imp_negated_before(s, p))
			return 1;
	}
	return 0;
}

/* The verb must take the editor as its object ("quit Registry Editor",
 * "exit the Regedt32 program", "Registry Editor is closed"): a line that
 * closes a dialog box in the editor ("In Registry Editor, click OK to
 * close each dialog box") or says to stay in it ("Do not quit Registry
 * Editor yet") goes on with the key. */
int imp_leaves_registry_editor(const char *s)
{
	return leaves_with(s, "quit") || leaves_with(s, "exit") || leaves_with(s, "close") ||
	       imp_ci_find(s, "Registry Editor is closed") != NULL ||
	       /* Regedt32's own command: "On the Registry menu, click Exit" */
	       (imp_ci_find(s, "Registry menu") != NULL && imp_ci_find(s, "click Exit") != NULL);
}

/* s leaves Registry Editor or starts it again ("Quit Registry Editor
 * and restart the computer", "Start Registry Editor"): the key selected
 * before is not selected after. */
static int leaves_editor(const char *s)
{
	return imp_leaves_registry_editor(s) ||
	       ((imp_has_word(s, "start") || imp_has_word(s, "restart")) && imp_names_registry_editor(s));
}

int imp_key_in_force_step(struct imp *im, const char *s, size_t line, struct value_block *vb)
{
	const char *name, *located;

	if (vb->key_lost)
		return 1;
	/* a key made, then Registry Editor quit or another section begun:
	 * what follows is not said to be under the key made */
	if ((vb->subkey != NULL || vb->subkey_awaited) && vb->nv == 0 &&
	    (leaves_editor(s) || imp_section_of(im, line) != imp_section_of(im, vb->key_last)))
		return key_lost(vb, line);
	/* "click Add Key" once more, with a key made or awaiting its name:
	 * is the value under the first, the second, or one inside the
	 * other? */
	if ((vb->subkey != NULL || vb->subkey_awaited) && vb->nv == 0 && makes_another_key(s))
		return key_lost(vb, line);
	/* the name of a key made a step before */
	if (vb->subkey == NULL && vb->subkey_awaited &&
	    (name = awaited_key_name(im, line, s)) != NULL) {
		vb->subkey = name;
		vb->subkey_awaited = 0;
		return 1;
	}
	/* a numbered step that neither names the key made nor leads to its
	 * name ("type the following:"): the key's name is not to be read */
	if (vb->subkey == NULL && vb->subkey_awaited && vb->nv == 0 && imp_numbered_step(imp_line_at(im, line)) &&
	    !imp_ends_with_colon(imp_line_at(im, line)))
		return key_lost(vb, line);
	if (imp_step_makes_key(s)) {
		/* "click New, then select Key. Type "Foo" (without the
		 * quotation marks) for the new key": named in its own words */
		if (vb->subkey == NULL && (name = typed_name(im, s)) != NULL) {
			vb->subkey = name;
			return 1;
		}
		return 0;
	}
	if (!selects_a_key(s))
		return 0;
	/* "Select the Device subkey", "With the new key selected": the key
	 * made stays in force */
	if (vb->subkey != NULL)
		return names_made_key(s) || names_key_word(s, vb->subkey) || vb->nv > 0 ? 1 : key_lost(vb, line);
	/* "Select the Printers key", "Select this key to highlight it": the
	 * key located, not a subkey of it */
	located = located_last(im, vb->key_last);
	/* one key named: "On the Zones key, select the key with the name of
	 * your zone" selects another */
	if (!vb->subkey_awaited && !names_made_key(s) && key_words(s) <= 1 &&
	    (imp_ci_find(s, "this key") != NULL || (located != NULL && names_key_word(s, located))))
		return 1;
	/* "Select the Widget subkey": a key below the one located, which
	 * the steps did not make; which one it is, is for a person (the
	 * caller's test for "key" does not see the word "subkey") */
	if (imp_has_word(s, "subkey")) {
		vb->subkey_line = line;
		return 1;
	}
	return 0;
}

void imp_key_in_force_at_block(struct imp *im, struct value_block *vb)
{
	/* "4. Type the following: Gizmo" / "MORE INFORMATION" / "Value
	 * Name: Mode": a block in another section is not said to be under
	 * the key the steps made */
	if (vb->nv > 0 && !vb->subkey_in_words && (vb->subkey != NULL || vb->subkey_awaited) &&
	    imp_section_of(im, vb->first) != imp_section_of(im, vb->key_last))
		key_lost(vb, vb->first);
	/* a key made whose name never came ("click Add Key, and type a name
	 * for your widget"): the block is under it, unnamed */
	else if (vb->nv > 0 && vb->subkey == NULL && vb->subkey_awaited)
		key_lost(vb, vb->first);
}

int imp_block_only_viewed(const struct imp *im, const struct value_block *vb)
{
	/* not "note": "NOTE: To turn this on, add the following value:" */
	static const char *const looks[] = { "view", "look", "examine", NULL };
	const char *s, *p;
	size_t n, i;

	if (vb->nv == 0 || vb->first <= im->a->body_first)
		return 0;
	/* "Do not change this value." under the block */
	for (n = vb->last + 1; n < im->a->body_end && n <= vb->last + 3; n++)
		if (imp_ci_find(imp_line_at(im, n), "do not change") != NULL ||
		    imp_ci_find(imp_line_at(im, n), "do not modify") != NULL)
			return 1;
	/* "5. Select the Gizmo subkey. View the following value:": the
	 * step over the block opens a sentence with a verb of looking */
	for (n = vb->first; n > im->a->body_first && n + 6 > vb->first; n--) {
		s = imp_line_at(im, n - 1);
		for (p = imp_skip_ws(s); *p != '\0'; p++) {
			if (p != imp_skip_ws(s) && !(p[-1] == ' ' && p[-2] == '.'))
				continue;
			if (isdigit((unsigned char)*p) || (p == imp_skip_ws(s) && imp_numbered_step(s)))
				p = imp_skip_ws(p + strspn(p, "0123456789.)"));
			for (i = 0; looks[i] != NULL; i++)
				if (imp_starts_ci(p, looks[i]) && !isalpha((unsigned char)p[strlen(looks[i])]))
					return 1;
		}
		if (imp_numbered_step(s) || imp_substep(s))
			break;
	}
	return 0;
}

/* "If the Winprint key is not present, create it by clicking Add Key",
 * "If this key does not exist, add it": a step that makes the key located
 * where it is missing, not a key under it.  The pronoun ("create it")
 * takes the key the sentence names, and that is the key located. */
static int remakes_located_key(struct imp *im, const char *s, const struct value_block *vb)
{
	static const char *const missing[] = { "not present", "does not exist", "doesn't exist", "is missing",
					       "not already exist", NULL };
	static const char *const makes_it[] = { "create it ", "create it,", "create it.", "add it ", "add it,",
						"add it.", NULL };
	const char *located;

	if (imp_cue_in(s, missing) == NULL || imp_cue_in(s, makes_it) == NULL)
		return 0;
	if (imp_ci_find(s, "this key") != NULL || imp_ci_find(s, "this registry key") != NULL)
		return 1;
	located = located_last(im, vb->key_last);
	return located != NULL && names_key_word(s, located);
}

int imp_key_made_step(struct imp *im, const char *s, struct value_block *vb)
{
	if (vb->subkey != NULL || !imp_step_makes_key(s))
		return 0;
	if (remakes_located_key(im, s, vb))
		return 1;
	vb->subkey_awaited = 1;
	return 0;
}

const char *imp_made_key_name(struct imp *im, const char *s)
{
	const char *p = imp_add_key_command(s), *k;
	char head[1024];
	size_t len;

	if (p == NULL && (p = imp_ci_find(s, "New")) == NULL)
		return NULL;
	/* named by the step itself ("click Add Key ... with the name
	 * "store.exe"", "Key Name: Gizmo"), read as the subkeys pass reads it */
	if ((k = imp_made_key_name_at(p, &len)) != NULL)
		return imp_dupn(im, k, len);
	/* the name typed in a later sentence, before the value is added:
	 * what is typed after "Add Value" is the value's ("type "1" in the
	 * String field") */
	if ((k = imp_ci_find(p, "Add Value")) == NULL)
		return typed_name(im, p);
	snprintf(head, sizeof head, "%.*s", (int)(k - p), p);
	return typed_name(im, head);
}

size_t imp_keys_made(const char *s)
{
	const char *p;
	char sent[400];
	size_t l, n = 0;

	for (p = s; *p != '\0'; p += l) {
		l = strcspn(p, ".");
		snprintf(sent, sizeof sent, "%.*s", (int)l, p);
		if (p[l] == '.')
			l++;
		if (makes_another_key(sent))
			n++;
	}
	return n;
}

int imp_steps_leave_key(struct imp *im, const char *s, size_t key_last, const char *made)
{
	const char *located = located_last(im, key_last), *p;
	char sent[400];
	size_t l;

	/* sentence by sentence: "Double-click the folder for your video
	 * driver, and then click the Device0 folder." leaves the key read;
	 * "Select the Printers key." or "Select this key." does not */
	for (p = s; *p != '\0'; p += l) {
		l = strcspn(p, ".");
		snprintf(sent, sizeof sent, "%.*s", (int)l, p);
		if (p[l] == '.')
			l++;
		if (!imp_has_word(sent, "folder") && !imp_has_word(sent, "subkey") && !imp_has_word(sent, "key"))
			continue;
		if (!selects_a_key(sent) && !imp_has_word(sent, "double-click") && !imp_has_word(sent, "expand"))
			continue;
		if (imp_step_makes_key(sent) || imp_ci_find(sent, "this key") != NULL ||
		    (located != NULL && names_key_word(sent, located)))
			continue;
		/* "Select the Gizmo key (the one made)" */
		if (made != NULL && (names_made_key(sent) || names_key_word(sent, made)))
			continue;
		return 1;
	}
	return 0;
}
