/* article.h: one Microsoft Knowledge Base article in the classic
 * plain-text form, parsed.
 *
 * The form (as in the public archive of early KB articles):
 *
 *   DOCUMENT:Q262832  11-JUN-2002  [winnt]
 *   TITLE   :...
 *   PRODUCT :...          PROD/VER:...   OPER/SYS:...   KEYWORDS:...
 *   ======
 *   The information in this article applies to:
 *    - Microsoft Windows NT Server, Enterprise Edition version 4.0
 *   SYMPTOMS              (an all-caps heading line ...
 *   ========               ... underlined with '=')
 *   ...
 *   ======
 *   Keywords          : kbenv kberrmsg       (the trailing keyword block)
 *   Version           : :4.0
 *
 * Input may be UTF-8, Windows-1252 / ISO-8859-1 (whenever it is not valid
 * UTF-8), or UTF-16LE/BE with a byte-order mark, with CRLF, LF or CR line
 * ends and lines of any length; the parsed article holds UTF-8 only.
 * Everything an article points to is owned by it and freed by
 * kb_article_free(); callers borrow.  Line numbers are 1-based lines of
 * the source file, so messages can send a person back to the article. */
#ifndef KBWIZ_ARTICLE_H
#define KBWIZ_ARTICLE_H

#include <stddef.h>

#include "kbwiz/error.h"

/* Articles larger than this are refused by kb_article_load(): the
 * largest in the archive is under 200 KB. */
#define KB_ARTICLE_MAX_BYTES (16u * 1024 * 1024)

enum kb_article_encoding {
	KB_ENC_UTF8,
	KB_ENC_CP1252,     /* not valid UTF-8: read as Windows-1252 */
	KB_ENC_UTF16LE,
	KB_ENC_UTF16BE,
};

/* A section: a heading such as SYMPTOMS and its body lines. */
struct kb_article_section {
	const char *name;       /* "SYMPTOMS", "MORE INFORMATION" */
	size_t heading_line;    /* the heading's line */
	size_t first_line;      /* first body line (after the underline) */
	size_t end_line;        /* one past the last body line */
};

/* One entry of "The information in this article applies to:". */
struct kb_article_product {
	const char *name;       /* "Microsoft Windows NT Server, Enterprise Edition" */
	const char **versions;  /* "4.0", ...; may be empty */
	size_t n_versions;
	size_t line;
};

/* One field of the trailing keyword block ("Issue type : kbprb"). */
struct kb_article_field {
	const char *name;       /* "Keywords", "Version", "Issue type", ... */
	const char *value;
	size_t line;
};

struct kb_article {
	const char *name;       /* the file name, for messages */
	char id[16];            /* "Q262832": letters and digits only */
	char date[11];          /* "2002-06-11"; "" when the header's date
				   cannot be read */
	const char *date_raw;   /* as written ("11-JUN-2002"), or "" */
	const char *category;   /* "winnt" (the [bracketed] word), or "" */
	const char *title;      /* "" when the header has none */
	const char *product;    /* PRODUCT : */
	const char *prod_ver;   /* PROD/VER: */
	const char *oper_sys;   /* OPER/SYS: */
	const char **keywords;  /* header KEYWORDS and trailer Keywords,
				   without duplicates (case-insensitive) */
	size_t n_keywords;
	const char *query_words; /* "Additional query words:", or NULL */

	struct kb_article_product *products;
	size_t n_products;
	struct kb_article_section *sections;
	size_t n_sections;
	struct kb_article_field *trailer;
	size_t n_trailer;
	int has_trailer;        /* the closing keyword block was found:
				   without it the article may be cut short */

	/* The text: lines[i] is line i + 1, UTF-8, without its line end. */
	const char **lines;
	size_t n_lines;
	size_t body_first;      /* first line after the header */
	size_t body_end;        /* one past the last line of the article's
				   text (before "Additional query words" and
				   the keyword block) */

	enum kb_article_encoding encoding;
	int crlf;               /* the file used CRLF line ends */

	struct kb_article_private *priv;
};

/* Parse data[0..len) (any bytes).  name is used in messages.  On success
 * *out is a new article the caller frees with kb_article_free().
 * KB_EFORMAT with a message naming the file and what is wrong:
 *   "x.txt: not a KB article: no DOCUMENT: header"
 *   "x.txt: truncated: ends inside the header"
 *   "x.txt: binary data at byte 1234" */
int kb_article_parse(const char *name, const void *data, size_t len,
		     struct kb_article **out, struct kb_error *err);

/* Read and parse a file (at most KB_ARTICLE_MAX_BYTES). */
int kb_article_load(const char *path, struct kb_article **out,
		    struct kb_error *err);

void kb_article_free(struct kb_article *a);

/* The first section whose heading is name (case-insensitive), or NULL. */
const struct kb_article_section *kb_article_section(const struct kb_article *a,
						    const char *name);

/* Line n (1-based) or "" when out of range. */
const char *kb_article_line(const struct kb_article *a, size_t n);

#endif
