/* step_case.c: step 1, the case: technician, machine or case label,
 * notes.  Saved whenever the focus leaves a field, and before Next. */
#include "wizard.h"

#include <stdio.h>
#include <string.h>

enum { F_TECH, F_LABEL, F_NOTES, F_COUNT };

static struct {
	struct input field[F_COUNT];
	int focus;
	char machine[512];   /* what the hives say, "" none */
} cs;

static const char *const labels[F_COUNT] = {
	"Technician:", "Machine or case:", "Notes:",
};

static void case_enter(void)
{
	const struct session_case *c = session_get_case(tui.session);

	cs.field[F_TECH].max = sizeof c->technician - 1;
	cs.field[F_LABEL].max = sizeof c->label - 1;
	cs.field[F_NOTES].max = sizeof c->notes - 1;
	input_set(&cs.field[F_TECH], c->technician);
	input_set(&cs.field[F_LABEL], c->label);
	{
		char name[64];
		/* An empty label takes the computer name the hives give. */
		wizard_machine(cs.machine, sizeof cs.machine, name, sizeof name);
		if (c->label[0] == '\0' && name[0] != '\0')
			input_set(&cs.field[F_LABEL], name);
	}
	input_set(&cs.field[F_NOTES], c->notes);
	/* Always the first field: where the typing goes never depends on
	 * what happens to be filled in already. */
	cs.focus = F_TECH;
}

/* Copy with truncation (the fields' max keeps them within size). */
static void copy_field(char *dst, size_t size, const struct input *in)
{
	size_t n = in->len < size - 1 ? in->len : size - 1;

	memcpy(dst, in->buf, n);
	dst[n] = '\0';
}

static int case_save(void)
{
	struct kb_error err = { "" };
	const struct session_case *now = session_get_case(tui.session);
	struct session_case c;

	if (strcmp(now->technician, cs.field[F_TECH].buf) == 0 &&
	    strcmp(now->label, cs.field[F_LABEL].buf) == 0 &&
	    strcmp(now->notes, cs.field[F_NOTES].buf) == 0)
		return 0;
	memset(&c, 0, sizeof c);
	copy_field(c.technician, sizeof c.technician, &cs.field[F_TECH]);
	copy_field(c.label, sizeof c.label, &cs.field[F_LABEL]);
	copy_field(c.notes, sizeof c.notes, &cs.field[F_NOTES]);
	return wizard_failed(session_set_case(tui.session, &c, &err), &err, "Saving the case");
}

static void case_draw(int top, int height)
{
	int i, x = 21, w = tui.cols - x - 2;
	char line[128];

	(void)height;
	ui_text(top, 2, tui.cols - 4,
		"Who is working on what.  The label names the machine or the case number.",
		ui_attr(UI_DIM));
	for (i = 0; i < F_COUNT; i++) {
		int y = top + 2 + 2 * i;
		ui_text(y, 2, x - 3, labels[i], i == cs.focus ? ui_attr(UI_HEADING) : (int)A_NORMAL);
		input_draw(&cs.field[i], y, x, w, i == cs.focus);
	}
	/* The Next key as this terminal has it (^N on a vt100). */
	ui_key_names("Everything is saved as you type it in; PgDn goes on to the symptoms.",
		     line, sizeof line);
	ui_text(top + 2 + 2 * F_COUNT + 1, 2, tui.cols - 4, line, ui_attr(UI_DIM));
	if (cs.machine[0] != '\0')
		ui_text_wrapped(top + 2 + 2 * F_COUNT + 2, 2, tui.cols - 4, 2, cs.machine,
				ui_attr(UI_DIM));
}

static enum key_result case_key(int key)
{
	switch (key) {
	case TK_TAB:
	case TK_DOWN:
	case TK_ENTER:
		case_save();
		cs.focus = (cs.focus + 1) % F_COUNT;
		return 1;
	case TK_BTAB:
	case TK_UP:
		case_save();
		cs.focus = (cs.focus + F_COUNT - 1) % F_COUNT;
		return 1;
	}
	return input_key(&cs.field[cs.focus], key);
}

const struct step_ops step_case = {
	case_enter,
	case_draw,
	case_key,
	case_save,
	"Type to edit  Tab/Up/Down field  PgDn Next  Esc menu  F1 help",
};
