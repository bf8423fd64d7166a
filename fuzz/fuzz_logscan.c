/* fuzz_logscan: logscan_buffer over arbitrary bytes with a fixed set of
 * literal and regex patterns.  The first input byte picks a small scan
 * window, so that lines cross window boundaries and long-line slicing is
 * exercised on small inputs; every hit is checked against its line.  The
 * input is then scanned again cut into 2 to 4 parts scanned side by side
 * (logscan_set_parallel with a 1-byte part minimum), which must give the
 * same hits in the same order and the same stats. */
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

/* What a scan reported, folded, to compare two scans. */
struct digest {
	uint64_t hash, n;
};

static void fold(struct digest *d, uint64_t v)
{
	d->hash = (d->hash ^ v) * 0x100000001B3ull;
}

static int check_hit(void *ctx, const struct logscan_hit *hit)
{
	struct digest *d = ctx;
	size_t i;

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
	d->n++;
	fold(d, (uint64_t)hit->group);
	fold(d, (uint64_t)hit->index);
	fold(d, hit->line_no);
	fold(d, hit->match_off);
	fold(d, hit->match_len);
	fold(d, hit->line_len);
	fold(d, hit->line_offset);
	fold(d, (uint64_t)hit->line_is_slice);
	fold(d, hit->timestamp != NULL ? strlen(hit->timestamp) : 99);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct logscan *ls[2];
	struct logscan_stats st, pst;
	struct digest one = { 0, 0 }, parts = { 0, 0 };
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
	if (logscan_set_parallel(ls[which], 1, 0, &err) != 0 ||
	    logscan_buffer(ls[which], "fuzz", data + 1, size - 1, check_hit,
			   &one, &st, &err) != 0)
		abort();
	if (st.bytes != size - 1)
		abort();
	if (logscan_set_parallel(ls[which], 2 + (unsigned)(size % 3), 1, &err) != 0 ||
	    logscan_buffer(ls[which], "fuzz", data + 1, size - 1, check_hit,
			   &parts, &pst, &err) != 0)
		abort();
	if (one.n != parts.n || one.hash != parts.hash || st.bytes != pst.bytes ||
	    st.lines != pst.lines || st.hits != pst.hits ||
	    st.nul_bytes != pst.nul_bytes || st.longest_line != pst.longest_line ||
	    st.long_lines != pst.long_lines || st.regex_gave_up != pst.regex_gave_up ||
	    st.format != pst.format || st.encoding != pst.encoding)
		abort();
	return 0;
}
