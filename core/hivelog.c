/* hivelog.c: replay the transaction logs of a dirty registry hive into an
 * in-memory image (hivelog.h).
 *
 * Format facts (regf, as Windows writes it):
 * - Base block: "regf", sequence numbers at 4 and 8, FILETIME at 12,
 *   version at 20/24, file type at 28 (0 hive, 1 and 2 old log, 6 new
 *   log), format at 32, root cell at 36, hive bins data size at 40, file
 *   name (64 bytes UTF-16LE) at 48, RmId GUID at 112, flags at 144, XOR
 *   checksum of the first 508 bytes at 508.  A log holds only the first
 *   512 bytes of it.
 * - Old log: the base block copy; at 512 "DIRT" and a bitmap of
 *   bins_size / 512 bits (bins_size / 4096 bytes); the dirty 512-byte
 *   pages follow, from the next 512-byte boundary, in bitmap order.  The
 *   log is written, with both sequence numbers equal, before the hive's
 *   first sequence number is bumped: a usable log carries exactly the
 *   hive's first sequence number.
 * - New log: the base block, then from 512 "HvLE" entries: size (u32,
 *   multiple of 512), flags, sequence number, hive bins data size, dirty
 *   page count, hash-1 (Marvin32 of bytes 40..size), hash-2 (Marvin32 of
 *   bytes 0..31), then count (offset, size) references relative to the
 *   hive bins data and the pages themselves, back to back.  The first
 *   entry carries the log's base-block sequence number and each next one
 *   is one more.  A log is reset when the hive is flushed, so after the
 *   valid entries come leftovers of an older round, with lower sequence
 *   numbers: that is the normal end, not damage.  A hive whose base
 *   block is valid takes a log whose sequence number is at least the
 *   hive's second one; when one log ends, the other continues only if it
 *   starts with the next number. */
/* memfd_create is a GNU extension of glibc. */
#define _GNU_SOURCE
#include "kbwiz/hivelog.h"

#include <dirent.h>
#include <stdarg.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kbwiz/fsutil.h"

#define LOG_BASE_SIZE 512
#define PAGE_OLD 512
#define HBIN_ALIGN 4096
#define ENTRY_HEAD 40
/* Windows refuses hives above 2 GiB; we refuse larger inputs too. */
#define HIVELOG_MAX_FILE ((size_t)2 << 30)

static uint32_t le32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
	       (uint32_t)p[3] << 24;
}

static uint64_t le64(const unsigned char *p)
{
	return (uint64_t)le32(p) | (uint64_t)le32(p + 4) << 32;
}

static void put32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)v;
	p[1] = (unsigned char)(v >> 8);
	p[2] = (unsigned char)(v >> 16);
	p[3] = (unsigned char)(v >> 24);
}

uint32_t hivelog_checksum(const unsigned char *base_block)
{
	uint32_t sum = 0;
	size_t i;

	for (i = 0; i < 508; i += 4)
		sum ^= le32(base_block + i);
	if (sum == 0)
		return 1;
	if (sum == 0xFFFFFFFFu)
		return 0xFFFFFFFEu;
	return sum;
}

static uint32_t rotl32(uint32_t x, int n)
{
	return x << n | x >> (32 - n);
}

static void marvin_mix(uint32_t *lo, uint32_t *hi, uint32_t v)
{
	*lo += v;
	*hi ^= *lo;
	*lo = rotl32(*lo, 20) + *hi;
	*hi = rotl32(*hi, 9) ^ *lo;
	*lo = rotl32(*lo, 27) + *hi;
	*hi = rotl32(*hi, 19);
}

uint64_t hivelog_marvin32(const unsigned char *p, size_t n, uint64_t seed)
{
	uint32_t lo = (uint32_t)seed, hi = (uint32_t)(seed >> 32), fin = 0x80;

	for (; n >= 4; p += 4, n -= 4)
		marvin_mix(&lo, &hi, le32(p));
	/* The tail bytes go in last-first above the 0x80 terminator. */
	while (n > 0) {
		n--;
		fin = fin << 8 | p[n];
	}
	marvin_mix(&lo, &hi, fin);
	marvin_mix(&lo, &hi, 0);
	return (uint64_t)hi << 32 | lo;
}

int hivelog_parse_base(const unsigned char *p, size_t n,
		       struct hivelog_base *out)
{
	size_t i, k = 0;

	memset(out, 0, sizeof *out);
	if (n < LOG_BASE_SIZE || memcmp(p, "regf", 4) != 0)
		return KB_EFORMAT;
	out->sequence1 = le32(p + 4);
	out->sequence2 = le32(p + 8);
	out->last_written = le64(p + 12);
	out->major = le32(p + 20);
	out->minor = le32(p + 24);
	out->file_type = le32(p + 28);
	out->root_cell = le32(p + 36);
	out->bins_size = le32(p + 40);
	out->checksum_stored = le32(p + 508);
	out->checksum_computed = hivelog_checksum(p);
	out->checksum_ok = out->checksum_stored == out->checksum_computed;
	/* UTF-16LE; shown as ASCII, anything else as '?'. */
	for (i = 0; i < 64 && k + 1 < sizeof out->name; i += 2) {
		unsigned c = p[48 + i] | (unsigned)p[49 + i] << 8;

		if (c == 0)
			break;
		out->name[k++] = c >= 0x20 && c < 0x7F ? (char)c : '?';
	}
	out->name[k] = '\0';
	return 0;
}

/* Sequence numbers wrap: a is after b when a - b is in 1..2^31-1. */
static int seq_after(uint32_t a, uint32_t b)
{
	uint32_t d = a - b;

	return d != 0 && d < 0x80000000u;
}

static int seq_at_least(uint32_t a, uint32_t b)
{
	return a == b || seq_after(a, b);
}

static int all_zero(const unsigned char *p, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (p[i] != 0)
			return 0;
	return 1;
}

/* A log's base block is a copy of its hive's: the stored name and the
 * resource manager GUID must match, or the log belongs to another hive. */
static int same_hive(const unsigned char *hive_bb, const unsigned char *log_bb)
{
	if (memcmp(hive_bb + 48, log_bb + 48, 64) != 0)
		return 0;
	if (!all_zero(hive_bb + 112, 16) && !all_zero(log_bb + 112, 16) &&
	    memcmp(hive_bb + 112, log_bb + 112, 16) != 0)
		return 0;
	return 1;
}

/* The image being built: the hive's bytes, grown as entries ask. */
struct image {
	unsigned char *p;
	size_t size, cap;
	size_t max_size;   /* what the hive and its logs could fill */
};

static int image_grow(struct image *im, size_t want)
{
	unsigned char *np;
	size_t cap;

	if (want <= im->size)
		return 0;
	if (want > im->cap) {
		cap = im->cap * 2 > want ? im->cap * 2 : want;
		if ((np = realloc(im->p, cap)) == NULL)
			return KB_ENOMEM;
		im->p = np;
		im->cap = cap;
	}
	memset(im->p + im->size, 0, want - im->size);
	im->size = want;
	return 0;
}

static void set_problem(struct hivelog_log *lg, int damaged, const char *fmt,
			...) __attribute__((format(printf, 3, 4)));

static void set_problem(struct hivelog_log *lg, int damaged, const char *fmt,
			...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(lg->problem, sizeof lg->problem, fmt, ap);
	va_end(ap);
	lg->damaged = damaged;
}

/* ---- new format ---- */

enum entry_verdict { ENTRY_OK, ENTRY_END, ENTRY_BAD };

/* Judge the entry at off.  ENTRY_END: not an entry that continues
 * (no signature, or an older round's); ENTRY_BAD: it claims to continue
 * but is broken (problem filled, damaged). */
static enum entry_verdict check_entry(struct hivelog_log *lg,
				      const unsigned char *d, size_t n,
				      size_t off, uint32_t expect,
				      unsigned index, size_t max_bins)
{
	const unsigned char *e = d + off;
	uint32_t size, seq, bins, count, i;
	uint64_t refs_end, data = 0;

	if (n - off < ENTRY_HEAD || memcmp(e, "HvLE", 4) != 0)
		return ENTRY_END;
	seq = le32(e + 12);
	if (seq != expect) {
		if (!seq_after(seq, expect))
			return ENTRY_END;
		set_problem(lg, 1, "%s: log entry %u (offset %zu) has sequence "
			    "number %" PRIu32 ", expected %" PRIu32
			    " (a gap: entries are missing)", lg->name, index, off,
			    seq, expect);
		return ENTRY_BAD;
	}
	size = le32(e + 4);
	if (size < LOG_BASE_SIZE || size % LOG_BASE_SIZE != 0) {
		set_problem(lg, 1, "%s: log entry %u (offset %zu) has an invalid "
			    "size of %" PRIu32 " bytes", lg->name, index, off, size);
		return ENTRY_BAD;
	}
	if (size > n - off) {
		set_problem(lg, 1, "%s: log entry %u (offset %zu) is truncated: "
			    "%" PRIu32 " bytes declared, %zu left in the file",
			    lg->name, index, off, size, n - off);
		return ENTRY_BAD;
	}
	if (hivelog_marvin32(e, 32, HIVELOG_MARVIN_SEED) != le64(e + 32) ||
	    hivelog_marvin32(e + ENTRY_HEAD, size - ENTRY_HEAD,
			     HIVELOG_MARVIN_SEED) != le64(e + 24)) {
		set_problem(lg, 1, "%s: log entry %u (offset %zu, sequence %"
			    PRIu32 ") fails its hash check (damaged data)",
			    lg->name, index, off, seq);
		return ENTRY_BAD;
	}
	bins = le32(e + 16);
	count = le32(e + 20);
	if (bins < HBIN_ALIGN || bins % HBIN_ALIGN != 0 || bins > max_bins) {
		set_problem(lg, 1, "%s: log entry %u (sequence %" PRIu32 ") "
			    "gives a hive bins size of %" PRIu32 " bytes, which "
			    "the hive and its logs cannot hold", lg->name, index,
			    seq, bins);
		return ENTRY_BAD;
	}
	refs_end = ENTRY_HEAD + (uint64_t)count * 8;
	if (count == 0 || refs_end > size) {
		set_problem(lg, 1, "%s: log entry %u (sequence %" PRIu32 ") "
			    "lists %" PRIu32 " dirty pages, which do not fit in it",
			    lg->name, index, seq, count);
		return ENTRY_BAD;
	}
	for (i = 0; i < count; i++) {
		uint32_t poff = le32(e + ENTRY_HEAD + 8 * i);
		uint32_t psize = le32(e + ENTRY_HEAD + 8 * i + 4);

		data += psize;
		if (psize == 0 || psize % PAGE_OLD != 0 || poff % PAGE_OLD != 0 ||
		    (uint64_t)poff + psize > bins || refs_end + data > size) {
			set_problem(lg, 1, "%s: log entry %u (sequence %" PRIu32
				    ") has an invalid dirty page %" PRIu32
				    " (offset %" PRIu32 ", %" PRIu32 " bytes)",
				    lg->name, index, seq, i + 1, poff, psize);
			return ENTRY_BAD;
		}
	}
	return ENTRY_OK;
}

struct replay {
	struct image im;
	uint32_t bins_size;
	uint32_t last_seq;
	int have_seq;
	uint32_t entry_flags;
	int have_flags;
	const unsigned char *base_log;   /* last used log's base block */
	unsigned entries, pages;
};

static int apply_entry(struct replay *rp, const unsigned char *e)
{
	uint32_t size = le32(e + 4), count = le32(e + 20), i;
	const unsigned char *page = e + ENTRY_HEAD + (size_t)count * 8;
	int rc;

	(void)size;
	rp->bins_size = le32(e + 16);
	if ((rc = image_grow(&rp->im, HIVELOG_BASE_BLOCK_SIZE +
				      (size_t)rp->bins_size)) != 0)
		return rc;
	for (i = 0; i < count; i++) {
		uint32_t poff = le32(e + ENTRY_HEAD + 8 * i);
		uint32_t psize = le32(e + ENTRY_HEAD + 8 * i + 4);

		memcpy(rp->im.p + HIVELOG_BASE_BLOCK_SIZE + poff, page, psize);
		page += psize;
		rp->pages++;
	}
	rp->last_seq = le32(e + 12);
	rp->have_seq = 1;
	rp->entry_flags = le32(e + 8);
	rp->have_flags = 1;
	rp->entries++;
	return 0;
}

/* Count (dry) or apply the valid entries of a new-format log, starting
 * with its base-block sequence number.  Returns 0, or KB_ENOMEM. */
static int walk_new_log(struct hivelog_log *lg, const unsigned char *d,
			size_t n, struct replay *rp, size_t max_bins)
{
	uint32_t expect = lg->base.sequence1;
	size_t off = LOG_BASE_SIZE;
	unsigned index = 1;
	int rc;

	lg->n_entries = 0;
	while (off < n) {
		enum entry_verdict v = check_entry(lg, d, n, off, expect, index,
						   max_bins);

		if (v != ENTRY_OK)
			break;
		if (rp != NULL && (rc = apply_entry(rp, d + off)) != 0)
			return rc;
		if (lg->n_entries == 0)
			lg->first_seq = expect;
		lg->last_seq = expect;
		lg->n_entries++;
		off += le32(d + off + 4);
		expect++;
		index++;
	}
	return 0;
}

/* ---- old format ---- */

/* Validate (and with rp, apply) an old-format log.  Returns 0 or
 * KB_ENOMEM; a broken log gets its problem and damaged flag. */
static int walk_old_log(struct hivelog_log *lg, const unsigned char *d,
			size_t n, struct replay *rp, size_t max_bins)
{
	uint32_t bins = lg->base.bins_size;
	size_t vec = bins / HBIN_ALIGN, start, bit, k = 0, dirty = 0;
	int rc;

	if (bins < HBIN_ALIGN || bins % HBIN_ALIGN != 0 || bins > max_bins) {
		set_problem(lg, 1, "%s: its base block gives a hive bins size of "
			    "%" PRIu32 " bytes, which the hive and its log cannot "
			    "hold", lg->name, bins);
		return 0;
	}
	if (n < LOG_BASE_SIZE + 4 + vec || memcmp(d + LOG_BASE_SIZE, "DIRT", 4)) {
		set_problem(lg, 1, "%s: no dirty vector ('DIRT' at offset 512): "
			    "truncated or damaged", lg->name);
		return 0;
	}
	start = (LOG_BASE_SIZE + 4 + vec + PAGE_OLD - 1) / PAGE_OLD * PAGE_OLD;
	for (bit = 0; bit < vec * 8; bit++)
		if (d[LOG_BASE_SIZE + 4 + bit / 8] >> (bit % 8) & 1)
			dirty++;
	if (start > n || dirty > (n - start) / PAGE_OLD) {
		set_problem(lg, 1, "%s: truncated: its dirty vector marks %zu "
			    "pages, the file holds %zu", lg->name, dirty,
			    start > n ? 0 : (n - start) / PAGE_OLD);
		return 0;
	}
	lg->n_entries = 1;
	lg->first_seq = lg->last_seq = lg->base.sequence1;
	if (rp == NULL)
		return 0;
	rp->bins_size = bins;
	if ((rc = image_grow(&rp->im, HIVELOG_BASE_BLOCK_SIZE + (size_t)bins)))
		return rc;
	for (bit = 0; bit < vec * 8; bit++) {
		if (!(d[LOG_BASE_SIZE + 4 + bit / 8] >> (bit % 8) & 1))
			continue;
		memcpy(rp->im.p + HIVELOG_BASE_BLOCK_SIZE + bit * PAGE_OLD,
		       d + start + k * PAGE_OLD, PAGE_OLD);
		k++;
		rp->pages++;
	}
	rp->last_seq = lg->base.sequence1;
	rp->have_seq = 1;
	rp->entries++;
	return 0;
}

/* ---- choosing the logs ---- */

/* First look at a log: its base block, its format, whether it is of this
 * hive.  Sets problem for a log that cannot be used. */
static void classify(struct hivelog_log *lg, const unsigned char *hive_bb,
		     const struct hivelog_base *hive, const unsigned char *d,
		     size_t n)
{
	lg->size_bytes = n;
	if (n == 0) {
		set_problem(lg, 0, "%s: empty (unused)", lg->name);
		return;
	}
	if (n >= LOG_BASE_SIZE && all_zero(d, LOG_BASE_SIZE)) {
		set_problem(lg, 0, "%s: zero-filled (unused)", lg->name);
		return;
	}
	if (hivelog_parse_base(d, n, &lg->base) != 0) {
		set_problem(lg, 1, "%s: not a registry transaction log (no "
			    "'regf' base block)", lg->name);
		return;
	}
	lg->has_base = 1;
	if (lg->base.file_type == 1 || lg->base.file_type == 2)
		lg->format = HIVELOG_FMT_OLD;
	else if (lg->base.file_type == 6)
		lg->format = HIVELOG_FMT_NEW;
	else {
		set_problem(lg, 1, "%s: not a transaction log (file type %" PRIu32
			    ")", lg->name, lg->base.file_type);
		return;
	}
	/* A log whose own base block is bad or half-written was being
	 * started when the machine stopped: Windows skips it. */
	if (!lg->base.checksum_ok) {
		set_problem(lg, 0, "%s: its base block checksum is wrong "
			    "(partially written); not used", lg->name);
		return;
	}
	if (lg->base.sequence1 != lg->base.sequence2) {
		set_problem(lg, 0, "%s: its base block is itself dirty "
			    "(sequence numbers %" PRIu32 "/%" PRIu32 "); not used",
			    lg->name, lg->base.sequence1, lg->base.sequence2);
		return;
	}
	if (hive->checksum_ok && !same_hive(hive_bb, d)) {
		set_problem(lg, 1, "%s: belongs to another hive (its base block "
			    "names \"%s\", the hive \"%s\")", lg->name,
			    lg->base.name, hive->name);
		return;
	}
}

static int usable(const struct hivelog_log *lg, enum hivelog_format f)
{
	return lg->has_base && lg->format == f && lg->problem[0] == '\0';
}

/* Write the clean base block over the image's first 4096 bytes. */
static void finish_base_block(struct replay *rp, const unsigned char *hive,
			      int hive_bb_ok, int new_format)
{
	unsigned char *bb = rp->im.p;
	uint32_t flags;

	if (!hive_bb_ok)
		memcpy(bb, rp->base_log, LOG_BASE_SIZE);
	else
		memcpy(bb, hive, HIVELOG_BASE_BLOCK_SIZE);
	/* The log's copy is the newer one for the fields a write changes. */
	memcpy(bb + 24, rp->base_log + 24, 4);        /* minor version */
	memcpy(bb + 36, rp->base_log + 36, 4);        /* root cell */
	put32(bb + 4, rp->last_seq);
	put32(bb + 8, rp->last_seq);
	put32(bb + 28, 0);                            /* primary file */
	put32(bb + 32, 1);                            /* direct memory load */
	put32(bb + 40, rp->bins_size);
	if (new_format && rp->have_flags) {
		/* Bit 0 of an entry's flags is the hive's KTM-locked bit. */
		flags = le32(bb + 144);
		flags = (flags & ~1u) | (rp->entry_flags & 1u);
		put32(bb + 144, flags);
	}
	put32(bb + 508, hivelog_checksum(bb));
}

static void add_applied(struct hivelog_result *r, const char *name)
{
	size_t len = strlen(r->applied);

	snprintf(r->applied + len, sizeof r->applied - len, "%s%s",
		 len > 0 ? ", " : "", name);
}

/* Order of new-format logs: by sequence number, wrap-aware. */
static void sort_new(struct hivelog_log **v, size_t n)
{
	size_t i, j;

	for (i = 1; i < n; i++)
		for (j = i; j > 0 && seq_after(v[j - 1]->base.sequence1,
					       v[j]->base.sequence1); j--) {
			struct hivelog_log *t = v[j];

			v[j] = v[j - 1];
			v[j - 1] = t;
		}
}

static int replay_new(struct hivelog_result *r, const unsigned char *hive_bb,
		      int hive_bb_ok, const struct hivelog_input *in,
		      struct replay *rp, size_t max_bins)
{
	struct hivelog_log *cand[HIVELOG_MAX_LOGS];
	size_t n = 0, i, first;
	int rc;

	for (i = 0; i < r->n_logs; i++)
		if (usable(&r->logs[i], HIVELOG_FMT_NEW))
			cand[n++] = &r->logs[i];
	if (n == 0)
		return 0;
	sort_new(cand, n);
	if (!hive_bb_ok) {
		/* Without a trustworthy base block Windows takes the newest
		 * log alone. */
		first = n - 1;
	} else {
		uint32_t s2 = le32(hive_bb + 8);

		for (first = 0; first < n; first++)
			if (seq_at_least(cand[first]->base.sequence1, s2))
				break;
		for (i = 0; i < first; i++)
			set_problem(cand[i], 0, "%s: older than the hive (sequence "
				    "%" PRIu32 ", hive %" PRIu32 "); not needed",
				    cand[i]->name, cand[i]->base.sequence1, s2);
		if (first == n)
			return 0;
	}
	for (i = first; i < n; i++) {
		struct hivelog_log *lg = cand[i];
		const struct hivelog_input *src = &in[lg - r->logs];

		if (i > first) {
			uint32_t next = rp->last_seq + 1;

			if (lg->base.sequence1 != next) {
				if (seq_after(lg->base.sequence1, next))
					set_problem(lg, 1, "%s: starts at sequence %"
						    PRIu32 " but %s ended at %"
						    PRIu32 " (a gap: entries are "
						    "missing)", lg->name,
						    lg->base.sequence1,
						    cand[i - 1]->name, rp->last_seq);
				else
					set_problem(lg, 0, "%s: does not continue "
						    "%s; not needed", lg->name,
						    cand[i - 1]->name);
				break;
			}
		}
		if ((rc = walk_new_log(lg, src->data, src->size, rp, max_bins)))
			return rc;
		if (lg->damaged)
			return 0;
		if (lg->n_entries == 0) {
			set_problem(lg, 0, "%s: holds no log entry that continues "
				    "the hive; not used", lg->name);
			break;
		}
		lg->used = 1;
		rp->base_log = src->data;
		add_applied(r, lg->name);
	}
	return 0;
}

static int replay_old(struct hivelog_result *r, const unsigned char *hive_bb,
		      int hive_bb_ok, const struct hivelog_input *in,
		      struct replay *rp, size_t max_bins)
{
	struct hivelog_log *best = NULL;
	uint32_t s1 = le32(hive_bb + 4);
	size_t i;

	for (i = 0; i < r->n_logs; i++) {
		struct hivelog_log *lg = &r->logs[i];

		if (!usable(lg, HIVELOG_FMT_OLD))
			continue;
		if (hive_bb_ok && lg->base.sequence1 != s1) {
			if (seq_after(lg->base.sequence1, s1))
				set_problem(lg, 1, "%s: its sequence number %"
					    PRIu32 " is higher than the hive "
					    "allows (%" PRIu32 ")", lg->name,
					    lg->base.sequence1, s1);
			else
				set_problem(lg, 0, "%s: older than the hive "
					    "(sequence %" PRIu32 ", hive %" PRIu32
					    "); not needed", lg->name,
					    lg->base.sequence1, s1);
			continue;
		}
		if (best == NULL ||
		    seq_after(lg->base.sequence1, best->base.sequence1) ||
		    (lg->base.sequence1 == best->base.sequence1 &&
		     lg->base.last_written > best->base.last_written))
			best = lg;
	}
	for (i = 0; i < r->n_logs; i++)
		if (r->logs[i].damaged)
			return 0;
	if (best == NULL)
		return 0;
	{
		const struct hivelog_input *src = &in[best - r->logs];
		int rc = walk_old_log(best, src->data, src->size, rp, max_bins);

		if (rc != 0 || best->damaged)
			return rc;
		best->used = 1;
		rp->base_log = src->data;
		add_applied(r, best->name);
	}
	return 0;
}

static const struct hivelog_log *first_damaged(const struct hivelog_result *r)
{
	size_t i;

	for (i = 0; i < r->n_logs; i++)
		if (r->logs[i].damaged)
			return &r->logs[i];
	return NULL;
}

int hivelog_recover_mem(const unsigned char *hive, size_t hive_size,
			const struct hivelog_input *logs, size_t n_logs,
			struct hivelog_result *out, struct kb_error *err)
{
	struct replay rp;
	const struct hivelog_log *bad;
	size_t i, max_bins, log_bytes = 0;
	int hive_bb_ok, dirty, rc = 0;

	memset(out, 0, sizeof *out);
	memset(&rp, 0, sizeof rp);
	if (hive_size < HIVELOG_BASE_BLOCK_SIZE ||
	    hivelog_parse_base(hive, hive_size, &out->hive) != 0)
		return kb_errorf(err, KB_EFORMAT, "not a registry hive (no "
				 "complete 'regf' base block)");
	hive_bb_ok = out->hive.checksum_ok;
	dirty = !hive_bb_ok || out->hive.sequence1 != out->hive.sequence2;
	if (n_logs > HIVELOG_MAX_LOGS)
		n_logs = HIVELOG_MAX_LOGS;
	for (i = 0; i < n_logs; i++) {
		struct hivelog_log *lg = &out->logs[i];

		if ((lg->path = strdup(logs[i].name)) == NULL) {
			rc = kb_errorf(err, KB_ENOMEM, "out of memory");
			goto out;
		}
		lg->name = lg->path;
		out->n_logs++;
		classify(lg, hive, &out->hive, logs[i].data, logs[i].size);
		log_bytes += logs[i].size;
		if (lg->format == HIVELOG_FMT_NEW && lg->problem[0] == '\0') {
			/* A dry walk for the entry range shown by hive info;
			 * damage counts only in the chain replayed below. */
			walk_new_log(lg, logs[i].data, logs[i].size, NULL,
				     (size_t)UINT32_MAX);
			lg->damaged = 0;
			lg->problem[0] = '\0';
		}
	}
	if (!dirty) {
		out->status = HIVELOG_CLEAN;
		snprintf(out->message, sizeof out->message, "clean");
		goto out;
	}
	/* Each new 4096-byte hbin needs at least its 512-byte header page in
	 * a log, so the hive grows by at most 8 times the logs' size; and
	 * Windows keeps hives under 2 GiB.  This bounds what a damaged or
	 * hostile entry can make us allocate. */
	max_bins = hive_size - HIVELOG_BASE_BLOCK_SIZE;
	if (max_bins >= HIVELOG_MAX_FILE ||
	    log_bytes > (HIVELOG_MAX_FILE - max_bins) / 8)
		max_bins = HIVELOG_MAX_FILE;
	else
		max_bins += 8 * log_bytes;
	rp.im.p = malloc(hive_size);
	if (rp.im.p == NULL) {
		rc = kb_errorf(err, KB_ENOMEM, "out of memory");
		goto out;
	}
	memcpy(rp.im.p, hive, hive_size);
	rp.im.size = rp.im.cap = hive_size;
	rp.bins_size = out->hive.bins_size;

	if ((rc = replay_new(out, hive, hive_bb_ok, logs, &rp, max_bins)) != 0)
		goto nomem;
	if (rp.entries == 0 && first_damaged(out) == NULL &&
	    (rc = replay_old(out, hive, hive_bb_ok, logs, &rp, max_bins)) != 0)
		goto nomem;

	if ((bad = first_damaged(out)) != NULL) {
		out->status = HIVELOG_DAMAGED;
		snprintf(out->message, sizeof out->message,
			 "dirty, and its transaction log is refused: %s; "
			 "the hive file was read as it is", bad->problem);
		goto out;
	}
	if (rp.entries == 0) {
		size_t k = 0;

		out->status = HIVELOG_NO_LOGS;
		for (i = 0; i < out->n_logs; i++)
			if (out->logs[i].size_bytes > 0)
				k++;
		snprintf(out->message, sizeof out->message, k == 0 ?
			 "dirty: no transaction logs found beside it; its data "
			 "may be stale" :
			 "dirty: no transaction log continues it; its data may "
			 "be stale");
		goto out;
	}
	finish_base_block(&rp, hive, hive_bb_ok, rp.have_flags);
	out->status = HIVELOG_RECOVERED;
	out->entries_applied = rp.entries;
	out->pages_applied = rp.pages;
	out->sequence_after = rp.last_seq;
	out->image = rp.im.p;
	out->image_size = rp.im.size;
	rp.im.p = NULL;
	hivelog_describe(out, out->message, sizeof out->message);
	goto out;
nomem:
	rc = kb_errorf(err, KB_ENOMEM, "out of memory");
out:
	free(rp.im.p);
	if (rc != 0)
		hivelog_result_free(out);
	return rc;
}

void hivelog_describe(const struct hivelog_result *r, char *buf, size_t size)
{
	const char *msg = r->message;

	switch (r->status) {
	case HIVELOG_CLEAN:
		snprintf(buf, size, "clean");
		return;
	case HIVELOG_RECOVERED:
		snprintf(buf, size, "dirty: recovered from %s (%u log entr%s, "
			 "%u page%s)", r->applied, r->entries_applied,
			 r->entries_applied == 1 ? "y" : "ies", r->pages_applied,
			 r->pages_applied == 1 ? "" : "s");
		return;
	default:
		if (buf != msg)
			snprintf(buf, size, "%s", msg);
	}
}

void hivelog_result_free(struct hivelog_result *r)
{
	size_t i;

	if (r == NULL)
		return;
	for (i = 0; i < r->n_logs; i++)
		free(r->logs[i].path);
	free(r->image);
	r->image = NULL;
	r->n_logs = 0;
}

/* ---- files ---- */

static const char *base_name(const char *path)
{
	const char *s = strrchr(path, '/');

	return s != NULL ? s + 1 : path;
}

static int ascii_casecmp(const char *a, const char *b)
{
	for (;; a++, b++) {
		int ca = *a >= 'a' && *a <= 'z' ? *a - 32 : *a;
		int cb = *b >= 'a' && *b <= 'z' ? *b - 32 : *b;

		if (ca != cb || ca == 0)
			return ca - cb;
	}
}

int hivelog_find_logs(const char *hive_path, char *paths[HIVELOG_MAX_LOGS],
		      struct kb_error *err)
{
	static const char *const suffix[HIVELOG_MAX_LOGS] = {
		".LOG", ".LOG1", ".LOG2" };
	char dir[4096], want[HIVELOG_MAX_LOGS][512];
	char *found[HIVELOG_MAX_LOGS] = { NULL, NULL, NULL };
	const char *hive_name = base_name(hive_path);
	char *real = NULL;
	struct dirent *de;
	DIR *dp;
	size_t i;
	int n = 0, rc = 0;

	for (i = 0; i < HIVELOG_MAX_LOGS; i++)
		paths[i] = NULL;
	/* A hive given as a symbolic link: its logs are beside the file it
	 * points to, where Windows wrote them. */
	{
		struct stat lst;

		if (lstat(hive_path, &lst) == 0 && S_ISLNK(lst.st_mode) &&
		    (real = realpath(hive_path, NULL)) != NULL) {
			hive_path = real;
			hive_name = base_name(real);
		}
	}
	kb_dirname(hive_path, dir, sizeof dir);
	for (i = 0; i < HIVELOG_MAX_LOGS; i++)
		snprintf(want[i], sizeof want[i], "%s%s", hive_name, suffix[i]);
	if ((dp = opendir(dir)) == NULL) {
		rc = kb_errorf(err, KB_EIO, "%s: cannot list: %s", dir,
			       strerror(errno));
		free(real);
		return rc;
	}
	while ((de = readdir(dp)) != NULL) {
		for (i = 0; i < HIVELOG_MAX_LOGS; i++) {
			char full[4700];
			struct stat st;

			if (found[i] != NULL || ascii_casecmp(de->d_name, want[i]))
				continue;
			snprintf(full, sizeof full, "%s/%s", dir, de->d_name);
			if (stat(full, &st) != 0 || !S_ISREG(st.st_mode))
				continue;
			if ((found[i] = strdup(full)) == NULL) {
				rc = kb_errorf(err, KB_ENOMEM, "out of memory");
				goto out;
			}
		}
	}
	for (i = 0; i < HIVELOG_MAX_LOGS; i++)
		if (found[i] != NULL) {
			paths[n++] = found[i];
			found[i] = NULL;
		}
	rc = n;
out:
	closedir(dp);
	for (i = 0; i < HIVELOG_MAX_LOGS; i++)
		free(found[i]);
	free(real);
	return rc;
}

int hivelog_recover_file(const char *path, struct hivelog_result *out,
			 struct kb_error *err)
{
	char *paths[HIVELOG_MAX_LOGS] = { NULL, NULL, NULL };
	char *data[HIVELOG_MAX_LOGS] = { NULL, NULL, NULL };
	struct hivelog_input in[HIVELOG_MAX_LOGS];
	char *hive = NULL;
	size_t hive_len = 0, i;
	int n, rc;

	memset(out, 0, sizeof *out);
	if ((rc = kb_read_file(path, HIVELOG_MAX_FILE, &hive, &hive_len, err)))
		return rc;
	if ((n = hivelog_find_logs(path, paths, err)) < 0) {
		rc = n;
		goto out;
	}
	for (i = 0; i < (size_t)n; i++) {
		if ((rc = kb_read_file(paths[i], HIVELOG_MAX_FILE, &data[i],
				       &in[i].size, err)) != 0)
			goto out;
		in[i].name = base_name(paths[i]);
		in[i].data = (const unsigned char *)data[i];
	}
	rc = hivelog_recover_mem((const unsigned char *)hive, hive_len, in,
				 (size_t)n, out, err);
	if (rc != 0) {
		kb_error_prefix(err, rc, "%s", path);
		goto out;
	}
	/* Keep the full paths for callers that move the logs. */
	for (i = 0; i < out->n_logs; i++) {
		free(out->logs[i].path);
		out->logs[i].path = paths[i];
		out->logs[i].name = base_name(paths[i]);
		paths[i] = NULL;
	}
out:
	for (i = 0; i < HIVELOG_MAX_LOGS; i++) {
		free(paths[i]);
		free(data[i]);
	}
	free(hive);
	return rc;
}

int hivelog_image_fd(const struct hivelog_result *r, int *fd,
		     struct kb_error *err)
{
	size_t done = 0;
	int f;

	*fd = -1;
	if (r->image == NULL)
		return kb_errorf(err, KB_EINVAL, "no recovered image");
	f = memfd_create("kbwiz-recovered-hive", MFD_CLOEXEC);
	if (f < 0)
		return kb_errorf(err, KB_EIO, "cannot create a memory file for "
				 "the recovered hive: %s", strerror(errno));
	while (done < r->image_size) {
		ssize_t w = write(f, r->image + done, r->image_size - done);

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			close(f);
			return kb_errorf(err, KB_EIO, "cannot fill the memory file "
					 "for the recovered hive: %s",
					 strerror(errno));
		}
		done += (size_t)w;
	}
	if (lseek(f, 0, SEEK_SET) != 0) {
		close(f);
		return kb_errorf(err, KB_EIO, "memory file: %s", strerror(errno));
	}
	*fd = f;
	return 0;
}

static int same_file(const struct stat *a, const char *path)
{
	struct stat b;

	return path != NULL && stat(path, &b) == 0 && a->st_dev == b.st_dev &&
	       a->st_ino == b.st_ino;
}

int hivelog_write_new(const struct hivelog_result *r, const char *hive_path,
		      const unsigned char *data, size_t n, const char *out_path,
		      int replace, struct kb_error *err)
{
	char dir[4096], *tmp = NULL;
	struct stat st;
	size_t done = 0, i;
	int fd = -1, dfd, rc = 0;

	if (lstat(out_path, &st) == 0) {
		if (!S_ISREG(st.st_mode))
			return kb_errorf(err, KB_EREFUSED, "%s: exists and is not a "
					 "regular file; not replaced", out_path);
		if (same_file(&st, hive_path))
			return kb_errorf(err, KB_EREFUSED, "%s: is the hive itself; "
					 "the evidence is never written", out_path);
		for (i = 0; i < r->n_logs; i++)
			if (same_file(&st, r->logs[i].path))
				return kb_errorf(err, KB_EREFUSED, "%s: is one of "
						 "the hive's logs; the evidence is "
						 "never written", out_path);
		if (!replace)
			return kb_errorf(err, KB_EREFUSED, "%s: exists; give "
					 "--force to replace it", out_path);
	}
	if ((tmp = malloc(strlen(out_path) + 16)) == NULL)
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	sprintf(tmp, "%s.tmp.XXXXXX", out_path);
	if ((fd = mkstemp(tmp)) < 0) {
		rc = kb_errorf(err, KB_EIO, "%s: cannot create a temporary file: "
			       "%s", out_path, strerror(errno));
		free(tmp);
		return rc;
	}
	while (done < n) {
		ssize_t w = write(fd, data + done, n - done);

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			rc = kb_errorf(err, KB_EIO, "%s: write: %s", out_path,
				       strerror(errno));
			goto fail;
		}
		done += (size_t)w;
	}
	if (fchmod(fd, 0644) != 0 || fsync(fd) != 0 || close(fd) != 0) {
		fd = -1;
		rc = kb_errorf(err, KB_EIO, "%s: %s", out_path, strerror(errno));
		goto fail;
	}
	fd = -1;
	/* link() never replaces: a file that appeared meanwhile is kept. */
	if (!replace ? link(tmp, out_path) != 0 : rename(tmp, out_path) != 0) {
		if (errno == EEXIST)
			rc = kb_errorf(err, KB_EREFUSED, "%s: exists; give "
				       "--force to replace it", out_path);
		else
			rc = kb_errorf(err, KB_EIO, "%s: %s", out_path,
				       strerror(errno));
		goto fail;
	}
	if (!replace)
		unlink(tmp);
	free(tmp);
	kb_dirname(out_path, dir, sizeof dir);
	if ((dfd = open(dir, O_RDONLY)) >= 0) {
		if (fsync(dfd) != 0 && errno != EINVAL)
			rc = kb_errorf(err, KB_EIO, "%s: fsync: %s", dir,
				       strerror(errno));
		close(dfd);
	}
	return rc;
fail:
	if (fd >= 0)
		close(fd);
	unlink(tmp);
	free(tmp);
	return rc;
}
