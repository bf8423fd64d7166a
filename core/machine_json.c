/* machine_json.c: the machine's identity in the diagnosis document
 * (docs/diagnose-json.md, "machine"), and back for resumed sessions. */
#include "kbwiz/machine.h"

#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "kbwiz/json_text.h"
#include "kbwiz/strutil.h"

static json_t *rule_json(const struct machine_tz_rule *r)
{
	return json_pack("{s:i, s:i, s:i, s:i, s:i}", "month", r->month, "day_of_week",
			 r->day_of_week, "week", r->week, "hour", r->hour, "minute", r->minute);
}

/* The zone's daylight saving rules, null when the hive gives none. */
static json_t *dst_json(const struct machine_info *m)
{
	if (!m->have_dst)
		return json_null();
	return json_pack("{s:i, s:i, s:i, s:o, s:o}", "bias", m->base_bias_minutes,
			 "standard_bias", m->standard_bias_minutes,
			 "daylight_bias", m->daylight_bias_minutes,
			 "standard_start", rule_json(&m->standard_start),
			 "daylight_start", rule_json(&m->daylight_start));
}

static void rule_from_json(json_t *o, struct machine_tz_rule *r)
{
	r->month = (int)json_integer_value(json_object_get(o, "month"));
	r->day_of_week = (int)json_integer_value(json_object_get(o, "day_of_week"));
	r->week = (int)json_integer_value(json_object_get(o, "week"));
	r->hour = (int)json_integer_value(json_object_get(o, "hour"));
	r->minute = (int)json_integer_value(json_object_get(o, "minute"));
}

json_t *machine_to_json(const struct machine_info *m)
{
	json_t *o = json_object(), *suite = json_array();
	char text[512];
	size_t i;

	machine_describe(m, text, sizeof text);
	json_object_set_new(o, "description", kb_json_text(text));
	json_object_set_new(o, "version_known", json_boolean(machine_version_known(m)));
	json_object_set_new(o, "computer_name", kb_json_text(m->computer_name));
	json_object_set_new(o, "product_name", kb_json_text(m->product_name));
	json_object_set_new(o, "version", kb_json_text(m->version));
	json_object_set_new(o, "build", kb_json_text(m->build));
	json_object_set_new(o, "csd_version", kb_json_text(m->csd_version));
	json_object_set_new(o, "service_pack", m->service_pack < 0 ? json_null() :
			    json_integer(m->service_pack));
	json_object_set_new(o, "edition_id", kb_json_text(m->edition_id));
	json_object_set_new(o, "product_type", kb_json_text(m->product_type));
	json_object_set_new(o, "role", kb_json_text(machine_role(m)));
	for (i = 0; i < m->n_product_suite; i++)
		json_array_append_new(suite, kb_json_text(m->product_suite[i]));
	json_object_set_new(o, "product_suite", suite);
	json_object_set_new(o, "time_zone", kb_json_text(m->time_zone));
	json_object_set_new(o, "utc_offset_minutes", m->have_bias ? json_integer(-m->bias_minutes) :
			    json_null());
	json_object_set_new(o, "daylight_saving", dst_json(m));
	json_object_set_new(o, "shutdown_time", m->shutdown_time != 0 ?
			    json_integer(m->shutdown_time) : json_null());
	json_object_set_new(o, "system_hive", json_boolean(m->have_system));
	json_object_set_new(o, "software_hive", json_boolean(m->have_software));
	return o;
}

static int dup_field(json_t *o, const char *key, char **out)
{
	const char *v = json_string_value(json_object_get(o, key));

	*out = NULL;
	return v != NULL && (*out = kb_strdup(v)) == NULL ? -1 : 0;
}

int machine_from_json(json_t *o, struct machine_info *m, struct kb_error *err)
{
	json_t *suite = json_object_get(o, "product_suite"), *v;
	size_t i;

	memset(m, 0, sizeof *m);
	m->service_pack = -1;
	if (!json_is_object(o))
		return 0;
	if (dup_field(o, "computer_name", &m->computer_name) != 0 ||
	    dup_field(o, "product_name", &m->product_name) != 0 ||
	    dup_field(o, "version", &m->version) != 0 ||
	    dup_field(o, "build", &m->build) != 0 ||
	    dup_field(o, "csd_version", &m->csd_version) != 0 ||
	    dup_field(o, "edition_id", &m->edition_id) != 0 ||
	    dup_field(o, "product_type", &m->product_type) != 0 ||
	    dup_field(o, "time_zone", &m->time_zone) != 0)
		goto oom;
	if (json_is_integer(v = json_object_get(o, "service_pack")))
		m->service_pack = (int)json_integer_value(v);
	if (json_is_integer(v = json_object_get(o, "utc_offset_minutes")) &&
	    json_integer_value(v) >= -24 * 60 && json_integer_value(v) <= 24 * 60) {
		m->have_bias = 1;
		m->bias_minutes = -(int)json_integer_value(v);
	}
	if (json_is_object(v = json_object_get(o, "daylight_saving"))) {
		m->have_dst = 1;
		m->base_bias_minutes = (int)json_integer_value(json_object_get(v, "bias"));
		m->standard_bias_minutes = (int)json_integer_value(json_object_get(v, "standard_bias"));
		m->daylight_bias_minutes = (int)json_integer_value(json_object_get(v, "daylight_bias"));
		rule_from_json(json_object_get(v, "standard_start"), &m->standard_start);
		rule_from_json(json_object_get(v, "daylight_start"), &m->daylight_start);
		/* Rules out of range would make a wrong date: drop them. */
		if (abs(m->base_bias_minutes) > 24 * 60 || abs(m->standard_bias_minutes) > 24 * 60 ||
		    abs(m->daylight_bias_minutes) > 24 * 60 ||
		    m->standard_start.day_of_week < 0 || m->standard_start.day_of_week > 6 ||
		    m->daylight_start.day_of_week < 0 || m->daylight_start.day_of_week > 6 ||
		    m->standard_start.month < 1 || m->standard_start.month > 12 ||
		    m->daylight_start.month < 1 || m->daylight_start.month > 12 ||
		    m->standard_start.week < 1 || m->standard_start.week > 5 ||
		    m->daylight_start.week < 1 || m->daylight_start.week > 5)
			m->have_dst = 0;
	}
	if (json_is_integer(v = json_object_get(o, "shutdown_time")))
		m->shutdown_time = json_integer_value(v);
	m->have_system = json_is_true(json_object_get(o, "system_hive"));
	m->have_software = json_is_true(json_object_get(o, "software_hive"));
	if (json_array_size(suite) > 0) {
		if ((m->product_suite = calloc(json_array_size(suite), sizeof *m->product_suite)) == NULL)
			goto oom;
		for (i = 0; i < json_array_size(suite); i++) {
			const char *e = json_string_value(json_array_get(suite, i));
			if ((m->product_suite[i] = kb_strdup(e != NULL ? e : "")) == NULL)
				goto oom;
			m->n_product_suite = i + 1;
		}
	}
	return 0;
oom:
	machine_info_clear(m);
	return kb_errorf(err, KB_ENOMEM, "out of memory");
}
