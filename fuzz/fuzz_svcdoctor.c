/* fuzz_svcdoctor.c: libFuzzer target for the service doctor's readers of
 * outside data (core/svcdoctor*.c): the insertion strings of Service
 * Control Manager events (service names, %%N codes, 7026 driver lists,
 * binary data carrying a key name, export prose) and a program file's
 * PE headers.  Input lines are events, "ID|string|string..."; the whole
 * input is also checked as a program file. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "kbwiz/evtlist.h"
#include "kbwiz/svcdoctor.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAX_EVENTS 16
#define MAX_STRINGS 8

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct evl_event ev[MAX_EVENTS];
	char *strs[MAX_EVENTS][MAX_STRINGS];
	struct evl_list l;
	struct svd_report *r = NULL;
	struct kb_error err;
	char *s = malloc(size + 1), *line, *save = NULL, path[64], why[256];
	size_t n = 0, i;
	FILE *f;

	if (s == NULL)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	memset(ev, 0, sizeof ev);
	memset(&l, 0, sizeof l);
	for (line = strtok_r(s, "\n", &save); line != NULL && n < MAX_EVENTS;
	     line = strtok_r(NULL, "\n", &save)) {
		char *field, *fsave = NULL;
		ev[n].source = (char *)(n % 5 == 4 ? "Microsoft-Windows-Winlogon" : "Service Control Manager");
		ev[n].event_id = (unsigned)strtoul(line, NULL, 10) & 0xFFFF;
		ev[n].time = (int64_t)n * 60;
		ev[n].strings = strs[n];
		field = strchr(line, '|');
		for (field = field != NULL ? strtok_r(field + 1, "|", &fsave) : NULL;
		     field != NULL && ev[n].n_strings < MAX_STRINGS;
		     field = strtok_r(NULL, "|", &fsave))
			strs[n][ev[n].n_strings++] = field;
		n++;
	}
	l.events = ev;
	l.n = n;
	if (svd_run_events(&l, NULL, NULL, &r, &err) == 0) {
		for (i = 0; i < r->n; i++)
			if (r->v[i].summary == NULL || r->v[i].service == NULL)
				abort();
		svd_free(r);
	}
	free(s);
	snprintf(path, sizeof path, "/tmp/fuzz_svcdoctor.%ld", (long)getpid());
	if ((f = fopen(path, "wb")) != NULL) {
		fwrite(data, 1, size, f);
		fclose(f);
		svd_pe_check(path, why, sizeof why);
		unlink(path);
	}
	return 0;
}
