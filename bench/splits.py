"""The fixed dev / held-out rule of the labelled sets (call labels, content answers).

Decided and committed before any new item was written and before any rule or model was
changed (issue 12). An item's split depends on its id only:

- items that existed before issue 12 (call c01-c60, answers a01-a44) keep the split they were
  committed with: their dev part was used to write the rules, so it cannot become held-out;
- every later item is held out when sha256("voiceprep-split:" + id) read as a number is
  divisible by 3 (about one third), and is dev otherwise.

Nothing may be tuned on held-out items: rules and the learned model see the dev part only.
"""

from __future__ import annotations

import hashlib

SALT = "voiceprep-split:"
HOLDOUT_EVERY = 3


def hashed_split(item_id: str) -> str:
    """dev or holdout for a new item, from its id alone."""
    digest = hashlib.sha256((SALT + item_id).encode("utf-8")).hexdigest()
    return "holdout" if int(digest[:12], 16) % HOLDOUT_EVERY == 0 else "dev"


def split_of(item_id: str, legacy_split: str | None = None) -> str:
    """The split of an item: its committed legacy split if it has one, else the hash rule."""
    if legacy_split is not None:
        if legacy_split not in ("dev", "holdout"):
            raise ValueError(f"unknown split {legacy_split!r} for {item_id}")
        return legacy_split
    return hashed_split(item_id)
