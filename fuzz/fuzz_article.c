/* fuzz_article.c: libFuzzer target for core/article.c and core/kbimport.c.
 * Every input is parsed as an article; what parses is imported, and the
 * draft must load as a rule (the importer promises drafts that load as
 * written), so a quoting or structure bug shows up as a crash here; the
 * draft's cites are then verified against the article (core/kbverify.c). */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "kbwiz/article.h"
#include "kbwiz/kbimport.h"
#include "kbwiz/kbverify.h"
#include "kbwiz/rule_load.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct kb_error err;
	struct kb_article *a = NULL;
	struct rule *r = NULL;
	char *yaml = NULL;
	size_t len = 0;

	if (kb_article_parse("fuzz.txt", data, size, &a, &err) != 0)
		return 0;
	if (kb_import_article(a, &yaml, &len, NULL, &err) != 0) {
		kb_article_free(a);
		return 0;
	}
	if (rule_load_text("fuzz.yaml", yaml, len, &r, &err) != 0) {
		fprintf(stderr, "draft does not load: %s\n%s\n", err.msg, yaml);
		abort();
	}
	/* The draft's cites, checked against its own article: kb verify
	 * reads untrusted article text. */
	if (kbverify_rule(r, a, NULL, NULL, NULL, &err) != 0 && err.msg[0] == '\0')
		abort();
	rule_free(r);
	free(yaml);
	kb_article_free(a);
	return 0;
}
