/* kbimport_net.c: the review net's wider reading (kbimport_int.h).  What
 * kb_import_line_names_fact() knows (HKEY_*\ and HKLM\ paths, "Value
 * Name", REG_* types, "=dword:", "Event ID N", "STOP 0x") is what the
 * draft's own readers start from; the articles name keys, values, events
 * and codes in more ways than that, and a line in one of those forms that
 * no pass placed must still reach the review list (issue 14).  Only
 * review_unplaced() asks this: no fact is drafted from it, so a wider
 * reading here adds review items and never changes a check. */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "kbwiz/kbimport.h"
#include "kbimport_int.h"

/* ---- keys written without their root -------------------------------------- */

/* The first components of a path under HKEY_LOCAL_MACHINE when the root
 * is left out ("SYSTEM\CurrentControlSet\...", "SOFTWARE\Microsoft\...")
 * and of the kernel's own spelling of it ("\Registry\Machine\...", the
 * form REGINI scripts use).  Not SYSTEM, SECURITY or HARDWARE: articles
 * name folders so ("the Security\Mgrent directory", a Macintosh's
 * "System\Preferences"); a key under SYSTEM is known by its control set
 * (registry_component()) or by the word key after it. */
static const char *const hive_tops[] = { "SOFTWARE", "SAM", "Registry", NULL };

/* A component that only the registry has: CurrentControlSet, a numbered
 * ControlSet (ControlSet001), Windows' CurrentVersion (a user hive loaded
 * by hand: "TEMP\Software\Microsoft\Windows\CurrentVersion"), or a
 * service's Parameters key, also one of Exchange's named so
 * ("ParametersSystem", "ParametersPrivate"). */
static int registry_component(const char *c, size_t cl)
{
	if (imp_word_is(c, cl, "CurrentControlSet") || imp_word_is(c, cl, "Parameters") ||
	    imp_word_is(c, cl, "CurrentVersion") ||
	    (cl > 10 && strncmp(c, "Parameters", 10) == 0 && isupper((unsigned char)c[10])))
		return 1;
	return cl == 13 && strncasecmp(c, "ControlSet", 10) == 0 &&
	       strspn(c + 10, "0123456789") == 3;
}

/* The path token p (pl bytes, with at least one '\') is a registry path
 * written without its root.  A drive letter, an environment variable or
 * a UNC share opens a file path, which can hold a "System" folder. */
static int rootless_key(const char *p, size_t pl)
{
	const char *c = p, *end = p + pl;
	size_t i, n = 0;
	int first_top = 0;

	if (pl >= 2 && (p[1] == ':' || p[0] == '%' || (p[0] == '\\' && p[1] == '\\')))
		return 0;
	while (c < end) {
		const char *e;
		if (*c == '\\') {
			c++;
			continue;
		}
		e = memchr(c, '\\', (size_t)(end - c));
		if (e == NULL)
			e = end;
		/* "Tcpip\Parameters": not the first component, which can be a
		 * folder of that name */
		if (n > 0 && registry_component(c, (size_t)(e - c)))
			return 1;
		if (n == 0 && imp_word_is(c, (size_t)(e - c), "CurrentControlSet"))
			return 1;
		if (n == 0)
			for (i = 0; hive_tops[i] != NULL; i++)
				if (imp_word_is(c, (size_t)(e - c), hive_tops[i]))
					first_top = 1;
		if (n == 1 && first_top)
			return 1;
		n++;
		c = e;
	}
	return 0;
}

/* The path ending at e is a folder: "the \Software\Mssql directory". */
static int names_folder(const char *e)
{
	e = imp_skip_ws(e);
	return imp_starts_ci(e, "directory") || imp_starts_ci(e, "folder");
}

/* The path ending at e is called a key: "Delete the \System\DISK key". */
static int called_key(const char *e)
{
	e = imp_skip_ws(e);
	return (imp_starts_ci(e, "key") && !isalpha((unsigned char)e[3])) ||
	       (imp_starts_ci(e, "subkey") && !isalpha((unsigned char)e[6]));
}

/* A token of s (a run without spaces, quotes and brackets stripped) that
 * is a rootless registry path. */
static int names_rootless_key(const char *s)
{
	const char *p = s;

	while ((p = strchr(p, '\\')) != NULL) {
		const char *b = p, *e = p;
		while (b > s && !isspace((unsigned char)b[-1]) && !strchr("\"'([<", b[-1]))
			b--;
		while (*e != '\0' && !isspace((unsigned char)*e) && !strchr("\"')]>,;", *e))
			e++;
		if (rootless_key(b, (size_t)(e - b)) && !names_folder(e))
			return 1;
		/* not "the \HKEY_LOCAL_MACHINE subkey": a root alone names
		 * nothing; nor the IIS metabase's "LM\W3SVC\1 key" */
		if (called_key(e) && b[0] != '%' && (e - b < 2 || b[1] != ':') &&
		    imp_ci_find(b, "HKEY_") == NULL && !imp_starts_ci(b, "LM\\"))
			return 1;
		p = e;
	}
	return 0;
}

/* "HKEY_LOCAL_MACHINE \SOFTWARE\..." with a space before the first '\',
 * or a root alone on its line with the path on the next (a path wrapped
 * at its root: its review item goes on its first line). */
static int names_spaced_root(const struct imp *im, size_t n)
{
	const char *s = imp_line_at(im, n), *p, *t;

	for (p = s; (p = imp_ci_find(p, "HKEY_")) != NULL; p++) {
		const char *e = p + 5;
		while (isalpha((unsigned char)*e) || *e == '_')
			e++;
		t = imp_skip_ws(e);
		if (t > e && *t == '\\')
			return 1;
		if (*t == '\0' && n + 1 < im->a->body_end &&
		    *imp_skip_ws(imp_line_at(im, n + 1)) == '\\')
			return 1;
	}
	return 0;
}

/* ---- events and codes written other ways ---------------------------------- */

/* A run of digits at p (at most 5: an event ID or a Win32 error), not
 * part of a version, a size or a date ("event 3.5", "error 10MB"). */
static int id_number_at(const char *p)
{
	size_t d = strspn(p, "0123456789");

	if (d == 0 || d > 5)
		return 0;
	if (p[d] == '.' && isdigit((unsigned char)p[d + 1]))
		return 0;
	return !isalpha((unsigned char)p[d]) && p[d] != '/' && p[d] != '-' && p[d] != '%';
}

/* The word at p (wl long, in line s), then optional " ID", ":" or "=",
 * then a number: "event 1105", "Event: 9301", "EventID 46", "error 1069",
 * "error = 2", "error code 5", "an event ID of 3001". */
static int number_after_word(const char *s, const char *p, size_t wl, int id_word)
{
	const char *q = p + wl;
	size_t d;
	int comma, labelled_message = 0;

	/* not a constant's tail: ADS_SERVICE_ERROR = 8 */
	if (p > s && (isalnum((unsigned char)p[-1]) || p[-1] == '_'))
		return 0;
	if (id_word && (imp_starts_ci(q, " ID") || imp_starts_ci(q, "ID"))) {
		q += q[0] == ' ' ? 3 : 2;
		if (*q == 's' || *q == 'S')     /* "event IDs are 5000, 1120" */
			q++;
	} else if (!id_word) {
		/* "error code 5", "Error message # 1230", "OS error
		 * information = 5", "error number 3" */
		static const char *const labels[] = { " code", " messages", " message", " information",
						      " number", NULL };
		size_t i;
		for (i = 0; labels[i] != NULL; i++)
			if (imp_starts_ci(q, labels[i]) && !isalpha((unsigned char)q[strlen(labels[i])])) {
				labelled_message = strstr(labels[i], "message") != NULL;
				q += strlen(labels[i]);
				break;
			}
	}
	/* "an event ID of 3001", "error code of 5", "the event IDs are
	 * 5000" */
	if (q > p + wl && imp_starts_ci(q, " of "))
		q += 3;
	else if (id_word && q > p + wl && imp_starts_ci(q, " are "))
		q += 4;
	/* ("The following error, 1815, is generated": the number
	 * set off by commas both sides) */
	comma = !id_word && imp_skip_ws(q)[0] == ',';
	while (*q == ' ' || *q == ':' || *q == '=' || *q == '#' || (comma && *q == ','))
		q++;
	d = strspn(q, "0123456789");
	if (comma && q[d] != ',')
		return 0;
	/* ("Error Message 2", a numbered heading: a message's number
	 * has three digits or more; after "err", "OPEN (1, ERR=20,
	 * ...)" is a Fortran statement's label, "Open failed: Err=53,
	 * Desc=..." a code) */
	if (labelled_message && d < 3)
		return 0;
	if (wl == 3 && (q[d] == ',' || q[d] == ')') && !comma && memchr(s, '(', (size_t)(p - s)) != NULL)
		return 0;
	/* "error 0" is success, "Error 0: Adding ..." a step's count */
	return q > p + wl && id_number_at(q) && (id_word || strspn(q, "0") < d);
}

/* word, then a number (number_after_word()), anywhere on line s. */
static int word_then_number(const char *s, const char *word, int id_word)
{
	const char *p;
	size_t wl = strlen(word);

	if (imp_dir_listing_line(s))
		return 0;
	for (p = s; (p = imp_ci_find(p, word)) != NULL; p += wl)
		if (number_after_word(s, p, wl, id_word))
			return 1;
	return 0;
}

/* "error 1069", "Err=5": the words "error" and "err" then a number, found
 * in one search of line s (each search of every line with a digit costs
 * the whole archive's import about 1%). */
static int error_then_number(const char *s)
{
	const char *p;

	if (imp_dir_listing_line(s))
		return 0;
	for (p = s; (p = imp_ci_find(p, "err")) != NULL; p += 3)
		if (number_after_word(s, p, imp_starts_ci(p + 3, "or") ? 5 : 3, 0))
			return 1;
	return 0;
}

/* "failed, Win32 = 2": the Win32 error a Systems Management Server log
 * line ends with (not "Win32 3270 applet", a name). */
static int win32_field(const char *s)
{
	static const char *const spellings[] = { "Win32", "WIN32", NULL };
	const char *p, *q;
	size_t i;

	/* (as logs write it; strstr() is cheap on every line with a digit) */
	for (i = 0; spellings[i] != NULL; i++)
		for (p = s; (p = strstr(p, spellings[i])) != NULL; p += 5) {
			if (p > s && isalnum((unsigned char)p[-1]))
				continue;
			q = imp_skip_ws(p + 5);
			if (*q == '=' && id_number_at(imp_skip_ws(q + 1)))
				return 1;
		}
	return 0;
}

/* A number before the words "event ID": "many MTA 9406 and 9407 event
 * ID's", "the 7000 event ID". */
static int number_then_event_id(const char *s)
{
	const char *p, *d;

	/* (the two ways articles write it: a case-blind search of every
	 * line with a digit costs the whole archive's import a few per cent) */
	static const char *const spellings[] = { " event ID", " Event ID", NULL };
	size_t i;

	for (i = 0; spellings[i] != NULL; i++)
		for (p = s; (p = strstr(p, spellings[i])) != NULL; p++) {
			if (isalnum((unsigned char)p[9]) && p[9] != 's')
				continue;
			for (d = p; d > s && isdigit((unsigned char)d[-1]); d--)
				;
			if (d < p && (d == s || d[-1] == ' ') && id_number_at(d))
				return 1;
		}
	return 0;
}

/* "status message ID 2918", "Message ID: 2328 - SMS Distribution
 * Manager failed": a management product's numbered status message, which
 * its own console shows and no event log holds (labelling guide C21: a
 * person looks at it; 19 archive lines in 13 articles). */
static int status_message_id(const char *s)
{
	const char *p, *q;

	/* (a quick look first: the case-blind search costs every line) */
	if (strstr(s, "ID") == NULL && strstr(s, "id") == NULL && strstr(s, "Id") == NULL)
		return 0;
	for (p = s; (p = imp_ci_find(p, "message id")) != NULL; p += 10) {
		if (p > s && isalpha((unsigned char)p[-1]))
			continue;
		q = p + 10;
		while (*q == ' ' || *q == ':')
			q++;
		if (isdigit((unsigned char)*q) && id_number_at(q))
			return 1;
	}
	return 0;
}

/* A code of four or five digits between an article and the word error:
 * "you may receive a 2140 error", "logs a 1011 error", "the 3251 error
 * will be generated".  The archive writes it so on 41 articles' lines,
 * 24 of them neither drafted nor in review; some are a code the reader
 * sees, some an event's ID or a failure a procedure brings, so the net
 * sends them to a person rather than a reader drafting them.  Not three
 * digits: "a 404 error" is a web server's reply (labelling guide
 * section 3). */
static int number_then_error(const char *s)
{
	static const char *const arts[] = { "a ", "an ", "the ", NULL };
	const char *p, *d;
	size_t i;

	/* (a quick look first: the case-blind search costs every line) */
	if (strstr(s, "rror") == NULL && strstr(s, "RROR") == NULL)
		return 0;
	for (p = s; (p = imp_ci_find(p, " error")) != NULL; p++) {
		if (isalpha((unsigned char)p[6]) && !imp_starts_ci(p + 6, "s "))
			continue;
		for (d = p; d > s && isdigit((unsigned char)d[-1]); d--)
			;
		if (p - d < 4 || p - d > 5 || d == s || d[-1] != ' ')
			continue;
		for (i = 0; arts[i] != NULL; i++) {
			size_t al = strlen(arts[i]);
			if ((size_t)(d - s) >= al && strncasecmp(d - al, arts[i], al) == 0 &&
			    (d - al == s || !isalpha((unsigned char)*(d - al - 1))))
				return 1;
		}
	}
	return 0;
}

/* An event block's "ID: 46" line, the word Event left out. */
static int id_label_line(const char *s)
{
	const char *t = imp_skip_ws(s);

	if (!imp_starts_ci(t, "ID"))
		return 0;
	t = imp_skip_ws(t + 2);
	if (*t != ':')
		return 0;
	return id_number_at(imp_skip_ws(t + 1));
}

/* A catalogue's entry: "2000 (Success) DNS_BOOTFILE_BACKUP_MESSAGE", an
 * event ID then its type in brackets (labelling guide C6: review, one
 * line for each entry). */
static int catalogue_entry_line(const char *s)
{
	static const char *const types[] = { "(Error)", "(Warning)", "(Information)",
					     "(Informational)", "(Success)", "(Audit Success)",
					     "(Audit Failure)", NULL };
	const char *t = imp_skip_ws(s), *r;
	size_t i;

	if (!id_number_at(t))
		return 0;
	r = t + strspn(t, "0123456789");
	if (!isspace((unsigned char)*r))
		return 0;
	r = imp_skip_ws(r);
	for (i = 0; types[i] != NULL; i++)
		if (imp_starts_ci(r, types[i]))
			return 1;
	return 0;
}

/* A row of Event Viewer's list copied into the article: "MSExchangeMTA
 * Warning   Resource   9156", fields parted by two spaces or more, one of
 * them the event's type, the last its ID. */
static int event_list_row(const char *s)
{
	static const char *const types[] = { "Error", "Warning", "Information", "Success Audit", "Failure Audit",
					     NULL };
	const char *p = imp_skip_ws(s), *f[6];
	size_t fl[6], n = 0, i, j;
	int typed = 0;

	while (*p != '\0' && n < 6) {
		const char *e = p;
		while (*e != '\0' && !(e[0] == ' ' && e[1] == ' ') && *e != '\t')
			e++;
		f[n] = p;
		fl[n++] = (size_t)(e - p);
		p = imp_skip_ws(e);
	}
	if (*p != '\0' || n < 3 || n > 5 || fl[n - 1] == 0 || fl[n - 1] > 5 ||
	    strspn(f[n - 1], "0123456789") != fl[n - 1])
		return 0;
	for (i = 1; i + 1 < n; i++)
		for (j = 0; types[j] != NULL; j++)
			if (strlen(types[j]) == fl[i] && strncmp(f[i], types[j], fl[i]) == 0)
				typed = 1;
	return typed;
}

/* hex digits at p, exactly want of them, then no more hex or letters */
static int hex_run(const char *p, size_t want)
{
	size_t i;

	for (i = 0; i < want; i++)
		if (!isxdigit((unsigned char)p[i]))
			return 0;
	return !isalnum((unsigned char)p[want]) && p[want] != '_';
}

/* 8 hex digits at h shaped as a failure's code, not a bare bit mask
 * (0x80000000, 0xC0000000): 1 when they open 800 or C00 and, without
 * "0x" (with_0x 0), name the facility too (80070057, C0000005) or are
 * FACILITY_NULL's (80004005, 8000FFFF; not a register's 80000011); 2 for
 * any other written with "0x" and the severity bits of a failure
 * (0x80110401 COM+'s, 0xC8000228, 0xE0040013), which a kernel address
 * may be as well (0x801135D8, 0xE274317F); else 0. */
static int status_shaped(const char *h, int with_0x)
{
	int nt = h[0] == 'c' || h[0] == 'C';

	if (!hex_run(h, 8) || strspn(h + 3, "0") == 5)
		return 0;
	if ((h[0] == '8' || nt) && h[1] == '0' && h[2] == '0')
		return with_0x || nt || h[3] != '0' || h[4] != '0';
	return with_0x && (h[0] == '8' || nt || h[0] == 'e' || h[0] == 'E') ? 2 : 0;
}

/* The words of s before p, back to 40 characters, call what follows a
 * failure's code: "error 0xc8000235", "Supplied code <0xe160052a>",
 * "failure condition 0xe0040013" (what sets a code of status_shaped()'s
 * 2 apart from a kernel address). */
static int failure_words_before(const char *s, const char *p)
{
	/* whole words: "DecodeFrame", "ErrorHandler" in a stack's frame are
	 * no such words */
	static const char *const words[] = { "error", "errors", "code", "codes", "fail", "fails", "failed",
					     "failure", "status", "exception", "hresult", NULL };
	char buf[48];
	const char *b = p - s > 40 ? p - 40 : s;

	memcpy(buf, b, (size_t)(p - b));
	buf[p - b] = '\0';
	/* ("ExceptionAddress . . .0x801325ec") */
	if (imp_ci_find(buf, "address") != NULL)
		return 0;
	return imp_find_any_word(buf, words) != NULL;
}

/* p follows a register's name and '=': "ESI=c0001350", "cr0=80000011"
 * (but "Exception code=C0000005" names a code). */
static int after_register(const char *s, const char *p)
{
	const char *b = p - 1;

	if (p == s || *b != '=')
		return 0;
	while (b > s && isalnum((unsigned char)b[-1]))
		b--;
	return p - 1 - b <= 3;
}

/* The word before p is eight hex digits: "806d90f0 800bfde0". */
static int after_hex_word(const char *s, const char *p)
{
	const char *e = p;

	while (e > s && e[-1] == ' ')
		e--;
	return e - s >= 8 && e < p && hex_run(e - 8, 8) && (e - 8 == s || isspace((unsigned char)e[-9]));
}

/* The word before p says an address follows: "Address 80013693 has
 * base at 80010000". */
static int after_address_word(const char *s, const char *p)
{
	const char *e, *b = imp_word_before(s, p, IMP_WORD_LETTERS, &e);

	return (e - b == 7 && strncasecmp(b, "address", 7) == 0) ||
	       (e - b == 2 && strncasecmp(b, "at", 2) == 0);
}

/* An HRESULT or NTSTATUS (status_shaped()): 0x80070005, 0x80110401,
 * 0xC0000244, or bare 80004005, C0000005.  Addresses in kernel dumps,
 * written bare, open 80 too, but not 800: the kernel loads above
 * 0x80100000. */
static int names_status_code(const char *s)
{
	const char *p;
	int shape;

	/* a bare code read here opens 800 or C00, one with 0x has "0x"; a
	 * #define's number is a constant (labelling guide section 3) */
	if ((strstr(s, "00") == NULL && strstr(s, "0x") == NULL && strstr(s, "0X") == NULL) ||
	    strstr(s, "#define") != NULL)
		return 0;
	for (p = s; *p != '\0'; p++) {
		const char *h = p;
		if (p > s && (isalnum((unsigned char)p[-1]) || p[-1] == '_'))
			continue;
		if (h[0] == '0' && (h[1] == 'x' || h[1] == 'X'))
			h += 2;
		if ((shape = status_shaped(h, h > p)) == 0 || (shape == 2 && !failure_words_before(s, p)))
			continue;
		/* a bare one after ':' is a segment's offset (0028:C003C47C),
		 * after "ESI=" a register's content, after another word of
		 * eight hex digits a word of a dump (guide C16: not a code
		 * unless the article calls it one) */
		if ((h == p && p > s && (p[-1] == ':' || after_register(s, p) || after_hex_word(s, p))) ||
		    after_address_word(s, p))
			continue;
		return 1;
	}
	return 0;
}

/* A number at p as a code is written: decimal (a minus allowed, JET's
 * "-1003"), or 0x and hex digits, maybe in quotes; its end, or NULL. */
static const char *code_number_at(const char *p)
{
	size_t d;

	if (*p == '"')
		p++;
	if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X') && isxdigit((unsigned char)p[2])) {
		d = 2 + strspn(p + 2, "0123456789abcdefABCDEF");
		return isalnum((unsigned char)p[d]) || p[d] == '_' ? NULL : p + d;
	}
	if (*p == '-')
		p++;
	d = strspn(p, "0123456789");
	if (d == 0 || d > 10 || isalpha((unsigned char)p[d]) || p[d] == '_' || p[d] == '%' ||
	    (p[d] == '.' && isdigit((unsigned char)p[d + 1])))
		return NULL;
	return p + d;
}

/* The number code_number_at() read at p is zero ("code 0", "0x0"): a
 * success, no failure's code. */
static int zero_number(const char *p)
{
	if (*p == '"')
		p++;
	if (*p == '-')
		p++;
	if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X'))
		return strspn(p + 2, "0") == strspn(p + 2, "0123456789abcdefABCDEF");
	return strspn(p, "0") == strspn(p, "0123456789");
}

/* After a number's end e, a word that counts what the number is ("returns
 * 4096 rows", "code 3 times"): a size or a count, no code
 * (kbimport_int.h). */
int imp_counted_after(const char *e)
{
	static const char *const units[] = { "bytes", "byte", "rows", "row", "characters", "pages", "times",
					     "seconds", "records", "lines", "items", "entries", "KB", "MB", "sectors",
					     NULL };
	const char *w = e;

	if (*w == '"')
		w++;
	return *w == ' ' && imp_starts_any_word(imp_skip_ws(w), units) > 0;
}

/* "exit code 65", "Reason code is 288", "(socket code 10053)", "system
 * error code(1157)", "Code=0x887600de", "Loadlibrary returned 126",
 * "returns \"1\"": the word code, or a call's returned value, then a
 * number; the labels find a code there often enough that a line no
 * reader placed is a person's to judge (40 archive lines of the labelled
 * sets' misses were in no review item).  Not "code page 437", a version,
 * a percentage (code_number_at()) or a count ("returns 4096 rows":
 * imp_counted_after()). */
static int code_word_then_number(const char *s)
{
	static const char *const words[] = { "code", "returned", "returns", NULL };
	static const char *const joins[] = { " is ", " of ", " was ", " = ", "=", ": ", ":", " (", "(", " ", NULL };
	const char *p, *q, *e;
	size_t i, j, wl;

	/* (a quick look first: the case-blind search costs every line with a
	 * digit) */
	if (strstr(s, "ode") == NULL && strstr(s, "ODE") == NULL && strstr(s, "eturn") == NULL &&
	    strstr(s, "ETURN") == NULL)
		return 0;
	for (i = 0; words[i] != NULL; i++) {
		wl = strlen(words[i]);
		for (p = s; (p = imp_ci_find(p, words[i])) != NULL; p += wl) {
			if ((p > s && (isalnum((unsigned char)p[-1]) || p[-1] == '_')) || isalnum((unsigned char)p[wl]))
				continue;
			for (j = 0; joins[j] != NULL; j++)
				if (strncmp(p + wl, joins[j], strlen(joins[j])) == 0)
					break;
			if (joins[j] == NULL)
				continue;
			/* ("Failure Code:           5", a report's column) */
			q = imp_skip_ws(p + wl + strlen(joins[j]));
			if ((e = code_number_at(q)) != NULL && !imp_counted_after(e) && !zero_number(q))
				return 1;
		}
	}
	return 0;
}

/* A constant of the Windows programming interface that is no error's:
 * a window message, a style, a flag, a limit (its prefix says). */
static int interface_constant(const char *b)
{
	static const char *const prefixes[] = { "WM_", "SW_", "WS_", "MAX_", "VK_", "CS_", "MF_", "LB_", "CB_",
						"EM_", "BM_", "SM_", "GWL_", "IDC_", "IDM_", "MB_", "SC_",
						"FILE_ATTRIBUTE_", "GENERIC_", NULL };

	return imp_opens_with(b, prefixes);
}

/* An error's constant beside its number: "LUA_DATA_TRUNCATED
 * (0x00000003)", "CM_PRODUCT_SPECIFIC_ERROR (20)", "0x57
 * (ERROR_INVALID_PARAMETER)", "0x0000007B  INACCESSIBLE_BOOT_DEVICE",
 * "128L ERROR_WAIT_NO_CHILDREN": a name of capitals in two parts or more
 * joined by '_' (the headers' spelling), the number in brackets after it
 * or before it.  Not a #define, whose number is a constant's value
 * (labelling guide section 3), nor a directory listing's file. */
static int constant_beside_number(const char *s)
{
	const char *p, *e, *q;

	if (strchr(s, '_') == NULL || strstr(s, "#define") != NULL || imp_dir_listing_line(s))
		return 0;
	for (p = s; (p = strchr(p, '_')) != NULL; p = e) {
		const char *b = p;
		int parts = 1;
		while (b > s && (isupper((unsigned char)b[-1]) || isdigit((unsigned char)b[-1]) || b[-1] == '_'))
			b--;
		for (e = b; isupper((unsigned char)*e) || isdigit((unsigned char)*e) || *e == '_'; e++)
			parts += *e == '_';
		/* (not a file's name: "WI_ARROW.CUR"; not a window's message, a
		 * style or a limit: "WM_USER (0x0400)", "MAX_PATH (260)") */
		if (e - b < 6 || parts < 2 || !isupper((unsigned char)*b) || isalnum((unsigned char)*e) || *e == '.' ||
		    interface_constant(b) ||
		    (b > s && (isalnum((unsigned char)b[-1]) || b[-1] == '\\')))
			continue;
		/* after: " (20)", " (0x00000003)"; not a macro's call,
		 * "ALT_MSG_MAP(1)" */
		q = imp_skip_ws(e);
		if (q > e && *q == '(' && (q = code_number_at(q + 1)) != NULL && *q == ')')
			return 1;
		/* before: "0x57 (", "0x0000007B  ", "128L " */
		q = b;
		if (q > s && q[-1] == '(')
			q--;
		while (q > s && q[-1] == ' ')
			q--;
		if (q > s && (q[-1] == 'L' || q[-1] == 'l') && q - 1 > s && isdigit((unsigned char)q[-2]))
			q--;
		while (q > s && isxdigit((unsigned char)q[-1]))
			q--;
		if (q > s + 1 && (q[-1] == 'x' || q[-1] == 'X') && q[-2] == '0')
			q -= 2;
		/* (a C long's "128L" is the number 128) */
		if (q < b && (q == s || q[-1] == ' ' || q[-1] == '\t') && isdigit((unsigned char)*q) &&
		    (code_number_at(q) != NULL || toupper((unsigned char)q[strspn(q, "0123456789")]) == 'L'))
			return 1;
	}
	return 0;
}

/* ---- values named by a label, a .reg line or Name=data --------------------- */

/* A value's name as the articles write one: a letter, then letters,
 * digits and underscores, with a capital after the first letter, a digit
 * or an underscore somewhere ("MaxCacheTtl", "Subnet_Mask", "Line1"), and
 * a small letter: YES, ON and xxxxx are data. */
static int name_shaped(const char *w, size_t wl)
{
	size_t i;
	int lower = 0, shape = 0;

	if (wl < 2 || !isalpha((unsigned char)w[0]))
		return 0;
	for (i = 0; i < wl; i++) {
		unsigned char c = (unsigned char)w[i];
		if (!isalnum(c) && c != '_')
			return 0;
		lower |= islower(c) != 0;
		shape |= (i > 0 && isupper(c)) || isdigit(c) || c == '_';
	}
	return lower && shape;
}

/* Labels that name a key or a value in a parameter listing ("Key:
 * Tcpip\Parameters", "Entry: MaxGlobalOpenSearch", "Parameter:
 * CapPercentsAt100") or Regedt32's menu command as a label over what it
 * adds ("Add Value: "EventLog""; not "New Value:", which labels new
 * data); "Value:" last, as it labels data just as often and names a value
 * only when what follows is shaped like a name. */
static const char *const name_labels[] = { "Registry value", "Registry key", "Value name",
					   "Key name", "Subkey", "Key", "Entry", "Parameter", "Add Value",
					   "Add Key", "Value", NULL };

static int names_by_label(const char *s)
{
	const char *t = imp_skip_ws(s), *r, *e;
	size_t i, ll;

	/* '" Key Name: S36' / 'Class:" (without the quotation marks)': the
	 * dialog's lines quoted as a block */
	if (*t == '"')
		t = imp_skip_ws(t + 1);
	/* ("Add Value: "EventLog"": Regedt32's menu command as a label over
	 * the value it adds) */
	if (strchr("RrVvKkSsEeAaPp", *t) == NULL || *t == '\0')
		return 0;
	for (i = 0; name_labels[i] != NULL; i++)
		if (imp_starts_ci(t, name_labels[i]))
			break;
	if (name_labels[i] == NULL)
		return 0;
	ll = strlen(name_labels[i]);
	r = imp_skip_ws(t + ll);
	if (*r != ':')
		return 0;
	r = imp_skip_ws(r + 1);
	e = r + imp_rtrim_len(r, strlen(r));
	/* a file ("Key: C:\...") or a table's header ("Entry: Description:") */
	if (r == e || memchr(r, ':', (size_t)(e - r)) != NULL || memchr(r, '=', (size_t)(e - r)) != NULL)
		return 0;
	/* "Parameter: [L] - length": a protocol's field, not a value; its
	 * first word must be shaped like a name ("Parameter:
	 * KeepAliveCount.)") */
	if (strcmp(name_labels[i], "Parameter") == 0) {
		const char *w = r;
		while (isalnum((unsigned char)*w) || *w == '_')
			w++;
		return name_shaped(r, (size_t)(w - r));
	}
	if (strcmp(name_labels[i], "Value") != 0)
		return 1;
	return name_shaped(r, (size_t)(e - r));
}

const char *imp_regedit_value_data(const char *s)
{
	const char *t = imp_skip_ws(s), *q;

	if (*t == '@')
		q = t + 1;
	else if (*t == '"' && (q = strchr(t + 1, '"')) != NULL && q > t + 1)
		q++;
	else
		return NULL;
	q = imp_skip_ws(q);
	if (*q != '=')
		return NULL;
	return imp_skip_ws(q + 1);
}

/* A REGEDIT line: "Name"="data", "Name"=dword:..., "Name"=hex..., "Name"=-
 * or @="data". */
static int regedit_value_line(const char *s)
{
	const char *q = imp_regedit_value_data(s);

	return q != NULL && (*q == '"' || *q == '-' || imp_starts_ci(q, "dword:") || imp_starts_ci(q, "hex"));
}

/* The REGEDIT line n sits under a [HKEY_...] header: only blank lines,
 * other .reg lines and wrapped parts of them lie between. */
static int under_reg_header(const struct imp *im, size_t n)
{
	size_t i, floor = n > im->a->body_first + 300 ? n - 300 : im->a->body_first;

	for (i = n; i > floor; i--) {
		const char *t = imp_skip_ws(imp_line_at(im, i - 1));
		if (*t == '[')
			return imp_starts_ci(t, "[HKEY_") || imp_starts_ci(t, "[-HKEY_") ||
			       imp_starts_ci(t, "[HKLM");
		if (*t != '\0' && *t != '"' && *t != '@' && *t != '\\')
			return 0;
	}
	return 0;
}

/* "DlcT1Timer=0x5" at t: a capitalised name, '=' and data with no space;
 * its end, or NULL.  Program code assigns the same way ("lnResult=
 * RegOpenKeyEx(;", "hot_key=0;"): a call, a statement's end or a list is
 * not data. */
static const char *name_data_at(const char *t)
{
	const char *e = t;

	while (isalnum((unsigned char)*e) || *e == '_')
		e++;
	if (e - t < 2 || !isupper((unsigned char)*t) || *e != '=')
		return NULL;
	e++;
	if (*e == '\0' || *e == '=' || isspace((unsigned char)*e))
		return NULL;
	while (*e != '\0' && !isspace((unsigned char)*e) && !strchr("(;,<+", *e))
		e++;
	return *e == '\0' || isspace((unsigned char)*e) ? e : NULL;
}

/* "Database Name        =   "D:\mastvc.mdb"", "C:\MVC\MASTERVC.EXE = """,
 * ""Media Path"   =   """: a listing's name of one to four words (in
 * quotes or not), spaces round the '=', and data in quotes that end the
 * line (a setup script's or a tool's listing of the values it writes);
 * program code quotes the same way only after a name with no space in it
 * and ends on ';' or ')'. */
static int spaced_quoted_value_line(const char *s)
{
	const char *t = imp_skip_ws(s), *eq = strchr(t, '='), *name_end, *q, *e;
	size_t words = 0, l;

	if (eq == NULL || eq == t || eq[-1] != ' ' || eq[1] != ' ')
		return 0;
	name_end = eq;
	/* ("\"Database Name\"  =  \"\"": the name in quotes too) */
	if (*t == '"' && (q = strchr(t + 1, '"')) != NULL && q > t + 1 && imp_skip_ws(q + 1) == eq) {
		t++;
		name_end = q;
	} else if (!isalnum((unsigned char)*t)) {
		return 0;
	}
	for (q = t; q < name_end; q++) {
		if (*q == '"' || *q == '(' || *q == ';')
			return 0;
		if (*q != ' ' && (q == t || q[-1] == ' '))
			words++;
	}
	q = imp_skip_ws(eq + 1);
	l = imp_rtrim_len(q, strlen(q));
	if (words == 0 || words > 4 || l < 2 || *q != '"' || q[l - 1] != '"')
		return 0;
	e = memchr(q + 1, '"', l - 1);
	return e == q + l - 1;
}

/* The block of spaced_quoted_value_line()s holding line n sits right
 * under a key's path (its line, or the path's first line when it wraps
 * onto the next: "HKEY_LOCAL_MACHINE\...\Uninstall\" / "MasterVC4"),
 * blank lines between; program code assigns the same way under code. */
static int under_key_path(const struct imp *im, size_t n)
{
	size_t i = n, k;

	while (i > im->a->body_first && n - i < 40 &&
	       (imp_blank(imp_line_at(im, i - 1)) || spaced_quoted_value_line(imp_line_at(im, i - 1))))
		i--;
	for (k = i; k > im->a->body_first && k + 2 > i; k--) {
		const char *a = imp_skip_ws(imp_line_at(im, k - 1));
		if (imp_blank(a))
			return 0;
		/* the path alone on its line, not a comment or a call that
		 * names a root */
		if (imp_starts_ci(a, "HKEY_") || imp_starts_ci(a, "HKLM\\"))
			return strchr(a, '\\') != NULL && strpbrk(a, "=(\"'") == NULL;
	}
	return 0;
}

/* A line that is one Name=data and nothing else, the name not all
 * capitals (KEY=0, FILES=30: program and CONFIG.SYS lines). */
static int name_data_line(const char *s)
{
	const char *t = imp_skip_ws(s), *e = name_data_at(t), *p;

	if (e == NULL || *imp_skip_ws(e) != '\0')
		return 0;
	for (p = t; *p != '='; p++)
		if (islower((unsigned char)*p))
			return 1;
	return 0;
}

/* "set SupportBurst=0 in the following Registry key:", "add the
 * ExportFrob=0 string value": a Name=data shaped as a value's name
 * (name_shaped()) in a sentence about the registry, or with a value's type. */
static int name_data_in_registry_sentence(const char *s)
{
	const char *p, *e;
	size_t tl;

	if (strchr(s, '=') == NULL)
		return 0;
	for (p = s; *p != '\0'; p++) {
		const char *eq;
		if ((p > s && !isspace((unsigned char)p[-1])) || (e = name_data_at(p)) == NULL)
			continue;
		eq = strchr(p, '=');
		if (!name_shaped(p, (size_t)(eq - p)))
			continue;
		/* "add the ExportFrob=0 string value to the registry": the
		 * words after it give a value's type (the line may break
		 * before "value"); not "the Frob=1 entry", which an .ini
		 * file has too */
		e = imp_skip_ws(e);
		if (imp_has_word(s, "registry") ||
		    (imp_type_word_at(e, &tl) != NULL && (imp_blank(e + tl) || imp_starts_word(imp_skip_ws(e + tl), "value"))))
			return 1;
	}
	return 0;
}

/* The lines just above a block of Name=data lines say they are registry
 * entries ("The Options subkey contains the following entries", a key's
 * path) and not lines of an .ini file. */
static int lead_in_names_registry(const struct imp *im, size_t n)
{
	size_t i = n, seen = 0;
	int registry = 0;

	while (i > im->a->body_first && (name_data_line(imp_line_at(im, i - 1)) ||
					 imp_blank(imp_line_at(im, i - 1))) && n - i < 40)
		i--;
	for (; i > im->a->body_first && seen < 3; i--, seen++) {
		const char *a = imp_line_at(im, i - 1);
		if (imp_blank(a))
			break;
		/* an .ini file's lines, or a setup script's "Key Type=1536" */
		if (imp_ci_find(a, ".ini") != NULL || imp_ci_find(a, "section") != NULL ||
		    strchr(a, '=') != NULL)
			return 0;
		/* not the word "key" alone: articles call a .DEP file's
		 * "Date=" line a key too */
		registry |= imp_has_word(a, "registry") || imp_has_word(a, "subkey") ||
			    imp_ci_find(a, "REG_") != NULL || imp_ci_find(a, "HKEY_") != NULL ||
			    names_rootless_key(a);
	}
	return registry;
}

/* ---- a value named in a sentence by one plain word ------------------------- */

/* Words that stand before "value" in sentences about data, not names:
 * "the Maximum value", "the Return value", "the Text entry". */
static const char *const data_words[] = { "Maximum", "Minimum", "Initial", "Current", "Original",
					  "Return", "Numeric", "Boolean", "Integer", "Text", "Date",
					  "Time", "True", "False", "Null", "Empty", "Name", "Type",
					  "Property", "Field", "Cell", "Column", "Row", "Item", "List",
					  "Index", "Object", "Variable", "Setting", "Parameter",
					  /* menu commands: "the Add Value option" */
					  "Add", "Edit", "Modify", "Confirm", "Rename", NULL };

/* The noun ending at e names a window or a menu item, not a value: "the
 * Confirm Value Delete dialog box", "the Add Value option". */
static int window_after(const char *e)
{
	static const char *const words[] = { "dialog", "option", "command", "button", "menu",
					     "box", "tab", "window", NULL };
	size_t i;

	if (*e != ' ')
		return 0;
	e++;
	if (isupper((unsigned char)*e))
		return 1;
	for (i = 0; words[i] != NULL; i++)
		if (imp_starts_ci(e, words[i]))
			return 1;
	return 0;
}

static int data_word(const char *w, size_t wl)
{
	size_t i;

	for (i = 0; data_words[i] != NULL; i++)
		if (imp_word_is(w, wl, data_words[i]))
			return 1;
	return imp_not_a_name(w, wl);
}

/* "Double-click the Start value", "add the Domain string value", "the
 * Logging parameter", "The Diagnostics subkey contains": "the", one
 * capitalised word, an optional type word, then value, entry, parameter
 * or subkey (not "key": "the Enter key", "the F8 key").  kbimport_named.c
 * reads the names shaped like one (AuditLevel); a plain word is a name
 * only where the registry is spoken of (registry_near()). */
static int names_plain_word_value(const char *s)
{
	static const char *const nouns[] = { " value", " entry", " parameter", " subkey", NULL };
	static const char *const types[] = { " string", " DWORD", " binary", NULL };
	const char *p, *e, *b, *noun;
	size_t i, nl;

	/* one pass over the line's spaces, the noun picked by its first
	 * letter: this runs on every line no pass placed */
	for (p = s; *p != '\0'; p++) {
		int c = p[1] | 0x20;
		if (*p != ' ')
			continue;
		noun = c == 'v' ? nouns[0] : c == 'e' ? nouns[1] : c == 'p' ? nouns[2] : c == 's' ? nouns[3] : NULL;
		if (noun == NULL || !imp_starts_ci(p, noun))
			continue;
		nl = strlen(noun);
		if (isalpha((unsigned char)p[nl]) || window_after(p + nl))
			continue;
		e = p;
		for (i = 0; types[i] != NULL; i++)
			if ((size_t)(e - s) > strlen(types[i]) &&
			    strncasecmp(e - strlen(types[i]), types[i], strlen(types[i])) == 0)
				e -= strlen(types[i]);
		for (b = e; b > s && isalnum((unsigned char)b[-1]); b--)
			;
		if (e - b < 2 || !isupper((unsigned char)*b) || data_word(b, (size_t)(e - b)))
			continue;
		if (b - s >= 4 && strncasecmp(b - 4, "the ", 4) == 0 &&
		    (b - s == 4 || !isalpha((unsigned char)b[-5])))
			return 1;
	}
	return 0;
}

/* The name after a noun at q ("PreloadDlls", "\"Filename\""): a capital,
 * then letters, digits or underscores with a small letter among them. */
static int name_follows(const char *q)
{
	const char *e;
	int lower = 0;

	q = imp_skip_ws(q);
	if (*q == '"')
		q++;
	if (!isupper((unsigned char)*q))
		return 0;
	for (e = q; isalnum((unsigned char)*e) || *e == '_'; e++)
		lower |= islower((unsigned char)*e) != 0;
	return e - q >= 2 && lower && !data_word(q, (size_t)(e - q));
}

/* "the registry entry RefusePasswordChange", "a registry value called
 * PreloadDlls": 2; "a value named ArpCacheSize", "a new key named
 * Properties", the word registry not before it: 1 (the caller looks for
 * the registry nearby); else 0.  The noun, optionally "called" or "named"
 * (for a key or a subkey, not optionally), then the name. */
static int names_value_after_noun(const char *s)
{
	const char *p;
	size_t nl;
	int found = 0;

	/* one pass over the line's spaces, as in names_plain_word_value(),
	 * the noun picked by its first letter */
	for (p = s; *p != '\0' && found < 2; p++) {
		const char *q, *noun;
		int c = p[1] | 0x20, named, registry;
		if (*p != ' ')
			continue;
		noun = c == 'v' ? " value" : c == 'e' ? " entry" : c == 'p' ? " parameter" :
		       c == 's' ? (imp_starts_ci(p, " subkey") ? " subkey" : " setting") : c == 'k' ? " key" : NULL;
		if (noun == NULL || !imp_starts_ci(p, noun))
			continue;
		nl = strlen(noun);
		if (isalpha((unsigned char)p[nl]))
			continue;
		q = p + nl;
		/* "Highlight the value: FixedWidthFont", "Remove the entry:
		 * NetworkNumber" (not a block's label, "Value: Yes") */
		if (*q == ':' && (noun[1] == 'v' || noun[1] == 'e') && name_follows(q + 1) &&
		    ((p - s >= 4 && strncasecmp(p - 4, " the", 4) == 0) ||
		     (p - s >= 10 && strncasecmp(p - 10, " following", 10) == 0))) {
			found = p - s >= 8 && strncasecmp(p - 8, "registry", 8) == 0 ? 2 : 1;
			continue;
		}
		named = imp_starts_ci(q, " called ") || imp_starts_ci(q, " named ");
		if (named)
			q += q[1] == 'c' || q[1] == 'C' ? 7 : 6;
		/* "create a new key named Properties": a key only when named
		 * so ("the Enter key" names none) */
		if (!named && (strcmp(noun, " key") == 0 || strcmp(noun, " subkey") == 0))
			continue;
		registry = p - s >= 8 && strncasecmp(p - 8, "registry", 8) == 0;
		/* "Edit the value Userinit and add ...": the noun after "the",
		 * the name right after it (the registry looked for nearby) */
		if (!named && !registry && noun[1] == 'v' && p - s >= 3 && strncasecmp(p - 3, "the", 3) == 0 &&
		    (p - s == 3 || !isalpha((unsigned char)p[-4])) && islower((unsigned char)p[1]) &&
		    name_follows(q)) {
			found = 1;
			continue;
		}
		/* "the Registry Value Permissions dialog box": a title */
		if ((!named && (!registry || isupper((unsigned char)p[1]))) || !name_follows(q))
			continue;
		found = registry ? 2 : 1;
	}
	return found;
}

/* Lines n-3 .. n+2 speak of the registry, or of Registry Editor's own
 * commands and boxes ("click New, and then DWORD Value", "click Add
 * Key", "In Edit String, delete the data under Value data").  Not the
 * dialog boxes' titles ("the Edit Binary Value dialog box"): a step
 * naming one reads the value named in its own line, and prose two lines
 * under it may be about something else. */
static int registry_near(const struct imp *im, size_t n)
{
	static const char *const cues[] = { "registry", "regedt32", "regedit", "subkey", "HKEY_",
					    "Value data", NULL };
	/* written as the editor's menus and boxes write them, whole words
	 * (not "the CString value", "TitleString value") */
	static const char *const commands[] = { "DWORD Value", "DWORD (32-bit) Value", "QWORD (64-bit) Value",
						"String Value", "Add Value", "Add Key", "Key Name", "Value Name", NULL };
	size_t i = n > im->a->body_first + 3 ? n - 3 : im->a->body_first, k;

	for (; i < n + 3 && i < im->a->body_end; i++) {
		const char *a = imp_line_at(im, i), *p;
		if (imp_cue_in(a, cues) != NULL || strstr(a, "REG_") != NULL)
			return 1;
		for (k = 0; commands[k] != NULL; k++)
			for (p = a; (p = strstr(p, commands[k])) != NULL; p++)
				if (p == a || !isalnum((unsigned char)p[-1]))
					return 1;
	}
	return 0;
}

/* Registry Editor's Modify command in s ("click Modify", "choose
 * Modify", "select Modify"), or NULL. */
static const char *modify_command(const char *s)
{
	static const char *const verbs[] = { "click Modify", "choose Modify", "select Modify", NULL };
	const char *p, *best = NULL;
	size_t i;

	for (i = 0; verbs[i] != NULL; i++)
		if ((p = imp_ci_find(s, verbs[i])) != NULL && (best == NULL || p < best))
			best = p;
	return best;
}

/* After a double-click's object at e (its first word's end): up to two
 * more capitalised words, then a comma and the box of the value's editor
 * ("in the String box", "in the Value data box", "In Edit String"), on
 * this line or the next. */
static int edited_after_click(const char *e, const char *next)
{
	static const char *const boxes[] = { "String box", "Value data", "DWORD box", "Edit String", "Edit DWORD",
					     "Data box", NULL };
	const char *q = e, *w;
	int words = 0;

	while (*q == ' ' && isupper((unsigned char)q[1]) && words < 2) {
		for (w = q + 1; isalnum((unsigned char)*w) || *w == '_'; w++)
			;
		q = w;
		words++;
	}
	if (*q != ',')
		return 0;
	q = imp_skip_ws(q + 1);
	if (!imp_starts_ci(q, "in "))
		return 0;
	return imp_cue_in(q, boxes) != NULL || (strlen(q) < 40 && imp_cue_in(next, boxes) != NULL);
}

/* "using the right mouse button, click FlowControl_Hard, and then click
 * Modify", "Double-click FrobSpeedLimit": Registry Editor's commands on a
 * value, the name shaped like one (name_shaped()) right after the click.
 * A plain click names one only with Modify after it in the same
 * sentence (on this line or, when the sentence goes on, the next): a
 * click alone selects a key, a button or a tab as often.  The caller
 * looks for the registry nearby. */
static int names_clicked_value(const char *s, const char *next)
{
	const char *p, *e, *pane;

	for (p = s; (p = imp_ci_find(p, "click ")) != NULL; p += 6) {
		int dbl = p - s >= 7 && strncasecmp(p - 7, "double-", 7) == 0;
		const char *q = p + 6, *stop;
		if (p > s && isalpha((unsigned char)p[-1]))
			continue;
		/* "Right click on DirectHost and choose Modify" */
		if (imp_starts_ci(q, "on "))
			q += 3;
		for (e = q; isalnum((unsigned char)*e) || *e == '_'; e++)
			;
		/* "Double-click Content Type, in the String box, type ...": a
		 * name of plain words, the value's editor box after it */
		if (dbl && isupper((unsigned char)*q) && !name_shaped(q, (size_t)(e - q)) &&
		    edited_after_click(e, next))
			return 1;
		/* "Double-click MSWLess.reg": a file */
		if (!name_shaped(q, (size_t)(e - q)) || data_word(q, (size_t)(e - q)) ||
		    (*e == '.' && isalpha((unsigned char)e[1])))
			continue;
		/* "In the right pane, click TcpPort": the right pane lists a
		 * key's values */
		if (dbl)
			return 1;
		if ((pane = imp_ci_find(s, "right pane")) == NULL)
			pane = imp_ci_find(s, "right-hand pane");
		if (pane != NULL && pane < p)
			return 1;
		/* "..., and then click Modify", this sentence only */
		stop = strchr(e, '.');
		p = modify_command(e);
		if (p != NULL && (stop == NULL || p < stop))
			return 1;
		if (stop == NULL && (p = modify_command(next)) != NULL &&
		    ((stop = strchr(next, '.')) == NULL || p < stop))
			return 1;
		p = e - 6;
	}
	return 0;
}

/* A name typed in a step: '"SSIEnableCmdDirective" (without the quotation
 * marks)', "Type DirectHost and press ENTER" (after New, String Value),
 * the name shaped like one (name_shaped(): typed data, "1" or "ON", is
 * not; nor Registry Editor's own, "regedt32"); or typed into the Add Key
 * dialog's box ("In the Key Name box, type "Lana""), whatever the name.
 * The caller looks for the registry nearby. */
static int names_typed_name(const char *s)
{
	/* where a program's or a file's name is typed: "In the Open box,
	 * type "regedt32"", "At a command prompt, type Regedt32", "save the
	 * file as "HKCUload"" */
	static const char *const elsewhere[] = { "Open box", "click Run", "command prompt", "Command Line",
						 "file as", NULL };
	const char *p, *e;
	int found = 0;

	/* (this runs on every line no pass placed: the cheap tests first,
	 * the words around a candidate only once one is found) */
	if (((p = strstr(s, "Key Name")) != NULL || (p = strstr(s, "Key name")) != NULL ||
	     (p = strstr(s, "key name")) != NULL) &&
	    (imp_starts_ci(p + 8, " box") || imp_starts_ci(p + 8, " text box") || imp_starts_ci(p + 8, " field")))
		return 1;
	for (p = s; !found && (p = strchr(p, '"')) != NULL; p = e + 1) {
		if ((e = strchr(p + 1, '"')) == NULL)
			break;
		found = name_shaped(p + 1, (size_t)(e - p - 1)) && !data_word(p + 1, (size_t)(e - p - 1)) &&
			strncasecmp(p + 1, "reged", 5) != 0 &&
			(imp_starts_ci(imp_skip_ws(e + 1), "(without the quotation marks)") ||
			 imp_starts_ci(imp_skip_ws(e + 1), "(without quotation marks)"));
	}
	if ((p = strstr(s, "press ENTER")) == NULL)
		p = strstr(s, "press Enter");
	if (!found && p != NULL) {
		/* "Type DirectHost and press ENTER": the name before it */
		const char *t = imp_ci_find(s, "type ");
		if (t == NULL || t > p || (t > s && isalpha((unsigned char)t[-1])))
			return 0;
		for (e = t + 5; isalnum((unsigned char)*e) || *e == '_'; e++)
			;
		found = name_shaped(t + 5, (size_t)(e - t - 5)) && !data_word(t + 5, (size_t)(e - t - 5)) &&
			strncasecmp(t + 5, "reged", 5) != 0 &&
			(imp_starts_ci(e, " and press ENTER") || imp_starts_ci(e, ", and then press ENTER") ||
			 imp_starts_ci(e, " and then press ENTER"));
	}
	return found && imp_cue_in(s, elsewhere) == NULL;
}

/* "If the {bc00f780-31ac-11d0-b5f1-00aa00bf3382} key still exists,
 * delete it": a key named by its GUID, the word key or subkey after it. */
static int names_guid_key(const char *s)
{
	const char *p;
	size_t n;

	for (p = s; (p = strchr(p, '{')) != NULL; p++)
		if ((n = imp_guid_len(p)) > 0 && (imp_starts_ci(p + n, " key") || imp_starts_ci(p + n, " subkey")))
			return 1;
	return 0;
}

/* A value's name with its type or its default in brackets after it:
 * '"Yield Time" (DWORD)', "Do Not Mark Rules In Error (DWORD): 0x1",
 * "EnableRemoteConnect (default value = "N")".  The type in capitals
 * ("(binary) format" is a file's); a C cast, "(DWORD)hWnd", runs on into
 * a word; the caller looks for the registry nearby. */
static int names_value_with_bracket(const char *s)
{
	const char *p, *b, *e;
	size_t len;

	/* bracket by bracket: this runs on every line no pass placed */
	for (p = s; (p = strchr(p, '(')) != NULL; p++) {
		if (p == s || p[-1] != ' ')
			continue;
		/* a type as imp_type_word_at() reads one, written in capitals */
		if (isupper((unsigned char)p[1]) && isupper((unsigned char)p[2]) &&
		    imp_type_word_at(p + 1, &len) != NULL && p[1 + len] == ')') {
			e = p + 2 + len;
			if (!isalnum((unsigned char)*e) && *e != '_' && *e != '(')
				return 1;
		}
		if (imp_starts_ci(p, "(default")) {
			for (b = p - 1; b > s && (isalnum((unsigned char)b[-1]) || b[-1] == '_'); b--)
				;
			if (name_shaped(b, (size_t)(p - 1 - b)) && !data_word(b, (size_t)(p - 1 - b)))
				return 1;
		}
	}
	return 0;
}

/* ---- the net ---------------------------------------------------------------- */

/* Line n only carries on a path that the line above starts ("HKEY_LOCAL_
 * MACHINE\SYSTEM\" then "CurrentControlSet\Services\Foo"): the path's one
 * review item belongs on its first line. */
static int continues_path(const struct imp *im, size_t n)
{
	const char *above, *t = imp_skip_ws(imp_line_at(im, n));
	size_t len;

	if (n <= im->a->body_first)
		return 0;
	above = imp_line_at(im, n - 1);
	len = imp_rtrim_len(above, strlen(above));
	if (len > 0 && above[len - 1] == '\\')
		return 1;
	/* wrapped at a space inside a name: "HKEY_...\\Microsoft\\Windows"
	 * then "NT\\CurrentVersion\\Winlogon", or "...\\Client for" then
	 * "NFS\\CurrentVersion": the above ends in a path from its root, at
	 * most one more word after its last backslash (rootless paths one a
	 * line are a list) */
	if (*t != '\\' && strcspn(t, " \t\\") > 0 && t[strcspn(t, " \t\\")] == '\\' && imp_next_root(t) != t) {
		const char *last = NULL, *root = imp_next_root(above), *p;
		size_t spaces = 0;
		for (p = above; p < above + len; p++)
			if (*p == '\\')
				last = p;
		for (p = last; p != NULL && p < above + len; p++)
			spaces += *p == ' ';
		if (root != NULL && last != NULL && root < last && spaces <= 1)
			return 1;
	}
	/* an indented tree, one component a line: "\\System" above */
	return *t == '\\' && (*imp_skip_ws(above) == '\\' || kb_import_line_names_fact(above) ||
			      names_rootless_key(above) || names_spaced_root(im, n - 1));
}

/* "      ReturnURLUsingHostName" over "         Data Type = REG_DWORD": a
 * value's name alone on its line (a name's shape, up to five words), its
 * type on the next line that is not blank; the type's line is the name's
 * (kb_import_line_names_fact() leaves it to the name above). */
/* Line s says only a registry type: "   REG_DWORD". */
static int bare_type_line(const char *s)
{
	const char *t = imp_skip_ws(s);
	size_t k;

	if (strncmp(t, "REG_", 4) != 0)
		return 0;
	k = 4 + strspn(t + 4, "ABCDEFGHIJKLMNOPQRSTUVWXYZ_");
	return k > 5 && imp_blank(t + k);
}

static int name_over_type_line(const struct imp *im, size_t n, const char *s)
{
	const char *t = imp_skip_ws(s), *next;
	size_t l = imp_rtrim_len(t, strlen(t)), m = n + 1;

	if (l == 0)
		return 0;
	/* "   Background Threads" over "   REG_DWORD" (and its data below):
	 * a value's name in words, its type alone on the next line, as deep */
	if (n + 1 < im->a->body_end && l <= 60 && isalnum((unsigned char)*t) && strchr(".:;", t[l - 1]) == NULL &&
	    strstr(t, "REG_") == NULL && bare_type_line(imp_line_at(im, n + 1)) &&
	    imp_indent_of(imp_line_at(im, n + 1)) == imp_indent_of(s))
		return 1;
	if (!imp_name_shaped(t, l))
		return 0;
	if (m < im->a->body_end && imp_blank(imp_line_at(im, m)))
		m++;
	if (m >= im->a->body_end)
		return 0;
	next = imp_skip_ws(imp_line_at(im, m));
	return (imp_starts_ci(next, "Data Type") || imp_starts_ci(next, "Value Type")) &&
	       imp_ci_find(next, "REG_") != NULL;
}

/* "1. Modify the following value with the directory path (...):" over
 * "      Personal": a name alone on its line (a capital, letters, digits
 * and '_', up to three words) under a lead-in that ends with a colon and
 * announces a value or an entry. */
static int name_under_value_lead_in(const struct imp *im, size_t n, const char *s)
{
	/* "the following entries" may be a batch file's lines or a list's
	 * items: an entry only where the registry is spoken of */
	static const char *const values[] = { "following value", "following registry value",
					      "following string value", NULL };
	static const char *const entries[] = { "following entry", "following entries", NULL };
	const char *t = imp_skip_ws(s), *above;
	size_t l = imp_rtrim_len(t, strlen(t)), m, words = 1, i;
	int lower = 0;

	/* "DefaultSyntax        "3"", "QuickLaunch   "4.0;C:\..."": the
	 * name, then its data in quotes past a run of spaces; the lines of
	 * such a list below its first are read by the first's lead-in */
	if (memchr(t, '"', l) != NULL) {
		const char *q = strstr(t, "  ");
		if (q == NULL || *imp_skip_ws(q) != '"')
			return 0;
		l = (size_t)(q - t);
		for (m = n; m > im->a->body_first && m + 8 > n; m--) {
			const char *a = imp_skip_ws(imp_line_at(im, m - 1)), *aq = strstr(a, "  ");
			if (imp_blank(a) || aq == NULL || *imp_skip_ws(aq) != '"' || memchr(a, '"', (size_t)(aq - a)) != NULL)
				break;
		}
		if (m < n)
			return name_under_value_lead_in(im, m, imp_line_at(im, m));
	}
	if (l < 3 || l > 40 || !isupper((unsigned char)*t) || imp_indent_of(s) == 0 || data_word(t, l))
		return 0;
	for (i = 0; i < l; i++) {
		if (t[i] == ' ')
			words++;
		else if (!isalnum((unsigned char)t[i]) && t[i] != '_')
			return 0;
		lower |= islower((unsigned char)t[i]) != 0;
	}
	/* "ISA", "REGEDIT4": a bus, a header, data; names have small letters */
	if (words > 3 || !lower)
		return 0;
	for (m = n; m > im->a->body_first && imp_blank(imp_line_at(im, m - 1)); m--)
		;
	if (m <= im->a->body_first || m + 2 < n)
		return 0;
	above = imp_line_at(im, m - 1);
	if (!imp_ends_with_colon(above))
		return 0;
	/* the lead-in's sentence may start a line or two above */
	for (i = 0; i < 3 && m - 1 >= im->a->body_first + i; i++) {
		const char *lead = imp_line_at(im, m - 1 - i);
		if (imp_cue_in(lead, values) != NULL ||
		    (imp_cue_in(lead, entries) != NULL && registry_near(im, m - 1)))
			return 1;
	}
	return 0;
}

/* '(default): "AMD K6 Update"', '(Default)   "{00030026-...}"',
 * "(Default) REG_SZ ...": a key's unnamed value as Registry Editor shows
 * it, with its data or type after the label ("(Default) 1 - Allow keep
 * alive" lists a default datum, not the value). */
static int default_value_line(const char *s)
{
	const char *t = imp_skip_ws(s);

	if (!imp_starts_ci(t, "(default)"))
		return 0;
	t = imp_skip_ws(t + 9);
	return *t == ':' || *t == '=' || *t == '"' || strncmp(t, "REG_", 4) == 0;
}

/* A line that is a key's names and nothing else ("VxD\\Winsock2",
 * "Winsock2", "Winsock2\\Parameters (includes subkeys)"): names as
 * imp_key_name_char() reads them, backslashes and a GUID's braces up to a
 * blank, a note in brackets after it. */
static int key_names_line(const char *s)
{
	const char *t = imp_skip_ws(s), *e = t;

	if (!isalpha((unsigned char)*t) || imp_indent_of(s) == 0)
		return 0;
	while (imp_key_name_char((unsigned char)*e) || *e == '\\' || *e == '{' || *e == '}')
		e++;
	if (e - t < 3 || e[-1] == '.' || e[-1] == '\\')
		return 0;
	e = imp_skip_ws(e);
	return *e == '\0' || (*e == '(' && strchr(e, ')') != NULL && imp_blank(strchr(e, ')') + 1));
}

/* "installs the following registry keys and subkeys under the
 * HKEY_LOCAL_MACHINE\\System\\...\\Services registry branch:" over
 * "   VxD\\Winsock2" / "   Winsock2" / ...: a list of keys named below a
 * key the lead-in gives with its root; each item is a key.  The list is
 * the lines of key names from the blank under the lead-in to line n. */
static int key_under_lead_in_key(const struct imp *im, size_t n, const char *s)
{
	static const char *const keys[] = { "following keys", "following registry keys", "following subkeys",
					    "following registry subkeys", NULL };
	size_t m, i;

	if (!key_names_line(s))
		return 0;
	for (m = n; m > im->a->body_first && n - m < 20 && key_names_line(imp_line_at(im, m - 1)); m--)
		;
	if (m <= im->a->body_first + 1 || !imp_blank(imp_line_at(im, m - 1)) ||
	    !imp_ends_with_colon(imp_line_at(im, m - 2)))
		return 0;
	/* the lead-in's sentence, up to three lines over its colon */
	for (i = 0; i < 3 && m - 2 >= im->a->body_first + i; i++) {
		const char *lead = imp_line_at(im, m - 2 - i);
		if (imp_cue_in(lead, keys) != NULL) {
			size_t k;
			for (k = m - 2 - i; k <= m - 2; k++)
				if (imp_next_root(imp_line_at(im, k)) != NULL)
					return 1;
			return 0;
		}
		if (i > 0 && imp_blank(lead))
			break;
	}
	return 0;
}

/* The first line above n (within reach lines) that ends with a colon,
 * the lead-in of the list n is in, names events ("The following events
 * may be logged:"; or the line above it does, the lead-in wrapped). */
static int lead_in_names_events(const struct imp *im, size_t n, size_t reach)
{
	static const char *const words[] = { "event", "events", NULL };
	size_t m;

	for (m = n; m > im->a->body_first && n - m < reach; m--) {
		const char *a = imp_line_at(im, m - 1);
		if (imp_ends_with_colon(a))
			return imp_find_any_word(a, words) != NULL ||
			       (m >= im->a->body_first + 2 && imp_find_any_word(imp_line_at(im, m - 2), words) != NULL);
	}
	return 0;
}

/* "   9315 MTA" under "The following events may be logged in the
 * application event log:": an event's ID and its source (a name or two)
 * heading its message, within a list the lead-in (up to six lines above,
 * ending with a colon) says is of events. */
static int event_id_source_row(const struct imp *im, size_t n, const char *s)
{
	const char *t = imp_skip_ws(s), *p;
	size_t d = strspn(t, "0123456789"), words = 0;

	/* a row of its own: not "Windows" / "95 taskbar." wrapped in prose */
	if (d == 0 || d > 5 || t[d] != ' ' || imp_indent_of(s) == 0 || n <= im->a->body_first ||
	    !(imp_blank(imp_line_at(im, n - 1)) || imp_ends_with_colon(imp_line_at(im, n - 1))) ||
	    t[imp_rtrim_len(t, strlen(t)) - 1] == '.')
		return 0;
	for (p = imp_skip_ws(t + d); *p != '\0'; p = imp_skip_ws(p)) {
		if (!isalpha((unsigned char)*p) || ++words > 2)
			return 0;
		while (isalnum((unsigned char)*p) || *p == '_' || *p == '.' || *p == '-')
			p++;
		if (*p != '\0' && *p != ' ')
			return 0;
	}
	return words > 0 && lead_in_names_events(im, n, 6);
}

/* " - 1035: Unable to open or read a message ..." or "   1084: MSExchangeIS"
 * under "... displays the following event log messages:": an event's ID
 * and a colon heading its message or its source, the row bulleted or
 * indented, within a list the lead-in (up to twelve lines above, over
 * the list's rows, ending with a colon) says is of events (10 archive
 * lines were in no review item). */
static int event_id_colon_row(const struct imp *im, size_t n, const char *s)
{
	const char *t = imp_skip_ws(s);
	size_t d;

	if ((*t == '-' || *t == '*') && t[1] == ' ')
		t = imp_skip_ws(t + 1);
	else if (imp_indent_of(s) == 0)
		return 0;
	d = strspn(t, "0123456789");
	return d >= 3 && d <= 5 && t[d] == ':' && t[d + 1] == ' ' && isalpha((unsigned char)t[d + 2]) &&
	       lead_in_names_events(im, n, 12);
}

/* "HKLM/System/CurrentControlSet/Services/Frob": a root, short or long,
 * then a forward slash and a name (the readers turn a slashed path
 * round only where a root was named apart). */
static int names_slashed_root_path(const char *s)
{
	static const char *const roots[] = { "HKEY_LOCAL_MACHINE/", "HKEY_CURRENT_USER/", "HKEY_CLASSES_ROOT/",
					     "HKEY_USERS/", "HKLM/", "HKCU/", "HKCR/", "HKU/", NULL };
	const char *p;
	size_t i;

	for (p = s; (p = strchr(p, '/')) != NULL; p++)
		for (i = 0; roots[i] != NULL; i++) {
			size_t l = strlen(roots[i]);
			const char *r = p + 1 - l;
			/* a word of its own: not in a URL's or a file's path */
			if (r >= s && strncasecmp(r, roots[i], l) == 0 && (r == s || strchr(" \t(\"'", r[-1]) != NULL) &&
			    isalpha((unsigned char)p[1]))
				return 1;
		}
	return 0;
}

/* "The first, UseRTFText, is a DWORD value that ...", "The second new
 * registry value is EnableMIMEWrap.": a value named by "is" beside the
 * noun, the name shaped as one (a capital, a small letter among its
 * letters).  The words say it is the registry's, so no registry need be
 * near. */
static int names_value_by_is(const char *s)
{
	const char *p, *q, *b;
	size_t tl;

	/* "... registry value is EnableMIMEWrap" (not "the default value
	 * is UpgradeOnly", "the correct value is System32\\Drivers": data) */
	for (p = s; (p = imp_ci_find(p, " registry value is ")) != NULL; p++)
		if (name_follows(p + 19))
			return 1;
	/* "UseRTFText, is a DWORD value" */
	for (p = s; (p = strstr(p, " is a ")) != NULL; p++) {
		q = p + 6;
		if (imp_type_word_at(q, &tl) == NULL || !imp_starts_word(imp_skip_ws(q + tl), "value"))
			continue;
		b = p;
		if (b > s && b[-1] == ',')
			b--;
		while (b > s && (isalnum((unsigned char)b[-1]) || b[-1] == '_'))
			b--;
		if (name_follows(b) && (size_t)(p - b) >= 3)
			return 1;
	}
	return 0;
}

/* "the (Default) value", "change the (Default) string value": a key's
 * unnamed value named in words (default_value_line() reads it as
 * Registry Editor shows it). */
static int names_default_value_words(const char *s)
{
	const char *p = imp_ci_find(s, "(Default) "), *q;
	size_t tl;

	if (p == NULL)
		return 0;
	q = imp_skip_ws(p + 10);
	if (imp_type_word_at(q, &tl) != NULL)
		q = imp_skip_ws(q + tl);
	return imp_starts_word(q, "value") || imp_starts_word(q, "entry");
}

/* "Locate and select the .ppt key", "an incorrectly set InprocServer
 * key": a key named in words, the name a file type's (a dot, then
 * letters) or shaped as a name (name_shaped(): not "the Enter key", "the
 * F8 key").  The caller looks for the registry nearby. */
static int names_key_in_words(const char *s)
{
	const char *p, *b;

	for (p = s; (p = strstr(p, " key")) != NULL; p += 4) {
		if (isalpha((unsigned char)p[4]) && !imp_starts_ci(p + 4, "s"))
			continue;
		if (imp_starts_ci(p + 4, "s") && isalpha((unsigned char)p[5]))
			continue;
		for (b = p; b > s && (isalnum((unsigned char)b[-1]) || b[-1] == '_' || b[-1] == '.'); b--)
			;
		/* (a hive's root alone is no key the article asks of) */
		if (b == p || (b > s && b[-1] != ' ' && b[-1] != '"') || imp_starts_ci(b, "HKEY"))
			continue;
		if ((*b == '.' && p - b >= 3 && isalpha((unsigned char)b[1]) &&
		     strspn(b + 1, "abcdefghijklmnopqrstuvwxyz") == (size_t)(p - b - 1)) ||
		    name_shaped(b, (size_t)(p - b)))
			return 1;
	}
	return 0;
}

/* Line s is a row of a reference of values: a value's name first
 * (name_shaped(), a '-' inside allowed: "AutoSave-Path"; or two or three
 * capitalised words, "Dlg Bullet Path"), then two blanks or more, or a
 * tab, and its description or data. */
static int value_row(const char *s)
{
	const char *t = imp_skip_ws(s), *e = t, *seg = t;
	size_t words = 1;

	for (;;) {
		for (; isalnum((unsigned char)*e) || *e == '_' || (*e == '-' && isalnum((unsigned char)e[1])); e++)
			if (*e == '-')
				seg = e + 1;
		if (!(e[0] == ' ' && isupper((unsigned char)e[1])) || ++words > 3)
			break;
		e++;
	}
	if (e == t || (words == 1 && !name_shaped(t, (size_t)((seg > t ? seg - 1 : e) - t))) ||
	    (words > 1 && !isupper((unsigned char)*t)))
		return 0;
	if (!(e[0] == '\t' || (e[0] == ' ' && e[1] == ' ')))
		return 0;
	return *imp_skip_ws(e) != '\0';
}

/* The value_row()s at depth ind from line n on (not n itself), one line
 * at a time in the direction step (+1 down, -1 up), up to want: blank
 * lines (one at a time) and deeper lines (a row's wrapped words) between;
 * *last gets the last row met (n when none). */
static size_t value_rows_from(const struct imp *im, size_t n, int step, size_t ind, size_t want, size_t *last)
{
	size_t rows = 0, m = n;
	int blank = 0;

	*last = n;
	while (rows < want && (step > 0 ? m + 1 < im->a->body_end : m > im->a->body_first)) {
		const char *a;
		m = step > 0 ? m + 1 : m - 1;
		a = imp_line_at(im, m);
		if (imp_blank(a)) {
			if (blank++)
				break;
			continue;
		}
		blank = 0;
		if (imp_indent_of(a) == ind && value_row(a)) {
			rows++;
			*last = m;
		} else if (imp_indent_of(a) <= ind) {
			break;
		}
	}
	return rows;
}

/* The value_row()s of the run around line n at its depth, up to want;
 * *first gets the run's first row. */
static size_t value_rows_around(const struct imp *im, size_t n, size_t want, size_t *first)
{
	size_t ind = imp_indent_of(imp_line_at(im, n)), rows = 1, below;

	rows += value_rows_from(im, n, -1, ind, want - rows, first);
	if (rows < want)
		rows += value_rows_from(im, n, 1, ind, want - rows, &below);
	return rows;
}

/* "   AutoSpell              Turns Automatic spell checking on or off",
 * "   NoDispCPL              - Deny Access to display icon", "   Size  3":
 * a row of a reference of a key's values (value_row()), in a run of
 * three rows or more, under lines (up to twelve above the run) that name
 * a key or the registry (the Office, policy and service references list
 * theirs so).  Not a program's listing, and not under words that speak
 * only of values, settings or parameters: a form's properties, a
 * function's parameters and a structure's fields are tabulated the same
 * way. */
static int names_listed_value(const struct imp *im, size_t n, const char *s)
{
	static const char *const cues[] = { "registry", "HKEY_", "HKLM", "HKCU", "Key:", "subkey", "Regedit",
					    "Regedt32", NULL };
	size_t first, m;

	if (imp_indent_of(s) == 0 || !value_row(s) || value_rows_around(im, n, 3, &first) < 3 ||
	    imp_in_code_sample(im, n))
		return 0;
	for (m = first; m > im->a->body_first && m + 12 > first; m--) {
		const char *a = imp_line_at(im, m - 1);
		if (imp_cue_in(a, cues) != NULL || strstr(a, "REG_") != NULL)
			return 1;
	}
	return 0;
}

/* The forms above, on line n (s); the caller rules out what names no
 * fact of this article. */
static int names_in_any_form(const struct imp *im, size_t n, const char *s)
{
	int after_noun;

	if (strchr(s, '\\') != NULL && names_rootless_key(s) && !continues_path(im, n))
		return 1;
	if (imp_ci_find(s, "HKEY_") != NULL && names_spaced_root(im, n))
		return 1;
	if (strchr(s, '/') != NULL && imp_ci_find(s, "HK") != NULL && names_slashed_root_path(s))
		return 1;
	if (names_value_by_is(s))
		return 1;
	if (names_by_label(s) || (regedit_value_line(s) && under_reg_header(im, n)) || name_over_type_line(im, n, s) ||
	    names_listed_value(im, n, s) ||
	    name_under_value_lead_in(im, n, s) || default_value_line(s) || key_under_lead_in_key(im, n, s) ||
	    (name_data_line(s) && lead_in_names_registry(im, n)) || name_data_in_registry_sentence(s) ||
	    (spaced_quoted_value_line(s) && under_key_path(im, n)))
		return 1;
	after_noun = names_value_after_noun(s);
	if (after_noun == 2 || ((after_noun == 1 || names_plain_word_value(s) ||
				 names_clicked_value(s, n + 1 < im->a->body_end ? imp_line_at(im, n + 1) : "") ||
				 names_typed_name(s) || names_value_with_bracket(s) || names_guid_key(s) ||
				 names_default_value_words(s) || names_key_in_words(s)) &&
				registry_near(im, n)))
		return 1;
	if (strpbrk(s, "0123456789") == NULL)
		return 0;
	/* "HTTP/1.1 Error 400": a protocol's reply, not a code (labelling
	 * guide section 3) */
	return word_then_number(s, "event", 1) || number_then_event_id(s) || number_then_error(s) ||
	       status_message_id(s) ||
	       id_label_line(s) || catalogue_entry_line(s) || event_list_row(s) ||
	       event_id_source_row(im, n, s) || event_id_colon_row(im, n, s) ||
	       (error_then_number(s) && imp_ci_find(s, "HTTP") == NULL) ||
	       win32_field(s) ||
	       names_status_code(s) || code_word_then_number(s) || constant_beside_number(s) ||
	       imp_net_names_code(im, n, s);
}

/* "TITLE   :Frob Fails" (a related article's header quoted in the body),
 * not a sentence that opens with the word ("title, right-click ..."). */
static int title_header(const char *s)
{
	const char *t = imp_skip_ws(s);

	return strncmp(t, "TITLE", 5) == 0 && *imp_skip_ws(t + 5) == ':';
}

int imp_net_names_fact(const struct imp *im, size_t n)
{
	const char *s = imp_line_at(im, n);

	/* a related article's title names no fact of this one (labelling
	 * guide C15) */
	return names_in_any_form(im, n, s) && !imp_related_title_line(im, n) && !title_header(s);
}

int imp_names_fact(const struct imp *im, size_t n)
{
	return kb_import_line_names_fact(imp_line_at(im, n)) || imp_net_names_fact(im, n);
}

int kb_import_article_line_names_fact(const struct kb_article *a, size_t n)
{
	struct imp im;

	if (n < a->body_first || n >= a->body_end)
		return 0;
	/* the net reads only the article's lines: no pass has run */
	memset(&im, 0, sizeof im);
	im.a = a;
	return imp_names_fact(&im, n);
}
