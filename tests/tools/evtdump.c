/* evtdump: print every event of an event log, one per line, for
 * debugging and the benchmark.
 *
 *   evtdump [-q] [-L] [-i ID[,ID...]] [-s SOURCE] FILE...
 *
 * -i and -s print only events with one of those event IDs and from that
 * source (case-insensitive), asked through evtlog_read_wanted before the
 * rest of each record is read.
 * Line: time (UTC, ISO 8601) TAB log TAB source TAB event ID TAB raw
 * identifier (hex) TAB level TAB computer TAB strings joined by " | ",
 * all passed through kb_sanitize.  Recovered records end with " [R]".
 * A summary goes to stderr.  -q prints only the summary.  -L reads .evtx
 * through libevtx alone (the reader before evtx_fast.c, for comparing). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "kbwiz/evtlog.h"
#include "kbwiz/sanitize.h"
#include "../../core/evtlog_internal.h"

#define MAX_IDS 64

struct dump {
	int quiet;
	int failed;
	unsigned ids[MAX_IDS];
	size_t n_ids;
	const char *source;
};

static int want_event(void *ctx, const struct kb_event *ev)
{
	struct dump *d = ctx;
	size_t i;

	if (d->source != NULL && strcasecmp(ev->source, d->source) != 0)
		return 0;
	if (d->n_ids == 0)
		return 1;
	for (i = 0; i < d->n_ids; i++)
		if (d->ids[i] == ev->event_id)
			return 1;
	return 0;
}

static void put_clean(const char *s)
{
	char *clean = kb_sanitize_str(s != NULL ? s : "", 0);

	fputs(clean != NULL ? clean : "?", stdout);
	free(clean);
}

static int print_event(void *ctx, const struct kb_event *ev)
{
	struct dump *d = ctx;
	char when[32] = "-";
	time_t t = (time_t)ev->time;
	struct tm tm;
	size_t i;

	if (d->quiet)
		return 0;
	if (ev->time != 0 && gmtime_r(&t, &tm) != NULL)
		strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &tm);
	printf("%s\t", when);
	put_clean(ev->log);
	putchar('\t');
	put_clean(ev->source);
	printf("\t%u\t0x%08x\t%s\t", ev->event_id, (unsigned)ev->raw_identifier,
	       event_level_name(ev->level));
	put_clean(ev->computer);
	putchar('\t');
	for (i = 0; i < ev->n_strings; i++) {
		if (i > 0)
			fputs(" | ", stdout);
		put_clean(ev->strings[i]);
	}
	if (ev->recovered)
		fputs(" [R]", stdout);
	putchar('\n');
	return 0;
}

int main(int argc, char **argv)
{
	struct dump d;
	int i = 1, rc = 0, filtered = 0;

	memset(&d, 0, sizeof d);
	for (; i < argc && argv[i][0] == '-'; i++) {
		if (strcmp(argv[i], "-q") == 0) {
			d.quiet = 1;
		} else if (strcmp(argv[i], "-i") == 0 && i + 1 < argc) {
			char *p = argv[++i], *end;
			while (*p != '\0' && d.n_ids < MAX_IDS) {
				d.ids[d.n_ids++] = (unsigned)strtoul(p, &end, 10);
				p = *end == ',' ? end + 1 : end + strlen(end);
			}
			filtered = 1;
		} else if (strcmp(argv[i], "-L") == 0) {
			evtlog_evtx_reader = EVTX_READER_LIBEVTX;
		} else if (strcmp(argv[i], "-s") == 0 && i + 1 < argc) {
			d.source = argv[++i];
			filtered = 1;
		} else {
			break;
		}
	}
	if (i >= argc) {
		fprintf(stderr, "usage: evtdump [-q] [-L] [-i ID[,ID...]] [-s SOURCE] FILE...\n");
		return 2;
	}
	for (; i < argc; i++) {
		struct evtlog_stats st;
		struct kb_error err;

		if (evtlog_read_wanted(argv[i], filtered ? want_event : NULL, print_event,
				       NULL, &d, &st, &err) != 0) {
			char *clean = kb_sanitize_str(err.msg, 0);

			fprintf(stderr, "evtdump: %s\n", clean ? clean : "?");
			free(clean);
			rc = 1;
			continue;
		}
		fprintf(stderr, "evtdump: %s: %s, %llu events (%llu recovered, %llu skipped),"
			" %llu damaged%s%s%s",  argv[i],
			evtlog_format_name(st.format),
			(unsigned long long)st.events,
			(unsigned long long)st.recovered,
			(unsigned long long)st.skipped,
			(unsigned long long)st.damaged,
			st.file_dirty ? ", dirty" : "",
			st.file_corrupted ? ", corrupted" : "",
			st.file_truncated ? ", truncated" : "");
		if (st.format == EVTLOG_EVTX)
			fprintf(stderr, ", %llu read by libevtx%s",
				(unsigned long long)st.evtx_libevtx,
				st.evtx_streamed ? " (streamed)" : "");
		fputc('\n', stderr);
	}
	return rc;
}
