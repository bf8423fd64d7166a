/* triage_out.h: how `kbwiz triage` prints its lines (triage_out.c). */
#ifndef KBWIZ_TRIAGE_OUT_H
#define KBWIZ_TRIAGE_OUT_H

#include <jansson.h>
#include <stdio.h>

#include "cli.h"
#include "kbwiz/triage.h"

/* One JSON object on one line (a machine, the summary, the cluster). */
void triage_print_jsonl(FILE *f, json_t *o);
void triage_print_csv_header(FILE *f);
void triage_print_csv_row(FILE *f, json_t *line);
void triage_print_table_header(FILE *f);
void triage_print_table_row(FILE *f, json_t *line);
/* The summary (triage_summary_new) as a table. */
void triage_print_summary(FILE *f, json_t *summary);
/* The nodes (an array of lines) compared: as text, or as one JSON line. */
/* The nodes compared: only the values that differ, or all of them. */
void triage_print_cluster(FILE *f, json_t *nodes, int all);
void triage_print_cluster_jsonl(FILE *f, json_t *nodes);

#endif
