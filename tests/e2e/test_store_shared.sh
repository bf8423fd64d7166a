#!/bin/sh
# test_store_shared.sh: the store shared by several kbwiz at once and on
# unfriendly file systems, end to end: many `kb list` creating a new store
# together; search and history beside a running `kb library add` and a
# held write lock; a store on a read-only mount; a library add filling a
# small disk.  Mounts need root: without it those cases print SKIP.
. "$(dirname "$0")/lib.sh"

if [ ! -x "$KBWIZ" ]; then
	skip store-shared "$KBWIZ not built"
	exit 0
fi

# ---- many processes create one new store --------------------------------
N=8
bad=""
for round in 1 2 3 4 5; do
	DB="$TMP/race$round/kbwiz.db"
	i=0
	while [ $i -lt $N ]; do
		KBWIZ_DB="$DB" "$KBWIZ" kb list >"$TMP/race$round.$i.out" 2>&1 &
		eval "pid$i=$!"
		i=$((i + 1))
	done
	i=0 created=0
	while [ $i -lt $N ]; do
		eval "wait \$pid$i"
		rc=$?
		[ $rc -eq 0 ] || bad="$bad round $round: exit $rc: $(head -2 "$TMP/race$round.$i.out")"
		grep -q "created the store" "$TMP/race$round.$i.out" && created=$((created + 1))
		i=$((i + 1))
	done
	[ -s "$DB" ] || bad="$bad round $round: the store is gone"
	[ $created -eq 1 ] || bad="$bad round $round: $created processes said they created it"
	KBWIZ_DB="$DB" "$KBWIZ" kb list 2>/dev/null | grep -q Q262832 ||
		bad="$bad round $round: the store has no rules"
done
if [ -z "$bad" ]; then
	pass "$N processes creating one new store all succeed (5 rounds)"
else
	fail "$N processes creating one new store all succeed" "$bad"
fi

# ---- readers beside a library add ------------------------------------------
ARTS="$TMP/articles"
mkdir -p "$ARTS"
awk -v dir="$ARTS" 'BEGIN {
	for (n = 0; n < 8000; n++) {
		f = sprintf("%s/Q7%05d.TXT", dir, n)
		printf "DOCUMENT:Q7%05d  11-JUN-2002  [winnt]\r\nTITLE   :Widget %d Does Not Start with Event ID 7023\r\n", n, n > f
		printf "PRODUCT :Made-up Server\r\nPROD/VER::4.0\r\nOPER/SYS:\r\nKEYWORDS:kbtest\r\n\r\n" > f
		printf "SYMPTOMS\r\n========\r\n\r\nThe widget %d service stops with event 7023 and word%d.\r\n", n, n > f
		# A body of words unlike the other articles, as the index
		# of a real article grows.
		for (w = 0; w < 300; w++)
			printf "a%dw%d ", n, w > f
		printf "\r\n\r\n" > f
		printf "Keywords          : kbtest\r\n" > f
		close(f)
	}
}'
"$KBWIZ" kb list >/dev/null 2>&1
"$KBWIZ" kb library add "$ARTS" >"$TMP/add.out" 2>&1 &
add_pid=$!
reads=0 bad="" slowest=0
while kill -0 $add_pid 2>/dev/null; do
	t0=$(date +%s%N)
	OUT=$("$KBWIZ" kb search 7023 2>&1) || bad="$bad kb search: $OUT;"
	OUT=$("$KBWIZ" history 2>&1)
	rc=$?
	[ $rc -le 1 ] || bad="$bad history exit $rc: $OUT;"
	ms=$((($(date +%s%N) - t0) / 1000000))
	[ $ms -gt $slowest ] && slowest=$ms
	reads=$((reads + 1))
done
wait $add_pid
add_rc=$?
# Every search and history during the add succeeds.  That readers do not
# wait for the writer's lock is shown below without a clock: a reader that
# waited would give up after the 5 s busy timeout while the lock is held
# for 7 s.  The slowest round is printed for information only.
if [ $add_rc -ne 0 ]; then
	fail "search and history work during a library add" "the add failed: $(tail -2 "$TMP/add.out")"
elif [ -n "$bad" ]; then
	fail "search and history work during a library add" "$bad"
else
	pass "search and history work during a library add ($reads rounds, slowest ${slowest} ms)"
fi

# A held write lock: readers go on at once, a writer waits and says so.
ONE="$TMP/one"
mkdir -p "$ONE"
sed 's/Q700000/Q699999/' "$ARTS/Q700000.TXT" >"$ONE/Q699999.TXT"
if command -v sqlite3 >/dev/null 2>&1; then
	# Held longer than the busy timeout: a reader that waited for it
	# would fail, so success means it did not wait.
	(echo "BEGIN IMMEDIATE; UPDATE kb_meta SET value = value;"; sleep 7; echo "COMMIT;") |
		sqlite3 "$KBWIZ_DB" &
	holder=$!
	sleep 0.3
	expect_out "kb search while another process holds the write lock (longer than the busy timeout)" 0 Q262832 \
		"$KBWIZ" kb search 7023
	expect_out "history while another process holds the write lock" 1 'no sessions recorded yet' "$KBWIZ" history
	wait $holder
	(echo "BEGIN IMMEDIATE; UPDATE kb_meta SET value = value;"; sleep 2; echo "COMMIT;") |
		sqlite3 "$KBWIZ_DB" &
	holder=$!
	sleep 0.3
	expect_out "a writer waits for the lock and says so" 0 \
		'is busy \(another kbwiz is writing to it\); waiting up to 5 s' \
		"$KBWIZ" kb library add "$ONE"
	wait $holder
else
	skip "a writer waits for the lock and says so" "no sqlite3 command"
fi

# ---- read-only mount ---------------------------------------------------------
RO_SRC="$TMP/ro-src" RO="$TMP/ro"
mkdir -p "$RO_SRC" "$RO"
MAKER="$KBWIZ_BUILD/tests/test_report"
if [ -x "$MAKER" ]; then
	(cd "$KBWIZ_SRC" && "$MAKER" --make-fixture "$RO_SRC") >/dev/null 2>&1
fi
KBWIZ_DB="$RO_SRC/kbwiz.db" "$KBWIZ" kb list >/dev/null 2>&1
if [ "$(id -u)" != 0 ] || ! mount --bind "$RO_SRC" "$RO" 2>/dev/null; then
	skip "a store on a read-only mount" "needs root and bind mounts"
elif ! mount -o remount,ro,bind "$RO" 2>/dev/null; then
	umount "$RO"
	skip "a store on a read-only mount" "cannot remount read-only"
else
	export KBWIZ_DB="$RO/kbwiz.db"
	expect_out "read-only store: kb search reads it" 0 Q262832 "$KBWIZ" kb search 7023
	expect_out "read-only store: history reads it" 0 'resolved' "$KBWIZ" history
	expect_out "read-only store: kb library stats reads it" 0 'articles:' "$KBWIZ" kb library stats
	expect_out "read-only store: export reads a session" 0 '^# ' "$KBWIZ" export 1
	expect_out "read-only store: a write says the store is read-only" 6 \
		'the store is read-only \(a read-only file system\)' "$KBWIZ" kb library add "$ONE"
	umount "$RO"
	export KBWIZ_DB="$TMP/kbwiz.db"
fi

# ---- a full disk ---------------------------------------------------------------
SMALL="$TMP/small"
mkdir -p "$SMALL"
if [ "$(id -u)" != 0 ] || ! mount -t tmpfs -o size=2m tmpfs "$SMALL" 2>/dev/null; then
	skip "library add on a full disk counts what it kept" "needs root to mount a small tmpfs"
else
	OUT=$(KBWIZ_DB="$SMALL/kbwiz.db" "$KBWIZ" kb library add "$ARTS" 2>&1)
	rc=$?
	said=$(printf '%s\n' "$OUT" | sed -n 's/.* \([0-9][0-9]*\) added,.*/\1/p')
	kept=$(KBWIZ_DB="$SMALL/kbwiz.db" "$KBWIZ" kb library stats 2>/dev/null |
	       sed -n 's/^articles: *\([0-9][0-9]*\).*/\1/p')
	if [ $rc -eq 0 ]; then
		fail "library add on a full disk counts what it kept" "the add did not fill 2 MB"
	elif ! printf '%s\n' "$OUT" | grep -q 'full'; then
		fail "library add on a full disk counts what it kept" "no word of the full disk: $OUT"
	elif [ "${said:-0}" != "${kept:-0}" ]; then
		fail "library add on a full disk counts what it kept" "said ${said:-none} added, the store holds ${kept:-none}"
	else
		pass "library add on a full disk counts what it kept (${kept:-0})"
	fi
	umount "$SMALL"
fi
