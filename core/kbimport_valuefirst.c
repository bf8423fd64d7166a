/* kbimport_valuefirst.c: parameter references that name the value first
 * and its key after it, relative to a root the article spells out
 * elsewhere (kbimport_int.h):
 *
 *     SomeParameter
 *     Key: Service\Parameters
 *     Value Type: REG_DWORD - Boolean
 *     Valid Range: 0,1
 *     Default: 0
 *     Recommendation: 1
 *
 * The key is read against the full paths the article writes (a path on
 * one line, wrapped, or as a tree with one name a line): only when
 * exactly one of them holds the relative path.  Such a block documents
 * its value (a range, a default); it asks for a datum only when it
 * recommends one in so many words under an introduction that recommends
 * the values listed.  Everything else is a review item on the value's
 * line: its name, the key and the line naming it are never dropped. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "kbimport_int.h"

/* How far below the "Key:" line the block's labels are looked for (a
 * note may stand between the range and the default). */
#define VF_BLOCK 20
/* The introduction: the paragraph just above the value's name. */
#define VF_INTRO 6

/* "Key: Tcpip\Parameters", "Key:   Software\Vendor\App\": the relative
 * path after the label (HTML remnants "<BR/>" and a trailing backslash
 * dropped) into out; 0 when the line is not that label or names a full
 * path. */
static int relative_key(const char *s, char *out, size_t size)
{
	const char *p = imp_value_label(imp_skip_ws(s), "Key"), *e;
	size_t n;

	if (p == NULL || !isalpha((unsigned char)*p) || imp_ci_find(p, "HKEY") != NULL ||
	    imp_short_root_at(p) || strchr(p, '\\') == NULL)
		return 0;
	e = strstr(p, "<BR");
	n = e != NULL ? (size_t)(e - p) : strlen(p);
	n = imp_rtrim_len(p, n);
	while (n > 0 && p[n - 1] == '\\')
		n--;
	if (n == 0 || n >= size)
		return 0;
	memcpy(out, p, n);
	out[n] = '\0';
	return 1;
}

size_t imp_name_over_key(const struct imp *im, size_t k, const char **name, size_t *len)
{
	static const char *const labels[] = { "Value Name", "Value", NULL };
	size_t m, i;

	for (m = k; m > im->a->body_first && m + 3 > k; m--) {
		const char *s = imp_line_at(im, m - 1), *t;
		if (imp_blank(s))
			continue;
		*name = imp_skip_ws(s);
		for (i = 0; labels[i] != NULL; i++)
			if ((t = imp_value_label(*name, labels[i])) != NULL) {
				*name = t;
				break;
			}
		return imp_lone_name(*name, len) ? m - 1 : 0;
	}
	return 0;
}

/* The path starting at s on line n as the article writes it: the rest
 * of the line, and the lines below that go on with a backslash (a tree,
 * or a path wrapped before a name), into buf. */
static void full_path_at(const struct imp *im, const char *s, size_t n, char *buf, size_t size)
{
	size_t len;

	snprintf(buf, size, "%.*s", (int)imp_rtrim_len(s, strcspn(s, " \t")), s);
	for (n++; n < im->a->body_end; n++) {
		const char *t = imp_skip_ws(imp_line_at(im, n));
		if (*t != '\\')
			break;
		len = strlen(buf);
		snprintf(buf + len, size - len, "%.*s", (int)imp_rtrim_len(t, strcspn(t, " \t")), t);
	}
}

/* The relative path rel read against the article's full paths: the
 * one machine key (as "HKLM\...") whose path holds "\rel" as whole
 * names, into out; 0 when none or more than one do. */
static int resolve_key(const struct imp *im, const char *rel, char *out, size_t size)
{
	const struct kb_article *a = im->a;
	char path[512], needle[160], found[512] = "";
	size_t n, rl;

	if (snprintf(needle, sizeof needle, "\\%s", rel) >= (int)sizeof needle)
		return 0;
	rl = strlen(needle);
	for (n = a->body_first; n < a->body_end; n++) {
		const char *s = imp_line_at(im, n), *h, *p, *q;

		if ((h = imp_ci_find(s, "HKEY_LOCAL_MACHINE")) == NULL)
			continue;
		full_path_at(im, h, n, path, sizeof path);
		for (p = path; (q = imp_ci_find(p, needle)) != NULL; p = q + 1) {
			char key[512];
			if (q[rl] != '\0' && q[rl] != '\\')
				continue;
			snprintf(key, sizeof key, "HKLM%.*s", (int)(q + rl - path - 18), path + 18);
			if (found[0] != '\0' && strcasecmp(found, key) != 0)
				return 0;
			snprintf(found, sizeof found, "%s", key);
			break;
		}
	}
	if (found[0] == '\0' || strlen(found) >= size)
		return 0;
	memcpy(out, found, strlen(found) + 1);
	return 1;
}

/* A label's text after its colon at the start of line s, or NULL. */
static const char *label_of(const char *s, const char *const *labels)
{
	const char *t;
	size_t i;

	for (i = 0; labels[i] != NULL; i++)
		if ((t = imp_value_label(imp_skip_ws(s), labels[i])) != NULL)
			return t;
	return NULL;
}

/* The next block starts at line n: a lone name over a "Key:" label. */
static int block_starts(const struct imp *im, size_t n)
{
	char rel[160];
	size_t len;

	return n + 1 < im->a->body_end && imp_lone_name(imp_line_at(im, n), &len) &&
	       relative_key(imp_line_at(im, n + 1), rel, sizeof rel);
}

/* The paragraph above line m recommends what follows it ("It is strongly
 * recommended that the following values be used:"). */
static int intro_recommends(const struct imp *im, size_t m)
{
	size_t n, taken;

	for (n = m; n > im->a->body_first && imp_blank(imp_line_at(im, n - 1)); n--)
		;
	for (taken = 0; n > im->a->body_first && taken < VF_INTRO; taken++) {
		const char *s = imp_line_at(im, --n);
		if (imp_blank(s))
			break;
		if (imp_ci_find(s, "not recommend") != NULL || imp_ci_find(s, "suggest") != NULL)
			return 0;
		if (imp_ci_find(s, "recommend") != NULL)
			return 1;
	}
	return 0;
}

/* "Key: Service\Parameters" then "Value: Some Name" (or no name at all,
 * under a heading): the key first, relative to a hive the words name.
 * Listed for a person on the value's line (else the key's): no one full
 * path says where it is. */
static void key_first(struct imp *im, size_t k, const char *rel)
{
	static const char *const name_labels[] = { "Value Name", "Value", NULL };
	const char *t = NULL;
	char key[512];
	size_t n, line = k;

	for (n = k + 1; n < im->a->body_end && n <= k + 2 && t == NULL; n++)
		if (!im->used[n] && (t = label_of(imp_line_at(im, n), name_labels)) != NULL && *t != '\0')
			line = n;
		else
			t = NULL;
	im->used[k] = 1;
	if (line != k)
		im->used[line] = 1;
	if (resolve_key(im, rel, key, sizeof key))
		imp_review(im, line, T_CHECKS, 0,
			   t != NULL ?
			   imp_fmt(im, "value '%.*s' under %s (the article's 'Key: %s'): write its check by hand if the article asks for it",
				   (int)imp_rtrim_len(t, strlen(t)), t, key, rel) :
			   imp_fmt(im, "key %s (the article's 'Key: %s'): its values are documented below; write checks by hand if the article asks for them",
				   key, rel));
	else
		imp_review(im, line, T_CHECKS, 0,
			   t != NULL ?
			   imp_fmt(im, "value '%.*s' under a key the article gives only as '%s' (relative to a hive it names in words): write its check by hand if the article asks for it",
				   (int)imp_rtrim_len(t, strlen(t)), t, rel) :
			   imp_fmt(im, "a key given only as '%s' (relative, no one full path holds it): write its checks by hand if the article asks for them",
				   rel));
}

void imp_scan_value_first(struct imp *im)
{
	static const char *const type_labels[] = { "Value Type", "Data Type", "Type", NULL };
	static const char *const rec_labels[] = { "Recommendation", "Recommended value",
						  "Recommended setting", NULL };
	const struct kb_article *a = im->a;
	size_t k;

	for (k = a->body_first; k < a->body_end; k++) {
		char rel[160], key[512];
		const char *type = NULL, *rec = NULL, *t, *name;
		size_t m, n, nl, last, tl = 0, checks = im->n_checks;
		int resolved, extra = 0;

		if (im->used[k] || !relative_key(imp_line_at(im, k), rel, sizeof rel))
			continue;
		if ((m = imp_name_over_key(im, k, &name, &nl)) == 0 || im->used[m]) {
			key_first(im, k, rel);
			continue;
		}
		last = k;
		for (n = k + 1; n < a->body_end && n <= k + VF_BLOCK; n++) {
			const char *s = imp_line_at(im, n);
			if (im->used[n] || block_starts(im, n) || imp_ci_find(s, "HKEY_") != NULL ||
			    strncmp(imp_skip_ws(s), "***", 3) == 0)
				break;
			if (type == NULL && (t = label_of(s, type_labels)) != NULL) {
				type = t;
				/* the whole field: "Multi-String", "REG_DWORD - Boolean"
				 * are read by imp_value_checks' one type reader */
				tl = imp_rtrim_len(t, strlen(t));
			} else if (rec == NULL && (t = label_of(s, rec_labels)) != NULL) {
				rec = t;
			} else if (label_of(s, (const char *const[]){ "Valid Range", "Range", "Default",
								  "Description", NULL }) == NULL) {
				continue;
			}
			im->used[n] = 1;
			last = n;
		}
		im->used[m] = im->used[k] = 1;
		resolved = resolve_key(im, rel, key, sizeof key);
		if (resolved && rec != NULL && type != NULL && tl > 0 && intro_recommends(im, m) &&
		    imp_read_number(im, rec, 0xFFFFFFFFu, &extra) != NULL && !extra) {
			struct value_spec v;
			memset(&v, 0, sizeof v);
			v.name = imp_dupn(im, name, nl);
			v.type = imp_dupn(im, type, tl);
			v.data = imp_dupn(im, rec, imp_rtrim_len(rec, strlen(rec)));
			v.line = m;
			v.last = last;
			struct imp_at at = { .key_line = k, .key_last = k, .repair = 1, .recommended = 1 };
			imp_value_checks(im, &at, imp_dupn(im, key, strlen(key)), &v);
			if (im->n_checks > checks) {
				imp_review(im, m, T_CHECK, checks,
					   imp_fmt(im, "value '%.*s': key %s read from 'Key: %s' and the full path the article gives; data is the block's recommendation: check both",
						   (int)nl, name, key, rel));
				continue;
			}
		}
		imp_review(im, m, T_CHECKS, 0,
			   resolved ?
			   imp_fmt(im, "value '%.*s' under %s (the article's 'Key: %s') is documented here (type, range, default), not asked for: add a check by hand if the rule needs it",
				   (int)nl, name, key, rel) :
			   imp_fmt(im, "value '%.*s' under a key the article gives only as '%s' (no one full path holds it): write its check by hand if the rule needs it",
				   (int)nl, name, rel));
	}
}
