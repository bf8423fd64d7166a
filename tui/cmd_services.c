/* cmd_services.c: `kbwiz services`: the services and drivers of a SYSTEM
 * hive (core/services.c), as a table, one service's detail, the
 * dependency tree both ways, CSV or JSON. */
#include <errno.h>
#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <jansson.h>

#include "cli.h"
#include "kbwiz/evidence.h"
#include "kbwiz/json_text.h"
#include "kbwiz/lkg.h"
#include "kbwiz/rule_load.h"
#include "kbwiz/report.h"
#include "kbwiz/services.h"
#include "kbwiz/strbuf.h"

#define WIDTH 80

struct svc_args {
	const char *hive, *root, *name, *deps;
	int format;             /* enum history_format */
	int compare_lkg;        /* --compare-lkg */
};

static void iso_time(int64_t t, char *buf, size_t size, int json)
{
	time_t tt = (time_t)t;
	struct tm tm;

	if (t == 0 || gmtime_r(&tt, &tm) == NULL)
		snprintf(buf, size, "%s", "");
	else
		strftime(buf, size, json ? "%Y-%m-%dT%H:%M:%SZ" : "%Y-%m-%d %H:%M", &tm);
}

/* --name: a pattern with * ? [ ] matched against the name or the display
 * name, ignoring case; without them, a part of either. */
static int lower_match(const char *pattern, const char *s)
{
	char p[512], t[512];
	size_t i;

	if (s == NULL)
		return 0;
	snprintf(p, sizeof p, "%s", pattern);
	snprintf(t, sizeof t, "%s", s);
	for (i = 0; p[i] != '\0'; i++)
		p[i] = (char)(p[i] >= 'A' && p[i] <= 'Z' ? p[i] + 32 : p[i]);
	for (i = 0; t[i] != '\0'; i++)
		t[i] = (char)(t[i] >= 'A' && t[i] <= 'Z' ? t[i] + 32 : t[i]);
	if (strpbrk(p, "*?[") != NULL)
		return fnmatch(p, t, 0) == 0;
	return strstr(t, p) != NULL;
}

static int selected(const struct svc_args *a, const struct svc_service *s)
{
	return a->name == NULL || lower_match(a->name, s->name) ||
	       lower_match(a->name, s->display_name);
}

static void table_row(struct kb_buf *b, const struct svc_service *s)
{
	struct kb_buf p = { 0 };

	/* name 24, kind 7, start 12, gaps 3: 34 left for the display name */
	report_table_cell(b, s->name, 24, 1);
	kb_buf_putc(b, ' ');
	report_table_cell(b, *svc_kind_name(s) ? svc_kind_name(s) : "-", 7, 1);
	kb_buf_putc(b, ' ');
	report_table_cell(b, svc_start_short(s), 12, 1);
	kb_buf_putc(b, ' ');
	report_table_cell(b, s->display_name != NULL ? s->display_name : "", WIDTH - 46, 0);
	kb_buf_putc(b, '\n');
	svc_problems_text(s, &p);
	if (p.len > 0) {
		kb_buf_puts(b, "    ! ");
		report_table_cell(b, p.p, WIDTH - 6, 0);
		kb_buf_putc(b, '\n');
	}
	if (p.oom)
		b->oom = 1;
	kb_buf_free(&p);
}

static void detail_field(void *ctx, const char *label, const char *value)
{
	struct kb_buf *b = ctx;

	kb_buf_printf(b, "  %-16s ", label);
	report_table_cell(b, value != NULL && *value ? value : "-", WIDTH - 19, 0);
	kb_buf_putc(b, '\n');
}

static void detail(struct kb_buf *b, const struct svc_model *m, const struct svc_service *s)
{
	kb_buf_puts(b, "Service ");
	report_table_cell(b, s->name, WIDTH - 8, 0);
	kb_buf_putc(b, '\n');
	if (svc_describe(m, s, detail_field, b) != 0)
		b->oom = 1;
}

/* The document o (consumed) on b, indented, in the order built. */
static void put_json(struct kb_buf *b, json_t *o)
{
	char *text = json_dumps(o, JSON_INDENT(2) | JSON_PRESERVE_ORDER);

	json_decref(o);
	if (text == NULL)
		b->oom = 1;
	else
		kb_buf_printf(b, "%s\n", text);
	free(text);
}

static void csv_row(struct kb_buf *b, const char *const *fields, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (report_csv_field(&b->p, &b->len, &b->cap, fields[i]) != 0)
			b->oom = 1;
		kb_buf_puts(b, i + 1 < n ? "," : "\r\n");
	}
}

static void csv_service(struct kb_buf *b, const struct svc_service *s)
{
	char type[64], start[16], ec[16], when[32];
	struct kb_buf svc = { 0 }, grp = { 0 }, prob = { 0 };
	size_t i;

	svc_type_text(s, type, sizeof type);
	snprintf(start, sizeof start, "%s", svc_start_name(s));
	svc_error_control_text(s, ec, sizeof ec);
	iso_time(s->last_write, when, sizeof when, 1);
	kb_buf_puts(&svc, "");
	kb_buf_puts(&grp, "");
	for (i = 0; i < s->n_deps; i++) {
		struct kb_buf *t = s->deps[i].is_group ? &grp : &svc;
		kb_buf_printf(t, "%s%s", t->len > 0 ? ";" : "", s->deps[i].name);
	}
	svc_problems_text(s, &prob);
	kb_buf_puts(&prob, "");
	{
		const char *f[] = {
			s->name, s->display_name, svc_kind_name(s), type, start,
			s->image.path, s->image.args, svc_file_state_name(s->image.file),
			s->service_dll.path, s->object_name, s->group, ec, svc.p, grp.p,
			when, prob.p,
		};
		csv_row(b, f, sizeof f / sizeof f[0]);
	}
	if (svc.oom || grp.oom || prob.oom)
		b->oom = 1;
	kb_buf_free(&svc);
	kb_buf_free(&grp);
	kb_buf_free(&prob);
}

static json_t *json_image(const struct svc_image *img)
{
	json_t *o;

	if (img->path == NULL && img->raw == NULL)
		return json_null();
	o = json_object();
	json_object_set_new(o, "raw", kb_json_text(img->raw));
	json_object_set_new(o, "path", kb_json_text(img->path));
	json_object_set_new(o, "arguments", kb_json_text(img->args));
	json_object_set_new(o, "defaulted", json_boolean(img->defaulted));
	json_object_set_new(o, "file", json_string(svc_file_state_name(img->file)));
	json_object_set_new(o, "found", kb_json_text(img->found));
	return o;
}

static json_t *json_service(const struct svc_service *s)
{
	json_t *o = json_object(), *svc = json_array(), *grp = json_array();
	char buf[64];
	size_t i;

	json_object_set_new(o, "name", kb_json_text(s->name));
	json_object_set_new(o, "display_name", kb_json_text(s->display_name));
	json_object_set_new(o, "kind", json_string(svc_kind_name(s)));
	svc_type_text(s, buf, sizeof buf);
	json_object_set_new(o, "type", s->has_type ? json_integer(s->type) : json_null());
	json_object_set_new(o, "type_text", json_string(buf));
	json_object_set_new(o, "start", s->has_start ? json_integer(s->start) : json_null());
	json_object_set_new(o, "start_text", json_string(svc_start_name(s)));
	json_object_set_new(o, "delayed_autostart", json_boolean(s->delayed_auto));
	json_object_set_new(o, "image", json_image(&s->image));
	json_object_set_new(o, "service_dll", json_image(&s->service_dll));
	json_object_set_new(o, "object_name", kb_json_text(s->object_name));
	json_object_set_new(o, "group", kb_json_text(s->group));
	json_object_set_new(o, "error_control",
			    s->has_error_control ? json_integer(s->error_control) : json_null());
	for (i = 0; i < s->n_deps; i++) {
		json_t *d = json_object();
		json_object_set_new(d, "name", kb_json_text(s->deps[i].name));
		json_object_set_new(d, "exists", json_boolean(s->deps[i].exists));
		if (!s->deps[i].is_group)
			json_object_set_new(d, "disabled", json_boolean(s->deps[i].disabled));
		json_array_append_new(s->deps[i].is_group ? grp : svc, d);
	}
	json_object_set_new(o, "depend_on_service", svc);
	json_object_set_new(o, "depend_on_group", grp);
	iso_time(s->last_write, buf, sizeof buf, 1);
	json_object_set_new(o, "last_write", *buf ? json_string(buf) : json_null());
	json_object_set_new(o, "damaged", kb_json_text(s->damaged));
	return o;
}

static void tree_text(struct kb_buf *b, const struct svc_model *m,
		      const struct svc_dep_line *l, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		struct kb_buf line = { 0 };

		svc_dep_line_text(m, &l[i], &line);
		kb_buf_puts(b, "  ");
		report_table_cell(b, line.p != NULL ? line.p : "", WIDTH - 2, 0);
		kb_buf_putc(b, '\n');
		if (line.oom)
			b->oom = 1;
		kb_buf_free(&line);
	}
}

static json_t *tree_json(const struct svc_dep_line *l, size_t n)
{
	json_t *a = json_array();
	size_t i;

	for (i = 0; i < n; i++) {
		json_t *o = json_object();
		json_object_set_new(o, "name", kb_json_text(l[i].name));
		json_object_set_new(o, "depth", json_integer(l[i].depth));
		json_object_set_new(o, "group", json_boolean(l[i].is_group));
		json_object_set_new(o, "missing", json_boolean(l[i].missing));
		json_object_set_new(o, "disabled", json_boolean(l[i].disabled));
		json_object_set_new(o, "cycle", json_boolean(l[i].cycle));
		json_object_set_new(o, "shown_above", json_boolean(l[i].shown_above));
		json_array_append_new(a, o);
	}
	return a;
}

static void tree_csv(struct kb_buf *b, const char *direction,
		     const struct svc_dep_line *l, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		char depth[16];
		struct kb_buf flags = { 0 };
		snprintf(depth, sizeof depth, "%d", l[i].depth);
		kb_buf_printf(&flags, "%s%s%s%s", l[i].missing ? "missing " : "",
			      l[i].disabled ? "disabled " : "", l[i].cycle ? "cycle " : "",
			      l[i].shown_above ? "shown-above " : "");
		if (flags.len > 0)
			kb_buf_truncate(&flags, flags.len - 1);
		kb_buf_puts(&flags, "");
		{
			const char *f[] = { direction, depth, l[i].is_group ? "group" : "service",
					    l[i].name, flags.p };
			csv_row(b, f, 5);
		}
		if (flags.oom)
			b->oom = 1;
		kb_buf_free(&flags);
	}
}

static int deps_output(struct kb_buf *b, const struct svc_model *m,
		       const struct svc_args *a, struct kb_error *err)
{
	struct svc_dep_line *needs = NULL, *needed = NULL;
	size_t n_needs = 0, n_needed = 0;
	int rc;

	if ((rc = svc_dep_tree(m, a->deps, 0, &needs, &n_needs, err)) != 0 ||
	    (rc = svc_dep_tree(m, a->deps, 1, &needed, &n_needed, err)) != 0)
		goto out;
	if (a->format == HISTORY_TABLE) {
		kb_buf_puts(b, "What it needs (DependOnService, DependOnGroup):\n");
		tree_text(b, m, needs, n_needs);
		if (n_needs == 1)
			kb_buf_puts(b, "    (nothing)\n");
		kb_buf_puts(b, "What needs it:\n");
		tree_text(b, m, needed, n_needed);
		if (n_needed == 1)
			kb_buf_puts(b, "    (nothing)\n");
	} else if (a->format == HISTORY_CSV) {
		kb_buf_puts(b, "direction,depth,kind,name,flags\r\n");
		tree_csv(b, "needs", needs, n_needs);
		tree_csv(b, "needed-by", needed, n_needed);
	} else {
		json_t *o = json_object();
		json_object_set_new(o, "hive", kb_json_text(m->hive_path));
		json_object_set_new(o, "control_set", json_string(m->control_set));
		json_object_set_new(o, "service", kb_json_text(needs[0].name));
		json_object_set_new(o, "needs", tree_json(needs, n_needs));
		json_object_set_new(o, "needed_by", tree_json(needed, n_needed));
		put_json(b, o);
	}
out:
	free(needs);
	free(needed);
	return rc;
}

static size_t list_output(struct kb_buf *b, const struct svc_model *m,
			  const struct svc_args *a)
{
	json_t *arr = NULL;
	size_t i, n = 0, only = 0;

	for (i = 0; i < m->n; i++)
		if (selected(a, &m->services[i])) {
			n++;
			only = i;
		}
	if (a->format == HISTORY_TABLE) {
		if (n == 1 && a->name != NULL) {
			detail(b, m, &m->services[only]);
			return n;
		}
		kb_buf_printf(b, "%-24s %-7s %-12s %s\n", "NAME", "KIND", "START", "DISPLAY NAME");
	} else if (a->format == HISTORY_CSV) {
		kb_buf_puts(b, "name,display_name,kind,type,start,image_path,image_arguments,"
			    "image_file,service_dll,object_name,group,error_control,"
			    "depend_on_service,depend_on_group,last_write,problems\r\n");
	} else {
		arr = json_array();
	}
	for (i = 0; i < m->n; i++) {
		const struct svc_service *s = &m->services[i];
		if (!selected(a, s))
			continue;
		if (a->format == HISTORY_TABLE)
			table_row(b, s);
		else if (a->format == HISTORY_CSV)
			csv_service(b, s);
		else
			json_array_append_new(arr, json_service(s));
	}
	if (a->format == HISTORY_TABLE) {
		char head[96];
		int used = snprintf(head, sizeof head, "%zu of %zu keys in %s\\Services of ",
				    n, m->n, m->control_set);
		kb_buf_puts(b, head);
		report_table_cell(b, m->hive_path, WIDTH - used, 0);
		kb_buf_putc(b, '\n');
	} else if (arr != NULL) {
		json_t *o = json_object();
		json_object_set_new(o, "hive", kb_json_text(m->hive_path));
		json_object_set_new(o, "control_set", json_string(m->control_set));
		json_object_set_new(o, "root", kb_json_text(m->root));
		json_object_set_new(o, "windows_dir", kb_json_text(m->windows_dir));
		json_object_set_new(o, "services", arr);
		put_json(b, o);
	}
	return n;
}

/* A value as stored: null when absent, a number, a string, an array for
 * a list, true for a key that is there. */
static json_t *lkg_raw_json(const struct lkg_raw *r)
{
	json_t *a;
	size_t i;

	switch (r->kind) {
	case LKG_RAW_NUMBER:
		return json_integer((json_int_t)r->number);
	case LKG_RAW_STRING:
		return kb_json_text(r->n_items > 0 ? r->items[0] : "");
	case LKG_RAW_LIST:
		a = json_array();
		for (i = 0; i < r->n_items; i++)
			json_array_append_new(a, kb_json_text(r->items[i]));
		return a;
	case LKG_RAW_KEY:
		return json_true();
	case LKG_RAW_ABSENT:
		break;
	}
	return json_null();
}

/* --compare-lkg: what differs between the current control set and
 * LastKnownGood (core/lkg.c), for the services and the rules' checks. */
static int lkg_output(struct kb_buf *b, struct cli *cli, struct kb_hive *h, int format,
		      size_t *n_out, struct kb_error *err)
{
	struct rule_set set = { NULL, 0 };
	struct lkg_compare *c = NULL;
	struct kb_store *store;
	json_t *arr = NULL;
	size_t i;
	int rc, code = 0;

	*n_out = 0;
	/* The rules' checks are compared too; without a store, services only. */
	if ((store = cli_store(cli, &code)) == NULL)
		return kb_errorf(err, KB_EDB, "the rules could not be read from the store");
	if ((rc = store_get_rules(store, NULL, &set, err)) != 0)
		return rc;
	rc = lkg_compare(h, set.rules, set.n, &c, err);
	rule_set_free(&set);
	if (rc != 0)
		return rc;
	*n_out = c->n;
	if (format == HISTORY_TABLE) {
		kb_buf_printf(b, "Current %s against LastKnownGood %s: %zu and %zu service keys, "
			      "%zu rules with checks there\n", c->current_set, c->lkg_set, c->services_current,
			      c->services_lkg, c->rules_compared);
		if (c->same_set)
			kb_buf_puts(b, "LastKnownGood is the current control set: nothing to compare.\n");
		else if (c->n == 0)
			kb_buf_puts(b, "No difference.\n");
	} else if (format == HISTORY_CSV) {
		kb_buf_puts(b, "kind,name,field,current,last_known_good\r\n");
	} else {
		arr = json_array();
	}
	for (i = 0; i < c->n; i++) {
		const struct lkg_diff *d = &c->diffs[i];
		if (format == HISTORY_TABLE) {
			kb_buf_puts(b, d->kind == LKG_RULE_CHECK ? "rule " : "");
			report_table_cell(b, d->name, 30, 0);
			if (d->kind == LKG_ONLY_CURRENT || d->kind == LKG_ONLY_LKG) {
				kb_buf_printf(b, "  %s\n    ", d->kind == LKG_ONLY_CURRENT ?
					      "only in the current set" : "only in LastKnownGood");
				report_table_cell(b, d->kind == LKG_ONLY_CURRENT ? d->current : d->lkg,
						  WIDTH - 4, 0);
				kb_buf_putc(b, '\n');
				continue;
			}
			kb_buf_puts(b, "  ");
			report_table_cell(b, d->field, WIDTH - 40, 0);
			kb_buf_puts(b, "\n    current        ");
			report_table_cell(b, d->current, WIDTH - 19, 0);
			kb_buf_puts(b, "\n    LastKnownGood  ");
			report_table_cell(b, d->lkg, WIDTH - 19, 0);
			kb_buf_putc(b, '\n');
		} else if (format == HISTORY_CSV) {
			const char *f[] = { lkg_diff_kind_name(d->kind), d->name, d->field, d->current,
					    d->lkg };
			csv_row(b, f, 5);
		} else {
			json_t *o = json_object();
			json_object_set_new(o, "kind", json_string(lkg_diff_kind_name(d->kind)));
			json_object_set_new(o, "name", kb_json_text(d->name));
			json_object_set_new(o, "field", kb_json_text(d->field));
			json_object_set_new(o, "current", lkg_raw_json(&d->current_raw));
			json_object_set_new(o, "last_known_good", lkg_raw_json(&d->lkg_raw));
			json_object_set_new(o, "current_text", kb_json_text(d->current));
			json_object_set_new(o, "last_known_good_text", kb_json_text(d->lkg));
			json_array_append_new(arr, o);
		}
	}
	if (arr != NULL) {
		json_t *o = json_object();
		json_object_set_new(o, "hive", kb_json_text(c->hive_path));
		json_object_set_new(o, "current_set", json_string(c->current_set));
		json_object_set_new(o, "last_known_good_set", json_string(c->lkg_set));
		json_object_set_new(o, "same_set", json_boolean(c->same_set));
		json_object_set_new(o, "services_current", json_integer((json_int_t)c->services_current));
		json_object_set_new(o, "services_last_known_good",
				    json_integer((json_int_t)c->services_lkg));
		json_object_set_new(o, "rules_compared", json_integer((json_int_t)c->rules_compared));
		json_object_set_new(o, "differences", arr);
		put_json(b, o);
	}
	lkg_compare_free(c);
	return 0;
}

/* The SYSTEM hive of the volume at root. */
static int hive_of_root(const char *root, char *out, size_t size, struct kb_error *err)
{
	char windir[4096];

	if (evidence_windows_dir(root, windir, sizeof windir) != 0)
		return kb_errorf(err, KB_ENOTFOUND, "%s: no Windows directory here (looked for "
				 "WINNT, Windows or System32, in any case)", root);
	if (evidence_path_ci(windir, "System32/config/SYSTEM", out, size) != 0)
		return kb_errorf(err, KB_ENOTFOUND, "%s: no System32/config/SYSTEM hive", windir);
	return 0;
}

static int run_services(struct cli *cli, int argc, char **argv)
{
	struct svc_args a = { NULL, NULL, NULL, NULL, HISTORY_TABLE, 0 };
	struct kb_error err = { "" };
	struct kb_hive *h = NULL;
	struct svc_model *m = NULL;
	struct kb_buf b = { 0 };
	char found[4096];
	const char *format = "table";
	size_t n = 1;
	int rc, code = EXIT_OK, i;

	for (i = 1; i < argc; i++) {
		const char *o = argv[i];
		if (strcmp(o, "--help") == 0 || strcmp(o, "-h") == 0) {
			cli_print_usage(stdout, cmd_services.usage, cmd_services.summary);
			return EXIT_OK;
		}
		if (strcmp(o, "--compare-lkg") == 0) {
			a.compare_lkg = 1;
			continue;
		}
		if (i + 1 >= argc) {
			cli_error("%s: unknown, or needs a value (see kbwiz services --help)", o);
			return EXIT_USAGE;
		}
		if (strcmp(o, "--hive") == 0)
			a.hive = argv[++i];
		else if (strcmp(o, "--root") == 0)
			a.root = argv[++i];
		else if (strcmp(o, "--name") == 0)
			a.name = argv[++i];
		else if (strcmp(o, "--deps") == 0)
			a.deps = argv[++i];
		else if (strcmp(o, "--format") == 0)
			format = argv[++i];
		else {
			cli_error("unknown services option '%s'", o);
			return EXIT_USAGE;
		}
	}
	if ((a.format = history_format_from_name(format)) < 0) {
		cli_error("unknown format '%s': table, csv or json", format);
		return EXIT_USAGE;
	}
	if (a.hive == NULL && a.root == NULL) {
		cli_error("services: give the SYSTEM hive (--hive F) or the Windows volume (--root DIR)");
		return EXIT_USAGE;
	}
	if (a.hive != NULL && (code = cli_check_file(a.hive)) != 0)
		return code;
	if (a.hive == NULL && (code = cli_check_dir(a.root)) != 0)
		return code;
	if (a.hive == NULL) {
		if ((rc = hive_of_root(a.root, found, sizeof found, &err)) != 0) {
			cli_error("%s", err.msg);
			return EXIT_BADINPUT;
		}
		a.hive = found;
	}
	if ((rc = hive_open(a.hive, &h, &err)) != 0) {
		cli_error("%s", err.msg);
		code = rc == KB_ENOTFOUND ? EXIT_IO : cli_exit_code(rc);
		goto out;
	}
	/* hive_open replays a dirty hive's logs; say what it read, and
	 * warn when it could only read the primary file as it is. */
	if (hive_recovery(h) != HIVELOG_CLEAN)
		cli_error("%s: %s", a.hive, hive_recovery_text(h));
	if ((rc = svc_model_load(h, a.root, &m, &err)) != 0) {
		cli_error("%s", err.msg);
		/* A hive without Select or Services is not what was asked for. */
		code = rc == KB_ENOTFOUND ? EXIT_BADINPUT : cli_exit_code(rc);
		goto out;
	}
	kb_buf_puts(&b, "");
	if (a.compare_lkg) {
		if ((rc = lkg_output(&b, cli, h, a.format, &n, &err)) != 0) {
			cli_error("%s", err.msg);
			code = rc == KB_ENOTFOUND ? EXIT_BADINPUT : cli_exit_code(rc);
			goto out;
		}
	} else if (a.deps != NULL) {
		if ((rc = deps_output(&b, m, &a, &err)) != 0) {
			cli_error("%s", err.msg);
			code = rc == KB_ENOTFOUND ? EXIT_NOTHING : cli_exit_code(rc);
			goto out;
		}
	} else {
		n = list_output(&b, m, &a);
	}
	if (b.oom) {
		cli_error("out of memory");
		code = EXIT_INTERNAL;
		goto out;
	}
	if (a.format == HISTORY_TABLE && n == 0 && !a.compare_lkg)
		cli_error("no service matches '%s'", a.name);
	else if (fwrite(b.p, 1, b.len, stdout) != b.len || fflush(stdout) != 0) {
		cli_error("writing the services: %s", strerror(errno));
		code = EXIT_IO;
	}
	if (code == EXIT_OK && n == 0)
		code = EXIT_NOTHING;
out:
	kb_buf_free(&b);
	svc_model_free(m);
	hive_close(h);
	return code;
}

const struct cli_command cmd_services = {
	"services",
	"kbwiz services (--hive F | --root DIR) [--name PATTERN] [--deps NAME] [--compare-lkg] "
	"[--format table|csv|json]",
	"the services and drivers of a SYSTEM hive: type, start, image file, account, "
	"dependencies (--deps: the tree both ways; --compare-lkg: what differs from "
	"LastKnownGood)",
	run_services,
};
