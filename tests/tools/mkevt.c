/* mkevt: write a legacy .evt event log from a text spec, for fixtures.
 *
 *   mkevt SPECFILE OUT.evt
 *
 * One event per line, fields separated by '|':
 *
 *   TIME|ID|LEVEL|SOURCE|COMPUTER[|STRING...]
 *
 *   TIME      YYYY-MM-DD HH:MM:SS, UTC
 *   ID        decimal event ID (7023): gets the severity bits a real
 *             Windows record carries for LEVEL (0xC0000000 error,
 *             0x80000000 warning, 0x40000000 information, none for
 *             success and audits); or 0x... : the full 32-bit
 *             identifier, stored as written
 *   LEVEL     error, warning, information (info), success,
 *             audit-success, audit-failure
 *   STRING    insertion strings, in order (none when absent)
 *
 * In any field, \| is a literal '|', \\ a backslash, \n and \t a newline
 * and a tab.  Blank lines and lines starting with '#' are ignored.  A
 * line "!dirty" marks the log as not closed cleanly (header flag). */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/evt_writer.h"

#define MAX_FIELDS 64

static int64_t days_from_civil(int64_t y, unsigned m, unsigned d)
{
	int64_t era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static int parse_time(const char *s, int64_t *t)
{
	unsigned y, mo, d, h, mi, se;
	char extra;

	if (sscanf(s, "%4u-%2u-%2u %2u:%2u:%2u%c", &y, &mo, &d, &h, &mi, &se,
		   &extra) != 6)
		return -1;
	if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 ||
	    se > 59)
		return -1;
	*t = days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + se;
	return 0;
}

static int parse_level(const char *s, unsigned *type)
{
	static const struct {
		const char *name;
		unsigned type;
	} levels[] = {
		{ "error", EVT_TYPE_ERROR },
		{ "warning", EVT_TYPE_WARNING },
		{ "information", EVT_TYPE_INFORMATION },
		{ "info", EVT_TYPE_INFORMATION },
		{ "success", EVT_TYPE_SUCCESS },
		{ "audit-success", EVT_TYPE_AUDIT_SUCCESS },
		{ "audit-failure", EVT_TYPE_AUDIT_FAILURE },
	};
	size_t i;

	for (i = 0; i < sizeof levels / sizeof levels[0]; i++)
		if (strcmp(s, levels[i].name) == 0) {
			*type = levels[i].type;
			return 0;
		}
	return -1;
}

static int parse_identifier(const char *s, unsigned type, uint32_t *id)
{
	unsigned long v;
	char *end;

	errno = 0;
	if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
		v = strtoul(s + 2, &end, 16);
		if (errno != 0 || end == s + 2 || *end != '\0' ||
		    v > 0xFFFFFFFFul)
			return -1;
		*id = (uint32_t)v;
		return 0;
	}
	v = strtoul(s, &end, 10);
	if (errno != 0 || end == s || *end != '\0' || v > 0xFFFF)
		return -1;
	*id = evt_identifier_for((unsigned)v, type);
	return 0;
}

/* Split line in place at unescaped '|', undoing the escapes. */
static size_t split_fields(char *line, char **fields, size_t max)
{
	char *r = line, *w = line;
	size_t n = 0;

	fields[n++] = w;
	for (; *r != '\0'; r++) {
		if (*r == '\\' && r[1] != '\0') {
			r++;
			*w++ = *r == 'n' ? '\n' : *r == 't' ? '\t' : *r;
		} else if (*r == '|') {
			*w++ = '\0';
			if (n == max)
				return max + 1;
			fields[n++] = w;
		} else {
			*w++ = *r;
		}
	}
	*w = '\0';
	return n;
}

int main(int argc, char **argv)
{
	char line[65536], *fields[MAX_FIELDS];
	struct evt_writer *w;
	struct kb_error err = { "" };
	unsigned long lineno = 0;
	FILE *spec;

	if (argc != 3) {
		fprintf(stderr, "usage: mkevt SPECFILE OUT.evt\n");
		return 2;
	}
	spec = fopen(argv[1], "r");
	if (spec == NULL) {
		fprintf(stderr, "mkevt: %s: %s\n", argv[1], strerror(errno));
		return 1;
	}
	w = evt_writer_new(argv[2], &err);
	if (w == NULL) {
		fprintf(stderr, "mkevt: %s\n", err.msg);
		fclose(spec);
		return 1;
	}
	while (fgets(line, sizeof line, spec) != NULL) {
		size_t len = strlen(line), n;
		unsigned type;
		uint32_t id;
		int64_t t;

		lineno++;
		if (len > 0 && line[len - 1] != '\n' && !feof(spec)) {
			fprintf(stderr, "mkevt: %s:%lu: line too long\n",
				argv[1], lineno);
			goto fail;
		}
		while (len > 0 && (line[len - 1] == '\n' ||
				   line[len - 1] == '\r'))
			line[--len] = '\0';
		if (len == 0 || line[0] == '#')
			continue;
		if (strcmp(line, "!dirty") == 0) {
			evt_writer_set_flags(w, EVT_FLAG_DIRTY);
			continue;
		}
		n = split_fields(line, fields, MAX_FIELDS);
		if (n < 5 || n > MAX_FIELDS) {
			fprintf(stderr, "mkevt: %s:%lu: want TIME|ID|LEVEL|"
				"SOURCE|COMPUTER[|STRING...] (at most %d "
				"strings)\n", argv[1], lineno, MAX_FIELDS - 5);
			goto fail;
		}
		if (parse_time(fields[0], &t) != 0) {
			fprintf(stderr, "mkevt: %s:%lu: bad time '%s' (want "
				"YYYY-MM-DD HH:MM:SS)\n", argv[1], lineno,
				fields[0]);
			goto fail;
		}
		if (parse_level(fields[2], &type) != 0) {
			fprintf(stderr, "mkevt: %s:%lu: bad level '%s'\n",
				argv[1], lineno, fields[2]);
			goto fail;
		}
		if (parse_identifier(fields[1], type, &id) != 0) {
			fprintf(stderr, "mkevt: %s:%lu: bad event ID '%s'\n",
				argv[1], lineno, fields[1]);
			goto fail;
		}
		if (evt_writer_add(w, t, id, type, fields[3], fields[4],
				   (const char *const *)fields + 5,
				   n - 5, &err) != 0) {
			fprintf(stderr, "mkevt: %s:%lu: cannot add event: %s\n",
				argv[1], lineno, err.msg);
			goto fail;
		}
	}
	if (ferror(spec)) {
		fprintf(stderr, "mkevt: %s: read error\n", argv[1]);
		goto fail;
	}
	fclose(spec);
	if (evt_writer_close(w, &err) != 0) {
		fprintf(stderr, "mkevt: %s\n", err.msg);
		return 1;
	}
	return 0;
fail:
	fclose(spec);
	/* Closing writes the file; nothing partial should be left. */
	evt_writer_close(w, NULL);
	remove(argv[2]);
	return 1;
}
