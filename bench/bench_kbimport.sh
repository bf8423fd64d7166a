#!/bin/sh
# bench_kbimport.sh: how well the importer reads articles, on the
# hand-labelled archive articles (tests/fixtures/kbimport-labels):
# precision and recall per kind of fact (issue 14's goal: 95% / 90%), and
# how many lines naming a fact are neither drafted nor in review; then the
# same figures on the held-out articles (tests/fixtures/kbimport-heldout,
# labelled after the importer was tuned: the better estimate).  Not a
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
echo "labelled set (tuned on):"
"$MEASURE" labels "$LABELS" "$ARCH"
# shellcheck disable=SC2046
"$MEASURE" coverage $(for p in $(labelled_paths); do echo "$ARCH/$p"; done)
# unpack_set DIR: the articles of a labelled set unpacked when missing;
# set_ok says whether they are all there.
unpack_set() {
	set_ok=1
	for p in $(sed -n 's/^path: //p' "$1"/*.yaml); do
		[ -f "$ARCH/$p" ] || set_ok=0
	done
	if [ "$set_ok" -eq 0 ] && [ -f "$ARCHIVE_TAR" ]; then
		# shellcheck disable=SC2046
		tar -xJf "$ARCHIVE_TAR" -C "$ARCH" $(sed -n 's/^path: //p' "$1"/*.yaml) && set_ok=1
	fi
}
# measure_set DIR TITLE: the figures of another labelled set, its
# articles unpacked first when missing.
measure_set() {
	unpack_set "$1"
	if [ "$set_ok" -eq 1 ]; then
		echo "$2"
		"$MEASURE" labels "$1" "$ARCH"
	fi
}
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-heldout" \
	"held-out set (labelled after tuning; the importer was since tuned on the registry misses of its first 12 articles; only the last 5 (Q140987, Q148943, Q196465, Q243869, Q286019) were labelled before the importer saw them):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-fresh" \
	"fresh set (15 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261201, labelled before the importer ran on them; the importer was since changed for the layouts they showed):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen2" \
	"unseen set 2 (20 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261202, labelled before the importer ran on them; the importer was since tuned on them; its figures as drawn are in the set's FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen3" \
	"unseen set 3 (24 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261203, labelled before the importer ran on them; the importer was since tuned on them; its figures as drawn are in the set's FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen4" \
	"unseen set 4 (20 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261204, labelled before the importer ran on them; the importer was since tuned on them; its figures as drawn are in the set's FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-dev6" \
	"tuning set 6 (16 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261206, labelled before the importer ran on them, then tuned on):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen5" \
	"unseen set 5 (30 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261205, labelled before the importer ran on them; the importer was since tuned on them; figures as drawn in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen7" \
	"unseen set 7 (30 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261207, labelled before the importer ran on them; the importer was since tuned on them; figures as drawn in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen8" \
	"unseen set 8 (30 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261208, labelled before the importer ran on them; tuned on since session 7, figures as drawn in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen9" \
	"unseen set 9 (30 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261209, labelled to docs/kbimport-labelling.md before the importer ran on them; tuned on since round 1 of session 7, figures as drawn in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen10" \
	"unseen set 10 (30 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261210, labelled to docs/kbimport-labelling.md before the importer ran on them; measured unseen at the end of session 7's round 2, then tuned on (one article): figures as drawn in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen11" \
	"unseen set 11 (30 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261211, labelled to docs/kbimport-labelling.md before the importer ran on them; tuned on since session 8, figures as drawn in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen12" \
	"unseen set 12 (30 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261212, labelled to docs/kbimport-labelling.md before the importer ran on them; measured unseen at the end of session 8's round 1, then tuned on: figures as drawn in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen13" \
	"unseen set 13 (30 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261213, POOL registry, labelled to docs/kbimport-labelling.md before the importer ran on them; unseen until session 10, whose slots were the layouts of unseen12-14's misses, see its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen14" \
	"unseen set 14 (30 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261214, POOL registry, labelled to docs/kbimport-labelling.md before the importer ran on them; unseen until session 10, whose slots were the layouts of unseen12-14's misses, see its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen15" \
	"unseen set 15 (30 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261215, POOL registry, labelled to docs/kbimport-labelling.md before the importer ran on them; unseen until session 11, whose sentence reader took the forms of its misses, see its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen16" \
	"unseen set 16 (30 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261216, POOL registry, labelled to docs/kbimport-labelling.md before the importer ran on them; touched only by one mend found by reading its misses (session 11), see its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen17" \
	"unseen set 17 (30 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261217, POOL registry, labelled to docs/kbimport-labelling.md before the importer ran on them; touched by three mends found by reading its misses (session 12), see its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen18" \
	"unseen set 18 (30 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261218, POOL registry, labelled to docs/kbimport-labelling.md before the importer ran on them; session 13's mends read from its misses are named in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen19" \
	"unseen set 19 (30 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261219, POOL registry, labelled to docs/kbimport-labelling.md before the importer ran on them; figures as drawn and after in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen20" \
	"unseen set 20 (30 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261220, POOL registry, labelled to docs/kbimport-labelling.md before the importer ran on them; figures as drawn and after in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen21" \
	"unseen set 21 (30 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261221, POOL registry, labelled to docs/kbimport-labelling.md before the importer ran on them; figures as drawn and after in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen22" \
	"unseen set 22 (39 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261222, POOL registry, labelled to docs/kbimport-labelling.md before the importer ran on them; figures as drawn and after in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen23" \
	"unseen set 23 (40 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261223, POOL registry, labelled to docs/kbimport-labelling.md before the importer ran on them; figures as drawn and after in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen24" \
	"unseen set 24 (40 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261224, POOL registry, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn at the start of session 18, then tuned on (two mends): figures as drawn and after in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen25" \
	"unseen set 25 (40 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261225, POOL registry, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn at the start of session 19, then tuned on: figures as drawn and after in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen26" \
	"unseen set 26 (40 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261226, POOL registry, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn after session 19's first round of mends, then tuned on: figures as drawn and after in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen27" \
	"unseen set 27 (40 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261227, POOL registry, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn at the start of session 20, then tuned on: figures as drawn and after in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen28" \
	"unseen set 28 (40 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261228, POOL registry, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn after session 20's first round of mends, then tuned on: figures as drawn and after in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen29" \
	"unseen set 29 (37 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261229, POOL registry, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn after all of session 20's mends, not tuned on: figures in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen30" \
	"unseen set 30 (40 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261230, POOL registry, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn at the start of session 21, then tuned on: figures as drawn and after in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen31" \
	"unseen set 31 (35 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261231, POOL registry, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn after session 21's first mends, then tuned on (one mend): figures as drawn and after in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen32" \
	"unseen set 32 (35 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261232, POOL registry, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn near the end of session 21, not tuned on: figures in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen33" \
	"unseen set 33 (40 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261233, POOL registry, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn at the start of session 22, then tuned on (one mend): figures as drawn and after in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen34" \
	"unseen set 34 (38 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261234, POOL registry, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn after session 22's first mend, not tuned on: figures in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen35" \
	"unseen set 35 (33 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261235, POOL registry, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn after session 22's audit and review mends, not tuned on: figures in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen36" \
	"unseen set 36 (40 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261236, POOL registry, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn at the start of session 23, then tuned on its one wrong error: figures as drawn and after in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen37" \
	"unseen set 37 (40 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261237, POOL registry, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn after session 23's audit and review mends, then tuned on (two mends): figures as drawn and after in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen38" \
	"unseen set 38 (40 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261238, POOL registry, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn at the start of session 24, then tuned on its one wrong error: figures as drawn and after in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen39" \
	"unseen set 39 (40 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261239, POOL registry, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn at the start of session 25, then tuned on (four mends): figures as drawn and after in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen40" \
	"unseen set 40 (40 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261240, POOL registry, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 26, then tuned on (four mends): figures as drawn and after in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen41" \
	"unseen set 41 (40 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261241, POOL registry, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn at the start of session 27, then tuned on (seven mends): figures as drawn and after in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen42" \
	"unseen set 42 (39 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261242, POOL registry, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 27 after unseen41's mends, then tuned on (four mends): figures as drawn and after in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen43" \
	"unseen set 43 (40 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261243, POOL registry, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 27 after unseen42's mends, then tuned on (three mends): figures as drawn and after in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen44" \
	"unseen set 44 (40 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261244, POOL registry, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn at the start of session 28, then tuned on (five mends): figures as drawn and after in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen45" \
	"unseen set 45 (37 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261245, POOL registry, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn late in session 28, then tuned on (two mends): figures as drawn and after in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen46" \
	"unseen set 46 (40 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261246, POOL registry, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn at the start of session 29, then tuned on (seven mends): figures as drawn and after in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen47" \
	"unseen set 47 (38 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261247, POOL registry, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 29 after unseen46's mends, then tuned on (six mends): figures as drawn and after in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen48" \
	"unseen set 48 (40 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261248, POOL registry, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 29 after unseen47's mends, then tuned on (four mends): figures as drawn and after in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen49" \
	"unseen set 49 (40 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261249, POOL registry, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn at the end of session 29, not tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen50" \
	"unseen set 50 (40 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261250, POOL registry, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn early in session 30, then tuned on (seven mends): figures as drawn and after in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen51" \
	"unseen set 51 (39 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261251, POOL registry, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 30 after unseen50's mends, then tuned on (three mends): figures as drawn and after in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen52" \
	"unseen set 52 (38 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261252, POOL registry, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 30 after unseen51's mends, then tuned on (four mends): figures as drawn and after in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen53" \
	"unseen set 53 (29 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261253, POOL registry, the last the registry pool held, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 30 after unseen52's mends, then tuned on (two mends): figures as drawn and after in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen54" \
	"unseen set 54 (40 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261254, POOL registry2: the first from the articles that name the registry without HKEY_LOCAL_MACHINE, HKEY_CURRENT_USER or HKLM\\; labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn at the start of session 31, then tuned on (three mends): figures as drawn and after in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen55" \
	"unseen set 55 (37 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261255, POOL registry2, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 31 after unseen54's mends, then tuned on (five mends): figures as drawn and after in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen56" \
	"unseen set 56 (34 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261256, POOL registry2, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 31 after unseen55's mends, not tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen57" \
	"unseen set 57 (34 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261257, POOL registry2, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 31 after the review net's mends, then tuned on (two mends): figures as drawn and after in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen58" \
	"unseen set 58 (35 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261258, POOL registry2, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 31 after unseen57's mends, then tuned on (one mend): figures as drawn and after in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen59" \
	"unseen set 59 (28 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261259, POOL registry2, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn late in session 31 after unseen58's mend, then tuned on (one mend): figures as drawn and after in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen60" \
	"unseen set 60 (26 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261260, POOL registry2, the last that pool held, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn late in session 31, not tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen61" \
	"unseen set 61 (40 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261261, POOL events2: event IDs and no registry; labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn late in session 31, then tuned on (one mend): figures as drawn and after in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen62" \
	"unseen set 62 (40 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261262, POOL events2, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn at the end of session 31, then tuned on (two mends): figures as drawn and after in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen63" \
	"unseen set 63 (40 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261263, POOL events2, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn at the start of session 32, then tuned on (three mends): figures as drawn and after in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen64" \
	"unseen set 64 (40 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261264, POOL events2, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn at the start of session 32, then tuned on (two mends): figures as drawn and after in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen65" \
	"unseen set 65 (34 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261265, POOL events2, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 32 after unseen63-64's mends, then tuned on (one mend): figures as drawn and after in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen66" \
	"unseen set 66 (34 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261266, POOL events2, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 32 after unseen63-64's mends, then tuned on (three mends): figures as drawn and after in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen67" \
	"unseen set 67 (32 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261267, POOL events2, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 32 after unseen63-66's mends, then tuned on (two mends): figures as drawn and after in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen68" \
	"unseen set 68 (32 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261268, POOL events2, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 32 after unseen63-66's mends, not tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen69" \
	"unseen set 69 (35 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261269, POOL events2, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn late in session 32 after all its mends, then tuned on (one review-net mend): figures as drawn and after in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen70" \
	"unseen set 70 (33 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261270, POOL events2, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn late in session 32 after all its mends, not tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen71" \
	"unseen set 71 (40 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261271, POOL events2, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn at the start of session 33, then tuned on (two mends): figures as drawn and after in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen72" \
	"unseen set 72 (40 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261272, POOL events2, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn at the start of session 33, then tuned on (one mend): figures as drawn and after in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen73" \
	"unseen set 73 (40 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261273, POOL events2, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 33 after unseen71-72's mends, then tuned on (two mends): figures as drawn and after in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen74" \
	"unseen set 74 (39 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261274, POOL events2, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 33 after unseen71-72's mends, not tuned on: figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen75" \
	"unseen set 75 (39 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261275, POOL events2, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 33 after unseen71-74's mends, then tuned on (one mend): figures as drawn and after in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen76" \
	"unseen set 76 (39 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261276, POOL events2, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 33 after unseen71-74's mends, then tuned on (one mend): figures as drawn and after in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen77" \
	"unseen set 77 (37 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261277, POOL events2, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 33 after unseen71-76's mends, then tuned on (one mend): figures as drawn and after in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen78" \
	"unseen set 78 (39 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261278, POOL events2, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 33 after unseen71-76's mends, not tuned on: figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen79" \
	"unseen set 79 (38 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261279, POOL events2, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 33 after unseen71-78's mends, then tuned on (one mend): figures as drawn and after in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen80" \
	"unseen set 80 (39 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261280, POOL events2, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 33 after unseen71-78's mends, then tuned on (one mend): figures as drawn and after in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen81" \
	"unseen set 81 (35 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261281, POOL events2, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn late in session 33 after unseen71-80's mends, not tuned on: figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen82" \
	"unseen set 82 (38 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261282, POOL events2, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn late in session 33 after unseen71-80's mends, then tuned on (two mends): figures as drawn and after in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen83" \
	"unseen set 83 (38 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261283, POOL events2, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn late in session 33 after unseen71-82's mends, then tuned on (three mends): figures as drawn and after in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen84" \
	"unseen set 84 (36 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261284, POOL events2, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn late in session 33 after unseen71-82's mends, then tuned on (one mend): figures as drawn and after in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen85" \
	"unseen set 85 (35 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261285, POOL events2, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn late in session 33 after unseen71-84's mends, not tuned on: figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen86" \
	"unseen set 86 (38 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261286, POOL events2, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn late in session 33 after unseen71-84's mends, not tuned on: figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen87" \
	"unseen set 87 (34 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261287, POOL events2, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn at the end of session 33 after all its mends but the last, then tuned on (one mend): figures as drawn and after in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen88" \
	"unseen set 88 (38 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261288, POOL events2, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn at the end of session 33 after all its mends but the last, not tuned on: figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen89" \
	"unseen set 89 (35 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261289, POOL events2, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn at the end of session 33 after all its mends, not tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen90" \
	"unseen set 90 (37 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261290, POOL events2, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn at the end of session 33 after all its mends, not tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen91" \
	"unseen set 91 (35 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261291, POOL events2, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn at the end of session 33 after all its mends, not tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen92" \
	"unseen set 92 (38 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261292, POOL events2, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn at the end of session 33 after all its mends, not tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen93" \
	"unseen set 93 (37 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261293, POOL events2, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn at the start of session 34, then tuned on (one mend): figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen94" \
	"unseen set 94 (38 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261294, POOL events2, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn at the start of session 34, then tuned on (three mends): figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen95" \
	"unseen set 95 (31 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261295, POOL events2, labelled to docs/kbimport-labelling.md before the importer ran on them; POOL events2's last articles, measured as drawn in session 34 after its first mends, then tuned on (three mends): figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen96" \
	"unseen set 96 (40 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261296, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; the first set of POOL errors, measured as drawn in session 34 after its first mends, then tuned on (two mends): figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen97" \
	"unseen set 97 (38 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261297, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 34 after the mends of the sets before it, then tuned on (one mend): figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen98" \
	"unseen set 98 (38 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261298, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 34 after the mends of the sets before it, then tuned on (two mends): figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen99" \
	"unseen set 99 (38 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261299, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 34 after the mends of the sets before it, not tuned on: figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen100" \
	"unseen set 100 (37 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261300, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 34 after the mends of the sets before it, then tuned on (two mends): figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen101" \
	"unseen set 101 (39 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261301, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 34 after the mends of the sets before it, then tuned on (one mend): figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen102" \
	"unseen set 102 (36 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261302, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 34 after the mends of the sets before it, not tuned on: figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen103" \
	"unseen set 103 (36 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261303, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 34 after the mends of the sets before it, then tuned on (two mends): figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen104" \
	"unseen set 104 (39 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261304, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 34 after the mends of the sets before it, then tuned on (one mend): figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen105" \
	"unseen set 105 (36 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261305, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 34 after the mends of the sets before it, then tuned on (two mends): figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen106" \
	"unseen set 106 (40 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261306, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 34 after the mends of the sets before it, then tuned on (one mend): figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen107" \
	"unseen set 107 (38 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261307, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 34 after the mends of the sets before it, then tuned on (two mends): figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen108" \
	"unseen set 108 (37 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261308, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 34 after the mends of the sets before it, not tuned on: figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen109" \
	"unseen set 109 (38 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261309, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn late in session 34, then tuned on (its last mend): figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen110" \
	"unseen set 110 (39 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261310, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn late in session 34 after every mend but the last, not tuned on: figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen111" \
	"unseen set 111 (34 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261311, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; drawn after every mend of session 34, measured as drawn, not tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen112" \
	"unseen set 112 (39 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261312, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; drawn after every mend of session 34, measured as drawn, not tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen113" \
	"unseen set 113 (38 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261313, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 35, then tuned on (five mends): figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen114" \
	"unseen set 114 (38 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261314, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 35, then tuned on (two mends): figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen115" \
	"unseen set 115 (38 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261315, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 35, then tuned on (two mends): figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen116" \
	"unseen set 116 (36 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261316, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 35, then tuned on (three mends): figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen117" \
	"unseen set 117 (39 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261317, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 35, then tuned on (two mends): figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen118" \
	"unseen set 118 (40 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261318, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 35, then tuned on (two mends): figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen119" \
	"unseen set 119 (37 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261319, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 35, then tuned on (two mends): figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen120" \
	"unseen set 120 (39 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261320, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 35, then not tuned on: figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen121" \
	"unseen set 121 (37 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261321, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 35, then tuned on (two mends): figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen122" \
	"unseen set 122 (34 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261322, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 35, then not tuned on: figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen123" \
	"unseen set 123 (38 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261323, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 35, not tuned on: figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen124" \
	"unseen set 124 (37 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261324, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 35, then tuned on (one mend): figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen125" \
	"unseen set 125 (36 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261325, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 35, not tuned on: figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen126" \
	"unseen set 126 (33 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261326, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 35, then tuned on (one mend): figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen127" \
	"unseen set 127 (37 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261327, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; drawn after every mend of session 35, measured as drawn, not tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen128" \
	"unseen set 128 (39 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261328, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; drawn after every mend of session 35, measured as drawn, not tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen129" \
	"unseen set 129 (38 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261329, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; drawn after every mend of session 35, measured as drawn, not tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen130" \
	"unseen set 130 (36 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261330, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; drawn after every mend of session 35, measured as drawn, not tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen131" \
	"unseen set 131 (38 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261331, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 36, not tuned on: figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen132" \
	"unseen set 132 (40 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261332, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 36, then tuned on (two mends): figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen133" \
	"unseen set 133 (33 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261333, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 36, not tuned on: figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen134" \
	"unseen set 134 (37 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261334, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 36, not tuned on: figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen135" \
	"unseen set 135 (35 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261335, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 36, then tuned on (one mend): figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen136" \
	"unseen set 136 (36 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261336, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 36, not tuned on: figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen137" \
	"unseen set 137 (35 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261337, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 36, then tuned on (one mend): figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen138" \
	"unseen set 138 (39 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261338, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 36, not tuned on: figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen139" \
	"unseen set 139 (36 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261339, POOL events3, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 36, then tuned on (one mend): figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen140" \
	"unseen set 140 (34 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261340, POOL events3, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn in session 36, not tuned on: figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen141" \
	"unseen set 141 (38 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261341, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; drawn after session 36's mends up to 118702d, measured as drawn, then tuned on (one mend): figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen142" \
	"unseen set 142 (39 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261342, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; drawn after every mend of session 36, measured as drawn, not tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen143" \
	"unseen set 143 (34 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261343, POOL events3, labelled to docs/kbimport-labelling.md before the importer ran on them; drawn after every mend of session 36, measured as drawn, not tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen144" \
	"unseen set 144 (37 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261344, POOL events3, labelled to docs/kbimport-labelling.md before the importer ran on them; drawn after session 36's mends up to 118702d, measured as drawn, then tuned on (one mend): figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen145" \
	"unseen set 145 (37 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261345, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; drawn after every mend of session 36, measured as drawn, not tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen146" \
	"unseen set 146 (35 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261346, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; drawn after every mend of session 36, measured as drawn, not tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen147" \
	"unseen set 147 (36 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261347, POOL events3, labelled to docs/kbimport-labelling.md before the importer ran on them; drawn after session 36's mends up to f5cf3a3, measured as drawn, then tuned on (one mend): figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen148" \
	"unseen set 148 (2 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261348, POOL events3, labelled to docs/kbimport-labelling.md before the importer ran on them; drawn after every mend of session 36, measured as drawn, not tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen149" \
	"unseen set 149 (36 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261349, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; drawn at session 37's start, measured as drawn, then tuned on (one mend): figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen150" \
	"unseen set 150 (37 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261350, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; drawn at session 37's start, measured as drawn, then tuned on (one mend): figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen151" \
	"unseen set 151 (38 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261351, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; drawn after session 37's first mends, measured as drawn, not tuned on: figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen152" \
	"unseen set 152 (32 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261352, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; drawn after session 37's first mends, measured as drawn, then tuned on (one mend): figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen153" \
	"unseen set 153 (35 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261353, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; drawn after session 37's mends up to 4cea31c, measured as drawn, not tuned on: figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen154" \
	"unseen set 154 (36 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261354, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; drawn after session 37's mends up to 4cea31c (three of its articles shown before the draw, a slip its FIGURES.md names), measured as drawn, then tuned on (three mends): figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen155" \
	"unseen set 155 (38 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261355, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; drawn after every mend of session 37 that changes a draft's facts, measured as drawn, not tuned on: figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen156" \
	"unseen set 156 (37 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261356, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; drawn after every mend of session 37 that changes a draft's facts, measured as drawn, not tuned on: figures as drawn and at the session's end in its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen157" \
	"unseen set 157 (37 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261357, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; drawn at session 37's end, after every mend, measured as drawn, not tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen158" \
	"unseen set 158 (35 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261358, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; drawn at session 37's end, after every mend, measured as drawn, not tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen159" \
	"unseen set 159 (35 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261359, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; drawn at session 38's start, before any mend, measured as drawn: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen160" \
	"unseen set 160 (33 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261360, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; drawn at session 38's start, measured as drawn: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen161" \
	"unseen set 161 (35 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261361, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; drawn after session 38's mends from unseen159-160, measured as drawn: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen162" \
	"unseen set 162 (35 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261362, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; drawn after session 38's mends from unseen159-160, measured as drawn: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen163" \
	"unseen set 163 (31 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261363, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; drawn after session 38's mends from unseen159-162, measured as drawn: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen164" \
	"unseen set 164 (31 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261364, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; drawn after session 38's mends from unseen159-162, measured as drawn: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen165" \
	"unseen set 165 (33 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261365, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; drawn after session 38's mends from unseen159-164, measured as drawn: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen166" \
	"unseen set 166 (36 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261366, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; drawn after session 38's mends from unseen159-164, measured as drawn; one article shown before its draw, named in its FIGURES.md: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen167" \
	"unseen set 167 (38 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261367, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; drawn at session 38's end, after every mend, measured as drawn, not tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen168" \
	"unseen set 168 (36 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261368, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; drawn at session 38's end, after every mend, measured as drawn, not tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen169" \
	"unseen set 169 (35 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261369, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; drawn at session 38's end, after every mend, measured as drawn, not tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen170" \
	"unseen set 170 (33 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261370, POOL errors, labelled to docs/kbimport-labelling.md before the importer ran on them; drawn at session 38's end, after every mend, measured as drawn, not tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen171" \
	"unseen set 171 (39 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261371, POOL events4, the whole pool, labelled to docs/kbimport-labelling.md before the importer ran on them; measured as drawn, then tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen172" \
	"unseen set 172 (38 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261372, POOL errors2, labelled before the importer ran on them; measured as drawn, then tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen173" \
	"unseen set 173 (38 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261373, POOL errors2, labelled before the importer ran on them; measured as drawn, then tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen174" \
	"unseen set 174 (37 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261374, POOL errors2, labelled before the importer ran on them; drawn after the mends from 171-173, measured as drawn: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen175" \
	"unseen set 175 (35 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261375, POOL errors2, labelled before the importer ran on them; drawn after the mends from 171-173, measured as drawn, then tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen177" \
	"unseen set 177 (37 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261377, POOL errors2, labelled before the importer ran on them; drawn after every mend of session 39 up to f5e3c45, measured as drawn, then one mend: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen178" \
	"unseen set 178 (36 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261378, POOL errors2, labelled before the importer ran on them; drawn after every mend of session 39 up to f5e3c45, measured as drawn, then one mend: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen179" \
	"unseen set 179 (38 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261379, POOL errors2, labelled before the importer ran on them; drawn after every mend of session 39, measured as drawn, not tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen180" \
	"unseen set 180 (36 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261380, POOL errors2, labelled before the importer ran on them; drawn after every mend of session 39, measured as drawn, not tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen181" \
	"unseen set 181 (34 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261381, POOL errors2, labelled before the importer ran on them; drawn after every mend of session 39 and its review, measured as drawn, not tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen182" \
	"unseen set 182 (33 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261382, POOL errors2, labelled before the importer ran on them; drawn after every mend of session 39 and its review, measured as drawn, not tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen183" \
	"unseen set 183 (18 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261383, POOL errors2, its last, labelled before the importer ran on them; drawn after every mend of session 39 and its review, measured as drawn, not tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen184" \
	"unseen set 184 (39 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261384, POOL errors3, labelled before the importer ran on them; drawn before any mend of session 40, measured as drawn, then tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen185" \
	"unseen set 185 (38 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261385, POOL errors3, labelled before the importer ran on them; drawn before any mend of session 40, measured as drawn, then tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen186" \
	"unseen set 186 (39 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261386, POOL errors3, labelled before the importer ran on them; drawn before any mend of session 40, measured as drawn, then tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen187" \
	"unseen set 187 (39 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261387, POOL errors3, labelled before the importer ran on them; drawn before any mend of session 40, measured as drawn, then tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen188" \
	"unseen set 188 (38 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261388, POOL errors3, labelled before the importer ran on them; drawn before any mend of session 40, measured as drawn, then tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen189" \
	"unseen set 189 (39 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261389, POOL errors3, labelled before the importer ran on them; drawn before any mend of session 40, measured as drawn, then tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen190" \
	"unseen set 190 (35 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261390, POOL errors3, labelled before the importer ran on them; drawn after session 40's mends from 184-189, measured as drawn, then tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen191" \
	"unseen set 191 (29 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261391, POOL errors3, labelled before the importer ran on them; drawn after session 40's mends from 184-189, measured as drawn, then tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen192" \
	"unseen set 192 (36 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261392, POOL errors3, labelled before the importer ran on them; drawn after session 40's mends from 184-189, measured as drawn, then tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen193" \
	"unseen set 193 (35 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261393, POOL errors3, labelled before the importer ran on them; drawn after session 40's mends from 184-189, measured as drawn, then tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen194" \
	"unseen set 194 (36 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261394, POOL errors3, labelled before the importer ran on them; drawn after every mend of session 40 to drafts, measured as drawn, not tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen195" \
	"unseen set 195 (31 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261395, POOL errors3, labelled before the importer ran on them; drawn after every mend of session 40 to drafts, measured as drawn, not tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen196" \
	"unseen set 196 (38 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261396, POOL errors3, labelled before the importer ran on them; drawn after every mend of session 40 to drafts, measured as drawn, not tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen197" \
	"unseen set 197 (38 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261397, POOL errors3, labelled before the importer ran on them; drawn after every mend of session 40 to drafts, measured as drawn, not tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen198" \
	"unseen set 198 (33 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261398, POOL errors3, labelled before the importer ran on them; drawn after every mend of session 40 and its review, measured as drawn, not tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen199" \
	"unseen set 199 (35 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261399, POOL errors3, labelled before the importer ran on them; drawn after every mend of session 40 and its review, measured as drawn, not tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen200" \
	"unseen set 200 (38 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261400, POOL errors3, labelled before the importer ran on them; drawn after every mend of session 40 and its review, measured as drawn, not tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen201" \
	"unseen set 201 (36 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261401, POOL errors3, labelled before the importer ran on them; drawn after every mend of session 40 and its review, measured as drawn, not tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen202" \
	"unseen set 202 (34 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261402, POOL errors3, labelled before the importer ran on them; drawn at session 41's start, before any change, measured as drawn, then tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen203" \
	"unseen set 203 (39 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261403, POOL errors3, labelled before the importer ran on them; drawn at session 41's start, before any change, measured as drawn, then tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen204" \
	"unseen set 204 (35 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261404, POOL errors3, labelled before the importer ran on them; drawn at session 41's start, before any change, measured as drawn, then tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen205" \
	"unseen set 205 (37 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261405, POOL errors3, labelled before the importer ran on them; drawn at session 41's start, before any change, measured as drawn, then tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen206" \
	"unseen set 206 (38 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261406, POOL errors3, labelled before the importer ran on them; drawn after session 41's first mends (from the registry misses and unseen202-205), measured as drawn, then tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen207" \
	"unseen set 207 (34 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261407, POOL errors3, labelled before the importer ran on them; drawn after session 41's first mends (from the registry misses and unseen202-205), measured as drawn, not tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen208" \
	"unseen set 208 (36 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261408, POOL errors3, labelled before the importer ran on them; drawn after session 41's first mends (from the registry misses and unseen202-205), measured as drawn, not tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen209" \
	"unseen set 209 (38 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261409, POOL errors3, labelled before the importer ran on them; drawn after session 41's first mends (from the registry misses and unseen202-205), measured as drawn, then tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen210" \
	"unseen set 210 (32 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261410, POOL errors3, labelled before the importer ran on them; drawn after session 41's mends from unseen202-209, measured as drawn, not tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen211" \
	"unseen set 211 (34 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261411, POOL errors3, labelled before the importer ran on them; drawn after session 41's mends from unseen202-209, measured as drawn, then tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen212" \
	"unseen set 212 (33 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261412, POOL errors3, labelled before the importer ran on them; drawn after session 41's mends from unseen202-209, measured as drawn, then tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen213" \
	"unseen set 213 (36 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261413, POOL errors3, labelled before the importer ran on them; drawn after session 41's mends from unseen202-209, measured as drawn, then tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen214" \
	"unseen set 214 (38 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261414, POOL errors3, labelled before the importer ran on them; drawn at session 42's start, before any change, measured as drawn, then tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen215" \
	"unseen set 215 (36 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261415, POOL errors3, labelled before the importer ran on them; drawn at session 42's start, before any change, measured as drawn, then tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen216" \
	"unseen set 216 (32 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261416, POOL errors3, labelled before the importer ran on them; drawn at session 42's start, before any change, measured as drawn, then tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen217" \
	"unseen set 217 (32 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261417, POOL errors3, labelled before the importer ran on them; drawn at session 42's start, before any change, measured as drawn, then tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen218" \
	"unseen set 218 (30 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261418, POOL errors3, labelled before the importer ran on them; drawn after session 42's mends from unseen214-217, measured as drawn, then tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen219" \
	"unseen set 219 (38 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261419, POOL errors3, labelled before the importer ran on them; drawn after session 42's mends from unseen214-217, measured as drawn, then tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen220" \
	"unseen set 220 (33 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261420, POOL errors3, labelled before the importer ran on them; drawn after session 42's mends from unseen214-217, measured as drawn, then tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen221" \
	"unseen set 221 (36 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261421, POOL errors3, labelled before the importer ran on them; drawn after session 42's mends from unseen214-217, measured as drawn, then tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen222" \
	"unseen set 222 (34 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261422, POOL errors3, labelled before the importer ran on them; drawn after session 42's mends from unseen214-221, measured as drawn, not tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen223" \
	"unseen set 223 (36 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261423, POOL errors3, labelled before the importer ran on them; drawn after session 42's mends from unseen214-221, measured as drawn, not tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen224" \
	"unseen set 224 (32 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261424, POOL errors3, labelled before the importer ran on them; drawn after session 42's mends from unseen214-221, measured as drawn, not tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen225" \
	"unseen set 225 (34 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261425, POOL errors3, labelled before the importer ran on them; drawn after session 42's mends from unseen214-221, measured as drawn, tuned on by one mend: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen226" \
	"unseen set 226 (33 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261426, POOL errors3, labelled before the importer ran on them; drawn at session 43's start, before any change, measured as drawn, not tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen227" \
	"unseen set 227 (32 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261427, POOL errors3, labelled before the importer ran on them; drawn at session 43's start, before any change, measured as drawn, then tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen228" \
	"unseen set 228 (36 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261428, POOL errors3, labelled before the importer ran on them; drawn at session 43's start, before any change, measured as drawn, not tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen229" \
	"unseen set 229 (36 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261429, POOL errors3, labelled before the importer ran on them; drawn at session 43's start, before any change, measured as drawn, not tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen230" \
	"unseen set 230 (34 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261430, POOL errors3, labelled before the importer ran on them; drawn after session 43's mends from unseen226-229, measured as drawn, then tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen231" \
	"unseen set 231 (36 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261431, POOL errors3, labelled before the importer ran on them; drawn after session 43's mends from unseen226-229, measured as drawn, then tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen232" \
	"unseen set 232 (32 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261432, POOL errors3, labelled before the importer ran on them; drawn after session 43's mends from unseen226-229, measured as drawn, then tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen233" \
	"unseen set 233 (35 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261433, POOL errors3, labelled before the importer ran on them; drawn after session 43's mends from unseen226-229, measured as drawn, then tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen234" \
	"unseen set 234 (34 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261434, POOL errors3, labelled before the importer ran on them; drawn after session 43's mends from unseen226-233 and guide C24, measured as drawn, not tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen235" \
	"unseen set 235 (34 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261435, POOL errors3, labelled before the importer ran on them; drawn after session 43's mends from unseen226-233 and guide C24, measured as drawn, not tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen236" \
	"unseen set 236 (36 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261436, POOL errors3, labelled before the importer ran on them; drawn after session 43's mends from unseen226-233 and guide C24, measured as drawn, then tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen237" \
	"unseen set 237 (32 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261437, POOL errors3, labelled before the importer ran on them; drawn after session 43's mends from unseen226-233 and guide C24, measured as drawn, not tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen238" \
	"unseen set 238 (33 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261438, POOL errors3, labelled before the importer ran on them; drawn after session 43's mends from unseen226-237, measured as drawn, then tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen239" \
	"unseen set 239 (35 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261439, POOL errors3, labelled before the importer ran on them; drawn after session 43's mends from unseen226-237, measured as drawn, not tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen240" \
	"unseen set 240 (33 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261440, POOL errors3, labelled before the importer ran on them; drawn after session 43's mends from unseen226-237, measured as drawn, not tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen241" \
	"unseen set 241 (22 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261441, POOL errors3, the pool's last, labelled before the importer ran on them; drawn after session 43's mends from unseen226-237, measured as drawn, not tuned on: its FIGURES.md):"
measure_set "$KBWIZ_SRC/tests/fixtures/kbimport-unseen176" \
	"unseen set 176 (30 articles drawn by tests/fixtures/kbimport-draw.sh, seed 20261376, POOL registry3, the whole pool, labelled before the importer ran on them; drawn after the mends from 171-173, measured as drawn, then tuned on: its FIGURES.md):"
# The sets measured unseen, pooled: unseen13-170 were each labelled before
# the importer ran on them; 13 and 14 were unseen until session 10 chose
# its slots from the layouts of their misses (by form, over the whole
# archive), 15 until session 11 did the same; 16 was touched by one mend
# found by reading its misses, 17 by three, 18-28, 30, 31 and 33 as their
# FIGURES.md say (29, 32, 34 and 35 by none; 36 by one mend of its wrong
# error, 37 by two, 38 by one mend of its wrong error, 39 and 40 by
# four, 41 by seven, 42 by four, 43 by three, 44 by five, 45 by two, 46
# by seven, 47 by six, 48 by four; 49 by none; 50 by seven, 51 by three, 52 by four, 53 by two;
# 54 by three, 55 by five, 56 by none, 57 by two, 58 by one, 59 by one, 60 by none,
# 61 by one, 62 by two; 63 by three, 64 by two, 65 by one, 66 by three, 67 by
# two, 68 by none, 69 by one (a review-net mend), 70 by none; 71 by two, 72 by one,
# 73 by two, 74 by none, 75 by one, 76 by one, 77 by one, 78 by none, 79 by one,
# 80 by one, 81 by none, 82 by two, 83 by three, 84 by one, 85 and 86 by none,
# 87 by one, 88 to 92 by none; 93 by one, 94 by three, 95 by three, 96 by two,
# 97 by one, 98 by two, 99 by none, 100 by two, 101 by one, 102 by none, 103 by
# two, 104 by one, 105 by two, 106 by one, 107 by two, 108 by none, 109 by one,
# 110 to 112 by none; 113 by five, 114 to 119 by two or three each, 120 by none,
# 121 by two, 122 and 123 by none, 124 by one, 125 by none, 126 by one, 127
# to 130 by none; in session 36: 132 by two, 135, 137 and 139 by one each, 131,
# 133, 134, 136, 138 and 140 by none, 141 and 144 by one each, 142 and 143 by
# none, 145 and 146 by none, 147 by one, 148 by none; and, by mends found
# reading their misses again, 127 by one (LAN Manager's NET messages), 61, 74
# and 82 by one (a source misspelt by one letter), 128 by one (an event pair
# broken before its joiner); in session 37: 149, 150 and 152 by one each,
# 154 by three, 151, 153 and 155-158 by none; and, by mends found reading
# the archive and the sets' misses again, 12, 64, 73, 82, 83, 140, 143 and
# 144 by one (an event's source named with the word "source", an "Event:
# 3031" field), 96 by one (the multimedia system's MMSYSTEM messages), 109,
# 122 and 135 by one (an access violation's status misprinted)); in session
# 38: 159, 160, 161, 162, 163 and 165 by one each, 164, 166 and 167-170 by
# none; and, by mends found reading the archive and the sets' misses again,
# 131 and 155 by one (a "STOP Message 0x..."), 78 by one (a second message
# quoted under one lead-in), 80 by one (an event's "Data word: c0000022"));
# in session 39: 171 by three (event fields parted by dashes, as one line
# of pairs, double-spaced), 172 by two (ODBC's native error, "scode ="), 173
# by one ("Fatal Exit code 0x..."), 175 by one (the same wrapped), 176 by
# two (a root misspelt in mixed case, "error code = 38a"), 174 by none,
# 177 and 178 by one each (a quoted code with a slip of punctuation), 179
# to 183 by none; and,
# by those mends, 146 and 26 by one each (a native error, a labelled code
# with a hex letter), 85 by one review note, 140 by one ("Error Code =
# 0D0A")); in session 40: 184, 185 and 188 by one each (the Macintosh's
# "error of type N"), 189 and 193 by one each (the OS Loader's "TRAP
# 0000000E"), 191 by two (a directory listing's lines, a commented
# program statement), 186, 187, 190 and 192 by none, 194-197 by none (the
# review net, widened with forms of 184-197's misses, moved misses of
# 185, 187-189, 194-196 into review but changed no draft), 198-201 by
# none; and, by those
# mends, 161 by one (a Macintosh error's type), 107, 126, 172 and 181 by
# the widened net's review items only); in session 41: 202 by one (a
# blue screen's exception typed with the letter O), 204 by one (exception
# 00), 205 by five (an event list at the margin, lodctr's wrapped "<112>",
# Windows Me's "Error:OE:"), 206 by one and 212 by four (a socket call's
# "ERROR write: (9)", LAN Manager's spaced "NET 3056 -", OS/2's
# "SYS1811:"), 209 by one
# ("Trap 0x50 and 0xA"), 211 by one (lodctr's "<32>"), 213 by one ("TRAP
# 000D"), 203, 207, 208 and 210 by none; and, by those mends, 15, 34, 36
# and 40 by registry facts found (a value added "to:" its key, a REGEDIT
# line's hex(2) data, an entry added to the list a step opened, values of
# several words deleted), 11 by one (a key line ending with a
# backslash), 185, 199 and 207 by one each (the socket call, Windows Me),
# 194 and 196 by one each (OS/2's padded "Trap 0002"), 157 and 183 by
# one each (OS/2's "SYS3176", "SYS1943"); in session 42: 214-221 and 225
# by the mends their FIGURES.md name (an HTTP success status, "ID 1601
# Source:", "Trap D", an ASP error in prose, "code: 2c5 (hex)", NMAKE's
# return code, a Basic comment's code, MAPI's "[81002708]", a Windows
# Sockets error's number, "Net 3054:", "MessageId=", "error message 87"),
# 222-224 by none; and, by those mends, 35, 82, 91, 107, 136, 137, 156,
# 158, 198, 206, 210, 211 and 213 by codes found, 103, 111, 168 and 179
# by a wrong code gone, 105 and 195 by both, 57, 134, 172 and 195 by a
# code the labels leave out (the review net's wider forms, "exit code
# 65", a constant beside its number, moved misses of many sets into
# review and changed no draft); in session 43: 227, 230-233, 236 and 238
# by the mends their FIGURES.md name (GetLastError's "may return", "with
# the exception of", a STOP code wrapped after its word, a listed code
# whose meaning opens with "A", a quoted HRESULT, the SMS Provider's "SQL
# Err >> #107", "error ID -1808", a release candidate's "RC 1", a
# program's listing, an event list with "-or-"), 226, 228, 229, 234, 235,
# 237 and 239-241 by none; guide C24 (an Exchange connector's own log
# entry is review) relabelled ten labels of 11, 135, 175, 193 and 199
# (tests/fixtures/RELABEL-session43.md).
# Each set alone holds few facts.
pooled=""
for s in $(for i in $(seq 13 241); do echo "unseen$i"; done); do
	for p in $(sed -n 's/^path: //p' "$KBWIZ_SRC/tests/fixtures/kbimport-$s"/*.yaml); do
		[ -f "$ARCH/$p" ] || continue 2
	done
	pooled="$pooled $KBWIZ_SRC/tests/fixtures/kbimport-$s"
done
if [ -n "$pooled" ]; then
	echo "unseen sets 13-241 pooled (16-28, 30, 31, 33, 36-48, 50-55, 57-59, 61-67, 69, 71-77, 79, 80, 82-84, 87, 93-98, 100, 101, 103-107, 109, 113-119, 121, 122, 124, 126-128, 132, 135, 137, 139-141, 143, 144, 147, 149, 150, 152, 154, 159-163, 165, 171-173, 175-178, 184, 185, 188, 189, 191, 193, 202, 204-206, 209, 211-221, 225, 227, 230-233, 236 and 238 touched only by mends found reading their misses, each named in its FIGURES.md or above; 13-15 unseen until sessions 10 and 11 took the forms of their misses as slots; 54-60 drawn from POOL registry2, 61-95 from POOL events2, 96-138, 141, 142, 145, 146 and 149-170 from POOL errors, 139, 140, 143, 144, 147 and 148 from POOL events3, 171 from POOL events4, 172-175 and 177-183 from POOL errors2, 176 from POOL registry3, 184-241 from POOL errors3):"
	# shellcheck disable=SC2086
	"$MEASURE" labels $pooled "$ARCH"
fi
# What issue 14 is judged by: each unseen set as first measured, before
# any tuning on it (the first row of its FIGURES.md table), pooled.
# as_drawn FIRST LAST TITLE: unseen sets FIRST..LAST so, under TITLE.
as_drawn() {
	echo "$3"
	# shellcheck disable=SC2046
	awk -f "$KBWIZ_SRC/bench/asdrawn.awk" $(for i in $(seq "$1" "$2"); do echo "$KBWIZ_SRC/tests/fixtures/kbimport-unseen$i/FIGURES.md"; done)
}
# as_drawn_sets TITLE N...: the unseen sets named so, under TITLE (a pool's
# sets that are not one run of numbers).
as_drawn_sets() {
	echo "$1"
	shift
	# shellcheck disable=SC2046
	awk -f "$KBWIZ_SRC/bench/asdrawn.awk" $(for i in "$@"; do echo "$KBWIZ_SRC/tests/fixtures/kbimport-unseen$i/FIGURES.md"; done)
}
as_drawn 13 241 "unseen sets 13-241 as drawn, pooled (each set's FIGURES.md, first row):"
as_drawn 54 60 "unseen sets 54-60 as drawn, pooled (POOL registry2: the registry named without HKEY_LOCAL_MACHINE, HKEY_CURRENT_USER or HKLM\\):"
as_drawn 61 95 "unseen sets 61-95 as drawn, pooled (POOL events2: event IDs and no registry):"
as_drawn 65 70 "unseen sets 65-70 as drawn, pooled (POOL events2, drawn after session 32's first mends):"
as_drawn 71 92 "unseen sets 71-92 as drawn, pooled (POOL events2, session 33: each pair drawn after the mends from the pairs before it):"
as_drawn 89 92 "unseen sets 89-92 as drawn, pooled (POOL events2, drawn after every one of session 33's mends):"
as_drawn 96 112 "unseen sets 96-112 as drawn, pooled (POOL errors: error codes and neither event IDs nor the registry; session 34, each pair drawn after the mends from the pairs before it):"
as_drawn 93 112 "unseen sets 93-112 as drawn, pooled (session 34):"
as_drawn 111 112 "unseen sets 111-112 as drawn, pooled (POOL errors, drawn after every one of session 34's mends):"
as_drawn 96 130 "unseen sets 96-130 as drawn, pooled (POOL errors, sessions 34 and 35):"
as_drawn 113 130 "unseen sets 113-130 as drawn, pooled (session 35: each pair drawn after the mends from the pairs before it):"
as_drawn 127 130 "unseen sets 127-130 as drawn, pooled (POOL errors, drawn after every one of session 35's mends, not tuned on):"
as_drawn 131 138 "unseen sets 131-138 as drawn, pooled (POOL errors, session 36: each pair drawn after the mends from the pairs before it):"
as_drawn 141 142 "unseen sets 141-142 as drawn, pooled (POOL errors, drawn after session 36's mends up to 118702d):"
as_drawn 145 146 "unseen sets 145-146 as drawn, pooled (POOL errors, drawn after every one of session 36's mends, not tuned on):"
as_drawn_sets "unseen sets 96-138, 141, 142, 145, 146 and 149-170 as drawn, pooled (POOL errors, sessions 34-38):" $(seq 96 138) 141 142 145 146 $(seq 149 170)
as_drawn_sets "unseen sets 139, 140, 143, 144, 147 and 148 as drawn, pooled (POOL events3: an event named by its number without 'ID', no registry; session 36, the whole pool):" 139 140 143 144 147 148
as_drawn 139 140 "unseen sets 139-140 as drawn, pooled (POOL events3, drawn after session 36's mends up to 54ba4be):"
as_drawn 143 144 "unseen sets 143-144 as drawn, pooled (POOL events3, drawn after session 36's mends up to 118702d):"
as_drawn 147 148 "unseen sets 147-148 as drawn, pooled (POOL events3, drawn after session 36's mends up to f5cf3a3):"
as_drawn 149 158 "unseen sets 149-158 as drawn, pooled (POOL errors, session 37: each pair drawn after the mends from the pairs before it):"
as_drawn 155 158 "unseen sets 155-158 as drawn, pooled (POOL errors, drawn after every mend of session 37 that changes a draft's facts, not tuned on):"
as_drawn 159 170 "unseen sets 159-170 as drawn, pooled (POOL errors, session 38: each pair drawn after the mends from the pairs before it):"
as_drawn 167 170 "unseen sets 167-170 as drawn, pooled (POOL errors, drawn after every mend of session 38, not tuned on):"
as_drawn 171 171 "unseen set 171 as drawn (POOL events4: event IDs in forms no earlier pool's search finds, the whole pool; session 39, before any mend):"
as_drawn 172 175 "unseen sets 172-175 as drawn, pooled (POOL errors2: error codes in other notations; 172-173 before session 39's mends, 174-175 after those from 171-173):"
as_drawn 176 176 "unseen set 176 as drawn (POOL registry3: registry paths with no root, the whole pool; after the mends from 171-173):"
as_drawn 177 178 "unseen sets 177-178 as drawn, pooled (POOL errors2, drawn after every mend of session 39 up to f5e3c45):"
as_drawn 177 183 "unseen sets 177-183 as drawn, pooled (POOL errors2, drawn after every mend of session 39 up to f5e3c45 (177-178), 46e67d49 (179-180) and 21a60b5c (181-183)):"
as_drawn 179 183 "unseen sets 179-183 as drawn, pooled (POOL errors2, drawn after every mend of session 39, not tuned on):"
as_drawn_sets "unseen sets 172-175 and 177-183 as drawn, pooled (POOL errors2, the whole pool, session 39):" 172 173 174 175 177 178 179 180 181 182 183
as_drawn 184 189 "unseen sets 184-189 as drawn, pooled (POOL errors3: articles no earlier pool's search finds, a number after an error, exception, fault, status or failure word; session 40, before any mend):"
as_drawn 190 193 "unseen sets 190-193 as drawn, pooled (POOL errors3, drawn after session 40's mends from 184-189):"
as_drawn 194 197 "unseen sets 194-197 as drawn, pooled (POOL errors3, drawn after every mend of session 40 to drafts, not tuned on):"
as_drawn 198 201 "unseen sets 198-201 as drawn, pooled (POOL errors3, drawn after every mend of session 40 and its review, not tuned on):"
as_drawn 194 201 "unseen sets 194-201 as drawn, pooled (POOL errors3, drawn after every mend of session 40 to drafts, not tuned on):"
as_drawn 184 201 "unseen sets 184-201 as drawn, pooled (POOL errors3, session 40):"
as_drawn 202 205 "unseen sets 202-205 as drawn, pooled (POOL errors3, drawn at session 41's start, before any change):"
as_drawn 206 209 "unseen sets 206-209 as drawn, pooled (POOL errors3, drawn after session 41's first mends):"
as_drawn 210 213 "unseen sets 210-213 as drawn, pooled (POOL errors3, drawn after session 41's mends from unseen202-209):"
as_drawn 202 213 "unseen sets 202-213 as drawn, pooled (POOL errors3, session 41):"
as_drawn 184 213 "unseen sets 184-213 as drawn, pooled (POOL errors3, sessions 40 and 41):"
as_drawn 214 217 "unseen sets 214-217 as drawn, pooled (POOL errors3, drawn at session 42's start, before any change):"
as_drawn 218 221 "unseen sets 218-221 as drawn, pooled (POOL errors3, drawn after session 42's mends from unseen214-217):"
as_drawn 222 225 "unseen sets 222-225 as drawn, pooled (POOL errors3, drawn after session 42's mends from unseen214-221):"
as_drawn 214 225 "unseen sets 214-225 as drawn, pooled (POOL errors3, session 42):"
as_drawn 184 225 "unseen sets 184-225 as drawn, pooled (POOL errors3, sessions 40-42):"
as_drawn 226 229 "unseen sets 226-229 as drawn, pooled (POOL errors3, drawn at session 43's start, before any change):"
as_drawn 230 233 "unseen sets 230-233 as drawn, pooled (POOL errors3, drawn after session 43's mends from unseen226-229):"
as_drawn 234 237 "unseen sets 234-237 as drawn, pooled (POOL errors3, drawn after session 43's mends from unseen226-233 and guide C24):"
as_drawn 238 241 "unseen sets 238-241 as drawn, pooled (POOL errors3, drawn after session 43's mends from unseen226-237; 241 the pool's last):"
as_drawn 226 241 "unseen sets 226-241 as drawn, pooled (POOL errors3, session 43):"
as_drawn 184 241 "unseen sets 184-241 as drawn, pooled (POOL errors3, sessions 40-43, the whole pool):"
# Errors' messages (message: fields, docs/kbimport-labelling.md C25),
# labelled in session 53: the sets read while the message readers were
# written, then five labelled after them and never read for forms.
F="$KBWIZ_SRC/tests/fixtures"
for s in labels unseen96 unseen100 unseen129 unseen131 unseen104 unseen128 unseen102 unseen109 unseen167; do
	unpack_set "$F/kbimport-$s"
done
echo "messages, sets read while the readers were written (labels, unseen96, 100, 129, 131), pooled:"
"$MEASURE" labels "$F/kbimport-labels" "$F/kbimport-unseen96" "$F/kbimport-unseen100" "$F/kbimport-unseen129" \
	"$F/kbimport-unseen131" "$ARCH" | grep '^messages'
echo "messages, held out (unseen104, 128, 102, 109, 167: labelled after, never read for forms), pooled:"
"$MEASURE" labels "$F/kbimport-unseen104" "$F/kbimport-unseen128" "$F/kbimport-unseen102" \
	"$F/kbimport-unseen109" "$F/kbimport-unseen167" "$ARCH" | grep '^messages'
exit 0
