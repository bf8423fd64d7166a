/* machine.c: the examined machine's identity from its hives, and whether
 * a rule's products fit it (machine.h).
 *
 * Values are read through hive_eval_check, the same path the rules'
 * checks take, so CurrentControlSet is resolved and damaged data is
 * refused in one place; only the decoded entries are used here. */
#include "kbwiz/machine.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "kbwiz/evidence.h"
#include "kbwiz/strutil.h"

#define KEY_CV "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion"
#define KEY_CONTROL "HKLM\\SYSTEM\\CurrentControlSet\\Control"


void machine_info_clear(struct machine_info *m)
{
	size_t i;

	free(m->computer_name);
	free(m->product_name);
	free(m->version);
	free(m->build);
	free(m->csd_version);
	free(m->edition_id);
	free(m->product_type);
	for (i = 0; i < m->n_product_suite; i++)
		free(m->product_suite[i]);
	free(m->product_suite);
	free(m->time_zone);
	free(m->system_root);
	free(m->system_hive);
	free(m->software_hive);
	free(m->problems);
	memset(m, 0, sizeof *m);
	m->service_pack = -1;
}

/* The decoded entries of a value, whatever its type: strings as they
 * are, numbers in decimal, binary data as "01,02,ff".  Returns 0 with
 * *res filled (n_found_entries 0 when the value is missing, damaged or
 * empty), or KB_ENOMEM. */
static int read_value(struct kb_hive *h, const char *key, const char *value,
		      struct check_result *res, struct kb_error *err)
{
	struct rule_check c;

	memset(&c, 0, sizeof c);
	c.id = (char *)"machine";
	c.key = (char *)key;
	c.value = (char *)value;
	c.type = KB_REG_NONE;
	c.expect = EXPECT_VALUE_EQUALS;
	memset(res, 0, sizeof *res);
	if (h == NULL)
		return 0;
	if (hive_eval_check(h, &c, res, err) != 0)
		return KB_ENOMEM;
	if (res->status == CHECK_DAMAGED || res->status == CHECK_NOT_CHECKED) {
		check_result_clear(res);
		memset(res, 0, sizeof *res);
	}
	return 0;
}

/* The first entry, copied; *out stays NULL when there is none or it is
 * empty. */
static int read_string(struct kb_hive *h, const char *key, const char *value,
		       char **out, struct kb_error *err)
{
	struct check_result res;
	int rc = read_value(h, key, value, &res, err);

	if (rc == 0 && res.n_found_entries > 0 && res.found_entries[0][0] != '\0' &&
	    (res.found_type == KB_REG_SZ || res.found_type == KB_REG_EXPAND_SZ ||
	     res.found_type == KB_REG_DWORD || res.found_type == KB_REG_QWORD) &&
	    (*out = kb_strdup(res.found_entries[0])) == NULL)
		rc = kb_errorf(err, KB_ENOMEM, "out of memory");
	check_result_clear(&res);
	return rc;
}

static int read_number(struct kb_hive *h, const char *key, const char *value,
		       int *have, unsigned long long *out, struct kb_error *err)
{
	struct check_result res;
	int rc = read_value(h, key, value, &res, err);

	*have = 0;
	if (rc == 0 && res.n_found_entries == 1 &&
	    (res.found_type == KB_REG_DWORD || res.found_type == KB_REG_QWORD)) {
		*out = strtoull(res.found_entries[0], NULL, 10);
		*have = 1;
	}
	check_result_clear(&res);
	return rc;
}

static int read_multi(struct kb_hive *h, const char *key, const char *value,
		      char ***out, size_t *n_out, struct kb_error *err)
{
	struct check_result res;
	int rc = read_value(h, key, value, &res, err);

	if (rc == 0 && res.found_type == KB_REG_MULTI_SZ) {
		*out = res.found_entries;
		*n_out = res.n_found_entries;
		res.found_entries = NULL;
		res.n_found_entries = 0;
	}
	check_result_clear(&res);
	return rc;
}

/* The bytes of a REG_BINARY value of exactly n bytes, into out;
 * 0 when it is not one (check_found_bytes() reads hive.c's "00,48,6e"). */
static int binary_bytes(const struct check_result *res, unsigned char *out, size_t n)
{
	size_t got;
	unsigned char *b = check_found_bytes(res, &got);
	int ok = b != NULL && got == n;

	if (ok)
		memcpy(out, b, n);
	free(b);
	return ok;
}

/* ShutdownTime is a FILETIME as 8 bytes of REG_BINARY (little-endian
 * 100 ns units since 1601). */
static int read_filetime(struct kb_hive *h, const char *key, const char *value,
			 int64_t *out, struct kb_error *err)
{
	struct check_result res;
	unsigned char b[8];
	int rc = read_value(h, key, value, &res, err);
	int i;

	*out = 0;
	if (rc == 0 && binary_bytes(&res, b, sizeof b)) {
		unsigned long long ft = 0;
		for (i = 0; i < 8; i++)
			ft |= (unsigned long long)b[i] << (8 * i);
		*out = kb_filetime_to_unix(ft);
	}
	check_result_clear(&res);
	return rc;
}

/* StandardStart and DaylightStart are SYSTEMTIMEs (8 little-endian
 * 16-bit words: year, month, day of week, day, hour, minute, second,
 * ms).  Year 0 makes the date a rule (day: the week of the month, 5 the
 * last), the form Windows uses for every zone with yearly changes; a
 * month of 0 means no daylight saving time.  *have is 1 only for a rule. */
static int read_tz_rule(struct kb_hive *h, const char *value, struct machine_tz_rule *out,
			int *have, struct kb_error *err)
{
	struct check_result res;
	unsigned char b[16];
	unsigned w[8];
	int rc = read_value(h, KEY_CONTROL "\\TimeZoneInformation", value, &res, err);
	int i;

	*have = 0;
	if (rc == 0 && binary_bytes(&res, b, sizeof b)) {
		for (i = 0; i < 8; i++)
			w[i] = (unsigned)b[2 * i] | (unsigned)b[2 * i + 1] << 8;
		if (w[0] == 0 && w[1] >= 1 && w[1] <= 12 && w[2] <= 6 && w[3] >= 1 && w[3] <= 5 &&
		    w[4] <= 23 && w[5] <= 59) {
			out->month = (int)w[1];
			out->day_of_week = (int)w[2];
			out->week = (int)w[3];
			out->hour = (int)w[4];
			out->minute = (int)w[5];
			*have = 1;
		}
	}
	check_result_clear(&res);
	return rc;
}

/* A bias: a DWORD that TIME_ZONE_INFORMATION holds as a signed LONG of
 * minutes.  Zones lie within a day of UTC; anything further is damage,
 * and is not used (it would also overflow the sums below). */
static int bias_minutes(unsigned long long raw, int *out)
{
	int v = (int)(int32_t)(uint32_t)raw;

	if (v < -24 * 60 || v > 24 * 60)
		return 0;
	*out = v;
	return 1;
}

static int read_dst(struct kb_hive *h, struct machine_info *m, struct kb_error *err)
{
	unsigned long long base = 0, std = 0, dlt = 0;
	int have_base, have_std, have_dlt, have_s, have_d, rc;

	if ((rc = read_number(h, KEY_CONTROL "\\TimeZoneInformation", "Bias", &have_base,
			      &base, err)) != 0 ||
	    (rc = read_number(h, KEY_CONTROL "\\TimeZoneInformation", "StandardBias", &have_std,
			      &std, err)) != 0 ||
	    (rc = read_number(h, KEY_CONTROL "\\TimeZoneInformation", "DaylightBias", &have_dlt,
			      &dlt, err)) != 0 ||
	    (rc = read_tz_rule(h, "StandardStart", &m->standard_start, &have_s, err)) != 0 ||
	    (rc = read_tz_rule(h, "DaylightStart", &m->daylight_start, &have_d, err)) != 0)
		return rc;
	if (!have_base || !have_s || !have_d || !bias_minutes(base, &m->base_bias_minutes))
		return 0;
	m->standard_bias_minutes = 0;
	m->daylight_bias_minutes = -60;
	m->have_dst = (!have_std || bias_minutes(std, &m->standard_bias_minutes)) &&
		      (!have_dlt || bias_minutes(dlt, &m->daylight_bias_minutes));
	return 0;
}

static int parse_service_pack(const char *csd)
{
	const char *p;

	if (csd == NULL)
		return 0;
	for (p = csd; *p != '\0'; p++)
		if (*p >= '0' && *p <= '9')
			return atoi(p);
	return -1;
}

int machine_read(struct kb_hive *system, struct kb_hive *software,
		 struct machine_info *m, struct kb_error *err)
{
	unsigned long long major = 0, minor = 0, bias = 0;
	int have_major = 0, have_minor = 0, have_bias = 0, rc;

	memset(m, 0, sizeof *m);
	m->service_pack = -1;
	m->have_system = system != NULL;
	m->have_software = software != NULL;
	if ((rc = read_string(system, KEY_CONTROL "\\ComputerName\\ComputerName", "ComputerName",
			      &m->computer_name, err)) != 0 ||
	    (rc = read_string(system, KEY_CONTROL "\\ProductOptions", "ProductType",
			      &m->product_type, err)) != 0 ||
	    (rc = read_multi(system, KEY_CONTROL "\\ProductOptions", "ProductSuite",
			     &m->product_suite, &m->n_product_suite, err)) != 0 ||
	    (rc = read_string(system, KEY_CONTROL "\\TimeZoneInformation", "TimeZoneKeyName",
			      &m->time_zone, err)) != 0 ||
	    (m->time_zone == NULL &&
	     (rc = read_string(system, KEY_CONTROL "\\TimeZoneInformation", "StandardName",
			       &m->time_zone, err)) != 0) ||
	    (rc = read_number(system, KEY_CONTROL "\\TimeZoneInformation", "ActiveTimeBias",
			      &have_bias, &bias, err)) != 0 ||
	    (!have_bias &&
	     (rc = read_number(system, KEY_CONTROL "\\TimeZoneInformation", "Bias",
			       &have_bias, &bias, err)) != 0) ||
	    (rc = read_filetime(system, KEY_CONTROL "\\Windows", "ShutdownTime",
				&m->shutdown_time, err)) != 0 ||
	    (rc = read_dst(system, m, err)) != 0)
		goto fail;
	if (system != NULL) {
		/* Missing or odd Select values leave the number 0: shown as
		 * unknown, never as a control set. */
		if (hive_select(system, "Current", &m->current_set, NULL) != 0)
			m->current_set = 0;
		if (hive_select(system, "Default", &m->default_set, NULL) != 0)
			m->default_set = 0;
		if (hive_select(system, "LastKnownGood", &m->last_known_good_set, NULL) != 0)
			m->last_known_good_set = 0;
		if (hive_select(system, "Failed", &m->failed_set, NULL) != 0)
			m->failed_set = 0;
	}
	if (have_bias)
		m->have_bias = bias_minutes(bias, &m->bias_minutes);
	if ((rc = read_string(software, KEY_CV, "ProductName", &m->product_name, err)) != 0 ||
	    (rc = read_string(software, KEY_CV, "CurrentVersion", &m->version, err)) != 0 ||
	    (rc = read_string(software, KEY_CV, "CurrentBuildNumber", &m->build, err)) != 0 ||
	    (m->build == NULL &&
	     (rc = read_string(software, KEY_CV, "CurrentBuild", &m->build, err)) != 0) ||
	    (rc = read_string(software, KEY_CV, "CSDVersion", &m->csd_version, err)) != 0 ||
	    (rc = read_string(software, KEY_CV, "EditionID", &m->edition_id, err)) != 0 ||
	    (rc = read_string(software, KEY_CV, "SystemRoot", &m->system_root, err)) != 0 ||
	    (rc = read_number(software, KEY_CV, "CurrentMajorVersionNumber", &have_major,
			      &major, err)) != 0 ||
	    (rc = read_number(software, KEY_CV, "CurrentMinorVersionNumber", &have_minor,
			      &minor, err)) != 0)
		goto fail;
	/* Windows 10 and later keep CurrentVersion at "6.3" for old
	 * programs and give the real numbers beside it. */
	if (have_major && have_minor) {
		free(m->version);
		if ((m->version = kb_strdup_printf("%llu.%llu", major, minor)) == NULL)
			goto oom;
	}
	if (m->version != NULL)
		m->service_pack = parse_service_pack(m->csd_version);
	return 0;
oom:
	rc = kb_errorf(err, KB_ENOMEM, "out of memory");
fail:
	machine_info_clear(m);
	return rc;
}

/* Append "what" to *problems ("a; b"). */
static int note_problem(char **problems, const char *what)
{
	char *n = kb_strdup_printf("%s%s%s", *problems != NULL ? *problems : "",
				   *problems != NULL ? "; " : "", what);

	if (n == NULL)
		return -1;
	free(*problems);
	*problems = n;
	return 0;
}

int machine_read_evidence(const struct evidence_set *ev, struct machine_info *m,
			  struct kb_error *err)
{
	struct kb_hive *system = NULL, *software = NULL;
	char *problems = NULL;
	size_t i;
	int rc;

	for (i = 0; i < ev->n; i++) {
		struct kb_error e = { "" };
		struct kb_hive *h = NULL;

		if (ev->files[i].kind != EVIDENCE_HIVE)
			continue;
		if (hive_open(ev->files[i].path, &h, &e) != 0) {
			if (note_problem(&problems, e.msg) != 0)
				goto oom;
			continue;
		}
		if (system == NULL && strcmp(hive_kind(h), "SYSTEM") == 0)
			system = h;
		else if (software == NULL && strcmp(hive_kind(h), "SOFTWARE") == 0)
			software = h;
		else
			hive_close(h);
	}
	if ((rc = machine_read(system, software, m, err)) != 0)
		goto out;
	m->problems = problems;
	problems = NULL;
	if ((system != NULL && (m->system_hive = strdup(hive_path(system))) == NULL) ||
	    (software != NULL && (m->software_hive = strdup(hive_path(software))) == NULL)) {
		machine_info_clear(m);
		goto oom;
	}
	goto out;
oom:
	rc = kb_errorf(err, KB_ENOMEM, "out of memory");
out:
	free(problems);
	if (system != NULL)
		hive_close(system);
	if (software != NULL)
		hive_close(software);
	return rc;
}

int machine_version_known(const struct machine_info *m)
{
	return m != NULL && m->version != NULL;
}

const char *machine_role(const struct machine_info *m)
{
	if (m == NULL || m->product_type == NULL)
		return NULL;
	if (strcasecmp(m->product_type, "WinNT") == 0)
		return "workstation";
	if (strcasecmp(m->product_type, "LanmanNT") == 0)
		return "domain-controller";
	if (strcasecmp(m->product_type, "ServerNT") == 0)
		return "server";
	return NULL;
}

static int has_suite(const struct machine_info *m, const char *name)
{
	size_t i;

	for (i = 0; i < m->n_product_suite; i++)
		if (strcasecmp(m->product_suite[i], name) == 0)
			return 1;
	return 0;
}

void machine_describe(const struct machine_info *m, char *buf, size_t size)
{
	const char *role = machine_role(m);
	size_t used;

	if (!machine_version_known(m)) {
		snprintf(buf, size, "unknown Windows version (%s)",
			 m != NULL && m->have_software ? "CurrentVersion is not in the SOFTWARE hive"
						       : "no SOFTWARE hive");
		return;
	}
	if (m->product_name != NULL) {
		snprintf(buf, size, "%s %s", m->product_name, m->version);
	} else {
		/* NT 4.0 and older name no product: say it from the type
		 * and suite, the way the articles name them. */
		snprintf(buf, size, "Windows NT %s %s%s",
			 role == NULL ? "" : strcmp(role, "workstation") == 0 ? "Workstation" : "Server",
			 m->version,
			 has_suite(m, "Enterprise") ? ", Enterprise Edition" : "");
	}
	used = strlen(buf);
	if (m->build != NULL || m->csd_version != NULL)
		snprintf(buf + used, size - used, " (%s%s%s%s)",
			 m->build != NULL ? "build " : "", m->build != NULL ? m->build : "",
			 m->build != NULL && m->csd_version != NULL ? ", " : "",
			 m->csd_version != NULL ? m->csd_version : "");
}

void machine_summary(const struct machine_info *m, char *buf, size_t size)
{
	char sys[256], when[64];
	size_t used;

	buf[0] = '\0';
	if (!m->have_system && !m->have_software)
		return;
	machine_describe(m, sys, sizeof sys);
	snprintf(buf, size, "%s%s%s", m->computer_name != NULL ? m->computer_name : "",
		 m->computer_name != NULL ? ", " : "", sys);
	used = strlen(buf);
	if (m->time_zone != NULL && used < size)
		used += (size_t)snprintf(buf + used, size - used, "; time zone %s", m->time_zone);
	if (m->have_bias && used < size) {
		int off = -m->bias_minutes;
		used += (size_t)snprintf(buf + used, size - used, "%sUTC%c%02d:%02d%s",
					 m->time_zone != NULL ? " (" : "; time zone ",
					 off < 0 ? '-' : '+', abs(off) / 60, abs(off) % 60,
					 m->time_zone != NULL ? ")" : "");
	}
	if (m->shutdown_time != 0 && used < size) {
		machine_format_time(m, m->shutdown_time, when, sizeof when);
		snprintf(buf + used, size - used, "; last shut down %s", when);
	}
}

/* When a rule's change happens in year y, as seconds since 1970 in the
 * local clock it is given in (the clock before the change). */
static int64_t rule_local_time(const struct machine_tz_rule *r, int y)
{
	char iso[48];
	int64_t first, next;
	int dow1, day, days;

	snprintf(iso, sizeof iso, "%04d-%02d-01T00:00:00", y, r->month);
	first = kb_iso_to_unix(iso);
	snprintf(iso, sizeof iso, "%04d-%02d-01T00:00:00", r->month == 12 ? y + 1 : y,
		 r->month == 12 ? 1 : r->month + 1);
	next = kb_iso_to_unix(iso);
	days = (int)((next - first) / 86400);
	/* 1970-01-01 was a Thursday (4). */
	dow1 = (int)(((first / 86400) % 7 + 7 + 4) % 7);
	day = 1 + (r->day_of_week - dow1 + 7) % 7 + (r->week - 1) * 7;
	while (day > days)
		day -= 7;
	return first + (int64_t)(day - 1) * 86400 + r->hour * 3600 + r->minute * 60;
}

int machine_utc_offset_at(const struct machine_info *m, int64_t t, int *known)
{
	int64_t dst_on, dst_off;
	time_t local;
	struct tm tm;
	int std_bias, dlt_bias, in_dst;

	if (known != NULL)
		*known = m != NULL && (m->have_bias || m->have_dst);
	if (m == NULL || !m->have_dst)
		return m != NULL && m->have_bias ? -m->bias_minutes : 0;
	std_bias = m->base_bias_minutes + m->standard_bias_minutes;
	dlt_bias = m->base_bias_minutes + m->daylight_bias_minutes;
	local = (time_t)(t - (int64_t)std_bias * 60);
	if (gmtime_r(&local, &tm) == NULL)
		return -std_bias;
	/* Daylight time begins at a standard-time clock reading and ends at
	 * a daylight-time one (UTC = local + bias). */
	dst_on = rule_local_time(&m->daylight_start, tm.tm_year + 1900) + (int64_t)std_bias * 60;
	dst_off = rule_local_time(&m->standard_start, tm.tm_year + 1900) + (int64_t)dlt_bias * 60;
	in_dst = dst_on < dst_off ? t >= dst_on && t < dst_off : t >= dst_on || t < dst_off;
	return -(in_dst ? dlt_bias : std_bias);
}

/* The machine's wall clock at unix_time ("2002-06-10 11:02:40") and its
 * offset ("UTC-08:00"); 0, or -1 when the time cannot be shown.  Without
 * a bias the clock is UTC and offset is "". */
static int machine_clock(const struct machine_info *m, int64_t unix_time,
			 char *when, size_t when_size, char *offset, size_t offset_size)
{
	int known, minutes = machine_utc_offset_at(m, unix_time, &known);
	time_t t = (time_t)(unix_time + (int64_t)minutes * 60);
	struct tm tm;

	if (unix_time == 0 || gmtime_r(&t, &tm) == NULL ||
	    strftime(when, when_size, "%Y-%m-%d %H:%M:%S", &tm) == 0)
		return -1;
	if (!known)
		snprintf(offset, offset_size, "%s", "");
	else
		snprintf(offset, offset_size, "UTC%c%02d:%02d", minutes < 0 ? '-' : '+',
			 abs(minutes) / 60, abs(minutes) % 60);
	return 0;
}

void machine_format_time(const struct machine_info *m, int64_t unix_time,
			 char *buf, size_t size)
{
	char when[32], offset[16];

	if (machine_clock(m, unix_time, when, sizeof when, offset, sizeof offset) != 0)
		snprintf(buf, size, "time unknown");
	else if (offset[0] == '\0')
		snprintf(buf, size, "%s UTC", when);
	else
		snprintf(buf, size, "%s (%s)", when, offset);
}

/* UTC with the machine's clock beside it: ISO 8601 for reports (iso),
 * else as console text says it. */
static void format_utc_and_machine(const struct machine_info *m, int64_t unix_time, int iso,
				   char *buf, size_t size)
{
	char utc[32], when[32], offset[16];

	if (machine_clock(NULL, unix_time, utc, sizeof utc, offset, sizeof offset) != 0) {
		snprintf(buf, size, "time unknown");
		return;
	}
	if (iso)
		utc[10] = 'T';
	machine_clock(m, unix_time, when, sizeof when, offset, sizeof offset);
	if (offset[0] == '\0')
		snprintf(buf, size, iso ? "%sZ (machine's time zone unknown)" : "%s UTC", utc);
	else
		snprintf(buf, size, iso ? "%sZ (machine: %s %s)" : "%s UTC (machine: %s %s)",
			 utc, when, offset);
}

void machine_format_time_utc(const struct machine_info *m, int64_t unix_time,
			     char *buf, size_t size)
{
	format_utc_and_machine(m, unix_time, 1, buf, size);
}

void machine_format_time_text(const struct machine_info *m, int64_t unix_time,
			      char *buf, size_t size)
{
	format_utc_and_machine(m, unix_time, 0, buf, size);
}

/* "6.1" -> 6001, "3.51" -> 3051, "4" -> 4000: comparable numbers. */
static long version_key(const char *s, size_t len)
{
	long major = 0, minor = 0;
	size_t i = 0;

	for (; i < len && s[i] >= '0' && s[i] <= '9'; i++)
		major = major * 10 + (s[i] - '0');
	if (i < len && s[i] == '.')
		for (i++; i < len && s[i] >= '0' && s[i] <= '9'; i++)
			minor = minor * 10 + (s[i] - '0');
	return major * 1000 + minor;
}

int machine_version_in_range(const char *v, const char *range)
{
	long have = version_key(v, strlen(v));
	size_t len = strlen(range);
	const char *dash = strchr(range, '-');

	if (len > 0 && range[len - 1] == '+')
		return have >= version_key(range, len - 1);
	if (dash != NULL)
		return have >= version_key(range, (size_t)(dash - range)) &&
		       have <= version_key(dash + 1, strlen(dash + 1));
	return have == version_key(range, len);
}

static int edition_fits(const struct machine_info *m, const char *edition)
{
	/* Unknown edition (no ProductOptions, no name): not a reason to
	 * refuse. */
	if (m->product_type == NULL && m->n_product_suite == 0 && m->edition_id == NULL &&
	    m->product_name == NULL)
		return 1;
	return has_suite(m, edition) ||
	       (m->edition_id != NULL && kb_ci_contains(m->edition_id, edition)) ||
	       (m->product_name != NULL && kb_ci_contains(m->product_name, edition));
}

static int role_fits(const struct machine_info *m, const char *want)
{
	const char *role = machine_role(m);

	if (role == NULL || want == NULL)
		return 1;
	if (strcmp(want, "server") == 0)
		return strcmp(role, "workstation") != 0;
	return strcmp(role, want) == 0;
}

static int product_fits(const struct machine_info *m, const struct rule_product *p)
{
	size_t i;
	int version_ok = 0;
	char sp[16];

	for (i = 0; i < p->n_windows && !version_ok; i++)
		version_ok = machine_version_in_range(m->version, p->windows[i]);
	if (!version_ok || !role_fits(m, p->role))
		return 0;
	if (p->edition != NULL && !edition_fits(m, p->edition))
		return 0;
	if (p->n_service_packs == 0 || m->service_pack < 0)
		return 1;
	snprintf(sp, sizeof sp, "%d", m->service_pack);
	for (i = 0; i < p->n_service_packs; i++)
		if (machine_version_in_range(sp, p->service_packs[i]))
			return 1;
	return 0;
}

void machine_rule_products_text(const struct rule *r, char *buf, size_t size)
{
	size_t i, j, used = 0;

	buf[0] = '\0';
	for (i = 0; i < r->n_products && used < size; i++) {
		const struct rule_product *p = &r->products[i];
		if (p->n_windows == 0)
			continue;
		used += (size_t)snprintf(buf + used, size - used, "%s%s", used ? " or " : "", p->name);
		/* As the articles write them: "... version 4.0" or
		 * "... versions 4.0, 4.0 SP4". */
		for (j = 0; j < p->n_versions && used < size; j++)
			used += (size_t)snprintf(buf + used, size - used, "%s%s",
						 j > 0 ? ", " : p->n_versions > 1 ? " versions " : " ",
						 p->versions[j]);
	}
}

int machine_rule_fits(const struct machine_info *m, const struct rule *r,
		      char *reason, size_t size)
{
	char wanted[512], have[256];
	size_t i;
	int constrained = 0;

	if (size > 0)
		reason[0] = '\0';
	if (!machine_version_known(m))
		return 1;
	for (i = 0; i < r->n_products; i++) {
		if (r->products[i].n_windows == 0)
			continue;
		constrained = 1;
		if (product_fits(m, &r->products[i]))
			return 1;
	}
	if (!constrained)
		return 1;
	machine_rule_products_text(r, wanted, sizeof wanted);
	machine_describe(m, have, sizeof have);
	snprintf(reason, size, "written for %s; this machine runs %s", wanted, have);
	return 0;
}
