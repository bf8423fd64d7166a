/* rule_blob.h: a parsed rule as a compact byte string, and back.
 *
 * The store keeps one beside each rule's YAML text (store.h), written when
 * the rule is loaded from kb/, so that reading 10,000 rules back costs a
 * walk over bytes instead of 10,000 YAML parses.  The YAML text stays the
 * rule; the blob is only a cache of what rule_load_text makes of it:
 * decoding gives the same struct rule field for field (NULL and empty
 * lists kept apart), and a blob is used only when its format is this
 * build's and it was made from the text whose hash the caller holds.
 *
 * Layout: "KBRB", the format (varint), the content hash, then every field
 * of struct rule in declaration order.  Numbers are LEB128 varints
 * (signed ones zigzagged); a string is varint(length + 1) and its bytes,
 * 0 for NULL; a list is varint(count + 1) and its items, 0 for NULL
 * (bytes are a list of single bytes).  Format 2 added a check's bytes,
 * format 3 whether they were written glued (bytes_joined). */
#ifndef KBWIZ_RULE_BLOB_H
#define KBWIZ_RULE_BLOB_H

#include <stddef.h>

#include "kbwiz/error.h"
#include "kbwiz/rule.h"
#include "kbwiz/strbuf.h"

/* Bump whenever struct rule or the layout changes: blobs of another
 * format are never decoded (the store then parses the YAML text). */
#define RULE_BLOB_FORMAT 3

/* Append r's blob to out.  0, or KB_ENOMEM. */
int rule_blob_encode(const struct rule *r, struct kb_buf *out);

/* Decode a blob into a new rule the caller frees (rule_free), with
 * source_path set to source_path.  KB_EVERSION when the blob is of
 * another format or was made from other text than content_hash (a stale
 * cache: the caller parses the text instead); KB_EFORMAT when it is
 * damaged (truncated, trailing bytes, a string holding NUL, a count
 * larger than the bytes left); KB_ENOMEM. */
int rule_blob_decode(const void *data, size_t len, const char *source_path,
		     const char *content_hash, struct rule **out,
		     struct kb_error *err);

#endif
