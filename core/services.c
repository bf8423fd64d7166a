/* services.c: the services model of a SYSTEM hive (services.h). */
#include "kbwiz/services.h"

#include <ctype.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "kbwiz/evidence.h"
#include "kbwiz/rule.h"
#include "kbwiz/strbuf.h"
#include "kbwiz/strutil.h"

#define LOCAL_PATH_MAX 4096

static int starts_ci(const char *s, const char *prefix)
{
	return strncasecmp(s, prefix, strlen(prefix)) == 0;
}

/* ---- image paths ---- */

void svc_image_clear(struct svc_image *img)
{
	if (img == NULL)
		return;
	free(img->raw);
	free(img->path);
	free(img->args);
	free(img->found);
	memset(img, 0, sizeof *img);
}

/* Replace the environment variables the boot-time loader and the SCM
 * know without a user profile.  Others are left as they are. */
static void expand_vars(struct kb_buf *b, const char *s, const char *windows_dir)
{
	static const char *const names[][2] = {
		{ "%SystemRoot%", NULL }, { "%windir%", NULL },
		{ "%SystemDrive%", "C:" }, { "%ProgramFiles%", "C:\\Program Files" },
		{ "%ProgramFiles(x86)%", "C:\\Program Files (x86)" },
		{ "%ProgramData%", "C:\\ProgramData" },
	};
	size_t i;

	while (*s != '\0') {
		int done = 0;
		if (*s == '%') {
			for (i = 0; i < sizeof names / sizeof names[0] && !done; i++) {
				if (starts_ci(s, names[i][0])) {
					kb_buf_puts(b, names[i][1] != NULL ? names[i][1] : windows_dir);
					s += strlen(names[i][0]);
					done = 1;
				}
			}
		}
		if (!done)
			kb_buf_putc(b, *s++);
	}
}

/* The expanded file path for p (already variable-expanded): NT prefixes
 * dropped, \SystemRoot\ and relative paths put under windows_dir. */
static char *absolute_path(const char *p, const char *windows_dir)
{
	if (strncmp(p, "\\??\\", 4) == 0)
		p += 4;
	if (starts_ci(p, "\\SystemRoot\\"))
		return kb_strdup_printf("%s\\%s", windows_dir, p + 12);
	if (starts_ci(p, "SystemRoot\\"))
		return kb_strdup_printf("%s\\%s", windows_dir, p + 11);
	if ((isalpha((unsigned char)p[0]) && p[1] == ':') || p[0] == '\\' || p[0] == '%')
		return kb_strdup(p);
	return kb_strdup_printf("%s\\%s", windows_dir, p);
}

/* Where a Windows path is on the volume: local path in out, 0; -1 when
 * it is not on the volume (another drive) or no volume. */
static int local_rel(const char *path, const char *windows_dir, const char *root,
		     char *rel, size_t size)
{
	size_t n = strlen(windows_dir), i;
	const char *rest;

	if (root == NULL)
		return -1;
	if (strncasecmp(path, windows_dir, n) == 0 && path[n] == '\\' && n > 3) {
		/* windows_dir is "C:\NAME": the volume's own spelling of it */
		rest = path + 3;
	} else if (starts_ci(path, "C:\\")) {
		rest = path + 3;
	} else {
		return -1;
	}
	if (strlen(rest) + 1 > size || *rest == '\0')
		return -1;
	for (i = 0; rest[i] != '\0'; i++)
		rel[i] = rest[i] == '\\' ? '/' : rest[i];
	rel[i] = '\0';
	return 0;
}

/* Look path up on the volume; sets file and found. */
static int look_up(struct svc_image *img, const char *windows_dir, const char *root)
{
	char rel[LOCAL_PATH_MAX], local[LOCAL_PATH_MAX];

	if (local_rel(img->path, windows_dir, root, rel, sizeof rel) != 0) {
		img->file = SVC_FILE_UNKNOWN;
		return 0;
	}
	if (evidence_path_ci(root, rel, local, sizeof local) == 0) {
		img->file = SVC_FILE_PRESENT;
		img->found = kb_strdup(local);
		return img->found != NULL ? 0 : KB_ENOMEM;
	}
	img->file = SVC_FILE_MISSING;
	return 0;
}

static int ends_image(const char *s, size_t n)
{
	static const char *const ext[] = { ".exe", ".sys", ".dll" };
	size_t i;

	for (i = 0; i < sizeof ext / sizeof ext[0]; i++)
		if (n >= 4 && strncasecmp(s + n - 4, ext[i], 4) == 0)
			return 1;
	return 0;
}

static int set_split(struct svc_image *img, const char *s, size_t n,
		     const char *windows_dir)
{
	char *file = kb_strndup(s, n);
	const char *args = s + n;

	while (*args == ' ' || *args == '\t')
		args++;
	free(img->path);
	free(img->args);
	img->path = file != NULL ? absolute_path(file, windows_dir) : NULL;
	img->args = kb_strdup(args);
	free(file);
	return img->path != NULL && img->args != NULL ? 0 : KB_ENOMEM;
}

int svc_image_parse(const char *raw, const char *windows_dir,
		    const char *root, struct svc_image *out,
		    struct kb_error *err)
{
	struct kb_buf b = { 0 };
	const char *s;
	size_t i, n;
	int rc = 0;

	memset(out, 0, sizeof *out);
	if (raw == NULL || windows_dir == NULL)
		return kb_errorf(err, KB_EINVAL, "svc_image_parse: nothing given");
	out->raw = kb_strdup(raw);
	expand_vars(&b, raw, windows_dir);
	if (b.oom || out->raw == NULL) {
		rc = KB_ENOMEM;
		goto out;
	}
	s = b.p != NULL ? b.p : "";
	while (*s == ' ' || *s == '\t')
		s++;
	if (*s == '\0') {
		out->args = kb_strdup("");
		rc = out->args != NULL ? 0 : KB_ENOMEM;
		goto out;
	}
	if (*s == '"') {
		const char *q = strchr(s + 1, '"');
		n = q != NULL ? (size_t)(q - s - 1) : strlen(s + 1);
		rc = set_split(out, s + 1, n, windows_dir);
		if (rc == 0 && q != NULL) {
			free(out->args);
			q++;
			while (*q == ' ' || *q == '\t')
				q++;
			out->args = kb_strdup(q);
			rc = out->args != NULL ? 0 : KB_ENOMEM;
		}
		if (rc == 0)
			rc = look_up(out, windows_dir, root);
		goto out;
	}
	/* Unquoted: CreateProcess tries each prefix ending at a blank. */
	if (root != NULL) {
		for (i = 0;; i++) {
			if (s[i] != ' ' && s[i] != '\0')
				continue;
			if ((rc = set_split(out, s, i, windows_dir)) != 0 ||
			    (rc = look_up(out, windows_dir, root)) != 0)
				goto out;
			if (out->file == SVC_FILE_PRESENT || s[i] == '\0')
				break;
			free(out->found);
			out->found = NULL;
		}
		if (out->file == SVC_FILE_PRESENT)
			goto out;
	}
	n = strlen(s);
	for (i = 0; s[i] != '\0'; i++) {
		if ((s[i + 1] == ' ' || s[i + 1] == '\t') && ends_image(s, i + 1)) {
			n = i + 1;
			break;
		}
	}
	rc = set_split(out, s, n, windows_dir);
	if (rc == 0)
		rc = look_up(out, windows_dir, root);
out:
	kb_buf_free(&b);
	if (rc != 0) {
		svc_image_clear(out);
		return kb_errorf(err, rc, "out of memory");
	}
	return 0;
}

/* ---- names ---- */

const char *svc_start_name(const struct svc_service *s)
{
	if (!s->has_start)
		return "";
	switch (s->start) {
	case SVC_START_BOOT: return "boot";
	case SVC_START_SYSTEM: return "system";
	case SVC_START_AUTO: return s->delayed_auto ? "automatic (delayed)" : "automatic";
	case SVC_START_DEMAND: return "manual";
	case SVC_START_DISABLED: return "disabled";
	}
	return "unknown";
}

const char *svc_kind_name(const struct svc_service *s)
{
	if (!s->has_type)
		return "";
	if (s->type & (SVC_TYPE_KERNEL_DRIVER | SVC_TYPE_FILE_SYSTEM_DRIVER |
		       SVC_TYPE_RECOGNIZER_DRIVER))
		return "driver";
	if (s->type & (SVC_TYPE_OWN_PROCESS | SVC_TYPE_SHARE_PROCESS))
		return "service";
	return "other";
}

void svc_type_text(const struct svc_service *s, char *buf, size_t size)
{
	uint32_t t = s->type;
	const char *what = NULL;

	if (!s->has_type) {
		snprintf(buf, size, "%s", "");
		return;
	}
	if (t == SVC_TYPE_KERNEL_DRIVER)
		what = "kernel driver";
	else if (t == SVC_TYPE_FILE_SYSTEM_DRIVER)
		what = "file system driver";
	else if (t == SVC_TYPE_RECOGNIZER_DRIVER)
		what = "recognizer driver";
	else if (t == SVC_TYPE_ADAPTER)
		what = "adapter";
	else if ((t & ~SVC_TYPE_INTERACTIVE) == SVC_TYPE_OWN_PROCESS)
		what = "own process";
	else if ((t & ~SVC_TYPE_INTERACTIVE) == SVC_TYPE_SHARE_PROCESS)
		what = "shared process";
	else if ((t & ~SVC_TYPE_INTERACTIVE) == (SVC_TYPE_OWN_PROCESS | SVC_TYPE_SHARE_PROCESS))
		what = "own or shared process";
	if (what == NULL)
		snprintf(buf, size, "0x%08" PRIx32, t);
	else
		snprintf(buf, size, "%s%s", what,
			 (t & SVC_TYPE_INTERACTIVE) ? ", interactive" : "");
}

void svc_error_control_text(const struct svc_service *s, char *buf, size_t size)
{
	static const char *const names[] = { "ignore", "normal", "severe", "critical" };

	if (!s->has_error_control)
		snprintf(buf, size, "%s", "");
	else if (s->error_control < 4)
		snprintf(buf, size, "%s", names[s->error_control]);
	else
		snprintf(buf, size, "%" PRIu32, s->error_control);
}

/* ---- loading ---- */

static void service_free(struct svc_service *s)
{
	size_t i;

	free(s->name);
	free(s->display_name);
	svc_image_clear(&s->image);
	svc_image_clear(&s->service_dll);
	free(s->object_name);
	free(s->group);
	for (i = 0; i < s->n_deps; i++)
		free(s->deps[i].name);
	free(s->deps);
	free(s->damaged);
}

void svc_model_free(struct svc_model *m)
{
	size_t i;

	if (m == NULL)
		return;
	for (i = 0; i < m->n; i++)
		service_free(&m->services[i]);
	free(m->services);
	for (i = 0; i < m->n_group_order; i++)
		free(m->group_order[i]);
	free(m->group_order);
	free(m->hive_path);
	free(m->root);
	free(m->windows_dir);
	free(m);
}

/* A note for the damaged field: "Start: REG_SZ, not REG_DWORD". */
static int note_damage(struct svc_service *s, const char *value, const char *why)
{
	char *n = kb_strdup_printf("%s%s%s: %s", s->damaged != NULL ? s->damaged : "",
				   s->damaged != NULL ? "; " : "", value, why);

	if (n == NULL)
		return KB_ENOMEM;
	free(s->damaged);
	s->damaged = n;
	return 0;
}

/* Read a value of the wanted kind: 's' a string (SZ/EXPAND_SZ), 'n' a
 * DWORD, 'm' a multi-string.  0 with *v filled (v->type 0 and no entries
 * when absent); a wrong type or damage is noted, not an error. */
static int read_value(struct kb_hive *h, hive_key key, struct svc_service *s,
		      const char *name, int kind, struct hive_value *v,
		      struct kb_error *err)
{
	int rc = hive_key_value(h, key, name, v, err);
	int ok;

	if (rc == KB_ENOTFOUND)
		return 0;
	if (rc == KB_EFORMAT)
		return note_damage(s, name, "the values cannot be read");
	if (rc != 0)
		return rc;
	if (v->damaged) {
		rc = note_damage(s, name, v->why);
		hive_value_clear(v);
		return rc;
	}
	ok = kind == 's' ? (v->type == KB_REG_SZ || v->type == KB_REG_EXPAND_SZ) && v->n_entries > 0
	   : kind == 'n' ? v->type == KB_REG_DWORD && v->has_number
	   : v->type == KB_REG_MULTI_SZ ||
	     /* the SCM reads a REG_SZ dependency as a one-entry list */
	     ((v->type == KB_REG_SZ || v->type == KB_REG_EXPAND_SZ) && v->n_entries > 0);
	if (!ok) {
		char why[96];
		snprintf(why, sizeof why, "%s, not %s", kb_reg_type_name(v->type),
			 kind == 's' ? "a string" : kind == 'n' ? "REG_DWORD" : "REG_MULTI_SZ");
		hive_value_clear(v);
		return note_damage(s, name, why);
	}
	return 0;
}

static int read_string(struct kb_hive *h, hive_key key, struct svc_service *s,
		       const char *name, char **out, struct kb_error *err)
{
	struct hive_value v;
	int rc;

	memset(&v, 0, sizeof v);
	rc = read_value(h, key, s, name, 's', &v, err);
	if (rc == 0 && v.n_entries > 0) {
		*out = v.entries[0];
		v.entries[0] = kb_strdup("");
		if (v.entries[0] == NULL)
			rc = KB_ENOMEM;
	}
	hive_value_clear(&v);
	return rc;
}

static int read_dword(struct kb_hive *h, hive_key key, struct svc_service *s,
		      const char *name, int *has, uint32_t *out,
		      struct kb_error *err)
{
	struct hive_value v;
	int rc;

	memset(&v, 0, sizeof v);
	rc = read_value(h, key, s, name, 'n', &v, err);
	if (rc == 0 && v.has_number) {
		*has = 1;
		*out = (uint32_t)v.number;
	}
	hive_value_clear(&v);
	return rc;
}

static int add_deps(struct kb_hive *h, hive_key key, struct svc_service *s,
		    const char *name, int is_group, struct kb_error *err)
{
	struct hive_value v;
	size_t i;
	int rc;

	memset(&v, 0, sizeof v);
	rc = read_value(h, key, s, name, 'm', &v, err);
	for (i = 0; rc == 0 && i < v.n_entries; i++) {
		struct svc_dep *d;
		/* Windows marks a group in DependOnService with a leading '+'. */
		int grp = is_group || v.entries[i][0] == '+';
		const char *dn = v.entries[i] + (v.entries[i][0] == '+');

		if (*dn == '\0')
			continue;
		d = realloc(s->deps, (s->n_deps + 1) * sizeof *d);
		if (d == NULL) {
			rc = KB_ENOMEM;
			break;
		}
		s->deps = d;
		d = &s->deps[s->n_deps];
		memset(d, 0, sizeof *d);
		d->name = kb_strdup(dn);
		d->is_group = grp;
		d->index = -1;
		if (d->name == NULL) {
			rc = KB_ENOMEM;
			break;
		}
		s->n_deps++;
	}
	hive_value_clear(&v);
	return rc;
}

static int load_service(struct kb_hive *h, const struct hive_subkey *sk,
			const struct svc_model *m, struct svc_service *s,
			struct kb_error *err)
{
	char *image = NULL, *dll = NULL;
	hive_key params;
	uint32_t delayed = 0;
	int has_delayed = 0, rc;

	s->name = kb_strdup(sk->name);
	if (s->name == NULL)
		return KB_ENOMEM;
	s->last_write = hive_key_last_write(h, sk->key);
	if ((rc = read_string(h, sk->key, s, "DisplayName", &s->display_name, err)) != 0 ||
	    (rc = read_dword(h, sk->key, s, "Type", &s->has_type, &s->type, err)) != 0 ||
	    (rc = read_dword(h, sk->key, s, "Start", &s->has_start, &s->start, err)) != 0 ||
	    (rc = read_dword(h, sk->key, s, "DelayedAutostart", &has_delayed, &delayed, err)) != 0 ||
	    (rc = read_dword(h, sk->key, s, "ErrorControl", &s->has_error_control,
			     &s->error_control, err)) != 0 ||
	    (rc = read_string(h, sk->key, s, "ImagePath", &image, err)) != 0 ||
	    (rc = read_string(h, sk->key, s, "ObjectName", &s->object_name, err)) != 0 ||
	    (rc = read_string(h, sk->key, s, "Group", &s->group, err)) != 0 ||
	    (rc = add_deps(h, sk->key, s, "DependOnService", 0, err)) != 0 ||
	    (rc = add_deps(h, sk->key, s, "DependOnGroup", 1, err)) != 0)
		goto out;
	s->delayed_auto = has_delayed && delayed != 0;
	if (image != NULL) {
		rc = svc_image_parse(image, m->windows_dir, m->root, &s->image, err);
	} else if (s->has_type && (s->type & (SVC_TYPE_KERNEL_DRIVER |
					      SVC_TYPE_FILE_SYSTEM_DRIVER))) {
		/* A driver without ImagePath loads from system32\drivers. */
		char *def = kb_strdup_printf("System32\\drivers\\%s.sys", s->name);
		rc = def != NULL ? svc_image_parse(def, m->windows_dir, m->root,
						   &s->image, err) : KB_ENOMEM;
		free(def);
		if (rc == 0) {
			free(s->image.raw);
			s->image.raw = NULL;
			s->image.defaulted = 1;
		}
	}
	if (rc != 0)
		goto out;
	if (hive_key_find(h, sk->key, "Parameters", &params, NULL) == 0) {
		if ((rc = read_string(h, params, s, "ServiceDll", &dll, err)) != 0)
			goto out;
		if (dll != NULL)
			rc = svc_image_parse(dll, m->windows_dir, m->root,
					     &s->service_dll, err);
	}
out:
	free(image);
	free(dll);
	return rc;
}

static int cmp_service(const void *a, const void *b)
{
	return strcasecmp(((const struct svc_service *)a)->name,
			  ((const struct svc_service *)b)->name);
}

static int load_group_order(struct kb_hive *h, hive_key cs, struct svc_model *m)
{
	hive_key k;
	struct hive_value v;

	if (hive_key_find(h, cs, "Control\\ServiceGroupOrder", &k, NULL) != 0)
		return 0;
	if (hive_key_value(h, k, "List", &v, NULL) != 0)
		return 0;
	if (v.type == KB_REG_MULTI_SZ && !v.damaged) {
		m->group_order = v.entries;
		m->n_group_order = v.n_entries;
		v.entries = NULL;
		v.n_entries = 0;
	}
	hive_value_clear(&v);
	return 0;
}

long svc_index(const struct svc_model *m, const char *name)
{
	size_t lo = 0, hi = m->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcasecmp(name, m->services[mid].name);
		if (c == 0)
			return (long)mid;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return -1;
}

const struct svc_service *svc_find(const struct svc_model *m, const char *name)
{
	long i = name != NULL ? svc_index(m, name) : -1;

	return i >= 0 ? &m->services[i] : NULL;
}

int svc_group_exists(const struct svc_model *m, const char *group)
{
	size_t i;

	for (i = 0; i < m->n_group_order; i++)
		if (strcasecmp(m->group_order[i], group) == 0)
			return 1;
	for (i = 0; i < m->n; i++)
		if (m->services[i].group != NULL && strcasecmp(m->services[i].group, group) == 0)
			return 1;
	return 0;
}

static void resolve_deps(struct svc_model *m)
{
	size_t i, j;

	for (i = 0; i < m->n; i++) {
		struct svc_service *s = &m->services[i];
		for (j = 0; j < s->n_deps; j++) {
			struct svc_dep *d = &s->deps[j];
			if (d->is_group) {
				d->exists = svc_group_exists(m, d->name);
				continue;
			}
			d->index = svc_index(m, d->name);
			d->exists = d->index >= 0;
			d->disabled = d->exists && m->services[d->index].has_start &&
				      m->services[d->index].start == SVC_START_DISABLED;
		}
	}
}

static int set_windows_dir(struct svc_model *m, const char *root)
{
	char local[LOCAL_PATH_MAX];
	const char *base;

	if (root != NULL && evidence_windows_dir(root, local, sizeof local) == 0) {
		base = strrchr(local, '/');
		base = base != NULL ? base + 1 : local;
		/* The volume itself is the Windows directory: its name is
		 * not known, Windows is the usual one. */
		if (strcmp(local, root) == 0)
			base = "Windows";
		m->windows_dir = kb_strdup_printf("C:\\%s", base);
	} else {
		m->windows_dir = kb_strdup("%SystemRoot%");
	}
	return m->windows_dir != NULL ? 0 : KB_ENOMEM;
}

/* The control set Select\<which> names, as "ControlSet002". */
static int selected_set(struct kb_hive *h, const char *which, char *name, size_t size,
			struct kb_error *err)
{
	int number, rc;

	if (strcasecmp(which, "Current") == 0)
		return hive_current_control_set(h, name, size, err);
	if ((rc = hive_select(h, which, &number, err)) != 0)
		return rc;
	if (number < 1)
		return kb_errorf(err, KB_ENOTFOUND, "%s: Select\\%s is %d: no such control set",
				 hive_path(h), which, number);
	/* hive_select allows at most 999. */
	snprintf(name, size, "ControlSet%03u", (unsigned)number % 1000u);
	return 0;
}

int svc_model_load(struct kb_hive *h, const char *root,
		   struct svc_model **out, struct kb_error *err)
{
	return svc_model_load_set(h, root, "Current", out, err);
}

int svc_model_load_set(struct kb_hive *h, const char *root, const char *which,
		       struct svc_model **out, struct kb_error *err)
{
	struct svc_model *m;
	struct hive_subkey *keys = NULL;
	hive_key cs, services;
	size_t n_keys = 0, i;
	int rc;

	*out = NULL;
	m = calloc(1, sizeof *m);
	if (m == NULL)
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	m->hive_path = kb_strdup(hive_path(h));
	m->root = root != NULL ? kb_strdup(root) : NULL;
	if (m->hive_path == NULL || (root != NULL && m->root == NULL) ||
	    set_windows_dir(m, root) != 0) {
		rc = kb_errorf(err, KB_ENOMEM, "out of memory");
		goto out;
	}
	if ((rc = selected_set(h, which, m->control_set, sizeof m->control_set, err)) != 0)
		goto out;
	if ((rc = hive_key_find(h, hive_root_key(h), m->control_set, &cs, err)) != 0 ||
	    (rc = hive_key_find(h, cs, "Services", &services, err)) != 0) {
		if (rc == KB_ENOTFOUND)
			kb_errorf(err, rc, "%s: no %s\\Services key (Select\\%s "
				  "names a control set that is not there)",
				  m->hive_path, m->control_set, which);
		goto out;
	}
	if ((rc = hive_key_subkeys(h, services, &keys, &n_keys, err)) != 0)
		goto out;
	if (n_keys > 0 && (m->services = calloc(n_keys, sizeof *m->services)) == NULL) {
		rc = kb_errorf(err, KB_ENOMEM, "out of memory");
		goto out;
	}
	for (i = 0; i < n_keys; i++) {
		rc = load_service(h, &keys[i], m, &m->services[m->n], err);
		m->n++;
		if (rc != 0) {
			kb_error_prefix(err, rc, "%s: service %s: ", m->hive_path, keys[i].name);
			goto out;
		}
	}
	if (m->n > 1)
		qsort(m->services, m->n, sizeof *m->services, cmp_service);
	load_group_order(h, cs, m);
	resolve_deps(m);
out:
	hive_subkeys_free(keys, n_keys);
	if (rc != 0) {
		svc_model_free(m);
		return rc;
	}
	*out = m;
	return 0;
}

/* ---- dependency trees ---- */

struct tree {
	const struct svc_model *m;
	struct svc_dep_line *lines;
	size_t n, cap;
	unsigned char *expanded;   /* per service: shown with its branch */
	long *path;                /* services on the current branch */
	int reverse;
};

static struct svc_dep_line *push_line(struct tree *t, const char *name, int depth)
{
	struct svc_dep_line *l;

	if (t->n == t->cap) {
		size_t cap = t->cap ? t->cap * 2 : 32;
		l = realloc(t->lines, cap * sizeof *l);
		if (l == NULL)
			return NULL;
		t->lines = l;
		t->cap = cap;
	}
	l = &t->lines[t->n++];
	memset(l, 0, sizeof *l);
	l->name = name;
	l->depth = depth;
	l->index = -1;
	return l;
}

static int on_path(const struct tree *t, int depth, long index)
{
	int i;

	for (i = 0; i < depth; i++)
		if (t->path[i] == index)
			return 1;
	return 0;
}

static int walk(struct tree *t, long index, int depth);

/* A service line under the current one, then its own branch. */
static int visit_service(struct tree *t, const char *name, long index, int depth)
{
	struct svc_dep_line *l = push_line(t, name, depth);
	const struct svc_service *s;

	if (l == NULL)
		return KB_ENOMEM;
	l->index = index;
	if (index < 0) {
		l->missing = 1;
		return 0;
	}
	s = &t->m->services[index];
	l->name = s->name;
	l->disabled = s->has_start && s->start == SVC_START_DISABLED;
	if (on_path(t, depth, index)) {
		l->cycle = 1;
		return 0;
	}
	if (t->expanded[index]) {
		l->shown_above = 1;
		return 0;
	}
	return walk(t, index, depth);
}

static int group_members(struct tree *t, const char *group, int depth)
{
	size_t i;
	int rc;

	for (i = 0; i < t->m->n; i++) {
		const struct svc_service *s = &t->m->services[i];
		if (s->group != NULL && strcasecmp(s->group, group) == 0 &&
		    (rc = visit_service(t, s->name, (long)i, depth)) != 0)
			return rc;
	}
	return 0;
}

static int walk(struct tree *t, long index, int depth)
{
	const struct svc_service *s = &t->m->services[index];
	size_t i, j;
	int rc = 0;

	t->expanded[index] = 1;
	t->path[depth] = index;
	if (!t->reverse) {
		for (i = 0; i < s->n_deps && rc == 0; i++) {
			const struct svc_dep *d = &s->deps[i];
			struct svc_dep_line *l;
			if (!d->is_group) {
				rc = visit_service(t, d->name, d->index, depth + 1);
				continue;
			}
			if ((l = push_line(t, d->name, depth + 1)) == NULL)
				return KB_ENOMEM;
			l->is_group = 1;
			l->missing = !d->exists;
			t->path[depth + 1] = -1;
			rc = group_members(t, d->name, depth + 2);
		}
		return rc;
	}
	/* What needs it: services naming it, then those needing its group. */
	for (i = 0; i < t->m->n && rc == 0; i++) {
		const struct svc_service *o = &t->m->services[i];
		for (j = 0; j < o->n_deps; j++) {
			if (!o->deps[j].is_group && o->deps[j].index == index) {
				rc = visit_service(t, o->name, (long)i, depth + 1);
				break;
			}
		}
	}
	if (rc == 0 && s->group != NULL) {
		struct svc_dep_line *l = NULL;
		for (i = 0; i < t->m->n && rc == 0; i++) {
			const struct svc_service *o = &t->m->services[i];
			for (j = 0; j < o->n_deps; j++) {
				if (!o->deps[j].is_group || strcasecmp(o->deps[j].name, s->group) != 0)
					continue;
				if (l == NULL) {
					if ((l = push_line(t, s->group, depth + 1)) == NULL)
						return KB_ENOMEM;
					l->is_group = 1;
					t->path[depth + 1] = -1;
				}
				rc = visit_service(t, o->name, (long)i, depth + 2);
				break;
			}
		}
	}
	return rc;
}

int svc_dep_tree(const struct svc_model *m, const char *name, int reverse,
		 struct svc_dep_line **out, size_t *n_out,
		 struct kb_error *err)
{
	struct tree t;
	long index = name != NULL ? svc_index(m, name) : -1;
	struct svc_dep_line *l;
	int rc;

	*out = NULL;
	*n_out = 0;
	if (index < 0)
		return kb_errorf(err, KB_ENOTFOUND, "%s: no service %s in %s\\Services",
				 m->hive_path, name != NULL ? name : "(none)", m->control_set);
	memset(&t, 0, sizeof t);
	t.m = m;
	t.reverse = reverse;
	t.expanded = calloc(m->n, 1);
	/* A branch is at most two lines per service deep (group + member). */
	t.path = calloc(2 * m->n + 2, sizeof *t.path);
	if (t.expanded == NULL || t.path == NULL || (l = push_line(&t, m->services[index].name, 0)) == NULL) {
		rc = KB_ENOMEM;
		goto out;
	}
	l->index = index;
	l->disabled = m->services[index].has_start &&
		      m->services[index].start == SVC_START_DISABLED;
	rc = walk(&t, index, 0);
out:
	free(t.expanded);
	free(t.path);
	if (rc != 0) {
		free(t.lines);
		return kb_errorf(err, rc, "out of memory");
	}
	*out = t.lines;
	*n_out = t.n;
	return 0;
}
