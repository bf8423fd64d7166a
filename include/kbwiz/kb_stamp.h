/* kb_stamp.h: a cheap fingerprint of a rule directory.
 *
 * Every command checks that the store still holds the rules of its kb
 * directory.  Parsing every rule file to compare content hashes costs
 * seconds at 10,000 rules, so the directory's *.yaml files are first
 * fingerprinted from their names and stat data (size, modification and
 * change times in ns, inode), as make and git's index do: when the
 * fingerprint is the one recorded at the last load, the files are the
 * ones loaded then. */
#ifndef KBWIZ_KB_STAMP_H
#define KBWIZ_KB_STAMP_H

#include <stddef.h>

#include "kbwiz/error.h"

/* Room for a stamp: 16 hex digits, ':', a file count, NUL. */
#define KB_STAMP_MAX 48

/* Writes dir's fingerprint into out (KB_STAMP_MAX bytes).  The order
 * readdir gives does not matter.  KB_EIO naming dir if it cannot be
 * read. */
int kb_dir_stamp(const char *dir, char out[KB_STAMP_MAX], struct kb_error *err);

#endif
