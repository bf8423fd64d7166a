/* mkhive: build a registry hive fixture for tests.
 *
 *   mkhive SPECFILE OUT.hive   keys and values from a spec (hive_writer.h)
 *   mkhive --empty OUT.hive    an empty hive: root key only */
#include <stdio.h>
#include <string.h>

#include "lib/hive_writer.h"

static int usage(void)
{
	fprintf(stderr, "usage: mkhive SPECFILE OUT.hive\n"
			"       mkhive --empty OUT.hive\n");
	return 2;
}

int main(int argc, char **argv)
{
	struct kb_error err = { "" };
	int rc;

	if (argc != 3)
		return usage();
	if (strcmp(argv[1], "--empty") == 0)
		rc = hive_write_empty(argv[2], NULL, &err);
	else if (argv[1][0] == '-')
		return usage();
	else
		rc = hive_fixture_build_file(argv[2], argv[1], &err);
	if (rc != 0) {
		fprintf(stderr, "mkhive: %s\n", err.msg);
		return 1;
	}
	return 0;
}
