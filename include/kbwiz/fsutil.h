/* fsutil.h: file helpers every module needs: reading a whole (small) file
 * and writing one atomically (temp file, fsync, rename, fsync the dir). */
#ifndef KBWIZ_FSUTIL_H
#define KBWIZ_FSUTIL_H

#include <stddef.h>
#include <sys/types.h>

#include "kbwiz/error.h"

/* Read all of path into a NUL-terminated malloc'd buffer (*data, caller
 * frees) of *len bytes.  Refuses files larger than max_bytes, naming the
 * file and its size. */
int kb_read_file(const char *path, size_t max_bytes, char **data, size_t *len,
		 struct kb_error *err);

/* Write len bytes to path atomically: a temporary file in the same
 * directory, fsync, rename over path, fsync the directory.  A failure
 * leaves path as it was.  Only a regular file is replaced (anything else,
 * a symbolic link included, is refused with KB_EREFUSED, see
 * kb_output_check); a replaced file keeps its mode, a new one gets 0666
 * less the umask. */
int kb_write_file_atomic(const char *path, const void *data, size_t len,
			 struct kb_error *err);

/* May path be written as an output file?  0 when nothing is there (*mode
 * = 0666 less the umask) or a regular file is (*mode = its mode);
 * KB_EREFUSED naming what is there (a device, a FIFO, a symbolic link,
 * a directory) otherwise; KB_EIO naming the directory when the file's
 * directory is missing or not writable. */
int kb_output_check(const char *path, mode_t *mode, struct kb_error *err);

/* mkdir -p with mode 0700 for the directories kbwiz owns. */
int kb_mkdir_p(const char *path, struct kb_error *err);

/* The directory part of path in buf ("." when none). */
void kb_dirname(const char *path, char *buf, size_t size);

/* The one way core makes a path absolute (*out, malloc'd, caller frees):
 * joined to the working directory and tidied by the letters, "." and
 * doubled slashes dropped and ".." taking out the name before it, as
 * `realpath -s` and the shell's `cd` do; no symbolic link is followed and
 * the file need not exist.  Why not realpath(3):
 *  - paths that do not exist must work: a library file removed since it
 *    was added, an output about to be written;
 *  - a path is recorded as the technician named it, so that a session's
 *    evidence and a repair's undo record read back as they were given,
 *    and from any directory;
 *  - following a link is a decision, not a side effect: fix.c repairs a
 *    hive given as a link at the real file, and records both names.
 * KB_ENOMEM, or KB_EIO when the working directory cannot be told. */
int kb_absolute_path(const char *path, char **out, struct kb_error *err);

/* 1 when path names a directory / a regular file (symbolic links followed). */
int kb_is_dir(const char *path);
int kb_is_regular_file(const char *path);

#endif
