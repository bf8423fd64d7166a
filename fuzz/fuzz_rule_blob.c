/* fuzz_rule_blob: the decoder of the store's cached rules over arbitrary
 * bytes.  The blobs are kbwiz's own, but they are read from a file that
 * can be damaged or edited: decoding must give a whole rule or a clean
 * error, never a crash, a leak or a half-read rule.  A blob that decodes
 * encodes back to the same bytes (nothing is read that is not kept). */
#include "kbwiz/rule_blob.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct kb_error err = { "" };
	struct kb_buf again = KB_BUF_INIT;
	struct rule *r = NULL;
	int rc;

	rc = rule_blob_decode(data, size, "fuzz", NULL, &r, &err);
	if (rc != 0) {
		if (err.msg[0] == '\0' || r != NULL)
			abort();   /* every failure says why, and leaves nothing */
		return 0;
	}
	if (r->id == NULL || r->article == NULL || r->title == NULL || r->cause == NULL ||
	    r->source_path == NULL || strcmp(r->source_path, "fuzz") != 0)
		abort();
	if (rule_blob_encode(r, &again) != 0 || again.len != size ||
	    memcmp(again.p, data, size) != 0)
		abort();
	kb_buf_free(&again);
	rule_free(r);
	return 0;
}
