# kbimport_articles.sh: sourced by the importer's measuring scripts (after
# lib.sh or with KBWIZ_BUILD/KBWIZ_SRC set).  Sets ARCH to a folder that
# holds the archive's txt/NNN/QNNNNNN.TXT files of every labelled article
# (tests/fixtures/kbimport-labels), or to "" when ../shared/kb-archive is
# absent.  Uses an unpacked archive in $KBWIZ_BUILD/kbarchive when there is
# one; otherwise unpacks only the labelled articles, once, into
# $KBWIZ_BUILD/kbimport-labelled.
LABELS="$KBWIZ_SRC/tests/fixtures/kbimport-labels"
ARCHIVE_TAR=${KBWIZ_ARCHIVE:-$KBWIZ_SRC/../shared/kb-archive/kb-archive.tar.xz}
labelled_paths() {
	sed -n 's/^path: //p' "$LABELS"/*.yaml
}
ARCH=""
if [ -d "$KBWIZ_BUILD/kbarchive/txt" ]; then
	ARCH="$KBWIZ_BUILD/kbarchive"
elif [ -f "$ARCHIVE_TAR" ]; then
	ARCH="$KBWIZ_BUILD/kbimport-labelled"
	missing=0
	for p in $(labelled_paths); do
		[ -f "$ARCH/$p" ] || missing=1
	done
	if [ "$missing" -eq 1 ]; then
		mkdir -p "$ARCH"
		# shellcheck disable=SC2046
		tar -xJf "$ARCHIVE_TAR" -C "$ARCH" $(labelled_paths) || ARCH=""
	fi
fi
