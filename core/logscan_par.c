/* logscan_par.c: a large input scanned in parts side by side
 * (logscan_set_parallel).
 *
 * The input is cut after a line feed near each 1/n of its size, so every
 * part holds whole lines and starts a line; each part is then what
 * logscan_scan_range scans like a file of its own: same compiled
 * patterns (read-only once built), a window and PCRE2 match data of its
 * own, so memory stays bounded per part.  The first part runs on the
 * calling thread and hands its hits straight to the caller.  The other
 * parts run on threads and queue copies of their hits; once the parts
 * before it are done, the calling thread takes a part's queue, adds the
 * lines of the parts before to each line number and calls back.  So the
 * caller sees the serial scan's hits in the serial order, one at a time,
 * on its own thread (its sequence logic needs no lock).  A queue holds at
 * most LOGSCAN_QUEUE_MAX bytes: past that its worker waits, which costs
 * speed on an input where almost every line matches, never memory.
 *
 * Why the hits of one part equal those of the same lines in a serial
 * scan: the scan only ever cuts a line when it is longer than the window
 * (slices start at the line's start either way), and a line never
 * crosses a part. */
#include "logscan_internal.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* How far past a cut's target a line feed is looked for: an input with a
 * longer line there is cut in fewer parts. */
#define SPLIT_SEARCH_MAX ((uint64_t)4 << 20)
#define SPLIT_READ ((size_t)64 << 10)
/* A worker hands its hits over in batches, not one lock per hit. */
#define BATCH_BYTES ((size_t)64 << 10)

/* A queued hit with copies of the line and timestamp it points at. */
struct qhit {
	struct qhit *next;
	struct logscan_hit h;
	size_t size;
	char data[];
};

struct qlist {
	struct qhit *head, *tail;
	size_t bytes;
};

struct par;

struct part {
	struct par *par;
	struct logscan_range r;
	pthread_t th;
	int threaded;
	struct qlist batch;      /* the worker's own */
	/* under par->mu: */
	struct qlist queue;
	uint64_t bytes_read;
	int done;
	/* the worker's result, read after done */
	int rc, oom;
	struct kb_error err;
	struct logscan_stats st;
};

struct par {
	struct logscan *ls;
	pthread_mutex_t mu;
	pthread_cond_t cv;
	int stop;
	struct part *parts;
	unsigned n;
	logscan_progress_fn on_progress;
	void *ctx;
	uint64_t total;
	uint64_t first_bytes;    /* read by the first part (calling thread) */
};

static void qlist_free(struct qlist *l)
{
	while (l->head != NULL) {
		struct qhit *q = l->head;

		l->head = q->next;
		free(q);
	}
	l->tail = NULL;
	l->bytes = 0;
}

static void qlist_append(struct qlist *to, struct qlist *from)
{
	if (from->head == NULL)
		return;
	if (to->tail != NULL)
		to->tail->next = from->head;
	else
		to->head = from->head;
	to->tail = from->tail;
	to->bytes += from->bytes;
	from->head = from->tail = NULL;
	from->bytes = 0;
}

/* Moves the worker's batch to its queue, waiting while the queue is
 * full; non-zero when the scan is to stop. */
static int publish(struct part *p)
{
	struct par *par = p->par;
	int stop;

	pthread_mutex_lock(&par->mu);
	while (!par->stop && p->queue.head != NULL &&
	       p->queue.bytes + p->batch.bytes > LOGSCAN_QUEUE_MAX)
		pthread_cond_wait(&par->cv, &par->mu);
	stop = par->stop;
	if (!stop) {
		qlist_append(&p->queue, &p->batch);
		pthread_cond_broadcast(&par->cv);
	}
	pthread_mutex_unlock(&par->mu);
	return stop;
}

static int queue_hit(void *vp, const struct logscan_hit *h)
{
	struct part *p = vp;
	size_t tl = h->timestamp != NULL ? strlen(h->timestamp) + 1 : 0;
	size_t size = sizeof(struct qhit) + h->line_len + 1 + tl;
	struct qhit *q = malloc(size);

	if (q == NULL) {
		p->oom = 1;
		return 1;
	}
	q->next = NULL;
	q->h = *h;
	q->size = size;
	memcpy(q->data, h->line, h->line_len);
	q->data[h->line_len] = '\0';
	q->h.line = q->data;
	if (tl > 0) {
		memcpy(q->data + h->line_len + 1, h->timestamp, tl);
		q->h.timestamp = q->data + h->line_len + 1;
	}
	q->h.path = NULL;   /* the caller's name, set when delivered */
	if (p->batch.tail != NULL)
		p->batch.tail->next = q;
	else
		p->batch.head = q;
	p->batch.tail = q;
	p->batch.bytes += size;
	return p->batch.bytes >= BATCH_BYTES ? publish(p) : 0;
}

static int worker_progress(void *vp, uint64_t done, uint64_t total)
{
	struct part *p = vp;
	int stop;

	(void)total;
	pthread_mutex_lock(&p->par->mu);
	p->bytes_read = done;
	stop = p->par->stop;
	pthread_mutex_unlock(&p->par->mu);
	return stop;
}

static void *worker(void *vp)
{
	struct part *p = vp;

	p->rc = logscan_scan_range(p->par->ls, &p->r, queue_hit, worker_progress,
				   p, &p->st, &p->err);
	if (p->rc == 0)
		publish(p);
	pthread_mutex_lock(&p->par->mu);
	p->done = 1;
	pthread_cond_broadcast(&p->par->cv);
	pthread_mutex_unlock(&p->par->mu);
	return NULL;
}

/* The caller's progress: bytes read by every part so far. */
static int report_progress(struct par *par)
{
	uint64_t sum = par->first_bytes;
	unsigned k;

	if (par->on_progress == NULL)
		return 0;
	pthread_mutex_lock(&par->mu);
	for (k = 1; k < par->n; k++)
		sum += par->parts[k].bytes_read;
	pthread_mutex_unlock(&par->mu);
	return par->on_progress(par->ctx, sum, par->total);
}

/* ---- cutting the input ---- */

static int read_at(const struct logscan_range *r, uint64_t off,
		   unsigned char *buf, size_t max, size_t *got)
{
	if (off >= r->end) {
		*got = 0;
		return 0;
	}
	if (max > r->end - off)
		max = (size_t)(r->end - off);
	if (r->fd < 0) {
		memcpy(buf, r->mem + off, max);
		*got = max;
		return 0;
	}
	for (;;) {
		ssize_t n = pread(r->fd, buf, max, (off_t)off);

		if (n >= 0) {
			*got = (size_t)n;
			return 0;
		}
		if (errno != EINTR)
			return -1;
	}
}

/* The offset just after the first LF at or after from; 0 when none is
 * near enough (or the read failed: the scan proper reports that). */
static uint64_t line_end_after(const struct logscan_range *r, uint64_t from,
			       unsigned char *buf)
{
	uint64_t off = from;

	while (off < r->end && off - from < SPLIT_SEARCH_MAX) {
		size_t got;
		const unsigned char *nl;

		if (read_at(r, off, buf, SPLIT_READ, &got) != 0 || got == 0)
			return 0;
		nl = memchr(buf, '\n', got);
		if (nl != NULL)
			return off + (uint64_t)(nl - buf) + 1;
		off += got;
	}
	return 0;
}

/* Fills bounds[0..m] with the parts' limits; returns m (1: one part). */
static unsigned cut(const struct logscan_range *r, unsigned n,
		    uint64_t first_fill, uint64_t *bounds, unsigned char *buf)
{
	unsigned m = 0, k;
	size_t got = 0;

	bounds[0] = 0;
	/* UTF-16 is decoded in a stream; a cut could fall inside a
	 * character, and "\n" bytes are not line ends there. */
	if (read_at(r, 0, buf, 2, &got) != 0 ||
	    (got == 2 && buf[0] == 0xFF && buf[1] == 0xFE))
		n = 1;
	for (k = 1; k < n; k++) {
		uint64_t target = r->end / n * k, at;

		/* The format is told from the first run of lines read. */
		if (target < first_fill)
			target = first_fill;
		if (target == 0 || target <= bounds[m])
			continue;
		at = line_end_after(r, target - 1, buf);
		if (at == 0 || at >= r->end)
			break;
		if (at > bounds[m])
			bounds[++m] = at;
	}
	bounds[++m] = r->end;
	return m;
}

/* ---- the caller's side ---- */

/* A part scanned on the calling thread: the first, or one whose thread
 * would not start.  The scan passes one context to both callbacks. */
struct offset_ctx {
	logscan_hit_fn on_hit;
	void *ctx;
	uint64_t base;
	struct par *par;
};

static int first_progress(void *vp, uint64_t done, uint64_t total)
{
	struct offset_ctx *o = vp;

	(void)total;
	o->par->first_bytes = done;
	return report_progress(o->par);
}

static int offset_hit(void *vp, const struct logscan_hit *h)
{
	struct offset_ctx *o = vp;
	struct logscan_hit c = *h;

	c.line_no += o->base;
	return o->on_hit != NULL ? o->on_hit(o->ctx, &c) : 0;
}

/* Hands part p's queued hits to the caller as they come, until the
 * worker is done. */
static int drain(struct par *par, struct part *p, uint64_t base,
		 logscan_hit_fn on_hit, uint64_t *hits, struct kb_error *err)
{
	struct qlist got = { NULL, NULL, 0 };
	int rc = 0;

	pthread_mutex_lock(&par->mu);
	for (;;) {
		while (p->queue.head == NULL && !p->done)
			pthread_cond_wait(&par->cv, &par->mu);
		if (p->queue.head == NULL)
			break;
		qlist_append(&got, &p->queue);
		pthread_cond_broadcast(&par->cv);
		pthread_mutex_unlock(&par->mu);
		while (got.head != NULL && rc == 0) {
			struct qhit *q = got.head;

			got.head = q->next;
			q->h.line_no += base;
			q->h.path = p->r.name;
			(*hits)++;
			if (on_hit != NULL && on_hit(par->ctx, &q->h) != 0)
				rc = kb_errorf(err, KB_ECANCEL,
					       "%s: scan stopped at line %llu",
					       p->r.name,
					       (unsigned long long)q->h.line_no);
			free(q);
		}
		qlist_free(&got);
		if (rc == 0 && report_progress(par) != 0)
			rc = kb_errorf(err, KB_ECANCEL, "%s: scan cancelled",
				       p->r.name);
		pthread_mutex_lock(&par->mu);
		if (rc != 0)
			break;
	}
	pthread_mutex_unlock(&par->mu);
	return rc;
}

static void add_stats(struct logscan_stats *to, const struct logscan_stats *st)
{
	to->bytes += st->bytes;
	to->lines += st->lines;
	to->nul_bytes += st->nul_bytes;
	to->long_lines += st->long_lines;
	to->regex_gave_up += st->regex_gave_up;
	if (st->longest_line > to->longest_line)
		to->longest_line = st->longest_line;
}

int logscan_par_scan(struct logscan *ls, const struct logscan_range *r,
		     logscan_hit_fn on_hit, logscan_progress_fn on_progress,
		     void *ctx, struct logscan_stats *stats,
		     struct kb_error *err)
{
	struct par par;
	struct logscan_stats total, st;
	uint64_t bounds[LOGSCAN_WORKERS_MAX + 1], hits = 0;
	unsigned char *buf = NULL;
	unsigned m, k;
	int rc;

	if (stats != NULL)
		memset(stats, 0, sizeof *stats);
	if ((rc = logscan_prepare(ls, err)) != 0)
		return rc;
	if ((buf = malloc(SPLIT_READ)) == NULL)
		return kb_errorf(err, KB_ENOMEM, "%s: out of memory", r->name);
	m = cut(r, logscan_parts_for(ls, r->end), logscan_first_fill(ls), bounds, buf);
	free(buf);
	if (m == 1)
		return logscan_scan_range(ls, r, on_hit, on_progress, ctx, stats, err);

	memset(&par, 0, sizeof par);
	par.ls = ls;
	par.n = m;
	par.on_progress = on_progress;
	par.ctx = ctx;
	par.total = r->total;
	par.parts = calloc(m, sizeof *par.parts);
	if (par.parts == NULL)
		return kb_errorf(err, KB_ENOMEM, "%s: out of memory", r->name);
	pthread_mutex_init(&par.mu, NULL);
	pthread_cond_init(&par.cv, NULL);
	for (k = 0; k < m; k++) {
		struct part *p = &par.parts[k];

		p->par = &par;
		p->r = *r;
		p->r.start = bounds[k];
		p->r.end = bounds[k + 1];
		p->r.own_match = k > 0;
		/* A thread that will not start: the part is scanned here. */
		if (k > 0 && pthread_create(&p->th, NULL, worker, p) == 0)
			p->threaded = 1;
	}

	{
		struct offset_ctx o = { on_hit, ctx, 0, &par };

		rc = logscan_scan_range(ls, &par.parts[0].r, offset_hit,
					first_progress, &o, &st, err);
	}
	memset(&total, 0, sizeof total);
	total.format = st.format;
	total.encoding = st.encoding;
	add_stats(&total, &st);
	hits = st.hits;
	for (k = 1; k < m && rc == 0; k++) {
		struct part *p = &par.parts[k];

		if (p->threaded) {
			rc = drain(&par, p, total.lines, on_hit, &hits, err);
			if (rc == 0 && p->rc != 0) {
				rc = p->oom ? kb_errorf(err, KB_ENOMEM, "%s: out of memory",
							p->r.name)
					    : kb_errorf(err, p->rc, "%s", p->err.msg);
			}
			st = p->st;
		} else {
			struct offset_ctx o = { on_hit, ctx, total.lines, &par };

			rc = logscan_scan_range(ls, &p->r, offset_hit, NULL, &o,
						&st, err);
			hits += st.hits;
		}
		add_stats(&total, &st);
	}

	pthread_mutex_lock(&par.mu);
	par.stop = rc != 0;
	pthread_cond_broadcast(&par.cv);
	pthread_mutex_unlock(&par.mu);
	for (k = 1; k < m; k++) {
		if (par.parts[k].threaded)
			pthread_join(par.parts[k].th, NULL);
		qlist_free(&par.parts[k].queue);
		qlist_free(&par.parts[k].batch);
	}
	pthread_cond_destroy(&par.cv);
	pthread_mutex_destroy(&par.mu);
	free(par.parts);
	total.hits = hits;
	if (stats != NULL)
		*stats = total;
	return rc;
}
