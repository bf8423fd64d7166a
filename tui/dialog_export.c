/* dialog_export.c: a session's report written to a file (report.h): the
 * format and the path are asked in boxes over the current screen (the
 * summary step, the history), the file is written atomically and never
 * over an existing one without a yes. */
#include "tui.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kbwiz/report.h"

static const struct ui_choice formats[4] = {
	{ 'm', "md    Markdown" },
	{ 'h', "html  HTML (a page for a browser or a ticket)" },
	{ 'j', "json  JSON (for other tools; docs/report-json.md)" },
	{ 't', "txt   plain text" },
};
static const enum report_format format_ids[4] = {
	REPORT_MD, REPORT_HTML, REPORT_JSON, REPORT_TXT,
};

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
	char *text = NULL;
	size_t len = 0;
	int f, rc;

	snprintf(question, sizeof question, "Export session #%lld: which format?",
		 (long long)session_id);
	f = ui_choose(question, formats, 4, last_format);
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
