#!/bin/sh
# make-demo.sh BUILD OUT: generate the demo case, a copy of a failing
# Windows NT Server 4.0, Enterprise Edition cluster node's system volume
# (the product KB Q262832 was written for) as a technician would mount
# it: OUT/C/WINNT/system32/config/{SYSTEM,SOFTWARE,SysEvent.Evt} and
# OUT/C/WINNT/Cluster/cluster.log.  The node shows Q262832: Clusnet is
# missing from Winsock's Transports, the Cluster service stops with event
# 7023 (error 1720), and the cluster log has the failed start.
# Everything is made here from the project's own fixture specs.
set -eu
BUILD=$1
OUT=$2
SRC=$(cd "$(dirname "$0")/.." && pwd)
root="$OUT/C/WINNT"
mkdir -p "$root/system32/config" "$root/Cluster"
# The fault spec plus the machine's identity (product type and suite).
spec="$root/system32/config/.SYSTEM.spec"
cat "$SRC/tests/fixtures/hives/q262832-transports-lacks-clusnet.spec" \
	"$SRC/tests/fixtures/hives/demo-nt4ee-system-identity.spec" >"$spec"
"$BUILD/tools/mkhive" "$spec" "$root/system32/config/SYSTEM.new"
rm -f "$spec"
mv "$root/system32/config/SYSTEM.new" "$root/system32/config/SYSTEM"
"$BUILD/tools/mkhive" "$SRC/tests/fixtures/hives/demo-nt4ee-software.spec" \
	"$root/system32/config/SOFTWARE.new"
mv "$root/system32/config/SOFTWARE.new" "$root/system32/config/SOFTWARE"
"$BUILD/tools/mkevt" "$SRC/tests/fixtures/events/cluster-node-7023.spec" \
	"$root/system32/config/SysEvent.Evt"
"$BUILD/tools/mkclusterlog" --size 64K --form nt --scenario q262832 --seed 7 \
	-o "$root/Cluster/cluster.log"
echo "kbwiz: demo case ready: $OUT/C (a mounted Windows volume)"
