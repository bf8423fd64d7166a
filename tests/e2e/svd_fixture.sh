# svd_fixture.sh: a volume where a service fails because a dependency is
# disabled (sourced after lib.sh by the service doctor's session tests;
# not a test itself).  svd_volume DIR makes DIR/WINDOWS/System32/config
# with a SYSTEM hive and a System log (SysEvent.Evt) made by the
# project's writers: "Top <Svc> & Co" (TopSvc) depends on MidSvc, which
# depends on LowSvc, disabled (Start 4) in ControlSet001 while
# ControlSet002 keeps 3 for it; the Service Control Manager logged 7001
# for TopSvc naming MidSvc with error 1068.  The display name carries
# HTML's special characters for the reports' escaping.

# svd_chain_spec TOP_NAME TOP_IMAGE MID_IMAGE LOW_IMAGE: the chain as mkhive
# spec lines: TopSvc (display name TOP_NAME, automatic) depends on MidSvc
# (manual), which depends on LowSvc, disabled (4) in ControlSet001 and 3
# in ControlSet002 (the value a repair can take back).
svd_chain_spec() {
	printf '%s\n' '[ControlSet001\Services\TopSvc]' "\"DisplayName\"=\"$1\"" '"Type"=dword:10' \
		'"Start"=dword:2' "\"ImagePath\"=\"$2\"" '"DependOnService"=multi:"MidSvc"' \
		'[ControlSet001\Services\MidSvc]' '"DisplayName"="Mid Service"' '"Type"=dword:10' \
		'"Start"=dword:3' "\"ImagePath\"=\"$3\"" '"DependOnService"=multi:"LowSvc"' \
		'[ControlSet001\Services\LowSvc]' '"DisplayName"="Low Service"' '"Type"=dword:10' \
		'"Start"=dword:4' "\"ImagePath\"=\"$4\"" \
		'[ControlSet002\Services\LowSvc]' '"Start"=dword:3'
}

svd_volume() {
	cfg="$1/WINDOWS/System32/config"
	mkdir -p "$cfg"
	cat >"$TMP/svd-system.spec" <<'SPEC'
@name SYSTEM
[Select]
"Current"=dword:1
"LastKnownGood"=dword:2
[ControlSet001\Control\ComputerName\ComputerName]
"ComputerName"="SVDNODE"
SPEC
	svd_chain_spec "Top <Svc> & Co" 'C:\App\top.exe' 'C:\App\mid.exe' 'C:\App\low.exe' \
		>>"$TMP/svd-system.spec"
	cat >"$TMP/svd-events.spec" <<'SPEC'
2024-03-01 08:00:04|7001|error|Service Control Manager|SVDNODE|Top <Svc> & Co|Mid Service|%%1068
2024-03-01 08:00:05|7036|information|Service Control Manager|SVDNODE|Mid Service|stopped
SPEC
	"$TOOLS/mkhive" "$TMP/svd-system.spec" "$cfg/SYSTEM" >/dev/null &&
		"$TOOLS/mkevt" "$TMP/svd-events.spec" "$cfg/SysEvent.Evt" >/dev/null
}
