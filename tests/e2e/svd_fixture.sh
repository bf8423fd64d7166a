# svd_fixture.sh: a volume where a service fails because a dependency is
# disabled (sourced after lib.sh by the service doctor's session tests;
# not a test itself).  svd_volume DIR makes DIR/WINDOWS/System32/config
# with a SYSTEM hive and a System log (SysEvent.Evt) made by the
# project's writers: "Top <Svc> & Co" (TopSvc) depends on MidSvc, which
# depends on LowSvc, disabled (Start 4) in ControlSet001 while
# ControlSet002 keeps 3 for it; the Service Control Manager logged 7001
# for TopSvc naming MidSvc with error 1068.  The display name carries
# HTML's special characters for the reports' escaping.
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
[ControlSet001\Services\TopSvc]
"DisplayName"="Top <Svc> & Co"
"Type"=dword:10
"Start"=dword:2
"ImagePath"="C:\App\top.exe"
"DependOnService"=multi:"MidSvc"
[ControlSet001\Services\MidSvc]
"DisplayName"="Mid Service"
"Type"=dword:10
"Start"=dword:3
"ImagePath"="C:\App\mid.exe"
"DependOnService"=multi:"LowSvc"
[ControlSet001\Services\LowSvc]
"DisplayName"="Low Service"
"Type"=dword:10
"Start"=dword:4
"ImagePath"="C:\App\low.exe"
[ControlSet002\Services\LowSvc]
"Start"=dword:3
SPEC
	cat >"$TMP/svd-events.spec" <<'SPEC'
2024-03-01 08:00:04|7001|error|Service Control Manager|SVDNODE|Top <Svc> & Co|Mid Service|%%1068
2024-03-01 08:00:05|7036|information|Service Control Manager|SVDNODE|Mid Service|stopped
SPEC
	"$TOOLS/mkhive" "$TMP/svd-system.spec" "$cfg/SYSTEM" >/dev/null &&
		"$TOOLS/mkevt" "$TMP/svd-events.spec" "$cfg/SysEvent.Evt" >/dev/null
}
