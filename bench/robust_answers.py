"""Scripted answers for the robustness bench (bench_robust.py), with a fixed dev / held-out split.

Markup as in scripts/make_samples.py: `[p1.2]` a silent pause of 1.2 s, `[um]`/`[uh]`/`[er]`/`[ah]`
a filled pause, `{you know}` a filler word used as filler; every truth time holds by
construction. These answers were written for this bench and are not in audio_samples/.

Split rule (fixed before any rule was tuned on them): an answer is held out when the first byte
of sha1(name) is odd. Held-out answers are never looked at while changing the analysis.
"""

from __future__ import annotations

import hashlib

ANSWERS: list[dict] = [
    {
        "name": "r01_refund_story",
        "question": "Tell me about a time you fixed a billing mistake.",
        "script": "Last year a customer was charged twice for the same order. [p0.9] "
        "[um] I checked the payment log and saw that the second charge came from a timeout. "
        "I refunded it straight away and sent her the reference number. [uh] [p0.6] "
        "Then I reported the timeout to the payments team so it would not happen again.",
    },
    {
        "name": "r02_nervous_start",
        "question": "Why should we hire you?",
        "script": "[uh] [p0.7] Well I have three years on a busy help desk. [um] "
        "I stay calm when the queue is long. [p1.2] [er] "
        "And I write clear notes so the next agent knows exactly what happened. "
        "{You know} customers hate repeating themselves.",
    },
    {
        "name": "r03_fast_process",
        "question": "Walk me through how you handle a password reset call.",
        "script": "First I confirm the caller with two security questions. "
        "Then I send a reset link to the email on the account and stay on the line until it arrives. "
        "[um] If the email is out of date I raise a ticket for the identity team. [p0.8] "
        "Most resets take under four minutes.",
    },
    {
        "name": "r04_long_think",
        "question": "Tell me about a decision you regret.",
        "script": "I once closed a complaint too early. [p1.6] "
        "[uh] [p0.5] The customer had to call back twice before it was fixed. [p1.1] "
        "Now I only close a case when the customer confirms the problem is gone. [um] "
        "It takes a little longer but the callbacks dropped.",
    },
    {
        "name": "r05_team_lead",
        "question": "How would you support a new team member?",
        "script": "I would sit with them for their first few calls and listen in. [er] "
        "After each call we would talk about one thing that went well. [p1.0] "
        "{I mean} confidence matters more than speed in the first month. [uh] "
        "Later I would share my notes on the trickier products.",
    },
    {
        "name": "r06_numbers",
        "question": "What results are you proud of?",
        "script": "My satisfaction score was ninety four percent last quarter. [um] [p0.6] "
        "I also cut my average handle time from eight minutes to six. [p0.9] "
        "[uh] The biggest change was using a checklist for the first two minutes of every call.",
    },
]

# What colleagues in a shared office say behind the candidate (a different pitch, other words).
BACKGROUND_LINES: list[str] = [
    "Thanks for holding, I can see your parcel left the depot this morning.",
    "Could you spell the postcode for me please?",
    "No problem at all, I will put a note on the account.",
    "The engineer can come on Thursday between eight and twelve.",
    "Is there anything else I can help you with today?",
    "I am just transferring you to the loyalty team now.",
]


def held_out(name: str) -> bool:
    return hashlib.sha1(name.encode()).digest()[0] % 2 == 1


def split(name: str) -> str:
    return "held_out" if held_out(name) else "dev"
