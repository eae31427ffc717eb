"""Written numbers as the words a speaker said: Whisper writes "ninety four percent" as "94%",
which would count one word where three were spoken and pull the pace down (pure functions)."""

from __future__ import annotations

import re

_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
         "sixteen seventeen eighteen nineteen").split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_SCALES = ((1_000_000_000, "billion"), (1_000_000, "million"), (1000, "thousand"), (100, "hundred"))
_CURRENCY = {"$": "dollars", "£": "pounds", "€": "euros"}
_TOKEN = re.compile(r"^(?P<cur>[$£€])?(?P<num>\d[\d,]*(?:\.\d+)?|\d{1,2}:\d{2})(?P<suffix>%|st|nd|rd|th|s|k)?$")


def integer_words(n: int) -> list[str]:
    """English words of a whole number ("twenty", "one hundred and five" without the "and")."""
    if n < 20:
        return [_ONES[n]]
    if n < 100:
        return [_TENS[n // 10]] + ([_ONES[n % 10]] if n % 10 else [])
    for value, name in _SCALES:
        if n >= value:
            return integer_words(n // value) + [name] + (integer_words(n % value) if n % value else [])
    return [str(n)]


def spoken_words(token: str) -> list[str]:
    """The words a written token stands for: "94%" -> ninety four percent; "2019" -> twenty
    nineteen; "$5,000" -> five thousand dollars; "3.5" -> three point five; "9:30" -> nine
    thirty. Anything that is not a number comes back as itself."""
    core = token.strip(".,!?;:\"'()")
    m = _TOKEN.match(core)
    if not m:
        return [token]
    num, suffix = m["num"], m["suffix"] or ""
    if ":" in num:
        h, mins = num.split(":")
        words = integer_words(int(h)) + ([] if mins == "00" else integer_words(int(mins)) if int(mins) >= 10 else ["oh"] + integer_words(int(mins)))
    elif "." in num:
        whole, frac = num.replace(",", "").split(".")
        words = integer_words(int(whole)) + ["point"] + [_ONES[int(d)] for d in frac]
    else:
        n = int(num.replace(",", ""))
        if "," not in num and 1100 <= n <= 2099 and not 2000 <= n <= 2009 and n % 100 and not m["cur"] and suffix in ("", "s"):
            words = integer_words(n // 100) + integer_words(n % 100)  # a year: "nineteen ninety"
        else:
            words = integer_words(n)
    if suffix == "%":
        words.append("percent")
    elif suffix == "k":
        words.append("thousand")
    if m["cur"]:
        words.append(_CURRENCY[m["cur"]])
    return words


def spoken_count(token: str) -> int:
    return len(spoken_words(token))
