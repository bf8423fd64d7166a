/* cmd_collect_spec.c: `kbwiz collect-spec --kape|--velociraptor`: what to
 * collect for the loaded rules, as a KAPE target or a Velociraptor
 * artifact (core/collect_spec.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "kbwiz/collect_spec.h"
#include "kbwiz/fsutil.h"
#include "kbwiz/report.h"

static int run_collect_spec(struct cli *cli, int argc, char **argv)
{
	struct kb_error err = { "" };
	struct rule_set set = { 0 };
	struct collect_needs *needs = NULL;
	struct kb_buf b = { 0 };
	const char *out_path = NULL, *only = NULL;
	int kind = 0, code = EXIT_OK, rc, i, force = 0;

	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--kape") == 0 || strcmp(argv[i], "--velociraptor") == 0) {
			int k = argv[i][2];
			if (kind != 0 && kind != k) {
				cli_error("--kape and --velociraptor: give one (one file is one format)");
				return EXIT_USAGE;
			}
			kind = k;
		} else if (strcmp(argv[i], "--force") == 0) {
			force = 1;
		} else if ((strcmp(argv[i], "-o") == 0 || strcmp(argv[i], "--rule") == 0) && i + 1 < argc) {
			if (argv[i][1] == 'o')
				out_path = argv[++i];
			else
				only = argv[++i];
		} else {
			cli_error("unknown collect-spec argument '%s' (see kbwiz collect-spec --help)", argv[i]);
			return EXIT_USAGE;
		}
	}
	if (kind == 0) {
		cli_error("say which: --kape (a .tkape target) or --velociraptor (an artifact)");
		return EXIT_USAGE;
	}
	if (cli_store(cli, &code) == NULL)
		return code;
	if ((rc = store_get_rules(cli->store, only, &set, &err)) != 0) {
		cli_error("%s", err.msg);
		return cli_lookup_exit_code(rc);
	}
	if ((needs = malloc(sizeof *needs)) == NULL) {
		cli_error("out of memory");
		code = EXIT_INTERNAL;
		goto out;
	}
	collect_needs_from_rules(set.rules, set.n, needs);
	if (kind == 'k')
		collect_spec_kape(needs, &b);
	else
		collect_spec_velociraptor(needs, &b);
	if (b.oom) {
		cli_error("out of memory");
		code = EXIT_INTERNAL;
		goto out;
	}
	if (out_path != NULL) {
		if ((rc = report_write_file(out_path, b.p, b.len, force, &err)) != 0) {
			cli_error("%s", err.msg);
			code = cli_exit_code(rc);
		}
	} else {
		fwrite(b.p, 1, b.len, stdout);
	}
out:
	kb_buf_free(&b);
	free(needs);
	rule_set_free(&set);
	return code;
}

const struct cli_command cmd_collect_spec = {
	"collect-spec",
	"kbwiz collect-spec --kape|--velociraptor [--rule ID] [-o FILE [--force]]",
	"print what to collect from a live machine for the loaded rules (KAPE target, Velociraptor artifact)",
	run_collect_spec,
};
