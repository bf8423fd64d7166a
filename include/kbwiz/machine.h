/* machine.h: who the examined machine is, read from its hives, and whether
 * a rule's products fit it.
 *
 * Everything is read offline: the computer name, product type and suite,
 * time zone and last shutdown from SYSTEM (through CurrentControlSet), the
 * Windows version from SOFTWARE\Microsoft\Windows NT\CurrentVersion.  Any
 * part may be missing (no SOFTWARE hive, an old version without the
 * value): the fields stay NULL or "unknown" and the text says so. */
#ifndef KBWIZ_MACHINE_H
#define KBWIZ_MACHINE_H

#include <stddef.h>
#include <stdint.h>

#include "kbwiz/error.h"
#include "kbwiz/hive.h"
#include "kbwiz/rule.h"

struct machine_info {
	char *computer_name;     /* Control\ComputerName\ComputerName */
	/* SOFTWARE\Microsoft\Windows NT\CurrentVersion */
	char *product_name;      /* "Windows 7 Professional"; NT 4.0 has none */
	char *version;           /* "4.0", "6.1"; "10.0" from the major and
				    minor numbers where Windows keeps them */
	char *build;             /* CurrentBuildNumber (or CurrentBuild) */
	char *csd_version;       /* "Service Pack 6" */
	int service_pack;        /* from csd_version; 0 none, -1 unknown */
	char *edition_id;        /* "Professional", "ServerEnterprise" */
	/* SYSTEM\CurrentControlSet\Control\ProductOptions */
	char *product_type;      /* "WinNT", "ServerNT", "LanmanNT" */
	char **product_suite;    /* "Enterprise", "Terminal Server", ... */
	size_t n_product_suite;
	/* SYSTEM\CurrentControlSet\Control\TimeZoneInformation */
	char *time_zone;         /* TimeZoneKeyName or StandardName */
	int have_bias;
	int bias_minutes;        /* ActiveTimeBias (else Bias): UTC = local + bias */
	/* The daylight saving rules (TIME_ZONE_INFORMATION's StandardStart,
	   DaylightStart, StandardBias, DaylightBias, Bias).  With them a
	   time is shown with the offset in force then, not the one in force
	   when the hive was last written (ActiveTimeBias). */
	int have_dst;
	int base_bias_minutes, standard_bias_minutes, daylight_bias_minutes;
	struct machine_tz_rule {
		int month;           /* 1-12 */
		int day_of_week;     /* 0 Sunday */
		int week;            /* 1-4, 5 the last in the month */
		int hour, minute;    /* local time of the change */
	} standard_start, daylight_start;
	/* SYSTEM\CurrentControlSet\Control\Windows\ShutdownTime (a FILETIME) */
	int64_t shutdown_time;   /* Unix seconds, 0 when unknown */
	int have_system, have_software;   /* which hives were read */
	/* SOFTWARE\Microsoft\Windows NT\CurrentVersion\SystemRoot */
	char *system_root;       /* "C:\\Windows" */
	/* SYSTEM\Select: Current, Default, LastKnownGood, Failed; 0 when
	   absent (control sets are numbered from 1) */
	int current_set, default_set, last_known_good_set, failed_set;
	/* machine_read_evidence only: the files read, and the hives that
	   could not be opened with why ("a; b"), or NULL */
	char *system_hive, *software_hive;
	char *problems;
};

void machine_info_clear(struct machine_info *m);

/* Fill m from the hives given (either may be NULL).  m need not be
 * initialised.  Missing values are not errors; only running out of
 * memory is. */
int machine_read(struct kb_hive *system, struct kb_hive *software,
		 struct machine_info *m, struct kb_error *err);

struct evidence_set;

/* The same from the first SYSTEM and SOFTWARE hives of an evidence set
 * (opened and closed here): for showing the machine before the registry
 * checks run.  Hives that cannot be opened are skipped. */
int machine_read_evidence(const struct evidence_set *ev, struct machine_info *m,
			  struct kb_error *err);

/* The Windows version is known (a SOFTWARE hive gave CurrentVersion). */
int machine_version_known(const struct machine_info *m);

/* "workstation", "server", "domain-controller", or NULL when unknown. */
const char *machine_role(const struct machine_info *m);

/* One line naming the system, e.g. "Windows 7 Professional 6.1 (build
 * 7601, Service Pack 1)" or "Windows NT Server 4.0, Enterprise Edition
 * (build 1381, Service Pack 6)"; "unknown Windows version (no SOFTWARE
 * hive)" when it cannot tell. */
void machine_describe(const struct machine_info *m, char *buf, size_t size);

/* One line for the case: "NODE1, <machine_describe>; time zone Pacific
 * Standard Time (UTC-08:00); last shut down 2002-06-10 11:02:40
 * (UTC-08:00)"; "" when no hive was read. */
void machine_summary(const struct machine_info *m, char *buf, size_t size);

/* The machine's offset from UTC in minutes (local - UTC) at unix_time:
 * its daylight saving rules when the hive gives them, else its
 * ActiveTimeBias (or Bias); 0 when unknown (*known 0, may be NULL). */
int machine_utc_offset_at(const struct machine_info *m, int64_t unix_time, int *known);

/* A time in the machine's zone, with the offset:
 * "2026-11-30 20:15:00 (UTC+01:00)"; in UTC ("... UTC") when the zone is
 * unknown.  "time unknown" for 0. */
void machine_format_time(const struct machine_info *m, int64_t unix_time,
			 char *buf, size_t size);

/* A time as UTC with the machine's own clock beside it, for reports and
 * timelines: "2002-06-10T19:02:40Z (machine: 2002-06-10 11:02:40
 * UTC-08:00)", or "2002-06-10T19:02:40Z (machine's time zone unknown)"
 * when no SYSTEM hive gave its bias (m may be NULL).  "time unknown" for
 * 0. */
void machine_format_time_utc(const struct machine_info *m, int64_t unix_time,
			     char *buf, size_t size);

/* A time of the examined machine's evidence in console text, the one
 * form `kbwiz diagnose` prints: UTC, with the machine's own clock beside
 * it when its zone is known: "2002-06-11 10:15:42 UTC (machine:
 * 2002-06-11 02:15:42 UTC-08:00)"; "2002-06-11 10:15:42 UTC" when not
 * (m may be NULL).  "time unknown" for 0. */
void machine_format_time_text(const struct machine_info *m, int64_t unix_time,
			      char *buf, size_t size);

/* Does the rule's `products` cover this machine?  Returns 1 (yes, or the
 * rule names no Windows product, or the version is unknown), 0 (no:
 * reason says "written for ...; this machine runs ..."). */
int machine_rule_fits(const struct machine_info *m, const struct rule *r,
		      char *reason, size_t size);

/* The products a rule was written for, in words: "Windows NT Server,
 * Enterprise Edition 4.0 or Windows 2000 Advanced Server". */
void machine_rule_products_text(const struct rule *r, char *buf, size_t size);

/* Versions "X", "X-Y", "X+" as used by rule products (rule.h); 1 when v
 * (a "major.minor" or plain number) lies in the range. */
int machine_version_in_range(const char *v, const char *range);

struct json_t;   /* jansson's */

/* The machine as the "machine" object of docs/diagnose-json.md (a new
 * reference), and back (m need not be initialised; unknown fields stay
 * unknown).  machine_from_json returns 0 or KB_ENOMEM. */
struct json_t *machine_to_json(const struct machine_info *m);
int machine_from_json(struct json_t *o, struct machine_info *m,
		      struct kb_error *err);

#endif
