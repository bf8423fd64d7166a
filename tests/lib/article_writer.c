/* article_writer.c: made-up KB articles for the library's tests
 * (article_writer.h). */
#include "article_writer.h"

#include <stdio.h>
#include <stdlib.h>

#include "testlib.h"

int test_write_article(const char *dir, const char *id, const char *date, const char *title,
		       const char *symptoms, const char *cause)
{
	char path[1024], text[8192];
	int n;

	snprintf(path, sizeof path, "%s/%s.TXT", dir, id);
	n = snprintf(text, sizeof text,
		     "DOCUMENT:%s  %s  [winnt]\r\n"
		     "TITLE   :%s\r\n"
		     "PRODUCT :Made-up Server\r\n"
		     "PROD/VER::4.0\r\n"
		     "OPER/SYS:\r\n"
		     "KEYWORDS:kbtest\r\n"
		     "\r\n"
		     "======================================================================\r\n"
		     "The information in this article applies to:\r\n"
		     "\r\n"
		     " - Made-up Server version 4.0\r\n"
		     "\r\n"
		     "SYMPTOMS\r\n"
		     "========\r\n"
		     "\r\n"
		     "%s\r\n"
		     "\r\n"
		     "CAUSE\r\n"
		     "=====\r\n"
		     "\r\n"
		     "%s\r\n"
		     "\r\n"
		     "Additional query words: madeup\r\n"
		     "\r\n"
		     "======================================================================\r\n"
		     "Keywords          : kbtest\r\n"
		     "Version           : :4.0\r\n",
		     id, date, title, symptoms, cause);
	if (n <= 0 || (size_t)n >= sizeof text)
		return -1;
	return test_write_file(path, text, (size_t)n);
}
