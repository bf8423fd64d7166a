/* wizard.h: the seven wizard steps, one file each (step_*.c), driven by
 * screen_wizard.c.  A step draws the session's state between the step
 * header and the buttons and turns keys into calls on the engine. */
#ifndef KBWIZ_WIZARD_H
#define KBWIZ_WIZARD_H

#include "tui.h"

struct step_ops {
	/* The step became current, or the session changed: reload state. */
	void (*enter)(void);
	/* Draw in rows top .. top+height-1. */
	void (*draw)(int top, int height);
	/* A key: KR_HANDLED (1) when used (Esc included, e.g. to stop
	 * typing), KR_IGNORED (0) when the wizard may use it. */
	enum key_result (*key)(int key);
	/* Before Next or Back: save what was typed; nonzero to stay. */
	int (*leave)(void);
	/* The key line for this step. */
	const char *keys;
};

extern const struct step_ops step_case, step_symptoms, step_evidence,
	step_registry, step_diagnosis, step_remediation, step_summary;

/* Show an engine error on the message line; returns rc. */
int wizard_failed(int rc, const struct kb_error *err, const char *what);

/* The diagnosis rule for an id, or NULL. */
const struct diag_rule *wizard_rule(const char *id);

/* Whether a rule is one of the session's candidates. */
int wizard_is_candidate(const char *rule_id);

/* The machine the session's hives name (wizard_machine.c): in line, "NODE1,
 * Windows NT Server 4.0, Enterprise Edition (build 1381, ...); time zone
 * ..." ("" when there is no hive), and in name the computer name ("" when
 * unknown).  Reads the hives when the registry has not been checked. */
void wizard_machine(char *line, size_t line_size, char *name, size_t name_size);

/* Beside the diagnosis (step_diagnosis_more.c): the events no rule
 * explains, with library articles, into tb; adding the library (tb is
 * built again when articles came in); a rule's log hit in the log view
 * (a choice when it has several). */
void dg_unexplained_build(struct tbuf *tb);
void dg_library_add(struct tbuf *tb);
struct diag_rule;
void dg_open_log_hit(const struct diag_rule *dr);
/* A service doctor's finding (kbwiz's own reasoning, never an
 * article's) into tb: verdict, evidence, reasoning, steps, and the
 * command of the repair kbwiz can make (step_diagnosis_svd.c). */
struct svd_finding;
void dg_svd_detail(struct tbuf *tb, const struct svd_finding *f);

#endif
