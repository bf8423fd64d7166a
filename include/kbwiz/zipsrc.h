/* zipsrc.h: one machine's evidence read from a zip, in place: a
 * Velociraptor offline collection (entry names URL-encoded:
 * "uploads/auto/C%3A/Windows/System32/config/SYSTEM",
 * "uploads/ntfs/%5C%5C.%5CC%3A/Windows/...") or a plain zip of a volume
 * ("Windows/System32/config/SYSTEM", "WINNT/...").
 *
 * Only the entries a diagnosis reads (the hives with their transaction
 * logs, the System and Application event logs, cluster logs) are copied,
 * into a private directory the caller made (mode 0700, never beside the
 * user's files) under names kbwiz builds itself, never under the entry's
 * own name.  The zip is refused whole, before or while reading, when an
 * entry is a link, its name is absolute or climbs out (".."), or the data
 * inflates past the limits (a zip bomb); what was copied is then the
 * caller's to remove with the directory. */
#ifndef KBWIZ_ZIPSRC_H
#define KBWIZ_ZIPSRC_H

#include <stddef.h>
#include <stdint.h>

#include "kbwiz/error.h"

struct zipsrc_limits {
	uint64_t max_entry_bytes;   /* one entry inflated */
	uint64_t max_total_bytes;   /* every entry copied, together */
	unsigned max_ratio;         /* inflated / compressed bytes read, once
				       ratio_floor_bytes were inflated */
	uint64_t ratio_floor_bytes;
	size_t max_entries;         /* entries in the zip */
};

/* 2 GiB an entry, 4 GiB in all, 200:1 after 64 MiB, 1,000,000 entries. */
void zipsrc_default_limits(struct zipsrc_limits *l);

/* One copied entry: where it is now and its name in the zip. */
struct zipsrc_file {
	char *copy_path;
	char *entry_name;     /* as stored (still URL-encoded) */
};

struct zipsrc_result {
	char *volume;         /* dest_dir/vol: a volume evidence_find reads */
	struct zipsrc_file *files;
	size_t n_files;
	uint64_t bytes_copied;
};

void zipsrc_result_free(struct zipsrc_result *r);

/* Copy the evidence entries of zip_path into dest_dir (an empty private
 * directory).  KB_EREFUSED for path tricks, links and bombs, KB_EFORMAT
 * for a damaged or non-zip file, KB_ENOTFOUND when no Windows directory
 * is in it, KB_EIO for read or write errors; err names the zip (and the
 * entry). */
int zipsrc_extract(const char *zip_path, const char *dest_dir,
		   const struct zipsrc_limits *lim, struct zipsrc_result *out,
		   struct kb_error *err);

/* Decode an entry name: %XX escapes, backslashes as '/'.  Into buf;
 * -1 when it does not fit or an escape is malformed. */
int zipsrc_decode_name(const char *name, char *buf, size_t size);

/* Where a Windows (or WINNT) directory may sit, one rule for a folder
 * (triage_find_volume) and a zip: parents[0..n) are the n folders above
 * it, from the top of what was given.  At the top; in a drive folder
 * there ("C", "C:", "C%3A": KAPE); in a drive folder under
 * "uploads/ACCESSOR" (Velociraptor).  A zip (in_zip) may also hold the
 * folder that was zipped as its one top folder ("zip -r w7.zip W7"). */
int zipsrc_windir_place_ok(const char *const *parents, const size_t *lens, size_t n, int in_zip);

/* A drive folder's name (n bytes): "C", "C:" or "C%3A". */
int zipsrc_is_drive_folder(const char *name, size_t n);

/* The path an entry name has inside the Windows volume, from its Windows
 * directory on ("Windows/System32/config/SYSTEM"), into buf: 1 when the
 * entry is under a Windows (or WINNT) directory where
 * zipsrc_windir_place_ok allows it; 0 when not; -1 for a path trick (an
 * empty decode, "..", an absolute name). */
int zipsrc_volume_path(const char *entry_name, char *buf, size_t size);

#endif
