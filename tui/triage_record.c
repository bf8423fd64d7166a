/* triage_record.c: `kbwiz triage --record`: each machine as a session. */
#include "triage_out.h"

int triage_record_begin(struct cli *cli, const struct triage_list *list)
{
	(void)cli;
	(void)list;
	cli_error("--record is not built yet");
	return EXIT_USAGE;
}

int triage_record_machine(struct cli *cli, json_t *line, const char *diagnosis)
{
	(void)cli;
	(void)line;
	(void)diagnosis;
	return EXIT_USAGE;
}
