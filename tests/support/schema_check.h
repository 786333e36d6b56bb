// Validation of coi's outputs against the shipped schemas: the XML against docs/coi.rng with
// libxml2's RELAX NG validator, the JSON against docs/coi.schema.json with python3-jsonschema
// (tests/validate_json_schema.py).
#pragma once

#include <libxml/parser.h>
#include <libxml/relaxng.h>

#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "tests/support/paths.h"

namespace coi::testing {

/// Every validity error of `xml` against docs/coi.rng as "line N: message" (empty when valid;
/// a single entry when the XML or the schema does not parse).
inline std::vector<std::string> relaxng_errors(const std::string& xml) {
  std::vector<std::string> errors;
  const auto collect = [](void* sink, const xmlError* error) {
    std::string message = error->message ? error->message : "?";
    while (!message.empty() && message.back() == '\n') message.pop_back();
    static_cast<std::vector<std::string>*>(sink)->push_back("line " + std::to_string(error->line) +
                                                            ": " + message);
  };
  using Handler = void (*)(void*, const xmlError*);
  const auto handler = reinterpret_cast<xmlStructuredErrorFunc>(static_cast<Handler>(collect));
  xmlRelaxNGParserCtxtPtr parser = xmlRelaxNGNewParserCtxt(source_path("docs/coi.rng").c_str());
  xmlRelaxNGPtr schema = xmlRelaxNGParse(parser);
  xmlRelaxNGFreeParserCtxt(parser);
  if (schema == nullptr) return {"docs/coi.rng does not parse"};
  xmlDocPtr doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "out.xml", "UTF-8",
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (doc == nullptr) {
    xmlRelaxNGFree(schema);
    return {"not well-formed XML"};
  }
  xmlRelaxNGValidCtxtPtr validator = xmlRelaxNGNewValidCtxt(schema);
  xmlRelaxNGSetValidStructuredErrors(validator, handler, &errors);
  if (xmlRelaxNGValidateDoc(validator, doc) != 0 && errors.empty()) errors.push_back("invalid");
  xmlRelaxNGFreeValidCtxt(validator);
  xmlFreeDoc(doc);
  xmlRelaxNGFree(schema);
  return errors;
}

/// What tests/validate_json_schema.py said about `json` (saved as `name` in the test's temp
/// directory) and its exit code: 0 valid, 1 invalid, 2 could not check.
struct JsonCheck {
  int exit_code = -1;
  std::string output;
};

inline JsonCheck json_schema_check(const std::string& json, const std::string& name) {
  const std::string path = ::testing::TempDir() + name;
  {
    std::ofstream out(path, std::ios::binary);
    out << json;
  }
  // Debian's python3-jsonschema (scripts/setup) lives with the system interpreter.
  const std::string python = std::filesystem::exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
  const std::string command = python + " '" + source_path("tests/validate_json_schema.py") + "' '" +
                              source_path("docs/coi.schema.json") + "' '" + path + "' 2>&1";
  JsonCheck check;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return check;
  char buffer[512];
  while (fgets(buffer, sizeof buffer, pipe) != nullptr) check.output += buffer;
  const int status = pclose(pipe);
  check.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  // Error lines name the file; drop the temp directory so tests can compare them exactly.
  for (size_t at = check.output.find(::testing::TempDir()); at != std::string::npos;
       at = check.output.find(::testing::TempDir())) {
    check.output.erase(at, ::testing::TempDir().size());
  }
  return check;
}

}  // namespace coi::testing
