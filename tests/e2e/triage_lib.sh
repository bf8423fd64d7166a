# triage_lib.sh: machines for `kbwiz triage` tests and bench, made from
# the project's fixture specs.  Source after lib.sh (or with TOOLS,
# KBWIZ_SRC, KBWIZ_BUILD set).
#
#   triage_kinds DIR      one volume per kind under DIR/kinds/KIND/C:
#                         faulty (Q262832's fault, event 7023, cluster log),
#                         healthy (NODE2), notnode (no Cluster service),
#                         corrupt (SYSTEM is not a hive)
#   triage_machine KIND LAYOUT NAME OUT
#                         one machine OUT/NAME in layout volume (the volume
#                         itself), kape (NAME/C/WINNT/...), velo
#                         (NAME.zip, Velociraptor entry names), zip (a
#                         plain zip of the volume); KIND empty: an empty
#                         folder
#   triage_velo_zip VOLUME ZIP ACCESSOR   ACCESSOR auto or ntfs

TRIAGE_FIX="$KBWIZ_SRC/tests/fixtures"

triage_kinds() {
	k="$1/kinds"
	mkdir -p "$k"
	"$KBWIZ_SRC/tests/make-demo.sh" "$KBWIZ_BUILD" "$k/faulty" >/dev/null
	# healthy: the same machine with Clusnet registered, as NODE2.
	mkdir -p "$k/healthy/C/WINNT/system32/config"
	sed 's/"NODE1"/"NODE2"/' "$TRIAGE_FIX/hives/q262832-healthy.spec" \
		"$TRIAGE_FIX/hives/demo-nt4ee-system-identity.spec" >"$k/healthy.spec"
	"$TOOLS/mkhive" "$k/healthy.spec" "$k/healthy/C/WINNT/system32/config/SYSTEM" >/dev/null
	cp "$k/faulty/C/WINNT/system32/config/SOFTWARE" "$k/healthy/C/WINNT/system32/config/"
	"$TOOLS/mkevt" "$TRIAGE_FIX/events/healthy-node.spec" \
		"$k/healthy/C/WINNT/system32/config/SysEvent.Evt" >/dev/null
	# notnode: a server without the Cluster service.
	mkdir -p "$k/notnode/C/WINNT/system32/config"
	cat >"$k/notnode.spec" <<'EOF'
@name SYSTEM
[Select]
"Current"=dword:00000001
"Default"=dword:00000001
"LastKnownGood"=dword:00000001
[ControlSet001\Control\ComputerName\ComputerName]
"ComputerName"="FILESRV"
[ControlSet001\Control\ProductOptions]
"ProductType"="ServerNT"
[ControlSet001\Services\Winsock\Parameters]
"Transports"=multi:"Tcpip","NetBT"
EOF
	"$TOOLS/mkhive" "$k/notnode.spec" "$k/notnode/C/WINNT/system32/config/SYSTEM" >/dev/null
	cp "$k/faulty/C/WINNT/system32/config/SOFTWARE" "$k/notnode/C/WINNT/system32/config/"
	# corrupt: the faulty node whose SYSTEM hive is not a hive.
	cp -r "$k/faulty" "$k/corrupt"
	printf 'this is not a registry hive\n' >"$k/corrupt/C/WINNT/system32/config/SYSTEM"
}

# triage_velo_zip VOLUME ZIP ACCESSOR
triage_velo_zip() {
	python3 - "$1" "$2" "$3" <<'EOF'
import os, sys, zipfile
vol, out, acc = sys.argv[1:4]
prefix = "uploads/auto/C%3A" if acc == "auto" else "uploads/ntfs/%5C%5C.%5CC%3A"
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("collection_context.json", '{"client_id":"auto","total_uploaded_files":3}')
    z.writestr("log.json", "")
    for root, dirs, files in os.walk(vol):
        dirs.sort()
        for f in sorted(files):
            p = os.path.join(root, f)
            rel = os.path.relpath(p, vol).replace(os.sep, "/")
            z.write(p, prefix + "/" + rel)
EOF
}

triage_machine() {
	kind=$1 layout=$2 name=$3 out=$4
	src="$TRIAGE_KINDS/kinds/$kind/C"
	if [ -z "$kind" ]; then
		mkdir -p "$out/$name"
		return
	fi
	case "$layout" in
	volume) cp -r "$src" "$out/$name" ;;
	kape) mkdir -p "$out/$name" && cp -r "$src" "$out/$name/C" ;;
	velo) triage_velo_zip "$src" "$out/$name.zip" auto ;;
	velo-ntfs) triage_velo_zip "$src" "$out/$name.zip" ntfs ;;
	zip) (cd "$src" && zip -qr "$out/$name.zip" .) ;;
	esac
}
