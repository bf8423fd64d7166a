/* evt_writer.h: write legacy Windows NT event logs (.evt) for fixtures.
 *
 * The format (ELF_LOGFILE_HEADER, EVENTLOGRECORD, ELF_EOF_RECORD) is the
 * one NT 4.0 to Windows 2003 keep in system32\config\*.Evt; files
 * written here read back through libevt exactly as written.  Records are
 * kept in memory and written by evt_writer_close, which needs to know
 * where the last record ends for the header.
 *
 * Test code (tests/lib, libkbtest.a), not part of core's API; core's
 * `kbwiz kb test` (core/kbtest.c) links it to build its evidence. */
#ifndef KBWIZ_EVT_WRITER_H
#define KBWIZ_EVT_WRITER_H

#include <stddef.h>
#include <stdint.h>

#include "kbwiz/error.h"

/* EVENTLOGRECORD.EventType values. */
enum evt_type {
	EVT_TYPE_SUCCESS = 0x0000,
	EVT_TYPE_ERROR = 0x0001,
	EVT_TYPE_WARNING = 0x0002,
	EVT_TYPE_INFORMATION = 0x0004,
	EVT_TYPE_AUDIT_SUCCESS = 0x0008,
	EVT_TYPE_AUDIT_FAILURE = 0x0010,
};

/* ELF_LOGFILE_HEADER.Flags */
#define EVT_FLAG_DIRTY 0x0001u
#define EVT_FLAG_WRAPPED 0x0002u

struct evt_writer;

/* NULL with err filled when out of memory.  Nothing is written until
 * close. */
struct evt_writer *evt_writer_new(const char *path, struct kb_error *err);

/* Header flags to write (EVT_FLAG_*); default 0, a cleanly closed log. */
void evt_writer_set_flags(struct evt_writer *w, uint32_t flags);

/* Append one record.  time is seconds since 1970 UTC (TimeGenerated and
 * TimeWritten); event_identifier is the full 32-bit value as stored,
 * severity bits included (7023 logged as an error is 0xC0001B6F); type
 * is an enum evt_type; source, computer and strings are UTF-8.  Returns
 * 0, KB_ENOMEM, or KB_EINVAL when a value does not fit the format. */
int evt_writer_add(struct evt_writer *w, int64_t time,
		   uint32_t event_identifier, unsigned type,
		   const char *source, const char *computer,
		   const char *const *strings, size_t n_strings,
		   struct kb_error *err);

/* Write the file and free w (also on failure).  0, or a KB_E* code with
 * err naming the file. */
int evt_writer_close(struct evt_writer *w, struct kb_error *err);

/* The full identifier a real Windows record would carry for a plain
 * event ID: severity bits by type (0xC0000000 error, 0x80000000 warning,
 * 0x40000000 information, none for success and audits). */
uint32_t evt_identifier_for(unsigned event_id, unsigned type);

#endif
