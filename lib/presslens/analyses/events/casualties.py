"""Casualty figures stated in a clause, encoded as 'killed N[, including M minors]; injured K'."""
from __future__ import annotations

import re

from presslens.analyses.temporal.rules import NUMBER_WORDS

_NUMBER = r"(?P<num>\d{1,3}(?:,\d{3})*(?![\d,]*\d)|a dozen|dozens of|" + "|".join(sorted((w for w in NUMBER_WORDS if w not in ("several", "a few", "few")), key=len, reverse=True)) + r"|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundreds of)"
_QUAL = r"(?P<qual>at least |more than |over |nearly |about |around |some |up to )?"
_PERSON_NOUN = r"(?:people|persons?|civilians?|children|child|minors?|girls?|boys?|women|woman|men|man|soldiers?|officers?|police(?:men)?|guards?|troops|workers?|labou?rers?|members?|militants?|personnel|security forces|nationals|lives|villagers|fighters|pilgrims|passengers|residents|citizens|engineers|employees|policemen)"
_KILLED = (
    re.compile(r"\b(?:kill(?:ed|ing|s)?|left|leaving|claimed|claiming)\s+" + _QUAL + _NUMBER + r"(?:\s+[\w“”\"'’-]+){0,3}?\s*[“\"]?" + _PERSON_NOUN, re.IGNORECASE),
    re.compile(r"\b" + _QUAL + _NUMBER + r"\s+(?:[\w'’-]+\s+){0,4}?(?:were|was|have been|had been|are|got)\s+(?:reportedly\s+)?(?:killed|shot dead|martyred|gunned down)", re.IGNORECASE),
    re.compile(r"\b(?:death|deaths|martyrdom|loss)\s+of\s+" + _QUAL + _NUMBER, re.IGNORECASE),
    re.compile(r"\b" + _QUAL + _NUMBER + r"\s+(?:[\w'’-]+\s+){0,3}?(?:had\s+|have\s+)?died\b", re.IGNORECASE),
)
_INJURED = (
    re.compile(r"\b(?:injur(?:ed|ing|ies to)|wound(?:ed|ing))\s+" + _QUAL + _NUMBER + r"\b", re.IGNORECASE),
    re.compile(r"\b" + _QUAL + _NUMBER + r"\s+(?:[\w'’-]+\s+){0,3}?(?:were|was|have been)\s+(?:injured|wounded)", re.IGNORECASE),
)
# Per pattern above, the words one of which each of its matches holds (case-insensitive): a clause without them
# is not searched with the pattern, whose number alternatives are tried at every word otherwise.
_CUE_WORDS = {
    _KILLED[0]: r"kill|left|leaving|claimed|claiming",
    _KILLED[1]: r"killed|shot dead|martyred|gunned down",
    _KILLED[2]: r"death|martyrdom|loss",
    _KILLED[3]: r"died",
    _INJURED[0]: r"injur|wound",
    _INJURED[1]: r"injured|wounded",
}
_CUES = {pattern: re.compile(words, re.IGNORECASE) for pattern, words in _CUE_WORDS.items()}
# more victims listed after the first figure: "killing three women and four children" (not "and three people injured")
_MORE_VICTIMS = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)" + _NUMBER + r"\s+(?:[\w'’-]+\s+){0,2}?" + _PERSON_NOUN + r"\b(?!\s+(?:(?:were|was|are)\s+)?(?:injured|wounded|hurt))", re.IGNORECASE)
_INCLUDING = re.compile(r"^[^.;]{0,40}?\bincluding\s+" + _NUMBER + r"\s+(?P<who>children|minors|women|girls|boys|soldiers|civilians)", re.IGNORECASE)

_NUMBER_VALUES = {**NUMBER_WORDS, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
                  "forty": 40, "fifty": 50, "a dozen": 12}

def _number(token: str) -> int | None:
    """Integer value of a casualty number token ('nine', '12', 'a dozen'); None for vague ones."""
    token = token.lower().strip()
    if token[0].isdigit():
        return int(token.replace(",", ""))
    return _NUMBER_VALUES.get(token)


def _more_victims(text: str, position: int) -> int:
    """The victims listed right after a figure that ends at `position` ("..., two men and four children"), summed."""
    total = 0
    while (m := _MORE_VICTIMS.match(text, position)) and (value := _number(m.group("num"))) is not None:
        total, position = total + value, m.end()
    return total


def casualties(text: str) -> str:
    """Casualty figures stated in a clause, encoded as 'killed N[, including M minors]; injured K'."""
    parts = []
    for label, patterns in (("killed", _KILLED), ("injured", _INJURED)):
        for pattern in patterns:
            m = pattern.search(text) if _CUES[pattern].search(text) else None
            value = _number(m.group("num")) if m else None
            if m is None or value is None:
                continue
            if pattern is _KILLED[0]:
                value += _more_victims(text, m.end())
            qual = (m.group("qual") or "").strip()
            figure = f"{label} {qual + ' ' if qual else ''}{value}"
            inc = _INCLUDING.match(text[m.end():]) if label == "killed" else None
            inc_value = _number(inc.group("num")) if inc else None
            if inc and inc_value is not None:
                figure += f", including {inc_value} {inc.group('who').lower()}"
            parts.append(figure)
            break
    return "; ".join(parts)
