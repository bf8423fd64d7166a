/* diagnose_run.c: all phases of a diagnosis (diagnosis_run), the text
 * logs read beside the events and the hives.
 *
 * The readers are independent: the log phase writes only each rule's
 * evidence results and its own file records; the event phase writes the
 * symptoms; the registry phase needs the symptoms (a check may wait for
 * one) and writes the checks and the machine.  So the logs go to a
 * thread, over a copy of the diagnosis that shares the rules and keeps
 * file records of its own, while this thread reads the events, then the
 * hives.  The log records are then put where the phases in order would
 * have put them, after the events' and before the hives'.  The libraries
 * are never shared across threads: the log thread has its own logscan
 * (PCRE2 codes and match data), the events (libevt, libevtx) and hives
 * (hivex) stay on this thread. */
#include "kbwiz/diagnose.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

struct log_job {
	struct diagnosis shadow;
	const struct evidence_set *ev;
	diag_progress_fn progress;
	void *ctx;
	pthread_mutex_t *mu;
	int rc;
	struct kb_error err;
};

struct locked_progress {
	diag_progress_fn fn;
	void *ctx;
	pthread_mutex_t *mu;
};

/* Both threads report progress: one call at a time. */
static int progress_locked(void *vctx, const char *path, uint64_t done,
			   uint64_t total)
{
	struct locked_progress *p = vctx;
	int rc;

	pthread_mutex_lock(p->mu);
	rc = p->fn(p->ctx, path, done, total);
	pthread_mutex_unlock(p->mu);
	return rc;
}

static void *scan_logs_job(void *vjob)
{
	struct log_job *job = vjob;
	struct locked_progress lp = { job->progress, job->ctx, job->mu };

	job->rc = diagnosis_scan_logs(&job->shadow, job->ev,
				      job->progress != NULL ? progress_locked : NULL,
				      &lp, &job->err);
	return NULL;
}

/* Puts the log phase's file records at index at of d's. */
static int insert_files(struct diagnosis *d, size_t at, struct diagnosis *from,
			struct kb_error *err)
{
	struct diag_file *grown;
	size_t n = from->n_files;

	if (n == 0)
		return 0;
	grown = realloc(d->files, (d->n_files + n) * sizeof *grown);
	if (grown == NULL) {
		for (; from->n_files > 0; from->n_files--)
			diag_file_clear(&from->files[from->n_files - 1]);
		free(from->files);
		from->files = NULL;
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	}
	memmove(grown + at + n, grown + at, (d->n_files - at) * sizeof *grown);
	memcpy(grown + at, from->files, n * sizeof *grown);
	d->files = grown;
	d->n_files += n;
	free(from->files);
	from->files = NULL;
	from->n_files = 0;
	return 0;
}

static int run_serial(struct diagnosis *d, const struct evidence_set *ev,
		      diag_progress_fn progress, void *ctx, struct kb_error *err)
{
	int rc;

	if ((rc = diagnosis_scan_events(d, ev, progress, ctx, err)) != 0 ||
	    (rc = diagnosis_scan_logs(d, ev, progress, ctx, err)) != 0 ||
	    (rc = diagnosis_check_registry(d, ev, err)) != 0)
		return rc;
	return diagnosis_rank(d, err);
}

int diagnosis_run(struct diagnosis *d, const struct evidence_set *ev,
		  diag_progress_fn progress, void *ctx, struct kb_error *err)
{
	pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
	struct locked_progress lp = { progress, ctx, &mu };
	diag_progress_fn own = progress != NULL ? progress_locked : NULL;
	struct log_job *job;
	pthread_t th;
	struct kb_error ins_err = { "" };
	size_t logs_at;
	int rc = 0, rc_ev, rc_reg = 0, ins;

	if (d->serial_readers || evidence_count(ev, EVIDENCE_LOG) == 0)
		return run_serial(d, ev, progress, ctx, err);
	if ((job = calloc(1, sizeof *job)) == NULL)
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	job->shadow = *d;
	job->shadow.files = NULL;
	job->shadow.n_files = 0;
	job->ev = ev;
	job->progress = progress;
	job->ctx = ctx;
	job->mu = &mu;
	if (pthread_create(&th, NULL, scan_logs_job, job) != 0) {
		free(job);
		return run_serial(d, ev, progress, ctx, err);
	}

	rc_ev = diagnosis_scan_events(d, ev, own, &lp, err);
	logs_at = d->n_files;
	if (rc_ev == 0)
		rc_reg = diagnosis_check_registry(d, ev, err);
	pthread_join(th, NULL);

	/* The records go in even on failure: the caller frees them. */
	ins = insert_files(d, logs_at, &job->shadow, &ins_err);
	/* The first failure in phase order wins: events, logs, registry. */
	if (rc_ev != 0) {
		rc = rc_ev;
	} else if (job->rc != 0) {
		if (err != NULL)
			*err = job->err;
		rc = job->rc;
	} else if (rc_reg != 0) {
		rc = rc_reg;
	} else if (ins != 0) {
		if (err != NULL)
			*err = ins_err;
		rc = ins;
	}
	free(job);
	pthread_mutex_destroy(&mu);
	return rc != 0 ? rc : diagnosis_rank(d, err);
}
