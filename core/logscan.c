/* logscan.c: one pass over a text log for many patterns (logscan.h).
 *
 * The input is read in chunks into a window (UTF-16LE converted to UTF-8
 * on the way in).  Each time the window holds complete lines, the whole
 * run of lines is searched at once, not line by line: per-line work costs
 * a function call per line, and a 1 GiB cluster log has some ten million
 * lines.  Line boundaries are found with memchr, to count lines and to
 * give each hit its line.
 *
 * Literals: each literal is represented by `stride` k-byte grams (k = 8,
 * or the length of the shortest literal for literals under 8 bytes),
 * taken where they are shared by the fewest other literals, since
 * literals from one knowledge base share prefixes such as "[CS] " or
 * "[DM] Dmp".  A literal registers a gram at an offset of each residue
 * modulo stride (not necessarily consecutive ones), so every
 * occurrence puts one of them at a text position that is a multiple of
 * stride, and only those positions are looked at (every 8th for literals
 * of 15 bytes and more).  At such a position an 8-byte load, a mask and a
 * multiply give a hash; a bitmap of 2^18 to 2^23 bits (32 KiB to 1 MiB, 32
 * bits a chosen gram) says whether any
 * chosen gram has that hash, and only then an exact table lookup and a
 * compare of the whole literal decide.  The positions do not depend on
 * one another (unlike an Aho-Corasick walk), so the CPU overlaps them.
 * Measured on a 1 GiB log with 1,016 literals: the same loop testing
 * every position ran at about 1.1x grep -F's speed (0.4x with only the 16
 * KB literals); sampling every 8th made it about 2.5x.
 *
 * Regexes: a regex's required text (the longest plain run every match
 * holds) is one more literal of the tiers, so its candidate lines come
 * from the same pass (PREFILTER_GROUP).  Otherwise PCRE2 first searches
 * the run of lines as one subject (with
 * PCRE2_MULTILINE, so ^ and $ still mean line ends) only to find the next
 * line that may match; that line is then matched on its own, which is
 * the authority.  A regex that could behave differently on the run than
 * on the line (\A, \z, \G, lookaround, verbs) is matched line by line.
 *
 * Hits from the literal tiers and from each regex come in position order
 * per source and are merged, so the caller sees them in line order. */
/* memmem */
#define _GNU_SOURCE
#include "kbwiz/logscan.h"
#include "logscan_internal.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define READ_CHUNK ((size_t)1 << 20)
/* Reads padding: the gram loop loads 8 bytes at any position up to the
 * window's end. */
#define WINDOW_PAD 16
#define FILTER_BITS 18
#define FILTER_BITS_MAX 23
#define GRAM_MAX 8
#define STRIDE_MAX 8
#define HASH_MUL 0x9E3779B97F4A7C15ull
#define TS_MAX 40
#define FORMAT_PROBE_LINES 16
/* Far above what a sane log regex needs per line, far below what a
 * catastrophic one would burn on a 4 MiB run of lines. */
#define REGEX_MATCH_LIMIT 1000000u
/* A regex's required text is searched for by the literal tiers in the
 * same pass as the literals, instead of by a memmem pass of its own per
 * regex (two regexes cost two more passes over the file: a quarter of
 * `diagnose --log`'s time on the KB's rules).  Its hits are marked with
 * this group and the regex's number, and are not reported: they only
 * hand the regex its next line.  Shorter required texts would make a
 * tier of short grams that slows the scan for all; they keep memmem. */
#define PREFILTER_GROUP INT_MIN
#define PREFILTER_MIN_LEN 4

struct literal {
	int group, index;
	char *text;
	size_t len;
	uint64_t head;   /* first bytes as loaded from text, to reject
			    candidates without a call to memcmp */
	uint64_t head_mask;
};

struct regex {
	int group, index;
	char *text;
	pcre2_code *code;
	int per_line_only;
	char *need;          /* text every match contains, or NULL */
	size_t need_len;
	int prefiltered;     /* need is found by the literal tiers */
};

struct gram_entry {
	uint32_t lit;
	uint32_t off;   /* where the gram sits inside the literal */
};

struct gram_slot {
	uint64_t gram;
	uint32_t first, count;   /* entries[first..first+count); count 0: empty */
};

struct gram_filter {
	size_t k;
	size_t stride;           /* only every stride-th position is tested */
	uint64_t mask;           /* keeps the first k bytes of a load */
	uint8_t *bitmap;
	unsigned bits;           /* the bitmap has 2^bits bits */
	struct gram_slot *slots;
	unsigned slot_bits;
	struct gram_entry *entries;
	size_t n_entries;
};

struct logscan {
	struct literal *lits;
	size_t n_lits, cap_lits;
	struct regex *rxs;
	size_t n_rxs, cap_rxs;
	size_t window;
	int built;
	struct gram_filter tiers[3];
	size_t n_tiers;
	size_t max_lit;
	pcre2_match_context *mctx;
	pcre2_jit_stack *jit_stack;
	pcre2_match_data *md;
	unsigned par_workers;     /* logscan_set_parallel */
	uint64_t par_min_part;
};

/* One literal tier's position in the current run of lines. */
struct lit_src {
	const struct gram_filter *f;
	size_t pos, end_pos;     /* next gram position; end (exclusive) */
	size_t ent, ent_end;     /* entries left to verify at pos */
	int started;
};

struct rx_src {
	const struct regex *rx;
	size_t cursor;           /* start of the next line to consider */
	int per_line;
	int in_line;
	size_t ls, le, le_raw;   /* line start, content end, EOL position */
	size_t off;              /* next match attempt, within the line */
};

/* A source's next hit, waiting to be merged. */
struct pending {
	int have;
	size_t key;              /* a position inside the hit's line */
	size_t start, len;
	int group, index;
};

enum region_mode { REGION_LINES, REGION_FINAL, REGION_SLICE };

struct scan {
	struct logscan *ls;
	const char *name;
	logscan_hit_fn on_hit;
	logscan_progress_fn on_progress;
	void *ctx;
	struct logscan_stats st;
	struct kb_error *err;

	/* input: a file descriptor or memory */
	int fd;
	const unsigned char *mem;
	size_t mem_len, mem_pos;
	uint64_t total;
	int started, eof;
	int ranged;              /* fd: pread from in_pos up to in_end */
	uint64_t in_pos, in_end;
	int continues;           /* a part after the input's start: no BOM */

	/* PCRE2 match data: the logscan's, or the scan's own when parts of
	 * one input are scanned side by side */
	pcre2_match_data *md;
	pcre2_match_context *mctx;
	pcre2_jit_stack *jit_stack;
	int own_match;
	int utf16;
	unsigned char *raw;      /* UTF-16LE bytes not yet converted */
	size_t raw_len, raw_cap;

	/* window: buf[0..n); bytes before fresh were searched already (the
	 * overlap kept from a slice of a long line) */
	unsigned char *buf;
	size_t cap, n, fresh, overlap;
	size_t no_nl_below;      /* buf[0..no_nl_below) holds no LF */
	uint64_t line_off;       /* offset of buf[0] within its line */
	uint64_t line_no;        /* number of buf[0]'s line */
	char slice_ts[TS_MAX];
	int slice_has_ts;
	int format_known;

	/* the run of lines being searched */
	size_t region_end;
	enum region_mode mode;
	size_t lw_start, lw_end; /* the line walker's line: [start, end=EOL) */
	uint64_t lw_no;
	char ts[TS_MAX];

	struct lit_src lsrc[3];
	struct rx_src *rsrc;
	struct pending *pend;
	struct pending *line_hits;   /* the walker's line's, to sort */
	size_t n_line_hits, cap_line_hits;
};

/* ---- small helpers ---- */

static uint64_t load64(const unsigned char *p)
{
	uint64_t w;

	memcpy(&w, p, sizeof w);
	return w;
}

static uint64_t gram_of(const void *p, uint64_t mask)
{
	unsigned char tmp[GRAM_MAX] = { 0 };
	size_t k = 0;

	/* Literals are not padded like the window, so copy what the mask
	 * keeps; the mask is whole bytes from the start of the load. */
	while (k < GRAM_MAX && ((const unsigned char *)&mask)[k] != 0)
		k++;
	memcpy(tmp, p, k);
	return load64(tmp) & mask;
}

/* The gram at j of a literal: a plain load where 8 bytes remain (the
 * build reads every position of every literal). */
static uint64_t lit_gram(const char *text, size_t len, size_t j, uint64_t mask)
{
	return j + GRAM_MAX <= len ? load64((const unsigned char *)text + j) & mask
				   : gram_of(text + j, mask);
}

static uint64_t mask_for(size_t k)
{
	unsigned char b[GRAM_MAX] = { 0 };

	/* Host byte order does not matter: the mask is built the same way
	 * the text is loaded. */
	memset(b, 0xff, k);
	return load64(b);
}

static unsigned hash_bits(uint64_t w, unsigned bits)
{
	return (unsigned)((w * HASH_MUL) >> (64 - bits));
}

static const unsigned char *find_byte(const unsigned char *p, int c,
				      size_t len)
{
	return len == 0 ? NULL : memchr(p, c, len);
}

/* ---- timestamps and format ---- */

static int is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static int is_hex(unsigned char c)
{
	return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static size_t count_digits(const unsigned char *p, size_t len, size_t max)
{
	size_t i = 0;

	while (i < len && i < max && is_digit(p[i]))
		i++;
	return i;
}

/* "YYYY?MM?DD?hh:mm:ss[.fff]" with the given date and date-time
 * separators; returns its length or 0. */
static size_t match_datetime(const unsigned char *p, size_t len,
			     const char *date_seps, const char *mid_seps)
{
	static const size_t field[] = { 4, 2, 2, 2, 2, 2 };
	size_t i = 0, f, frac;

	for (f = 0; f < 6; f++) {
		if (f > 0) {
			const char *seps = f < 3 ? date_seps
					 : f == 3 ? mid_seps : ":";
			if (i >= len || p[i] == '\0' || strchr(seps, p[i]) == NULL)
				return 0;
			if (f == 1 || f == 2) {
				/* the two date separators must agree */
				if (f == 2 && p[i] != p[4])
					return 0;
			}
			i++;
		}
		if (count_digits(p + i, len - i, field[f]) != field[f])
			return 0;
		i += field[f];
	}
	if (i + 1 < len && (p[i] == '.' || p[i] == ',') && is_digit(p[i + 1])) {
		frac = count_digits(p + i + 1, len - i - 1, 9);
		i += 1 + frac;
	}
	return i;
}

/* The cluster log prefix "pid.tid::" (hex, 8 digits each as written by
 * clussvc, fewer accepted); returns the offset of the timestamp after it
 * or 0. */
static size_t cluster_prefix_len(const unsigned char *p, size_t len)
{
	size_t i = 0, d;

	for (d = 0; i < len && d < 8 && is_hex(p[i]); d++)
		i++;
	if (d == 0 || i >= len || p[i] != '.')
		return 0;
	i++;
	for (d = 0; i < len && d < 8 && is_hex(p[i]); d++)
		i++;
	if (d == 0 || i + 2 > len || p[i] != ':' || p[i + 1] != ':')
		return 0;
	return i + 2;
}

/* Finds a line's timestamp: the cluster one, else a leading ISO-like
 * one.  Returns its length and sets *at, or 0. */
static size_t line_timestamp(const unsigned char *p, size_t len, size_t *at)
{
	size_t pre = cluster_prefix_len(p, len), tl;

	if (pre > 0) {
		tl = match_datetime(p + pre, len - pre, "/", "-");
		if (tl > 0) {
			*at = pre;
			return tl;
		}
	}
	tl = match_datetime(p, len, "-/", " T");
	if (tl > 0) {
		*at = 0;
		return tl;
	}
	return 0;
}

static int copy_timestamp(char *out, const unsigned char *p, size_t len)
{
	size_t at = 0, tl = line_timestamp(p, len, &at);

	if (tl == 0)
		return 0;
	if (tl > TS_MAX - 1)
		tl = TS_MAX - 1;
	memcpy(out, p + at, tl);
	out[tl] = '\0';
	return 1;
}

/* 2008 and later: the timestamp is followed by a level word and a
 * bracketed component ("ERR   [NM] ..."). */
static int has_2008_level(const unsigned char *p, size_t len)
{
	size_t pre = cluster_prefix_len(p, len), tl, i, w = 0;

	if (pre == 0)
		return 0;
	tl = match_datetime(p + pre, len - pre, "/", "-");
	if (tl == 0)
		return 0;
	i = pre + tl;
	if (i >= len || p[i] != ' ')
		return 0;
	while (i < len && p[i] == ' ')
		i++;
	while (i < len && p[i] >= 'A' && p[i] <= 'Z') {
		i++;
		w++;
	}
	if (w < 3 || w > 8 || i >= len || p[i] != ' ')
		return 0;
	while (i < len && p[i] == ' ')
		i++;
	return i < len && p[i] == '[';
}

static void detect_format(struct scan *s)
{
	size_t pos = 0, seen = 0, cluster = 0, modern = 0;

	while (pos < s->region_end && seen < FORMAT_PROBE_LINES) {
		const unsigned char *nl = find_byte(s->buf + pos, '\n',
						    s->region_end - pos);
		size_t end = nl ? (size_t)(nl - s->buf) : s->region_end;
		size_t len = end - pos;

		if (len > 0 && s->buf[end - 1] == '\r')
			len--;
		if (len > 0) {
			size_t at;

			seen++;
			if (cluster_prefix_len(s->buf + pos, len) > 0 &&
			    line_timestamp(s->buf + pos, len, &at) > 0 && at > 0) {
				cluster++;
				modern += has_2008_level(s->buf + pos, len);
			}
		}
		pos = end + 1;
	}
	/* A cluster log may start with a few unprefixed lines (a wrapped
	 * message); a majority of prefixed lines decides. */
	if (cluster > 0 && cluster * 2 >= seen)
		s->st.format = modern * 2 > cluster ? LOGFMT_CLUSTER_2008
						    : LOGFMT_CLUSTER_NT;
	else
		s->st.format = LOGFMT_PLAIN;
	s->format_known = 1;
}

const char *log_format_name(enum log_format f)
{
	switch (f) {
	case LOGFMT_PLAIN: return "plain text";
	case LOGFMT_CLUSTER_NT: return "cluster log (NT 4.0/2000/2003)";
	case LOGFMT_CLUSTER_2008: return "cluster log (2008 and later)";
	}
	return "unknown";
}

/* ---- the literal matcher ---- */

struct gram_pick {
	uint64_t gram;
	uint32_t lit, off;
};

/* A stable sort of picks by gram: a radix sort, a byte a pass, each pass
 * a sequential read and write.  At 10,000 literals qsort's comparisons
 * (and a hash table of gram counts after it) were most of the matcher's
 * build, which every diagnosis pays before its scan starts.  Picks made
 * in literal order come out ordered by (gram, literal), as they did from
 * qsort with (gram, literal) as the key.  KB_ENOMEM or 0. */
static int sort_picks(struct gram_pick *picks, size_t n)
{
	struct gram_pick *tmp, *src = picks, *dst, *swap;
	size_t (*counts)[256], *count, b, i, at, c;

	if (n < 2)
		return 0;
	tmp = malloc(n * sizeof *tmp);
	counts = calloc(8, sizeof *counts);
	if (tmp == NULL || counts == NULL) {
		free(tmp);
		free(counts);
		return KB_ENOMEM;
	}
	/* Every byte's histogram in one pass over the picks. */
	for (i = 0; i < n; i++)
		for (b = 0; b < 8; b++)
			counts[b][(picks[i].gram >> (b * 8)) & 0xff]++;
	dst = tmp;
	for (b = 0; b < 8; b++) {
		count = counts[b];
		/* Grams shorter than 8 bytes leave their high bytes 0. */
		if (count[(src[0].gram >> (b * 8)) & 0xff] == n)
			continue;
		for (i = 0, at = 0; i < 256; i++) {
			c = count[i];
			count[i] = at;
			at += c;
		}
		for (i = 0; i < n; i++)
			dst[count[(src[i].gram >> (b * 8)) & 0xff]++] = src[i];
		swap = src;
		src = dst;
		dst = swap;
	}
	if (src != picks)
		memcpy(picks, src, n * sizeof *picks);
	free(tmp);
	free(counts);
	return 0;
}


static void filter_free(struct gram_filter *f)
{
	free(f->bitmap);
	free(f->slots);
	free(f->entries);
	memset(f, 0, sizeof *f);
}

static const struct gram_slot *gram_lookup(const struct gram_filter *f,
					   uint64_t g)
{
	size_t mask = ((size_t)1 << f->slot_bits) - 1;
	size_t i = hash_bits(g, f->slot_bits);

	for (;; i = (i + 1) & mask) {
		const struct gram_slot *sl = &f->slots[i];
		if (sl->count == 0)
			return NULL;
		if (sl->gram == g)
			return sl;
	}
}

/* A position of a literal and its gram's 32-bit hash, for counting how
 * many positions share each gram. */
struct gram_key {
	uint32_t hash, pos;
};

/* A stable radix sort of keys by hash, 11 bits a pass (3 passes). */
static int sort_keys(struct gram_key *keys, size_t n)
{
	struct gram_key *tmp, *src = keys, *dst, *swap;
	uint32_t count[2048];
	size_t i, at, c;
	unsigned shift;

	if (n < 2)
		return 0;
	if ((tmp = malloc(n * sizeof *tmp)) == NULL)
		return KB_ENOMEM;
	dst = tmp;
	for (shift = 0; shift < 32; shift += 11) {
		memset(count, 0, sizeof count);
		for (i = 0; i < n; i++)
			count[(src[i].hash >> shift) & 2047]++;
		for (i = 0, at = 0; i < 2048; i++) {
			c = count[i];
			count[i] = (uint32_t)at;
			at += c;
		}
		for (i = 0; i < n; i++)
			dst[count[(src[i].hash >> shift) & 2047]++] = src[i];
		swap = src;
		src = dst;
		dst = swap;
	}
	if (src != keys)
		memcpy(keys, src, n * sizeof *keys);
	free(tmp);
	return 0;
}

/* Builds a tier from the literals whose ids are given, all at least
 * k + stride - 1 bytes long.  Each literal registers stride grams, one
 * at an offset of each residue modulo stride, so that every occurrence
 * has one of them at a position that is a multiple of stride: only those
 * positions are hashed. */
static int filter_build(struct gram_filter *f, const struct literal *lits,
			const uint32_t *ids, size_t n, size_t k, size_t stride)
{
	struct gram_key *all = NULL;
	struct gram_pick *picks = NULL;
	uint32_t *counts = NULL;
	size_t n_all = 0, n_picks = n * stride, i, j, d, n_slots, base;
	int rc = KB_ENOMEM;

	memset(f, 0, sizeof *f);
	f->k = k;
	f->stride = stride;
	f->mask = mask_for(k);
	for (i = 0; i < n; i++)
		n_all += lits[ids[i]].len - k + 1;
	if (n_all > UINT32_MAX)
		return KB_ENOMEM;
	all = malloc(n_all * sizeof *all);
	counts = malloc(n_all * sizeof *counts);
	picks = malloc(n_picks * sizeof *picks);
	/* At least 32 bits per chosen gram, so that few sampled positions
	 * pass the bitmap: with 10,000 literals a fixed 2^18 bits were a
	 * quarter set and most positions went on to the slot lookup. */
	for (f->bits = FILTER_BITS; f->bits < FILTER_BITS_MAX &&
	     ((size_t)1 << f->bits) < n_picks * 32; f->bits++)
		;
	f->bitmap = calloc(((size_t)1 << f->bits) / 8, 1);
	if (all == NULL || counts == NULL || picks == NULL || f->bitmap == NULL)
		goto out;
	/* How many positions of all literals hold each position's gram:
	 * every position's gram hash, sorted, counted by runs (positions
	 * numbered literal after literal).  The counts only choose which
	 * grams a literal registers, so two grams sharing a 32-bit hash,
	 * rare at these numbers, cost speed at worst, never a match. */
	n_all = 0;
	for (i = 0; i < n; i++) {
		const struct literal *l = &lits[ids[i]];
		for (j = 0; j + k <= l->len; j++, n_all++) {
			all[n_all].hash = (uint32_t)hash_bits(lit_gram(l->text, l->len, j, f->mask), 32);
			all[n_all].pos = (uint32_t)n_all;
		}
	}
	if (sort_keys(all, n_all) != 0)
		goto out;
	for (i = 0; i < n_all; i = j) {
		for (j = i; j < n_all && all[j].hash == all[i].hash; j++)
			;
		for (d = i; d < j; d++)
			counts[all[d].pos] = (uint32_t)(j - i);
	}
	free(all);    /* before the picks take their memory */
	all = NULL;

	/* Each literal's grams: an occurrence starting at p is probed at
	 * the positions p + off that are multiples of stride, and those
	 * offsets all have the residue -p mod stride; so a literal needs
	 * one gram at an offset of each residue, not a run of stride
	 * consecutive ones.  For each residue the offset whose gram fewest
	 * positions of all literals share, so that a common prefix ("[CS] ",
	 * "[DM] Dmp") or a common word does not send every line to
	 * verification; among equals the last, since phrases differ more at
	 * the end.  At 10,000 rules ("[RM] network open registry, status
	 * 9992") a run had to include the shared ", status " or sit in the
	 * words the log is full of; chosen by residue, three of the eight
	 * grams hold the distinctive number. */
	for (i = 0, base = 0; i < n; i++) {
		const struct literal *l = &lits[ids[i]];
		size_t n_pos = l->len - k + 1;

		for (d = 0; d < stride; d++) {
			struct gram_pick *pk = &picks[i * stride + d];
			size_t best_off = d, best_count = SIZE_MAX;

			/* n_pos >= stride: every residue has an offset. */
			for (j = d; j < n_pos; j += stride) {
				if (counts[base + j] <= best_count) {
					best_count = counts[base + j];
					best_off = j;
				}
			}
			pk->gram = lit_gram(l->text, l->len, best_off, f->mask);
			pk->lit = ids[i];
			pk->off = (uint32_t)best_off;
		}
		base += n_pos;
	}
	if (sort_picks(picks, n_picks) != 0)
		goto out;

	f->n_entries = n_picks;
	f->entries = malloc(n_picks * sizeof *f->entries);
	for (n_slots = 16, f->slot_bits = 4; n_slots < n_picks * 2; n_slots *= 2)
		f->slot_bits++;
	f->slots = calloc(n_slots, sizeof *f->slots);
	if (f->entries == NULL || f->slots == NULL)
		goto out;
	for (i = 0; i < n_picks; i = j) {
		size_t sl = hash_bits(picks[i].gram, f->slot_bits);
		unsigned h = hash_bits(picks[i].gram, f->bits);

		for (j = i; j < n_picks && picks[j].gram == picks[i].gram; j++) {
			f->entries[j].lit = picks[j].lit;
			f->entries[j].off = picks[j].off;
		}
		while (f->slots[sl].count != 0)
			sl = (sl + 1) & (n_slots - 1);
		f->slots[sl].gram = picks[i].gram;
		f->slots[sl].first = (uint32_t)i;
		f->slots[sl].count = (uint32_t)(j - i);
		f->bitmap[h >> 3] |= (uint8_t)(1u << (h & 7));
	}
	rc = 0;
out:
	free(all);
	free(picks);
	free(counts);
	if (rc != 0)
		filter_free(f);
	return rc;
}

static int push_literal(struct logscan *ls, int group, int index,
			const char *text, size_t len);

/* The regexes' required texts as literals of PREFILTER_GROUP, made anew
 * at each build (patterns may be added after a scan). */
static int add_prefilters(struct logscan *ls)
{
	size_t i, kept = 0;

	for (i = 0; i < ls->n_lits; i++) {
		if (ls->lits[i].group == PREFILTER_GROUP)
			free(ls->lits[i].text);
		else
			ls->lits[kept++] = ls->lits[i];
	}
	ls->n_lits = kept;
	for (i = 0; i < ls->n_rxs; i++) {
		struct regex *rx = &ls->rxs[i];

		rx->prefiltered = 0;
		if (rx->need == NULL || rx->need_len < PREFILTER_MIN_LEN ||
		    memchr(rx->need, '\n', rx->need_len) != NULL ||
		    memchr(rx->need, '\r', rx->need_len) != NULL || i > INT_MAX)
			continue;
		if (push_literal(ls, PREFILTER_GROUP, (int)i, rx->need, rx->need_len) != 0)
			return -1;
		rx->prefiltered = 1;
	}
	return 0;
}

static int build(struct logscan *ls, struct kb_error *err)
{
	/* Three tiers by length: 8-byte grams sampled every 8 positions
	 * for literals of 15 bytes and more (the usual log phrase), 8-byte
	 * grams sampled as sparsely as the shortest allows for 8 to 14
	 * bytes, and grams as long as the shortest literal for the rest;
	 * so one short literal does not slow the scan for all. */
	uint32_t *ids[3] = { NULL, NULL, NULL };
	size_t n_ids[3] = { 0, 0, 0 }, min_len[3] = { SIZE_MAX, SIZE_MAX, SIZE_MAX };
	size_t i, t;
	int rc = 0;

	for (i = 0; i < ls->n_tiers; i++)
		filter_free(&ls->tiers[i]);
	ls->n_tiers = 0;
	ls->max_lit = 0;
	if (add_prefilters(ls) != 0)
		goto nomem;
	if (ls->n_lits > UINT32_MAX)
		return kb_errorf(err, KB_EINVAL, "too many literal patterns");
	for (t = 0; t < 3; t++) {
		ids[t] = malloc((ls->n_lits + 1) * sizeof *ids[t]);
		if (ids[t] == NULL)
			goto nomem;
	}
	for (i = 0; i < ls->n_lits; i++) {
		size_t len = ls->lits[i].len;

		if (len > ls->max_lit)
			ls->max_lit = len;
		t = len >= GRAM_MAX + STRIDE_MAX - 1 ? 0 : len >= GRAM_MAX ? 1 : 2;
		ids[t][n_ids[t]++] = (uint32_t)i;
		if (len < min_len[t])
			min_len[t] = len;
	}
	for (t = 0; t < 3; t++) {
		size_t k, stride;

		if (n_ids[t] == 0)
			continue;
		k = t < 2 ? GRAM_MAX : min_len[t];
		stride = t == 0 ? STRIDE_MAX : t == 1 ? min_len[t] - GRAM_MAX + 1 : 1;
		if (filter_build(&ls->tiers[ls->n_tiers], ls->lits, ids[t],
				 n_ids[t], k, stride) != 0)
			goto nomem;
		ls->n_tiers++;
	}
	ls->built = 1;
	goto out;
nomem:
	rc = kb_errorf(err, KB_ENOMEM, "building the literal matcher: out of memory");
out:
	for (t = 0; t < 3; t++)
		free(ids[t]);
	return rc;
}

/* ---- patterns ---- */

int logscan_new(struct logscan **out, struct kb_error *err)
{
	struct logscan *ls = calloc(1, sizeof *ls);

	*out = NULL;
	if (ls == NULL)
		goto nomem;
	ls->window = LOGSCAN_WINDOW_DEFAULT;
	ls->mctx = pcre2_match_context_create(NULL);
	ls->md = pcre2_match_data_create(1, NULL);
	/* PCRE2's default 32 KiB JIT stack is too small for some patterns
	 * on multi-megabyte subjects; 1 MiB is grown into only on need. */
	ls->jit_stack = pcre2_jit_stack_create(32 * 1024, 1024 * 1024, NULL);
	if (ls->mctx == NULL || ls->md == NULL)
		goto nomem;
	if (ls->jit_stack != NULL)
		pcre2_jit_stack_assign(ls->mctx, NULL, ls->jit_stack);
	pcre2_set_match_limit(ls->mctx, REGEX_MATCH_LIMIT);
	*out = ls;
	return 0;
nomem:
	logscan_free(ls);
	return kb_errorf(err, KB_ENOMEM, "logscan: out of memory");
}

void logscan_free(struct logscan *ls)
{
	size_t i;

	if (ls == NULL)
		return;
	for (i = 0; i < ls->n_lits; i++)
		free(ls->lits[i].text);
	free(ls->lits);
	for (i = 0; i < ls->n_rxs; i++) {
		free(ls->rxs[i].text);
		free(ls->rxs[i].need);
		pcre2_code_free(ls->rxs[i].code);
	}
	free(ls->rxs);
	for (i = 0; i < ls->n_tiers; i++)
		filter_free(&ls->tiers[i]);
	pcre2_match_data_free(ls->md);
	pcre2_jit_stack_free(ls->jit_stack);
	pcre2_match_context_free(ls->mctx);
	free(ls);
}

int logscan_set_window(struct logscan *ls, size_t window_bytes,
		       struct kb_error *err)
{
	if (window_bytes < LOGSCAN_WINDOW_MIN || window_bytes > ((size_t)1 << 30))
		return kb_errorf(err, KB_EINVAL,
				 "logscan window of %zu bytes: must be %zu bytes to 1 GiB",
				 window_bytes, (size_t)LOGSCAN_WINDOW_MIN);
	ls->window = window_bytes;
	return 0;
}

static size_t overlap_for(size_t window)
{
	size_t o = window / 4;

	return o > LOGSCAN_OVERLAP_MAX ? LOGSCAN_OVERLAP_MAX : o;
}

/* A regex whose result could depend on text outside its line (subject
 * start or end, lookaround, backtracking verbs, callouts).  A plain
 * substring test: a false alarm only costs speed. */
static int needs_per_line(const char *re)
{
	static const char *const risky[] = {
		"\\A", "\\G", "\\z", "\\Z", "(?<", "(?=", "(?!", "(*", "(?C",
	};
	size_t i;

	for (i = 0; i < sizeof risky / sizeof risky[0]; i++)
		if (strstr(re, risky[i]) != NULL)
			return 1;
	return 0;
}

/* The longest run of plain characters every match of re must contain,
 * found conservatively: only text outside groups, classes and escapes
 * with a meaning, not followed by a quantifier, in a pattern without
 * alternation or inline options.  A line without it cannot match, so
 * memmem finds the lines PCRE2 has to look at: over a run of lines, that
 * was most of a regex's cost.  Returns a new string or NULL (no prefilter;
 * also on no memory, which only costs speed). */
static char *required_text(const char *re, size_t *len_out)
{
	char *run = malloc(strlen(re) + 1), *best = NULL;
	size_t n = 0, best_len = 0, i = 0;
	int depth = 0;

	*len_out = 0;
	if (run == NULL || strchr(re, '|') != NULL || strstr(re, "(?") != NULL ||
	    strstr(re, "(*") != NULL || strstr(re, "\\Q") != NULL)
		goto out;
	for (;;) {
		char c = re[i];
		int lit = 0;

		if (c == '\\' && re[i + 1] != '\0' &&
		    !((re[i + 1] >= 'a' && re[i + 1] <= 'z') ||
		      (re[i + 1] >= 'A' && re[i + 1] <= 'Z') ||
		      (re[i + 1] >= '0' && re[i + 1] <= '9'))) {
			c = re[i + 1];   /* an escaped punctuation mark */
			lit = depth == 0;
			i += 2;
		} else if (c == '\\') {
			/* \d, \w, \x41, \p{..}: a meaning, not text; those
			 * taking arguments are not followed further. */
			if (re[i + 1] == '\0' || strchr("xopPNcgkuE0123456789", re[i + 1]) != NULL)
				goto done;
			i += 2;
		} else if (c == '[') {
			/* a class: to its closing bracket ("[]..." and
			 * "[^]..." hold a literal ']') */
			i++;
			if (re[i] == '^')
				i++;
			if (re[i] == ']')
				i++;
			while (re[i] != '\0' && re[i] != ']')
				i += re[i] == '\\' && re[i + 1] != '\0' ? 2 : 1;
			if (re[i] == '\0')
				goto done;
			i++;
		} else if (c == '{') {
			while (re[i] != '\0' && re[i] != '}')
				i++;
			if (re[i] == '\0')
				goto done;
			i++;
			if (n > 0)
				n--;     /* the quantified character */
		} else if (c == '(') {
			depth++;
			i++;
		} else if (c == ')') {
			depth--;
			i++;
		} else if (c == '\0' || strchr(".^$?*+", c) != NULL) {
			if ((c == '?' || c == '*' || c == '+') && n > 0)
				n--;     /* the quantified character */
			if (c == '\0')
				goto done;
			i++;
		} else {
			lit = depth == 0;
			i++;
		}
		/* a quantifier after this character makes it optional */
		if (lit && re[i] != '\0' && strchr("?*+{", re[i]) != NULL)
			lit = 0;
		if (lit) {
			run[n++] = c;
			continue;
		}
		/* A quantifier on a multi-byte UTF-8 character follows its
		 * last byte: its first bytes, already in the run, are not
		 * required either. */
		if ((unsigned char)c >= 0x80) {
			while (n > 0 && ((unsigned char)run[n - 1] & 0xC0) == 0x80)
				n--;
			if (n > 0 && ((unsigned char)run[n - 1] & 0xC0) == 0xC0)
				n--;
		}
		if (n > best_len) {
			free(best);
			best = malloc(n + 1);
			if (best == NULL)
				goto out;
			memcpy(best, run, n);
			best[n] = '\0';
			best_len = n;
		}
		n = 0;
	}
done:
	if (n > best_len) {
		free(best);
		best = malloc(n + 1);
		if (best != NULL) {
			memcpy(best, run, n);
			best[n] = '\0';
			best_len = n;
		}
	}
out:
	free(run);
	if (best != NULL && best_len < 3) {
		free(best);
		best = NULL;
	}
	*len_out = best != NULL ? best_len : 0;
	return best;
}

static int add_regex(struct logscan *ls, int group, int index,
		     const char *text, struct kb_error *err)
{
	pcre2_compile_context *cctx = NULL;
	pcre2_code *code = NULL;
	struct regex *rx;
	PCRE2_SIZE erroff = 0;
	int errcode = 0, rc = 0;
	char *copy = NULL;

	cctx = pcre2_compile_context_create(NULL);
	if (cctx == NULL)
		return kb_errorf(err, KB_ENOMEM, "regex /%s/: out of memory", text);
	/* ANYCRLF so that a run of CRLF lines and the line on its own agree
	 * on where $ may match (see the file comment). */
	pcre2_set_newline(cctx, PCRE2_NEWLINE_ANYCRLF);
	code = pcre2_compile((PCRE2_SPTR)text, PCRE2_ZERO_TERMINATED,
			     PCRE2_UTF | PCRE2_MATCH_INVALID_UTF | PCRE2_MULTILINE,
			     &errcode, &erroff, cctx);
	pcre2_compile_context_free(cctx);
	if (code == NULL) {
		PCRE2_UCHAR msg[256];

		if (pcre2_get_error_message(errcode, msg, sizeof msg) < 0)
			strcpy((char *)msg, "unknown error");
		return kb_errorf(err, KB_EINVAL,
				 "regex /%s/: %s at offset %zu", text,
				 (const char *)msg, (size_t)erroff);
	}
	/* Without JIT (not built for this CPU) the interpreter still works,
	 * only slower; not an error. */
	(void)pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);

	copy = strdup(text);
	if (copy == NULL)
		goto nomem;
	if (ls->n_rxs == ls->cap_rxs) {
		size_t cap = ls->cap_rxs ? ls->cap_rxs * 2 : 8;
		struct regex *grown = realloc(ls->rxs, cap * sizeof *grown);
		if (grown == NULL)
			goto nomem;
		ls->rxs = grown;
		ls->cap_rxs = cap;
	}
	rx = &ls->rxs[ls->n_rxs++];
	rx->group = group;
	rx->index = index;
	rx->text = copy;
	rx->code = code;
	rx->per_line_only = needs_per_line(text);
	rx->need = required_text(text, &rx->need_len);
	return rc;
nomem:
	free(copy);
	pcre2_code_free(code);
	return kb_errorf(err, KB_ENOMEM, "regex /%s/: out of memory", text);
}

int logscan_add(struct logscan *ls, int group, int index, int is_regex,
		const char *text, struct kb_error *err)
{
	size_t len;

	if (text == NULL)
		return kb_errorf(err, KB_EINVAL, "logscan: NULL pattern");
	if (is_regex)
		return add_regex(ls, group, index, text, err);
	len = strlen(text);
	if (len == 0)
		return kb_errorf(err, KB_EINVAL, "literal \"\": an empty pattern matches everything");
	if (strpbrk(text, "\r\n") != NULL)
		return kb_errorf(err, KB_EINVAL,
				 "literal \"%s\": holds a line break, so it can never match inside one line",
				 text);
	if (group == PREFILTER_GROUP)
		return kb_errorf(err, KB_EINVAL, "logscan: group %d is reserved", group);
	if (push_literal(ls, group, index, text, len) != 0)
		return kb_errorf(err, KB_ENOMEM, "literal \"%s\": out of memory", text);
	ls->built = 0;
	return 0;
}

static int push_literal(struct logscan *ls, int group, int index,
			const char *text, size_t len)
{
	struct literal *l;

	if (ls->n_lits == ls->cap_lits) {
		size_t cap = ls->cap_lits ? ls->cap_lits * 2 : 64;
		struct literal *grown = realloc(ls->lits, cap * sizeof *grown);
		if (grown == NULL)
			return -1;
		ls->lits = grown;
		ls->cap_lits = cap;
	}
	l = &ls->lits[ls->n_lits];
	l->text = strndup(text, len);
	if (l->text == NULL)
		return -1;
	l->group = group;
	l->index = index;
	l->len = len;
	l->head_mask = mask_for(len < GRAM_MAX ? len : GRAM_MAX);
	l->head = gram_of(l->text, l->head_mask);
	ls->n_lits++;
	return 0;
}

/* ---- walking lines ---- */

static size_t content_end(const struct scan *s)
{
	size_t e = s->lw_end;

	/* CR before LF is part of the EOL; a partial slice's last byte may
	 * be a CR whose LF has not been read yet, so it is kept there. */
	if (e > s->lw_start && s->buf[e - 1] == '\r' &&
	    (e < s->region_end || s->mode == REGION_FINAL))
		e--;
	return e;
}

static void finish_line(struct scan *s)
{
	uint64_t len = content_end(s) - s->lw_start;

	if (s->lw_start == 0)
		len += s->line_off;
	s->st.lines++;
	if (len > s->st.longest_line)
		s->st.longest_line = len;
}

static void walker_next_line(struct scan *s)
{
	const unsigned char *nl;

	s->lw_start = s->lw_end + 1;
	s->lw_no++;
	nl = find_byte(s->buf + s->lw_start, '\n', s->region_end - s->lw_start);
	s->lw_end = nl ? (size_t)(nl - s->buf) : s->region_end;
}

/* Moves the walker to the line holding pos, counting the lines passed. */
static void walker_advance(struct scan *s, size_t pos)
{
	while (pos > s->lw_end && s->lw_end < s->region_end) {
		finish_line(s);
		walker_next_line(s);
	}
}

#ifdef __SSE2__
/* Without -mpopcnt, __builtin_popcountll is a libgcc call. */
static uint64_t popcount64(uint64_t x)
{
	x = x - ((x >> 1) & 0x5555555555555555ull);
	x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
	x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0full;
	return (x * 0x0101010101010101ull) >> 56;
}

/* Bit i set where p[i] is LF, for 64 bytes. */
static uint64_t lf_mask64(const unsigned char *p)
{
	const __m128i lf = _mm_set1_epi8('\n');
	uint64_t m0 = (uint32_t)_mm_movemask_epi8(_mm_cmpeq_epi8(
		_mm_loadu_si128((const __m128i *)p), lf));
	uint64_t m1 = (uint32_t)_mm_movemask_epi8(_mm_cmpeq_epi8(
		_mm_loadu_si128((const __m128i *)(p + 16)), lf));
	uint64_t m2 = (uint32_t)_mm_movemask_epi8(_mm_cmpeq_epi8(
		_mm_loadu_si128((const __m128i *)(p + 32)), lf));
	uint64_t m3 = (uint32_t)_mm_movemask_epi8(_mm_cmpeq_epi8(
		_mm_loadu_si128((const __m128i *)(p + 48)), lf));

	return m0 | m1 << 16 | m2 << 32 | m3 << 48;
}
#endif

/* walker_advance(s, region_end), the same counts: after the last hit of
 * a run, every remaining line is only counted and measured.  A memchr
 * call per line was a third of the scan (a cluster log line is ~110
 * bytes); a bit mask of 64 bytes' line feeds serves several lines. */
static void walker_finish_run(struct scan *s)
{
#ifdef __SSE2__
	const unsigned char *buf = s->buf, *nl;
	size_t end = s->region_end, start, pos;
	uint64_t n = 0, longest;

	if (s->lw_end >= end)
		return;
	finish_line(s);   /* the walker's line: may continue a slice */
	longest = s->st.longest_line;   /* after it: it may be the longest */
	start = pos = s->lw_end + 1;
	for (; pos + 64 <= end; pos += 64) {
		uint64_t m = lf_mask64(buf + pos);

		if (m == 0)
			continue;
		if (longest >= 64) {
			/* Lines between two LFs of this block are shorter
			 * than the longest already seen: only the one that
			 * ends at the first LF can be longer. */
			size_t e = pos + (size_t)__builtin_ctzll(m), ce = e;

			if (ce > start && buf[ce - 1] == '\r')
				ce--;
			if (ce - start > longest)
				longest = ce - start;
			n += popcount64(m);
			start = pos + 64 - (size_t)__builtin_clzll(m);
			continue;
		}
		for (; m != 0; m &= m - 1) {
			size_t e = pos + (size_t)__builtin_ctzll(m), ce = e;

			if (ce > start && buf[ce - 1] == '\r')
				ce--;
			if (ce - start > longest)
				longest = ce - start;
			n++;
			start = e + 1;
		}
	}
	while ((nl = find_byte(buf + pos, '\n', end - pos)) != NULL) {
		size_t e = (size_t)(nl - buf), ce = e;

		if (ce > start && buf[ce - 1] == '\r')
			ce--;
		if (ce - start > longest)
			longest = ce - start;
		n++;
		start = pos = e + 1;
	}
	s->st.lines += n;
	s->st.longest_line = longest;
	s->lw_no += n + 1;
	s->lw_start = start;
	s->lw_end = end;
#else
	walker_advance(s, s->region_end);
#endif
}

/* ---- hit sources ---- */

/* The next position from pos, stepping by the tier's stride, whose gram
 * is one of the chosen ones; the hot loop of the scan. */
static size_t gram_find(const struct gram_filter *f, const unsigned char *buf,
			size_t pos, size_t end_pos,
			const struct gram_slot **slot)
{
	const uint8_t *bm = f->bitmap;
	uint64_t mask = f->mask;
	size_t st = f->stride;
	unsigned bits = f->bits;

	while (pos < end_pos) {
		size_t stop;

		/* Four positions per test: candidates are rare, so one
		 * branch per four loads is what matters. */
		while (pos + 3 * st < end_pos) {
			unsigned h0 = hash_bits(load64(buf + pos) & mask, bits);
			unsigned h1 = hash_bits(load64(buf + pos + st) & mask, bits);
			unsigned h2 = hash_bits(load64(buf + pos + 2 * st) & mask, bits);
			unsigned h3 = hash_bits(load64(buf + pos + 3 * st) & mask, bits);
			unsigned any = ((unsigned)bm[h0 >> 3] >> (h0 & 7)) |
				       ((unsigned)bm[h1 >> 3] >> (h1 & 7)) |
				       ((unsigned)bm[h2 >> 3] >> (h2 & 7)) |
				       ((unsigned)bm[h3 >> 3] >> (h3 & 7));
			if ((any & 1) != 0)
				break;
			pos += 4 * st;
		}
		/* The four that rang (or the last few): one by one. */
		for (stop = 0; stop < 4 && pos < end_pos; stop++, pos += st) {
			uint64_t w = load64(buf + pos) & mask;
			unsigned h = hash_bits(w, bits);

			if (bm[h >> 3] & (1u << (h & 7))) {
				const struct gram_slot *sl = gram_lookup(f, w);
				if (sl != NULL) {
					*slot = sl;
					return pos;
				}
			}
		}
	}
	return SIZE_MAX;
}

static int lit_next(struct scan *s, struct lit_src *src, struct pending *out)
{
	const struct gram_filter *f = src->f;
	const struct literal *lits = s->ls->lits;

	for (;;) {
		const struct gram_slot *slot = NULL;
		size_t pos;

		while (src->ent < src->ent_end) {
			const struct gram_entry *e = &f->entries[src->ent++];
			const struct literal *l = &lits[e->lit];
			size_t start, end;

			if (src->pos < e->off)
				continue;
			start = src->pos - e->off;
			end = start + l->len;
			/* A required text inside the overlap searched
			 * already may still start a match that ends after
			 * it: the regex decides (rx_next skips old hits). */
			if (end > s->region_end ||
			    (end <= s->fresh && l->group != PREFILTER_GROUP))
				continue;
			if ((load64(s->buf + start) & l->head_mask) != l->head ||
			    memcmp(s->buf + start, l->text, l->len) != 0)
				continue;
			out->have = 1;
			out->key = src->pos;
			out->start = start;
			out->len = l->len;
			out->group = l->group;
			out->index = l->index;
			return 1;
		}
		if (src->started)
			src->pos += f->stride;
		src->started = 1;
		if (src->pos >= src->end_pos)
			return 0;
		pos = gram_find(f, s->buf, src->pos, src->end_pos, &slot);
		if (pos == SIZE_MAX) {
			src->pos = src->end_pos;
			return 0;
		}
		src->pos = pos;
		src->ent = slot->first;
		src->ent_end = (size_t)slot->first + slot->count;
	}
}

static int regex_gave_up(int rc)
{
	return rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT ||
	       rc == PCRE2_ERROR_HEAPLIMIT || rc == PCRE2_ERROR_JIT_STACKLIMIT;
}

static void rx_start_line(struct scan *s, struct rx_src *r, size_t cand);

static int rx_next(struct scan *s, struct rx_src *r, struct pending *out)
{
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(s->md);

	for (;;) {
		size_t cand;
		int rc;

		if (r->in_line) {
			size_t ll = r->le - r->ls, ms, me;

			if (r->off > ll) {
				rc = PCRE2_ERROR_NOMATCH;
			} else {
				rc = pcre2_match(r->rx->code, s->buf + r->ls, ll,
						 r->off, 0, s->md, s->mctx);
			}
			if (rc >= 0) {
				/* \K can put the start after the end. */
				ms = ov[0];
				me = ov[1] < ms ? ms : ov[1];
				if (me > ms) {
					r->off = me;
				} else {
					/* Empty match: step over one
					 * UTF-8 character. */
					r->off = me + 1;
					while (r->off < ll &&
					       (s->buf[r->ls + r->off] & 0xC0) == 0x80)
						r->off++;
				}
				if (s->fresh > 0 && r->ls + me <= s->fresh)
					continue;
				out->have = 1;
				out->key = r->ls + ms;
				out->start = r->ls + ms;
				out->len = me - ms;
				out->group = r->rx->group;
				out->index = r->rx->index;
				return 1;
			}
			if (regex_gave_up(rc))
				s->st.regex_gave_up++;
			r->in_line = 0;
			r->cursor = r->le_raw + 1;
			continue;
		}
		if (r->cursor >= s->region_end || r->rx->prefiltered)
			return 0;
		if (r->rx->need != NULL) {
			/* A line without the required text cannot match;
			 * the line with it is matched on its own below. */
			const unsigned char *at = memmem(s->buf + r->cursor,
							 s->region_end - r->cursor,
							 r->rx->need, r->rx->need_len);
			if (at == NULL) {
				r->cursor = s->region_end;
				return 0;
			}
			cand = (size_t)(at - s->buf);
		} else if (r->per_line) {
			cand = r->cursor;
		} else {
			rc = pcre2_match(r->rx->code, s->buf, s->region_end,
					 r->cursor, 0, s->md, s->mctx);
			if (rc == PCRE2_ERROR_NOMATCH) {
				r->cursor = s->region_end;
				return 0;
			}
			if (rc >= 0) {
				cand = ov[0] < ov[1] ? ov[0] : ov[1];
				if (cand < r->cursor)
					cand = r->cursor;
			} else {
				/* Too costly over the whole run (or
				 * another failure): fall back to lines. */
				r->per_line = 1;
				cand = r->cursor;
			}
		}
		rx_start_line(s, r, cand);
	}
}

/* The regex is to try the line holding position cand next: cursor is a
 * line start, so the walk back stops there at worst. */
static void rx_start_line(struct scan *s, struct rx_src *r, size_t cand)
{
	const unsigned char *nl;
	size_t nl_pos;

	r->ls = cand;
	while (r->ls > r->cursor && s->buf[r->ls - 1] != '\n')
		r->ls--;
	nl = find_byte(s->buf + cand, '\n', s->region_end - cand);
	nl_pos = nl ? (size_t)(nl - s->buf) : s->region_end;
	r->le_raw = nl_pos;
	r->le = nl_pos;
	if (r->le > r->ls && s->buf[r->le - 1] == '\r' &&
	    (nl != NULL || s->mode == REGION_FINAL))
		r->le--;
	r->off = 0;
	r->in_line = 1;
}

/* ---- searching a run of lines ---- */

/* Hits of one line leave in match order (start, length, group, index),
 * not in the order the sources found them: a literal's key is where its
 * sampled gram sits, which depends on where the window starts, so the
 * raw order within a line would differ between a whole-file scan and a
 * scan of a part (logscan_par.c), and a caller's sequence logic with
 * two patterns on one line with it. */
static int cmp_line_hit(const void *a, const void *b)
{
	const struct pending *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->len != y->len)
		return x->len < y->len ? -1 : 1;
	if (x->group != y->group)
		return x->group < y->group ? -1 : 1;
	return x->index < y->index ? -1 : x->index > y->index;
}

static int deliver(struct scan *s, const struct pending *p, size_t ce)
{
	struct logscan_hit h;

	memset(&h, 0, sizeof h);
	h.group = p->group;
	h.index = p->index;
	h.path = s->name;
	h.line_no = s->lw_no;
	h.line = (const char *)s->buf + s->lw_start;
	h.line_len = ce - s->lw_start;
	h.match_off = p->start - s->lw_start;
	h.match_len = p->len;
	if (s->lw_start == 0 && s->line_off > 0) {
		h.line_offset = s->line_off;
		h.line_is_slice = 1;
		h.timestamp = s->slice_has_ts ? s->slice_ts : NULL;
	} else {
		h.line_is_slice = s->mode == REGION_SLICE;
		if (copy_timestamp(s->ts, s->buf + s->lw_start, h.line_len))
			h.timestamp = s->ts;
	}
	s->st.hits++;
	if (s->on_hit != NULL && s->on_hit(s->ctx, &h) != 0)
		return kb_errorf(s->err, KB_ECANCEL,
				 "%s: scan stopped at line %llu", s->name,
				 (unsigned long long)h.line_no);
	return 0;
}

/* Delivers the walker's line's hits, sorted. */
static int flush_line(struct scan *s)
{
	size_t ce = content_end(s), i, n = s->n_line_hits;
	int rc = 0;

	s->n_line_hits = 0;
	if (n > 1)
		qsort(s->line_hits, n, sizeof *s->line_hits, cmp_line_hit);
	for (i = 0; i < n && rc == 0; i++)
		rc = deliver(s, &s->line_hits[i], ce);
	return rc;
}

static int emit(struct scan *s, const struct pending *p)
{
	int rc;

	if (s->n_line_hits > 0 && p->key > s->lw_end &&
	    (rc = flush_line(s)) != 0)
		return rc;
	walker_advance(s, p->key);
	/* A literal ending in the CR of a CRLF is not inside the line. */
	if (p->start + p->len > content_end(s))
		return 0;
	if (s->n_line_hits == s->cap_line_hits) {
		size_t cap = s->cap_line_hits ? s->cap_line_hits * 2 : 16;
		struct pending *grown = realloc(s->line_hits, cap * sizeof *grown);

		if (grown == NULL)
			return kb_errorf(s->err, KB_ENOMEM, "%s: out of memory", s->name);
		s->line_hits = grown;
		s->cap_line_hits = cap;
	}
	s->line_hits[s->n_line_hits++] = *p;
	return 0;
}

static int search_region(struct scan *s, size_t region_end,
			 enum region_mode mode)
{
	struct logscan *ls = s->ls;
	size_t n_src = ls->n_tiers + ls->n_rxs, i;
	int rc = 0;

	s->region_end = region_end;
	s->mode = mode;
	if (!s->format_known)
		detect_format(s);
	s->lw_start = 0;
	s->lw_no = s->line_no;
	{
		const unsigned char *nl = find_byte(s->buf, '\n', region_end);
		s->lw_end = nl ? (size_t)(nl - s->buf) : region_end;
	}

	for (i = 0; i < ls->n_tiers; i++) {
		struct lit_src *src = &s->lsrc[i];
		size_t k = ls->tiers[i].k;

		memset(src, 0, sizeof *src);
		src->f = &ls->tiers[i];
		src->end_pos = region_end >= k ? region_end - k + 1 : 0;
		s->pend[i].have = lit_next(s, src, &s->pend[i]);
	}
	for (i = 0; i < ls->n_rxs; i++) {
		struct rx_src *r = &s->rsrc[i];

		memset(r, 0, sizeof *r);
		r->rx = &ls->rxs[i];
		r->per_line = r->rx->per_line_only;
		s->pend[ls->n_tiers + i].have = rx_next(s, r, &s->pend[ls->n_tiers + i]);
	}

	for (;;) {
		size_t best = SIZE_MAX;

		/* Few sources (a tier or two and the regexes): a linear
		 * pick of the lowest position is cheaper than a heap. */
		for (i = 0; i < n_src; i++)
			if (s->pend[i].have &&
			    (best == SIZE_MAX || s->pend[i].key < s->pend[best].key))
				best = i;
		if (best == SIZE_MAX)
			break;
		if (best < ls->n_tiers && s->pend[best].group == PREFILTER_GROUP) {
			/* A regex's required text: its line goes to the
			 * regex, unless the regex is in that line already
			 * (a second occurrence) or past it. */
			size_t rxi = (size_t)s->pend[best].index;
			struct rx_src *r = &s->rsrc[rxi];
			struct pending *p = &s->pend[ls->n_tiers + rxi];

			if (!p->have && !r->in_line && s->pend[best].start >= r->cursor) {
				rx_start_line(s, r, s->pend[best].start);
				p->have = rx_next(s, r, p);
			}
		} else {
			rc = emit(s, &s->pend[best]);
			if (rc != 0)
				return rc;
		}
		if (best < ls->n_tiers)
			s->pend[best].have = lit_next(s, &s->lsrc[best], &s->pend[best]);
		else
			s->pend[best].have = rx_next(s, &s->rsrc[best - ls->n_tiers],
						     &s->pend[best]);
	}

	if (s->n_line_hits > 0 && (rc = flush_line(s)) != 0)
		return rc;
	walker_finish_run(s);
	if (mode == REGION_FINAL && s->lw_start < region_end) {
		finish_line(s);
		s->lw_no++;
	}
	s->line_no = s->lw_no;
	return 0;
}

/* ---- input ---- */

static int raw_read(struct scan *s, unsigned char *dst, size_t max,
		    size_t *got)
{
	*got = 0;
	if (s->fd >= 0) {
		ssize_t r;

		if (s->ranged && max > s->in_end - s->in_pos)
			max = (size_t)(s->in_end - s->in_pos);
		do
			r = s->ranged ? pread(s->fd, dst, max, (off_t)s->in_pos)
				      : read(s->fd, dst, max);
		while (r < 0 && errno == EINTR);
		if (r < 0)
			return kb_errorf(s->err, KB_EIO, "%s: %s", s->name,
					 strerror(errno));
		*got = (size_t)r;
		s->in_pos += *got;
	} else {
		size_t left = s->mem_len - s->mem_pos;

		*got = left < max ? left : max;
		if (*got > 0)
			memcpy(dst, s->mem + s->mem_pos, *got);
		s->mem_pos += *got;
	}
	if (*got == 0)
		return 0;
	s->st.bytes += *got;
	if (s->on_progress != NULL &&
	    s->on_progress(s->ctx, s->st.bytes, s->total) != 0)
		return kb_errorf(s->err, KB_ECANCEL, "%s: scan cancelled",
				 s->name);
	return 0;
}

/* UTF-16LE to UTF-8.  Unpaired surrogates become U+FFFD; a high
 * surrogate at the end of the input waits for more unless at_eof. */
static size_t utf16le_to_utf8(const unsigned char *in, size_t in_len,
			      size_t *in_used, unsigned char *out,
			      size_t out_cap, int at_eof)
{
	size_t i = 0, o = 0;

	while (i + 2 <= in_len) {
		uint32_t u = (uint32_t)in[i] | (uint32_t)in[i + 1] << 8, cp = u;
		size_t used = 2, need;

		if (u >= 0xD800 && u <= 0xDBFF) {
			if (i + 4 > in_len) {
				if (!at_eof)
					break;
				cp = 0xFFFD;
			} else {
				uint32_t u2 = (uint32_t)in[i + 2] | (uint32_t)in[i + 3] << 8;
				if (u2 >= 0xDC00 && u2 <= 0xDFFF) {
					cp = 0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00);
					used = 4;
				} else {
					cp = 0xFFFD;
				}
			}
		} else if (u >= 0xDC00 && u <= 0xDFFF) {
			cp = 0xFFFD;
		}
		need = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
		if (o + need > out_cap)
			break;
		switch (need) {
		case 1:
			out[o] = (unsigned char)cp;
			break;
		case 2:
			out[o] = (unsigned char)(0xC0 | cp >> 6);
			out[o + 1] = (unsigned char)(0x80 | (cp & 0x3F));
			break;
		case 3:
			out[o] = (unsigned char)(0xE0 | cp >> 12);
			out[o + 1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
			out[o + 2] = (unsigned char)(0x80 | (cp & 0x3F));
			break;
		default:
			out[o] = (unsigned char)(0xF0 | cp >> 18);
			out[o + 1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
			out[o + 2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
			out[o + 3] = (unsigned char)(0x80 | (cp & 0x3F));
			break;
		}
		o += need;
		i += used;
	}
	/* An odd last byte at the end of the file is not a character. */
	if (at_eof && i + 1 == in_len && o < out_cap)
		i++;
	*in_used = i;
	return o;
}

/* The first bytes: BOM detection.  Reads until 3 bytes or EOF. */
static int start_input(struct scan *s)
{
	size_t have = 0, got;
	int rc;

	s->started = 1;
	while (have < 3) {
		size_t room = s->cap - have;

		rc = raw_read(s, s->buf + have,
			      room < READ_CHUNK ? room : READ_CHUNK, &got);
		if (rc != 0)
			return rc;
		if (got == 0) {
			s->eof = 1;
			break;
		}
		have += got;
	}
	if (s->continues) {
		/* the middle of a file: a BOM-like start is text */
	} else if (have >= 3 && memcmp(s->buf, "\xEF\xBB\xBF", 3) == 0) {
		s->st.encoding = ENC_UTF8_BOM;
		memmove(s->buf, s->buf + 3, have - 3);
		have -= 3;
	} else if (have >= 2 && memcmp(s->buf, "\xFF\xFE", 2) == 0) {
		s->st.encoding = ENC_UTF16LE_BOM;
		s->utf16 = 1;
		s->raw_cap = READ_CHUNK < s->cap ? READ_CHUNK : s->cap;
		if (s->raw_cap < have)
			s->raw_cap = have;
		s->raw = malloc(s->raw_cap);
		if (s->raw == NULL)
			return kb_errorf(s->err, KB_ENOMEM, "%s: out of memory", s->name);
		memcpy(s->raw, s->buf + 2, have - 2);
		s->raw_len = have - 2;
		have = 0;
	}
	s->n = have;
	return 0;
}

/* Appends decoded text to the window; *stuck when there is room left but
 * too little for the next character. */
static int fill(struct scan *s, int *stuck)
{
	size_t old_n = s->n, got = 0, room = s->cap - s->n, i;
	int rc;

	*stuck = 0;
	if (!s->started) {
		rc = start_input(s);
		if (rc != 0)
			return rc;
	} else if (!s->utf16) {
		rc = raw_read(s, s->buf + s->n,
			      room < READ_CHUNK ? room : READ_CHUNK, &got);
		if (rc != 0)
			return rc;
		if (got == 0)
			s->eof = 1;
		s->n += got;
	}
	if (s->utf16) {
		size_t used, made;

		/* s->eof means the raw input is used up; converted text may
		 * still be waiting in s->raw. */
		if (!s->eof && s->raw_len < 4) {
			rc = raw_read(s, s->raw + s->raw_len,
				      s->raw_cap - s->raw_len, &got);
			if (rc != 0)
				return rc;
			if (got == 0)
				s->eof = 1;
			s->raw_len += got;
		}
		made = utf16le_to_utf8(s->raw, s->raw_len, &used,
				       s->buf + s->n, s->cap - s->n, s->eof);
		memmove(s->raw, s->raw + used, s->raw_len - used);
		s->raw_len -= used;
		s->n += made;
		if (used == 0 && s->raw_len >= 2 && s->n < s->cap)
			*stuck = 1;
	}
	for (i = old_n; i < s->n;) {
		const unsigned char *z = find_byte(s->buf + i, '\0', s->n - i);
		if (z == NULL)
			break;
		s->st.nul_bytes++;
		i = (size_t)(z - s->buf) + 1;
	}
	return 0;
}

static size_t last_newline(const struct scan *s, size_t from)
{
	size_t i = s->n;

	while (i > from) {
		i--;
		if (s->buf[i] == '\n')
			return i;
	}
	return SIZE_MAX;
}

int logscan_prepare(struct logscan *ls, struct kb_error *err)
{
	size_t i, overlap = overlap_for(ls->window);

	for (i = 0; i < ls->n_lits; i++)
		if (ls->lits[i].len > overlap + 1)
			return kb_errorf(err, KB_EINVAL,
					 "literal \"%s\": longer than the scan window allows (%zu bytes)",
					 ls->lits[i].text, overlap + 1);
	return ls->built ? 0 : build(ls, err);
}

/* A scan beside others needs match data and a JIT stack of its own: PCRE2
 * shares compiled patterns between threads, not those. */
static int own_match_data(struct scan *s)
{
	s->mctx = pcre2_match_context_copy(s->ls->mctx);
	s->md = pcre2_match_data_create(1, NULL);
	s->jit_stack = pcre2_jit_stack_create(32 * 1024, 1024 * 1024, NULL);
	if (s->mctx == NULL || s->md == NULL)
		return kb_errorf(s->err, KB_ENOMEM, "%s: out of memory", s->name);
	pcre2_jit_stack_assign(s->mctx, NULL, s->jit_stack);
	return 0;
}

static int run(struct scan *s)
{
	struct logscan *ls = s->ls;
	int rc;

	s->cap = ls->window;
	s->overlap = overlap_for(s->cap);
	if ((rc = logscan_prepare(ls, s->err)) != 0)
		return rc;
	if (s->own_match) {
		if ((rc = own_match_data(s)) != 0)
			return rc;
	} else {
		s->md = ls->md;
		s->mctx = ls->mctx;
	}
	s->buf = calloc(s->cap + WINDOW_PAD, 1);
	s->rsrc = calloc(ls->n_rxs + 1, sizeof *s->rsrc);
	s->pend = calloc(ls->n_tiers + ls->n_rxs + 1, sizeof *s->pend);
	if (s->buf == NULL || s->rsrc == NULL || s->pend == NULL)
		return kb_errorf(s->err, KB_ENOMEM, "%s: out of memory", s->name);
	s->line_no = 1;

	for (;;) {
		int stuck = 0, full;
		size_t nl, from;

		if (s->n < s->cap && (!s->eof || s->raw_len > 0)) {
			rc = fill(s, &stuck);
			if (rc != 0)
				return rc;
		}
		full = s->n == s->cap || stuck;
		from = s->fresh > s->no_nl_below ? s->fresh : s->no_nl_below;
		nl = last_newline(s, from);
		if (nl != SIZE_MAX) {
			size_t end = nl + 1;

			rc = search_region(s, end, REGION_LINES);
			if (rc != 0)
				return rc;
			memmove(s->buf, s->buf + end, s->n - end);
			s->n -= end;
			s->fresh = 0;
			s->line_off = 0;
			s->no_nl_below = s->n;
		} else if (s->eof && (!s->utf16 || s->raw_len == 0)) {
			if (s->n > 0) {
				rc = search_region(s, s->n, REGION_FINAL);
				if (rc != 0)
					return rc;
			}
			break;
		} else if (full) {
			/* A line longer than the window: search this slice
			 * and keep its end, so that a literal crossing into
			 * the next slice is still found whole. */
			size_t keep = s->overlap;

			rc = search_region(s, s->n, REGION_SLICE);
			if (rc != 0)
				return rc;
			if (s->line_off == 0) {
				s->st.long_lines++;
				s->slice_has_ts = copy_timestamp(s->slice_ts, s->buf, s->n);
			}
			memmove(s->buf, s->buf + s->n - keep, keep);
			s->line_off += s->n - keep;
			s->n = keep;
			s->fresh = keep;
			s->no_nl_below = keep;
		} else {
			s->no_nl_below = s->n;
		}
	}
	return 0;
}

static int scan_common(struct scan *s, struct logscan_stats *stats)
{
	int rc = run(s);

	free(s->buf);
	free(s->raw);
	free(s->rsrc);
	free(s->pend);
	free(s->line_hits);
	if (s->own_match) {
		pcre2_match_data_free(s->md);
		pcre2_match_context_free(s->mctx);
		pcre2_jit_stack_free(s->jit_stack);
	}
	if (stats != NULL)
		*stats = s->st;
	return rc;
}

int logscan_scan_range(struct logscan *ls, const struct logscan_range *r,
		       logscan_hit_fn on_hit, logscan_progress_fn on_progress,
		       void *ctx, struct logscan_stats *stats,
		       struct kb_error *err)
{
	struct scan s;

	memset(&s, 0, sizeof s);
	if (stats != NULL)
		memset(stats, 0, sizeof *stats);
	s.fd = r->fd;
	if (r->fd >= 0) {
		s.ranged = 1;
		s.in_pos = r->start;
		s.in_end = r->end;
	} else {
		s.mem = r->mem + r->start;
		s.mem_len = (size_t)(r->end - r->start);
	}
	s.total = r->total;
	s.continues = r->start > 0;
	s.own_match = r->own_match;
	s.ls = ls;
	s.name = r->name;
	s.on_hit = on_hit;
	s.on_progress = on_progress;
	s.ctx = ctx;
	s.err = err;
	return scan_common(&s, stats);
}

size_t logscan_first_fill(const struct logscan *ls)
{
	return ls->window < READ_CHUNK ? ls->window : READ_CHUNK;
}

unsigned logscan_parts_for(const struct logscan *ls, uint64_t size)
{
	unsigned w = ls->par_workers;
	uint64_t min = ls->par_min_part != 0 ? ls->par_min_part
					     : LOGSCAN_PART_MIN_DEFAULT;

	if (w == 0) {
		long n = sysconf(_SC_NPROCESSORS_ONLN);

		w = n < 1 ? 1 : n > LOGSCAN_WORKERS_MAX ? LOGSCAN_WORKERS_MAX
							: (unsigned)n;
	}
	if (size / min < w)
		w = (unsigned)(size / min);
	return w < 1 ? 1 : w;
}

int logscan_set_parallel(struct logscan *ls, unsigned workers,
			 uint64_t min_part_bytes, struct kb_error *err)
{
	if (workers > LOGSCAN_WORKERS_MAX)
		return kb_errorf(err, KB_EINVAL,
				 "logscan: %u workers: at most %u", workers,
				 (unsigned)LOGSCAN_WORKERS_MAX);
	ls->par_workers = workers;
	ls->par_min_part = min_part_bytes;
	return 0;
}

int logscan_file(struct logscan *ls, const char *path, logscan_hit_fn on_hit,
		 logscan_progress_fn on_progress, void *ctx,
		 struct logscan_stats *stats, struct kb_error *err)
{
	struct scan s;
	struct stat sb;
	int rc;

	memset(&s, 0, sizeof s);
	if (stats != NULL)
		memset(stats, 0, sizeof *stats);
	s.fd = open(path, O_RDONLY);
	if (s.fd < 0)
		return kb_errorf(err, errno == ENOENT ? KB_ENOTFOUND : KB_EIO,
				 "%s: %s", path, strerror(errno));
	if (fstat(s.fd, &sb) == 0 && S_ISREG(sb.st_mode))
		s.total = (uint64_t)sb.st_size;
	if (s.total > 0 && logscan_parts_for(ls, s.total) > 1) {
		struct logscan_range r = { .name = path, .fd = s.fd,
					   .end = s.total, .total = s.total };

		rc = logscan_par_scan(ls, &r, on_hit, on_progress, ctx, stats, err);
		close(s.fd);
		return rc;
	}
	s.ls = ls;
	s.name = path;
	s.on_hit = on_hit;
	s.on_progress = on_progress;
	s.ctx = ctx;
	s.err = err;
	rc = scan_common(&s, stats);
	close(s.fd);
	return rc;
}

int logscan_buffer(struct logscan *ls, const char *name, const void *data,
		   size_t len, logscan_hit_fn on_hit, void *ctx,
		   struct logscan_stats *stats, struct kb_error *err)
{
	struct scan s;

	if (data != NULL && len > 0 && logscan_parts_for(ls, len) > 1) {
		struct logscan_range r = { .name = name != NULL ? name : "(buffer)",
					   .fd = -1, .mem = data, .end = len,
					   .total = len };

		return logscan_par_scan(ls, &r, on_hit, NULL, ctx, stats, err);
	}
	memset(&s, 0, sizeof s);
	s.fd = -1;
	s.mem = data;
	s.mem_len = data == NULL ? 0 : len;
	s.total = s.mem_len;
	s.ls = ls;
	s.name = name != NULL ? name : "(buffer)";
	s.on_hit = on_hit;
	s.ctx = ctx;
	s.err = err;
	return scan_common(&s, stats);
}
