/* mkclusterlog: writes a made-up Windows cluster log (cluster.log) for
 * tests and benchmarks, deterministic from a seed.
 *
 *   mkclusterlog [--size N[K|M|G]] [--form nt|2008]
 *                [--encoding utf8|utf8bom|utf16le] [--crlf] [--seed N]
 *                [--scenario noise|healthy|q262832] [-o FILE]
 *   mkclusterlog --patterns N [--seed N] [-o FILE]
 *
 * Lines carry the clussvc prefix "pid.tid::YYYY/MM/DD-hh:mm:ss.mmm"; the
 * 2008 form adds a level and the component in brackets comes first in
 * the message either way.  The noise messages are invented, in the style
 * of the components ([NM], [FM], [GUM], [RM], [API], [EP], [CP], ...).
 * --scenario q262832 embeds the start-up failure of KB Q262832 (RPC
 * cannot bind to CDP, status 1720) once, 60% of the way in, with noise
 * between its lines; healthy puts a normal start-up at the beginning.
 * --patterns writes the Q262832 sequence and N more literal patterns that
 * look like log phrases, one per line, for grep -F -f and logscan_bench.
 * A 1 GiB log takes a couple of seconds: lines are formatted by hand. */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define OUT_BUF ((size_t)1 << 20)

static const char *const q262832_sequence[] = {
	"[CS] Initializing RPC server.",
	"[INIT] Unable to bind RPC to CDP, status 1720",
	"[CS] ClusterInitialize failed 1720",
	"[INIT] The cluster service is shutting down.",
	"[FM] Shutdown: Failover Manager requested to shutdown groups.",
	"[FM] FmpCleanupGroups: Entry",
	"[Dm] DmShutdown",
	"[DM] DmpShutdownFlusher: Entry",
	"[DM] DmpShutdownFlusher: Setting event",
	"[DM] DmpRegistryFlusher: got 0",
	"[DM] DmpRegistryFlusher: exiting",
	"[CPROXY] clussvc terminated, error 1720",
	"[CPROXY] Service Stopping...",
	"[CPROXY] Cleaning up",
	"[CPROXY] Cleanup complete.",
	"[CPROXY] Service Stopped.",
};

/* The start-up that precedes both the failure and a healthy join. */
static const char *const startup_head[] = {
	"[CS] Cluster Service started - Cluster Node Version 3.2195",
	"[CS] OS Version 4.0.1381 - Service Pack 6",
	"[CS] We're part of a cluster",
	"[INIT] Initializing the cluster service database",
};

static const char *const healthy_tail[] = {
	"[CS] Initializing RPC server.",
	"[INIT] Attempting to join cluster %C",
	"[JOIN] Spawning thread to connect to sponsor %A",
	"[NM] Joining cluster.",
	"[NM] Node 1 (NODE1) is now up.",
	"[NM] Node 2 (NODE2) is now up.",
	"[FM] FmJoinPhase1 complete.",
	"[FM] FmJoinPhase2 complete, now online!",
	"[GUM] GumJoinCluster: join of node 2 complete",
	"[CS] Cluster service started successfully.",
};

/* Noise.  %n node number, %N node name, %g GUID, %d small number,
 * %x hex word, %r resource name, %s state, %a IP address, %C cluster
 * name, %A node name of the sponsor, %p path. */
static const char *const noise[] = {
	"[NM] Received request from client address %a.",
	"[NM] Node %n (%N) is now %s.",
	"[NM] Interface %g state changed to %s.",
	"[NM] Heartbeat from node %n on network %g, sequence %d",
	"[GUM] GumSendUpdate: Locker waiting type %d context %d",
	"[GUM] GumpDoUnlockingUpdate releasing lock ownership",
	"[GUM] Queuing locker waiter %d on sequence %d",
	"[FM] FmpHandleResourceTransition: Resource Name = %g old state=%d new state=%d",
	"[FM] Group %g moved to node %n",
	"[FM] FmpPropagateResourceState: resource %g %s event.",
	"[RM] Resource %r is now %s.",
	"[RM] LooksAlive poll for resource %r returned %d.",
	"[RM] IsAlive check of %r took %d ms",
	"[API] ApiOpenResource: opening resource %g",
	"[API] s_ApiGetQuorumResource: returning %r path %p",
	"[EP] Polling event processor queue, %d events pending",
	"[EP] EpPostSyncEvent: posting event %x",
	"[CP] CppWatchRegistry: checkpoint %d taken for resource %g",
	"[CP] CpckReplicateCryptoKey: key replicated for %r",
	"[ClMsg] Received datagram from node %n, sequence %d",
	"[EVT] EvtBroadcast: posting event %x",
	"[LM] LogFlush: log %p flushed at LSN 0x%x",
	"[DM] DmpChkQuoTombStone: tombstone for %g checked",
	"[INIT] ClusterRegQueryValue for %r returned %d",
	"Physical Disk <%r>: [DiskArb] Arbitration attempt %d succeeded",
	"IP Address <%r>: Adapter %g is %s",
	"Network Name <%r>: Registered DNS name %N.corp.example.com",
};

/* Phrases only for --patterns: never written as noise, so these share
 * prefixes with the log's lines but rarely match them. */
static const char *const other[] = {
	"[NM] Node %n (%N) lost communication on network %g",
	"[FM] FmpOnlineGroup: group %g failed to come online, status %d",
	"[RM] Resource %r failed its IsAlive check, status %d",
	"[GUM] GumpSyncEventHandler: node %n is dead, sequence %d",
	"[API] ApiCloseResource: resource %g closed with status %d",
	"[CP] CppReadCheckpoint: checkpoint %d for %g is corrupt",
	"[EP] EpEventHandler: unknown event %x from node %n",
	"[INIT] Cluster service failed to form cluster %C, status %d",
};

static const char *const states[] = {
	"online", "offline", "joining", "paused", "up", "down",
};

static const char *const resources[] = {
	"Cluster IP Address", "Cluster Name", "Disk Q:", "Disk R:",
	"File Share Z\xC3\xBCrich", "MSDTC", "Network Name SQL01",
	"Print Spooler M\xC3\xBCller", "Generic Service Backup",
};

static const char *const paths[] = {
	"Q:\\MSCS\\quolog.log", "Q:\\MSCS\\chk1A4.tmp", "C:\\WINNT\\cluster\\CLUSDB",
};

struct rng {
	uint64_t s;
};

static uint64_t rng_next(struct rng *r)
{
	/* xorshift64*: fast and plenty for made-up logs. */
	r->s ^= r->s >> 12;
	r->s ^= r->s << 25;
	r->s ^= r->s >> 27;
	return r->s * 0x2545F4914F6CDD1Dull;
}

static unsigned rng_below(struct rng *r, unsigned n)
{
	return (unsigned)((rng_next(r) >> 32) % n);
}

struct out {
	int fd;
	int utf16;
	unsigned char *buf;
	size_t len;
	unsigned char *wide;
	uint64_t written;   /* bytes in the output encoding */
};

static int out_flush(struct out *o)
{
	const unsigned char *p = o->buf;
	size_t len = o->len;

	if (o->utf16) {
		/* The generator writes BMP characters only, as 1 to 3 byte
		 * UTF-8 sequences. */
		size_t i = 0, w = 0;

		while (i < o->len) {
			unsigned c = o->buf[i];
			unsigned cp;

			if (c < 0x80) {
				cp = c;
				i++;
			} else if ((c & 0xE0) == 0xC0) {
				cp = (c & 0x1Fu) << 6 | (o->buf[i + 1] & 0x3Fu);
				i += 2;
			} else {
				cp = (c & 0x0Fu) << 12 | (o->buf[i + 1] & 0x3Fu) << 6 |
				     (o->buf[i + 2] & 0x3Fu);
				i += 3;
			}
			o->wide[w++] = (unsigned char)(cp & 0xFF);
			o->wide[w++] = (unsigned char)(cp >> 8);
		}
		p = o->wide;
		len = w;
	}
	while (len > 0) {
		ssize_t n = write(o->fd, p, len);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += n;
		len -= (size_t)n;
	}
	o->len = 0;
	return 0;
}

static int out_bytes(struct out *o, const void *p, size_t len)
{
	if (o->len + len > OUT_BUF && out_flush(o) != 0)
		return -1;
	memcpy(o->buf + o->len, p, len);
	o->len += len;
	if (o->utf16) {
		const unsigned char *c = p;
		size_t i;

		/* Two bytes per character: count the UTF-8 lead bytes. */
		for (i = 0; i < len; i++)
			o->written += (c[i] & 0xC0) != 0x80 ? 2 : 0;
	} else {
		o->written += len;
	}
	return 0;
}

static char *put_dec(char *p, unsigned v, int width)
{
	char tmp[16];
	int n = 0;

	do {
		tmp[n++] = (char)('0' + v % 10);
		v /= 10;
	} while (v > 0);
	while (n < width)
		tmp[n++] = '0';
	while (n > 0)
		*p++ = tmp[--n];
	return p;
}

static char *put_hex(char *p, uint64_t v, int digits)
{
	static const char hex[] = "0123456789abcdef";
	int i;

	for (i = digits - 1; i >= 0; i--)
		*p++ = hex[(v >> (4 * i)) & 0xF];
	return p;
}

static char *put_str(char *p, const char *s)
{
	size_t n = strlen(s);

	memcpy(p, s, n);
	return p + n;
}

/* Expands a template into p (room for 512 bytes); returns the end. */
static char *expand(char *p, const char *t, struct rng *r, unsigned num_range)
{
	for (; *t != '\0'; t++) {
		unsigned n;

		if (*t != '%') {
			*p++ = *t;
			continue;
		}
		switch (*++t) {
		case 'n':
			p = put_dec(p, 1 + rng_below(r, 8), 1);
			break;
		case 'N':
		case 'A':
			p = put_str(p, "NODE");
			p = put_dec(p, 1 + rng_below(r, 8), 1);
			break;
		case 'C':
			p = put_str(p, "CLUSTER1");
			break;
		case 'g': {
			uint64_t a = rng_next(r), b = rng_next(r);
			p = put_hex(p, a >> 32, 8);
			*p++ = '-';
			p = put_hex(p, a >> 16, 4);
			*p++ = '-';
			p = put_hex(p, a, 4);
			*p++ = '-';
			p = put_hex(p, b >> 48, 4);
			*p++ = '-';
			p = put_hex(p, b, 12);
			break;
		}
		case 'd':
			p = put_dec(p, rng_below(r, num_range), 1);
			break;
		case 'x':
			p = put_hex(p, rng_next(r), 8);
			break;
		case 'r':
			p = put_str(p, resources[rng_below(r, sizeof resources / sizeof resources[0])]);
			break;
		case 's':
			p = put_str(p, states[rng_below(r, sizeof states / sizeof states[0])]);
			break;
		case 'a':
			p = put_str(p, "10.0.0.");
			n = 1 + rng_below(r, 8);
			p = put_dec(p, n, 1);
			break;
		case 'p':
			p = put_str(p, paths[rng_below(r, sizeof paths / sizeof paths[0])]);
			break;
		default:
			*p++ = '%';
			*p++ = *t;
			break;
		}
	}
	return p;
}

struct clock {
	unsigned y, mo, d, h, mi, s, ms;
};

static void clock_tick(struct clock *c, unsigned ms)
{
	static const unsigned mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	unsigned dim;

	c->ms += ms;
	while (c->ms >= 1000) {
		c->ms -= 1000;
		if (++c->s < 60)
			continue;
		c->s = 0;
		if (++c->mi < 60)
			continue;
		c->mi = 0;
		if (++c->h < 24)
			continue;
		c->h = 0;
		dim = mdays[c->mo - 1] +
		      (c->mo == 2 && c->y % 4 == 0 && (c->y % 100 != 0 || c->y % 400 == 0));
		if (++c->d <= dim)
			continue;
		c->d = 1;
		if (++c->mo <= 12)
			continue;
		c->mo = 1;
		c->y++;
	}
}

struct gen {
	struct out out;
	struct rng rng;
	struct clock clock;
	int form_2008;
	int crlf;
	unsigned pid;
	unsigned tids[6];
};

static const char *level_for(const char *msg)
{
	if (strstr(msg, "fail") != NULL || strstr(msg, "Unable") != NULL ||
	    strstr(msg, "error") != NULL)
		return "ERR  ";
	if (strstr(msg, "shutting") != NULL || strstr(msg, "Stopp") != NULL)
		return "WARN ";
	return "INFO ";
}

/* One line: prefix, message, EOL.  msg may hold template escapes when
 * expand_it is set. */
static int emit_line(struct gen *g, const char *msg, int expand_it)
{
	char line[1024], body[600], *p = line, *b = body;
	unsigned tid = g->tids[rng_below(&g->rng, 6)];

	if (expand_it)
		b = expand(body, msg, &g->rng, 1000);
	else
		b = put_str(body, msg);
	*b = '\0';
	clock_tick(&g->clock, rng_below(&g->rng, 40));
	p = put_hex(p, g->pid, 8);
	*p++ = '.';
	p = put_hex(p, tid, 8);
	*p++ = ':';
	*p++ = ':';
	p = put_dec(p, g->clock.y, 4);
	*p++ = '/';
	p = put_dec(p, g->clock.mo, 2);
	*p++ = '/';
	p = put_dec(p, g->clock.d, 2);
	*p++ = '-';
	p = put_dec(p, g->clock.h, 2);
	*p++ = ':';
	p = put_dec(p, g->clock.mi, 2);
	*p++ = ':';
	p = put_dec(p, g->clock.s, 2);
	*p++ = '.';
	p = put_dec(p, g->clock.ms, 3);
	*p++ = ' ';
	if (g->form_2008) {
		p = put_str(p, level_for(body));
		*p++ = ' ';
	}
	memcpy(p, body, (size_t)(b - body));
	p += b - body;
	if (g->crlf)
		*p++ = '\r';
	*p++ = '\n';
	return out_bytes(&g->out, line, (size_t)(p - line));
}

static int emit_noise(struct gen *g, unsigned count)
{
	while (count-- > 0)
		if (emit_line(g, noise[rng_below(&g->rng, sizeof noise / sizeof noise[0])], 1) != 0)
			return -1;
	return 0;
}

static int emit_sequence(struct gen *g, const char *const *lines, size_t n,
			 int expand_it)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (emit_line(g, lines[i], expand_it) != 0)
			return -1;
		/* Other threads keep logging between the lines. */
		if (i + 1 < n && emit_noise(g, rng_below(&g->rng, 4)) != 0)
			return -1;
	}
	return 0;
}

static uint64_t parse_size(const char *s)
{
	char *end;
	unsigned long long v = strtoull(s, &end, 10);

	switch (*end) {
	case 'k': case 'K': v <<= 10; break;
	case 'm': case 'M': v <<= 20; break;
	case 'g': case 'G': v <<= 30; break;
	case '\0': break;
	default: return UINT64_MAX;
	}
	return v;
}

static uint64_t fnv1a(const char *p, size_t n)
{
	uint64_t h = 0xcbf29ce484222325ull;

	while (n-- > 0)
		h = (h ^ (unsigned char)*p++) * 0x100000001b3ull;
	return h;
}

static int write_patterns(int fd, unsigned count, struct rng *r)
{
	struct out o = { .fd = fd };
	char line[600], *p;
	size_t i, n_seen = (size_t)count * 2 + 64, tries = 0;
	uint64_t *seen;
	int rc = 0;

	o.buf = malloc(OUT_BUF);
	/* A set of hashes, so that no phrase is written twice: a pattern
	 * list with duplicates would only multiply the hits. */
	seen = calloc(n_seen, sizeof *seen);
	if (o.buf == NULL || seen == NULL) {
		free(o.buf);
		free(seen);
		return -1;
	}
	for (i = 0; i < sizeof q262832_sequence / sizeof q262832_sequence[0] && rc == 0; i++) {
		p = put_str(line, q262832_sequence[i]);
		*p++ = '\n';
		rc = out_bytes(&o, line, (size_t)(p - line));
	}
	for (i = 0; i < count && rc == 0 && tries < (size_t)count * 100; tries++) {
		/* One in ten from the noise templates, with numbers mostly
		 * outside the noise's range, so that a few hundredths of
		 * the lines hit; the rest from phrases never logged. */
		const char *t = tries % 10 == 0
			? noise[rng_below(r, sizeof noise / sizeof noise[0])]
			: other[rng_below(r, sizeof other / sizeof other[0])];
		uint64_t h;
		size_t slot;

		p = expand(line, t, r, 20000);
		h = fnv1a(line, (size_t)(p - line)) | 1;
		for (slot = h % n_seen; seen[slot] != 0 && seen[slot] != h;
		     slot = (slot + 1) % n_seen)
			;
		if (seen[slot] == h)
			continue;
		seen[slot] = h;
		*p++ = '\n';
		rc = out_bytes(&o, line, (size_t)(p - line));
		i++;
	}
	if (rc == 0)
		rc = out_flush(&o);
	free(o.buf);
	free(seen);
	return rc;
}

static void usage(void)
{
	fprintf(stderr,
		"usage: mkclusterlog [--size N[K|M|G]] [--form nt|2008]\n"
		"                    [--encoding utf8|utf8bom|utf16le] [--crlf] [--seed N]\n"
		"                    [--scenario noise|healthy|q262832] [-o FILE]\n"
		"       mkclusterlog --patterns N [--seed N] [-o FILE]\n");
}

int main(int argc, char **argv)
{
	struct gen g;
	uint64_t size = 1 << 20, seq_at;
	const char *path = NULL, *scenario = "noise", *encoding = "utf8";
	long patterns = -1;
	unsigned long long seed = 1;
	int i, fd = STDOUT_FILENO, rc = 1, seq_done = 0;

	memset(&g, 0, sizeof g);
	for (i = 1; i < argc; i++) {
		const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;

		if (strcmp(a, "--crlf") == 0) {
			g.crlf = 1;
			continue;
		}
		if (v == NULL) {
			usage();
			return 2;
		}
		i++;
		if (strcmp(a, "--size") == 0) {
			size = parse_size(v);
		} else if (strcmp(a, "--form") == 0) {
			if (strcmp(v, "2008") == 0)
				g.form_2008 = 1;
			else if (strcmp(v, "nt") != 0)
				size = UINT64_MAX;
		} else if (strcmp(a, "--encoding") == 0) {
			encoding = v;
		} else if (strcmp(a, "--seed") == 0) {
			seed = strtoull(v, NULL, 0);
		} else if (strcmp(a, "--scenario") == 0) {
			scenario = v;
		} else if (strcmp(a, "--patterns") == 0) {
			patterns = strtol(v, NULL, 10);
		} else if (strcmp(a, "-o") == 0) {
			path = v;
		} else {
			usage();
			return 2;
		}
	}
	if (size == UINT64_MAX || patterns < -1 ||
	    (strcmp(encoding, "utf8") != 0 && strcmp(encoding, "utf8bom") != 0 &&
	     strcmp(encoding, "utf16le") != 0) ||
	    (strcmp(scenario, "noise") != 0 && strcmp(scenario, "healthy") != 0 &&
	     strcmp(scenario, "q262832") != 0)) {
		usage();
		return 2;
	}
	if (path != NULL) {
		fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
		if (fd < 0) {
			fprintf(stderr, "mkclusterlog: %s: %s\n", path, strerror(errno));
			return 1;
		}
	}
	g.rng.s = seed * 0x9E3779B97F4A7C15ull + 1;
	if (patterns >= 0) {
		rc = write_patterns(fd, (unsigned)patterns, &g.rng) == 0 ? 0 : 1;
		goto out;
	}

	g.out.fd = fd;
	g.out.utf16 = strcmp(encoding, "utf16le") == 0;
	g.out.buf = malloc(OUT_BUF);
	g.out.wide = malloc(OUT_BUF * 2);
	if (g.out.buf == NULL || g.out.wide == NULL)
		goto out;
	g.pid = 0x400 + rng_below(&g.rng, 0x400);
	for (i = 0; i < 6; i++)
		g.tids[i] = g.pid + 4 + 4 * (unsigned)i + 4 * rng_below(&g.rng, 64);
	g.clock = (struct clock){ g.form_2008 ? 2008 : 2002, 6, 11, 9, 0, 0, 0 };

	if (strcmp(encoding, "utf8bom") == 0 &&
	    out_bytes(&g.out, "\xEF\xBB\xBF", 3) != 0)
		goto out;
	if (g.out.utf16) {
		static const unsigned char bom[] = { 0xFF, 0xFE };
		if (write(fd, bom, 2) != 2)
			goto out;
	}
	/* Every scenario opens with a service start; the size is what the
	 * noise aims for, in the output's encoding. */
	if (emit_sequence(&g, startup_head, sizeof startup_head / sizeof startup_head[0], 1) != 0)
		goto out;
	if (strcmp(scenario, "healthy") == 0 &&
	    emit_sequence(&g, healthy_tail, sizeof healthy_tail / sizeof healthy_tail[0], 1) != 0)
		goto out;
	seq_at = size / 10 * 6;
	while (g.out.written < size) {
		if (!seq_done && strcmp(scenario, "q262832") == 0 &&
		    g.out.written >= seq_at) {
			seq_done = 1;
			if (emit_sequence(&g, startup_head, sizeof startup_head / sizeof startup_head[0], 1) != 0 ||
			    emit_sequence(&g, q262832_sequence, sizeof q262832_sequence / sizeof q262832_sequence[0], 0) != 0)
				goto out;
			continue;
		}
		if (emit_noise(&g, 1) != 0)
			goto out;
	}
	/* A log too small to reach 60% still gets the failure. */
	if (!seq_done && strcmp(scenario, "q262832") == 0 &&
	    emit_sequence(&g, q262832_sequence, sizeof q262832_sequence / sizeof q262832_sequence[0], 0) != 0)
		goto out;
	if (out_flush(&g.out) != 0)
		goto out;
	rc = 0;
out:
	free(g.out.buf);
	free(g.out.wide);
	if (path != NULL && close(fd) != 0)
		rc = 1;
	if (rc != 0)
		fprintf(stderr, "mkclusterlog: %s: write failed: %s\n",
			path != NULL ? path : "(stdout)", strerror(errno));
	return rc;
}
