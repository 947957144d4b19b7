"""Breaking Chinese (and mixed Chinese–Latin) text into lines that fit a width, obeying the kinsoku rules.

The rules of Chinese typesetting (GB/T 15834): no line may begin with closing punctuation such as
，。；：！？、）》」』”, and no line may end with opening punctuation such as （《「『“. A line may break between any
two Chinese characters; a run of Latin letters and digits (a word, a date, a phone number) is kept whole unless
it alone is wider than the line, though a word may break after a hyphen that follows a letter. Punctuation that
may not start a line is carried to the next line together with the character before it. Only whitespace at a
break is dropped; every other character is kept, in order.

The breaker knows nothing of fonts: it is given a function that measures a string.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

NO_LINE_START = frozenset(
    "，。；：！？、）》」』”’〕】〉〗〙］｝．…—～·‥％"  # full-width closing punctuation
    ",.;:!?)]}%/／"  # half-width counterparts, and the slash
)
"""Characters that may not begin a line."""

NO_LINE_END = frozenset("（《「『“‘〔【〈〖〘［｛([{")
"""Characters that may not end a line."""

Measure = Callable[[str], float]


def _is_wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in ("W", "F")


def _tokens(text: str) -> list[str]:
    """Spaces, words (runs of narrow characters) and single wide characters, in order."""
    tokens: list[str] = []
    index = 0
    while index < len(text):
        char = text[index]
        end = index + 1
        if char.isspace():
            while end < len(text) and text[end].isspace():
                end += 1
        elif _is_word_char(char):
            while end < len(text) and _is_word_char(text[end]) and not _hyphen_before(text, end):
                end += 1
        tokens.append(text[index:end])
        index = end
    return tokens


def _is_word_char(char: str) -> bool:
    return not char.isspace() and not _is_wide(char) and char not in NO_LINE_START and char not in NO_LINE_END


def _hyphen_before(text: str, index: int) -> bool:
    """Whether a word may break before ``text[index]``: after a hyphen or slash that follows a letter
    (Person-|times, and/|or; not in 0357-3521234 or 2024-03-05)."""
    return index >= 2 and text[index - 1] in "-/" and text[index - 2].isalpha()


def _segments(text: str) -> list[tuple[str, str]]:
    """The units a line may break between, each as (text, the whitespace after it).

    Closing punctuation joins the unit before it, opening punctuation the unit after it, so no break can
    separate them; a space inside such a join is kept and is no break opportunity.
    """
    segments: list[list[str]] = []
    glue = False
    for token in _tokens(text):
        if token[0].isspace():
            if not segments:
                continue  # leading whitespace of the text
            if glue:
                segments[-1][0] += token
            else:
                segments[-1][1] += token
            continue
        if segments and (glue or token[0] in NO_LINE_START):
            body, space = segments[-1]
            segments[-1] = [body + space + token, ""]
        else:
            segments.append([token, ""])
        glue = token[-1] in NO_LINE_END
    return [(body, space) for body, space in segments]


def may_break_before(text: str, index: int) -> bool:
    """Whether a line may end before ``text[index]`` (0 < index < len(text)) under the kinsoku rules."""
    before, after = text[index - 1], text[index]
    return not (after in NO_LINE_START or before in NO_LINE_END or after.isspace() or before.isspace())


def _split_long(text: str, width: float, measure: Measure) -> list[str]:
    """Pieces of a unit wider than the line: each as long as fits, cut only where a break is allowed.

    When no allowed cut leaves a piece that fits, the shortest allowed piece is taken (it overflows): the
    rules are never broken to make text fit.
    """
    pieces: list[str] = []
    start = 0
    while start < len(text) and measure(text[start:]) > width:
        allowed = [i for i in range(start + 1, len(text)) if may_break_before(text, i)]
        if not allowed:
            break
        fitting = [i for i in allowed if measure(text[start:i]) <= width]
        cut = fitting[-1] if fitting else allowed[0]
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


_CONTROLS = ("Cc", "Cf", "Zl", "Zp")  # counted as spaces; a line break among them starts a new line


def break_lines(text: str, width: float, measure: Measure) -> list[str]:
    """``text`` as lines no wider than ``width`` (as ``measure`` counts), breaking only where allowed.

    A line break in ``text`` starts a new line; other control characters count as spaces. An empty text
    gives one empty line. A line is wider than ``width`` only when it holds a unit that cannot be cut
    anywhere the rules allow (say, a long run of punctuation).
    """
    lines: list[str] = []
    for paragraph in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        lines.extend(_break_paragraph(_clean(paragraph), width, measure))
    return lines


def is_plain(text: str) -> bool:
    """Whether :func:`break_lines` leaves ``text`` as it is when it fits the width: one line, no control
    characters, no space at either end (most cells: a figure, a date, a name)."""
    return text == text.strip() and not any(unicodedata.category(char) in _CONTROLS for char in text)


def _clean(text: str) -> str:
    return "".join(" " if unicodedata.category(char) in _CONTROLS else char for char in text)


def _break_paragraph(text: str, width: float, measure: Measure) -> list[str]:
    lines: list[str] = []
    current = ""
    space = ""
    for body, trailing in _segments(text):
        candidate = current + space + body
        if current and measure(candidate) <= width:
            current = candidate
        else:
            if current:
                lines.append(current)
            *full, current = _split_long(body, width, measure)
            lines.extend(full)
        space = trailing
    lines.append(current)
    return lines
