/* fuzz_rule_load: the rule loader over arbitrary bytes.  Rule files come
 * from people (and drafts from the importer), so the strict validator
 * must turn anything into either a rule or a clean error, never a crash
 * or a leak. */
#include "kbwiz/rule_load.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
const char *__lsan_default_suppressions(void);

/* libfyaml 0.7.12 leaks a scratch buffer when it unescapes a long run of
 * doubled quotes in a single-quoted scalar; the leak is inside the
 * library, after fy_document_destroy().  The unit tests run the loader
 * under LeakSanitizer without this suppression, so a document we forget
 * to destroy is still caught there. */
const char *__lsan_default_suppressions(void)
{
	return "leak:libfyaml.so\n";
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct kb_error err = { "" };
	struct rule *r = NULL;

	if (rule_load_text("fuzz.yaml", (const char *)data, size, &r, &err) == 0) {
		/* A loaded rule has what the store and the diagnosis rely on. */
		if (r->id == NULL || r->title == NULL || r->n_symptoms == 0 ||
		    r->n_fixes == 0 || strlen(r->content_hash) != 64)
			abort();
		rule_free(r);
	} else if (err.msg[0] == '\0' || r != NULL) {
		abort();   /* every failure says why */
	}
	return 0;
}
