#include "pipeline/output_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

namespace coi {

namespace {

Status io_error(const std::string& path, const char* what) {
  return Status(StatusCode::kIo, std::string(what) + ": " + std::strerror(errno), path);
}

}  // namespace

namespace {

// Writes all of `content` to `fd`, retrying short writes and EINTR.
bool write_all(int fd, std::string_view content) {
  size_t written = 0;
  while (written < content.size()) {
    const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return false;
    written += static_cast<size_t>(n);
  }
  return true;
}

std::string directory_of(const std::string& path) {
  const size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

}  // namespace

Status write_file_atomically(const std::string& path, std::string_view content) {
  // An O_TMPFILE file has no name until it is complete, so a process killed mid-write (even by
  // SIGKILL) leaves nothing behind. Where the file system lacks O_TMPFILE, a named temporary
  // (with the pid, so parallel conversions never share one) takes its place.
  const std::string temp = path + ".tmp." + std::to_string(::getpid());
  int fd = ::open(directory_of(path).c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0644);
  const bool anonymous = fd >= 0;
  if (!anonymous) fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return io_error(path, "cannot create output");
  auto fail = [&](const char* what) {
    Status s = io_error(path, what);
    ::close(fd);
    ::unlink(temp.c_str());
    return s;
  };
  if (!write_all(fd, content)) return fail("cannot write output");
  if (::fsync(fd) != 0) return fail("cannot flush output");
  if (anonymous) {
    // Give the finished file its temporary name, then rename it over the target.
    const std::string self = "/proc/self/fd/" + std::to_string(fd);
    ::unlink(temp.c_str());
    if (::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, temp.c_str(), AT_SYMLINK_FOLLOW) != 0) {
      return fail("cannot name output");
    }
  }
  if (::close(fd) != 0) {
    Status s = io_error(path, "cannot close output");
    ::unlink(temp.c_str());
    return s;
  }
  if (std::rename(temp.c_str(), path.c_str()) != 0) {
    Status s = io_error(path, "cannot replace output");
    ::unlink(temp.c_str());
    return s;
  }
  return Status::ok();
}

Result<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Status(errno == ENOENT ? StatusCode::kNotFound : StatusCode::kIo,
                  errno == ENOENT ? "no such file" : "cannot read file", path);
  }
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace coi
