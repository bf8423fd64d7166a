/* fuzz_evtlog.c: libFuzzer target for core/evtlog.c and
 * core/evtlog_export.c through evtlog_read_buffer (all four formats; the
 * binary ones go through a temporary file into libevt/libevtx), and
 * through evtlog_read_wanted with a want that declines half the events. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "kbwiz/evtlog.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
const char *__lsan_default_suppressions(void);

/* libevtx 20181227 leaks the binary-XML tag tree of a record whose
 * template cannot be parsed, inside libevtx_file_get_record_by_index
 * and leaks lists allocated in libevtx_file_open_read when the open
 * fails even after libevtx_file_free (both reproduced with libevtx alone,
 * no kbwiz code).  Only the library's internal allocators are named, so a
 * libevtx_record_t or libevt_record_t that we forget to free (allocated
 * in *_record_initialize) is still reported. */
const char *__lsan_default_suppressions(void)
{
	return "leak:libfwevt_xml_tag_initialize\n"
	       "leak:libfwevt_xml_token_initialize\n"
	       "leak:libfvalue_value_initialize\n"
	       "leak:libfvalue_data_handle_initialize\n"
	       "leak:libfvalue_data_handle_set_data\n"
	       "leak:libcdata_array_initialize\n"
	       "leak:libevtx_file_open_read\n"
	       "leak:libevt_file_open_read\n";
}

/* Touch every string so that ASan sees a dangling or unterminated one. */
static int touch(void *ctx, const struct kb_event *ev)
{
	size_t *total = ctx, i;

	*total += strlen(ev->log) + strlen(ev->source) +
		  strlen(ev->computer) + ev->event_id + ev->level;
	for (i = 0; i < ev->n_strings; i++)
		*total += strlen(ev->strings[i]);
	return 0;
}

/* evtlog_read_wanted: what want sees before the rest of a record is
 * read (log may be NULL, no strings yet); half the events declined. */
static int want_half(void *ctx, const struct kb_event *ev)
{
	size_t *total = ctx;

	*total += strlen(ev->source) + strlen(ev->computer) +
		  (ev->log != NULL ? strlen(ev->log) : 0) + ev->n_strings;
	return ev->event_id % 2 == 0;
}

static void read_wanted(const uint8_t *data, size_t size, size_t *total)
{
	struct evtlog_stats stats;
	struct kb_error err;
	char path[] = "/tmp/fuzz-evtlog-want.XXXXXX";
	int fd = mkstemp(path);

	if (fd < 0)
		return;
	if (write(fd, data, size) == (ssize_t)size) {
		close(fd);
		(void)evtlog_read_wanted(path, want_half, touch, NULL, total, &stats, &err);
	} else {
		close(fd);
	}
	unlink(path);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct evtlog_stats stats;
	struct kb_error err;
	enum evtlog_format format;
	size_t total = 0;

	(void)evtlog_detect_format(data, size, &format);
	(void)evtlog_read_buffer("fuzz/SysEvent.Evt", data, size, touch,
				 &total, &stats, &err);
	/* The export parser directly too, so that inputs starting with a
	 * binary signature still exercise it. */
	(void)evtlog_parse_export("fuzz.csv", data, size, touch, NULL, &total,
				  &stats, &err);
	read_wanted(data, size, &total);
	return 0;
}
