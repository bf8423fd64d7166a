/* services_text.c: the services model in words, for every front end
 * (services.h: svc_problems_text, svc_describe, svc_dep_line_text). */
#include "kbwiz/services.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "kbwiz/strbuf.h"

const char *svc_file_state_name(enum svc_file_state f)
{
	return f == SVC_FILE_PRESENT ? "present" : f == SVC_FILE_MISSING ? "missing" : "unknown";
}

const char *svc_start_short(const struct svc_service *s)
{
	const char *n = svc_start_name(s);

	return strcmp(n, "automatic (delayed)") == 0 ? "auto-delayed"
	       : strcmp(n, "automatic") == 0 ? "auto" : *n ? n : "-";
}

void svc_problems_text(const struct svc_service *s, struct kb_buf *b)
{
	size_t i;
	const char *sep = "";

	if (s->image.file == SVC_FILE_MISSING) {
		kb_buf_printf(b, "%simage file missing", sep);
		sep = "; ";
	}
	if (s->service_dll.file == SVC_FILE_MISSING) {
		kb_buf_printf(b, "%sServiceDll missing", sep);
		sep = "; ";
	}
	for (i = 0; i < s->n_deps; i++) {
		const struct svc_dep *d = &s->deps[i];
		if (!d->exists)
			kb_buf_printf(b, "%sneeds missing %s%s", sep, d->is_group ? "group " : "", d->name);
		else if (d->disabled)
			kb_buf_printf(b, "%sneeds disabled %s", sep, d->name);
		else
			continue;
		sep = "; ";
	}
	if (s->damaged != NULL)
		kb_buf_printf(b, "%sdamaged: %s", sep, s->damaged);
}

static void image_fields(const struct svc_image *img, const char *label,
			 svc_field_fn fn, void *ctx, struct kb_buf *v)
{
	if (img->path == NULL && img->raw == NULL)
		return;
	kb_buf_reset(v);
	kb_buf_puts(v, img->path != NULL ? img->path : "");
	if (img->defaulted)
		kb_buf_puts(v, " (no ImagePath: the default)");
	fn(ctx, label, v->p);
	if (img->file == SVC_FILE_PRESENT)
		fn(ctx, "  on the volume", img->found);
	else if (img->file == SVC_FILE_MISSING)
		fn(ctx, "  on the volume", "MISSING");
	if (img->args != NULL && *img->args)
		fn(ctx, "  arguments", img->args);
	if (img->raw != NULL && img->path != NULL && strcmp(img->raw, img->path) != 0)
		fn(ctx, "  as stored", img->raw);
}

int svc_describe(const struct svc_model *m, const struct svc_service *s,
		 svc_field_fn fn, void *ctx)
{
	struct kb_buf v = { 0 };
	char buf[64];
	size_t i;
	time_t t = (time_t)s->last_write;
	struct tm tm;

	kb_buf_printf(&v, "%s\\Services", m->control_set);
	fn(ctx, "key in", v.p);
	fn(ctx, "display name", s->display_name);
	svc_type_text(s, buf, sizeof buf);
	kb_buf_reset(&v);
	kb_buf_printf(&v, "%s%s%s", svc_kind_name(s), *buf ? ", " : "", buf);
	fn(ctx, "type", v.p);
	fn(ctx, "start", svc_start_name(s));
	image_fields(&s->image, "image", fn, ctx, &v);
	image_fields(&s->service_dll, "ServiceDll", fn, ctx, &v);
	fn(ctx, "logon account", s->object_name);
	fn(ctx, "group", s->group);
	svc_error_control_text(s, buf, sizeof buf);
	fn(ctx, "error control", buf);
	kb_buf_reset(&v);
	kb_buf_puts(&v, "");
	for (i = 0; i < s->n_deps; i++) {
		const struct svc_dep *d = &s->deps[i];
		kb_buf_printf(&v, "%s%s%s%s", i > 0 ? ", " : "", d->is_group ? "group " : "", d->name,
			      !d->exists ? " (MISSING)" : d->disabled ? " (disabled)" : "");
	}
	fn(ctx, "depends on", v.p);
	buf[0] = '\0';
	if (s->last_write != 0 && gmtime_r(&t, &tm) != NULL)
		strftime(buf, sizeof buf, "%Y-%m-%d %H:%M UTC", &tm);
	fn(ctx, "last written", buf);
	if (s->damaged != NULL)
		fn(ctx, "damaged", s->damaged);
	i = v.oom;
	kb_buf_free(&v);
	return i ? KB_ENOMEM : 0;
}

void svc_dep_line_text(const struct svc_model *m, const struct svc_dep_line *l,
		       struct kb_buf *b)
{
	const struct svc_service *s = l->index >= 0 ? &m->services[l->index] : NULL;
	int d;

	for (d = 0; d < l->depth; d++)
		kb_buf_puts(b, "  ");
	kb_buf_printf(b, "%s%s", l->is_group ? "group " : "", l->name);
	if (s != NULL && s->display_name != NULL && l->depth == 0)
		kb_buf_printf(b, " (%s)", s->display_name);
	if (s != NULL && !l->disabled)
		kb_buf_printf(b, "  [%s]", svc_start_name(s)[0] ? svc_start_name(s) : "no start value");
	if (l->missing)
		kb_buf_puts(b, l->is_group ? "  MISSING: no service is in it" : "  MISSING");
	if (l->disabled)
		kb_buf_puts(b, "  DISABLED");
	if (l->cycle)
		kb_buf_puts(b, "  (cycle)");
	if (l->shown_above)
		kb_buf_puts(b, "  (see above)");
}
