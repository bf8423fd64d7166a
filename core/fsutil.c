/* fsutil.c: whole-file reads, atomic writes, mkdir -p. */
#include "kbwiz/fsutil.h"

#include <errno.h>
#include <limits.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int kb_read_file(const char *path, size_t max_bytes, char **data, size_t *len,
		 struct kb_error *err)
{
	struct stat st;
	char *buf = NULL;
	size_t got = 0;
	int fd, rc = 0;

	*data = NULL;
	*len = 0;
	fd = open(path, O_RDONLY);
	if (fd < 0)
		return kb_errorf(err, KB_EIO, "%s: %s", path, strerror(errno));
	if (fstat(fd, &st) != 0) {
		rc = kb_errorf(err, KB_EIO, "%s: %s", path, strerror(errno));
		goto out;
	}
	if (S_ISDIR(st.st_mode)) {
		rc = kb_errorf(err, KB_EIO, "%s: is a directory", path);
		goto out;
	}
	if ((unsigned long long)st.st_size > max_bytes) {
		rc = kb_errorf(err, KB_EFORMAT, "%s: too large (%lld bytes, at most %zu)",
			       path, (long long)st.st_size, max_bytes);
		goto out;
	}
	buf = malloc((size_t)st.st_size + 1);
	if (buf == NULL) {
		rc = kb_errorf(err, KB_ENOMEM, "%s: out of memory", path);
		goto out;
	}
	while (got < (size_t)st.st_size) {
		ssize_t n = read(fd, buf + got, (size_t)st.st_size - got);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			rc = kb_errorf(err, KB_EIO, "%s: read: %s", path, strerror(errno));
			goto out;
		}
		if (n == 0)
			break;   /* shrank while reading: take what is there */
		got += (size_t)n;
	}
	buf[got] = '\0';
	*data = buf;
	*len = got;
	buf = NULL;
out:
	free(buf);
	close(fd);
	return rc;
}

void kb_dirname(const char *path, char *buf, size_t size)
{
	const char *slash = strrchr(path, '/');
	size_t n;

	if (slash == NULL) {
		snprintf(buf, size, ".");
		return;
	}
	n = slash == path ? 1 : (size_t)(slash - path);
	if (n >= size)
		n = size - 1;
	memcpy(buf, path, n);
	buf[n] = '\0';
}

static int fsync_dir(const char *path, struct kb_error *err)
{
	char dir[4096];
	int fd, rc = 0;

	kb_dirname(path, dir, sizeof dir);
	fd = open(dir, O_RDONLY);
	if (fd < 0)
		return kb_errorf(err, KB_EIO, "%s: %s", dir, strerror(errno));
	if (fsync(fd) != 0 && errno != EINVAL)
		rc = kb_errorf(err, KB_EIO, "%s: fsync: %s", dir, strerror(errno));
	close(fd);
	return rc;
}

static const char *file_kind(mode_t mode)
{
	if (S_ISLNK(mode))
		return "a symbolic link";
	if (S_ISDIR(mode))
		return "a directory";
	if (S_ISCHR(mode))
		return "a character device";
	if (S_ISBLK(mode))
		return "a block device";
	if (S_ISFIFO(mode))
		return "a FIFO";
	if (S_ISSOCK(mode))
		return "a socket";
	return "not a regular file";
}

/* The rule for every file kbwiz writes for the user (reports, exports,
 * drafts, .reg files, records): only a regular file is ever replaced.  A
 * device, a FIFO or a symbolic link (say to /proc/self/fd/1) would
 * otherwise become a regular file by the rename, and as root /dev/null
 * with it.  *mode is the mode the new file gets: the old file's when one
 * is replaced, else 0666 less the umask, as open(2) would give. */
/* The temporary file and the rename need the directory path goes in to
 * be there and writable: said up front naming that directory, not later
 * as a temporary file that could not be made. */
static int output_dir_check(const char *path, struct kb_error *err)
{
	char dir[4096];
	struct stat st;
	size_t n = strlen(path);

	if (n > 0 && path[n - 1] == '/')
		return kb_errorf(err, KB_EIO, "%s: no such directory", path);
	if (n >= sizeof dir)
		return 0;
	kb_dirname(path, dir, sizeof dir);
	if (stat(dir, &st) != 0)
		return kb_errorf(err, KB_EIO, "%s: cannot write there: %s: %s", path, dir,
				 errno == ENOENT ? "no such directory" : strerror(errno));
	if (!S_ISDIR(st.st_mode))
		return kb_errorf(err, KB_EIO, "%s: cannot write there: %s is not a directory",
				 path, dir);
	if (access(dir, W_OK | X_OK) != 0)
		return kb_errorf(err, KB_EIO, "%s: cannot write in directory %s: %s", path, dir,
				 strerror(errno));
	return 0;
}

int kb_output_check(const char *path, mode_t *mode, struct kb_error *err)
{
	struct stat st;
	mode_t mask;
	int rc;

	if (lstat(path, &st) == 0) {
		if (!S_ISREG(st.st_mode))
			return kb_errorf(err, KB_EREFUSED,
					 "%s: is %s, not a regular file; refusing to replace it",
					 path, file_kind(st.st_mode));
		if ((rc = output_dir_check(path, err)) != 0)
			return rc;
		*mode = st.st_mode & 0777;
		return 0;
	}
	if (errno != ENOENT && errno != ENOTDIR)
		return kb_errorf(err, KB_EIO, "%s: %s", path, strerror(errno));
	if ((rc = output_dir_check(path, err)) != 0)
		return rc;
	/* umask can only be read by setting it: put it straight back. */
	mask = umask(077);
	umask(mask);
	*mode = 0666 & ~mask;
	return 0;
}

int kb_write_file_atomic(const char *path, const void *data, size_t len,
			 struct kb_error *err)
{
	char *tmp;
	size_t done = 0;
	mode_t mode;
	int fd, rc = 0;

	if ((rc = kb_output_check(path, &mode, err)) != 0)
		return rc;
	tmp = malloc(strlen(path) + 16);
	if (tmp == NULL)
		return kb_errorf(err, KB_ENOMEM, "%s: out of memory", path);
	sprintf(tmp, "%s.tmp.XXXXXX", path);
	fd = mkstemp(tmp);
	if (fd < 0) {
		char dir[4096];
		kb_dirname(path, dir, sizeof dir);
		rc = kb_errorf(err, KB_EIO, "%s: cannot write in directory %s: %s",
			       path, dir, strerror(errno));
		free(tmp);
		return rc;
	}
	while (done < len) {
		ssize_t n = write(fd, (const char *)data + done, len - done);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			rc = kb_errorf(err, KB_EIO, "%s: write: %s", path, strerror(errno));
			goto fail;
		}
		done += (size_t)n;
	}
	if (fchmod(fd, mode) != 0 || fsync(fd) != 0) {
		rc = kb_errorf(err, KB_EIO, "%s: %s", path, strerror(errno));
		goto fail;
	}
	if (close(fd) != 0) {
		fd = -1;
		rc = kb_errorf(err, KB_EIO, "%s: close: %s", path, strerror(errno));
		goto fail;
	}
	fd = -1;
	/* Checked again at the last moment: what is there now is what the
	 * rename replaces. */
	if ((rc = kb_output_check(path, &mode, err)) != 0)
		goto fail;
	if (rename(tmp, path) != 0) {
		rc = kb_errorf(err, KB_EIO, "%s: rename: %s", path, strerror(errno));
		goto fail;
	}
	free(tmp);
	return fsync_dir(path, err);
fail:
	if (fd >= 0)
		close(fd);
	unlink(tmp);
	free(tmp);
	return rc;
}

int kb_mkdir_p(const char *path, struct kb_error *err)
{
	char buf[4096];
	size_t i, n = strlen(path);

	if (n == 0 || n >= sizeof buf)
		return kb_errorf(err, KB_EINVAL, "%s: bad directory name", path);
	memcpy(buf, path, n + 1);
	for (i = 1; i <= n; i++) {
		if (buf[i] != '/' && buf[i] != '\0')
			continue;
		buf[i] = '\0';
		if (mkdir(buf, 0700) != 0 && errno != EEXIST)
			return kb_errorf(err, KB_EIO, "%s: %s", buf, strerror(errno));
		buf[i] = i < n ? '/' : '\0';
	}
	return 0;
}

int kb_is_dir(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

int kb_is_regular_file(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

int kb_absolute_path(const char *path, char **out, struct kb_error *err)
{
	char cwd[PATH_MAX], *joined = NULL, *seg, *save = NULL;
	size_t len, o = 0;
	int rc = 0;

	*out = NULL;
	if (path[0] == '/')
		cwd[0] = '\0';
	else if (getcwd(cwd, sizeof cwd) == NULL)
		return kb_errorf(err, KB_EIO, "%s: cannot tell the working directory: %s",
				 path, strerror(errno));
	len = strlen(cwd) + strlen(path) + 2;
	if ((joined = malloc(len)) == NULL || (*out = malloc(len + 1)) == NULL) {
		rc = kb_errorf(err, KB_ENOMEM, "%s: out of memory", path);
		goto out;
	}
	snprintf(joined, len, "%s/%s", cwd, path);
	for (seg = strtok_r(joined, "/", &save); seg != NULL; seg = strtok_r(NULL, "/", &save)) {
		if (strcmp(seg, ".") == 0)
			continue;
		if (strcmp(seg, "..") == 0) {
			while (o > 0 && (*out)[o - 1] != '/')
				o--;
			if (o > 0)
				o--;
			continue;
		}
		(*out)[o++] = '/';
		memcpy(*out + o, seg, strlen(seg));
		o += strlen(seg);
	}
	if (o == 0)
		(*out)[o++] = '/';
	(*out)[o] = '\0';
out:
	free(joined);
	return rc;
}
