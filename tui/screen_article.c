/* screen_article.c: one article of the library (library.h) read in full,
 * and imported from there as a draft rule (library_draft_rule) for a
 * person to finish.  Article text is untrusted: it reaches the screen through the
 * text buffer, which sanitizes it. */
#include "tui.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "kbwiz/fsutil.h"
#include "kbwiz/library.h"
#include "kbwiz/session_library.h"

static struct {
	char id[16];
	char title[256];
	struct tbuf text;
	char note[9000];    /* what the last import did, "" none */
	int note_error;
	char dir[2048];     /* the directory the last draft went to */
} av;

static void build(const struct library_article *a)
{
	const char *p = a->text, *end = a->text + a->text_len;

	tbuf_clear(&av.text);
	tbuf_line(&av.text, ui_attr(UI_HEADING), 4);
	tbuf_putf(&av.text, 0, "%s  %s", a->id, a->title != NULL ? a->title : "");
	tbuf_line(&av.text, ui_attr(UI_DIM), 4);
	tbuf_putf(&av.text, 0, "Published %s%s%s%s; from %s",
		  a->published != NULL && a->published[0] ? a->published : "(no date)",
		  a->category != NULL && a->category[0] ? "  [" : "",
		  a->category != NULL ? a->category : "",
		  a->category != NULL && a->category[0] ? "]" : "",
		  a->source_path != NULL ? a->source_path : "");
	if (!a->complete)
		tbuf_linef(&av.text, ui_attr(UI_DAMAGED), 4,
			   "The closing keyword block is missing: the article may be cut short.");
	tbuf_line(&av.text, 0, 0);
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t n = nl != NULL ? (size_t)(nl - p) : (size_t)(end - p);
		tbuf_line(&av.text, 0, 0);
		tbuf_putn(&av.text, 0, p, n);
		p += n + (nl != NULL);
	}
}

void article_open(const char *article_id)
{
	struct kb_error err = { "" };
	struct library_article *a = NULL;

	if (library_get(tui.store, article_id, &a, &err) != 0) {
		tui_error("Article %s: %s", article_id, err.msg);
		return;
	}
	snprintf(av.id, sizeof av.id, "%s", a->id);
	snprintf(av.title, sizeof av.title, "%s", a->title != NULL ? a->title : "");
	build(a);
	library_article_free(a);
	av.note[0] = '\0';
	tui_push(SCR_ARTICLE);
}

struct draft_out {
	const char *yaml;
	size_t len;
};

static int write_draft(void *ctx, const char *path, int replace, struct kb_error *err)
{
	struct draft_out *d = ctx;

	/* A draft there was replaced only after a yes (ui_ask_path). */
	(void)replace;
	return kb_write_file_atomic(path, d->yaml, d->len, err);
}

/* i: draft a rule from the article into a directory asked for. */
static void import_draft(void)
{
	struct kb_error err = { "" };
	struct library_draft draft;
	struct draft_out out;
	struct path_ask pa;
	char name[64], q[512];

	if (library_draft_rule(tui.store, av.id, &draft, &err) != 0) {
		tui_error("Import: %s", err.msg);
		return;
	}
	/* The id is letters and digits only (article.h): it cannot climb
	 * out of the directory. */
	snprintf(name, sizeof name, "%s.yaml", draft.id);
	snprintf(q, sizeof q, "Draft a rule from %s: write %s into which directory?",
		 draft.id, name);
	out = (struct draft_out){ draft.yaml, draft.len };
	pa = (struct path_ask){ .title = "Import as a draft rule", .question = q, .name = name,
				.start = av.dir[0] != '\0' ? av.dir : ".", .dir_only = 1,
				.write = write_draft, .ctx = &out };
	if (!ui_ask_path(&pa)) {
		tui_msg("Import cancelled: nothing written.");
		goto out;
	}
	{
		/* The directory, for the next draft. */
		char *slash = strrchr(pa.shown, '/');
		snprintf(av.dir, sizeof av.dir, "%.*s", slash != NULL && slash != pa.shown ?
			 (int)(slash - pa.shown) : (int)strlen(pa.shown), pa.shown);
	}
	tui_msg("Draft written: %s (%zu to review)", pa.shown, draft.stats.n_reviews);
	snprintf(av.note, sizeof av.note,
		 "Draft rule written to %s: %zu event(s), %zu error(s), %zu check(s), %zu log "
		 "evidence, %zu step(s).  It is a DRAFT with %zu item(s) to review: finish it, "
		 "then run kbwiz kb check %s",
		 pa.shown, draft.stats.n_events, draft.stats.n_errors, draft.stats.n_checks,
		 draft.stats.n_evidence, draft.stats.n_steps, draft.stats.n_reviews, pa.shown);
	av.note_error = 0;
out:
	library_draft_free(&draft);
}

static int note_rows(void)
{
	int rows = av.note[0] != '\0' ? ui_text_rows(av.note, tui.cols - 4) : 0;

	return rows > 4 ? 4 : rows;
}

static void article_draw(void)
{
	int rows = note_rows();
	int h = tui.rows - 4 - (rows > 0 ? rows + 1 : 0);

	ui_title("kbwiz - library article", av.id);
	/* The full width: articles are 79 columns wide, with rules of dashes. */
	tbuf_draw(&av.text, 2, 0, h, tui.cols);
	if (rows > 0)
		ui_text_wrapped(2 + h, 2, tui.cols - 4, rows, av.note, ui_attr(UI_HEADING));
	ui_keys("PgUp/PgDn scroll  / search  n/N  i import as a draft  Esc back");
}

static enum key_result article_key(int key)
{
	int rows = note_rows();

	if (key == TK_ESC || key == 'q')
		return KR_POP;
	if (key == 'i') {
		import_draft();
		return KR_HANDLED;
	}
	return viewer_key(&av.text, key, tui.rows - 4 - (rows > 0 ? rows + 1 : 0), tui.cols);
}

const struct screen screen_article = {
	"Library article",
	article_draw,
	article_key,
	"A Knowledge Base article from the library (kbwiz kb library add), in\n"
	"full.  No rule covers it yet, or it is the source of one.\n"
	"  Up/Down, PgUp/PgDn, Space, b  scroll\n"
	"  Home/End         the top or the end\n"
	"  i                import it as a DRAFT rule: asks for a directory (the\n"
	"                   current one by default) and writes QNNNNNN.yaml there,\n"
	"                   never over a file without asking.  The draft lists\n"
	"                   review items; finish it, then run kbwiz kb check FILE\n"
	"  Esc              back\n",
	NULL,   /* no sync: nothing to reload */
};
