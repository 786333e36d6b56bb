#include "pipeline/curl_library.h"

#include <dlfcn.h>

#include <cstdarg>
#include <cstdio>
#include <cstdlib>

// These definitions take the place of libcurl's: no type-checking macros around them.
#define CURL_DISABLE_TYPECHECK
#include <curl/curl.h>

#include "pipeline/exit_codes.h"

namespace coi {

namespace {

// The soname of libcurl's ABI (the one Debian's libcurl4 packages ship); its own symbols stay
// local to it, so nothing else resolves against it by accident.
constexpr const char* kLibrary = "libcurl.so.4";

[[noreturn]] void fail(const char* what) {
  std::fprintf(stderr, "coi: error: %s: %s\n", what, dlerror());
  std::_Exit(kExitInternal);
}

void* library() {
  static void* const handle = [] {
    void* opened = dlopen(kLibrary, RTLD_NOW | RTLD_LOCAL);
    if (opened == nullptr) fail("cannot load libcurl");
    return opened;
  }();
  return handle;
}

// libcurl's function `name` (with the type of its declaration in <curl/curl.h>).
template <typename Function>
Function* function(const char* name) {
  void* found = dlsym(library(), name);
  if (found == nullptr) fail(name);
  return reinterpret_cast<Function*>(found);
}

}  // namespace

void load_curl() { library(); }

}  // namespace coi

// Each forwarder finds its function once (a function-local static: thread-safe).
#define COI_CURL(name) static auto* const real = coi::function<decltype(::name)>(#name)

extern "C" {

CURLcode curl_global_init(long flags) {
  COI_CURL(curl_global_init);
  return real(flags);
}
void curl_free(void* p) {
  COI_CURL(curl_free);
  real(p);
}
time_t curl_getdate(const char* text, const time_t* unused) {
  COI_CURL(curl_getdate);
  return real(text, unused);
}
char* curl_easy_escape(CURL* handle, const char* text, int length) {
  COI_CURL(curl_easy_escape);
  return real(handle, text, length);
}
char* curl_easy_unescape(CURL* handle, const char* text, int length, int* out_length) {
  COI_CURL(curl_easy_unescape);
  return real(handle, text, length, out_length);
}

CURLU* curl_url(void) {
  COI_CURL(curl_url);
  return real();
}
void curl_url_cleanup(CURLU* handle) {
  COI_CURL(curl_url_cleanup);
  real(handle);
}
// Const since 8.0 (curl/urlapi.h); this signature matches the header it is built against.
#if LIBCURL_VERSION_NUM >= 0x080000
CURLUcode curl_url_get(const CURLU* handle, CURLUPart what, char** part, unsigned int flags) {
#else
CURLUcode curl_url_get(CURLU* handle, CURLUPart what, char** part, unsigned int flags) {
#endif
  COI_CURL(curl_url_get);
  return real(handle, what, part, flags);
}
CURLUcode curl_url_set(CURLU* handle, CURLUPart what, const char* part, unsigned int flags) {
  COI_CURL(curl_url_set);
  return real(handle, what, part, flags);
}

CURL* curl_easy_init(void) {
  COI_CURL(curl_easy_init);
  return real();
}
void curl_easy_cleanup(CURL* handle) {
  COI_CURL(curl_easy_cleanup);
  real(handle);
}
const char* curl_easy_strerror(CURLcode code) {
  COI_CURL(curl_easy_strerror);
  return real(code);
}
// The one argument after the option has the type the option's number range gives it (curl.h:
// CURLOPTTYPE_*): a long, an object pointer, a function pointer, a curl_off_t or a blob pointer.
CURLcode curl_easy_setopt(CURL* handle, CURLoption option, ...) {
  COI_CURL(curl_easy_setopt);
  va_list args;
  va_start(args, option);
  CURLcode code;
  if (option < CURLOPTTYPE_OBJECTPOINT) {
    code = real(handle, option, va_arg(args, long));
  } else if (option < CURLOPTTYPE_FUNCTIONPOINT) {
    code = real(handle, option, va_arg(args, void*));
  } else if (option < CURLOPTTYPE_OFF_T) {
    code = real(handle, option, va_arg(args, void (*)()));
  } else if (option < CURLOPTTYPE_BLOB) {
    code = real(handle, option, va_arg(args, curl_off_t));
  } else {
    code = real(handle, option, va_arg(args, void*));
  }
  va_end(args);
  return code;
}
// Every CURLINFO takes a pointer to where the value goes.
CURLcode curl_easy_getinfo(CURL* handle, CURLINFO info, ...) {
  COI_CURL(curl_easy_getinfo);
  va_list args;
  va_start(args, info);
  void* out = va_arg(args, void*);
  va_end(args);
  return real(handle, info, out);
}

CURLSH* curl_share_init(void) {
  COI_CURL(curl_share_init);
  return real();
}
CURLSHcode curl_share_cleanup(CURLSH* share) {
  COI_CURL(curl_share_cleanup);
  return real(share);
}
// CURLSHOPT_SHARE and _UNSHARE take a curl_lock_data (an int); the others a pointer.
CURLSHcode curl_share_setopt(CURLSH* share, CURLSHoption option, ...) {
  COI_CURL(curl_share_setopt);
  va_list args;
  va_start(args, option);
  CURLSHcode code;
  if (option == CURLSHOPT_SHARE || option == CURLSHOPT_UNSHARE) {
    code = real(share, option, va_arg(args, int));
  } else {
    code = real(share, option, va_arg(args, void*));
  }
  va_end(args);
  return code;
}

CURLM* curl_multi_init(void) {
  COI_CURL(curl_multi_init);
  return real();
}
CURLMcode curl_multi_cleanup(CURLM* multi) {
  COI_CURL(curl_multi_cleanup);
  return real(multi);
}
CURLMcode curl_multi_add_handle(CURLM* multi, CURL* easy) {
  COI_CURL(curl_multi_add_handle);
  return real(multi, easy);
}
CURLMcode curl_multi_remove_handle(CURLM* multi, CURL* easy) {
  COI_CURL(curl_multi_remove_handle);
  return real(multi, easy);
}
CURLMcode curl_multi_perform(CURLM* multi, int* running) {
  COI_CURL(curl_multi_perform);
  return real(multi, running);
}
CURLMcode curl_multi_poll(CURLM* multi, struct curl_waitfd extra[], unsigned int count,
                          int timeout_ms, int* ready) {
  COI_CURL(curl_multi_poll);
  return real(multi, extra, count, timeout_ms, ready);
}
CURLMsg* curl_multi_info_read(CURLM* multi, int* left) {
  COI_CURL(curl_multi_info_read);
  return real(multi, left);
}

}  // extern "C"
