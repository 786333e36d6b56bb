// Includes each stage's config struct. A stage declares `struct XConfig { ...; Status
// load(ConfigSection& s); }` in its own `stages/<name>/<name>_config.h`.
#pragma once

#include "stages/extract/extract_config.h"
#include "stages/layout/layout_config.h"
#include "stages/tables/tables_config.h"
#include "stages/segment/segment_config.h"
#include "stages/footnotes/footnotes_config.h"
#include "stages/structure/structure_config.h"
#include "stages/bibliography/bibliography_config.h"
#include "stages/resolve/resolve_config.h"
#include "stages/metadata/metadata_config.h"
#include "stages/emit/emit_config.h"
#include "diff/diff_config.h"
#include "links/links_config.h"
#include "pipeline/limits_config.h"
