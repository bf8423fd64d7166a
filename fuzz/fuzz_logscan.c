/* fuzz_logscan: logscan_buffer over arbitrary bytes with a fixed set of
 * literal and regex patterns.  The first input byte picks a small scan
 * window, so that lines cross window boundaries and long-line slicing is
 * exercised on small inputs; every hit is checked against its line. */
#include "kbwiz/logscan.h"

#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const literals[] = {
	"[CS] Initializing RPC server.",
	"[INIT] Unable to bind RPC to CDP, status 1720",
	"[Dm] DmShutdown",
	"1720",
	"abc", "abcd", "bc", "a", "\xC3\xBC",
	"status 17", "::2002/06/11-",
};

static const char *const regexes[] = {
	"status \\d+",
	"^\\w+\\.\\w+::",
	"(a|b)*c$",
	"\\Aab",
	"(?<=x)y",
	"q*$",
	".\\z",
};

static int check_hit(void *ctx, const struct logscan_hit *hit)
{
	size_t i;

	(void)ctx;
	if (hit->match_off > hit->line_len ||
	    hit->match_len > hit->line_len - hit->match_off)
		abort();
	/* Touch the ends and the match so that ASan sees a bad pointer;
	 * an LF inside a line would be a line split wrongly. */
	if (hit->line_len > 0 &&
	    (hit->line[0] == '\n' || hit->line[hit->line_len - 1] == '\n'))
		abort();
	for (i = hit->match_off; i < hit->match_off + hit->match_len; i++)
		if (hit->line[i] == '\n')
			abort();
	if (hit->group == 0 &&
	    (hit->match_len != strlen(literals[hit->index]) ||
	     memcmp(hit->line + hit->match_off, literals[hit->index],
		    hit->match_len) != 0))
		abort();
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct logscan *ls[2];
	struct logscan_stats st;
	struct kb_error err;
	size_t i, window;
	int which;

	if (size == 0)
		return 0;
	which = data[0] & 1;
	if (ls[which] == NULL) {
		if (logscan_new(&ls[which], &err) != 0)
			abort();
		for (i = 0; i < sizeof literals / sizeof literals[0]; i++)
			if (logscan_add(ls[which], 0, (int)i, 0, literals[i], &err) != 0)
				abort();
		/* The second scanner has literals only: the fast path. */
		for (i = 0; which == 0 && i < sizeof regexes / sizeof regexes[0]; i++)
			if (logscan_add(ls[which], 1, (int)i, 1, regexes[i], &err) != 0)
				abort();
	}
	window = 200 + (size_t)(data[0] >> 1) * 16;
	if (logscan_set_window(ls[which], window, &err) != 0)
		abort();
	if (logscan_buffer(ls[which], "fuzz", data + 1, size - 1, check_hit,
			   NULL, &st, &err) != 0)
		abort();
	if (st.bytes != size - 1)
		abort();
	return 0;
}
