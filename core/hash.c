/* hash.c: SHA-256 through nettle. */
#include "kbwiz/hash.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <nettle/sha2.h>

static void digest_to_hex(const unsigned char *d, char hex[KB_SHA256_HEX_SIZE])
{
	static const char digits[] = "0123456789abcdef";
	size_t i;

	for (i = 0; i < SHA256_DIGEST_SIZE; i++) {
		hex[2 * i] = digits[d[i] >> 4];
		hex[2 * i + 1] = digits[d[i] & 15];
	}
	hex[2 * SHA256_DIGEST_SIZE] = '\0';
}

void kb_sha256_buffer(const void *data, size_t len, char hex[KB_SHA256_HEX_SIZE])
{
	struct sha256_ctx ctx;
	unsigned char d[SHA256_DIGEST_SIZE];

	sha256_init(&ctx);
	sha256_update(&ctx, len, data);
	sha256_digest(&ctx, sizeof d, d);
	digest_to_hex(d, hex);
}

int kb_sha256_file(const char *path, char hex[KB_SHA256_HEX_SIZE],
		   struct kb_error *err)
{
	struct sha256_ctx ctx;
	unsigned char d[SHA256_DIGEST_SIZE];
	unsigned char buf[1 << 16];
	ssize_t n;
	int fd;

	fd = open(path, O_RDONLY);
	if (fd < 0)
		return kb_errorf(err, KB_EIO, "%s: %s", path, strerror(errno));
	sha256_init(&ctx);
	for (;;) {
		n = read(fd, buf, sizeof buf);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			int e = errno;
			close(fd);
			return kb_errorf(err, KB_EIO, "%s: read: %s", path, strerror(e));
		}
		if (n == 0)
			break;
		sha256_update(&ctx, (size_t)n, buf);
	}
	close(fd);
	sha256_digest(&ctx, sizeof d, d);
	digest_to_hex(d, hex);
	return 0;
}
