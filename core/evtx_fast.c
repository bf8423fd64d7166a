/* evtx_fast.c: .evtx chunk records read from their binary XML with a
 * per-chunk template cache (see evtx_fast.h).
 *
 * Binary XML tokens (the 0x40 bit on a token: "more follows", attributes
 * for an element, another attribute for an attribute):
 *   0x00 end of fragment        0x01 open element   0x02 close start tag
 *   0x03 close empty element    0x04 end element    0x05 value text
 *   0x06 attribute              0x07 CDATA          0x08 character ref
 *   0x09 entity ref             0x0a/0x0b processing instruction
 *   0x0c template instance      0x0d substitution   0x0e optional subst.
 *   0x0f fragment header
 * Names are stored once per chunk and referred to by offset; a name is
 * written inline when its offset is the spot right after the reference. */
#include "kbwiz/evtx_fast.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <zlib.h>

/* Templates nest values of type binary XML; deeper is not read. */
#define MAX_DEPTH 32
#define MAX_NEST 4
/* The most templates one chunk can define: each takes at least 24 bytes
 * of header, and a cache this size never has to evict. */
#define MAX_TEMPLATES 2730
/* Substitution values of one record's template instance; more is left
 * to libevtx. */
#define MAX_VALUES 4096

enum piece_kind {
	P_NONE = 0,   /* nothing there */
	P_TEXT,       /* literal UTF-16 text in the template */
	P_SUBST,      /* substitution value `index` */
	P_BAD,        /* something not read here: the record goes to libevtx */
};

struct piece {
	uint8_t kind;
	uint8_t optional;
	uint16_t index;       /* P_SUBST */
	uint32_t off, nchars; /* P_TEXT: UTF-16 text at off in the chunk */
};

/* Where a template's fields are.  Compiled once per chunk and template. */
struct plan {
	uint32_t def_off;
	int bad;              /* records using it go to libevtx */
	int data_bad;         /* its System part is read, its strings are
				     left to libevtx */
	int nested;           /* 0: a record's template (root Event); else
				     the role of a nested one's root's parent */
	int has_data;         /* an EventData or UserData was seen */
	struct piece provider, source_name, event_id, qualifiers, level,
		     keywords, channel, computer;
	struct piece data_subst;  /* data given as one nested binary XML */
	struct piece event_subst; /* Event's children (EventData, UserData)
				     given as one nested binary XML */
	struct piece *strings;
	size_t n_strings, cap;
};

struct value {
	uint8_t type;
	uint32_t off, size;   /* in the chunk */
};

struct evtx_fast {
	const uint8_t *c;     /* the chunk */
	size_t len;
	uint32_t pos, free_off;
	struct plan *plans[MAX_TEMPLATES];
	size_t n_plans;
	/* The record being read. */
	struct value values[MAX_VALUES];
	char *text;           /* its strings, NUL-separated */
	size_t text_len, text_cap;
	size_t *offs;         /* where each string starts in text */
	const char **ptrs;
	size_t n_offs, offs_cap;
	int oom;
};

static uint16_t le16(const uint8_t *p)
{
	return (uint16_t)(p[0] | p[1] << 8);
}

static uint32_t le32(const uint8_t *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
	       (uint32_t)p[3] << 24;
}

static uint64_t le64(const uint8_t *p)
{
	return (uint64_t)le32(p) | (uint64_t)le32(p + 4) << 32;
}

/* ---------------------------------------------------------------------
 * Compiling a template */

struct compiler {
	const uint8_t *c;
	size_t len;
	uint32_t pos, end;
	struct plan *plan;
	int fail;
};

/* Whether the name at off (chunk offset of its header) is the ASCII s. */
static int name_is(const struct compiler *k, uint32_t off, const char *s)
{
	size_t n = strlen(s), i;
	uint16_t count;

	if ((size_t)off + 8 > k->len)
		return 0;
	count = le16(k->c + off + 6);
	if (count != n || (size_t)off + 8 + 2 * (size_t)n > k->len)
		return 0;
	for (i = 0; i < n; i++)
		if (le16(k->c + off + 8 + 2 * i) != (unsigned char)s[i])
			return 0;
	return 1;
}

/* Read a name reference at k->pos (skipping an inline name); its header
 * offset in *name.  0 or -1. */
static int read_name(struct compiler *k, uint32_t *name)
{
	uint32_t off;

	if ((size_t)k->pos + 4 > k->end)
		return -1;
	off = le32(k->c + k->pos);
	k->pos += 4;
	if (off == k->pos) {
		uint32_t size;

		if ((size_t)k->pos + 8 > k->end)
			return -1;
		size = 8 + 2 * (uint32_t)le16(k->c + k->pos + 6) + 2;
		if ((size_t)k->pos + size > k->end)
			return -1;
		k->pos += size;
	} else if ((size_t)off + 8 > k->len) {
		return -1;
	}
	*name = off;
	return 0;
}

/* Add one content token to *dst (NULL: content not wanted).  Two pieces
 * in one place are not read here. */
static void piece_add(struct piece *dst, const struct piece *p)
{
	if (dst == NULL)
		return;
	if (dst->kind == P_NONE)
		*dst = *p;
	else
		dst->kind = P_BAD;
}

/* One content token (value, substitution, reference) at k->pos into
 * *dst.  0, 1 when the token is not content, -1 on broken data. */
static int read_content(struct compiler *k, struct piece *dst)
{
	uint8_t tok;
	struct piece p;

	memset(&p, 0, sizeof p);
	if (k->pos >= k->end)
		return -1;
	tok = k->c[k->pos];
	switch (tok & 0xBF) {
	case 0x05: {
		uint16_t n;

		if ((size_t)k->pos + 4 > k->end)
			return -1;
		if (k->c[k->pos + 1] != 0x01) {
			/* Only UTF-16 text values are known. */
			p.kind = P_BAD;
			k->fail = 1;
			return -1;
		}
		n = le16(k->c + k->pos + 2);
		if ((size_t)k->pos + 4 + 2 * (size_t)n > k->end)
			return -1;
		p.kind = P_TEXT;
		p.off = k->pos + 4;
		p.nchars = n;
		k->pos += 4 + 2 * (uint32_t)n;
		piece_add(dst, &p);
		return 0;
	}
	case 0x0d:
	case 0x0e:
		if ((size_t)k->pos + 4 > k->end)
			return -1;
		p.kind = P_SUBST;
		p.optional = tok == 0x0e;
		p.index = le16(k->c + k->pos + 1);
		k->pos += 4;
		piece_add(dst, &p);
		return 0;
	case 0x07:
	case 0x08:
	case 0x09:
	case 0x0a:
	case 0x0b:
		/* CDATA, references, processing instructions: not read. */
		k->fail = 1;
		return -1;
	}
	return 1;
}

/* Where an element is, for what its content means to us. */
enum role {
	R_OTHER,
	R_EVENT,
	R_SYSTEM,
	R_DATA,       /* under the data element: leaves are strings */
	R_DATA_ROOT,  /* EventData (or UserData's one child) itself */
	R_USERDATA,
	R_IGNORE,     /* nothing wanted below */
};

static int compile_element(struct compiler *k, int depth, enum role parent,
			   int *has_children);

static int push_string(struct plan *pl, const struct piece *p)
{
	if (pl->n_strings == pl->cap) {
		size_t cap = pl->cap ? pl->cap * 2 : 8;
		struct piece *s = realloc(pl->strings, cap * sizeof *s);

		if (s == NULL)
			return -2;
		pl->strings = s;
		pl->cap = cap;
	}
	pl->strings[pl->n_strings++] = *p;
	return 0;
}

/* The element at k->pos, whose parent has role parent; counted in the
 * parent's *has_children.  0, -1 broken or unsupported, -2 out of memory. */
static int compile_element(struct compiler *k, int depth, enum role parent,
			   int *has_children)
{
	struct plan *pl = k->plan;
	uint8_t tok;
	uint32_t name;
	enum role role = R_IGNORE;
	struct piece content, *cdst = NULL, *adst;
	int children = 0, rc, is_provider = 0, is_eventid = 0;

	memset(&content, 0, sizeof content);
	if (depth > MAX_DEPTH || k->pos >= k->end)
		return -1;
	tok = k->c[k->pos];
	if ((tok & 0xBF) != 0x01)
		return -1;
	if ((size_t)k->pos + 11 > k->end)
		return -1;
	/* token, dependency id (2), data size (4), then the name. */
	k->pos += 7;
	if (read_name(k, &name) != 0)
		return -1;
	if (tok & 0x40) {
		if ((size_t)k->pos + 4 > k->end)
			return -1;
		k->pos += 4;  /* attribute list size */
	}
	if (has_children != NULL)
		(*has_children)++;

	switch (parent) {
	case R_OTHER:
		/* The root of a record's template. */
		role = name_is(k, name, "Event") ? R_EVENT : R_IGNORE;
		break;
	case R_EVENT:
		if (name_is(k, name, "System"))
			role = R_SYSTEM;
		else if (name_is(k, name, "EventData"))
			role = R_DATA_ROOT;
		else if (name_is(k, name, "UserData"))
			role = R_USERDATA;
		else if (name_is(k, name, "ProcessingErrorData"))
			pl->data_bad = 1;
		/* libevtx takes EventData, else UserData: one of them. */
		if (role == R_DATA_ROOT || role == R_USERDATA) {
			if (pl->has_data)
				pl->data_bad = 1;
			pl->has_data = 1;
		}
		break;
	case R_SYSTEM:
		role = R_IGNORE;
		/* System in a nested template is not read here. */
		if (pl->nested)
			pl->data_bad = 1;
		if (name_is(k, name, "Provider"))
			is_provider = 1;
		else if (name_is(k, name, "EventID")) {
			is_eventid = 1;
			cdst = &pl->event_id;
		} else if (name_is(k, name, "Level"))
			cdst = &pl->level;
		else if (name_is(k, name, "Keywords"))
			cdst = &pl->keywords;
		else if (name_is(k, name, "Channel"))
			cdst = &pl->channel;
		else if (name_is(k, name, "Computer"))
			cdst = &pl->computer;
		break;
	case R_USERDATA:
	case R_DATA_ROOT:
	case R_DATA:
		role = R_DATA;
		break;
	default:
		role = R_IGNORE;
		break;
	}
	/* Attributes. */
	while (k->pos < k->end && (k->c[k->pos] & 0xBF) == 0x06) {
		uint32_t aname;

		k->pos += 1;
		if (read_name(k, &aname) != 0)
			return -1;
		adst = NULL;
		if (is_provider && name_is(k, aname, "Name"))
			adst = &pl->provider;
		else if (is_provider && name_is(k, aname, "EventSourceName"))
			adst = &pl->source_name;
		else if (is_eventid && name_is(k, aname, "Qualifiers"))
			adst = &pl->qualifiers;
		/* The attribute's value: content tokens up to the next
		 * attribute or the end of the start tag. */
		for (;;) {
			struct piece junk;

			memset(&junk, 0, sizeof junk);
			if (k->pos >= k->end)
				return -1;
			if ((k->c[k->pos] & 0xBF) == 0x06 ||
			    k->c[k->pos] == 0x02 || k->c[k->pos] == 0x03)
				break;
			rc = read_content(k, adst != NULL ? adst : &junk);
			if (rc != 0)
				return -1;
			/* A substituted attribute in the data is not known
			 * to stay out of libevtx's strings. */
			if ((role == R_DATA || role == R_DATA_ROOT) &&
			    junk.kind == P_SUBST)
				pl->data_bad = 1;
		}
	}
	if (k->pos >= k->end)
		return -1;
	if (k->c[k->pos] == 0x03) {
		k->pos++;
	} else if (k->c[k->pos] == 0x02) {
		k->pos++;
		for (;;) {
			if (k->pos >= k->end)
				return -1;
			tok = k->c[k->pos];
			if (tok == 0x04) {
				k->pos++;
				break;
			}
			if ((tok & 0xBF) == 0x01) {
				rc = compile_element(k, depth + 1, role, &children);
				if (rc != 0)
					return rc;
				continue;
			}
			rc = read_content(k, cdst != NULL ? cdst : &content);
			if (rc != 0)
				return -1;
		}
	} else {
		return -1;
	}

	/* What the element's content means, now that we know whether it
	 * has child elements. */
	if (role == R_EVENT) {
		/* Classic providers give EventData as one nested value. */
		if (content.kind == P_SUBST && !pl->has_data)
			pl->event_subst = content;
		else if (content.kind != P_NONE)
			pl->data_bad = 1;
	}
	if (role == R_DATA && !children) {
		/* An optional value left out is read by libevtx (see
		 * plan_strings). */
		if (content.kind != P_SUBST)
			pl->data_bad = 1;
		else if ((rc = push_string(pl, &content)) != 0)
			return rc;
	} else if (role == R_DATA && children && content.kind != P_NONE) {
		pl->data_bad = 1;
	} else if (role == R_DATA_ROOT || role == R_USERDATA) {
		if (!children && content.kind == P_SUBST) {
			/* The data is one nested binary XML value. */
			pl->data_subst = content;
		} else if (content.kind != P_NONE) {
			pl->data_bad = 1;
		}
		/* UserData gives strings only from one child element. */
		if (role == R_USERDATA && children > 1)
			pl->data_bad = 1;
	}
	return 0;
}

/* Compile the template whose definition header is at def_off. */
static struct plan *compile(struct evtx_fast *f, uint32_t def_off, int nested)
{
	struct compiler k;
	struct plan *pl;
	uint32_t size;
	int rc = 0;

	pl = calloc(1, sizeof *pl);
	if (pl == NULL) {
		f->oom = 1;
		return NULL;
	}
	pl->def_off = def_off;
	pl->nested = nested;
	if ((size_t)def_off + 24 > f->len) {
		pl->bad = 1;
		return pl;
	}
	size = le32(f->c + def_off + 20);
	memset(&k, 0, sizeof k);
	k.c = f->c;
	k.len = f->len;
	k.pos = def_off + 24;
	if ((size_t)k.pos + size > f->len) {
		pl->bad = 1;
		return pl;
	}
	k.end = k.pos + size;
	k.plan = pl;
	/* Fragment header, then the root element, then the end token. */
	if (k.pos + 4 > k.end || f->c[k.pos] != 0x0f) {
		pl->bad = 1;
		return pl;
	}
	k.pos += 4;
	rc = compile_element(&k, 0, nested ? (enum role)nested : R_OTHER, NULL);
	if (rc == -2)
		f->oom = 1;
	if (rc != 0 || k.fail)
		pl->bad = 1;
	return pl;
}

static void plan_free(struct plan *pl)
{
	if (pl != NULL) {
		free(pl->strings);
		free(pl);
	}
}

static struct plan *plan_for(struct evtx_fast *f, uint32_t def_off, int nested)
{
	size_t i;
	struct plan *pl;

	for (i = f->n_plans; i-- > 0;)
		if (f->plans[i]->def_off == def_off && f->plans[i]->nested == nested)
			return f->plans[i];
	if (f->n_plans == MAX_TEMPLATES)
		return NULL;
	pl = compile(f, def_off, nested);
	if (pl != NULL)
		f->plans[f->n_plans++] = pl;
	return pl;
}

/* ---------------------------------------------------------------------
 * Reading a record's values */

/* A template instance at *pos (up to end): its plan and values.  0, -1. */
struct instance {
	struct plan *plan;
	struct value *values;
	uint32_t n_values;
};

static int read_instance(struct evtx_fast *f, uint32_t pos, uint32_t end,
			 int nested, struct instance *in,
			 struct value *store, uint32_t store_cap)
{
	uint32_t def_off, n, i, voff;

	/* Fragment header (nested values may go without one). */
	if ((size_t)pos + 4 <= end && f->c[pos] == 0x0f)
		pos += 4;
	if ((size_t)pos + 10 > end || f->c[pos] != 0x0c)
		return -1;
	def_off = le32(f->c + pos + 6);
	pos += 10;
	if (def_off == pos) {
		uint32_t size;

		if ((size_t)pos + 24 > end)
			return -1;
		size = le32(f->c + pos + 20);
		if ((size_t)pos + 24 + size > end)
			return -1;
		pos += 24 + size;
	}
	in->plan = plan_for(f, def_off, nested);
	if (in->plan == NULL)
		return -1;
	if ((size_t)pos + 4 > end)
		return -1;
	n = le32(f->c + pos);
	pos += 4;
	if (n > store_cap || (size_t)pos + 4 * (size_t)n > end)
		return -1;
	voff = pos + 4 * n;
	for (i = 0; i < n; i++) {
		store[i].size = le16(f->c + pos + 4 * i);
		store[i].type = f->c[pos + 4 * i + 2];
		store[i].off = voff;
		if ((size_t)voff + store[i].size > end)
			return -1;
		voff += store[i].size;
	}
	in->values = store;
	in->n_values = n;
	return 0;
}

/* The value a piece refers to, or NULL (absent).  *bad when the piece
 * cannot be read here. */
static const struct value *piece_value(const struct instance *in,
				       const struct piece *p, int *bad)
{
	if (p->kind == P_BAD) {
		*bad = 1;
		return NULL;
	}
	if (p->kind != P_SUBST)
		return NULL;
	if (p->index >= in->n_values) {
		*bad = 1;
		return NULL;
	}
	return &in->values[p->index];
}

/* An unsigned number from a piece: a substitution of an integer type
 * or literal decimal text.  1 found, 0 absent; *bad when unreadable. */
static int piece_uint(struct evtx_fast *f, const struct instance *in,
		      const struct piece *p, uint8_t want_type, uint64_t *out,
		      int *bad)
{
	const struct value *v;

	if (p->kind == P_NONE)
		return 0;
	if (p->kind == P_TEXT) {
		uint64_t n = 0;
		uint32_t i;

		if (p->nchars == 0 || p->nchars > 19) {
			*bad = 1;
			return 0;
		}
		for (i = 0; i < p->nchars; i++) {
			uint16_t ch = le16(f->c + p->off + 2 * i);

			if (ch < '0' || ch > '9') {
				*bad = 1;
				return 0;
			}
			n = n * 10 + (ch - '0');
		}
		*out = n;
		return 1;
	}
	v = piece_value(in, p, bad);
	if (v == NULL)
		return 0;
	if (v->type == 0x00 && p->optional)
		return 0;
	if (v->type != want_type) {
		*bad = 1;
		return 0;
	}
	switch (want_type) {
	case 0x04:
		if (v->size != 1)
			break;
		*out = f->c[v->off];
		return 1;
	case 0x06:
		if (v->size != 2)
			break;
		*out = le16(f->c + v->off);
		return 1;
	case 0x15:
		if (v->size != 8)
			break;
		*out = le64(f->c + v->off);
		return 1;
	}
	*bad = 1;
	return 0;
}

/* Room for n more bytes of text: 0 or -1 (out of memory). */
static int text_reserve(struct evtx_fast *f, size_t n)
{
	size_t cap;
	char *t;

	if (f->oom)
		return -1;
	if (f->text_len + n + 1 <= f->text_cap)
		return 0;
	cap = f->text_cap ? f->text_cap : 4096;
	while (f->text_len + n + 1 > cap)
		cap *= 2;
	t = realloc(f->text, cap);
	if (t == NULL) {
		f->oom = 1;
		return -1;
	}
	f->text = t;
	f->text_cap = cap;
	return 0;
}

/* UTF-16LE (nchars at p) as UTF-8 into the text, without trailing
 * NULs.  0, or -1 for an unpaired surrogate or a NUL inside (or out of
 * memory, with f->oom set). */
static int text_utf16(struct evtx_fast *f, const uint8_t *p, uint32_t nchars)
{
	uint32_t i;
	unsigned char *o;

	while (nchars > 0 && le16(p + 2 * (nchars - 1)) == 0)
		nchars--;
	/* At most 3 bytes of UTF-8 per UTF-16 unit. */
	if (text_reserve(f, 3 * (size_t)nchars) != 0)
		return -1;
	o = (unsigned char *)f->text + f->text_len;
	for (i = 0; i < nchars; i++) {
		uint32_t cp = le16(p + 2 * i);

		if (cp < 0x80 && cp != 0) {
			*o++ = (unsigned char)cp;
			continue;
		}
		if (cp == 0)
			return -1;
		if (cp >= 0xD800 && cp <= 0xDBFF) {
			uint32_t lo;

			if (i + 1 >= nchars)
				return -1;
			lo = le16(p + 2 * (i + 1));
			if (lo < 0xDC00 || lo > 0xDFFF)
				return -1;
			cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
			i++;
		} else if (cp >= 0xDC00 && cp <= 0xDFFF) {
			return -1;
		}
		if (cp < 0x800) {
			*o++ = (unsigned char)(0xC0 | cp >> 6);
			*o++ = (unsigned char)(0x80 | (cp & 0x3F));
		} else if (cp < 0x10000) {
			*o++ = (unsigned char)(0xE0 | cp >> 12);
			*o++ = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
			*o++ = (unsigned char)(0x80 | (cp & 0x3F));
		} else {
			/* Two UTF-16 units became these four bytes. */
			*o++ = (unsigned char)(0xF0 | cp >> 18);
			*o++ = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
			*o++ = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
			*o++ = (unsigned char)(0x80 | (cp & 0x3F));
		}
	}
	f->text_len = (size_t)((char *)o - f->text);
	return 0;
}

/* Append n bytes to the record's text. */
static void text_add(struct evtx_fast *f, const void *s, size_t n)
{
	if (text_reserve(f, n) != 0)
		return;
	memcpy(f->text + f->text_len, s, n);
	f->text_len += n;
}

/* Begin a string: remember where it starts. */
static size_t text_begin(struct evtx_fast *f)
{
	return f->text_len;
}

static void text_end(struct evtx_fast *f)
{
	text_add(f, "", 1);
}

/* A piece as text (system strings: provider, channel, computer): a
 * UTF-16 substitution or literal text.  Returns the offset of the
 * string in f->text, or (size_t)-1 with *bad set. */
static size_t piece_text(struct evtx_fast *f, const struct instance *in,
			 const struct piece *p, int *bad)
{
	size_t start = text_begin(f);
	const struct value *v;

	if (p->kind == P_TEXT) {
		/* Literal text would be XML-escaped by libevtx where the
		 * channel is read from its XML: only plain text here. */
		uint32_t i;

		for (i = 0; i < p->nchars; i++) {
			uint16_t ch = le16(f->c + p->off + 2 * i);

			if (ch == '&' || ch == '<' || ch == '>' || ch == '"' || ch == '\'')
				*bad = 1;
		}
		if (text_utf16(f, f->c + p->off, p->nchars) != 0)
			*bad = 1;
	} else if (p->kind == P_SUBST) {
		v = piece_value(in, p, bad);
		if (v != NULL) {
			if (v->type == 0x01 && v->size % 2 == 0) {
				uint32_t i;

				for (i = 0; i + 1 < v->size; i += 2) {
					uint16_t ch = le16(f->c + v->off + i);

					if (ch == '&' || ch == '<' || ch == '>' ||
					    ch == '"' || ch == '\'')
						*bad = 1;
				}
				if (text_utf16(f, f->c + v->off, v->size / 2) != 0)
					*bad = 1;
			} else if (!(v->type == 0x00 && p->optional)) {
				*bad = 1;
			}
		}
	} else if (p->kind == P_BAD) {
		*bad = 1;
	}
	text_end(f);
	return start;
}

static const char hexdig[] = "0123456789ABCDEF";

/* {XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}, upper case, the first three
 * groups stored little-endian. */
static int guid_string(struct evtx_fast *f, const struct value *v)
{
	const uint8_t *p = f->c + v->off;
	char s[40];

	if (v->size != 16)
		return -1;
	snprintf(s, sizeof s,
		 "{%08lX-%04X-%04X-%02X%02X-%02X%02X%02X%02X%02X%02X}",
		 (unsigned long)le32(p), (unsigned)le16(p + 4),
		 (unsigned)le16(p + 6), p[8], p[9], p[10], p[11], p[12],
		 p[13], p[14], p[15]);
	text_add(f, s, strlen(s));
	return 0;
}

/* The civil date of a day count from 1970-01-01 (H. Hinnant's
 * algorithm). */
static void civil_from_days(int64_t z, int64_t *y, unsigned *m, unsigned *d)
{
	int64_t era, yoe, doy, mp;
	int64_t doe;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	*y = yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (unsigned)(doy - (153 * mp + 2) / 5 + 1);
	*m = (unsigned)(mp < 10 ? mp + 3 : mp - 9);
	*y += *m <= 2;
}

/* FILETIME as 2012-03-15T07:08:00.981399600Z (nanoseconds). */
static int filetime_string(struct evtx_fast *f, const struct value *v)
{
	uint64_t ft, secs;
	int64_t days, y;
	unsigned m, d, rem;
	char s[48];

	if (v->size != 8)
		return -1;
	ft = le64(f->c + v->off);
	/* Zero and dates before 1970 are left to libevtx: not checked. */
	if (ft < 116444736000000000ull)
		return -1;
	secs = ft / 10000000ull - 11644473600ull;
	days = (int64_t)(secs / 86400);
	rem = (unsigned)(secs % 86400);
	civil_from_days(days, &y, &m, &d);
	if (y > 9999)
		return -1;
	/* Nanoseconds: the 100 ns ticks and two zeros. */
	snprintf(s, sizeof s, "%04lld-%02u-%02uT%02u:%02u:%02u.%07llu00Z",
		 (long long)y, m, d, rem / 3600, rem / 60 % 60, rem % 60,
		 (unsigned long long)(ft % 10000000ull));
	text_add(f, s, strlen(s));
	return 0;
}

/* A SID as S-1-5-21-...: revision, authority (48-bit big-endian), then
 * sub-authorities (32-bit little-endian). */
static int sid_string(struct evtx_fast *f, const struct value *v)
{
	const uint8_t *p = f->c + v->off;
	uint64_t auth = 0;
	unsigned i, n;
	char s[24];

	if (v->size < 8)
		return -1;
	n = p[1];
	if (v->size != 8 + 4 * n || p[2] != 0 || p[3] != 0)
		return -1;
	for (i = 2; i < 8; i++)
		auth = auth << 8 | p[i];
	snprintf(s, sizeof s, "S-%u-%llu", (unsigned)p[0], (unsigned long long)auth);
	text_add(f, s, strlen(s));
	for (i = 0; i < n; i++) {
		snprintf(s, sizeof s, "-%lu", (unsigned long)le32(p + 8 + 4 * i));
		text_add(f, s, strlen(s));
	}
	return 0;
}

/* An insertion string from a substitution value, formatted as libevtx
 * formats it, for the types checked against it on real logs (others,
 * string arrays among them, are left to libevtx). */
static int value_string(struct evtx_fast *f, const struct value *v)
{
	char num[32];
	const uint8_t *p = f->c + v->off;
	uint32_t i;

	switch (v->type) {
	case 0x01:
		if (v->size % 2 != 0)
			return -1;
		return text_utf16(f, p, v->size / 2);
	case 0x0e:
		/* Binary: upper-case hexadecimal. */
		for (i = 0; i < v->size; i++) {
			char h[2];

			h[0] = hexdig[p[i] >> 4];
			h[1] = hexdig[p[i] & 15];
			text_add(f, h, 2);
		}
		return 0;
	case 0x06:
		if (v->size != 2)
			return -1;
		snprintf(num, sizeof num, "%u", (unsigned)le16(p));
		text_add(f, num, strlen(num));
		return 0;
	case 0x08:
		if (v->size != 4)
			return -1;
		snprintf(num, sizeof num, "%lu", (unsigned long)le32(p));
		break;
	case 0x0a:
		if (v->size != 8)
			return -1;
		snprintf(num, sizeof num, "%llu", (unsigned long long)le64(p));
		break;
	case 0x04:
		if (v->size != 1)
			return -1;
		snprintf(num, sizeof num, "%u", (unsigned)p[0]);
		break;
	case 0x0d:
		if (v->size != 4)
			return -1;
		snprintf(num, sizeof num, "%s", le32(p) != 0 ? "true" : "false");
		break;
	case 0x14:
		if (v->size != 4)
			return -1;
		snprintf(num, sizeof num, "0x%08lx", (unsigned long)le32(p));
		break;
	case 0x15:
		if (v->size != 8)
			return -1;
		snprintf(num, sizeof num, "0x%016llx", (unsigned long long)le64(p));
		break;
	case 0x0f:
		return guid_string(f, v);
	case 0x11:
		return filetime_string(f, v);
	case 0x13:
		return sid_string(f, v);
	default:
		return -1;
	}
	text_add(f, num, strlen(num));
	return 0;
}

static void offs_push(struct evtx_fast *f, size_t off)
{
	if (f->oom)
		return;
	if (f->n_offs == f->offs_cap) {
		size_t cap = f->offs_cap ? f->offs_cap * 2 : 16;
		size_t *o = realloc(f->offs, cap * sizeof *o);
		const char **q;

		if (o == NULL) {
			f->oom = 1;
			return;
		}
		f->offs = o;
		q = realloc(f->ptrs, cap * sizeof *q);
		if (q == NULL) {
			f->oom = 1;
			return;
		}
		f->ptrs = q;
		f->offs_cap = cap;
	}
	f->offs[f->n_offs++] = off;
}

static int nested_strings(struct evtx_fast *f, const struct instance *in,
			  const struct piece *p, int parent, int depth,
			  int *bad);

/* The strings of a plan's data: its leaves, or what a nested template
 * gives. */
static int plan_strings(struct evtx_fast *f, const struct instance *in,
			int depth, int *bad)
{
	const struct plan *pl = in->plan;
	size_t i;

	if (pl->event_subst.kind == P_SUBST)
		return nested_strings(f, in, &pl->event_subst, R_EVENT, depth, bad);
	if (pl->data_subst.kind == P_SUBST)
		return nested_strings(f, in, &pl->data_subst, R_DATA, depth, bad);
	for (i = 0; i < pl->n_strings && !*bad; i++) {
		const struct value *v = piece_value(in, &pl->strings[i], bad);
		size_t start = text_begin(f);

		if (v == NULL || v->type == 0x00) {
			*bad = 1;
			break;
		}
		if (value_string(f, v) != 0)
			*bad = 1;
		text_end(f);
		offs_push(f, start);
	}
	return 0;
}

/* Strings from a value of nested binary XML (a template instance) that
 * stands where an element with role parent has its children. */
static int nested_strings(struct evtx_fast *f, const struct instance *in,
			  const struct piece *p, int parent, int depth,
			  int *bad)
{
	const struct value *v = piece_value(in, p, bad);
	struct value store[256];
	struct instance sub;

	if (v == NULL) {
		*bad = 1;
		return 0;
	}
	/* No Event children at all: no data, no strings. */
	if (v->type == 0x00 && p->optional && parent == R_EVENT)
		return 0;
	if (v->type != 0x21 || depth >= MAX_NEST) {
		*bad = 1;
		return 0;
	}
	if (read_instance(f, v->off, v->off + v->size, parent, &sub, store,
			  sizeof store / sizeof store[0]) != 0 ||
	    sub.plan->bad || sub.plan->data_bad) {
		*bad = 1;
		return 0;
	}
	return plan_strings(f, &sub, depth + 1, bad);
}

/* The record's fields from its binary XML (pos..end).  0, -1 not read
 * here (libevtx's turn). */
static int read_record_xml(struct evtx_fast *f, uint32_t pos, uint32_t end,
			   struct evtx_fast_record *rec)
{
	struct instance in;
	const struct plan *pl;
	uint64_t n;
	int bad = 0;
	size_t o_prov, o_src, o_chan, o_comp, i;

	if (read_instance(f, pos, end, 0, &in, f->values, MAX_VALUES) != 0)
		return -1;
	pl = in.plan;
	if (pl->bad)
		return -1;
	if (piece_uint(f, &in, &pl->event_id, 0x06, &n, &bad) != 1 || bad)
		return -1;
	rec->event_id = (uint16_t)n;
	n = 0;
	if (piece_uint(f, &in, &pl->qualifiers, 0x06, &n, &bad) < 0 || bad)
		return -1;
	rec->qualifiers = (uint16_t)n;
	n = 0;
	/* libevtx reads an absent level as not available: not ours. */
	if (piece_uint(f, &in, &pl->level, 0x04, &n, &bad) != 1 || bad)
		return -1;
	rec->level = (uint8_t)n;
	n = 0;
	if (pl->keywords.kind == P_TEXT) {
		/* Literal keywords are hexadecimal text: leave to libevtx. */
		return -1;
	}
	if (piece_uint(f, &in, &pl->keywords, 0x15, &n, &bad) < 0 || bad)
		return -1;
	rec->keywords = n;

	o_prov = piece_text(f, &in, &pl->provider, &bad);
	o_src = piece_text(f, &in, &pl->source_name, &bad);
	o_chan = piece_text(f, &in, &pl->channel, &bad);
	o_comp = piece_text(f, &in, &pl->computer, &bad);
	if (bad || f->oom)
		return -1;
	/* libevtx names the source by the provider's EventSourceName where
	 * one is given; only where both agree is it sure. */
	if (f->text[o_src] != '\0' && strcmp(f->text + o_src, f->text + o_prov) != 0)
		return -1;
	/* The System part is read; the strings may still be libevtx's. */
	if (!pl->data_bad)
		plan_strings(f, &in, 0, &bad);
	if (f->oom)
		return -1;
	rec->system_ok = 1;
	rec->provider = f->text + o_prov;
	rec->channel = f->text + o_chan;
	rec->computer = f->text + o_comp;
	if (bad || pl->data_bad)
		return -1;
	for (i = 0; i < f->n_offs; i++)
		f->ptrs[i] = f->text + f->offs[i];
	rec->strings = f->ptrs;
	rec->n_strings = f->n_offs;
	return 0;
}

/* ---------------------------------------------------------------------
 * Chunks and records */

struct evtx_fast *evtx_fast_new(void)
{
	return calloc(1, sizeof(struct evtx_fast));
}

static void drop_plans(struct evtx_fast *f)
{
	size_t i;

	for (i = 0; i < f->n_plans; i++)
		plan_free(f->plans[i]);
	f->n_plans = 0;
}

void evtx_fast_free(struct evtx_fast *f)
{
	if (f == NULL)
		return;
	drop_plans(f);
	free(f->text);
	free(f->offs);
	free(f->ptrs);
	free(f);
}

/* The free-space offset of a chunk, or 0 when it is not one. */
static uint32_t chunk_free_off(const uint8_t *data, size_t len)
{
	uint32_t free_off;

	if (len < 512 || memcmp(data, "ElfChnk\0", 8) != 0)
		return 0;
	free_off = le32(data + 48);
	if (free_off < 512 || free_off > len)
		return 0;
	return free_off;
}

int evtx_fast_chunk_start(struct evtx_fast *f, const uint8_t *data, size_t len)
{
	drop_plans(f);
	f->c = data;
	f->len = len;
	f->free_off = chunk_free_off(data, len);
	f->pos = 512;
	return f->free_off != 0 ? 0 : -1;
}

/* The record framing at pos: its size, 0 past the last, -1 broken. */
static long frame(const uint8_t *c, uint32_t pos, uint32_t free_off)
{
	uint32_t size;

	if ((size_t)pos + 28 > free_off)
		return 0;
	if (memcmp(c + pos, "**\0\0", 4) != 0)
		return -1;
	size = le32(c + pos + 4);
	if (size < 28 || (size_t)pos + size > free_off ||
	    le32(c + pos + size - 4) != size)
		return -1;
	return size;
}

int evtx_fast_next(struct evtx_fast *f, struct evtx_fast_record *rec)
{
	long size;
	uint32_t pos = f->pos;

	if (f->free_off == 0)
		return 0;
	size = frame(f->c, pos, f->free_off);
	if (size <= 0)
		return (int)size;
	memset(rec, 0, sizeof *rec);
	rec->identifier = le64(f->c + pos + 8);
	rec->written_time = le64(f->c + pos + 16);
	f->pos = pos + (uint32_t)size;
	f->text_len = 0;
	f->n_offs = 0;
	f->oom = 0;
	rec->supported = read_record_xml(f, pos + 24, pos + (uint32_t)size - 4,
					 rec) == 0;
	if (f->oom)
		return -2;
	return 1;
}

long evtx_fast_chunk_count(const uint8_t *data, size_t len,
			   uint64_t *first_id, uint64_t *last_id)
{
	uint32_t free_off = chunk_free_off(data, len), pos = 512;
	long n = 0, size;

	if (free_off == 0)
		return -1;
	while ((size = frame(data, pos, free_off)) > 0) {
		uint64_t id = le64(data + pos + 8);

		if (n == 0)
			*first_id = id;
		*last_id = id;
		n++;
		pos += (uint32_t)size;
	}
	return size < 0 ? -1 : n;
}

/* ---------------------------------------------------------------------
 * Vouching for a file as libevtx would read it (libevtx 20181227: its
 * file header read, its chunk read and the chunk loop of its file open)
 *
 * The checksums are the standard CRC32 (zlib's). */

static uint32_t crc32_of(uint32_t crc, const uint8_t *p, size_t n)
{
	return (uint32_t)crc32(crc, p, (uInt)n);
}

int evtx_fast_file_header(const uint8_t *h, size_t len,
			  struct evtx_fast_file_info *info)
{
	uint64_t first, last;
	uint16_t n;

	/* libevtx reads the whole 4096-byte header block. */
	if (len < EVTX_FILE_HEADER_SIZE || memcmp(h, "ElfFile\0", 8) != 0)
		return -1;
	/* A header CRC32 mismatch makes libevtx call the file corrupted. */
	if (crc32_of(0, h, 120) != le32(h + 124))
		return -1;
	if (le32(h + 32) != 128 || le16(h + 38) != 3 ||
	    le16(h + 40) != EVTX_FILE_HEADER_SIZE)
		return -1;
	first = le64(h + 8);
	last = le64(h + 16);
	n = le16(h + 42);
	/* libevtx holds chunk numbers in 16 bits and calls the file
	 * corrupted when the count disagrees with them. */
	if (first > last || last > 0xFFFF || n == 0 || n != last - first + 1)
		return -1;
	info->n_chunks = n;
	info->dirty = (le32(h + 120) & 1) != 0;
	return 0;
}

long evtx_fast_chunk_sound(const uint8_t *c, size_t len)
{
	uint64_t first_num, last_num;
	uint32_t free_off, last_off, pos = 512, last = 0, p;
	long n = 0, size;

	if (len != EVTX_CHUNK_SIZE || memcmp(c, "ElfChnk\0", 8) != 0)
		return -1;
	if (le32(c + 40) != 128)
		return -1;
	first_num = le64(c + 8);
	last_num = le64(c + 16);
	last_off = le32(c + 44);
	free_off = le32(c + 48);
	/* Records are 8-byte aligned; the free space is scanned in steps
	 * of 4 from the end of the last record. */
	if (free_off <= 512 || free_off > len || free_off % 4 != 0)
		return -1;
	/* The header CRC32 covers bytes 0-119 and 128-511, the records one
	 * 512 to the free-space offset. */
	if (crc32_of(crc32_of(0, c, 120), c + 128, 384) != le32(c + 124) ||
	    crc32_of(0, c + 512, free_off - 512) != le32(c + 52))
		return -1;
	while (pos < free_off) {
		size = frame(c, pos, free_off);
		/* libevtx wants 4 bytes of chunk left after a record. */
		if (size <= 0 || (size_t)pos + (size_t)size + 4 > len)
			return -1;
		last = pos;
		pos += (uint32_t)size;
		n++;
	}
	/* libevtx reads records up to the last record offset. */
	if (pos != free_off || last != last_off)
		return -1;
	if (first_num > last_num || last_num - first_num + 1 != (uint64_t)n)
		return -1;
	/* A record signature in the free space is a record libevtx would
	 * try to recover. */
	for (p = free_off; (size_t)p + 4 <= len; p += 4)
		if (memcmp(c + p, "**\0\0", 4) == 0)
			return -1;
	return n;
}

int evtx_fast_all_zero(const uint8_t *data, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (data[i] != 0)
			return 0;
	return 1;
}
