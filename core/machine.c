/* machine.c: the machine's identity from its hives (machine.h). */
#include "kbwiz/machine.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kbwiz/hive.h"
#include "kbwiz/rule.h"
#include "kbwiz/strutil.h"

void machine_identity_clear(struct machine_identity *m)
{
	free(m->computer_name);
	free(m->product);
	free(m->version);
	free(m->build);
	free(m->service_pack);
	free(m->system_root);
	free(m->system_hive);
	free(m->software_hive);
	free(m->problems);
	memset(m, 0, sizeof *m);
	m->current_set = m->default_set = m->last_known_good_set = m->failed_set = -1;
}

/* A string value at path\name, or NULL. */
static char *string_at(struct kb_hive *h, const char *path, const char *name)
{
	struct hive_value v;
	hive_key k;
	char *s = NULL;

	if (hive_key_find(h, hive_root_key(h), path, &k, NULL) != 0 ||
	    hive_key_value(h, k, name, &v, NULL) != 0)
		return NULL;
	if ((v.type == KB_REG_SZ || v.type == KB_REG_EXPAND_SZ) && v.n_entries > 0 &&
	    v.entries[0][0] != '\0')
		s = kb_strdup(v.entries[0]);
	hive_value_clear(&v);
	return s;
}

static int note(struct machine_identity *m, const char *msg)
{
	char *n = kb_strdup_printf("%s%s%s", m->problems != NULL ? m->problems : "",
				   m->problems != NULL ? "; " : "", msg);

	if (n == NULL)
		return KB_ENOMEM;
	free(m->problems);
	m->problems = n;
	return 0;
}

static void read_system(struct machine_identity *m, struct kb_hive *h)
{
	char cs[16], path[64];

	hive_select(h, "Current", &m->current_set, NULL);
	hive_select(h, "Default", &m->default_set, NULL);
	hive_select(h, "LastKnownGood", &m->last_known_good_set, NULL);
	hive_select(h, "Failed", &m->failed_set, NULL);
	if (hive_current_control_set(h, cs, sizeof cs, NULL) != 0)
		return;
	snprintf(path, sizeof path, "%s\\Control\\ComputerName\\ComputerName", cs);
	m->computer_name = string_at(h, path, "ComputerName");
}

static void read_software(struct machine_identity *m, struct kb_hive *h)
{
	static const char cv[] = "Microsoft\\Windows NT\\CurrentVersion";

	m->product = string_at(h, cv, "ProductName");
	m->version = string_at(h, cv, "CurrentVersion");
	m->build = string_at(h, cv, "CurrentBuildNumber");
	m->service_pack = string_at(h, cv, "CSDVersion");
	m->system_root = string_at(h, cv, "SystemRoot");
}

int machine_identity_read(const struct evidence_set *ev,
			  struct machine_identity *out, struct kb_error *err)
{
	size_t i;

	memset(out, 0, sizeof *out);
	machine_identity_clear(out);
	for (i = 0; i < ev->n; i++) {
		struct kb_hive *h = NULL;
		struct kb_error herr = { "" };
		const char *kind;

		if (ev->files[i].kind != EVIDENCE_HIVE)
			continue;
		if (hive_open(ev->files[i].path, &h, &herr) != 0) {
			if (note(out, herr.msg) != 0)
				return kb_errorf(err, KB_ENOMEM, "out of memory");
			continue;
		}
		kind = hive_kind(h);
		if (strcmp(kind, "SYSTEM") == 0 && out->system_hive == NULL) {
			out->system_hive = kb_strdup(ev->files[i].path);
			read_system(out, h);
		} else if (strcmp(kind, "SOFTWARE") == 0 && out->software_hive == NULL) {
			out->software_hive = kb_strdup(ev->files[i].path);
			read_software(out, h);
		}
		hive_close(h);
	}
	return 0;
}
