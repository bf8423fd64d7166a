/* test_session_text.c: kb_text_has (core/session_text.c) answers what the
 * SQL expression it stands for answers, on text chosen to tell them apart:
 * case, words across two fields, UTF-8 (lower() folds ASCII only, instr()
 * never matches from inside a character), bytes that are not UTF-8, long
 * fields, NULL. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <sqlite3.h>

#include "../../core/session_text.h"

#define EXPR "instr(lower(t || ' ' || l || ' ' || n || ' ' || o), lower(?1)) > 0"

static sqlite3 *db;

/* The value of sql with ?1 bound to words (as session.c binds it): 1, 0
 * or -1 for NULL. */
static int ask(const char *sql, const char *words)
{
	sqlite3_stmt *st;
	int r;

	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
	sqlite3_bind_text(st, 1, words, -1, SQLITE_STATIC);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	r = sqlite3_column_type(st, 0) == SQLITE_NULL ? -1 : sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return r;
}

static void same(const char *words)
{
	sqlite3_stmt *st;
	int rows = 0;

	assert_int_equal(sqlite3_prepare_v2(db, "SELECT rowid FROM r", -1, &st, NULL), SQLITE_OK);
	while (sqlite3_step(st) == SQLITE_ROW) {
		char a[256], b[256];
		long long id = sqlite3_column_int64(st, 0);
		snprintf(a, sizeof a, "SELECT " EXPR " FROM r WHERE rowid = %lld", id);
		snprintf(b, sizeof b, "SELECT kb_text_has(?1, t, l, n, o) FROM r WHERE rowid = %lld",
			 id);
		if (ask(a, words) != ask(b, words))
			fail_msg("row %lld, words \"%s\": the expression says %d, kb_text_has %d", id,
				 words, ask(a, words), ask(b, words));
		rows++;
	}
	sqlite3_finalize(st);
	assert_true(rows > 5);
}

static void test_kb_text_has_answers_as_the_expression(void **state)
{
	static const char *const words[] = {
		"bob", "BOB", "Bob Srv", "srv-0004", "b s", " ", "x", "é", "É", "\xc3",
		"\xa9", "\xa9z", "zz", "notes here", "z out", "ok", "\x01", "a\tb", "mixed CASE",
		"longword", "\xff", "A\xff", "",
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof words / sizeof *words; i++)
		same(words[i]);
}

static void test_long_fields_and_words(void **state)
{
	char big[5000], w[600];

	(void)state;
	memset(big, 'q', sizeof big - 1);
	big[sizeof big - 1] = '\0';
	memcpy(big + 4000, "NeedLE", 6);
	memset(w, 'q', sizeof w - 1);
	w[sizeof w - 1] = '\0';
	assert_int_equal(ask("SELECT kb_text_has(?1, ?1, '', '', '')", big), 1);
	assert_int_equal(sqlite3_exec(db, "CREATE TEMP TABLE big(t)", NULL, NULL, NULL), SQLITE_OK);
	{
		sqlite3_stmt *st;
		assert_int_equal(sqlite3_prepare_v2(db, "INSERT INTO big VALUES(?1)", -1, &st, NULL),
				 SQLITE_OK);
		sqlite3_bind_text(st, 1, big, -1, SQLITE_STATIC);
		assert_int_equal(sqlite3_step(st), SQLITE_DONE);
		sqlite3_finalize(st);
	}
	assert_int_equal(ask("SELECT kb_text_has(?1, t, 'a', 'b', 'c') FROM big", "needle"), 1);
	assert_int_equal(ask("SELECT kb_text_has(?1, t, 'a', 'b', 'c') FROM big", w), 1);
	assert_int_equal(ask("SELECT kb_text_has(?1, t, 'a', 'b', 'c') FROM big", "qq a b c"), 1);
	assert_int_equal(ask("SELECT kb_text_has(?1, t, 'a', 'b', 'c') FROM big", "needles"), 0);
	assert_int_equal(ask("SELECT kb_text_has(?1, NULL, 'a', 'b', 'c')", "a"), -1);
	assert_int_equal(ask("SELECT kb_text_has(NULL, 'a', 'a', 'b', 'c')", "a"), -1);
}

static int setup(void **state)
{
	(void)state;
	if (sqlite3_open(":memory:", &db) != SQLITE_OK || session_text_fn(db) != 0)
		return -1;
	return sqlite3_exec(db,
		"CREATE TABLE r(t, l, n, o);"
		"INSERT INTO r VALUES('bob', 'SRV-00042 netlogon', 'notes here', 'outcome');"
		"INSERT INTO r VALUES('', '', '', '');"
		"INSERT INTO r VALUES('Élise', 'café ÉTÉ', 'x', 'z');"
		"INSERT INTO r VALUES('a' || char(9) || 'b', 'Mixed Case', 'LONGWORD', 'ok');"
		"INSERT INTO r VALUES(cast(x'c3a97a' as text), cast(x'a97a' as text), 'zz', '');"
		"INSERT INTO r VALUES(cast(x'ff41' as text), char(1), 'b', 'SRV');"
		"INSERT INTO r VALUES('b', 's', 'z', 'out');", NULL, NULL, NULL) == SQLITE_OK ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	sqlite3_close(db);
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_kb_text_has_answers_as_the_expression),
		cmocka_unit_test(test_long_fields_and_words),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
