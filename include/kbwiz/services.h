/* services.h: the services and drivers a SYSTEM hive configures, as the
 * Service Control Manager would read them at boot.
 *
 * Every subkey of <current control set>\Services is one entry, whatever
 * it holds (Windows keeps parameter-only keys there too: they show with
 * no type).  Values are read as the SCM reads them: Type and Start are
 * DWORDs, ImagePath is expanded the way the loader expands it, and the
 * dependencies are DependOnService (services) and DependOnGroup (load
 * order groups, named in Control\ServiceGroupOrder\List or in some
 * service's Group).  With a volume root, each image file is looked up on
 * the volume ignoring case, as NTFS would.  Text in the model comes from
 * the hive: untrusted, sanitize before display. */
#ifndef KBWIZ_SERVICES_H
#define KBWIZ_SERVICES_H

#include <stddef.h>
#include <stdint.h>

#include "kbwiz/error.h"
#include "kbwiz/hive.h"

/* Start values (winnt.h SERVICE_*_START). */
enum svc_start {
	SVC_START_BOOT = 0,
	SVC_START_SYSTEM = 1,
	SVC_START_AUTO = 2,
	SVC_START_DEMAND = 3,
	SVC_START_DISABLED = 4,
};

/* Type bits (winnt.h SERVICE_*). */
#define SVC_TYPE_KERNEL_DRIVER       0x001u
#define SVC_TYPE_FILE_SYSTEM_DRIVER  0x002u
#define SVC_TYPE_ADAPTER             0x004u
#define SVC_TYPE_RECOGNIZER_DRIVER   0x008u
#define SVC_TYPE_OWN_PROCESS         0x010u
#define SVC_TYPE_SHARE_PROCESS       0x020u
#define SVC_TYPE_INTERACTIVE         0x100u

/* Whether a file was found on the volume. */
enum svc_file_state {
	SVC_FILE_UNKNOWN = 0,   /* no volume given, or on another drive */
	SVC_FILE_PRESENT,
	SVC_FILE_MISSING,
};

/* One entry of DependOnService or DependOnGroup. */
struct svc_dep {
	char *name;
	int is_group;           /* from DependOnGroup */
	int exists;             /* the service key is there; a group: listed
				   in ServiceGroupOrder or some service's Group */
	int disabled;           /* a service whose Start is disabled */
	long index;             /* the service in svc_model.services, or -1 */
};

/* An image path taken apart. */
struct svc_image {
	char *raw;              /* as stored; NULL when the value is absent */
	char *path;             /* expanded file ("C:\WINNT\system32\x.sys",
				   or "%SystemRoot%\..." with no volume), or
				   NULL when there is none */
	char *args;             /* what follows the file ("-k netsvcs"), or "" */
	int defaulted;          /* no ImagePath: the default driver path */
	enum svc_file_state file;
	char *found;            /* the file on the volume (local path) */
};

struct svc_service {
	char *name;             /* the key name */
	char *display_name;     /* NULL when absent */
	int has_type;
	uint32_t type;
	int has_start;
	uint32_t start;
	int delayed_auto;       /* DelayedAutostart is non-zero (Vista+) */
	struct svc_image image;
	struct svc_image service_dll;   /* Parameters\ServiceDll (shared
					   services); raw NULL when absent */
	char *object_name;      /* the logon account, NULL when absent */
	char *group;            /* NULL when absent */
	int has_error_control;
	uint32_t error_control;
	struct svc_dep *deps;   /* services first, then groups, as stored */
	size_t n_deps;
	int64_t last_write;     /* seconds since 1970 UTC, 0 unknown */
	char *damaged;          /* values that could not be decoded, in
				   words, or NULL */
};

struct svc_model {
	char *hive_path;
	char control_set[16];   /* "ControlSet001" */
	char *root;             /* the volume searched, or NULL */
	char *windows_dir;      /* "C:\WINNT" when a volume was given, else
				   "%SystemRoot%" */
	struct svc_service *services;   /* by name, ignoring case */
	size_t n;
	char **group_order;     /* ServiceGroupOrder\List */
	size_t n_group_order;
};

/* Read every service of the current control set of h (a SYSTEM hive).
 * root (may be NULL) is the mounted system volume the hive belongs to,
 * where image files are looked for.  Fails naming the file when h has no
 * Select\Current or no Services key, or when the hive is damaged there;
 * damaged values of one service are noted in its damaged field. */
int svc_model_load(struct kb_hive *h, const char *root,
		   struct svc_model **out, struct kb_error *err);
void svc_model_free(struct svc_model *m);
/* The same for the control set Select\<which> names ("Current",
 * "Default", "LastKnownGood", "Failed"); KB_ENOTFOUND when that value is
 * missing or 0. */
int svc_model_load_set(struct kb_hive *h, const char *root, const char *which,
		       struct svc_model **out, struct kb_error *err);

/* The service named name (ignoring case), or NULL. */
const struct svc_service *svc_find(const struct svc_model *m,
				   const char *name);
long svc_index(const struct svc_model *m, const char *name);

/* "boot", "system", "automatic", "manual", "disabled"; "automatic
 * (delayed)" with delayed set; "" for no value, "unknown" otherwise. */
const char *svc_start_name(const struct svc_service *s);
/* "driver", "service" or "" (no Type: a key that configures nothing). */
const char *svc_kind_name(const struct svc_service *s);
/* The type in words: "kernel driver", "file system driver", "own
 * process", "shared process", "own process, interactive",
 * "0x00000400" for what is none of these; "" when absent. */
void svc_type_text(const struct svc_service *s, char *buf, size_t size);
/* "ignore", "normal", "severe", "critical", or the number. */
void svc_error_control_text(const struct svc_service *s, char *buf,
			    size_t size);
/* Whether group is a known load order group (listed or used). */
int svc_group_exists(const struct svc_model *m, const char *group);

/* Take an ImagePath apart and expand it (exported for tests and the
 * service doctor): windows_dir replaces %SystemRoot%, %windir% and
 * \SystemRoot\, a path with no drive is under windows_dir, "\??\" is
 * dropped; quoted paths end at the quote, unquoted ones at the first
 * ".exe"/".sys"/".dll" followed by a blank (or, with root, at the first
 * blank where the file exists, as CreateProcess tries them).  With root,
 * a path on C: (or under windows_dir) is looked up there. */
int svc_image_parse(const char *raw, const char *windows_dir,
		    const char *root, struct svc_image *out,
		    struct kb_error *err);
void svc_image_clear(struct svc_image *img);

/* One line of a dependency tree. */
struct svc_dep_line {
	const char *name;       /* borrowed from the model */
	int depth;              /* 0: the service asked for */
	int is_group;
	int missing;            /* no such service, or a group nothing is in */
	int disabled;           /* a disabled service */
	int cycle;              /* already above on this branch: not expanded */
	int shown_above;        /* expanded earlier in the tree: not again */
	long index;             /* the service, or -1 */
};

/* The dependency tree of service name, depth first: what it needs
 * (reverse 0: DependOnService, and DependOnGroup through the group's
 * members) or what needs it (reverse 1: services naming it, or a group it
 * is in).  Lines are malloc'd (free()); KB_ENOTFOUND when no such
 * service. */
int svc_dep_tree(const struct svc_model *m, const char *name, int reverse,
		 struct svc_dep_line **out, size_t *n_out,
		 struct kb_error *err);

/* ---- in words (services_text.c) ---- */
struct kb_buf;

/* The start type in at most 12 columns: "auto-delayed", "auto",
 * "manual", ...; "-" when absent. */
const char *svc_start_short(const struct svc_service *s);

/* "present", "missing", "unknown". */
const char *svc_file_state_name(enum svc_file_state f);

/* What is wrong with s that the model shows, "; "-separated ("image
 * file missing; needs missing Srv2; needs disabled MRxSmb; damaged:
 * ..."); nothing appended when nothing is. */
void svc_problems_text(const struct svc_service *s, struct kb_buf *b);

/* Every field of s as a label and a value (NULL or "" when absent), in
 * the order a detail view shows them; labels starting with blanks
 * belong to the field above.  0 or KB_ENOMEM. */
typedef void (*svc_field_fn)(void *ctx, const char *label, const char *value);
int svc_describe(const struct svc_model *m, const struct svc_service *s,
		 svc_field_fn fn, void *ctx);

/* One line of a dependency tree, indented by depth, with its flags
 * ("  MISSING", "  DISABLED", "(cycle)", "(see above)"). */
void svc_dep_line_text(const struct svc_model *m, const struct svc_dep_line *l,
		       struct kb_buf *b);

#endif
