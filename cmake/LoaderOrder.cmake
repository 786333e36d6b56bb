# Writes the linker options that name a program's libraries in the order the dynamic loader
# should search them, most bound first (run as a script at build time, see CMakeLists.txt):
#   cmake -DPROGRAM=build/coi_as_linked -DOUTPUT=build/loader-order.rsp -P cmake/LoaderOrder.cmake
#
# At every start the loader binds each library's symbol references (16,800 for coi, most of them
# made by libraries bound at load, BIND_NOW, such as libcrypto: 4,000 references to its own
# symbols) by searching the loaded libraries in one order: the executable's DT_NEEDED list as
# linked, then their dependencies breadth first. A symbol defined by the 30th library costs 30
# hash-table probes, each a likely cache miss: on a short note this search took about a tenth of
# coi's CPU time (bench/README.md, Session 15). Here PROGRAM (coi as linked, its libraries in the
# link's own order) runs once with LD_DEBUG=bindings, each library is counted by the references
# the loader bound to it, and the options name every such library, most bound first, without
# --as-needed, so that they open the executable's DT_NEEDED list.
#
# Nothing is named by hand: the libraries and their counts are whatever this system's builds of
# coi's libraries bring (which TLS library libcurl uses, say), and no library is added that the
# program did not load already. A symbol that two libraries define binds to the first searched
# (libc and libm both define modf): the order is tried on PROGRAM first (LD_PRELOAD puts
# libraries in the same place of the search as naming them first in the link does), and where a
# symbol would bind elsewhere, the library it bound to moves ahead of the one it would bind to,
# until every symbol binds as before (tests/loader_order_test.cc checks coi itself). Where
# PROGRAM reports nothing (another loader) or no such order is found, the options are empty and
# coi links as it is.
# The symbols PROGRAM binds at start, preloading ${ARGN}, sorted as "REF|NAME|DEF" lines: the same
# reference of two runs sorts to the same place whichever library it binds to.
function(loader_bindings out_var)
  list(JOIN ARGN " " preload)
  execute_process(COMMAND ${CMAKE_COMMAND} -E env LD_DEBUG=bindings "LD_PRELOAD=${preload}"
                          ${PROGRAM} --version
                  OUTPUT_QUIET ERROR_VARIABLE log RESULT_VARIABLE status)
  set(lines "")
  if(status EQUAL 0)
    # "PID:\tbinding file REF [0] to DEF [0]: normal symbol `NAME' [VERSION]": each match keeps
    # its brackets balanced, as a CMake list element must.
    string(REGEX MATCHALL "binding file [^ \n]+ \\[0\\] to [^ \n]+ \\[0\\]: normal symbol `[^'\n]+'"
           lines "${log}")
    list(TRANSFORM lines REPLACE
         "^binding file ([^ ]+) \\[0\\] to ([^ ]+) \\[0\\]: normal symbol `([^']+)'$" "\\1|\\3|\\2")
    list(SORT lines)
  endif()
  set(${out_var} "${lines}" PARENT_SCOPE)
endfunction()

loader_bindings(as_linked)
# Libraries by the references bound to them. The program comes first anyway; the loader and the
# vDSO are not linked by name.
set(libraries "")
foreach(binding IN LISTS as_linked)
  string(REGEX REPLACE "^.*\\|" "" library "${binding}")
  if(library MATCHES "/ld-linux|^linux-vdso" OR library STREQUAL PROGRAM)
    continue()
  endif()
  string(MAKE_C_IDENTIFIER "${library}" key)
  if(NOT DEFINED count_${key})
    set(count_${key} 0)
    list(APPEND libraries "${library}")
  endif()
  math(EXPR count_${key} "${count_${key}} + 1")
endforeach()
set(ranked "")
foreach(library IN LISTS libraries)
  string(MAKE_C_IDENTIFIER "${library}" key)
  list(APPEND ranked "${count_${key}} ${library}")
endforeach()
list(SORT ranked COMPARE NATURAL ORDER DESCENDING)
list(TRANSFORM ranked REPLACE "^[0-9]+ " "")

# Try the order; move each library a symbol should bind to ahead of the one it would bind to.
set(agreed FALSE)
if(ranked)
  foreach(attempt RANGE 1 10)
    loader_bindings(ordered ${ranked})
    if(ordered STREQUAL as_linked)
      set(agreed TRUE)
      break()
    endif()
    set(moved FALSE)
    foreach(before after IN ZIP_LISTS as_linked ordered)
      if(before STREQUAL after)
        continue()
      endif()
      string(REGEX REPLACE "^.*\\|" "" bound "${before}")
      string(REGEX REPLACE "^.*\\|" "" would_bind "${after}")
      list(FIND ranked "${bound}" from)
      list(FIND ranked "${would_bind}" to)
      if(from GREATER to AND to GREATER -1)
        list(REMOVE_AT ranked ${from})
        list(INSERT ranked ${to} "${bound}")
        set(moved TRUE)
      endif()
    endforeach()
    if(NOT moved)
      break()
    endif()
  endforeach()
endif()
if(agreed)
  list(JOIN ranked "\n" names)
  set(options "--push-state\n--no-as-needed\n${names}\n--pop-state\n")
else()
  message(STATUS "No order of coi's libraries binds every symbol as linked: left as linked")
  set(options "")
endif()
file(WRITE "${OUTPUT}" "${options}")
