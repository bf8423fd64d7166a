/* wizard_machine.c: the machine the open session's hives name, for the
 * case step (which can fill "Machine or case" with its computer name) and
 * wherever the wizard names the machine. */
#include "wizard.h"

#include <stdio.h>
#include <string.h>

#include "kbwiz/machine.h"

void wizard_machine(char *line, size_t line_size, char *name, size_t name_size)
{
	const struct diagnosis *d = session_diagnosis(tui.session);
	struct machine_info local;
	const struct machine_info *m;
	struct kb_error err = { "" };

	line[0] = name[0] = '\0';
	memset(&local, 0, sizeof local);
	/* After the checks the diagnosis holds it; before, the hives are
	 * read here (only the few values machine_read needs). */
	if (d != NULL && session_registry_checked(tui.session)) {
		m = &d->machine;
	} else {
		if (machine_read_evidence(session_evidence(tui.session), &local, &err) != 0)
			return;
		m = &local;
	}
	machine_summary(m, line, line_size);
	if (m->computer_name != NULL)
		snprintf(name, name_size, "%s", m->computer_name);
	if (m == &local)
		machine_info_clear(&local);
}
