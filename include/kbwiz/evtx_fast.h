/* evtx_fast.h: the records of one .evtx chunk read straight from its
 * binary XML, without libevtx.
 *
 * An .evtx file is a 4096-byte header and 64 KiB chunks ("ElfChnk\0");
 * a chunk holds records ("**\0\0", size, identifier, written time, binary
 * XML, size again) from offset 512 to its free-space offset.  A record's
 * binary XML is a template instance: a template (an XML skeleton, defined
 * once per chunk and referred to by its offset) and the substitution
 * values that fill it.  This reader compiles each template once per chunk
 * into where the fields kbwiz uses sit (EventID and its Qualifiers, the
 * Provider Name, Level, Keywords, Channel, Computer and the insertion
 * strings: the leaf elements under EventData, or under UserData's one
 * child) and then reads only those values from each record.
 *
 * It reads only what it was checked against libevtx on (see
 * tests/unit/test_evtx_fast.c); any record whose template or values hold
 * something else is marked unsupported, and the caller reads that record
 * through libevtx instead.  Nothing here trusts the data: every offset and
 * size is checked against the chunk. */
#ifndef KBWIZ_EVTX_FAST_H
#define KBWIZ_EVTX_FAST_H

#include <stddef.h>
#include <stdint.h>

#define EVTX_FILE_HEADER_SIZE 4096
#define EVTX_CHUNK_SIZE 65536

/* One record.  Strings are borrowed until the next evtx_fast_next or
 * evtx_fast_chunk_start on the same reader. */
struct evtx_fast_record {
	uint64_t identifier;      /* the event record identifier */
	uint64_t written_time;    /* FILETIME from the record header */
	int supported;            /* 0: read this record (system_ok: its
				     strings) through libevtx */
	int system_ok;            /* the fields below are filled, but for
				     strings when supported is 0 */
	uint16_t event_id;
	uint16_t qualifiers;      /* 0 when absent */
	uint8_t level;
	uint64_t keywords;
	const char *provider;     /* "" when absent */
	const char *channel;
	const char *computer;
	const char *const *strings;
	size_t n_strings;
};

struct evtx_fast;

/* A reader (NULL: out of memory), reused from chunk to chunk. */
struct evtx_fast *evtx_fast_new(void);
void evtx_fast_free(struct evtx_fast *f);

/* Start reading the chunk at data (len bytes, normally EVTX_CHUNK_SIZE;
 * data must stay valid while its records are read).  0, or -1 when it
 * is not a chunk (no signature, free-space offset out of range). */
int evtx_fast_chunk_start(struct evtx_fast *f, const uint8_t *data, size_t len);

/* The chunk's next record into rec: 1, 0 after the last one, -1 when the
 * record framing is broken (bad signature or size): the chunk's
 * remaining records cannot be found.  A record whose binary XML cannot
 * be read is returned with rec->supported 0.  -2: out of memory. */
int evtx_fast_next(struct evtx_fast *f, struct evtx_fast_record *rec);

/* How many records the chunk's framing holds (the records
 * evtx_fast_next would return), or -1 when the framing is broken;
 * *first_id and *last_id get the first and last record identifiers. */
long evtx_fast_chunk_count(const uint8_t *data, size_t len,
			   uint64_t *first_id, uint64_t *last_id);

/* What evtx_fast_file_header reads from a sound file header. */
struct evtx_fast_file_info {
	uint16_t n_chunks;        /* chunks in use, from the start */
	int dirty;                /* the dirty flag (not closed cleanly) */
};

/* Whether libevtx would open the file whose first 4096 bytes are h as
 * sound: signature, header CRC32, sizes and version, the chunk count
 * agreeing with the first and last chunk numbers.  0 and *info, or -1:
 * not vouched for (the caller leaves the file to libevtx). */
int evtx_fast_file_header(const uint8_t *h, size_t len,
			  struct evtx_fast_file_info *info);

/* Whether libevtx would read the chunk at data (EVTX_CHUNK_SIZE bytes)
 * as sound, with no record to recover, and frame the same records as
 * evtx_fast_next: signature, header size, header and records CRC32s,
 * records back to back from offset 512 to the free-space offset, each
 * with its size repeated at its end, the last one where the header
 * says, as many as the header's record numbers span, and no record
 * signature in the free space (libevtx would carve it).  The record
 * count (at least 1), or -1: not vouched for. */
long evtx_fast_chunk_sound(const uint8_t *data, size_t len);

/* Whether all len bytes at data are zero (a chunk never written). */
int evtx_fast_all_zero(const uint8_t *data, size_t len);

#endif
