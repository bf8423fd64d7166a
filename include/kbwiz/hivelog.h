/* hivelog.h: transaction-log recovery of dirty registry hives.
 *
 * A hive whose base block has two different sequence numbers (or a bad
 * checksum) was not cleanly written: its latest changes live in the
 * transaction logs beside it (HIVE.LOG, HIVE.LOG1, HIVE.LOG2).  This
 * module finds those logs, validates them, and replays them into an
 * in-memory image of the hive, the way Windows does at load time, so
 * that readers see what Windows would see.
 *
 * Two log formats exist.  Old (Windows NT 4.0 to 8): a 512-byte copy of
 * the base block (file type 1 or 2), "DIRT" and a bitmap with one bit per
 * 512-byte page of hive bins data, then the dirty pages in bitmap order.
 * New (Windows 8.1 and later, file type 6): a 512-byte base block, then
 * "HvLE" log entries, each with a sequence number, the hive bins data
 * size, a list of (offset, size) page references, the page data and two
 * Marvin32 hashes.
 *
 * Nothing here prints, touches the terminal or writes next to the
 * evidence; hivelog_image_fd() gives the image to hivex through an
 * anonymous memory file. */
#ifndef KBWIZ_HIVELOG_H
#define KBWIZ_HIVELOG_H

#include <stddef.h>
#include <stdint.h>

#include "kbwiz/error.h"

#define HIVELOG_BASE_BLOCK_SIZE 4096
#define HIVELOG_MAX_LOGS 3          /* .LOG, .LOG1, .LOG2 */

/* Facts from a base block (of a hive or of a log). */
struct hivelog_base {
	uint32_t sequence1, sequence2;
	uint64_t last_written;      /* FILETIME */
	uint32_t major, minor;
	uint32_t file_type;         /* 0 hive, 1/2 old log, 6 new log */
	uint32_t root_cell;
	uint32_t bins_size;         /* hive bins data size, bytes */
	uint32_t checksum_stored, checksum_computed;
	int checksum_ok;
	char name[100];             /* stored file name, ASCII ('?' else) */
};

/* XOR of the first 127 dwords; Windows never stores 0 or 0xFFFFFFFF. */
uint32_t hivelog_checksum(const unsigned char *base_block);

/* Marvin32 (64-bit) of n bytes, as log entries use it. */
uint64_t hivelog_marvin32(const unsigned char *p, size_t n, uint64_t seed);
#define HIVELOG_MARVIN_SEED 0x82EF4D887A4E55C5ull

/* Parse at least 512 bytes of a base block (needs "regf").  Returns
 * KB_EFORMAT (no message) when n < 512 or the signature is missing. */
int hivelog_parse_base(const unsigned char *p, size_t n,
		       struct hivelog_base *out);

enum hivelog_format { HIVELOG_FMT_UNKNOWN, HIVELOG_FMT_OLD, HIVELOG_FMT_NEW };

/* One log file beside the hive, as found and judged. */
struct hivelog_log {
	char *path;                 /* as found (dir + real name) */
	const char *name;           /* the base name inside path */
	size_t size_bytes;
	enum hivelog_format format;
	struct hivelog_base base;   /* valid when has_base */
	int has_base;
	uint32_t first_seq, last_seq;  /* new format: its valid entries */
	unsigned n_entries;         /* new format: valid entries in a row */
	int used;                   /* replayed into the image */
	int damaged;                /* refused: see problem */
	char problem[320];          /* why refused or not used ("" if used) */
};

enum hivelog_status {
	HIVELOG_CLEAN,        /* sequence numbers equal, checksum right */
	HIVELOG_RECOVERED,    /* dirty, logs replayed: image holds the result */
	HIVELOG_NO_LOGS,      /* dirty, no usable log: the file may be stale */
	HIVELOG_DAMAGED,      /* dirty, a log is damaged or foreign: refused */
};

struct hivelog_result {
	enum hivelog_status status;
	struct hivelog_base hive;   /* the primary file's base block */
	struct hivelog_log logs[HIVELOG_MAX_LOGS];
	size_t n_logs;
	unsigned entries_applied;   /* log entries (old format: 1 per log) */
	unsigned pages_applied;     /* dirty pages written */
	uint32_t sequence_after;    /* both sequence numbers of the image */
	unsigned char *image;       /* RECOVERED only: the clean hive */
	size_t image_size;
	char applied[160];          /* "SYSTEM.LOG1, SYSTEM.LOG2" */
	char message[600];          /* one line: what happened, or why not */
};

/* Input for the in-memory recovery (tests, fuzzing). */
struct hivelog_input {
	const char *name;           /* for messages, e.g. "SYSTEM.LOG1" */
	const unsigned char *data;
	size_t size;
};

/* Recover hive (hive_size bytes, caller's memory) with the given logs,
 * in any order.  Fills out (caller frees with hivelog_result_free) and
 * returns 0 whenever a judgement was made, including NO_LOGS and DAMAGED;
 * an error only for a hive without a base block (KB_EFORMAT) or out of
 * memory.  out->logs[i].path is the input's name. */
int hivelog_recover_mem(const unsigned char *hive, size_t hive_size,
			const struct hivelog_input *logs, size_t n_logs,
			struct hivelog_result *out, struct kb_error *err);

/* Read the hive at path and the logs beside it (HIVE.LOG, .LOG1, .LOG2,
 * names compared case-insensitively, regular files only) and recover as
 * above.  Files larger than max_bytes are refused (KB_EINVAL). */
int hivelog_recover_file(const char *path, struct hivelog_result *out,
			 struct kb_error *err);

void hivelog_result_free(struct hivelog_result *r);

/* The log paths found beside hive_path (malloc'd, caller frees each),
 * ordered .LOG, .LOG1, .LOG2.  Returns how many (0..3) or a negative
 * error. */
int hivelog_find_logs(const char *hive_path, char *paths[HIVELOG_MAX_LOGS],
		      struct kb_error *err);

/* The recovered image in an anonymous, sealed-from-the-disk file
 * (memfd_create), positioned at 0.  Caller closes *fd.  hivex can open
 * it as /proc/self/fd/N. */
int hivelog_image_fd(const struct hivelog_result *r, int *fd,
		     struct kb_error *err);

/* Write data (n bytes) to out_path as a new file: a temporary file in
 * its directory, fsync, then link (replace 0: fails with KB_EREFUSED if
 * out_path exists) or rename (replace 1: only over a regular file), fsync
 * the directory.  Refuses (KB_EREFUSED) an out_path that is the hive at
 * hive_path or one of the logs in r: evidence is never written. */
int hivelog_write_new(const struct hivelog_result *r, const char *hive_path,
		      const unsigned char *data, size_t n, const char *out_path,
		      int replace, struct kb_error *err);

/* One line for evidence and reports, e.g.
 * "dirty: recovered from SYSTEM.LOG1 (14 log entries, 212 pages)",
 * "dirty: no transaction logs found beside it; its data may be stale",
 * "clean". */
void hivelog_describe(const struct hivelog_result *r, char *buf, size_t size);

#endif
