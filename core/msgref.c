/* msgref.c: message references in event text (msgref.h). */
#include "kbwiz/msgref.h"

#include <stdlib.h>
#include <string.h>

#include "kbwiz/error.h"
#include "kbwiz/strutil.h"

#define W ((char *)"Windows system error text")

/* Win32 system error texts (winerror.h, as FormatMessage gives them in
 * English) for the codes service start failures carry most. */
static const struct msgref_entry builtin[] = {
	{ 2, (char *)"The system cannot find the file specified.", W },
	{ 3, (char *)"The system cannot find the path specified.", W },
	{ 5, (char *)"Access is denied.", W },
	{ 193, (char *)"The file is not a valid Win32 application.", W },
	{ 1053, (char *)"The service did not respond to the start or control request in a timely fashion.", W },
	{ 1058, (char *)"The service cannot be started, either because it is disabled or because it has no enabled devices associated with it.", W },
	{ 1060, (char *)"The specified service does not exist as an installed service.", W },
	{ 1067, (char *)"The process terminated unexpectedly.", W },
	{ 1068, (char *)"The dependency service or group failed to start.", W },
	{ 1069, (char *)"The service did not start due to a logon failure.", W },
	{ 1075, (char *)"The dependency service does not exist or has been marked for deletion.", W },
	{ 1326, (char *)"Logon failure: unknown user name or bad password.", W },
	{ 1722, (char *)"The RPC server is unavailable.", W },
};

void msgref_table_free(struct msgref_table *t)
{
	size_t i;

	if (t == NULL)
		return;
	for (i = 0; i < t->n; i++) {
		free(t->v[i].message);
		free(t->v[i].from);
	}
	free(t->v);
	t->v = NULL;
	t->n = 0;
}

static const struct msgref_entry *find(const struct msgref_table *t, unsigned code)
{
	size_t i;

	for (i = 0; t != NULL && i < t->n; i++)
		if (t->v[i].code == code)
			return &t->v[i];
	return NULL;
}

int msgref_table_add_rules(struct msgref_table *t, struct rule *const *rules,
			   size_t n_rules)
{
	size_t i, j;

	for (i = 0; i < n_rules; i++) {
		const struct rule *r = rules[i];
		for (j = 0; j < r->n_symptoms; j++) {
			const struct rule_symptom *s = &r->symptoms[j];
			struct msgref_entry *v;
			if (s->error_code == 0 || s->message == NULL || find(t, s->error_code) != NULL)
				continue;
			v = realloc(t->v, (t->n + 1) * sizeof *v);
			if (v == NULL)
				return KB_ENOMEM;
			t->v = v;
			v = &t->v[t->n];
			v->code = s->error_code;
			v->message = kb_strdup(s->message);
			v->from = kb_strdup_printf("as worded in %s",
						   r->article != NULL ? r->article : r->id);
			if (v->message == NULL || v->from == NULL) {
				free(v->message);
				free(v->from);
				return KB_ENOMEM;
			}
			t->n++;
		}
	}
	return 0;
}

const struct msgref_entry *msgref_lookup(const struct msgref_table *t,
					 unsigned code)
{
	size_t i;

	/* Windows' own text first: a rule's wording of a common code (2,
	 * 1311) belongs to its article, and naming that article beside an
	 * unrelated service's event reads as if the article explained it. */
	for (i = 0; i < sizeof builtin / sizeof builtin[0]; i++)
		if (builtin[i].code == code)
			return &builtin[i];
	return find(t, code);
}

int msgref_next(const char *text, size_t *pos, unsigned *code)
{
	const char *p;

	if (text == NULL)
		return 0;
	for (p = text + *pos; (p = strstr(p, "%%")) != NULL; p += 2) {
		unsigned long v = 0;
		const char *q = p + 2;
		int digits = 0;
		while (*q >= '0' && *q <= '9' && digits < 10) {
			v = v * 10 + (unsigned long)(*q - '0');
			q++;
			digits++;
		}
		if (digits == 0 || digits == 10 || v > 0xFFFFFFFFul)
			continue;
		*code = (unsigned)v;
		*pos = (size_t)(q - text);
		return 1;
	}
	*pos = strlen(text);
	return 0;
}

int msgref_mentions(const char *text, unsigned code)
{
	size_t pos = 0;
	unsigned c;

	while (msgref_next(text, &pos, &c))
		if (c == code)
			return 1;
	return 0;
}
