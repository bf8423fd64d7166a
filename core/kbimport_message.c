/* kbimport_message.c: whether the words the error readers took for a
 * code's message are one (kbimport_int.h).  The readers take the words
 * after the code, before its keyword or on the next line; in prose those
 * are often part of a sentence ("0xC000021A during normal operation.",
 * "may report an error 5016 when"), and in a message wrapped over two
 * lines only its first part ("The format of the specified network name
 * is" / "invalid.").  A symptom matches evidence that holds its message
 * (diagnose.c), so a fragment would match log lines it has nothing to do
 * with: such words are left to the reviewer instead. */
#include <ctype.h>
#include <stddef.h>
#include <string.h>
#include <strings.h>

#include "kbwiz/strbuf.h"
#include "kbimport_int.h"

/* How many lines a wrapped message is read on over. */
#define MESSAGE_WRAP 2

/* Words that leave a sentence unfinished when it ends on them: the
 * verbs among them are prose that leads up to the code ("you might get",
 * "you may receive" error 0x80040154), not a program's words ("report"
 * and "return" are left out: "Could not process status report" is a
 * message). */
static const char *const dangling[] = {
	"a", "an", "the", "with", "of", "to", "and", "or", "for", "from", "as", "at", "by",
	"is", "are", "was", "were", "has", "have", "be", "that", "which", "when", "your",
	"its", "their", "this", "these", "than", "into", "while", "following", "like",
	"get", "gets", "receive", "receives", "see", "sees", "returns", "generate", "generates",
	"displays", "causes", "produce", "produces", "throw", "throws", "raise", "raises", NULL
};

/* The message m (len l) ends unfinished: on one of dangling[], a comma, a
 * dash or an opening quote. */
static int unfinished(const char *m, size_t l)
{
	const char *w;

	while (l > 0 && (m[l - 1] == ' ' || m[l - 1] == '\t'))
		l--;
	if (l == 0)
		return 1;
	/* a quote after a space opens a quotation the line does not hold */
	if (m[l - 1] == ',' || m[l - 1] == '-' || ((m[l - 1] == '"' || m[l - 1] == '\'') && (l == 1 || m[l - 2] == ' ')))
		return 1;
	w = m + l;
	while (w > m && isalpha((unsigned char)w[-1]))
		w--;
	if (w == m + l || (w > m && w[-1] != ' ' && w[-1] != '\t'))
		return 0;
	return imp_word_in(w, (size_t)(m + l - w), dangling);
}

int imp_ends_sentence(const char *m, size_t l)
{
	while (l > 0 && (m[l - 1] == ' ' || m[l - 1] == '"' || m[l - 1] == '\''))
		l--;
	return l > 0 && (m[l - 1] == '.' || m[l - 1] == '!' || m[l - 1] == '?');
}

/* The line among n-1..n+1 whose text ends with message m: 0 when none. */
static size_t line_ending_with(const struct imp *im, size_t n, const char *m, size_t ml)
{
	size_t k;

	for (k = n > im->a->body_first ? n - 1 : n; k <= n + 1 && k < im->a->body_end; k++) {
		const char *s = imp_line_at(im, k);
		size_t sl = imp_rtrim_len(s, strlen(s));
		if (sl >= ml && strncmp(s + sl - ml, m, ml) == 0)
			return k;
	}
	return 0;
}

/* m, opening in lower case, is the rest of a line an article sets off by
 * its indent that opens with "error", the code and a colon, comma or dash
 * ("error 1067: the process terminated unexpectedly.", "Error 2140, the
 * Specified Service failed to start."): a program's own line, as older
 * programs print it, not a sentence's fragment ("Error 1201 occurred
 * while ...", "Error #1234 in remotizeviews(0). ..." go on from the code
 * with no mark); three words at least. */
static int error_line_words(const struct imp *im, size_t n, const char *m)
{
	const char *s = imp_line_at(im, n), *t = imp_skip_ws(s), *q;
	size_t ml = imp_rtrim_len(m, strlen(m)), sl = imp_rtrim_len(s, strlen(s));

	/* (not where the error was: "Error 5000, in file x.cp line 150.") */
	if (imp_indent_of(s) < 2 || !imp_starts_ci(t, "error") || (t[5] != ' ' && t[5] != '#') ||
	    imp_word_count(m, ml) < 3 || line_ending_with(im, n, m, ml) != n || imp_starts_ci(m, "in ") ||
	    imp_starts_ci(m, "at "))
		return 0;
	for (q = s + sl - ml; q > t && q[-1] == ' '; q--)
		;
	return q - t >= 2 && strchr(":,-", q[-1]) != NULL && (isxdigit((unsigned char)q[-2]) || q[-2] == '\'');
}

/* m wrapped at the end of its line: joined with the lines that finish it
 * (up to MESSAGE_WRAP of them, not blank, indented as m's line is), to
 * the end of a sentence or, when m opens a quotation, to the quote that
 * closes it; NULL when they do not finish it.  Only in a block set off
 * by its indent, where an article shows what the screen shows, or within
 * a quotation: in a paragraph of prose the words joined would otherwise
 * be the article's sentence, not a message. */
static const char *joined_to_end(struct imp *im, size_t n, const char *m, size_t ml, int quoted)
{
	size_t k = line_ending_with(im, n, m, ml), last, ind;
	struct kb_buf b = KB_BUF_INIT;
	const char *out = NULL, *q;

	/* (in prose too when m opens a quotation, which its close ends:
	 * 'you will receive "Error 52: Duplicate' / 'Name on Network."';
	 * not when the quote already closed on m's line) */
	if (k == 0 || ((ind = imp_indent_of(imp_line_at(im, k))) < 2 && !quoted) ||
	    (quoted && memchr(m, '"', ml) != NULL))
		return NULL;
	kb_buf_add(&b, m, ml);
	for (last = k + 1; last <= k + MESSAGE_WRAP && last < im->a->body_end; last++) {
		const char *s = imp_line_at(im, last), *t = imp_skip_ws(s);
		size_t tl = imp_rtrim_len(t, strlen(t));
		q = NULL;
		if (imp_blank(s) || imp_indent_of(s) != ind)
			break;
		if (quoted && (q = memchr(t, '"', tl)) != NULL)
			tl = (size_t)(q - t);
		/* "A non-" / "delivery report": the word goes on */
		if (b.len == 0 || b.p[b.len - 1] != '-')
			kb_buf_add(&b, " ", 1);
		kb_buf_add(&b, t, tl);
		if (b.oom) {
			im->oom = 1;
			break;
		}
		if ((quoted && q != NULL) || (!quoted && imp_ends_sentence(b.p, b.len))) {
			out = imp_dupn(im, b.p, b.len);
			break;
		}
	}
	kb_buf_free(&b);
	return out;
}

/* m ends its line, without a sentence's end or a bracket's close, and
 * the next line goes on with it in lower case at the same indent ("Logon
 * failure: unknown" / "user name or bad password."): it is cut by the
 * wrap.  ("Exception number: c0000005 (access violation)" over "function:
 * s1prolu6" is a log's line, whole.) */
static int goes_on_below(const struct imp *im, size_t n, const char *m, size_t ml)
{
	size_t k = line_ending_with(im, n, m, ml);
	const char *next;

	if (k == 0 || k + 1 >= im->a->body_end || imp_ends_sentence(m, ml) || (ml > 0 && m[ml - 1] == ')'))
		return 0;
	next = imp_line_at(im, k + 1);
	return !imp_blank(next) && imp_indent_of(next) == imp_indent_of(imp_line_at(im, k)) &&
	       islower((unsigned char)*imp_skip_ws(next));
}

/* Whether the message m opens a quotation: a quote before it on its
 * line, or its own first character. */
static int opens_quote(const struct imp *im, size_t n, const char *m)
{
	size_t k;

	if (*m == '"')
		return 1;
	for (k = n > im->a->body_first ? n - 1 : n; k <= n + 1 && k < im->a->body_end; k++) {
		const char *s = imp_line_at(im, k), *at = strstr(s, m);
		if (at != NULL)
			return at > s && at[-1] == '"';
	}
	return 0;
}

int imp_in_quotation(const char *s, const char *at)
{
	size_t quotes = 0;

	for (; s < at; s++)
		quotes += *s == '"';
	return quotes % 2 == 1;
}

/* The message m (ml long) ends its line inside a quotation that opened
 * before it on that line and does not close there: 'you will receive
 * "Error 52: Duplicate' over 'Name on Network."' (the message is cut by
 * the wrap, however whole its words look). */
static int in_open_quote(const struct imp *im, size_t n, const char *m, size_t ml)
{
	size_t k = line_ending_with(im, n, m, ml);
	const char *s, *at;

	if (k == 0 || memchr(m, '"', ml) != NULL)
		return 0;
	s = imp_line_at(im, k);
	return (at = strstr(s, m)) != NULL && imp_in_quotation(s, at);
}

/* m without a quote that pairs with nothing at its end ('Object
 * required".', the article's quotation ending there), at its start
 * ('"Overflow', one opening there) or closing in its middle ('Type
 * mismatch" on startup', the article's words after the quotation): the
 * message's words only. */
static const char *without_stray_quote(struct imp *im, const char *m)
{
	size_t l = strlen(m), quotes = 0, i, at = 0;

	for (i = 0; i < l; i++)
		if (m[i] == '"') {
			quotes++;
			at = i;
		}
	if (quotes != 1)
		return m;
	if (m[0] == '"')
		return imp_dupn(im, imp_skip_ws(m + 1), strlen(imp_skip_ws(m + 1)));
	if (l >= 2 && m[l - 1] == '.' && m[l - 2] == '"')
		return imp_dupn(im, m, l - 2);
	if (m[l - 1] == '"')
		return imp_dupn(im, m, l - 1);
	if (at > 0 && m[at - 1] != ' ' && m[at + 1] == ' ')
		return imp_dupn(im, m, at - (m[at - 1] == ','));       /* ('the query,"') */
	return m;
}

/* "Address: 0x77f64a55", "Address 0x0216fa9": where an exception
 * occurred (Dr. Watson's field), which no log line of the error shares
 * with another; not "Address element is too long". */
static int exception_address(const char *m)
{
	const char *p;

	if (!imp_starts_word(m, "Address"))
		return 0;
	p = imp_skip_ws(m + 7);
	if (*p == ':')
		p = imp_skip_ws(p + 1);
	return isdigit((unsigned char)*p) || *p == '<' || imp_starts_word(p, "address");
}

/* "Address:", "Error Number:", "SQL State:": a field's label alone,
 * one or two capitalised words and a colon or an equals sign, its value
 * on the next line: no message (10 archive drafts carried one).  Not
 * "Type mismatch:", a message whose name follows. */
static int bare_label(const char *m)
{
	size_t l = imp_rtrim_len(m, strlen(m)), words = 0, i;

	if (l < 2 || (m[l - 1] != ':' && m[l - 1] != '='))
		return 0;
	for (i = 0; i + 1 < l; i++)
		if (!isspace((unsigned char)m[i]) && (i == 0 || isspace((unsigned char)m[i - 1]))) {
			if (!isupper((unsigned char)m[i]))
				return 0;
			words++;
		}
	return words >= 1 && words <= 2;
}

/* m holds no letter: "15:50:23", the time before a code on a log's
 * line, or a number; no message. */
static int no_letters(const char *m)
{
	for (; *m != '\0'; m++)
		if (isalpha((unsigned char)*m))
			return 0;
	return 1;
}

/* A ')' with no '(' before it: at m's end, the close of the article's
 * bracket around the message ("Permission denied)."), cut off; in its
 * middle, the words before it end a bracket m starts inside of ("ID
 * 3190039). Contact ..."): NULL then. */
static const char *unbracketed(struct imp *im, const char *m)
{
	const char *close = strchr(m, ')'), *open = strchr(m, '(');

	if (close == NULL || (open != NULL && open < close))
		return m;
	if (close[1] == '\0' || (close[1] == '.' && close[2] == '\0'))
		return imp_dupn(im, m, imp_rtrim_len(m, (size_t)(close - m)));
	return NULL;
}

/* "Cannot start main setup program! (CreateProcess() returned",
 * "[Microsoft][ODBC": a bracket opened and not closed, the rest of it on
 * a line the reader did not join; "Driver][dbnmpntw]ConnectionOpen": a
 * square bracket closed that the words never opened, their start on the
 * line before: the words are cut off. */
static int unclosed_bracket(const char *m)
{
	int depth = 0, square = 0;

	for (; *m != '\0'; m++) {
		if (*m == ']' && square == 0)
			return 1;
		depth += *m == '(' ? 1 : *m == ')' && depth > 0 ? -1 : 0;
		square += *m == '[' ? 1 : *m == ']' ? -1 : 0;
	}
	return depth > 0 || square > 0;
}

size_t imp_word_count(const char *s, size_t l)
{
	size_t i, words = 0;

	for (i = 0; i < l; i++)
		if (s[i] != ' ' && s[i] != '\t' && (i == 0 || s[i - 1] == ' ' || s[i - 1] == '\t'))
			words++;
	return words;
}

size_t imp_field_label_len(const char *t)
{
	size_t i = 0;
	int words = 0;

	while (words < 2 && isupper((unsigned char)t[i])) {
		while (isalpha((unsigned char)t[i]))
			i++;
		words++;
		if (t[i] == ':')
			return i + 1;
		if (t[i] != ' ')
			return 0;
		i++;
	}
	return 0;
}

/* The "Description:" field of the box of fields whose line n names the
 * code ("Number: -2147217900 (0x80040E14)" / "Source: Microsoft OLE DB
 * Provider for ODBC Drivers" / "Description: Syntax error ...", in any
 * order), within four lines of it and no blank line between: its text
 * joined with the lines it wraps onto (up to the next label), or NULL. */
static const char *box_description(struct imp *im, size_t n)
{
	struct kb_buf b = { 0 };
	const char *t, *d;
	size_t k, first = n, last = n;

	while (first > im->a->body_first && first + 4 > n && !imp_blank(imp_line_at(im, first - 1)))
		first--;
	while (last + 1 < im->a->body_end && last < n + 4 && !imp_blank(imp_line_at(im, last + 1)))
		last++;
	for (k = first; k <= last; k++)
		if (imp_starts_ci(imp_skip_ws(imp_line_at(im, k)), "Description:"))
			break;
	if (k > last)
		return NULL;
	t = imp_skip_ws(imp_skip_ws(imp_line_at(im, k)) + 12);
	kb_buf_add(&b, t, imp_rtrim_len(t, strlen(t)));
	while (++k < im->a->body_end && !imp_blank(imp_line_at(im, k)) &&
	       imp_field_label_len(t = imp_skip_ws(imp_line_at(im, k))) == 0) {
		kb_buf_add(&b, " ", 1);
		kb_buf_add(&b, t, imp_rtrim_len(t, strlen(t)));
	}
	if (b.oom || b.p == NULL || b.len == 0) {
		im->oom |= b.oom;
		kb_buf_free(&b);
		return NULL;
	}
	d = imp_dupn(im, b.p, b.len);
	kb_buf_free(&b);
	return d;
}

/* msg past a label that only says what follows is the message
 * ("Description: The JET Database call returned ...", "Message: MYCURSOR
 * is not an object."); the box's description in place of its "Source:"
 * field, which names who raised the error, not what it says ("" when the
 * box has none). */
static const char *past_message_label(struct imp *im, size_t n, const char *msg)
{
	const char *d;

	if (imp_starts_ci(msg, "Description:") && !imp_blank(msg + 12))
		return imp_skip_ws(msg + 12);
	if (imp_starts_ci(msg, "Message:") && !imp_blank(msg + 8))
		return imp_skip_ws(msg + 8);
	if (imp_starts_ci(msg, "Source:"))
		return (d = box_description(im, n)) != NULL ? d : "";
	return msg;
}

const char *imp_plain_message(struct imp *im, size_t n, const char *msg, const char **fragment)
{
	const char *read = msg, *m, *p;
	size_t l, ol;
	int in_quote;

	*fragment = NULL;
	if (msg == NULL || strncmp(msg, "REVIEW:", 7) == 0)
		return msg;
	/* "- Connection could not be established": a list's dash */
	if (msg[0] == '-' && msg[1] == ' ')
		msg = imp_skip_ws(msg + 1);
	if ((p = past_message_label(im, n, msg)) != msg && *p != '\0')
		read = p;       /* (a fragment is shown as the words judged) */
	msg = p;
	/* "The directory name is invalid.~~; Could not enable program
	 * ...~  $$<APM>...": an SMS log's line, whose '~' after a sentence
	 * (or doubled) ends the message; not PROGRA~1's, nor Visual Basic's
	 * "Method '~' of object '~' failed" */
	for (p = strchr(msg, '~'); p != NULL; p = strchr(p + 1, '~'))
		if (p > msg && (p[-1] == '.' || p[1] == '~')) {
			msg = imp_dupn(im, msg, imp_rtrim_len(msg, (size_t)(p - msg)));
			break;
		}
	/* "The RPC server is unavailable. (Exception from HRESULT:" before
	 * "0x800706BA)": .NET's wrapper around the code, after the message */
	if ((p = imp_ci_find(msg, " (Exception from")) != NULL && p > msg &&
	    (imp_blank(p + 16) || imp_blank(imp_skip_ws(p + 16) + (imp_starts_ci(imp_skip_ws(p + 16), "HRESULT:") ? 8 : 0))))
		msg = imp_dupn(im, msg, (size_t)(p - msg));
	m = *msg == '"' || *msg == '\'' ? msg + 1 : msg;
	/* "Error 53 has occurred. The network path was not found.": the
	 * NET command's wrapper, then the message */
	p = m;
	if (imp_starts_ci(p, "has "))
		p += 4;
	/* ("occured": as some articles spell it) */
	ol = imp_starts_ci(p, "occurred") ? 8 : imp_starts_ci(p, "occured") ? 7 : 0;
	if (ol > 0 && (p[ol] == '.' || p[ol] == ':') && p[ol + 1] == ' ' && isupper((unsigned char)*imp_skip_ws(p + ol + 1)))
		m = msg = imp_skip_ws(p + ol + 1);
	/* ("NOTE: A factor of 0 generates a run-time error": the article's
	 * note, in its capitals, not a program's words) */
	if ((islower((unsigned char)*m) && !error_line_words(im, n, m)) || exception_address(m) || bare_label(m) ||
	    no_letters(m) || strncmp(m, "NOTE:", 5) == 0 ||
	    (msg = unbracketed(im, msg)) == NULL) {
		*fragment = read;
		return NULL;
	}
	l = imp_rtrim_len(msg, strlen(msg));
	in_quote = in_open_quote(im, n, msg, l);
	if (unfinished(msg, l) || goes_on_below(im, n, msg, l) || in_quote) {
		p = joined_to_end(im, n, msg, l, in_quote || opens_quote(im, n, msg));
		if (p == NULL || unfinished(p, strlen(p))) {
			*fragment = read;
			return NULL;
		}
		msg = p;
	}
	if (unclosed_bracket(msg)) {
		*fragment = read;
		return NULL;
	}
	/* "X.25 receive failed on connection x:", "Type mismatch:": the
	 * detail after the colon (a name, a value) is not written; the
	 * message is the words up to it */
	l = imp_rtrim_len(msg, strlen(msg));
	if (l > 1 && msg[l - 1] == ':')
		msg = imp_dupn(im, msg, imp_rtrim_len(msg, l - 1));
	return without_stray_quote(im, msg);
}
