/* dialog_path.c: the one "where shall I write it?" dialog, for a report,
 * a .reg file and a draft rule.  A directory gets the offered name
 * inside it; a file that exists is replaced only after a yes; when the
 * write fails the box stays open, showing the path and the error. */
#include "tui.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int is_dir(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

int ui_ask_path(struct path_ask *pa)
{
	struct kb_error err = { "" };
	struct input in;
	struct stat st;
	char path[4200], note[4600] = "", q[4400];
	int note_error = 0, replace;

	memset(&in, 0, sizeof in);
	input_set(&in, pa->start != NULL ? pa->start : pa->name);
	for (;;) {
		if (!ui_prompt_in(pa->title, pa->question, &in, 1, note[0] ? note : NULL, note_error))
			return 0;
		note_error = 1;
		if (pa->dir_only && !is_dir(in.buf)) {
			snprintf(note, sizeof note, "%.4000s is not a directory.", in.buf);
			continue;
		}
		snprintf(path, sizeof path, "%s", in.buf);
		/* A directory: the offered name inside it. */
		if (is_dir(path))
			snprintf(path, sizeof path, "%.3500s%s%.600s", in.buf,
				 in.buf[in.len - 1] == '/' ? "" : "/", pa->name);
		replace = 0;
		if (lstat(path, &st) == 0) {
			snprintf(q, sizeof q, "%s already exists. Replace it?", path);
			if (!ui_confirm(q)) {
				snprintf(note, sizeof note, "Not replaced: %.4000s. Give another name.", path);
				note_error = 0;
				continue;
			}
			replace = 1;
		}
		err.msg[0] = '\0';
		if (pa->write(pa->ctx, path, replace, &err) != 0) {
			snprintf(note, sizeof note, "Could not write %.2000s: %s", path,
				 err.msg[0] != '\0' ? err.msg : "failed");
			continue;
		}
		if (realpath(path, pa->shown) == NULL)
			snprintf(pa->shown, sizeof pa->shown, "%.4000s", path);
		return 1;
	}
}
