/* kbimport_subkeys.c: a key made under the key a step locates
 * (kbimport_int.h).  "Locate the following key: ...\Parameters" then "On
 * the Edit menu, click Add Key, and then type "Extension"": the article
 * asks for Parameters\Extension, not for Parameters (which is there
 * already).  The key check is moved to the key made, with its create
 * action.  Values told after the Add Key are read by the value block
 * reader (struct value_block's subkey); this pass takes the key-only
 * checks. */
#include <ctype.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "kbwiz/strbuf.h"
#include "kbimport_int.h"

/* What may follow a name typed without quotes, so that "type a name for
 * the key" is not read as the name "a". */
static const char *const name_ends[] = {
	" (without", " in the key name", " for the key name", " as the key name", " in the name box",
	NULL,
};

int imp_key_name_char(int c)
{
	return c != '\0' && (isalnum(c) || strchr("_.-$", c) != NULL);
}

size_t imp_guid_len(const char *p)
{
	size_t n;

	if (*p != '{')
		return 0;
	for (n = 1; n < 37 && (isxdigit((unsigned char)p[n]) || p[n] == '-'); n++)
		;
	return n == 37 && p[n] == '}' && p[9] == '-' && p[14] == '-' && p[19] == '-' && p[24] == '-' ? 38 : 0;
}

/* At p, a name to its end: quoted, to its closing quote ("Open
 * Tools"), or unquoted, to a comma or the sentence's end ("Gizmo.Tools,");
 * NULL with *unsure set when it cannot be cut for sure (none, longer than
 * 48, unquoted and running on with spaces). */
static const char *subkey_name_at(struct imp *im, const char *p, int *unsure)
{
	const char *e;
	size_t l;

	if (*p == '"') {
		e = strchr(++p, '"');
	} else {
		for (e = p; *e != '\0' && strchr(",;:()\"", *e) == NULL && !(*e == '.' && (e[1] == '\0' || e[1] == ' '));
		     e++)
			;
	}
	l = e != NULL ? imp_rtrim_len(p, (size_t)(e - p)) : 0;
	if (l == 0 || l > 48 || (p[-1] != '"' && memchr(p, ' ', l) != NULL)) {
		*unsure = 1;
		return NULL;
	}
	return imp_dupn(im, p, l);
}

/* "Under the subkey named Openers", "in the subkey named "Open Tools"":
 * the name after a lead that places something in the subkey; NULL when s
 * has none.  "called" only after "under the": "Gizmo keeps its cache in
 * the subkey called Cache" describes a key, it puts nothing there. */
static const char *name_after_subkey(struct imp *im, const char *s, int *unsure)
{
	static const char *const leads[] = { "under the subkey named ", "in the subkey named ",
					     "to the subkey named ", "under the subkey called ", NULL };
	const char *p;
	size_t i;

	for (i = 0; leads[i] != NULL; i++)
		if ((p = imp_ci_find(s, leads[i])) != NULL)
			return subkey_name_at(im, p + strlen(leads[i]), unsure);
	return NULL;
}

/* After "the " at p: "Parameters key", "Parameters subkey": the one word
 * before "key", unless it points rather than names ("the following key",
 * "the same key", "the new key") or names a dialog box or a command ("the
 * Add Key dialog box", "the New Key command"); NULL otherwise. */
static const char *name_before_key(struct imp *im, const char *p)
{
	static const char *const not_names[] = { "following", "same", "this", "that", "above", "new",
						 "registry", "appropriate", "correct", "previous", "add",
						 "preceding", "parent", "existing", "selected", "specified",
						 "current", NULL };
	static const char *const not_keys[] = { " key dialog", " key command", " key button", NULL };
	const char *e;
	size_t j, wl;

	for (e = p; isalnum((unsigned char)*e) || *e == '_' || *e == '$'; e++)
		;
	wl = (size_t)(e - p);
	/* "the Explorer registry key" */
	if (imp_starts_ci(e, " registry key") || imp_starts_ci(e, " registry subkey"))
		e += strlen(" registry");
	if (wl == 0 || (!imp_starts_ci(e, " key") && !imp_starts_ci(e, " subkey")) ||
	    isalnum((unsigned char)e[imp_starts_ci(e, " key") ? 4 : 7]))
		return NULL;
	for (j = 0; not_keys[j] != NULL; j++)
		if (imp_starts_ci(e, not_keys[j]))
			return NULL;
	for (j = 0; not_names[j] != NULL; j++)
		if (strlen(not_names[j]) == wl && strncasecmp(p, not_names[j], wl) == 0)
			return NULL;
	return imp_dupn(im, p, wl);
}

/* IMP_NAME_BEFORE looks at each preposition's first place only: a
 * second "to the Backup key" later on the line ("add these values to
 * the key above; Setup copies them to the Backup key") tells of another
 * key, not where the rows go. */
const char *imp_subkey_in_words(struct imp *im, const char *s, int forms, int *unsure)
{
	static const char *const preps[] = { "under the ", "in the ", "to the ", NULL };
	const char *p, *name;
	size_t i;

	*unsure = 0;
	if ((forms & IMP_NAME_AFTER) && ((name = name_after_subkey(im, s, unsure)) != NULL || *unsure))
		return name;
	if (!(forms & IMP_NAME_BEFORE))
		return NULL;
	for (i = 0; preps[i] != NULL; i++)
		if ((p = imp_ci_find(s, preps[i])) != NULL &&
		    (name = name_before_key(im, p + strlen(preps[i]))) != NULL)
			return name;
	return NULL;
}

/* The new key's name read at p (after "type", "enter" or "Key Name:"):
 * quoted, or one word that a name_ends phrase follows; length in *len,
 * NULL when none or a placeholder.  A value's name typed after its step
 * is kbimport_procedure.c's typed_value_name(), which stays apart: it
 * reads the whole sentence for its verb and takes a name the sentence
 * ends on ("type Foo, and then press ENTER"), where a key's name
 * unquoted needs the words that say it is the name. */
const char *imp_typed_key_name(const char *p, size_t *len)
{
	const char *q;
	size_t i, n;

	p = imp_skip_ws(p);
	if (*p == '"') {
		q = strchr(p + 1, '"');
		if (q == NULL || q == p + 1 || q - p > 60)
			return NULL;
		for (i = 1; p + i < q; i++)
			if (p[i] == '<' || p[i] == '\\' || p[i] == '>')
				return NULL;
		/* ""Gizmo" or "Widget"": a choice of names */
		if (imp_starts_ci(q + 1, " or "))
			return NULL;
		*len = (size_t)(q - p - 1);
		return p + 1;
	}
	for (n = 0; imp_key_name_char((unsigned char)p[n]); n++)
		;
	while (n > 0 && (p[n - 1] == '.' || p[n - 1] == '-'))
		n--;
	if (n == 0)
		return NULL;
	for (i = 0; name_ends[i] != NULL; i++)
		if (imp_starts_ci(p + n, name_ends[i]))
			break;
	if (name_ends[i] == NULL)
		return NULL;
	*len = n;
	return p;
}

const char *imp_add_key_command(const char *s)
{
	const char *p;

	for (p = s; (p = imp_ci_find(p, "add key")) != NULL; p += 7)
		if (p == s || !isalpha((unsigned char)p[-1]))
			return p;
	return NULL;
}

/* After a key's name typed on a "Key Name:" line, p: the line's end in
 * the joined text, a label ("Class: <blank>", spaced "Class : <blank>",
 * or "Class:"" closing the quoted dialog) or a step's mark ("4.")
 * follows, not more of the name. */
static int name_ends_there(const char *p)
{
	size_t n;

	p = imp_skip_ws(p);
	if (*p == '\0' || imp_numbered_step(p) || imp_substep(p))
		return 1;
	n = strcspn(p, " ");
	if (n > 1 && p[n - 1] == '"')
		n--;
	return (n > 1 && p[n - 1] == ':') || (n > 0 && p[n] == ' ' && p[n + 1] == ':');
}

/* How far past "Add Key" the name is looked for: its sentence, or the
 * dialog's "Key Name:" label in the lines after it, within this many
 * bytes. */
#define KEY_NAME_REACH 120

const char *imp_made_key_name_at(const char *cmd, size_t *len)
{
	static const char *const verbs[] = { " type ", " enter ", " with the name ", " named ", " called ", NULL };
	const char *p, *q, *stop, *w, *k, *name;
	size_t i, n;

	for (p = cmd; p != NULL; p = imp_add_key_command(q)) {
		/* past the command: "Add Key", or Regedit's "New" */
		q = p + (imp_starts_ci(p, "add key") ? strlen("add key") : strlen("New"));
		stop = q + strcspn(q, ".;");
		if ((size_t)(stop - q) > KEY_NAME_REACH)
			stop = q + KEY_NAME_REACH;
		/* "enter a unique Key Name, like X", "for example": the
		 * reader's own name */
		w = imp_ci_find(q, " like ");
		k = imp_ci_find(q, "example");
		if ((w != NULL && w < stop) || (k != NULL && k < stop))
			return NULL;
		/* in the sentence, the first name given: "called "DefaultIcon",
		 * and type "%1" as its default value" */
		for (name = NULL, i = 0; verbs[i] != NULL; i++)
			if ((w = imp_ci_find(q, verbs[i])) != NULL && w < stop &&
			    (w = imp_typed_key_name(w + strlen(verbs[i]), &n)) != NULL && (name == NULL || w < name)) {
				name = w;
				*len = n;
			}
		if (name != NULL)
			return name;
		/* Regedt32's dialog, in the sentence or the lines after "click
		 * Add Key." ("3. Enter the following: Key Name: Gizmo Class:
		 * <blank>"); "Key Name: Frob Agent", several words unquoted,
		 * cannot be cut for sure */
		if ((k = imp_ci_find(q, "key name:")) == NULL || k - q >= KEY_NAME_REACH)
			continue;
		/* (a class's GUID: "Key Name: {00020D75-...-000000000046}") */
		k = imp_skip_ws(k + 9);
		if ((n = imp_guid_len(k)) == 0)
			while (imp_key_name_char((unsigned char)k[n]))
				n++;
		if (n == 0 || (k[n] != ' ' && k[n] != '\0') || k[n - 1] == '.' || !name_ends_there(k + n))
			return NULL;
		*len = n;
		return k;
	}
	return NULL;
}

/* The steps after a key: up to the next line naming a key, or eight
 * lines. */
static size_t steps_end(const struct imp *im, size_t from)
{
	size_t n;

	for (n = from; n < im->a->body_end && n < from + 8; n++) {
		const char *s = imp_line_at(im, n);
		if (imp_ci_find(s, "HKEY_") != NULL || imp_ci_find(s, "HKLM\\") != NULL)
			break;
	}
	return n;
}

/* The steps before the Add Key command (text up to cmd) select another
 * key: clause by clause ("Expand the Frob key, and then click the
 * Linkage subkey"), so a clause naming the located key does not hide
 * the one that leaves it. */
static int leaves_key_before(struct imp *im, const char *text, const char *cmd, size_t key_last)
{
	char clause[400];
	const char *p = text, *q, *e;

	while (p < cmd) {
		e = cmd;
		if ((q = imp_ci_find(p, ", and then ")) != NULL && q < e)
			e = q;
		if ((q = imp_ci_find(p, ". ")) != NULL && q < e)
			e = q;
		snprintf(clause, sizeof clause, "%.*s", (int)(e - p), p);
		if (imp_steps_leave_key(im, clause, key_last, NULL))
			return 1;
		p = e == cmd ? cmd : e + 2;
	}
	return 0;
}

/* The sentence holding the Add Key command (cmd, inside text) offers it
 * or sets a case ("Optionally, ...", "If you want a trace file, ...",
 * "If the Parameters key is not there, ...", "you can"): no key the
 * steps plainly ask for. */
static int add_key_not_plainly_asked(const char *text, const char *cmd)
{
	static const char *const cues[] = { "optional", "you can ", "you may ", "if you want", "if you wish",
					    "if you prefer", "test lab", "lab only", NULL };
	const char *from = imp_sentence_of(text, cmd), *to = cmd + strcspn(cmd, ".");
	char sentence[400];

	snprintf(sentence, sizeof sentence, "%.*s", (int)(to - from), from);
	return imp_suggests(sentence) || imp_set_condition_in(sentence) || imp_cue_in(sentence, cues) != NULL;
}

/* 1 when the steps after a key, up to the next key or eight lines, add
 * a key under it by a name they give ("On the Edit menu, click Add Key,
 * and then add the following registry key:" / "Key Name: X"): the
 * located key is opened to make that one, which is asked for (C13). */
int imp_steps_add_named_key(struct imp *im, const char *key, size_t key_last)
{
	struct kb_buf b = { 0 };
	size_t end = steps_end(im, key_last + 1), starts[8], len, ns, name_line = 0, n;
	const char *name, *cmd, *leaf = strrchr(key, '\\');
	int found;

	if (end <= key_last + 1)
		return 0;
	ns = imp_join_lines(im, key_last + 1, end - 1, &b, starts, 8);
	found = b.p != NULL && (name = imp_made_key_name_at(imp_add_key_command(b.p), &len)) != NULL;
	/* the key asked for is the located one itself ("If the Parameters
	 * key is not there, select the Frob key, ... click Add Key" /
	 * "Key Name: Parameters"), one under a key the steps go to first,
	 * or one offered or made on a case */
	if (found) {
		leaf = leaf != NULL ? leaf + 1 : key;
		cmd = imp_add_key_command(b.p);
		if ((strlen(leaf) == len && strncasecmp(leaf, name, len) == 0) || cmd == NULL ||
		    leaves_key_before(im, b.p, cmd, key_last) || add_key_not_plainly_asked(b.p, cmd))
			found = 0;
		name_line = imp_joined_line(key_last + 1, starts, ns, (size_t)(name - b.p));
	}
	free(b.p);
	if (!found)
		return 0;
	/* "4. Open the PARAMETERS key that you created in Step 3." / "5.
	 * click Add Key": keys made one under another, the values at the
	 * bottom; the key made first is part of what is set under the
	 * last (guide C13), not a fact of its own */
	for (n = name_line + 1; n < im->a->body_end && n <= name_line + 10; n++) {
		const char *s = imp_line_at(im, n);
		if (imp_ci_find(s, "HKEY_") != NULL)
			break;
		if (imp_add_key_command(s) != NULL)
			return 0;
	}
	return 1;
}

static int has_key_check(const struct imp *im, const char *key)
{
	size_t i;

	for (i = 0; i < im->n_checks; i++)
		if (im->checks[i].key != NULL && strcasecmp(im->checks[i].key, key) == 0)
			return 1;
	return 0;
}

static const char *unique_id(struct imp *im, const char *name, size_t len)
{
	char slug[48];
	const char *id;
	size_t i;
	int n, taken;

	imp_slug(name, len, slug, 40);
	for (n = 1; n < 100; n++) {
		id = n == 1 ? imp_fmt(im, "%s-key", slug) : imp_fmt(im, "%s-key-%d", slug, n);
		if (id == NULL)
			return NULL;
		for (taken = 0, i = 0; i < im->n_checks; i++)
			if (im->checks[i].id != NULL && strcmp(im->checks[i].id, id) == 0)
				taken = 1;
		if (!taken)
			return id;
	}
	return NULL;
}

void imp_scan_added_subkeys(struct imp *im)
{
	size_t i, r;

	for (i = 0; i < im->n_checks; i++) {
		struct imp_check *c = &im->checks[i];
		size_t key_last = c->key_last > c->line ? c->key_last : c->line, end, starts[8], ns, len;
		struct kb_buf b = { 0 };
		const char *name, *key, *id;

		if (c->value != NULL || c->expect != IE_EXISTS || c->key == NULL)
			continue;
		end = steps_end(im, key_last + 1);
		if (end <= key_last + 1)
			continue;
		ns = imp_join_lines(im, key_last + 1, end - 1, &b, starts, 8);
		name = b.p != NULL ? imp_made_key_name_at(imp_add_key_command(b.p), &len) : NULL;
		if (name == NULL || (key = imp_fmt(im, "%s\\%.*s", c->key, (int)len, name)) == NULL ||
		    has_key_check(im, key) || (id = unique_id(im, name, len)) == NULL) {
			free(b.p);
			continue;
		}
		/* imp_gate() made the located key check-only, as a key
		 * something is added under: that note is about the key left */
		for (r = 0; r < im->n_reviews; r++)
			if (im->reviews[r].target == T_CHECK && im->reviews[r].index == i &&
			    im->reviews[r].note != NULL && strncmp(im->reviews[r].note, "check only:", 11) == 0)
				im->reviews[r].target = T_NONE;
		c->line_last = imp_joined_line(key_last + 1, starts, ns, (size_t)(name - b.p));
		c->key = key;
		c->id = id;
		c->repair = 1;
		imp_review(im, c->line_last, T_CHECK, i,
			   imp_fmt(im, "the steps add key '%.*s' under the key they locate: the check and its create action are on %s; check it",
				   (int)len, name, key));
		free(b.p);
	}
}

/* ---- a subkey selected before the value is added ---------------------- */

/* The words of a step that pick a key in the tree: "Click to select
 * SCHANNEL.", "Select the Device subkey.", "click the Parameters key". */
static const char *selected_key_at(const char *s, const char **end)
{
	static const char *const picks[] = { "click to select ", "select the ", "click the ", NULL };
	const char *p, *e;
	size_t i;
	int quoted, upper;

	for (i = 0; picks[i] != NULL; i++) {
		if ((p = imp_ci_find(s, picks[i])) == NULL)
			continue;
		p += strlen(picks[i]);
		quoted = *p == '"';
		if (quoted)
			p++;
		for (e = p, upper = 0; imp_key_name_char((unsigned char)*e); e++)
			upper |= isupper((unsigned char)*e) || isdigit((unsigned char)*e);
		while (e > p && e[-1] == '.')   /* the sentence's full stop */
			e--;
		/* a name, not a word of the sentence ("click the new key you
		 * created"): quoted, or holding a capital or a digit */
		if (e == p || (!quoted && !upper))
			continue;
		/* "select the X key/subkey"/"click the X key": named a key;
		 * "click to select X": X is what the tree shows */
		if (i > 0) {
			const char *w = imp_skip_ws(*e == '"' ? e + 1 : e);
			if (!imp_starts_word(w, "key") && !imp_starts_word(w, "subkey"))
				continue;
		}
		*end = e;
		return p;
	}
	return NULL;
}

/* The name (len bytes) is one of key's components or the value's name:
 * the step selects what the check already holds. */
static int held_by_check(const struct imp_check *c, const char *name, size_t len)
{
	const char *k = c->key, *e;

	if (c->value != NULL && strlen(c->value) == len && strncasecmp(c->value, name, len) == 0)
		return 1;
	while (k != NULL && *k != '\0') {
		e = strchr(k, '\\');
		if ((size_t)((e != NULL ? e : k + strlen(k)) - k) == len && strncasecmp(k, name, len) == 0)
			return 1;
		k = e != NULL ? e + 1 : NULL;
	}
	return 0;
}

void imp_scan_selected_subkeys(struct imp *im)
{
	size_t i = im->n_checks, n;

	while (i-- > 0) {
		const struct imp_check *c = &im->checks[i];
		const char *name = NULL, *end = NULL;
		size_t from = c->key_last > 0 ? c->key_last + 1 : c->key_line + 1;
		if (!c->repair || c->value == NULL || c->key == NULL || c->key_line == 0 || c->line <= from)
			continue;
		for (n = from; n < c->line && n < im->a->body_end; n++)
			if ((name = selected_key_at(imp_line_at(im, n), &end)) != NULL &&
			    !held_by_check(c, name, (size_t)(end - name)))
				break;
		if (n >= c->line || n >= im->a->body_end)
			continue;
		imp_drop_check_reviewed(im, i,
					imp_fmt(im, "not drafted: %s\\%s: the steps select '%.*s' (line %zu) under the key before the value is set, so its key may be %s\\%.*s: write its check by hand",
						c->key, c->value, (int)(end - name), name, n, c->key, (int)(end - name), name),
					imp_fmt(im, "not drafted: a value under the key %s is set after the steps select a key the path does not name (see the note on the value's line)",
						c->key));
	}
}
