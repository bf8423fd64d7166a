/* test_regfile.c: .reg files in both of regedit's formats come out byte
 * for byte as regedit writes them: header, CRLF, escapes of backslash and
 * quote, dword:, hex(2)/hex(7) in ANSI (REGEDIT4) and UTF-16LE (5.00),
 * continuation lines at 77 characters, a UTF-16LE file with a BOM for
 * 5.00; and the repair plan for Q262832 exports as expected. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "kbwiz/fix.h"
#include "kbwiz/hive.h"
#include "kbwiz/regfile.h"
#include "kbwiz/rule_load.h"
#include "kbwiz/sanitize.h"
#include "lib/hive_writer.h"
#include "lib/testlib.h"

/* UTF-8 to UTF-16LE (BMP only: enough for these tests), with a NUL when
 * nul is set; a BOM first when bom is set. */
static unsigned char *utf16(const char *s, int nul, int bom, size_t *len)
{
	size_t n = strlen(s), i = 0, o = 0;
	unsigned char *out = malloc(2 * n + 4);

	assert_non_null(out);
	if (bom) {
		out[o++] = 0xFF;
		out[o++] = 0xFE;
	}
	while (i < n) {
		unsigned cp;
		size_t k = kb_utf8_decode((const unsigned char *)s + i, n - i, &cp);
		assert_true(k > 0 && cp < 0x10000);
		out[o++] = (unsigned char)(cp & 0xFF);
		out[o++] = (unsigned char)(cp >> 8);
		i += k;
	}
	if (nul) {
		out[o++] = 0;
		out[o++] = 0;
	}
	*len = o;
	return out;
}

/* REG_MULTI_SZ data for these entries, UTF-16LE. */
static unsigned char *multi(const char *const *e, size_t n, size_t *len)
{
	unsigned char *out = malloc(1024);
	size_t o = 0, i, l;

	assert_non_null(out);
	for (i = 0; i < n; i++) {
		unsigned char *one = utf16(e[i], 1, 0, &l);
		memcpy(out + o, one, l);
		o += l;
		free(one);
	}
	out[o++] = 0;
	out[o++] = 0;
	*len = o;
	return out;
}

static void assert_bytes(const unsigned char *got, size_t got_len,
			 const unsigned char *want, size_t want_len)
{
	size_t i;

	for (i = 0; i < got_len && i < want_len; i++)
		if (got[i] != want[i])
			fail_msg("byte %zu: got 0x%02x, want 0x%02x; got text: %.*s", i, got[i], want[i],
				 (int)got_len, (const char *)got);
	if (got_len != want_len)
		fail_msg("length %zu, want %zu; got: %.*s", got_len, want_len, (int)got_len,
			 (const char *)got);
}

static const char *const transports[] = { "Tcpip", "NetBT", "Clusnet", "NwlnkIpx", "NwlnkSpx" };

struct sample {
	unsigned char *expand, *path, *start, *list, *cafe;
	struct regfile_value values[5];
	struct regfile_key keys[2];
};

static void sample_build(struct sample *s)
{
	static const unsigned char two[4] = { 2, 0, 0, 0 };
	size_t l;

	memset(s, 0, sizeof *s);
	s->expand = utf16("%SystemRoot%\\x", 1, 0, &l);
	s->values[0] = (struct regfile_value){ "", 2, s->expand, l, 0 };
	s->path = utf16("C:\\dir \"x\"", 1, 0, &l);
	s->values[1] = (struct regfile_value){ "Path\\\"Q\"", 1, s->path, l, 0 };
	s->values[2] = (struct regfile_value){ "Start", 4, two, 4, 0 };
	s->list = multi(transports, 5, &l);
	s->values[3] = (struct regfile_value){ "Transports", 7, s->list, l, 0 };
	s->cafe = utf16("Caf\xc3\xa9", 1, 0, &l);
	s->values[4] = (struct regfile_value){ "Caf\xc3\xa9", 1, s->cafe, l, 0 };
	s->keys[0] = (struct regfile_key){ "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Test",
					   s->values, 5, 0 };
	s->keys[1] = (struct regfile_key){ "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Test\\Sub",
					   NULL, 0, 0 };
}

static void sample_free(struct sample *s)
{
	free(s->expand);
	free(s->path);
	free(s->list);
	free(s->cafe);
}

/* The golden text: escapes, dword, hex(2) and hex(7) in ANSI, a
 * continuation line, a Windows-1252 byte (0xE9), CRLF everywhere. */
static const char regedit4_golden[] =
	"REGEDIT4\r\n"
	"\r\n"
	"[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Test]\r\n"
	"@=hex(2):25,53,79,73,74,65,6d,52,6f,6f,74,25,5c,78,00\r\n"
	"\"Path\\\\\\\"Q\\\"\"=\"C:\\\\dir \\\"x\\\"\"\r\n"
	"\"Start\"=dword:00000002\r\n"
	"\"Transports\"=hex(7):54,63,70,69,70,00,4e,65,74,42,54,00,43,6c,75,73,6e,65,74,\\\r\n"
	"  00,4e,77,6c,6e,6b,49,70,78,00,4e,77,6c,6e,6b,53,70,78,00,00\r\n"
	"\"Caf\xe9\"=\"Caf\xe9\"\r\n"
	"\r\n"
	"[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Test\\Sub]\r\n"
	"\r\n";

/* The same in 5.00, as UTF-8 here (the file is its UTF-16LE form with a
 * BOM): hex(2)/hex(7) hold UTF-16LE bytes, wrapped at 77 characters, 25
 * bytes on each full continuation line. */
static const char v5_golden_utf8[] =
	"Windows Registry Editor Version 5.00\r\n"
	"\r\n"
	"[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Test]\r\n"
	"@=hex(2):25,00,53,00,79,00,73,00,74,00,65,00,6d,00,52,00,6f,00,6f,00,74,00,25,\\\r\n"
	"  00,5c,00,78,00,00,00\r\n"
	"\"Path\\\\\\\"Q\\\"\"=\"C:\\\\dir \\\"x\\\"\"\r\n"
	"\"Start\"=dword:00000002\r\n"
	"\"Transports\"=hex(7):54,00,63,00,70,00,69,00,70,00,00,00,4e,00,65,00,74,00,42,\\\r\n"
	"  00,54,00,00,00,43,00,6c,00,75,00,73,00,6e,00,65,00,74,00,00,00,4e,00,77,00,\\\r\n"
	"  6c,00,6e,00,6b,00,49,00,70,00,78,00,00,00,4e,00,77,00,6c,00,6e,00,6b,00,53,\\\r\n"
	"  00,70,00,78,00,00,00,00,00\r\n"
	"\"Caf\xc3\xa9\"=\"Caf\xc3\xa9\"\r\n"
	"\r\n"
	"[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Test\\Sub]\r\n"
	"\r\n";

static void test_regedit4_matches_golden_bytes(void **state)
{
	struct kb_error err = { "" };
	struct sample s;
	unsigned char *out;
	size_t len;

	(void)state;
	sample_build(&s);
	assert_int_equal(regfile_render(REGFILE_REGEDIT4, s.keys, 2, &out, &len, &err), 0);
	assert_bytes(out, len, (const unsigned char *)regedit4_golden, sizeof regedit4_golden - 1);
	free(out);
	sample_free(&s);
}

static void test_v5_is_utf16le_with_bom_and_matches_golden(void **state)
{
	struct kb_error err = { "" };
	struct sample s;
	unsigned char *out, *want;
	size_t len, want_len;

	(void)state;
	sample_build(&s);
	assert_int_equal(regfile_render(REGFILE_V5, s.keys, 2, &out, &len, &err), 0);
	want = utf16(v5_golden_utf8, 0, 1, &want_len);
	assert_int_equal(out[0], 0xFF);
	assert_int_equal(out[1], 0xFE);
	assert_bytes(out, len, want, want_len);
	free(want);
	free(out);
	sample_free(&s);
}

static void test_continuation_lines_stay_within_78_columns(void **state)
{
	static const char *const many[] = { "a-long-transport-name-1", "a-long-transport-name-2",
					     "a-long-transport-name-3", "a-long-transport-name-4" };
	struct kb_error err = { "" };
	struct regfile_value v;
	struct regfile_key k;
	unsigned char *data, *out;
	size_t len, out_len, col = 0, i, lines = 0;

	(void)state;
	data = multi(many, 4, &len);
	v = (struct regfile_value){ "Transports", 7, data, len, 0 };
	k = (struct regfile_key){ "HKEY_LOCAL_MACHINE\\SYSTEM\\X", &v, 1, 0 };
	assert_int_equal(regfile_render(REGFILE_REGEDIT4, &k, 1, &out, &out_len, &err), 0);
	for (i = 0; i < out_len; i++) {
		if (out[i] == '\n') {
			assert_true(i > 0 && out[i - 1] == '\r');   /* CRLF only */
			assert_true(col <= 79);                      /* 78 + CR */
			col = 0;
			lines++;
			continue;
		}
		col++;
	}
	/* 95 bytes of hex: a first line and three continuation lines. */
	assert_non_null(strstr((const char *)out, ",\\\r\n  "));
	assert_true(lines >= 7);
	free(out);
	free(data);
}

static void test_regedit4_refuses_text_outside_windows_1252(void **state)
{
	struct kb_error err = { "" };
	unsigned char *data, *out;
	struct regfile_value v;
	struct regfile_key k;
	size_t len, out_len;

	(void)state;
	data = utf16("\xce\xa9mega", 1, 0, &len);   /* U+03A9 */
	v = (struct regfile_value){ "Name", 1, data, len, 0 };
	k = (struct regfile_key){ "HKEY_LOCAL_MACHINE\\SYSTEM\\X", &v, 1, 0 };
	assert_int_equal(regfile_render(REGFILE_REGEDIT4, &k, 1, &out, &out_len, &err), KB_EINVAL);
	assert_non_null(strstr(err.msg, "U+03A9"));
	assert_non_null(strstr(err.msg, "5.00"));
	assert_int_equal(regfile_render(REGFILE_V5, &k, 1, &out, &out_len, &err), 0);
	free(out);
	free(data);
}

static void test_string_with_line_break_is_written_as_hex(void **state)
{
	struct kb_error err = { "" };
	unsigned char *data, *out;
	struct regfile_value v;
	struct regfile_key k;
	size_t len, out_len;

	(void)state;
	data = utf16("a\nb", 1, 0, &len);
	v = (struct regfile_value){ "N", 1, data, len, 0 };
	k = (struct regfile_key){ "HKEY_LOCAL_MACHINE\\SYSTEM\\X", &v, 1, 0 };
	assert_int_equal(regfile_render(REGFILE_REGEDIT4, &k, 1, &out, &out_len, &err), 0);
	assert_non_null(strstr((const char *)out, "\"N\"=hex(1):61,00,0a,00,62,00,00,00\r\n"));
	free(out);
	free(data);
}

/* The Q262832 repair of the all-faults fixture, as a .reg file. */
static const char q262832_v4[] =
	"REGEDIT4\r\n"
	"\r\n"
	"[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Winsock\\Setup Migration\\Providers\\Clusnet]\r\n"
	"\r\n"
	"[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Winsock\\Setup Migration]\r\n"
	"\"Provider List\"=hex(7):54,63,70,69,70,00,4e,65,74,42,54,00,43,6c,75,73,6e,65,\\\r\n"
	"  74,00,00\r\n"
	"\r\n"
	"[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Winsock\\Parameters]\r\n"
	"\"Transports\"=hex(7):54,63,70,69,70,00,4e,65,74,42,54,00,43,6c,75,73,6e,65,74,\\\r\n"
	"  00,00\r\n"
	"\r\n";

static const char q262832_v5_utf8[] =
	"Windows Registry Editor Version 5.00\r\n"
	"\r\n"
	"[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Winsock\\Setup Migration\\Providers\\Clusnet]\r\n"
	"\r\n"
	"[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Winsock\\Setup Migration]\r\n"
	"\"Provider List\"=hex(7):54,00,63,00,70,00,69,00,70,00,00,00,4e,00,65,00,74,00,\\\r\n"
	"  42,00,54,00,00,00,43,00,6c,00,75,00,73,00,6e,00,65,00,74,00,00,00,00,00\r\n"
	"\r\n"
	"[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Winsock\\Parameters]\r\n"
	"\"Transports\"=hex(7):54,00,63,00,70,00,69,00,70,00,00,00,4e,00,65,00,74,00,42,\\\r\n"
	"  00,54,00,00,00,43,00,6c,00,75,00,73,00,6e,00,65,00,74,00,00,00,00,00\r\n"
	"\r\n";

static void test_q262832_plan_exports_whole_values_under_current_control_set(void **state)
{
	struct kb_error err = { "" };
	struct check_result res[8];
	struct fix_plan *p = NULL;
	struct kb_hive *h = NULL;
	struct rule *r = NULL;
	struct kb_error msg = { "" };
	char *dir = test_tmpdir(), path[512];
	unsigned char *out, *want;
	size_t len, want_len, i;

	(void)state;
	snprintf(path, sizeof path, "%s/SYSTEM", dir);
	assert_int_equal(hive_fixture_build_file(path, "tests/fixtures/hives/q262832-all-faults.spec",
						 &msg), 0);
	assert_int_equal(rule_load_file("kb/Q262832.yaml", &r, &err), 0);
	assert_int_equal(hive_open(path, &h, &err), 0);
	for (i = 0; i < r->n_checks; i++)
		assert_int_equal(hive_eval_check(h, &r->checks[i], &res[i], &err), 0);
	hive_close(h);
	assert_int_equal(fix_plan_build(r, res, NULL, &p, &err), 0);
	assert_int_equal(fix_plan_render_reg(p, REGFILE_REGEDIT4, &out, &len, &err), 0);
	/* A header comment says where the file comes from, then the golden
	 * key blocks. */
	{
		const char *h4 = "REGEDIT4\r\n\r\n", *h5 = "Windows Registry Editor Version 5.00\r\n\r\n";
		char *text = calloc(1, len + 1), *end, *v5;
		size_t clen;

		assert_non_null(text);
		memcpy(text, out, len);
		assert_memory_equal(text, h4, strlen(h4));
		end = strstr(text + strlen(h4), "\r\n\r\n");
		assert_non_null(end);
		end += 4;
		clen = (size_t)(end - text) - strlen(h4);
		assert_non_null(strstr(text, "; Rule Q262832, from Microsoft article Q262832.\r\n"));
		assert_non_null(strstr(text, "; Planned on the offline hive "));
		assert_non_null(strstr(text, p->checked.sha256));
		assert_non_null(strstr(text, "\\Winsock\\Parameters value \"Transports\": the line writes "
					     "the whole list as found in the offline hive"));
		assert_string_equal(end, q262832_v4 + strlen(h4));
		free(out);
		assert_int_equal(fix_plan_render_reg(p, REGFILE_V5, &out, &len, &err), 0);
		v5 = calloc(1, strlen(q262832_v5_utf8) + clen + 1);
		assert_non_null(v5);
		memcpy(v5, h5, strlen(h5));
		memcpy(v5 + strlen(h5), text + strlen(h4), clen);
		strcpy(v5 + strlen(h5) + clen, q262832_v5_utf8 + strlen(h5));
		want = utf16(v5, 0, 1, &want_len);
		assert_bytes(out, len, want, want_len);
		free(want);
		free(out);
		free(v5);
		free(text);
	}
	fix_plan_free(p);
	for (i = 0; i < r->n_checks; i++)
		check_result_clear(&res[i]);
	rule_free(r);
	test_rm_rf(dir);
	free(dir);
}

/* The header comment: after the header, "; " lines; a control character
 * becomes '?', and in REGEDIT4 so does anything outside ASCII, so a
 * comment never makes the file fail or carry an escape. */
static void test_comment_follows_the_header_and_never_fails(void **state)
{
	struct kb_error err = { "" };
	struct regfile_key k = { "HKEY_LOCAL_MACHINE\\SYSTEM\\X", NULL, 0, 0 };
	unsigned char *out;
	size_t len;

	(void)state;
	assert_int_equal(regfile_render_commented(REGFILE_REGEDIT4, "a\nb\x1b[31m caf\xc3\xa9 \xff\x85",
						  &k, 1, &out, &len, &err), 0);
	assert_bytes(out, len, (const unsigned char *)"REGEDIT4\r\n\r\n; a\r\n; b?[31m caf? ??\r\n\r\n"
		     "[HKEY_LOCAL_MACHINE\\SYSTEM\\X]\r\n\r\n",
		     strlen("REGEDIT4\r\n\r\n; a\r\n; b?[31m caf? ??\r\n\r\n"
			    "[HKEY_LOCAL_MACHINE\\SYSTEM\\X]\r\n\r\n"));
	free(out);
	assert_int_equal(regfile_render_commented(REGFILE_V5, "caf\xc3\xa9\n", &k, 1, &out, &len,
						  &err), 0);
	{
		size_t wl;
		unsigned char *w = utf16("Windows Registry Editor Version 5.00\r\n\r\n; caf\xc3\xa9\r\n\r\n"
					 "[HKEY_LOCAL_MACHINE\\SYSTEM\\X]\r\n\r\n", 0, 1, &wl);
		assert_bytes(out, len, w, wl);
		free(w);
	}
	free(out);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_regedit4_matches_golden_bytes),
		cmocka_unit_test(test_v5_is_utf16le_with_bom_and_matches_golden),
		cmocka_unit_test(test_continuation_lines_stay_within_78_columns),
		cmocka_unit_test(test_regedit4_refuses_text_outside_windows_1252),
		cmocka_unit_test(test_string_with_line_break_is_written_as_hex),
		cmocka_unit_test(test_q262832_plan_exports_whole_values_under_current_control_set),
		cmocka_unit_test(test_comment_follows_the_header_and_never_fails),
	};

	unsetenv("HIVEX_DEBUG");
	return cmocka_run_group_tests(tests, NULL, NULL);
}
