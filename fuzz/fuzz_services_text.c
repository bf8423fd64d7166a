/* fuzz_services_text.c: libFuzzer target for the parsers of untrusted
 * text added for the evidence explorer: ImagePath expansion
 * (core/services.c), message references (core/msgref.c) and the time and
 * level arguments (core/evtlist.c).  The input is split at its first NUL
 * or newline: the first part is the ImagePath, the rest the event text. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "kbwiz/evtlist.h"
#include "kbwiz/msgref.h"
#include "kbwiz/services.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1), *text;
	struct svc_image img;
	struct kb_error err;
	size_t pos = 0, n;
	unsigned code, levels;
	int64_t t;
	char bad[32];

	if (s == NULL)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	n = strcspn(s, "\n");
	text = s[n] != '\0' ? s + n + 1 : s + n;
	s[n] = '\0';
	if (svc_image_parse(s, "C:\\WINDOWS", NULL, &img, &err) == 0) {
		if (img.path != NULL && strlen(img.path) > 4 * size + 64)
			abort();    /* expansion is bounded by the input */
		svc_image_clear(&img);
	}
	while (msgref_next(text, &pos, &code))
		if (pos > strlen(text))
			abort();
	evl_parse_time(s, 1, &t);
	evl_parse_levels(s, &levels, bad, sizeof bad);
	free(s);
	return 0;
}
