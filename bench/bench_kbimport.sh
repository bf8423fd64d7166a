#!/bin/sh
# bench_kbimport.sh: how well the importer reads articles, on the
# hand-labelled archive articles (tests/fixtures/kbimport-labels):
# precision and recall per kind of fact (issue 14's goal: 95% / 90%), and
# how many lines naming a fact are neither drafted nor in review.  Not a
# speed figure (tests/long/import_archive.sh times the whole archive).
set -u
: "${KBWIZ_BUILD:=build}"
: "${KBWIZ_SRC:=$(cd "$(dirname "$0")/.." && pwd)}"
case "$KBWIZ_BUILD" in /*) ;; *) KBWIZ_BUILD="$KBWIZ_SRC/$KBWIZ_BUILD" ;; esac
. "$KBWIZ_SRC/tests/e2e/kbimport_articles.sh"
MEASURE="$KBWIZ_BUILD/tools/kbimport_measure"
[ -x "$MEASURE" ] || { echo "bench_kbimport: $MEASURE missing (make _test-build)"; exit 1; }
if [ -z "$ARCH" ]; then
	echo "bench_kbimport: SKIP: $ARCHIVE_TAR absent"
	exit 0
fi
"$MEASURE" labels "$LABELS" "$ARCH"
# shellcheck disable=SC2046
"$MEASURE" coverage $(for p in $(labelled_paths); do echo "$ARCH/$p"; done)
exit 0
