/* kbimport_choice.c: data picked from a list of choices by the word the
 * article asks with (guide C12): "disable KStackPool" above
 * "0 - KStack pool disabled / 1 - ... enabled" gives 0.  Only when one
 * entry of the list, and only one, carries the ask's word; anything else
 * stays a choice for a person. */
#include <ctype.h>
#include <string.h>

#include "kbimport_int.h"

#define CHOICE_MAX 8      /* entries of one list */
#define ASK_BEFORE 12     /* lines above the key searched for the ask */

struct choice {
	const char *num;
	size_t num_len;
	const char *label;
};

/* "0 - disabled", "Value: 0x00000000 == Disabled", "1 = enabled": a
 * number, a separator and its meaning; 0 when s is not one. */
static int read_choice(const char *s, struct choice *c)
{
	const char *p = imp_skip_ws(s), *colon = strchr(p, ':');
	size_t k;

	/* a label before the number ("Value:", "Data:") */
	if (colon != NULL && colon - p < 12) {
		const char *q;
		for (q = p; q < colon && isalpha((unsigned char)*q); q++)
			;
		if (q == colon && q > p)
			p = imp_skip_ws(colon + 1);
	}
	k = (p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) ? 2 : 0;
	while (isxdigit((unsigned char)p[k]) && (k >= 2 || isdigit((unsigned char)p[k])))
		k++;
	if (k == 0 || (k == 2 && p[0] == '0' && (p[1] == 'x' || p[1] == 'X')))
		return 0;
	c->num = p;
	c->num_len = k;
	p = imp_skip_ws(p + k);
	if (p[0] == '=' && p[1] == '=')
		p += 2;
	else if (*p == '=' || *p == '-' || *p == ':')
		p++;
	else
		return 0;
	c->label = imp_skip_ws(p);
	return *c->label != '\0';
}

/* Whole word w in s, not half of a pair ("enable/disable"). */
static int asks_with(const char *s, const char *w)
{
	const char *p;
	size_t n = strlen(w);

	for (p = s; (p = imp_ci_find(p, w)) != NULL; p += n)
		if ((p == s || (!isalpha((unsigned char)p[-1]) && p[-1] != '/')) &&
		    !isalpha((unsigned char)p[n]) && p[n] != '/')
			return 1;
	return 0;
}

const char *imp_choice_by_ask(struct imp *im, size_t first, size_t last, size_t key_line, size_t *ask_line)
{
	static const struct { const char *verb, *state; } asks[] = {
		{ "disable", "disabled" }, { "enable", "enabled" },
	};
	struct choice ch[CHOICE_MAX];
	size_t n, nc = 0, i, k, from;
	int which = -1;
	const char *pick = NULL;

	/* the list: consecutive entries from the value's lines on */
	for (n = first; n < im->a->body_end && n <= last + CHOICE_MAX && nc < CHOICE_MAX; n++) {
		if (read_choice(imp_line_at(im, n), &ch[nc]))
			nc++;
		else if (nc > 0)
			break;
	}
	if (nc < 2)
		return NULL;
	/* the ask: the nearest line above the value with one of the verbs */
	from = key_line > 0 && key_line < first ? key_line : first;
	for (n = from; n > im->a->body_first && n + ASK_BEFORE > from && which < 0; n--) {
		const char *s = imp_line_at(im, n - 1);
		if (imp_section_of(im, n - 1) != imp_section_of(im, first))
			break;
		for (i = 0; i < sizeof asks / sizeof asks[0]; i++)
			if (asks_with(s, asks[i].verb)) {
				if (which >= 0)
					return NULL;    /* both verbs: no one ask */
				which = (int)i;
				*ask_line = n - 1;
			}
	}
	if (which < 0)
		return NULL;
	for (k = 0; k < nc; k++)
		if (imp_has_word(ch[k].label, asks[which].state)) {
			if (pick != NULL)
				return NULL;
			pick = imp_dupn(im, ch[k].num, ch[k].num_len);
		}
	return pick;
}
