"""Text as the index stores it and terms as a search matches them.

Stored text is folded (NFKC, casefold) and cut into tokens joined by single spaces,
with a space at each end: runs of letters and digits of spaced scripts (Latin, …),
runs of unspaced-script characters (Japanese, Khmer, …) and single punctuation marks.
A term of a spaced script then matches as a whole word (" mou " is not in
" mountains "), and a term with Japanese or Khmer in it as a substring, the same on
SQLite and PostgreSQL with a plain LIKE.
"""

import re
import unicodedata

# Invisible break opportunities: Khmer writers put zero-width spaces between words,
# searchers do not type them, so they must not split a word in the index.
INVISIBLE_BREAKS = dict.fromkeys(map(ord, "\u200b\u00ad"))

# Scripts written without spaces between words: kana, ideographs (with 々 〆 〇 and
# the prolonged sound mark), Thai, Lao, Myanmar and Khmer, with their combining signs.
UNSPACED = (
    "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff\u3005-\u3007"
    "\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    "\U00020000-\U0003ffff"
)
UNSPACED_CHARACTER = re.compile(f"[{UNSPACED}]")
TOKEN = re.compile(
    rf"[{UNSPACED}]+"
    # Letters and digits (with Latin combining accents) outside the unspaced scripts.
    rf"|(?:(?![{UNSPACED}])[^\W_]|[\u0300-\u036f])+"
    r"|\S"
)


def normalise(text):
    """Fold ``text`` so that equivalent spellings match.

    NFKC makes full-width Ｌａｏｓ and half-width ｶﾀｶﾅ their usual forms and casefold
    ignores case in any script.
    """
    return unicodedata.normalize("NFKC", text).translate(INVISIBLE_BREAKS).casefold()


def tokens(text):
    """``text`` folded and cut into tokens joined by single spaces."""
    return " ".join(TOKEN.findall(normalise(text)))


def stored_text(text):
    """``text`` as the index stores it: tokens with a space at each end."""
    return f" {tokens(text)} "


def term_pattern(term):
    """What a stored text must contain for ``term`` to match it, or "" for nothing.

    A term with Japanese or Khmer in it is found inside words; any other term only as
    whole words ("art" is not in "party").
    """
    folded = tokens(term)
    if not folded:
        return ""
    if UNSPACED_CHARACTER.search(folded):
        return folded
    return f" {folded} "


def unspaced_bigrams(text):
    """The distinct pairs of neighbouring characters inside the Japanese and Khmer
    runs of ``text`` (stored text or a pattern), in order of first appearance.

    A pattern's pairs are all in any text it occurs in, and every term of two
    characters or more has one, so PostgreSQL can find the candidates through an
    index of the stored pairs (as Elasticsearch's CJK analyser does) where a trigram
    index needs three characters; the LIKE then checks each candidate.
    """
    # Tokens are whole runs of one kind (see TOKEN): an unspaced run has no Latin.
    return list(
        dict.fromkeys(
            token[i : i + 2]
            for token in text.split()
            if UNSPACED_CHARACTER.match(token)
            for i in range(len(token) - 1)
        )
    )
