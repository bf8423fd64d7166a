/* article_writer.h: made-up KB articles in the archive's classic form, for
 * the library's tests (not part of kbwiz). */
#ifndef KBWIZ_ARTICLE_WRITER_H
#define KBWIZ_ARTICLE_WRITER_H

/* DIR/ID.TXT: an article dated date ("11-JUN-2002") with its title, a
 * SYMPTOMS and a CAUSE section (text as given; CRLF line ends inside, as
 * the archive has them), an "Additional query words: madeup" line and
 * the keywords trailer.  0, or -1 when it cannot be written. */
int test_write_article(const char *dir, const char *id, const char *date, const char *title,
		       const char *symptoms, const char *cause);

#endif
