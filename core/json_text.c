/* json_text.c: untrusted text into JSON strings. */
#include "kbwiz/json_text.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "kbwiz/rule.h"
#include "kbwiz/sanitize.h"

json_t *kb_json_text(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t len, i = 0, o = 0;
	unsigned cp;
	char *buf;
	json_t *j;

	if (s == NULL)
		return json_null();
	len = strlen(s);
	/* Each bad byte becomes the 3-byte U+FFFD. */
	buf = malloc(len * 3 + 1);
	if (buf == NULL)
		return json_null();
	while (i < len) {
		size_t n = kb_utf8_decode(p + i, len - i, &cp);
		if (n == 0) {
			memcpy(buf + o, "\xEF\xBF\xBD", 3);
			o += 3;
			i++;
			continue;
		}
		memcpy(buf + o, p + i, n);
		o += n;
		i += n;
	}
	j = json_stringn(buf, o);
	free(buf);
	return j != NULL ? j : json_null();
}

json_t *kb_json_time(int64_t t)
{
	time_t tt = (time_t)t;
	struct tm tm;
	char buf[32];

	if (t == 0 || gmtime_r(&tt, &tm) == NULL ||
	    strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm) == 0)
		return json_null();
	return json_string(buf);
}

json_t *kb_json_cite(const struct rule_cite *c)
{
	char lines[256];
	json_t *o;

	if (rule_cite_is_article(c)) {
		rule_cite_format(c, lines, sizeof lines);
		o = json_object();
		json_object_set_new(o, "cite", json_string(lines));
		return o;
	}
	if (c->inferred != NULL) {
		o = json_object();
		json_object_set_new(o, "inferred", kb_json_text(c->inferred));
		return o;
	}
	return json_null();
}
