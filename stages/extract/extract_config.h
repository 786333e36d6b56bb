// Settings of the extract stage (section [extract] of config/coi.toml).
#pragma once

#include <string>
#include <vector>

#include "pipeline/config_section.h"
#include "pipeline/pattern.h"

namespace coi {

/// Settings of the extract stage; every field is documented with its default in config/coi.toml.
struct ExtractConfig {
  /// Password for encrypted PDFs (usually given with --password, not in the file). Default: none.
  std::string password;
  /// Refuse documents with more pages than this (a runaway guard; COI notes run to ~150).
  int max_pages = 5000;
  /// A filled rectangle at most this thick (points) is a rule (Word draws table borders and the
  /// footnote separator as thin fills). Default 2.5.
  double rule_max_thickness = 2.5;
  /// Thicker filled rectangles (cell shading) are kept while their area is at most this fraction
  /// of the page area; larger fills are page backgrounds. Default 0.25.
  double fill_max_page_fraction = 0.25;
  /// A word belongs to a link when the link's area covers more than this fraction of the word's
  /// area. Default 0.5.
  double link_min_word_cover = 0.5;
  /// A character other than a letter or digit whose box stands out of a link's rectangle, left
  /// or right, by more than this share of its width is not the link's though its centre lies
  /// inside: pdfTeX and LuaTeX draw the rectangle \pdflinkmargin (1 pt) past the text, and a
  /// narrow ’ or , set right after it stands 0.23-0.44 of its width out (LuaLaTeX seeds
  /// 2531-2554). A link's own last mark stands out 0.17 at most (WeasyPrint, LibreOffice,
  /// held18-21), XeTeX's 0.03. Default 0.2.
  double link_margin_max_protrusion = 0.2;
  /// On a page with a link off its words, a web link's words must begin and end within this
  /// many points of its rectangle's left and right edges for it to stay (link_placement.cc).
  /// Producers draw the rectangle on the glyphs (LibreOffice 0.2 pt off, XeTeX and WeasyPrint
  /// none); a space is 2-4 pt wide. Default 1.0.
  double link_edge_tolerance = 1.0;
  /// On such a page, a vertical distance at which at least this many link rectangles fit their
  /// words exactly is the producer's misplacement, and the rectangles off their words that fit
  /// at it are moved back (link_realign.cc). One rectangle may fit a line by chance. Default 3.
  int link_shift_min_links = 3;
  /// A rectangle off its words that fits none of those distances (within link_edge_tolerance)
  /// takes one within this fraction of its height of a distance it fits at: a raised mark's
  /// digits are centred above its line's letters, so marks show the page's distance about
  /// 2 pt from its titles' (link_realign.cc). Default 0.25 (a quarter of a line).
  double link_shift_line_slack = 0.25;
  /// Once every page is read, a page's web links on no word are tried on the pages up to this
  /// many before and after it (link_pages.cc): LibreOffice can place a note's links by a
  /// pagination that has drifted a page from the printed one at each long table whose rows may
  /// not break (seed 906: two pages by the bibliography). Default 3.
  int link_page_reach = 3;
  /// A web link on no word that no such place takes, one rectangle alone, is tried on the pages
  /// up to this many before and after its own, and moves where it fits its words exactly on
  /// free words at one place only (link_pages.cc, step 6): one rectangle has no others to agree
  /// with, and each page more meets more lines by chance. Default 1 (LibreOffice, seed 1248: a
  /// page's last notes' rectangles drawn on the next page).
  int link_lone_page_reach = 1;
  /// A web link moved on its own evidence alone (such a rectangle, or one taking its own
  /// distance within link_shift_line_slack of the page's, link_realign.cc) moves only where its
  /// URL names more than this fraction of the words it would cover (words of three or more
  /// letters or digits, found in the lower-cased URL): most addresses spell their page's title,
  /// and a line met by chance shares few of its words with it. A link wrapped over lines kept on
  /// a page of links off their words for its pieces stacked on their text must name its words so
  /// too (link_placement.cc, step 2b). Default 0.5.
  double link_lone_url_words = 0.5;
  /// An address whose path spells fewer words than this (runs of three or more letters:
  /// "/docid/5c5a8a5f4.html" spells two) tells nothing of the words it links: a lone rectangle
  /// of one stays where drawn, and one taking its own distance near the page's moves as the
  /// distance says (link_realign.cc), and a wrapped link's stacked pieces stay on their
  /// geometry alone (link_placement.cc, step 2b). Default 3.
  int link_url_spelled_words = 3;
  /// The commonest English words of two letters or more, in lower case: a quarter of the words
  /// of a note's prose, and none of a text layer whose fonts map no characters to Unicode
  /// (readable_text.h).
  std::vector<std::string> common_words = {"the", "of", "and", "to", "in", "is", "that",
                                           "for", "on", "by", "with", "as", "are", "was",
                                           "from", "or", "be", "not", "at"};
  /// A text layer of at least this many characters (not spaces) is judged readable or not;
  /// a shorter one is too short to tell (a cover page alone). Default 1000.
  int readable_min_chars = 1000;
  /// It is readable when common_words make at least this share of its words: prose has about
  /// 0.25, a layer of shifted or numbered glyphs none. Default 0.05.
  double readable_min_share = 0.05;
  /// Its words are counted as at least one in this many characters, so that a layer of digits
  /// and punctuation, with no words of letters, is judged too (English words and their space
  /// average about six). Default 6.
  double readable_chars_per_word = 6;
  /// A layer short of common words is still readable when at least this share of its printed
  /// words are spelled as English spells words (letters, lower case but the first, a vowel):
  /// a text of few words repeated ("A single enormous page."), or of names and figures. A coded
  /// layer spells almost none ("2IILFH", "DXWKRULWLHV"). Default 0.5.
  double readable_min_spelled = 0.5;
  /// A glyph name no glyph list knows, of at least this many letters, is read as the known name
  /// it begins, where it begins one family of names only (a driver cut "sterling" to "sterlin":
  /// cut_glyph_names.h); shorter ones begin too many ("a", "g12"). Default 4.
  int cut_glyph_name_min_chars = 4;
  /// A word in a font whose declared Ascent and Descent are its FontBBox's top and bottom
  /// reaches at most this many times its size above its baseline, and word_max_descent below it
  /// (extract_words.cc, CharBoxes). Poppler sets a word's box by its font's declared Ascent and
  /// Descent; Ghostscript and Cairo re-printing a PDF rewrite them to the FontBBox (Latin Modern
  /// 806/-194 to 1125/-292), how far the tallest glyph reaches, 40% taller than the letters, and
  /// a TeX note's first footnote line then reaches up over its separator rule. These are
  /// Poppler's values for a font that declares none; a producer's own fonts keep theirs (TeX Gyre
  /// Heros declares 1.147 in WeasyPrint's PDFs, but not as its FontBBox). Default 0.95.
  double word_max_ascent = 0.95;
  /// See word_max_ascent. Default 0.35.
  double word_max_descent = 0.35;
  /// Poppler's word break after an opening quotation mark (‘ or “) is no space where the next
  /// word on its line starts less than this many times its size after the mark (extract_words.cc,
  /// join_opening_quotes). Poppler breaks a word at a gap of 0.1 of its size, and Cairo
  /// re-printing a PDF places the word after the mark 0.101 of it past the mark's advance
  /// (LibreOffice, held19 seed 2310 p. 14: "‘ Press"); English sets a space no narrower than TeX's
  /// shrunk one, 0.22 of the size, so a mark standing apart keeps its space. Default 0.15 (the
  /// gap the text stage reads as a space where the PDF gives none: [tables] space_gap).
  double opening_quote_max_gap = 0.15;
  /// Font names matching this are bold even when the font flags do not say so: the PDF's name
  /// for the font or its CFF program's own (font_program_names.h).
  Pattern bold_font_name;
  /// Font names matching this are italic even when the font flags do not say so (the same).
  Pattern italic_font_name;
  /// At most this many distinct Poppler error messages become diagnostics per document.
  int max_pdf_warnings = 20;
  /// Read a tagged PDF's structure tree and tie words to its elements. Default true.
  bool read_structure_tree = true;
  /// A structure tree with more elements than this is ignored (a runaway guard; a 100-page note
  /// has ~15000). Default 500000.
  int max_struct_nodes = 500000;
  /// Address space, in MB, that must be left under [limits] max_memory_mb before Poppler may
  /// open the PDF or read a page, per thread in Poppler at once (`coi convert -j` notes times
  /// `workers`); less fails the note with the memory limit error. Poppler cannot report an
  /// allocation that fails (it aborts the process), so it must not get near the cap. Default 16.
  int min_memory_left_mb = 16;
  /// Threads reading one note's pages at once, each with its own copy of the PDF open. 0 = one
  /// per core, shared among the notes `coi convert -j` converts at once. The output is the same
  /// for any count; more threads cost a copy of the PDF's cross-reference table each. Default 0.
  int workers = 0;

  /// Reads the [extract] section; defaults stay where a key is absent.
  void load(ConfigSection& s) {
    s.read("password", password);
    s.read("max_pages", max_pages);
    s.read("rule_max_thickness", rule_max_thickness);
    s.read("fill_max_page_fraction", fill_max_page_fraction);
    s.read("link_min_word_cover", link_min_word_cover);
    s.read("link_margin_max_protrusion", link_margin_max_protrusion);
    s.read("link_edge_tolerance", link_edge_tolerance);
    s.read("link_shift_min_links", link_shift_min_links);
    s.read("link_shift_line_slack", link_shift_line_slack);
    s.read("link_page_reach", link_page_reach);
    s.read("link_lone_page_reach", link_lone_page_reach);
    s.read("link_lone_url_words", link_lone_url_words);
    s.read("link_url_spelled_words", link_url_spelled_words);
    s.check("link_shift_min_links", link_shift_min_links >= 2, "2 or more");
    s.check("link_shift_line_slack", link_shift_line_slack >= 0 && link_shift_line_slack < 0.5,
            "0 or more, under 0.5");
    s.check("link_page_reach", link_page_reach >= 1, "1 or more");
    s.check("link_lone_page_reach", link_lone_page_reach >= 0, "0 or more");
    s.check("link_lone_url_words", link_lone_url_words >= 0 && link_lone_url_words < 1,
            "0 or more, under 1");
    s.check("link_url_spelled_words", link_url_spelled_words >= 1, "1 or more");
    s.read("common_words", common_words);
    s.read("readable_min_chars", readable_min_chars);
    s.read("readable_min_share", readable_min_share);
    s.read("readable_chars_per_word", readable_chars_per_word);
    s.read("readable_min_spelled", readable_min_spelled);
    s.check("readable_min_spelled", readable_min_spelled >= 0 && readable_min_spelled <= 1, "0 to 1");
    s.check("readable_min_share", readable_min_share >= 0 && readable_min_share < 1, "0 or more, under 1");
    s.check("readable_chars_per_word", readable_chars_per_word >= 1, "1 or more");
    s.read("cut_glyph_name_min_chars", cut_glyph_name_min_chars);
    s.check("cut_glyph_name_min_chars", cut_glyph_name_min_chars >= 1, "1 or more");
    s.read("word_max_ascent", word_max_ascent);
    s.read("word_max_descent", word_max_descent);
    s.check("word_max_ascent", word_max_ascent > 0, "more than 0");
    s.check("word_max_descent", word_max_descent >= 0, "0 or more");
    s.read("opening_quote_max_gap", opening_quote_max_gap);
    s.check("opening_quote_max_gap", opening_quote_max_gap >= 0, "0 or more");
    s.read_pattern("bold_font_name", bold_font_name, "(?i)bold|black|heavy|semibold|demibold");
    s.read_pattern("italic_font_name", italic_font_name, "(?i)italic|oblique");
    s.read("max_pdf_warnings", max_pdf_warnings);
    s.read("read_structure_tree", read_structure_tree);
    s.read("max_struct_nodes", max_struct_nodes);
    s.read("min_memory_left_mb", min_memory_left_mb);
    s.read("workers", workers);
    s.check("workers", workers >= 0, "0 (one per core) or more");
  }
};

}  // namespace coi
