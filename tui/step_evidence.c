/* step_evidence.c: step 3, the evidence: files named one by one or found
 * on a mounted Windows volume, confirmed in a list, then read
 * (session_scan) with a progress box that Esc cancels. */
#include "wizard.h"

#include <stdio.h>
#include <string.h>

enum { K_VOLUME, K_HIVE, K_LOG, K_EVENTS, K_COUNT };
enum { F_KIND, F_PATH, F_FILES };

static const char *const kind_names[K_COUNT] = {
	"mounted Windows volume (searched for hives and logs)",
	"registry hive (SYSTEM, SOFTWARE)",
	"log (cluster.log or another text log)",
	"event log (.evt, .evtx, Event Viewer export)",
};

static struct {
	int kind;
	struct input path;
	int focus;
	struct list files;
} ev;

struct scan_progress {
	char last_path[512];
	int last_pct;
};

static void ev_enter(void)
{
	/* Like every form, the typing starts in the first text field,
	 * whatever is listed already (Down goes to the files). */
	ev.focus = F_PATH;
	ev.files.sel = ev.files.top = 0;
}

static const struct diag_file *file_result(const char *path)
{
	const struct diagnosis *d = session_diagnosis(tui.session);
	size_t i;

	if (d == NULL || !session_scanned(tui.session))
		return NULL;
	for (i = 0; i < d->n_files; i++)
		if (d->files[i].path != NULL && strcmp(d->files[i].path, path) == 0)
			return &d->files[i];
	return NULL;
}

static void add_path(void)
{
	struct kb_error err = { "" };
	static const enum evidence_kind kinds[K_COUNT] = {
		EVIDENCE_HIVE, EVIDENCE_HIVE, EVIDENCE_LOG, EVIDENCE_EVENTS,
	};
	size_t found = 0;

	if (ev.path.buf[0] == '\0') {
		tui_error("Type a path first (Tab completes file names).");
		return;
	}
	if (ev.kind == K_VOLUME) {
		if (wizard_failed(session_find_evidence(tui.session, ev.path.buf, &found, &err),
				  &err, "Searching the volume") != 0)
			return;
		tui_msg("Found %zu evidence file%s under %s; check the list, then F5 scans.",
			found, found == 1 ? "" : "s", ev.path.buf);
	} else {
		if (wizard_failed(session_add_evidence(tui.session, kinds[ev.kind], ev.path.buf,
						       &err), &err, "Adding the file") != 0)
			return;
		tui_msg("Added %s; F5 scans the evidence.", ev.path.buf);
	}
	input_set(&ev.path, "");
	/* Stay on the path: the next one is usually typed straight away,
	 * and letters typed into the file list would act on it. */
	ev.focus = F_PATH;
}

static void remove_file(void)
{
	struct kb_error err = { "" };
	const struct evidence_set *set = session_evidence(tui.session);

	if (set == NULL || set->n == 0)
		return;
	if (!ui_confirm("Remove the selected file from the evidence?"))
		return;
	if (wizard_failed(session_remove_evidence(tui.session, (size_t)ev.files.sel, &err), &err,
			  "Removing the file") == 0)
		tui_msg("Removed it from the evidence.");
}

static int on_progress(void *ctx, const char *path, uint64_t done, uint64_t total)
{
	struct scan_progress *p = ctx;
	int pct = total > 0 ? (int)(done * 100 / total) : 0;

	if (path == NULL)
		path = "";
	if (pct != p->last_pct || strncmp(path, p->last_path, sizeof p->last_path - 1) != 0) {
		p->last_pct = pct;
		snprintf(p->last_path, sizeof p->last_path, "%s", path);
		ui_progress("Scanning the evidence", path, done, total);
	}
	return ui_poll_cancel();
}

static void scan(void)
{
	struct kb_error err = { "" };
	struct scan_progress p;
	const struct diagnosis *d;
	size_t i, bad = 0;
	int rc;

	memset(&p, 0, sizeof p);
	p.last_pct = -1;
	ui_progress("Scanning the evidence", "", 0, 1);
	rc = session_scan(tui.session, on_progress, &p, &err);
	if (rc == KB_ECANCEL) {
		tui_error("Scan cancelled; nothing was recorded.");
		return;
	}
	if (wizard_failed(rc, &err, "Scan") != 0)
		return;
	d = session_diagnosis(tui.session);
	if (d != NULL)
		for (i = 0; i < d->n_files; i++)
			bad += !d->files[i].ok;
	if (bad > 0)
		tui_error("Scanned; %zu file%s could not be read (see the list).", bad,
			  bad == 1 ? "" : "s");
	else
		tui_msg("Scanned the evidence; PgDn goes on to the registry checks.");
}

/* Rules with something found, candidates first; how many lines that
 * takes (at most max; the last says how many more). */
static int draw_findings(int y, int max, int draw)
{
	const struct diagnosis *d = session_diagnosis(tui.session);
	char found[1024], line[1200];
	size_t i, n_found = 0;
	int pass, row = 0;

	if (d == NULL || !session_scanned(tui.session) || max < 2)
		return 0;
	for (i = 0; i < d->n_rules; i++) {
		diagnosis_rule_findings(&d->rules[i], found, sizeof found);
		n_found += found[0] != '\0';
	}
	if (draw)
		ui_text(y, 2, tui.cols - 4, n_found > 0 ? "Found in the evidence:" :
			"Found in the evidence: nothing any rule looks for.", ui_attr(UI_HEADING));
	row = 1;
	for (pass = 0; pass < 2; pass++) {
		for (i = 0; i < d->n_rules; i++) {
			const struct diag_rule *dr = &d->rules[i];
			if (wizard_is_candidate(dr->rule->id) != (pass == 0))
				continue;
			diagnosis_rule_findings(dr, found, sizeof found);
			if (found[0] == '\0')
				continue;
			if (row == max - 1 && n_found > 1) {
				if (draw)
					ui_textf(y + row, 4, tui.cols - 6, ui_attr(UI_DIM),
						 "and %zu more rule%s (step 5 ranks them)", n_found,
						 n_found == 1 ? "" : "s");
				return row + 1;
			}
			snprintf(line, sizeof line, "%s: %s", dr->rule->id, found);
			if (draw)
				ui_text(y + row, 4, tui.cols - 6, line, (int)A_NORMAL);
			row++;
			n_found--;
		}
	}
	return row;
}

/* One file of the list: what it is, then what reading it found. */
static void file_row(void *ctx, int i, int y, int sel)
{
	const struct evidence_set *set = ctx;
	const struct evidence_file *f = &set->files[i];
	const struct diag_file *r = file_result(f->path);
	char line[4200];

	snprintf(line, sizeof line, "%-6s ", evidence_kind_name(f->kind));
	list_row(y, 1, tui.cols - 2, line, sel, ev.focus == F_FILES);
	/* A long path keeps its file name: shortened in the middle. */
	ui_path(y, 10, tui.cols - 12, f->path, list_row_attr(sel, ev.focus == F_FILES));
	if (r != NULL)
		snprintf(line, sizeof line, "%s %s", r->ok ? "read:" : "NOT READ:",
			 r->ok ? (r->detail ? r->detail : "") : (r->error ? r->error : ""));
	else if (f->found_as != NULL)
		snprintf(line, sizeof line, "found as %s", f->found_as);
	else
		snprintf(line, sizeof line, "named by you");
	ui_text(y + 1, 10, tui.cols - 12, line,
		r != NULL && !r->ok ? ui_attr(UI_FAIL) : ui_attr(UI_DIM));
}

static void ev_draw(int top, int height)
{
	const struct evidence_set *set = session_evidence(tui.session);
	int n = set != NULL ? (int)set->n : 0, y, h, found_rows;
	char line[4200];

	ui_text(top, 2, 8, "Kind:", ev.focus == F_KIND ? ui_attr(UI_HEADING) : (int)A_NORMAL);
	snprintf(line, sizeof line, "< %s >", kind_names[ev.kind]);
	if (ev.focus == F_KIND)
		ui_text(top, 10, tui.cols - 12, line, ui_attr(UI_SELECTED));
	else
		ui_text(top, 10, tui.cols - 12, line, (int)A_NORMAL);
	ui_text(top + 1, 2, 8, "Path:", ev.focus == F_PATH ? ui_attr(UI_HEADING) : (int)A_NORMAL);
	input_draw(&ev.path, top + 1, 10, tui.cols - 12, ev.focus == F_PATH);
	snprintf(line, sizeof line, "Evidence files (%d)%s", n,
		 session_scanned(tui.session) ? ", scanned" : ", not scanned yet: F5 scans");
	ui_key_names(line, line + 2100, 2100);
	ui_text(top + 3, 2, tui.cols - 4, line + 2100, ui_attr(UI_HEADING));
	y = top + 4;
	h = height - 5;
	if (n == 0)
		ui_text(y, 4, tui.cols - 8,
			"None yet: choose a kind, type a path, Enter adds it.", ui_attr(UI_DIM));
	/* After a scan, what it found goes under the list (its room is
	 * taken first: with many files the list scrolls). */
	found_rows = n > 0 ? draw_findings(0, 5, 0) : 0;
	if (found_rows > 0 && n > 0 && h - found_rows - 1 < 2 * n)
		h -= found_rows + 1;
	else if (found_rows > 0)
		h = 2 * n;
	if (found_rows > 0)
		draw_findings(y + h + 1, found_rows, 1);
	/* Two rows a file: what it is, then what reading it found; the
	 * list's position on the row under them. */
	ev.files.item_rows = 2;
	list_draw(&ev.files, y, h + 1, n, file_row, (void *)set);
}

static enum key_result ev_key(int key)
{
	const struct evidence_set *set = session_evidence(tui.session);
	int n = set != NULL ? (int)set->n : 0;

	if (key == TK_F(5) || key == TK_CTRL('r')) {
		scan();
		return 1;
	}
	switch (ev.focus) {
	case F_KIND:
		if (key == TK_LEFT || key == TK_RIGHT || key == ' ') {
			ev.kind = (ev.kind + (key == TK_LEFT ? K_COUNT - 1 : 1)) % K_COUNT;
			return 1;
		}
		if (key == TK_DOWN || key == TK_TAB || key == TK_ENTER) {
			ev.focus = F_PATH;
			return 1;
		}
		return 0;
	case F_PATH:
		if (key == TK_TAB) {
			char choices[1024];
			input_complete_path(&ev.path, choices, sizeof choices);
			if (choices[0] != '\0')
				tui_msg("%s", choices);
			return 1;
		}
		if (key == TK_ENTER) {
			add_path();
			return 1;
		}
		if (key == TK_UP || key == TK_BTAB) {
			ev.focus = F_KIND;
			return 1;
		}
		if (key == TK_DOWN) {
			ev.focus = F_FILES;
			return 1;
		}
		return input_key(&ev.path, key);
	case F_FILES:
		if (key == TK_UP && ev.files.sel == 0) {
			ev.focus = F_PATH;
			return 1;
		}
		if (key == TK_BTAB || key == TK_TAB || key == 'a') {
			ev.focus = F_PATH;
			return 1;
		}
		if (list_key(&ev.files, key, n, 0))
			return 1;
		if (key == TK_DELETE || key == 'd') {
			remove_file();
			return 1;
		}
		if (key == 's') {
			scan();
			return 1;
		}
		return 0;
	}
	return 0;
}

const struct step_ops step_evidence = {
	ev_enter,
	ev_draw,
	ev_key,
	NULL,
	"Up/Down field  Left/Right kind  Tab complete  Enter add  Del drop  F5 scan",
};
