/* dialog_library.c: adding the article library from inside the wizard,
 * as `kbwiz kb library add` does from a shell: the technician picks the
 * KB archive kbwiz found or types a folder, a progress box follows the
 * files, Esc stops after the batch in hand (what was indexed stays, a
 * later add goes on from there).  The work is core's (library.h). */
#include "tui.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "kbwiz/library.h"

struct add_ui {
	double last_draw;
	int cancelled;
};

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Redrawn at most ten times a second: the archive has 57,000 files. */
static int on_progress(void *ctx, const struct library_progress *p)
{
	struct add_ui *u = ctx;
	char title[160];
	double t = now_s();

	if (t - u->last_draw < 0.1 && p->files_done != p->files_total)
		return 0;
	u->last_draw = t;
	snprintf(title, sizeof title, "Adding the library: %zu of %zu%s files, %zu articles "
		 "added (Esc stops)", p->files_done, p->files_total,
		 p->files_total == 0 ? "?" : "", p->added + p->updated);
	ui_progress(title, p->path, p->files_done, p->files_total);
	if (ui_poll_cancel())
		u->cancelled = 1;
	return u->cancelled;
}

static int is_dir(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* The KB archive where kbwiz can see one: $KBWIZ_KB_ARCHIVE, then
 * ../shared/kb-archive beside the rules' source tree or the current
 * folder.  0 when none. */
static int find_archive(char *out, size_t size)
{
	const char *env = getenv("KBWIZ_KB_ARCHIVE");
	char cand[PATH_MAX + 64], real[PATH_MAX];
	const char *kb = tui.cli != NULL ? cli_kb_dir(tui.cli) : NULL;

	if (env != NULL && env[0] != '\0' && is_dir(env)) {
		snprintf(out, size, "%s", env);
		return 1;
	}
	if (kb != NULL) {
		snprintf(cand, sizeof cand, "%s/../../shared/kb-archive", kb);
		if (is_dir(cand) && realpath(cand, real) != NULL) {
			snprintf(out, size, "%s", real);
			return 1;
		}
	}
	if (is_dir("../shared/kb-archive") && realpath("../shared/kb-archive", real) != NULL) {
		snprintf(out, size, "%s", real);
		return 1;
	}
	return 0;
}

int library_add_dialog(void)
{
	struct kb_error err = { "" };
	struct library_add_options opt;
	struct library_add_stats st;
	struct add_ui u = { 0, 0 };
	struct ui_choice ch[2];
	struct input in;
	char archive[PATH_MAX], label[PATH_MAX + 32];
	const char *path;
	int n = 0, pick, rc;

	memset(&in, 0, sizeof in);
	if (find_archive(archive, sizeof archive)) {
		snprintf(label, sizeof label, "the KB archive: %s", archive);
		ch[n].key = 'a';
		ch[n++].label = label;
	}
	ch[n].key = 't';
	ch[n++].label = "a folder or file I type";
	pick = ui_choose("Add which KB articles to the library?  Articles are indexed for "
			 "reading and searching; rules are not made from them.", ch, n, 0);
	if (pick < 0)
		return 0;
	if (ch[pick].key == 'a') {
		path = archive;
	} else {
		if (!ui_prompt("The folder (or file) of KB article files:", &in, 1))
			return 0;
		path = in.buf;
	}
	memset(&opt, 0, sizeof opt);
	memset(&st, 0, sizeof st);
	opt.progress = on_progress;
	opt.progress_ctx = &u;
	ui_progress("Adding the library (Esc stops)", path, 0, 0);
	rc = library_add_paths(tui.store, &path, 1, &opt, &st, &err);
	if (rc != 0 && rc != KB_ECANCEL) {
		tui_error("Library: %s", err.msg);
		return st.added + st.updated > 0;
	}
	tui_msg("Library: %s%zu files: %zu added, %zu updated, %zu unchanged, %zu problems%s",
		rc == KB_ECANCEL ? "stopped after " : "", st.files, st.added, st.updated,
		st.unchanged, st.problems, rc == KB_ECANCEL ? "; adding again goes on from there" : "");
	return st.added + st.updated > 0;
}
