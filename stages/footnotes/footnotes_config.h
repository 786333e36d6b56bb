// Settings of the footnotes stage (section [footnotes] of config/coi.toml).
#pragma once

#include "pipeline/config_section.h"

namespace coi {

struct FootnotesConfig {
  /// How far right of the footnote area's leftmost line start a note's number printed on the
  /// baseline may begin and still open a note, in font-size units of the number; a raised number
  /// opens a note wherever it sits. Default 1.0 (a number sits at the margin).
  double number_indent = 1.0;
  /// A number on the baseline at the margin that is not the one expected still opens a note when
  /// it is at most this many notes past it and the next line opening with a number between the
  /// expected one and its successor opens its successor: the notes between were lost (an area
  /// not found), the sequence resumes there. A body mark printed as a number more than this past
  /// the next mark expected reads as adjacent marks where its digits do ("95" where 9 is next:
  /// 9 and 5), so many lost marks being less likely. Default 10 (notes).
  int max_lost_notes = 10;
  /// Once this many notes have opened with a raised number and none on the baseline, the
  /// producer raises its note numbers: a number on the baseline opens no note (it is a note's
  /// text wrapped to the margin, "under §" / "33 of the decree"). Default 3 (notes).
  int raised_habit_notes = 3;
  /// A note's line ends its note when the next line's first word would have fitted after it with
  /// this much room to spare for the space, in font-size units of that word: producers break a
  /// note's lines where the next word does not fit, so a line with room for it is the note's last.
  /// Decides which of two lines opening with the expected number opens the note. Default 0.5 (a
  /// space is about 0.25-0.33 of the font size).
  double word_fit_room = 0.5;
  /// How far an internal link's destination may lie from a note's first line for the link to point
  /// at that note, in font-size units of the note. Default 1.5.
  double dest_tolerance = 1.5;
  /// Split adjacent marks read as one number ("78" -> 7 and 8) when the mark sequence or the
  /// PDF's mark-to-note links call for it. Default true.
  bool split_adjacent_marks = true;

  /// Reads the [footnotes] section; defaults stay where a key is absent.
  void load(ConfigSection& s) {
    s.read("number_indent", number_indent);
    s.read("max_lost_notes", max_lost_notes);
    s.read("raised_habit_notes", raised_habit_notes);
    s.read("word_fit_room", word_fit_room);
    s.read("dest_tolerance", dest_tolerance);
    s.read("split_adjacent_marks", split_adjacent_marks);
  }
};

}  // namespace coi
