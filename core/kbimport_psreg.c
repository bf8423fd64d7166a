/* kbimport_psreg.c: a change told as a PowerShell command (kbimport_int.h).
 * Later articles give a registry change as a cmdlet to run on the
 * registry provider's drives:
 *
 *   Set-ItemProperty -Path "HKLM:\SYSTEM\CurrentControlSet\Services\Frob" -Name FrobLimit -Value 1 -Type DWord
 *   New-ItemProperty -Path HKLM:\SOFTWARE\Contoso\Frob -Name LogPath -PropertyType String -Value "C:\Logs"
 *   Remove-ItemProperty -Path "HKLM:\SOFTWARE\Contoso\Frob" -Name StaleCache
 *   New-Item -Path "HKLM:\SOFTWARE\Contoso\Frob" -Force
 *   Remove-Item -Path "HKLM:\SOFTWARE\Contoso\Frob\Cache" -Recurse
 *
 * The parameters are the cmdlets' own (their help): -Path or
 * -LiteralPath (or the path first, by position), -Name, -Value, -Type or
 * -PropertyType (the registry provider's kinds: String, ExpandString,
 * Binary, DWord, MultiString, QWord), and the switches -Force, -Recurse,
 * -Confirm and -ErrorAction that change nothing about what is set.  The
 * drives are HKLM: and HKCU: (the latter a user's hive, which kbwiz does
 * not read); "Registry::HKEY_LOCAL_MACHINE\..." names a key by its root.
 * A value set with no kind given takes the kind the value has, or the
 * provider's own default for a new one: not known from the command, so a
 * person writes its check, as for a parameter the reader does not know, a
 * variable ("$path"), an array of entries or a placeholder.  A command in
 * the symptoms or cause is what was run when the problem showed, not a
 * change asked for.  The archive (to 2002) has none of these: each form
 * here is the cmdlets' documented one, not an article's. */
#include <ctype.h>
#include <stddef.h>
#include <string.h>
#include <strings.h>

#include "kbwiz/strbuf.h"
#include "kbimport_int.h"

enum ps_verb { PS_SET, PS_NEW_PROPERTY, PS_REMOVE_PROPERTY, PS_NEW_ITEM, PS_REMOVE_ITEM };

static const struct {
	const char *name;
	enum ps_verb verb;
} cmdlets[] = {
	{ "Set-ItemProperty", PS_SET },
	{ "New-ItemProperty", PS_NEW_PROPERTY },
	{ "Remove-ItemProperty", PS_REMOVE_PROPERTY },
	{ "New-Item", PS_NEW_ITEM },
	{ "Remove-Item", PS_REMOVE_ITEM },
};

/* The registry provider's kinds of value and the types they write. */
static const char *const kinds[][2] = {
	{ "String", "REG_SZ" }, { "ExpandString", "REG_EXPAND_SZ" }, { "Binary", "REG_BINARY" },
	{ "DWord", "REG_DWORD" }, { "MultiString", "REG_MULTI_SZ" }, { "QWord", "REG_QWORD" },
};

struct ps_cmd {
	enum ps_verb verb;
	const char *path;               /* as written, quotes dropped */
	const char *name;               /* -Name */
	const char *value;              /* -Value */
	const char *kind;               /* -Type / -PropertyType */
	int odd;                        /* a parameter or an argument not read */
};

/* The cmdlet that opens p (after a prompt "PS C:\>"), past its name; the
 * verb in *verb.  NULL when p opens with none. */
static const char *cmdlet_at(const char *p, enum ps_verb *verb)
{
	size_t i, l;

	p = imp_skip_ws(p);
	if (imp_starts_ci(p, "PS ") && strchr(p, '>') != NULL && strchr(p, '>') - p < 40)
		p = imp_skip_ws(strchr(p, '>') + 1);
	/* (every line comes here: a verb of three or six letters and its
	 * dash, "Set-", "New-", "Remove-", before the names are compared) */
	if (p[0] == '\0' || p[1] == '\0' || p[2] == '\0' || (p[3] != '-' && (p[3] == '\0' || p[4] == '\0' ||
								      p[5] == '\0' || p[6] != '-')))
		return NULL;
	for (i = 0; i < sizeof cmdlets / sizeof cmdlets[0]; i++) {
		l = strlen(cmdlets[i].name);
		if (strncasecmp(p, cmdlets[i].name, l) == 0 && (p[l] == ' ' || p[l] == '\t')) {
			*verb = cmdlets[i].verb;
			return p + l;
		}
	}
	return NULL;
}

int imp_ps_command_line(const struct imp *im, size_t n)
{
	enum ps_verb verb;

	return cmdlet_at(imp_line_at(im, n), &verb) != NULL;
}

/* The argument at p: in single or double quotes (dropped) or up to white
 * space; *end past it.  NULL at the text's end, for an unclosed quote,
 * and for what PowerShell would work out rather than read as written (a
 * variable, a subexpression, an array: "$path", "(1,2)", "@(...)"). */
static const char *ps_argument(struct imp *im, const char *p, const char **end)
{
	const char *e;

	p = imp_skip_ws(p);
	if (*p == '\0' || *p == '$' || *p == '(' || *p == '@' || *p == '[')
		return NULL;
	if (*p == '"' || *p == '\'') {
		if ((e = strchr(p + 1, *p)) == NULL || memchr(p + 1, '$', (size_t)(e - p - 1)) != NULL)
			return NULL;
		*end = e + 1;
		return imp_dupn(im, p + 1, (size_t)(e - p - 1));
	}
	for (e = p; *e != '\0' && !isspace((unsigned char)*e); e++)
		if (*e == ',' || *e == '$')
			return NULL;    /* "1,2": an array */
	*end = e;
	return imp_dupn(im, p, (size_t)(e - p));
}

/* The parameter named at p (after its '-'), n bytes, is one of names. */
static int param_is(const char *p, size_t n, const char *const *names)
{
	size_t i;

	for (i = 0; names[i] != NULL; i++)
		if (strlen(names[i]) == n && strncasecmp(p, names[i], n) == 0)
			return 1;
	return 0;
}

/* The command at text (one line, or the lines it runs over joined).  0
 * when text is no such command. */
static int parse_ps(struct imp *im, const char *text, struct ps_cmd *c)
{
	static const char *const paths[] = { "Path", "LiteralPath", NULL };
	static const char *const types[] = { "Type", "PropertyType", NULL };
	static const char *const switches[] = { "Force", "Recurse", "Confirm:$false", "WhatIf:$false", NULL };
	const char *p, *e, *sw, *arg;
	size_t sl;

	memset(c, 0, sizeof *c);
	if ((p = cmdlet_at(text, &c->verb)) == NULL)
		return 0;
	for (p = imp_skip_ws(p); *p != '\0' && !c->odd; p = imp_skip_ws(p)) {
		if (*p == '`') {        /* a line continued (joined already) */
			p++;
			continue;
		}
		if (*p == ';') {        /* the next command on the line */
			break;
		}
		if (*p != '-') {
			/* the path by position, first */
			if (c->path == NULL && (arg = ps_argument(im, p, &e)) != NULL) {
				c->path = arg;
				p = e;
			} else {
				c->odd = 1;
			}
			continue;
		}
		for (sw = ++p; *p != '\0' && !isspace((unsigned char)*p); p++)
			;
		sl = (size_t)(p - sw);
		if (param_is(sw, sl, switches))
			continue;
		if (sl == 11 && strncasecmp(sw, "ErrorAction", 11) == 0) {
			if (ps_argument(im, p, &e) == NULL)
				c->odd = 1;
			else
				p = e;
			continue;
		}
		if ((arg = ps_argument(im, p, &e)) == NULL) {
			c->odd = 1;
			break;
		}
		if (param_is(sw, sl, paths) && c->path == NULL)
			c->path = arg;
		else if (sl == 4 && strncasecmp(sw, "Name", 4) == 0)
			c->name = arg;
		else if (sl == 5 && strncasecmp(sw, "Value", 5) == 0)
			c->value = arg;
		else if (param_is(sw, sl, types))
			c->kind = arg;
		else
			c->odd = 1;
		p = e;
	}
	return c->path != NULL;
}

/* The provider's path as a key: "HKLM:\X" is HKEY_LOCAL_MACHINE\X,
 * "Registry::HKEY_LOCAL_MACHINE\X" the same; *user set for HKCU: (a
 * user's hive).  NULL when path names no registry key. */
static const char *provider_key(struct imp *im, const char *path, int *user)
{
	*user = 0;
	if (imp_starts_ci(path, "Registry::"))
		path += 10;
	if (imp_starts_ci(path, "HKLM:\\") || imp_starts_ci(path, "HKLM:/"))
		return imp_fmt(im, "HKEY_LOCAL_MACHINE\\%s", path + 6);
	if (imp_starts_ci(path, "HKCU:\\") || imp_starts_ci(path, "HKCU:/") || imp_starts_ci(path, "HKEY_CURRENT_USER\\")) {
		*user = 1;
		return path;
	}
	return imp_starts_ci(path, "HKEY_LOCAL_MACHINE\\") ? path : NULL;
}

/* The registry type the provider's kind writes, or NULL. */
static const char *kind_type(const char *kind)
{
	size_t i;

	for (i = 0; kind != NULL && i < sizeof kinds / sizeof kinds[0]; i++)
		if (strcasecmp(kind, kinds[i][0]) == 0)
			return kinds[i][1];
	return NULL;
}

/* A PowerShell command goes on after a backtick, its own line
 * continuation, and on a line that opens with a parameter (the print
 * wraps before one). */
static enum imp_join ps_goes_on(const struct kb_buf *b, const char *next, size_t line, size_t last)
{
	size_t l = imp_rtrim_len(b->p != NULL ? b->p : "", b->len);

	(void)line;
	(void)last;
	return (l > 0 && b->p[l - 1] == '`') || *next == '-' ? IMP_JOIN_SPACE : IMP_JOIN_STOP;
}

/* One command on lines n..last: its check and repair drafted, or a
 * review item when it cannot be read plainly. */
static void place_ps(struct imp *im, const struct ps_cmd *c, size_t n, size_t last)
{
	struct imp_at at = { .key_line = n, .key_last = n, .value_last = last, .repair = 1 };
	const char *key, *k, *type, *aside;
	int user;

	if ((key = provider_key(im, c->path, &user)) == NULL)
		return;
	if (user) {
		imp_review(im, n, T_CHECKS, 0,
			   imp_fmt(im, "the PowerShell command changes %s, a user's hive: kbwiz reads only machine hives; check it by hand",
				   c->path));
		return;
	}
	if ((k = imp_normal_key(im, key, n)) == NULL)
		k = key;
	if (imp_where_symptoms_are(im, n)) {
		imp_review(im, n, T_CHECKS, 0,
			   imp_fmt(im, "the PowerShell command on %s stands in the article's symptoms or cause (what was run when the problem shows), not as a change it asks for: add a check by hand if it matters",
				   k));
		return;
	}
	if ((aside = imp_command_aside(im, n)) != NULL) {
		imp_review(im, n, T_CHECKS, 0,
			   imp_fmt(im, "the PowerShell command on %s is led in to as an example or an undo ('%s'), not as the fix: add a check by hand if the rule needs it",
				   k, aside));
		return;
	}
	if (c->odd || imp_has_placeholder(k) || (c->name != NULL && imp_has_placeholder(c->name))) {
		imp_review(im, n, T_CHECKS, 0,
			   imp_fmt(im, "the PowerShell command on %s %s: write its check by hand", k,
				   c->odd ? "has parameters or arguments read by no guess (a variable, an array, a parameter the reader does not know)" :
					    "holds a placeholder"));
		return;
	}
	switch (c->verb) {
	case PS_NEW_ITEM:
	case PS_REMOVE_ITEM:
		imp_review(im, n, T_CHECKS, 0,
			   imp_fmt(im, "key %s is %s by a PowerShell command (%s): check it", k,
				   c->verb == PS_NEW_ITEM ? "made" : "deleted",
				   c->verb == PS_NEW_ITEM ? "New-Item" : "Remove-Item"));
		imp_add_check_at(im, &at, k, NULL, NULL, c->verb == PS_NEW_ITEM ? IE_EXISTS : IE_KEY_ABSENT, NULL, n);
		return;
	case PS_REMOVE_PROPERTY:
		if (c->name == NULL)
			break;
		imp_review(im, n, T_CHECKS, 0, "the deletion is read from a PowerShell command (Remove-ItemProperty): check it");
		imp_add_check_at(im, &at, k, c->name, NULL, IE_VALUE_ABSENT, NULL, n);
		return;
	case PS_SET:
	case PS_NEW_PROPERTY:
		if (c->name == NULL || c->value == NULL)
			break;
		if ((type = kind_type(c->kind)) == NULL || strcmp(type, "REG_MULTI_SZ") == 0 ||
		    strcmp(type, "REG_BINARY") == 0) {
			imp_review(im, n, T_CHECKS, 0,
				   imp_fmt(im, "value '%s' under %s: the PowerShell command %s: write its check by hand",
					   c->name, k,
					   c->kind == NULL ? "gives no kind of value (the value's own, or the provider's default for a new one)" :
					   type == NULL ? "gives a kind of value the registry provider does not name" :
							  "gives it several entries or bytes"));
			return;
		}
		if (imp_place_command_value(im, &at, k, c->name, type, c->value, n, last))
			imp_review(im, n, T_CHECKS, 0,
				   imp_fmt(im, "value '%s' is read from a PowerShell command (%s): check its name, type and data",
					   c->name, c->verb == PS_SET ? "Set-ItemProperty" : "New-ItemProperty"));
		return;
	}
	imp_review(im, n, T_CHECKS, 0,
		   imp_fmt(im, "the PowerShell command on %s names no value to %s: write its check by hand", k,
			   c->verb == PS_REMOVE_PROPERTY ? "delete" : "set"));
}

void imp_scan_ps_registry(struct imp *im)
{
	size_t n, last, m;
	struct ps_cmd c;

	for (n = im->a->body_first; n < im->a->body_end; n++) {
		struct kb_buf b = { 0 };
		if (im->used[n] || !imp_ps_command_line(im, n))
			continue;
		last = imp_command_text(im, n, n, ps_goes_on, &b);
		if (!b.oom && b.p != NULL && parse_ps(im, b.p, &c) && provider_key(im, c.path, &(int){ 0 }) != NULL) {
			place_ps(im, &c, n, last);
			/* (placed here: the key scanner passes a
			 * "Registry::HKEY_..." path by) */
			for (m = n; m <= last; m++)
				im->used[m] = IMP_USED_KEY;
			n = last;
		} else if (!b.oom && b.p != NULL && c.verb != PS_NEW_ITEM && c.verb != PS_REMOVE_ITEM) {
			/* "Set-ItemProperty -Path $key -Name X -Value 1": a
			 * property cmdlet (the registry's, mostly) on a path the
			 * command does not write out */
			imp_review(im, n, T_CHECKS, 0,
				   "a PowerShell command sets or deletes a property on a path it does not write out (a variable, or no registry drive): check whether it changes the registry, and write its check by hand");
		}
		kb_buf_free(&b);
	}
}
