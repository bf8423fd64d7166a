/* shell_quote.h: a word as a POSIX shell reads it back, for commands
 * kbwiz prints for the technician to paste (`kbwiz fix ... --hive PATH`). */
#ifndef KBWIZ_SHELL_QUOTE_H
#define KBWIZ_SHELL_QUOTE_H

/* s as one shell word, malloc'd (NULL when out of memory): as it is when
 * every byte is one the shell takes literally (letters, digits and
 * _ - . / : @ % + = ,), else in single quotes with each ' written '\''.
 * A control character or a byte that is not ASCII makes it bash's
 * $'...' form with \xHH escapes instead, so that nothing raw reaches the
 * terminal and the pasted word is still the file's exact name. */
char *kb_shell_quote(const char *s);

#endif
