#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

/* HMAC-SHA256 of data under key into out (32 bytes); returns 1 on success. */
static inline int blitz_hmac_sha256(
    const void *key, int key_length, const unsigned char *data, size_t data_length, unsigned char *out) {
    unsigned int length = 0;
    return HMAC(EVP_sha256(), key, key_length, data, data_length, out, &length) != NULL && length == 32;
}
