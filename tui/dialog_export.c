/* dialog_export.c: a session's report written to a file (report.h): the
 * format and the path are asked in boxes over the current screen (the
 * summary step, the history), the file is written atomically and never
 * over an existing one without a yes. */
#include "tui.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kbwiz/report.h"

#define MAX_FORMATS 8

struct report_out {
	const char *text;
	size_t len;
};

static int write_report(void *ctx, const char *path, int replace, struct kb_error *err)
{
	struct report_out *ro = ctx;

	return report_write_file(path, ro->text, ro->len, replace, err);
}

void export_dialog(int64_t session_id)
{
	static int last_format;
	struct kb_error err = { "" };
	struct report *r = NULL;
	struct report_out ro;
	struct path_ask pa;
	char question[256], name[512];
	char *text = NULL, labels[MAX_FORMATS][128];
	struct ui_choice formats[MAX_FORMATS];
	enum report_format format_ids[MAX_FORMATS];
	size_t len = 0, i, n = 0;
	int f, rc;

	/* The formats as core names them (report_writers). */
	for (i = 0; i < report_n_writers && n < MAX_FORMATS; i++, n++) {
		snprintf(labels[n], sizeof labels[n], "%-5s %s", report_writers[i].name,
			 report_writers[i].label);
		formats[n].key = report_writers[i].key;
		formats[n].label = labels[n];
		format_ids[n] = report_writers[i].format;
	}
	snprintf(question, sizeof question, "Export session #%lld: which format?",
		 (long long)session_id);
	f = ui_choose(question, formats, (int)n, last_format);
	if (f < 0) {
		tui_msg("Export cancelled.");
		return;
	}
	last_format = f;
	rc = report_build(tui.store, session_id, NULL, &r, &err);
	if (rc == 0)
		rc = report_render(r, format_ids[f], &text, &len, &err);
	if (rc != 0) {
		tui_error("Export: %s", err.msg);
		goto out;
	}
	report_default_name(&r->summary, format_ids[f], name, sizeof name);
	snprintf(question, sizeof question,
		 "Write the %s report to (a path; the current directory when no directory "
		 "is given):", report_format_name(format_ids[f]));
	ro = (struct report_out){ text, len };
	pa = (struct path_ask){ .title = "Export the report", .question = question, .name = name,
				.write = write_report, .ctx = &ro };
	if (!ui_ask_path(&pa)) {
		tui_msg("Export cancelled: nothing written.");
		goto out;
	}
	tui_msg("Wrote %s", pa.shown);
out:
	free(text);
	report_free(r);
}
