/* kbimport_regexe.c: a change told as a reg.exe command (kbimport_int.h).
 * Later articles give the change as a command line to run:
 *
 *   reg add HKLM\SYSTEM\CurrentControlSet\Services\Frob\Parameters /v FrobLimit /t REG_DWORD /d 1 /f
 *   reg delete "HKLM\SOFTWARE\Contoso\Frob" /v StaleCache /f
 *
 * The switches are reg.exe's own ("reg add /?"): /v a value's name, /ve
 * the key's default value, /t its type (REG_SZ when none is given), /d
 * its data (a REG_DWORD's in decimal unless written 0x...), /s the
 * separator of a REG_MULTI_SZ's entries, /f no prompt, /reg:32 and
 * /reg:64 the registry view; "reg delete" deletes the value /v names,
 * the default value (/ve), every value (/va), or the key itself when no
 * value is named.  "reg add" with no value makes the key.  "reg query",
 * "reg export" and the others change nothing and are left to the
 * caller.  A command with words reg.exe does not take ("%1 >>
 * output.txt") is read by no guess: a person writes its check.  The old
 * Resource Kit's verbs ("reg update KEY\Name=X") are left to the other
 * readers.  A command in the article's symptoms or cause is what was run
 * when the problem showed, not a change asked for: no check. */
#include <ctype.h>
#include <stddef.h>
#include <string.h>
#include <strings.h>

#include "kbwiz/strbuf.h"
#include "kbimport_int.h"

/* The lines a command may run over: its own, and the lines after it
 * that go on with it (the print wraps before a switch or a parameter). */
#define CMD_LINES 4

struct reg_cmd {
	int del;                        /* reg delete (else reg add) */
	const char *key;                /* as written, quotes dropped */
	const char *value;              /* /v */
	const char *type;               /* /t */
	const char *data;               /* /d */
	const char *sep;                /* /s */
	int ve, va, odd;                /* /ve, /va; a word reg.exe does not take */
};

/* "C:\>", "C:\Temp>": a command prompt before the command; past it. */
static const char *past_prompt(const char *p)
{
	const char *q = p;

	if (!isalpha((unsigned char)q[0]) || q[1] != ':')
		return p;
	q += 2;
	while (*q != '\0' && *q != '>' && *q != ' ')
		q++;
	return *q == '>' ? imp_skip_ws(q + 1) : p;
}

/* After p's spaces and a prompt: "reg add " or "reg delete " (or
 * "reg.exe ..."); past the verb, *del set for delete; NULL otherwise. */
static const char *command_verb(const char *p, int *del)
{
	p = past_prompt(imp_skip_ws(p));
	if (imp_starts_ci(p, "reg.exe "))
		p += 8;
	else if (imp_starts_ci(p, "reg "))
		p += 4;
	else
		return NULL;
	p = imp_skip_ws(p);
	*del = imp_starts_ci(p, "delete ");
	if (*del)
		return p + 7;
	return imp_starts_ci(p, "add ") ? p + 4 : NULL;
}

int imp_reg_command_line(const struct imp *im, size_t n)
{
	int del;

	return command_verb(imp_line_at(im, n), &del) != NULL;
}

/* The argument at p: quoted (the quotes dropped) or up to white space;
 * *end past it.  NULL at the text's end or for an unclosed quote. */
static const char *argument(struct imp *im, const char *p, const char **end)
{
	const char *e;

	p = imp_skip_ws(p);
	if (*p == '\0')
		return NULL;
	if (*p == '"') {
		if ((e = strchr(p + 1, '"')) == NULL)
			return NULL;
		*end = e + 1;
		return imp_dupn(im, p + 1, (size_t)(e - p - 1));
	}
	for (e = p; *e != '\0' && !isspace((unsigned char)*e); e++)
		;
	*end = e;
	return imp_dupn(im, p, (size_t)(e - p));
}

/* The command at text (one line, or the lines it runs over joined):
 * "reg add|delete KEY switches...".  0 when text is no such command. */
static int parse_command(struct imp *im, const char *text, struct reg_cmd *c)
{
	const char *p, *e, *sw, *arg;

	memset(c, 0, sizeof *c);
	if ((p = command_verb(text, &c->del)) == NULL)
		return 0;
	if ((c->key = argument(im, p, &e)) == NULL || strchr(c->key, '\\') == NULL)
		return 0;
	for (p = imp_skip_ws(e); *p != '\0'; p = imp_skip_ws(p)) {
		if (*p != '/' && *p != '-') {
			c->odd = 1;
			break;
		}
		for (sw = ++p; *p != '\0' && !isspace((unsigned char)*p); p++)
			;
		if ((size_t)(p - sw) == 2 && strncasecmp(sw, "ve", 2) == 0) {
			c->ve = 1;
		} else if ((size_t)(p - sw) == 2 && strncasecmp(sw, "va", 2) == 0) {
			c->va = 1;
		} else if ((size_t)(p - sw) == 1 && tolower((unsigned char)*sw) == 'f') {
			/* no prompt */
		} else if (imp_starts_ci(sw, "reg:") && (size_t)(p - sw) == 6) {
			/* the registry view */
		} else if ((size_t)(p - sw) == 1 && strchr("vtdsVTDS", *sw) != NULL) {
			if ((arg = argument(im, p, &e)) == NULL) {
				c->odd = 1;
				break;
			}
			switch (tolower((unsigned char)*sw)) {
			case 'v': c->value = arg; break;
			case 't': c->type = arg; break;
			case 'd': c->data = arg; break;
			default: c->sep = arg; break;
			}
			p = e;
		} else {
			c->odd = 1;
			break;
		}
	}
	return 1;
}

/* A reg.exe command goes on through last (the key's last line) and on
 * each line after that opens with a switch; a path wrapped at its
 * backslash joins without a space. */
static enum imp_join reg_goes_on(const struct kb_buf *b, const char *next, size_t line, size_t last)
{
	if (line > last && *next != '/')
		return IMP_JOIN_STOP;
	return b->len > 0 && b->p[b->len - 1] == '\\' ? IMP_JOIN_TIGHT : IMP_JOIN_SPACE;
}

size_t imp_command_text(struct imp *im, size_t n, size_t last, imp_goes_on goes_on, struct kb_buf *b)
{
	size_t m = n;
	enum imp_join j;

	kb_buf_puts(b, imp_line_at(im, n));
	while (m + 1 < im->a->body_end && m + 1 < n + CMD_LINES) {
		const char *t = imp_skip_ws(imp_line_at(im, m + 1));
		if (imp_blank(t) || (j = goes_on(b, t, m + 1, last)) == IMP_JOIN_STOP)
			break;
		if (j == IMP_JOIN_SPACE)
			kb_buf_add(b, " ", 1);
		kb_buf_puts(b, t);
		m++;
	}
	if (b->oom)
		im->oom = 1;
	return m;
}

const char *imp_command_aside(const struct imp *im, size_t line)
{
	static const char *const cues[] = { "for example", "for instance", "e.g.", "to undo", "to revert",
					    "to roll back", "to restore the default", "back to the default",
					    "to remove this setting", "to remove the setting", NULL };
	size_t first = line, m;
	const char *cue;

	/* the command's own paragraph, then the one above it (the words
	 * that lead in to a command stand over it, a blank line between) */
	while (first > im->a->body_first && !imp_blank(imp_line_at(im, first - 1)))
		first--;
	for (m = first; m > im->a->body_first && imp_blank(imp_line_at(im, m - 1)) && first - m < 2; m--)
		;
	if (m < first) {
		first = m;
		while (first > im->a->body_first && !imp_blank(imp_line_at(im, first - 1)) && m - first < 6)
			first--;
	}
	for (m = first; m < line; m++)
		if ((cue = imp_cue_in(imp_line_at(im, m), cues)) != NULL)
			return cue;
	return imp_lead_in_shows(im, line, first);
}

int imp_place_command_value(struct imp *im, const struct imp_at *at, const char *key, const char *name,
			    const char *type, const char *data, size_t line, size_t last)
{
	struct value_spec v;
	size_t before = im->n_checks, i;

	/* "Method 2: Use a command" after Method 1's steps set the same
	 * value to the same data: another way to one change, which the check
	 * drafted already holds (the line was left unplaced) */
	for (i = 0; i < im->n_checks; i++) {
		const struct imp_check *c = &im->checks[i];
		if (c->value != NULL && name != NULL && data != NULL && c->data != NULL &&
		    strcasecmp(c->key, key) == 0 && strcasecmp(c->value, name) == 0 && strcmp(c->data, data) == 0) {
			imp_review(im, line, T_CHECK, i,
				   imp_fmt(im, "value '%s' under %s: the command on this line sets it as the check drafted from line %zu does, another way to the same change: check that both ways belong",
					   name, key, c->line));
			return 0;
		}
	}
	memset(&v, 0, sizeof v);
	v.name = name;
	v.type = type;
	v.data = data;
	v.exact = 1;            /* as written: no remark to strip */
	v.line = line;
	v.last = last;
	imp_value_checks(im, at, key, &v);
	return im->n_checks > before;
}

int imp_place_reg_command(struct imp *im, const char *key, size_t line, size_t last)
{
	struct kb_buf b = { 0 };
	struct reg_cmd c;
	struct imp_at at = { .key_line = line, .key_last = line, .repair = 1 };
	const char *k, *aside;
	size_t end;
	int ok = 0;

	end = imp_command_text(im, line, last, reg_goes_on, &b);
	if (b.oom || b.p == NULL || !parse_command(im, b.p, &c))
		goto out;
	ok = 1;
	/* the command's own path, as every key is read; the scanner's when
	 * it cannot be read */
	if ((k = imp_normal_key(im, c.key, line)) == NULL)
		k = key;
	at.value_last = end;
	/* "When you run the following command, you receive ...": what was
	 * run when the problem shows, not a change the article asks for */
	if (imp_where_symptoms_are(im, line)) {
		imp_review(im, line, T_CHECKS, 0,
			   imp_fmt(im, "the reg.exe command on %s stands in the article's symptoms or cause (what was run when the problem shows), not as a change it asks for: add a check by hand if it matters",
				   k));
		goto out;
	}
	if (c.odd || imp_has_placeholder(k) || (c.value != NULL && imp_has_placeholder(c.value))) {
		imp_review(im, line, T_CHECKS, 0,
			   imp_fmt(im, "the reg.exe command on %s %s: write its check by hand", k,
				   c.odd ? "has words reg.exe does not take (a script's, or an old reg.exe's)" :
					   "holds a placeholder"));
		goto out;
	}
	if ((aside = imp_command_aside(im, line)) != NULL) {
		imp_review(im, line, T_CHECKS, 0,
			   imp_fmt(im, "the reg.exe command on %s is led in to as an example or an undo ('%s'), not as the fix: add a check by hand if the rule needs it",
				   k, aside));
		goto out;
	}
	if (c.ve || c.va) {
		imp_review(im, line, T_CHECKS, 0,
			   imp_fmt(im, "the reg.exe command %s %s of %s: write its check by hand",
				   c.del ? "deletes" : "sets", c.va ? "every value" : "the default value", k));
		goto out;
	}
	if (c.del) {
		imp_review(im, line, T_CHECKS, 0, "the deletion is read from a reg.exe command (reg delete): check it");
		imp_add_check_at(im, &at, k, c.value, NULL, c.value != NULL ? IE_VALUE_ABSENT : IE_KEY_ABSENT, NULL,
				 line);
		goto out;
	}
	if (c.value == NULL) {
		/* "reg add KEY": the key made */
		imp_review(im, line, T_CHECKS, 0,
			   imp_fmt(im, "key %s is made by a reg.exe command (reg add with no value): check it", k));
		imp_add_check_at(im, &at, k, NULL, NULL, IE_EXISTS, NULL, line);
		goto out;
	}
	if (c.sep != NULL || (c.data != NULL && strstr(c.data, "\\0") != NULL)) {
		imp_review(im, line, T_CHECKS, 0,
			   imp_fmt(im, "value '%s' under %s: the reg.exe command gives it several entries: write its check by hand",
				   c.value, k));
		goto out;
	}
	/* (refused there, a placeholder's data: its own review item) */
	if (imp_place_command_value(im, &at, k, c.value, c.type != NULL ? c.type : "REG_SZ", c.data, line, end))
		imp_review(im, line, T_CHECKS, 0,
			   imp_fmt(im, "value '%s' is read from a reg.exe command (reg add%s): check its name, type and data",
				   c.value, c.type == NULL ? ", no /t: REG_SZ, reg.exe's default" : ""));
out:
	kb_buf_free(&b);
	return ok;
}
