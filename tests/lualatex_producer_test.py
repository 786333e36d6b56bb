#!/usr/bin/env python3
"""The lualatex producer (fixtures/generate/lualatex.py, issue 15): the latex producer's note,
options and markup typeset by LuaLaTeX, so that a seed's two TeX renders differ in the engine
alone; a producer rendered only when named, its re-prints known to the harness, its render
checked against the same bottom margin as XeLaTeX's. No TeX runs here: what the engine prints is
scored by `scripts/fidelity --producers lualatex`.

    tests/lualatex_producer_test.py SOURCE_DIR
"""

import sys
from pathlib import Path

from producer_checks import Problems, use_producers


def main(source):
    source = Path(source)
    use_producers(source)
    import fidelity
    import latex
    import lualatex
    import render_check
    from shape import options_for

    problems = Problems()
    expect = problems.expect
    expect("the latex producer's options for every seed",
           [options_for("lualatex", s) for s in range(1, 301)], [options_for("latex", s) for s in range(1, 301)])
    expect("the same font family list", {options_for("lualatex", s).font for s in range(1, 301)},
           {options_for("latex", s).font for s in range(1, 301)})

    # The engine is the one difference: latex.render is called with engine="lualatex".
    called = []
    latex_render, latex.render = latex.render, lambda *a, **kw: called.append(kw)
    try:
        lualatex.main(["note.json", "look.json", "out.pdf", "--font", "DejaVu Sans"])
    finally:
        latex.render = latex_render
    expect("lualatex.py's engine", called, [{"engine": "lualatex"}])

    expect("not rendered by default", "lualatex" in fidelity.PRODUCERS, False)
    expect("known by name and re-printed", [fidelity.known(p) for p in ("lualatex", "gs-lualatex", "cairo-lualatex")],
           [True, True, True])
    expect("its script", fidelity.SCRIPTS["lualatex"], "lualatex.py")
    margins = render_check.BOTTOM_MARGINS_CM
    expect("XeLaTeX's bottom margin and hanging share",
           (margins["lualatex"][0](2.5), margins["lualatex"][1]), (margins["latex"][0](2.5), margins["latex"][1]))
    return problems.report()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
