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

Status write_file_atomically(const std::string& path, std::string_view content) {
  // The temporary name carries the pid so that parallel conversions never share one.
  const std::string temp = path + ".tmp." + std::to_string(::getpid());
  const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return io_error(path, "cannot create output");
  size_t written = 0;
  while (written < content.size()) {
    const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      Status s = io_error(path, "cannot write output");
      ::close(fd);
      ::unlink(temp.c_str());
      return s;
    }
    written += static_cast<size_t>(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    Status s = io_error(path, "cannot flush output");
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
