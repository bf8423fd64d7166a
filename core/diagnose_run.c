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
 * have put them, after the events' and before the hives'.
 *
 * Several event files are read side by side too: each into a diagnosis
 * of its own over the same rules, taken in turn by this thread and, its
 * logs done, the log thread; once all are read they are merged in file
 * order (diagnosis_merge_events, and their part of the list the service
 * doctor and the unexplained events share), before the hives, whose
 * checks may wait for a symptom.
 *
 * No library handle is shared across threads: the log thread has its
 * own logscan (PCRE2 codes and match data), each event file its own
 * libevt/libevtx handles, and the hives (hivex) stay on this thread. */
#include "kbwiz/diagnose.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "kbwiz/evtlist.h"

/* One event file read on its own. */
struct event_slot {
	struct diagnosis *shadow;
	struct evl_list list;     /* its part of d->event_feed's list */
	struct evl_feed feed;
	int rc;
	struct kb_error err;
};

/* The event files, taken in turn by whichever thread is free. */
struct event_pool {
	struct diagnosis *d;
	struct rule **rules;      /* d's, for the shadows (borrowed) */
	const struct evidence_set *ev;
	size_t *files;            /* evidence indices of the event files */
	size_t n, next, done;     /* next and done under mu */
	struct event_slot *slots;
	pthread_mutex_t *mu;
	pthread_cond_t all_done;
};

struct log_job {
	struct diagnosis shadow;
	int scan_logs;
	struct event_pool *pool;  /* NULL: the events are this thread's */
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

/* Read event files from the pool until none is left. */
static void read_event_files(struct event_pool *p, diag_progress_fn progress,
			     void *pctx)
{
	for (;;) {
		struct event_slot *s;
		size_t k;

		pthread_mutex_lock(p->mu);
		k = p->next < p->n ? p->next++ : p->n;
		pthread_mutex_unlock(p->mu);
		if (k == p->n)
			return;
		s = &p->slots[k];
		s->rc = diagnosis_new_borrowed(p->rules, p->d->n_rules, &s->shadow, &s->err);
		if (s->rc == 0 && p->d->event_feed != NULL) {
			evl_feed_init(&s->feed, &s->list, p->d->event_feed->f);
			s->shadow->event_feed = &s->feed;
		}
		if (s->rc == 0)
			s->rc = diagnosis_scan_event_file(s->shadow, p->ev->files[p->files[k]].path,
							  progress, pctx, &s->err);
		pthread_mutex_lock(p->mu);
		p->done++;
		pthread_cond_broadcast(&p->all_done);
		pthread_mutex_unlock(p->mu);
	}
}

static int insert_files(struct diagnosis *d, size_t at, struct diagnosis *from,
			struct kb_error *err);

/* Once every file is read: each merged into d in file order, up to and
 * including the first that failed (as one pass stops there), then the
 * windows.  0 or the first failure. */
static int merge_event_files(struct event_pool *p, struct kb_error *err)
{
	size_t k;
	int rc = 0;

	pthread_mutex_lock(p->mu);
	while (p->done < p->n)
		pthread_cond_wait(&p->all_done, p->mu);
	pthread_mutex_unlock(p->mu);
	for (k = 0; k < p->n; k++) {
		struct event_slot *s = &p->slots[k];

		if (rc == 0 && s->shadow != NULL) {
			rc = diagnosis_merge_events(p->d, s->shadow, err);
			if (rc == 0)
				rc = insert_files(p->d, p->d->n_files, s->shadow, err);
			if (rc == 0 && p->d->event_feed != NULL &&
			    evl_feed_take(p->d->event_feed, &s->list) != 0)
				rc = kb_errorf(err, KB_ENOMEM, "out of memory");
		}
		if (rc == 0 && s->rc != 0) {
			if (err != NULL)
				*err = s->err;
			rc = s->rc;
		}
		diagnosis_free(s->shadow);
		evl_free(&s->list);
	}
	if (rc == 0)
		diagnosis_events_done(p->d);
	return rc;
}

static void pool_free(struct event_pool *p)
{
	if (p == NULL)
		return;
	pthread_cond_destroy(&p->all_done);
	free(p->rules);
	free(p->files);
	free(p->slots);
	free(p);
}

/* A pool over ev's event files, or NULL (out of memory: one pass reads
 * them). */
static struct event_pool *pool_new(struct diagnosis *d, const struct evidence_set *ev,
				   pthread_mutex_t *mu)
{
	struct event_pool *p = calloc(1, sizeof *p);
	size_t i;

	if (p == NULL)
		return NULL;
	p->d = d;
	p->ev = ev;
	p->mu = mu;
	pthread_cond_init(&p->all_done, NULL);
	p->rules = calloc(d->n_rules + 1, sizeof *p->rules);
	p->files = calloc(ev->n + 1, sizeof *p->files);
	p->slots = calloc(ev->n + 1, sizeof *p->slots);
	if (p->rules == NULL || p->files == NULL || p->slots == NULL) {
		pool_free(p);
		return NULL;
	}
	for (i = 0; i < d->n_rules; i++)
		p->rules[i] = d->rules[i].rule;
	for (i = 0; i < ev->n; i++)
		if (ev->files[i].kind == EVIDENCE_EVENTS)
			p->files[p->n++] = i;
	return p;
}

static void *scan_logs_job(void *vjob)
{
	struct log_job *job = vjob;
	struct locked_progress lp = { job->progress, job->ctx, job->mu };
	diag_progress_fn own = job->progress != NULL ? progress_locked : NULL;

	if (job->scan_logs)
		job->rc = diagnosis_scan_logs(&job->shadow, job->ev, own, &lp, &job->err);
	/* Then the event files this thread's turn finds left. */
	if (job->pool != NULL)
		read_event_files(job->pool, own, &lp);
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
	struct event_pool *pool = NULL;
	size_t logs_at, n_logs = evidence_count(ev, EVIDENCE_LOG);
	int rc = 0, rc_ev, rc_reg = 0, ins;

	/* Side by side: the logs beside the rest, and event files beside
	 * each other when there are several. */
	if (d->serial_readers ||
	    (n_logs == 0 && evidence_count(ev, EVIDENCE_EVENTS) < 2))
		return run_serial(d, ev, progress, ctx, err);
	if ((job = calloc(1, sizeof *job)) == NULL)
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	if (evidence_count(ev, EVIDENCE_EVENTS) >= 2)
		pool = pool_new(d, ev, &mu);
	if (n_logs == 0 && pool == NULL) {
		free(job);
		return run_serial(d, ev, progress, ctx, err);
	}
	job->shadow = *d;
	job->shadow.files = NULL;
	job->shadow.n_files = 0;
	job->scan_logs = n_logs > 0;
	job->pool = pool;
	job->ev = ev;
	job->progress = progress;
	job->ctx = ctx;
	job->mu = &mu;
	if (pthread_create(&th, NULL, scan_logs_job, job) != 0) {
		pool_free(pool);
		free(job);
		return run_serial(d, ev, progress, ctx, err);
	}

	if (pool != NULL) {
		read_event_files(pool, own, &lp);
		rc_ev = merge_event_files(pool, err);
	} else {
		rc_ev = diagnosis_scan_events(d, ev, own, &lp, err);
	}
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
	pool_free(pool);
	pthread_mutex_destroy(&mu);
	return rc != 0 ? rc : diagnosis_rank(d, err);
}
