#!/bin/sh
# import_archive.sh: import every article of the KB archive (56,929 of
# them) and report what became of them.  Not part of `make test`: it
# takes a minute or more.  Fails on a crash (a signal, or a file that got
# neither a draft nor a refusal) or a hang (a batch that outlives its
# timeout).
#   KBWIZ_BUILD   the build directory (default build)
#   KBWIZ_ARCHIVE the tarball (default ../shared/kb-archive/kb-archive.tar.xz)
#   BATCH         files per kbwiz process (default 500)
#   TIMEOUT       seconds per batch (default 120)
set -u
: "${KBWIZ_SRC:=$(cd "$(dirname "$0")/../.." && pwd)}"
: "${KBWIZ_BUILD:=build}"
case "$KBWIZ_BUILD" in /*) ;; *) KBWIZ_BUILD="$KBWIZ_SRC/$KBWIZ_BUILD" ;; esac
KBWIZ="$KBWIZ_BUILD/kbwiz"
ARCHIVE=${KBWIZ_ARCHIVE:-$KBWIZ_SRC/../shared/kb-archive/kb-archive.tar.xz}
BATCH=${BATCH:-500}
TIMEOUT=${TIMEOUT:-120}

if [ ! -x "$KBWIZ" ]; then
	echo "FAIL: import_archive: $KBWIZ not built"
	exit 1
fi
TMP=$(mktemp -d "${TMPDIR:-/tmp}/kbwiz-archive.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

# Reuse an unpacked archive when there is one.
if [ -d "$KBWIZ_BUILD/kbarchive/txt" ]; then
	ARCH="$KBWIZ_BUILD/kbarchive"
elif [ -f "$ARCHIVE" ]; then
	ARCH="$TMP/kbarchive"
	mkdir -p "$ARCH"
	echo "unpacking $ARCHIVE ..."
	if ! tar -xJf "$ARCHIVE" -C "$ARCH"; then
		echo "FAIL: import_archive: cannot unpack $ARCHIVE"
		exit 1
	fi
else
	echo "SKIP: import_archive: $ARCHIVE absent"
	exit 0
fi

find "$ARCH/txt/" -type f -name '*.TXT' | sort >"$TMP/list"
total=$(wc -l <"$TMP/list")
if [ "$total" -eq 0 ]; then
	echo "FAIL: import_archive: no articles under $ARCH/txt"
	exit 1
fi
split -l "$BATCH" "$TMP/list" "$TMP/batch."
start=$(date +%s)
crashed=0 hung=0
for b in "$TMP"/batch.*; do
	# --stdout: the drafts themselves are not kept; the summary line on
	# stderr says what each one holds.
	xargs timeout "$TIMEOUT" "$KBWIZ" kb import --stdout <"$b" >/dev/null 2>>"$TMP/log"
	rc=$?
	case $rc in
	0|3) ;;
	124) hung=$((hung + 1)); echo "FAIL: import_archive: batch $(head -1 "$b") ... timed out" ;;
	*) crashed=$((crashed + 1)); echo "FAIL: import_archive: batch $(head -1 "$b") ... exited $rc" ;;
	esac
done
end=$(date +%s)

# Every 50th article's draft must pass `kb check` but for its review
# items (the drafts of all of them load; this keeps the run short).
mkdir "$TMP/drafts"
awk 'NR % 50 == 1' "$TMP/list" | xargs "$KBWIZ" kb import -o "$TMP/drafts" >/dev/null 2>&1
checked=0 check_bad=0
for d in "$TMP"/drafts/*.yaml; do
	[ -f "$d" ] || continue
	checked=$((checked + 1))
	"$KBWIZ" kb check "$d" >/dev/null 2>"$TMP/check.err"
	if grep -v -E ':[0-9]+:1: review|: draft: [0-9]+ item\(s\) to review$|files have errors$' "$TMP/check.err" | grep -q .; then
		check_bad=$((check_bad + 1))
		echo "FAIL: import_archive: kb check: $(grep -v -E ':[0-9]+:1: review|to review$|files have errors$' "$TMP/check.err" | head -1)"
	fi
done

# Every line that names a key, a value, an event ID or an error code, in
# any form the importer's review net knows, is in its draft or in the
# draft's review list (issue 14).
uncovered=0
if [ -x "$KBWIZ_BUILD/tools/kbimport_measure" ]; then
	xargs "$KBWIZ_BUILD/tools/kbimport_measure" coverage -v <"$TMP/list" 2>/dev/null >"$TMP/coverage"
	uncovered=$(grep -c ': not placed: ' "$TMP/coverage")
	fact_lines=$(awk '/^coverage:/ { n += $4 } END { print n + 0 }' "$TMP/coverage")
	grep ': not placed: ' "$TMP/coverage" | head -5 | sed 's/^/FAIL: import_archive: /'
fi

imported=$(grep -c ' -> stdout: draft with ' "$TMP/log")
refused=$(grep -v ' -> stdout: draft with ' "$TMP/log" | grep -c '^kbwiz: ')
with_checks=$(grep ' -> stdout: draft with ' "$TMP/log" | grep -vc ' 0 check(s)')
with_events=$(grep ' -> stdout: draft with ' "$TMP/log" | grep -vc 'with 0 event(s)')
with_errors=$(grep ' -> stdout: draft with ' "$TMP/log" | grep -vc ' 0 error(s)')
with_seq=$(grep ' -> stdout: draft with ' "$TMP/log" | grep -vc '(0 sequence(s))')
echo "articles:              $total"
echo "imported:              $imported"
echo "refused:               $refused"
grep -v ' -> stdout: draft with ' "$TMP/log" | grep '^kbwiz: ' |
	sed 's/^kbwiz: [^:]*: //; s/byte [0-9]*/byte N/' | sort | uniq -c | sort -rn |
	sed 's/^/    /'
echo "with registry checks:  $with_checks"
echo "with events:           $with_events"
echo "with error messages:   $with_errors"
echo "with log sequences:    $with_seq"
echo "time:                  $((end - start)) s"
echo "drafts checked:        $checked (kb check errors other than review: $check_bad)"
echo "fact lines:            ${fact_lines:-not measured} (not in draft or review: $uncovered)"
accounted=$((imported + refused))
if [ "$crashed" -ne 0 ] || [ "$hung" -ne 0 ] || [ "$accounted" -ne "$total" ] || [ "$check_bad" -ne 0 ] ||
	[ "$uncovered" -ne 0 ]; then
	echo "FAIL: import_archive: $crashed batch(es) crashed, $hung hung, $accounted of $total files accounted for"
	exit 1
fi
echo "PASS: import_archive: every article imported or refused with a message"
