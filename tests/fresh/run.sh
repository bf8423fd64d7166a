#!/bin/sh
# tests/fresh/run.sh (make test-fresh): the README's two commands, word for
# word, on a new minimal Debian 12 (debootstrap --variant=minbase bookworm)
# holding nothing but a clean clone of this repository's HEAD and a copy
# of ../shared.  As root; needs the network to Debian's mirrors.
#
#   1. as an ordinary user (nobody) each command must stop with the exact
#      apt-get line, having installed nothing;
#   2. as root the first command runs in a terminal (tmux) until the
#      wizard's main menu shows, on the default store, with the demo case;
#      then q quits it and it must exit 0;
#   3. as root the second command runs to its "N passed, N failed" line.
# It prints what each step saw, the test summary and the time each took;
# exit status 0 when all three held.
#
# The commands are read from README.md (the fenced block under "The two
# commands"), so this checks what a new user copies.  The minimal system
# is built once and kept as a tarball in $KBWIZ_FRESH_CACHE (default
# $XDG_CACHE_HOME or /var/tmp, then kbwiz-fresh/), with apt's downloaded
# packages (KBWIZ_FRESH_APT_CACHE=0 downloads them anew); each run unpacks
# a new copy.  Everything runs in a mount namespace of its own, so no
# mount is seen outside, and the trap unmounts everything on every exit.
set -eu

SRC=$(cd "$(dirname "$0")/../.." && pwd)
SHARED=${KBWIZ_SHARED:-$SRC/../shared}
CACHE=${KBWIZ_FRESH_CACHE:-${XDG_CACHE_HOME:-/var/tmp}/kbwiz-fresh}
SUITE=bookworm
# Seconds the first command has to show the menu (it installs and builds).
MENU_TIMEOUT=${KBWIZ_FRESH_MENU_TIMEOUT:-2400}
CHROOT_PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin

say() { printf 'fresh: %s\n' "$*"; }
die() { printf 'fresh: FAILED: %s\n' "$*" >&2; exit 1; }
took() { printf '%dm%02ds' $(($1 / 60)) $(($1 % 60)); }

[ "$(id -u)" -eq 0 ] || die "run as root (debootstrap, chroot and mounts need it)"

# A mount namespace of our own with private propagation: the bind mounts
# of /dev below can never reach the host's /dev, and whatever the trap
# misses goes when the last process in the namespace ends.
if [ "${KBWIZ_FRESH_IN_NS:-}" != 1 ]; then
	command -v unshare >/dev/null || die "unshare (util-linux) is missing"
	KBWIZ_FRESH_IN_NS=1 exec unshare --mount --propagation private sh "$0" "$@"
fi

# ---- the host's tools ---------------------------------------------------------
need=""
command -v debootstrap >/dev/null 2>&1 || need="$need debootstrap"
command -v tmux >/dev/null 2>&1 || need="$need tmux"
command -v git >/dev/null 2>&1 || need="$need git"
if [ -n "$need" ]; then
	say "installing on this machine:$need"
	export DEBIAN_FRONTEND=noninteractive
	# shellcheck disable=SC2086
	apt-get install -y -q $need >/dev/null 2>&1 || {
		apt-get update -q >/dev/null
		apt-get install -y -q $need >/dev/null
	}
fi

mkdir -p "$CACHE"
WORK=$(mktemp -d "$CACHE/run.XXXXXX")
ROOT=$WORK/root
LOGS=$CACHE/last-run
SOCK=kbwiz-fresh-$$
T() { tmux -L "$SOCK" -f "$WORK/tmux.conf" "$@"; }

# Unmount everything under DIR, deepest first.
unmount_under() {
	awk -v d="$1/" 'index($2, d) == 1 { print $2 }' /proc/self/mounts | sort -r |
		while read -r m; do
			umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || true
		done
}

cleanup() {
	rc=$?
	trap - EXIT INT TERM HUP
	T kill-server 2>/dev/null || true
	# Anything still running in the new system (a daemon a package
	# started, a test left behind) holds its mounts: end it, by pid.
	for p in /proc/[0-9]*; do
		case "$(readlink "$p/root" 2>/dev/null)" in
		"$WORK"/*) kill -9 "${p#/proc/}" 2>/dev/null || true ;;
		esac
	done
	unmount_under "$WORK"
	if awk -v d="$WORK/" 'index($2, d) == 1 { f = 1 } END { exit !f }' /proc/self/mounts; then
		echo "fresh: mounts left under $WORK: not removing it" >&2
		rc=1
	elif [ "${KBWIZ_FRESH_KEEP:-0}" = 1 ]; then
		echo "fresh: kept the system in $ROOT" >&2
	else
		rm -rf --one-file-system "$WORK"
	fi
	exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

rm -rf "$LOGS"
mkdir -p "$LOGS"
say "logs in $LOGS"

# ---- the minimal Debian 12 --------------------------------------------------------
base=$CACHE/$SUITE-minbase.tar
if [ ! -s "$base" ]; then
	# The mirror this machine's apt uses, else debootstrap's own default.
	mirror=${KBWIZ_FRESH_MIRROR:-$(
		{
			sed -n 's/^URIs:[[:space:]]*\([^[:space:]]*\).*/\1/p' \
				/etc/apt/sources.list.d/*.sources 2>/dev/null
			awk '$1 == "deb" && $3 == "'$SUITE'" { print $2 }' \
				/etc/apt/sources.list 2>/dev/null
		} | grep -v -e security -e '^https:' | grep '/debian/*$' | head -1
	)}
	say "debootstrap --variant=minbase $SUITE ${mirror:-(the default mirror of debootstrap)}"
	t0=$(date +%s)
	mkdir -p "$WORK/base"
	# shellcheck disable=SC2086
	debootstrap --variant=minbase "$SUITE" "$WORK/base" $mirror >"$LOGS/debootstrap.log" 2>&1 ||
		{ tail -20 "$LOGS/debootstrap.log"; die "debootstrap failed (log: $LOGS/debootstrap.log)"; }
	unmount_under "$WORK/base"
	tar -C "$WORK/base" -cf "$base.tmp" . && mv "$base.tmp" "$base"
	rm -rf --one-file-system "$WORK/base"
	say "debootstrap took $(took $(($(date +%s) - t0))), kept as $base"
fi
t0=$(date +%s)
mkdir -p "$ROOT"
tar -C "$ROOT" -xf "$base"
# Name resolution as this machine has it.
cp -L /etc/resolv.conf "$ROOT/etc/resolv.conf"
# As in Debian's container images: packages do not start daemons here
# (nothing would stop them; a real machine's init would).
printf '#!/bin/sh\nexit 101\n' >"$ROOT/usr/sbin/policy-rc.d"
chmod 755 "$ROOT/usr/sbin/policy-rc.d"

# A clean clone of HEAD, and ../shared beside it.
head=$(git -C "$SRC" rev-parse HEAD)
if [ -n "$(git -C "$SRC" status --porcelain --untracked-files=no)" ]; then
	say "note: uncommitted changes in $SRC are not in the clone"
fi
git clone -q --no-checkout "$SRC" "$ROOT/srv/kbwiz"
git -C "$ROOT/srv/kbwiz" -c advice.detachedHead=false checkout -q "$head"
if [ -d "$SHARED" ]; then
	cp -a "$SHARED" "$ROOT/srv/shared"
else
	say "note: no $SHARED: the tests that read it will skip"
fi

# What a real machine has mounted.
mount -t proc proc "$ROOT/proc"
mount -t sysfs sysfs "$ROOT/sys"
mount --bind /dev "$ROOT/dev"
mount --bind /dev/pts "$ROOT/dev/pts"
mount -t tmpfs -o mode=1777,nosuid,nodev shm "$ROOT/dev/shm"
if [ "${KBWIZ_FRESH_APT_CACHE:-1}" = 1 ]; then
	mkdir -p "$CACHE/apt-archives/partial"
	mount --bind "$CACHE/apt-archives" "$ROOT/var/cache/apt/archives"
fi
say "new system ready in $(took $(($(date +%s) - t0))): commit $(git -C "$SRC" log -1 --format='%h %s' | cut -c1-70)"

# ---- the two commands, from the README --------------------------------------------
awk '/^## The two commands/ { s = 1; next }
     s && /^## / { exit }
     s && /^```/ { if (b) exit; b = 1; next }
     b && NF { print }' "$ROOT/srv/kbwiz/README.md" >"$WORK/commands"
[ "$(wc -l <"$WORK/commands")" -eq 2 ] ||
	die "README.md: expected two commands in the block under '## The two commands', found: $(cat "$WORK/commands")"
sed -n 1p "$WORK/commands" >"$WORK/cmd-run"
sed -n 2p "$WORK/commands" >"$WORK/cmd-test"
say "command 1: $(cat "$WORK/cmd-run")"
say "command 2: $(cat "$WORK/cmd-test")"

# in-chroot USERSPEC CMDFILE: the command as a new login would run it in
# the repository: a clean environment, TERM only when there is one.
cat >"$WORK/in-chroot.sh" <<EOF
#!/bin/sh
user=\$1
cmd=\$(cat "\$2")
home=/root
[ "\$user" = 0:0 ] || home=/nonexistent
exec chroot --userspec="\$user" --groups="\${user#*:}" "$ROOT" /usr/bin/env -i HOME="\$home" PATH="$CHROOT_PATH" \\
	\${TERM:+"TERM=\$TERM"} /bin/sh -c "cd /srv/kbwiz && \$cmd"
EOF

# ---- 1. as an ordinary user: the apt-get line, and nothing installed ---------------
for c in run test; do
	rc=0
	TERM='' sh "$WORK/in-chroot.sh" 65534:65534 "$WORK/cmd-$c" </dev/null >"$LOGS/nobody-$c.log" 2>&1 || rc=$?
	line=$(grep -o 'apt-get install -y .*' "$LOGS/nobody-$c.log" | head -1 || true)
	[ "$rc" -ne 0 ] && [ -n "$line" ] ||
		{ cat "$LOGS/nobody-$c.log"; die "as nobody, '$(cat "$WORK/cmd-$c")' did not stop with the apt-get line (exit $rc)"; }
	say "as nobody, $c: exit $rc, prints: $line"
done
[ ! -e "$ROOT/usr/bin/make" ] || die "as nobody, make got installed"

# ---- 2. as root, the first command in a terminal ---------------------------------
cat >"$WORK/tmux.conf" <<'EOF'
set -g default-terminal screen
set -g remain-on-exit on
set -g history-limit 200000
set -g status off
EOF
t0=$(date +%s)
# The exit status goes to a file: tmux 3.3a sometimes never reaps a
# pane's process (it stays a zombie, #{pane_dead_status} stays empty).
T new-session -d -s fresh -x 100 -y 30 \
	"sh '$WORK/in-chroot.sh' 0:0 '$WORK/cmd-run'; echo \$? >'$WORK/run-status'"
T pipe-pane -t fresh "cat >>'$LOGS/run.log'"
seen=""
last_note=$t0
while :; do
	screen=$(T capture-pane -p -t fresh 2>/dev/null || true)
	if printf '%s\n' "$screen" | grep -q 'What do you want to do?' &&
		printf '%s\n' "$screen" | grep -q 'Demo case'; then
		seen=menu
		break
	fi
	[ -e "$WORK/run-status" ] && break
	now=$(date +%s)
	[ $((now - t0)) -lt "$MENU_TIMEOUT" ] || break
	if [ $((now - last_note)) -ge 120 ]; then
		say "  ... $(took $((now - t0))): $(printf '%s\n' "$screen" | grep . | tail -1 | cut -c1-90)"
		last_note=$now
	fi
	sleep 2
done
t_run=$(($(date +%s) - t0))
printf '%s\n' "$screen" >"$LOGS/menu-screen.txt"
if [ "$seen" != menu ]; then
	T capture-pane -p -J -S - -t fresh >"$LOGS/run-screen.txt" 2>/dev/null || true
	grep -v "^$" "$LOGS/run-screen.txt" | tail -30
	die "command 1: no main menu with the demo case after $(took "$t_run") (screen: $LOGS/run-screen.txt)"
fi
say "command 1: main menu after $(took "$t_run"):"
printf '%s\n' "$screen" | grep -E 'Main menu|Store:|Demo|New session|q quit' | sed 's/^/    | /'
store=$(printf '%s\n' "$screen" | sed -n 's/.*Store: \([^ ]*\).*/\1/p' | head -1)
[ "$store" = /root/.local/share/kbwiz/kbwiz.db ] ||
	die "command 1: the wizard is not on the default store (/root/.local/share/kbwiz/kbwiz.db): '$store'"
T send-keys -t fresh q
i=0
while :; do
	[ ! -s "$WORK/run-status" ] || { quit_rc=$(cat "$WORK/run-status"); break; }
	i=$((i + 1))
	if [ "$i" -ge 100 ]; then
		T capture-pane -p -J -S - -t fresh >"$LOGS/run-screen.txt" 2>/dev/null || true
		grep -v '^$' "$LOGS/run-screen.txt" | tail -15
		die "command 1: q did not quit the wizard (pane: $(T display-message -p -t fresh '#{pane_current_command}' 2>&1))"
	fi
	sleep 0.2
done
T capture-pane -p -J -S - -t fresh >"$LOGS/run-screen.txt" 2>/dev/null || true
T kill-server 2>/dev/null || true
[ "$quit_rc" = 0 ] || die "command 1: exit status $quit_rc after q (screen: $LOGS/run-screen.txt)"
say "command 1: q quit the wizard, exit status 0"

# ---- 3. as root, the second command -------------------------------------------------
t0=$(date +%s)
rc=0
# In the background: a signal then stops the wait at once, and the trap
# ends the run (a foreground child would be waited for first).
TERM='' sh "$WORK/in-chroot.sh" 0:0 "$WORK/cmd-test" </dev/null >"$LOGS/test.log" 2>&1 &
wait $! || rc=$?
t_test=$(($(date +%s) - t0))
summary=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$LOGS/test.log" | tail -1 || true)
say "command 2: exit status $rc after $(took "$t_test"); what it reported:"
grep -E ': (FAIL|SKIP):|SKIPPED \] [a-z_]' "$LOGS/test.log" | awk '!seen[$0]++ { print "    | " $0 }'
say "packages in the new system: $(chroot "$ROOT" dpkg-query -W -f='${db:Status-Abbrev}\n' | grep -c '^ii')"
say "times: command 1 (to the menu) $(took "$t_run"), command 2 $(took "$t_test")"
say "summary: ${summary:-none}"
[ -n "$summary" ] || { tail -30 "$LOGS/test.log"; die "command 2 printed no 'N passed, N failed' line"; }
[ "$rc" -eq 0 ] || die "command 2 exited $rc"
# A test skipped for a tool scripts/deps.sh should have installed means the
# README's command did not set up everything (zip was missed this way).
if grep -q 'SKIP:.*scripts/deps\.sh' "$LOGS/test.log"; then
	die "command 2 skipped tests for want of packages deps.sh should install"
fi
case "$summary" in
*" 0 failed"*) say "OK: both README commands work on a fresh Debian 12" ;;
*) die "command 2: $summary" ;;
esac
