#include <curl/curl.h>

/* Swift cannot call the variadic curl_easy_setopt and curl_easy_getinfo, so each call shape
   the client uses gets a fixed wrapper. */

typedef size_t (*blitz_curl_data_callback)(char *data, size_t size, size_t count, void *context);
typedef int (*blitz_curl_progress_callback)(
    void *context, curl_off_t download_total, curl_off_t downloaded,
    curl_off_t upload_total, curl_off_t uploaded);

static inline CURLcode blitz_curl_set_long(CURL *handle, CURLoption option, long value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode blitz_curl_set_offset(CURL *handle, CURLoption option, curl_off_t value) {
    return curl_easy_setopt(handle, option, value);
}

/* Strings, header lists, buffers and callback contexts. */
static inline CURLcode blitz_curl_set_pointer(CURL *handle, CURLoption option, const void *value) {
    return curl_easy_setopt(handle, option, value);
}

/* CURLOPT_WRITEFUNCTION and CURLOPT_HEADERFUNCTION. */
static inline CURLcode blitz_curl_set_data_callback(
    CURL *handle, CURLoption option, blitz_curl_data_callback callback) {
    return curl_easy_setopt(handle, option, callback);
}

static inline CURLcode blitz_curl_set_progress_callback(CURL *handle, blitz_curl_progress_callback callback) {
    return curl_easy_setopt(handle, CURLOPT_XFERINFOFUNCTION, callback);
}

static inline CURLcode blitz_curl_get_long(CURL *handle, CURLINFO info, long *value) {
    return curl_easy_getinfo(handle, info, value);
}

static inline CURLcode blitz_curl_set_string(CURL *handle, CURLoption option, const char *value) {
    return curl_easy_setopt(handle, option, value);
}

/* CURL_GLOBAL_DEFAULT is a macro expression Swift does not import. */
static inline CURLcode blitz_curl_global_init(void) {
    return curl_global_init(CURL_GLOBAL_DEFAULT);
}
