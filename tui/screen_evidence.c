/* screen_evidence.c: the evidence explorer, read-only: the machine's
 * identity, its services (detail and dependency tree) and the events of
 * its logs (filters and detail).  The models are core's (machine.h,
 * services.h, evtlist.h); this screen only shows them.  Everything from
 * the evidence is untrusted: it reaches the screen through ui_text and
 * the text buffer, which sanitize it. */
#include "tui.h"
#include "evidence_tabs.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "kbwiz/evtlist.h"
#include "kbwiz/hive.h"
#include "kbwiz/machine.h"
#include "kbwiz/msgref.h"
#include "kbwiz/rule_load.h"
#include "kbwiz/services.h"
#include "kbwiz/strbuf.h"
#include "kbwiz/strutil.h"

enum { TAB_MACHINE, TAB_SERVICES, TAB_EVENTS, TAB_LOGS, TAB_LKG, N_TABS };
#define MAX_IDS 16

static struct {
	struct evidence_set ev;        /* a copy: the session may change */
	char where[128];               /* "session #12" */
	int tab;
	struct machine_info id;
	struct svc_model *svc;
	char svc_error[1024];
	struct evl_list evl;
	struct msgref_table refs;
	struct tbuf machine, detail;
	/* services */
	size_t *svc_shown, n_svc_shown;
	struct list svc_list;
	struct input svc_filter;
	int deps;                      /* the detail pane shows the tree */
	/* events */
	size_t *evt_shown, n_evt_shown;
	struct list evt_list;
	struct input evt_text;
	unsigned levels;
	unsigned ids[MAX_IDS];
	size_t n_ids;
	int editing;                   /* the filter field has the focus */
	/* logs and LastKnownGood (evidence_tabs.c) */
	struct ev_log_row *logs;
	size_t n_logs;
	struct list log_list;
	struct tbuf lkg;
} es;

/* ---- layout ---- */

static int list_height(void)
{
	return (tui.rows - 7) / 2;
}

static int detail_y(void)
{
	return 4 + list_height() + 1;
}

static int detail_h(void)
{
	return tui.rows - 2 - detail_y();
}

/* ---- filtering ---- */

static int svc_selected(const struct svc_service *s)
{
	const char *f = es.svc_filter.buf;

	return f[0] == '\0' || kb_ci_contains(s->name, f) ||
	       (s->display_name != NULL && kb_ci_contains(s->display_name, f));
}

static void refilter_services(void)
{
	size_t i;

	es.n_svc_shown = 0;
	for (i = 0; es.svc != NULL && i < es.svc->n; i++)
		if (svc_selected(&es.svc->services[i]))
			es.svc_shown[es.n_svc_shown++] = i;
	es.svc_list.sel = es.svc_list.top = 0;
}

static void refilter_events(void)
{
	struct evl_filter f;
	size_t i;

	memset(&f, 0, sizeof f);
	f.ids = es.ids;
	f.n_ids = es.n_ids;
	f.levels = es.levels;
	f.text = es.evt_text.buf[0] != '\0' ? es.evt_text.buf : NULL;
	es.n_evt_shown = 0;
	for (i = 0; i < es.evl.n; i++)
		if (evl_matches(&f, &es.evl.events[i]))
			es.evt_shown[es.n_evt_shown++] = i;
	es.evt_list.sel = es.evt_list.top = 0;
}

/* ---- detail panes ---- */

static void field(void *ctx, const char *label, const char *value)
{
	(void)ctx;
	tbuf_linef(&es.detail, 0, 19, "%-18s %s", label, value != NULL && *value ? value : "-");
}

static void service_detail(void)
{
	const struct svc_service *s;
	struct svc_dep_line *l = NULL;
	struct kb_error err = { "" };
	size_t n = 0, i;
	int rev;

	tbuf_clear(&es.detail);
	if (es.n_svc_shown == 0)
		return;
	s = &es.svc->services[es.svc_shown[es.svc_list.sel]];
	if (!es.deps) {
		struct kb_buf p = { 0 };
		tbuf_linef(&es.detail, ui_attr(UI_HEADING), 0, "Service %s", s->name);
		svc_describe(es.svc, s, field, NULL);
		svc_problems_text(s, &p);
		if (p.len > 0)
			tbuf_linef(&es.detail, ui_attr(UI_FAIL), 19, "%-18s %s", "! problems", p.p);
		kb_buf_free(&p);
		return;
	}
	for (rev = 0; rev < 2; rev++) {
		tbuf_linef(&es.detail, ui_attr(UI_HEADING), 0, "%s",
			   rev ? "What needs it:" : "What it needs (DependOnService, DependOnGroup):");
		if (svc_dep_tree(es.svc, s->name, rev, &l, &n, &err) != 0) {
			tbuf_linef(&es.detail, ui_attr(UI_ERROR), 2, "%s", err.msg);
			continue;
		}
		for (i = 0; i < n; i++) {
			struct kb_buf line = { 0 };
			svc_dep_line_text(es.svc, &l[i], &line);
			tbuf_linef(&es.detail, l[i].missing || l[i].disabled ? ui_attr(UI_FAIL) : 0,
				   2 + 2 * l[i].depth, "  %s", line.p != NULL ? line.p : "");
			kb_buf_free(&line);
		}
		if (n == 1)
			tbuf_linef(&es.detail, ui_attr(UI_DIM), 4, "    (nothing)");
		free(l);
		l = NULL;
	}
}

/* with_seconds: "2002-06-11 09:30:15 UTC", else "2002-06-11 09:30". */
static void fmt_time(int64_t t, char *buf, size_t size, int with_seconds)
{
	time_t tt = (time_t)t;
	struct tm tm;

	if (t == 0 || gmtime_r(&tt, &tm) == NULL)
		snprintf(buf, size, "%s", "time unknown");
	else if (with_seconds)
		strftime(buf, size, "%Y-%m-%d %H:%M:%S UTC", &tm);
	else
		strftime(buf, size, "%Y-%m-%d %H:%M", &tm);
}

static void event_detail(void)
{
	const struct evl_event *e;
	char when[40];
	size_t i;

	tbuf_clear(&es.detail);
	if (es.n_evt_shown == 0)
		return;
	e = &es.evl.events[es.evt_shown[es.evt_list.sel]];
	fmt_time(e->time, when, sizeof when, 1);
	tbuf_linef(&es.detail, ui_attr(UI_HEADING), 0, "Event %u from %s", e->event_id, e->source);
	tbuf_linef(&es.detail, 0, 19, "%-18s %s", "time", when);
	tbuf_linef(&es.detail, 0, 19, "%-18s %s (identifier 0x%08X)", "level",
		   event_level_name(e->level), (unsigned)e->raw_identifier);
	/* Each string, with what its message references mean under it. */
	for (i = 0; i < e->n_strings; i++) {
		size_t pos = 0;
		unsigned code;
		tbuf_linef(&es.detail, 0, 19, "%-18s %s", i == 0 ? "strings" : "", e->strings[i]);
		while (msgref_next(e->strings[i], &pos, &code)) {
			const struct msgref_entry *m = msgref_lookup(&es.refs, code);
			if (m != NULL)
				tbuf_linef(&es.detail, ui_attr(UI_HEADING), 21,
					   "%19s%%%%%u = error %u (%s): %s", "", code, code,
					   m->from, m->message);
		}
	}
	tbuf_linef(&es.detail, 0, 19, "%-18s %s", "log", e->log[0] ? e->log : "-");
	tbuf_linef(&es.detail, 0, 19, "%-18s %s", "computer", e->computer[0] ? e->computer : "-");
	tbuf_linef(&es.detail, 0, 19, "%-18s %llu in %s%s", "record",
		   (unsigned long long)e->record_number, es.evl.files[e->file].path,
		   e->recovered ? " (recovered from free space)" : "");
}

static void log_detail(void)
{
	const struct ev_log_row *r;

	tbuf_clear(&es.detail);
	if (es.n_logs == 0)
		return;
	r = &es.logs[es.log_list.sel];
	if (r->line == 0) {
		tbuf_linef(&es.detail, ui_attr(UI_HEADING), 0, "Log %s", r->path);
		tbuf_linef(&es.detail, 0, 2, "  Enter reads it from the top: / searches, n and N go to "
			   "the next and previous line holding the text, g to a line.");
		return;
	}
	tbuf_linef(&es.detail, ui_attr(UI_HEADING), 0, "Line %llu of %s, matched by a rule",
		   (unsigned long long)r->line, r->path);
	tbuf_linef(&es.detail, 0, 2, "  %s", r->text != NULL ? r->text : "");
	tbuf_linef(&es.detail, ui_attr(UI_DIM), 2, "  Enter shows the lines around it; n and N "
		   "go to the next and previous line holding the same text.");
}

static void sync_detail(void)
{
	if (es.tab == TAB_SERVICES)
		service_detail();
	else if (es.tab == TAB_EVENTS)
		event_detail();
	else if (es.tab == TAB_LOGS)
		log_detail();
	es.detail.top = 0;
}

/* ---- loading ---- */

static void set_num(const char *label, int n)
{
	if (n > 0)
		tbuf_linef(&es.machine, 0, 24, "  %-22s ControlSet%03d", label, n);
}

static void build_machine(void)
{
	const struct machine_info *m = &es.id;
	char line[512];
	size_t i;

	tbuf_clear(&es.machine);
	tbuf_linef(&es.machine, ui_attr(UI_HEADING), 0, "Machine");
	tbuf_linef(&es.machine, 0, 24, "  %-22s %s", "computer name",
		   m->computer_name != NULL ? m->computer_name : m->system_hive != NULL ?
		   "(not in the SYSTEM hive)" : "(unknown: no SYSTEM hive)");
	machine_describe(m, line, sizeof line);
	tbuf_linef(&es.machine, 0, 24, "  %-22s %s", "Windows", line);
	if (m->system_root != NULL)
		tbuf_linef(&es.machine, 0, 24, "  %-22s %s", "system root", m->system_root);
	if (m->time_zone != NULL)
		tbuf_linef(&es.machine, 0, 24, "  %-22s %s", "time zone", m->time_zone);
	if (m->shutdown_time != 0) {
		machine_format_time(m, m->shutdown_time, line, sizeof line);
		tbuf_linef(&es.machine, 0, 24, "  %-22s %s", "last shut down", line);
	}
	set_num("current control set", m->current_set);
	set_num("LastKnownGood", m->last_known_good_set);
	set_num("failed", m->failed_set);
	if (m->problems != NULL)
		tbuf_linef(&es.machine, ui_attr(UI_ERROR), 24, "  %-22s %s", "not read", m->problems);
	tbuf_line(&es.machine, 0, 0);
	tbuf_linef(&es.machine, ui_attr(UI_HEADING), 0, "Evidence files%s%s",
		   es.ev.root != NULL ? " found under " : "", es.ev.root != NULL ? es.ev.root : "");
	for (i = 0; i < es.ev.n; i++)
		tbuf_linef(&es.machine, 0, 10, "  %-7s %s", evidence_kind_name(es.ev.files[i].kind),
			   es.ev.files[i].path);
	if (es.ev.n == 0)
		tbuf_linef(&es.machine, ui_attr(UI_DIM), 2, "  none yet: add them in step 3 (Evidence)");
	tbuf_line(&es.machine, 0, 0);
	tbuf_linef(&es.machine, ui_attr(UI_HEADING), 0, "Services");
	if (es.svc != NULL)
		tbuf_linef(&es.machine, 0, 4, "  %zu keys in %s\\Services of %s", es.svc->n,
			   es.svc->control_set, es.svc->hive_path);
	else
		tbuf_linef(&es.machine, 0, 4, "  %s", es.svc_error);
	tbuf_linef(&es.machine, ui_attr(UI_HEADING), 0, "Events");
	tbuf_linef(&es.machine, 0, 4, "  %zu events from %zu log%s", es.evl.n, es.evl.n_files,
		   es.evl.n_files == 1 ? "" : "s");
	for (i = 0; i < es.evl.n_files; i++)
		if (!es.evl.files[i].ok)
			tbuf_linef(&es.machine, ui_attr(UI_ERROR), 4, "  %s", es.evl.files[i].error);
}

static void load_services(void)
{
	struct kb_error err = { "" };
	size_t i;

	snprintf(es.svc_error, sizeof es.svc_error, "no SYSTEM hive among the evidence");
	for (i = 0; i < es.ev.n && es.svc == NULL; i++) {
		struct kb_hive *h = NULL;
		if (es.ev.files[i].kind != EVIDENCE_HIVE)
			continue;
		if (hive_open(es.ev.files[i].path, &h, &err) != 0) {
			snprintf(es.svc_error, sizeof es.svc_error, "%s", err.msg);
			continue;
		}
		if (strcmp(hive_kind(h), "SYSTEM") == 0 &&
		    svc_model_load(h, es.ev.root, &es.svc, &err) != 0)
			snprintf(es.svc_error, sizeof es.svc_error, "%s", err.msg);
		hive_close(h);
	}
	if (es.svc != NULL && es.svc->n > 0)
		es.svc_shown = calloc(es.svc->n, sizeof *es.svc_shown);
}

static void load_events(void)
{
	struct kb_error err = { "" };
	struct rule_set set = { NULL, 0 };
	const char **paths = calloc(es.ev.n + 1, sizeof *paths);
	size_t i, n = 0;

	if (paths == NULL)
		return;
	for (i = 0; i < es.ev.n; i++)
		if (es.ev.files[i].kind == EVIDENCE_EVENTS)
			paths[n++] = es.ev.files[i].path;
	if (evl_load(&es.evl, paths, n, NULL, &err) != 0)
		tui_error("Events: %s", err.msg);
	free(paths);
	if (es.evl.n > 0)
		es.evt_shown = calloc(es.evl.n, sizeof *es.evt_shown);
	/* What the rules say the codes mean. */
	if (store_get_rules(tui.store, NULL, &set, &err) == 0)
		msgref_table_add_rules(&es.refs, set.rules, set.n);
	rule_set_free(&set);
}

static void unload(void)
{
	machine_info_clear(&es.id);
	svc_model_free(es.svc);
	evl_free(&es.evl);
	msgref_table_free(&es.refs);
	tbuf_clear(&es.machine);
	tbuf_clear(&es.detail);
	tbuf_clear(&es.lkg);
	ev_logs_free(es.logs, es.n_logs);
	free(es.svc_shown);
	free(es.evt_shown);
	evidence_set_free(&es.ev);
	memset(&es, 0, sizeof es);
}

void evidence_view_open(const struct evidence_set *ev, const char *where)
{
	struct kb_error err = { "" };
	size_t i;

	unload();
	snprintf(es.where, sizeof es.where, "%s", where != NULL ? where : "");
	for (i = 0; ev != NULL && i < ev->n; i++)
		if (evidence_add(&es.ev, ev->files[i].kind, ev->files[i].path, &err) != 0)
			break;
	if (ev != NULL && ev->root != NULL)
		es.ev.root = strdup(ev->root);
	machine_read_evidence(&es.ev, &es.id, &err);
	load_services();
	load_events();
	refilter_services();
	refilter_events();
	if (ev_logs_build(&es.ev, &es.logs, &es.n_logs) != 0)
		tui_error("Logs: out of memory");
	ev_lkg_build(&es.ev, &es.lkg);
	build_machine();
	es.tab = es.svc != NULL ? TAB_SERVICES : es.evl.n > 0 ? TAB_EVENTS : TAB_MACHINE;
	sync_detail();
	tui_push(SCR_EVIDENCE);
}

/* ---- drawing ---- */

static void draw_tabs(void)
{
	char t[N_TABS][64];
	int x = 1, i;

	snprintf(t[0], sizeof t[0], "1 Machine");
	snprintf(t[1], sizeof t[1], "2 Services (%zu)", es.svc != NULL ? es.svc->n : (size_t)0);
	snprintf(t[2], sizeof t[2], "3 Events (%zu)", es.evl.n);
	snprintf(t[3], sizeof t[3], "4 Logs");
	snprintf(t[4], sizeof t[4], "5 vs LKG");
	for (i = 0; i < N_TABS; i++) {
		/* Brackets mark the tab in use without colour. */
		x += ui_textf(1, x, tui.cols - x - 1, i == es.tab ? ui_attr(UI_SELECTED) : 0,
			      i == es.tab ? "[%s]" : " %s ", t[i]);
		x += 2;
	}
}

/* How many rows the filters let through; where the selection is, the
 * list says itself (list_draw, under its rows). */
static void draw_filter_line(const char *what, size_t shown, size_t total,
			     const char *extra, struct input *in)
{
	int x;

	if (shown != total)
		x = ui_textf(2, 1, tui.cols - 2, ui_attr(UI_DIM), "%s: %zu of %zu shown%s  /:",
			     what, shown, total, extra);
	else
		x = ui_textf(2, 1, tui.cols - 2, ui_attr(UI_DIM), "%s: %zu%s  /:", what, total, extra);
	if (es.editing)
		input_draw(in, 2, x + 2, tui.cols - x - 3, 1);
	else
		ui_text(2, x + 2, tui.cols - x - 3, in->buf[0] ? in->buf : "(no words)", 0);
}

static void service_row(void *ctx, int i, int y, int selected)
{
	const struct svc_service *s = &es.svc->services[es.svc_shown[i]];
	struct kb_buf p = { 0 };
	char row[512];

	(void)ctx;
	svc_problems_text(s, &p);
	snprintf(row, sizeof row, "%-24.24s %-7s %-12.12s %s%s", s->name,
		 *svc_kind_name(s) ? svc_kind_name(s) : "-",
		 svc_start_short(s), p.len > 0 ? "! " : "",
		 s->display_name != NULL ? s->display_name : "");
	kb_buf_free(&p);
	list_row(y, 1, tui.cols - 2, row, selected, !es.editing);
}

static void draw_services(void)
{

	if (es.svc == NULL) {
		ui_text_wrapped(4, 2, tui.cols - 4, 4, es.svc_error, ui_attr(UI_ERROR));
		return;
	}
	draw_filter_line("Services", es.n_svc_shown, es.svc->n, "", &es.svc_filter);
	ui_textf(3, 3, tui.cols - 4, ui_attr(UI_DIM), "%-24s %-7s %-12s %s", "NAME", "KIND", "START",
		 "DISPLAY NAME");
	list_draw(&es.svc_list, 4, list_height(), (int)es.n_svc_shown, service_row, NULL);
	ui_hline(detail_y() - 1, 0, tui.cols);
	tbuf_draw(&es.detail, detail_y(), 1, detail_h(), tui.cols - 2);
}

static void level_text(char *buf, size_t size)
{
	static const struct { unsigned bit; const char *name; } lv[] = {
		{ EVL_LEVEL_BIT(EVLEVEL_CRITICAL), "critical" },
		{ EVL_LEVEL_BIT(EVLEVEL_ERROR), "error" },
		{ EVL_LEVEL_BIT(EVLEVEL_WARNING), "warning" },
	};
	size_t i, n = 0;

	buf[0] = '\0';
	for (i = 0; i < sizeof lv / sizeof lv[0]; i++)
		if (es.levels & lv[i].bit)
			n += (size_t)snprintf(buf + n, size - n, "%s%s", n ? "+" : "", lv[i].name);
}

static void event_row(void *ctx, int i, int y, int selected)
{
	const struct evl_event *e = &es.evl.events[es.evt_shown[i]];
	char row[1024], when[32], *text = evl_event_text(e);

	(void)ctx;
	fmt_time(e->time, when, sizeof when, 0);
	snprintf(row, sizeof row, "%-16s %-5s %-23.23s %5u %s", when, evl_level_short(e->level),
		 e->source, e->event_id, text != NULL ? text : "");
	free(text);
	list_row(y, 1, tui.cols - 2, row, selected, !es.editing);
}

static void draw_events(void)
{
	char extra[256], lv[64];
	size_t n = 0, k;

	level_text(lv, sizeof lv);
	extra[0] = '\0';
	if (lv[0])
		n += (size_t)snprintf(extra + n, sizeof extra - n, "  level %s", lv);
	for (k = 0; k < es.n_ids && n < sizeof extra - 8; k++)
		n += (size_t)snprintf(extra + n, sizeof extra - n, "%s%u", k ? "," : "  id ", es.ids[k]);
	draw_filter_line("Events", es.n_evt_shown, es.evl.n, extra, &es.evt_text);
	ui_textf(3, 3, tui.cols - 4, ui_attr(UI_DIM), "%-16s %-5s %-23s %5s %s", "TIME (UTC)", "LEVEL",
		 "SOURCE", "ID", "STRINGS");
	list_draw(&es.evt_list, 4, list_height(), (int)es.n_evt_shown, event_row, NULL);
	if (es.n_evt_shown == 0)
		ui_text(4, 3, tui.cols - 4, es.evl.n == 0 ? "No events: add .evt, .evtx or exported logs in step 3."
			: "No event matches the filters (c clears them).", ui_attr(UI_DIM));
	ui_hline(detail_y() - 1, 0, tui.cols);
	tbuf_draw(&es.detail, detail_y(), 1, detail_h(), tui.cols - 2);
}

static void log_row(void *ctx, int i, int y, int selected)
{
	const struct ev_log_row *r = &es.logs[i];
	char row[1024];

	(void)ctx;
	if (r->line == 0)
		snprintf(row, sizeof row, "%s", r->path);
	else
		snprintf(row, sizeof row, "    line %-7llu %s", (unsigned long long)r->line,
			 r->text != NULL ? r->text : "");
	list_row(y, 1, tui.cols - 2, row, selected, 1);
}

static void draw_logs(void)
{
	ui_text(2, 1, tui.cols - 2, "Log files, and the lines the session's rules matched in them",
		ui_attr(UI_DIM));
	list_draw(&es.log_list, 4, list_height(), (int)es.n_logs, log_row, NULL);
	if (es.n_logs == 0)
		ui_text(4, 3, tui.cols - 4, "No text log: add a cluster log or other log in step 3.",
			ui_attr(UI_DIM));
	ui_hline(detail_y() - 1, 0, tui.cols);
	tbuf_draw(&es.detail, detail_y(), 1, detail_h(), tui.cols - 2);
}

static void evidence_draw(void)
{
	ui_title("kbwiz - evidence explorer (read-only)", es.where);
	draw_tabs();
	if (es.tab == TAB_MACHINE || es.tab == TAB_LKG) {
		tbuf_draw(es.tab == TAB_LKG ? &es.lkg : &es.machine, 3, 1, tui.rows - 5, tui.cols - 2);
		ui_keys("Tab/1-5 switch  Up/Down/PgUp/PgDn scroll  Esc back  F1 help");
	} else if (es.tab == TAB_LOGS) {
		draw_logs();
		ui_keys("Tab/1-5 switch  Up/Down move  Enter read the log there  Esc back  F1 help");
	} else if (es.tab == TAB_SERVICES) {
		draw_services();
		ui_keys(es.editing ? "type a part of the name  Enter apply  Esc stop editing"
			: "Tab/1-5 switch  / filter  d detail/tree  Space/b scroll detail  Esc back  F1");
	} else {
		draw_events();
		ui_keys(es.editing ? "type words (all must appear)  Enter apply  Esc stop editing"
			: "Tab/1-5  / words  l level  i IDs  c clear  Space/b detail  Esc back  F1");
	}
}

/* ---- keys ---- */

static void ask_ids(void)
{
	struct input in;
	const char *p;
	size_t n = 0;

	memset(&in, 0, sizeof in);
	if (!ui_prompt("Show which event IDs? (numbers separated by commas; empty: all)", &in, 0)) {
		if (in.len == 0) {
			es.n_ids = 0;
			refilter_events();
		}
		return;
	}
	for (p = in.buf; *p != '\0' && n < MAX_IDS;) {
		char *end;
		unsigned long v = strtoul(p, &end, 10);
		if (end == p || v > 65535) {
			tui_error("Not an event ID list: %s", in.buf);
			return;
		}
		es.ids[n++] = (unsigned)v;
		p = end;
		while (*p == ',' || *p == ' ')
			p++;
	}
	es.n_ids = n;
	refilter_events();
}

static void evidence_key(int key)
{
	struct input *in = es.tab == TAB_SERVICES ? &es.svc_filter : &es.evt_text;
	struct list *l = es.tab == TAB_SERVICES ? &es.svc_list : &es.evt_list;
	int n = es.tab == TAB_SERVICES ? (int)es.n_svc_shown : (int)es.n_evt_shown;

	if (es.editing) {
		if (key == TK_ENTER || key == TK_ESC) {
			es.editing = 0;
			if (key == TK_ENTER) {
				if (es.tab == TAB_SERVICES)
					refilter_services();
				else
					refilter_events();
				sync_detail();
			}
		} else {
			input_key(in, key);
		}
		return;
	}
	if (key == TK_ESC || key == 'q') {
		unload();
		tui_pop();
		return;
	}
	if (key == TK_TAB || key == TK_BTAB || (key >= '1' && key < '1' + N_TABS)) {
		es.tab = key == TK_TAB ? (es.tab + 1) % N_TABS : key == TK_BTAB ?
			 (es.tab + N_TABS - 1) % N_TABS : key - '1';
		sync_detail();
		return;
	}
	if (es.tab == TAB_MACHINE || es.tab == TAB_LKG) {
		tbuf_key(es.tab == TAB_LKG ? &es.lkg : &es.machine, key, tui.rows - 5, tui.cols - 2, 1);
		return;
	}
	if (es.tab == TAB_LOGS) {
		if (list_key(&es.log_list, key, (int)es.n_logs, LIST_PAGE)) {
			sync_detail();
		} else if (key == TK_ENTER && es.n_logs > 0) {
			const struct ev_log_row *r = &es.logs[es.log_list.sel];
			logview_screen_open(r->path, r->line, r->match);
		} else {
			tbuf_key(&es.detail, key, detail_h(), tui.cols - 2, 0);
		}
		return;
	}
	if (list_key(l, key, n, LIST_PAGE)) {
		sync_detail();
		return;
	}
	if (tbuf_key(&es.detail, key, detail_h(), tui.cols - 2, 0))
		return;
	switch (key) {
	case '/':
		es.editing = 1;
		return;
	case 'd':
		if (es.tab == TAB_SERVICES) {
			es.deps = !es.deps;
			sync_detail();
		}
		return;
	case 'l':
		if (es.tab == TAB_EVENTS) {
			/* all -> errors -> warnings -> both -> all */
			unsigned e = EVL_LEVEL_BIT(EVLEVEL_ERROR) | EVL_LEVEL_BIT(EVLEVEL_CRITICAL);
			unsigned w = EVL_LEVEL_BIT(EVLEVEL_WARNING);
			es.levels = es.levels == 0 ? e : es.levels == e ? w : es.levels == w ? e | w : 0;
			refilter_events();
			sync_detail();
		}
		return;
	case 'i':
		if (es.tab == TAB_EVENTS) {
			ask_ids();
			sync_detail();
		}
		return;
	case 'c':
		if (es.tab == TAB_EVENTS) {
			es.levels = 0;
			es.n_ids = 0;
			input_set(&es.evt_text, "");
			refilter_events();
		} else {
			input_set(&es.svc_filter, "");
			refilter_services();
		}
		sync_detail();
		return;
	}
}

/* The frame's key result (tui.h): a key typed into a filter is the
 * filter's; otherwise F1 and ? are left to the frame (help). */
static enum key_result evidence_key_result(int key)
{
	if (!es.editing && (key == TK_F(1) || key == '?'))
		return KR_IGNORED;
	evidence_key(key);
	return KR_HANDLED;
}

const struct screen screen_evidence = {
	"Evidence explorer",
	evidence_draw,
	evidence_key_result,
	"The evidence of the session, read-only, as the machine has it.\n"
	"  Tab, 1 to 5      Machine, Services, Events, Logs, vs LastKnownGood\n"
	"  Up/Down, PgUp/PgDn, Home/End  move in the list (position shown)\n"
	"  Space, b         scroll the detail pane below the list\n"
	"  /                type a filter, Enter applies it: services by a part\n"
	"                   of the name or display name; events by words that\n"
	"                   must all appear in the source or the strings\n"
	"  d                services: the detail or the dependency tree (what it\n"
	"                   needs, what needs it; missing and disabled flagged)\n"
	"  l                events: all levels, errors, warnings, both\n"
	"  i                events: only some event IDs (7000,7023)\n"
	"  c                clear the filters\n"
	"  Enter            logs: read the log at the line (/ search, n/N, g)\n"
	"  Esc              back\n"
	"Message references such as %%1058 are explained under the event when a\n"
	"rule or the list of Windows system errors knows the code.\n",
	NULL,   /* no sync: nothing to reload */
};
