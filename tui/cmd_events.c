/* cmd_events.c: `kbwiz events`: the events of every log given (or found
 * on a volume) as one list in time order (core/evtlist.c), with message
 * references explained where kbwiz knows the code (core/msgref.c). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <jansson.h>

#include "cli.h"
#include "kbwiz/evidence.h"
#include "kbwiz/evtlist.h"
#include "kbwiz/json_text.h"
#include "kbwiz/msgref.h"
#include "kbwiz/report.h"
#include "kbwiz/rule_load.h"
#include "kbwiz/strbuf.h"

#define WIDTH 80
#define MAX_IDS 64

static void event_time(int64_t t, char *buf, size_t size, int json)
{
	time_t tt = (time_t)t;
	struct tm tm;

	if (t == 0 || gmtime_r(&tt, &tm) == NULL)
		snprintf(buf, size, "%s", json ? "" : "time unknown");
	else
		strftime(buf, size, json ? "%Y-%m-%dT%H:%M:%SZ" : "%Y-%m-%d %H:%M", &tm);
}

#define MAX_REFS 16

struct ref {
	unsigned code;
	const struct msgref_entry *m;   /* NULL: kbwiz does not know it */
};

/* The message references of an event's strings, in order. */
static size_t event_refs(const struct msgref_table *t, const struct evl_event *e,
			 struct ref *out)
{
	size_t i, n = 0;

	for (i = 0; i < e->n_strings; i++) {
		size_t pos = 0;
		unsigned code;
		while (n < MAX_REFS && msgref_next(e->strings[i], &pos, &code)) {
			out[n].code = code;
			out[n++].m = msgref_lookup(t, code);
		}
	}
	return n;
}

/* "%%1058 = error 1058 (from): message" for each known reference, one
 * per line under the event. */
static void explain(struct kb_buf *b, const struct msgref_table *t, const struct evl_event *e)
{
	struct ref r[MAX_REFS];
	size_t i, n = event_refs(t, e, r);

	for (i = 0; i < n; i++) {
		struct kb_buf line = { 0 };
		if (r[i].m == NULL)
			continue;
		kb_buf_printf(&line, "%%%%%u = error %u (%s): %s", r[i].code, r[i].code,
			      r[i].m->from, r[i].m->message);
		kb_buf_puts(b, "    ");
		report_table_cell(b, line.p != NULL ? line.p : "", WIDTH - 4, 0);
		kb_buf_putc(b, '\n');
		if (line.oom)
			b->oom = 1;
		kb_buf_free(&line);
	}
}

static json_t *refs_json(const struct msgref_table *t, const struct evl_event *e)
{
	struct ref r[MAX_REFS];
	size_t i, n = event_refs(t, e, r);
	json_t *a = json_array();

	for (i = 0; i < n; i++) {
		json_t *o = json_object();
		char ref[24];
		snprintf(ref, sizeof ref, "%%%%%u", r[i].code);
		json_object_set_new(o, "ref", json_string(ref));
		json_object_set_new(o, "code", json_integer(r[i].code));
		json_object_set_new(o, "message", r[i].m != NULL ? kb_json_text(r[i].m->message) : json_null());
		json_object_set_new(o, "from", r[i].m != NULL ? kb_json_text(r[i].m->from) : json_null());
		json_array_append_new(a, o);
	}
	return a;
}

/* The explanations on one line, for CSV. */
static void refs_text(struct kb_buf *b, const struct msgref_table *t, const struct evl_event *e)
{
	struct ref r[MAX_REFS];
	size_t i, n = event_refs(t, e, r);

	kb_buf_puts(b, "");
	for (i = 0; i < n; i++)
		if (r[i].m != NULL)
			kb_buf_printf(b, "%s%%%%%u: %s", b->len > 0 ? "; " : "", r[i].code,
				      r[i].m->message);
}

static void render(struct kb_buf *b, const struct evl_list *l, const struct msgref_table *t,
		   int format)
{
	json_t *arr = NULL;
	size_t i;

	if (format == HISTORY_TABLE)
		kb_buf_printf(b, "%-16s %-5s %-23s %5s %s\n", "TIME (UTC)", "LEVEL", "SOURCE", "ID",
			      "MESSAGE (insertion strings)");
	else if (format == HISTORY_CSV)
		kb_buf_puts(b, "time,log,source,event_id,level,computer,record_number,recovered,"
			    "file,message,explanation\r\n");
	else
		arr = json_array();
	for (i = 0; i < l->n; i++) {
		const struct evl_event *e = &l->events[i];
		char when[32], id[16], rec[24];
		char *text = evl_event_text(e);

		if (text == NULL) {
			b->oom = 1;
			break;
		}
		snprintf(id, sizeof id, "%u", e->event_id);
		snprintf(rec, sizeof rec, "%llu", (unsigned long long)e->record_number);
		if (format == HISTORY_TABLE) {
			event_time(e->time, when, sizeof when, 0);
			/* time 16, level 5, source 23, id 5, gaps 4: 27 left */
			kb_buf_printf(b, "%-16s %-5s ", when, evl_level_short(e->level));
			report_table_cell(b, e->source, 23, 1);
			kb_buf_printf(b, " %5s ", id);
			report_table_cell(b, text, WIDTH - 53, 0);
			kb_buf_putc(b, '\n');
			explain(b, t, e);
		} else if (format == HISTORY_CSV) {
			struct kb_buf ex = { 0 };
			const char *f[11];
			size_t k;
			event_time(e->time, when, sizeof when, 1);
			refs_text(&ex, t, e);
			f[0] = when; f[1] = e->log; f[2] = e->source; f[3] = id;
			f[4] = event_level_name(e->level); f[5] = e->computer; f[6] = rec;
			f[7] = e->recovered ? "yes" : "no"; f[8] = l->files[e->file].path;
			f[9] = text; f[10] = ex.p != NULL ? ex.p : "";
			for (k = 0; k < 11; k++) {
				if (report_csv_field(&b->p, &b->len, &b->cap, f[k]) != 0)
					b->oom = 1;
				kb_buf_puts(b, k + 1 < 11 ? "," : "\r\n");
			}
			if (ex.oom)
				b->oom = 1;
			kb_buf_free(&ex);
		} else {
			json_t *o = json_object(), *s = json_array();
			size_t k;
			event_time(e->time, when, sizeof when, 1);
			json_object_set_new(o, "time", *when ? json_string(when) : json_null());
			json_object_set_new(o, "log", kb_json_text(e->log));
			json_object_set_new(o, "source", kb_json_text(e->source));
			json_object_set_new(o, "event_id", json_integer(e->event_id));
			json_object_set_new(o, "raw_identifier", json_integer(e->raw_identifier));
			json_object_set_new(o, "level", json_string(event_level_name(e->level)));
			json_object_set_new(o, "computer", kb_json_text(e->computer));
			json_object_set_new(o, "record_number", json_integer((json_int_t)e->record_number));
			json_object_set_new(o, "recovered", json_boolean(e->recovered));
			json_object_set_new(o, "file", kb_json_text(l->files[e->file].path));
			for (k = 0; k < e->n_strings; k++)
				json_array_append_new(s, kb_json_text(e->strings[k]));
			json_object_set_new(o, "strings", s);
			json_object_set_new(o, "message_refs", refs_json(t, e));
			json_array_append_new(arr, o);
		}
		free(text);
	}
	if (format == HISTORY_TABLE) {
		kb_buf_printf(b, "%zu of %llu events from %zu file%s\n", l->n,
			      (unsigned long long)l->read, l->n_files, l->n_files == 1 ? "" : "s");
	} else if (arr != NULL) {
		json_t *o = json_object(), *files = json_array();
		char *out;
		for (i = 0; i < l->n_files; i++) {
			const struct evl_file *f = &l->files[i];
			json_t *fo = json_object();
			json_object_set_new(fo, "path", kb_json_text(f->path));
			json_object_set_new(fo, "ok", json_boolean(f->ok));
			json_object_set_new(fo, "error", kb_json_text(f->error));
			json_object_set_new(fo, "format", f->ok ? json_string(evtlog_format_name(f->stats.format)) : json_null());
			json_object_set_new(fo, "events_read", json_integer((json_int_t)f->stats.events));
			json_object_set_new(fo, "recovered", json_integer((json_int_t)f->stats.recovered));
			json_object_set_new(fo, "damaged", json_integer((json_int_t)f->stats.damaged));
			json_object_set_new(fo, "events_listed", json_integer((json_int_t)f->kept));
			json_array_append_new(files, fo);
		}
		json_object_set_new(o, "files", files);
		json_object_set_new(o, "events", arr);
		out = json_dumps(o, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
		json_decref(o);
		if (out == NULL)
			b->oom = 1;
		else
			kb_buf_printf(b, "%s\n", out);
		free(out);
	}
}

static int parse_ids(const char *s, unsigned *ids, size_t *n)
{
	const char *p = s;

	while (*p != '\0') {
		char *end;
		unsigned long v;
		if (*p < '0' || *p > '9' || *n >= MAX_IDS)
			return -1;
		errno = 0;
		v = strtoul(p, &end, 10);
		if (errno != 0 || v > 65535 || (*end != ',' && *end != '\0'))
			return -1;
		ids[(*n)++] = (unsigned)v;
		p = *end == ',' ? end + 1 : end;
	}
	return *n > 0 ? 0 : -1;
}

static int run_events(struct cli *cli, int argc, char **argv)
{
	struct evl_filter f;
	struct evl_list l;
	struct evidence_set ev = { NULL, 0, NULL };
	struct msgref_table refs = { NULL, 0 };
	struct rule_set set;
	struct kb_error err = { "" };
	struct kb_buf b = { 0 };
	unsigned ids[MAX_IDS];
	const char **paths = NULL;
	const char *root = NULL, *format_arg = "table";
	size_t n_paths = 0, i, n_found;
	int format, rc, code = EXIT_OK, bad_files = 0, bad_code = EXIT_OK, a;

	memset(&f, 0, sizeof f);
	memset(&l, 0, sizeof l);
	memset(&set, 0, sizeof set);
	f.ids = ids;
	for (a = 1; a < argc; a++) {
		const char *o = argv[a], *v;
		if (strcmp(o, "--help") == 0 || strcmp(o, "-h") == 0) {
			cli_print_usage(stdout, cmd_events.usage, cmd_events.summary);
			return EXIT_OK;
		}
		if (a + 1 >= argc) {
			cli_error("%s: unknown, or needs a value (see kbwiz events --help)", o);
			return EXIT_USAGE;
		}
		v = argv[++a];
		if (strcmp(o, "--events") == 0) {
			rc = evidence_add(&ev, EVIDENCE_EVENTS, v, &err);
			if (rc != 0) {
				cli_error("%s", err.msg);
				code = cli_exit_code(rc);
				goto out;
			}
		} else if (strcmp(o, "--root") == 0) {
			root = v;
		} else if (strcmp(o, "--id") == 0) {
			if (parse_ids(v, ids, &f.n_ids) != 0) {
				cli_error("--id wants event IDs (0-65535) separated by commas, not '%s'", v);
				code = EXIT_USAGE;
				goto out;
			}
		} else if (strcmp(o, "--source") == 0) {
			f.source = v;
		} else if (strcmp(o, "--level") == 0) {
			char bad[64];
			if (evl_parse_levels(v, &f.levels, bad, sizeof bad) != 0) {
				cli_error("unknown level '%s': error, warning, information, critical, "
					  "verbose, audit-success, audit-failure (commas between)", bad);
				code = EXIT_USAGE;
				goto out;
			}
		} else if (strcmp(o, "--since") == 0 || strcmp(o, "--until") == 0) {
			int64_t *t = strcmp(o, "--since") == 0 ? &f.since : &f.until;
			if (evl_parse_time(v, t == &f.until, t) != 0) {
				cli_error("%s wants a UTC time as YYYY-MM-DD[ HH:MM[:SS]], not '%s'", o, v);
				code = EXIT_USAGE;
				goto out;
			}
		} else if (strcmp(o, "--text") == 0) {
			f.text = v;
		} else if (strcmp(o, "--format") == 0) {
			format_arg = v;
		} else {
			cli_error("unknown events option '%s'", o);
			code = EXIT_USAGE;
			goto out;
		}
	}
	if ((format = history_format_from_name(format_arg)) < 0) {
		cli_error("unknown format '%s': table, csv or json", format_arg);
		code = EXIT_USAGE;
		goto out;
	}
	if (root != NULL && (rc = evidence_find(&ev, root, &n_found, &err)) != 0) {
		cli_error("%s", err.msg);
		code = cli_exit_code(rc);
		goto out;
	}
	paths = calloc(ev.n + 1, sizeof *paths);
	if (paths == NULL) {
		cli_error("out of memory");
		code = EXIT_INTERNAL;
		goto out;
	}
	for (i = 0; i < ev.n; i++)
		if (ev.files[i].kind == EVIDENCE_EVENTS)
			paths[n_paths++] = ev.files[i].path;
	if (n_paths == 0) {
		cli_error(root != NULL ? "%s: no event logs found on this volume"
				       : "events: give event logs (--events F) or a Windows volume (--root DIR)%s",
			  root != NULL ? root : "");
		code = root != NULL ? EXIT_NOTHING : EXIT_USAGE;
		goto out;
	}
	/* The rules say what the codes they carry mean. */
	if (cli_store(cli, &code) == NULL)
		goto out;
	if ((rc = store_get_rules(cli->store, NULL, &set, &err)) != 0 ||
	    (rc = msgref_table_add_rules(&refs, set.rules, set.n)) != 0) {
		cli_error("%s", rc == KB_ENOMEM ? "out of memory" : err.msg);
		code = cli_exit_code(rc);
		goto out;
	}
	if ((rc = evl_load(&l, paths, n_paths, &f, &err)) != 0) {
		cli_error("%s", err.msg);
		code = EXIT_INTERNAL;
		goto out;
	}
	for (i = 0; i < l.n_files; i++) {
		if (!l.files[i].ok) {
			cli_error("%s", l.files[i].error);
			/* The same status diagnose gives the same file: 5 for
			 * one that cannot be read, 3 for one that is not a log. */
			if (bad_files++ == 0)
				bad_code = l.files[i].error_code == KB_EIO ||
					   l.files[i].error_code == KB_ENOTFOUND ? EXIT_IO : EXIT_BADINPUT;
		}
	}
	kb_buf_puts(&b, "");
	render(&b, &l, &refs, format);
	if (b.oom) {
		cli_error("out of memory");
		code = EXIT_INTERNAL;
		goto out;
	}
	if (fwrite(b.p, 1, b.len, stdout) != b.len || fflush(stdout) != 0) {
		cli_error("writing the events: %s", strerror(errno));
		code = EXIT_IO;
	} else if (bad_files > 0) {
		code = bad_code;
	} else if (l.n == 0) {
		code = EXIT_NOTHING;
	}
out:
	kb_buf_free(&b);
	evl_free(&l);
	msgref_table_free(&refs);
	rule_set_free(&set);
	free(paths);
	evidence_set_free(&ev);
	return code;
}

const struct cli_command cmd_events = {
	"events",
	"kbwiz events [--events F]... [--root DIR] [--id N[,N]] [--source S] "
	"[--level L[,L]] [--since T] [--until T] [--text WORDS] [--format table|csv|json]",
	"the events of .evt, .evtx and exported logs as one list in time order, message "
	"references (%%1058) explained (L: error, warning, information, ...; T: YYYY-MM-DD[ HH:MM], UTC)",
	run_events,
};
