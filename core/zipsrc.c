/* zipsrc.c: copying a machine's evidence out of a zip (Velociraptor
 * offline collection, or a plain zip of a volume) through libarchive,
 * with limits against bombs and path tricks. */
#include "kbwiz/zipsrc.h"

#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kbwiz/strutil.h"

void zipsrc_default_limits(struct zipsrc_limits *l)
{
	/* SOFTWARE hives of servers reach a few hundred MB and event logs
	 * are capped by Windows' own settings; 2 GiB leaves room.  Hives and
	 * logs compress 3-20 times; 200 only a crafted file reaches. */
	l->max_entry_bytes = (uint64_t)2 << 30;
	l->max_total_bytes = (uint64_t)4 << 30;
	l->max_ratio = 200;
	l->ratio_floor_bytes = (uint64_t)64 << 20;
	l->max_entries = 1000000;
}

void zipsrc_result_free(struct zipsrc_result *r)
{
	size_t i;

	for (i = 0; i < r->n_files; i++) {
		free(r->files[i].copy_path);
		free(r->files[i].entry_name);
	}
	free(r->files);
	free(r->volume);
	memset(r, 0, sizeof *r);
}

int zipsrc_decode_name(const char *name, char *buf, size_t size)
{
	size_t n = 0;

	for (; *name != '\0'; name++) {
		char c = *name;
		if (c == '%') {
			int hi = kb_hex_digit(name[1]), lo = hi < 0 ? -1 : kb_hex_digit(name[2]);
			if (hi < 0 || lo < 0)
				return -1;
			c = (char)(hi * 16 + lo);
			name += 2;
		}
		/* A decoded NUL would cut the name short: refuse it. */
		if (c == '\0')
			return -1;
		if (c == '\\')
			c = '/';
		if (n + 1 >= size)
			return -1;
		buf[n++] = c;
	}
	buf[n] = '\0';
	return 0;
}

int zipsrc_is_drive_folder(const char *name, size_t n)
{
	if (n == 0 || !((name[0] >= 'A' && name[0] <= 'Z') || (name[0] >= 'a' && name[0] <= 'z')))
		return 0;
	return n == 1 || (n == 2 && name[1] == ':') || (n == 4 && strncasecmp(name + 1, "%3A", 3) == 0);
}

/* parents: the n folders above a Windows directory, from the top of what
 * was given. */
static int windir_parents_ok(const char *const *parents, const size_t *lens, size_t n)
{
	if (n == 0)
		return 1;
	if (!zipsrc_is_drive_folder(parents[n - 1], lens[n - 1]))
		return 0;
	/* "C", or Velociraptor's "uploads/ACCESSOR[/\\.]/C:". */
	return n == 1 || (lens[0] == 7 && strncasecmp(parents[0], "uploads", 7) == 0);
}

int zipsrc_windir_place_ok(const char *const *parents, const size_t *lens, size_t n, int in_zip)
{
	if (windir_parents_ok(parents, lens, n))
		return 1;
	/* A zip of the folder itself keeps the folder's name on top. */
	return in_zip && n > 0 && windir_parents_ok(parents + 1, lens + 1, n - 1);
}

int zipsrc_volume_path(const char *entry_name, char *buf, size_t size)
{
	char decoded[4096];
	const char *p, *windows = NULL, *parents[64];
	size_t lens[64];
	size_t depth = 0;

	/* Absolute names, as stored or once decoded ("/etc", "C:/x",
	 * "%2Fetc"), are tricks whatever follows. */
	if (entry_name[0] == '/' || entry_name[0] == '\\' ||
	    (entry_name[0] != '\0' && entry_name[1] == ':'))
		return -1;
	if (zipsrc_decode_name(entry_name, decoded, sizeof decoded) != 0 || decoded[0] == '\0' ||
	    decoded[0] == '/')
		return -1;
	for (p = decoded; *p != '\0';) {
		size_t n = strcspn(p, "/");
		if (n == 2 && p[0] == '.' && p[1] == '.')
			return -1;
		/* The same rule as for a folder (zipsrc_windir_place_ok): not
		 * a "Windows" folder deeper down
		 * (...\AppData\Local\Microsoft\Windows). */
		if (windows == NULL &&
		    ((n == 7 && strncasecmp(p, "Windows", 7) == 0) ||
		     (n == 5 && strncasecmp(p, "WINNT", 5) == 0)) &&
		    depth < 64 && zipsrc_windir_place_ok(parents, lens, depth, 1))
			windows = p;
		if (n > 0 && !(n == 1 && p[0] == '.')) {
			if (depth < 64) {
				parents[depth] = p;
				lens[depth] = n;
			}
			depth++;
		}
		p += n;
		if (*p == '/')
			p++;
	}
	if (windows == NULL)
		return 0;
	if (snprintf(buf, size, "%s", windows) >= (int)size)
		return -1;
	return 1;
}

/* The file kbwiz keeps for a volume path, under the names kbwiz gives its
 * directories ("Windows/System32/config/SYSTEM"); 0 when the entry is not
 * evidence.  Hives come with their transaction logs. */
static int evidence_target(const char *vpath, char *out, size_t size)
{
	static const char *const wanted[] = {
		"System32/config/SYSTEM", "System32/config/SYSTEM.LOG",
		"System32/config/SYSTEM.LOG1", "System32/config/SYSTEM.LOG2",
		"System32/config/SOFTWARE", "System32/config/SOFTWARE.LOG",
		"System32/config/SOFTWARE.LOG1", "System32/config/SOFTWARE.LOG2",
		"System32/config/SysEvent.Evt", "System32/config/AppEvent.Evt",
		"System32/winevt/Logs/System.evtx", "System32/winevt/Logs/Application.evtx",
	};
	const char *slash = strchr(vpath, '/'), *rel, *leaf;
	const char *windir;
	char name[256];
	size_t i, k;

	if (slash == NULL)
		return 0;
	windir = strncasecmp(vpath, "WINNT", 5) == 0 ? "WINNT" : "Windows";
	rel = slash + 1;
	for (i = 0; i < sizeof wanted / sizeof wanted[0]; i++)
		if (strcasecmp(rel, wanted[i]) == 0)
			return snprintf(out, size, "%s/%s", windir, wanted[i]) < (int)size;
	/* Cluster logs: Cluster/NAME.log and Cluster/Reports/NAME.log (as
	 * evidence.c looks for them). */
	if (strncasecmp(rel, "Cluster/", 8) == 0) {
		const char *sub = rel + 8, *dir = "Cluster";
		if (strncasecmp(sub, "Reports/", 8) == 0) {
			sub += 8;
			dir = "Cluster/Reports";
		}
		leaf = sub;
		k = strlen(leaf);
		if (strchr(leaf, '/') != NULL || k < 5 || k >= sizeof name ||
		    strcasecmp(leaf + k - 4, ".log") != 0)
			return 0;
		/* The name is the entry's, made plain: kbwiz writes only
		 * names it can show and that cannot climb. */
		for (i = 0; i < k; i++) {
			char c = leaf[i];
			name[i] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
				(c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_' ? c : '_';
		}
		name[k] = '\0';
		if (name[0] == '.')
			name[0] = '_';
		return snprintf(out, size, "%s/%s/%s", windir, dir, name) < (int)size;
	}
	return 0;
}

/* mkdir -p of the directories of rel under base (0700). */
static int make_parents(const char *base, const char *rel, struct kb_error *err)
{
	char path[4096];
	size_t blen = strlen(base);
	const char *p;

	if (snprintf(path, sizeof path, "%s/%s", base, rel) >= (int)sizeof path)
		return kb_errorf(err, KB_EINVAL, "%s/%s: path too long", base, rel);
	for (p = path + blen + 1; (p = strchr(p, '/')) != NULL; p++) {
		path[p - path] = '\0';
		if (mkdir(path, 0700) != 0 && errno != EEXIST)
			return kb_errorf(err, KB_EIO, "%s: %s", path, strerror(errno));
		path[p - path] = '/';
	}
	return 0;
}

static int add_result_file(struct zipsrc_result *out, const char *copy_path,
			   const char *entry_name, struct kb_error *err)
{
	struct zipsrc_file *grown = realloc(out->files, (out->n_files + 1) * sizeof *grown);

	if (grown == NULL)
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	out->files = grown;
	grown[out->n_files].copy_path = strdup(copy_path);
	grown[out->n_files].entry_name = strdup(entry_name);
	if (grown[out->n_files].copy_path == NULL || grown[out->n_files].entry_name == NULL) {
		free(grown[out->n_files].copy_path);
		free(grown[out->n_files].entry_name);
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	}
	out->n_files++;
	return 0;
}

/* Copy the current entry's data to path, counting against the limits. */
static int copy_entry(struct archive *a, const char *zip_path, const char *entry,
		      const char *path, const struct zipsrc_limits *lim,
		      uint64_t *total, struct kb_error *err)
{
	char buf[65536];
	uint64_t entry_bytes = 0;
	int fd, rc = 0;
	la_ssize_t n;

	/* O_EXCL: a second entry for the same file (Velociraptor's auto and
	 * ntfs accessors both) keeps the first. */
	fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
	if (fd < 0)
		return errno == EEXIST ? 0 : kb_errorf(err, KB_EIO, "%s: %s", path, strerror(errno));
	while ((n = archive_read_data(a, buf, sizeof buf)) > 0) {
		int64_t packed = archive_filter_bytes(a, -1);
		entry_bytes += (uint64_t)n;
		*total += (uint64_t)n;
		if (entry_bytes > lim->max_entry_bytes || *total > lim->max_total_bytes) {
			rc = kb_errorf(err, KB_EREFUSED,
				       "%s: refused: entry %s inflates past %llu MiB (a zip bomb?)",
				       zip_path, entry,
				       (unsigned long long)((entry_bytes > lim->max_entry_bytes ?
							     lim->max_entry_bytes : lim->max_total_bytes) >> 20));
			goto out;
		}
		if (*total > lim->ratio_floor_bytes && packed > 0 &&
		    *total / (uint64_t)packed > lim->max_ratio) {
			rc = kb_errorf(err, KB_EREFUSED,
				       "%s: refused: entry %s inflates more than %u times its compressed size (a zip bomb?)",
				       zip_path, entry, lim->max_ratio);
			goto out;
		}
		if (write(fd, buf, (size_t)n) != n) {
			rc = kb_errorf(err, KB_EIO, "%s: %s", path, strerror(errno));
			goto out;
		}
	}
	if (n < 0)
		rc = kb_errorf(err, KB_EFORMAT, "%s: entry %s: %s", zip_path, entry,
			       archive_error_string(a) != NULL ? archive_error_string(a) : "damaged");
out:
	if (close(fd) != 0 && rc == 0)
		rc = kb_errorf(err, KB_EIO, "%s: %s", path, strerror(errno));
	return rc;
}

int zipsrc_extract(const char *zip_path, const char *dest_dir,
		   const struct zipsrc_limits *lim, struct zipsrc_result *out,
		   struct kb_error *err)
{
	struct archive *a = NULL;
	struct archive_entry *e;
	char volume[4096], vpath[4096], target[4096], copy[8192];
	uint64_t total = 0;
	size_t n_entries = 0;
	int rc = 0, r, any_windows = 0;

	memset(out, 0, sizeof *out);
	if (snprintf(volume, sizeof volume, "%s/vol", dest_dir) >= (int)sizeof volume)
		return kb_errorf(err, KB_EINVAL, "%s: path too long", dest_dir);
	if (mkdir(volume, 0700) != 0)
		return kb_errorf(err, KB_EIO, "%s: %s", volume, strerror(errno));
	if ((out->volume = strdup(volume)) == NULL)
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	if ((a = archive_read_new()) == NULL)
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	archive_read_support_format_zip(a);
	if (archive_read_open_filename(a, zip_path, 65536) != ARCHIVE_OK) {
		rc = kb_errorf(err, errno == ENOENT || errno == EACCES ? KB_EIO : KB_EFORMAT,
			       "%s: not a readable zip: %s", zip_path,
			       archive_error_string(a) != NULL ? archive_error_string(a) : "unknown error");
		goto out;
	}
	while ((r = archive_read_next_header(a, &e)) == ARCHIVE_OK || r == ARCHIVE_WARN) {
		const char *name = archive_entry_pathname(e);
		int type = (int)archive_entry_filetype(e), vp;

		if (name == NULL)
			name = "";
		if (++n_entries > lim->max_entries) {
			rc = kb_errorf(err, KB_EREFUSED, "%s: refused: more than %zu entries",
				       zip_path, lim->max_entries);
			goto out;
		}
		vp = zipsrc_volume_path(name, vpath, sizeof vpath);
		if (vp < 0) {
			rc = kb_errorf(err, KB_EREFUSED,
				       "%s: refused: entry '%.200s' is an absolute name or climbs out with '..'",
				       zip_path, name);
			goto out;
		}
		/* Links could point anywhere once copied: the zip is refused,
		 * whatever the link's name. */
		if (type == AE_IFLNK || archive_entry_hardlink(e) != NULL) {
			rc = kb_errorf(err, KB_EREFUSED, "%s: refused: entry '%.200s' is a link",
				       zip_path, name);
			goto out;
		}
		if (vp == 0)
			continue;
		any_windows = 1;
		if (type != AE_IFREG || !evidence_target(vpath, target, sizeof target))
			continue;
		if (archive_entry_size_is_set(e) &&
		    (uint64_t)archive_entry_size(e) > lim->max_entry_bytes) {
			rc = kb_errorf(err, KB_EREFUSED,
				       "%s: refused: entry %.200s says it holds %lld bytes, more than %llu MiB (a zip bomb?)",
				       zip_path, name, (long long)archive_entry_size(e),
				       (unsigned long long)(lim->max_entry_bytes >> 20));
			goto out;
		}
		if ((rc = make_parents(volume, target, err)) != 0)
			goto out;
		snprintf(copy, sizeof copy, "%s/%s", volume, target);
		if (access(copy, F_OK) == 0)
			continue;
		if ((rc = copy_entry(a, zip_path, name, copy, lim, &total, err)) != 0)
			goto out;
		if ((rc = add_result_file(out, copy, name, err)) != 0)
			goto out;
	}
	if (r != ARCHIVE_EOF) {
		rc = kb_errorf(err, KB_EFORMAT, "%s: damaged zip: %s", zip_path,
			       archive_error_string(a) != NULL ? archive_error_string(a) : "unreadable entry");
		goto out;
	}
	if (!any_windows)
		rc = kb_errorf(err, KB_ENOTFOUND,
			       "%s: no Windows directory in this zip (looked for Windows or WINNT in the entry names)",
			       zip_path);
	out->bytes_copied = total;
out:
	if (a != NULL)
		archive_read_free(a);
	return rc;
}
