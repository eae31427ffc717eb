"""Regenerates audio_samples/turnset/: the turn-taking set (47 answers, 5 voices, 34 thinking pauses).

Every answer is a whole interview answer for a question kind (past example, plan, opinion), in
one of five voices made from the bundled piper voice (speaking rate from fast to slow, pitch and
vocal-tract length shifted up and down). Thinking pauses of 1.0-3.5 s sit after unfinished
clauses, after fillers, after complete sentences in stories and opinions, and before the result
of a story; every answer ends finished, followed by silence. The split into dev and held-out is
fixed by a hash of the name, decided before any turn-taking rule was tuned on this set; tune on
dev only. Built like audio_samples/ (scripts/make_samples.py), so the truth is exact.
Usage: .venv/bin/python scripts/make_turn_set.py
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from make_samples import build  # noqa: E402

from voiceprep.audio.io import SAMPLE_RATE, write_flac  # noqa: E402
from voiceprep.audio.phone import pitch_shift  # noqa: E402
from voiceprep.speech.tts import Voice  # noqa: E402

OUT = ROOT / "audio_samples" / "turnset"
TAIL_S = 5.0  # silence after the answer: the interviewer should reply within it
# name -> (length_scale, pitch factor): rate from fast to slow, pitch/formants up and down
VOICES = {
    "joe": (1.0, 1.0),
    "fast": (0.78, 1.0),
    "slow": (1.3, 1.0),
    "high": (1.05, 1.2),
    "low": (1.0, 0.86),
}

# (name, question kind, script). Pause kinds are given after each [pN]:
#   clause = after an unfinished clause, filler = after a filled pause,
#   story = after a complete sentence in a story, before_result = complete sentence, result still to come,
#   opinion = after a complete sentence in an opinion or plan.
ANSWERS = [
    ("a01", "past", "A customer called because her refund had not arrived after two weeks. [p1.2:story] I checked the payment log and saw it had bounced. I sent it again to the right card and she had the money the next morning."),
    ("a02", "past", "Last winter our phone lines went down for a whole afternoon. [p2.0:story] I set up a callback list on paper so nobody lost their place. By the evening we had called back every one of the sixty customers."),
    ("a03", "past", "I once had a caller who was shouting before I could say my name. [p1.5:story] I let him finish and then I repeated his problem back to him. [p2.2:before_result] He calmed down and we sorted his bill in ten minutes."),
    ("a04", "past", "In my last job I noticed that the same question came up in half of our chats. [p2.8:before_result] I wrote a short help article and we linked it in the first reply. Chat volume on that topic dropped by a third."),
    ("a05", "past", "My manager asked me to train two new starters in my second month. I was nervous about it because [p2.0:clause] I had never taught anyone before. I paired with each of them for a week and both passed their reviews."),
    ("a06", "past", "A client was about to cancel because of a billing mistake and [p2.5:clause] my team lead was away. I owned the problem and refunded the extra charge myself. She stayed with us and later upgraded her plan."),
    ("a07", "past", "The hardest call I took was from a man whose mother had passed away. [p3.0:story] He needed her account closed and he was very upset. I slowed right down and handled every step for him so he only had to call once."),
    ("a08", "past", "We had a week where the warehouse sent out the wrong sizes. [um] [p1.8:filler] I grouped the complaints and flagged the pattern to the stock team. They found the mislabelled shelf within a day."),
    ("a09", "past", "I disagreed with a colleague about how to handle a repeat complaint. [p1.6:story] We sat down after the shift and listened to the recording together. We agreed on a new script and the complaints stopped."),
    ("a10", "past", "A delivery driver left a parcel at the wrong house. [p2.4:before_result] I called the neighbour myself and arranged a pickup that evening. The customer wrote in to thank the team."),
    ("a11", "past", "I made a mistake once and gave a customer the wrong opening hours. [p1.9:story] As soon as I noticed I called her back and apologised. [p1.4:before_result] She had not set off yet so no harm was done. Since then I check the store page before I answer."),
    ("a12", "past", "During the holiday rush our wait times went over twenty minutes. The team was tired and [p2.2:clause] morale was low. I suggested shorter breaks more often and we brought the wait under ten minutes."),
    ("a13", "past", "A small business owner could not log in the day before payroll. [uh] [p2.6:filler] I stayed on the line while our technical team reset her account. She ran payroll on time that night."),
    ("a14", "past", "I had a customer who only spoke a little English. [p3.3:story] I used short sentences and confirmed each detail in writing. We fixed his delivery address and he got his order the same week."),
    ("a15", "past", "Our team missed its satisfaction target two months in a row. [p1.3:story] I read through every low score and found most were about slow transfers. We changed who took those calls and our score went back above target."),
    ("a16", "past", "A regular customer complained that her discount had disappeared. [p2.0:before_result] I found it had expired by mistake during a system update. I restored it and added a month free for the trouble."),
    ("a17", "plan", "First I would listen to the whole complaint without interrupting. [p1.7:opinion] Then I would tell the customer exactly what I can do today. I would finish by confirming the next step and when they will hear from us."),
    ("a18", "plan", "I would start by checking the account history so I do not ask questions the customer already answered. [p2.3:opinion] After that I would offer the options that fit their situation."),
    ("a19", "plan", "If a customer asked for something against policy I would explain why and [p1.8:clause] look for the closest thing I can offer. Most people accept an honest answer with a real alternative."),
    ("a20", "plan", "My first week would be about learning the products properly. [p2.9:opinion] I would sit with the best agents and listen to how they handle the hard calls. By the end of the month I would want to close most calls without a transfer."),
    ("a21", "plan", "I think I would [um] [p1.5:filler] ask a colleague who knows the system better before I promised anything. It is better to get it right than to call back twice."),
    ("a22", "plan", "With an angry caller I would lower my voice and slow down. [p3.4:opinion] People match the tone you set. Once they are calm I would move straight to what I can fix."),
    ("a23", "plan", "If two urgent tickets came in at once I would look at which one has a deadline. [p1.1:opinion] I would tell the other customer honestly when I will get to them."),
    ("a24", "plan", "To improve first call resolution I would track why calls come back. [p2.1:opinion] Usually a handful of reasons cover most repeats. Fixing those would do more than any script change."),
    ("a25", "opinion", "Good service to me means the customer does not have to chase us. [p1.6:opinion] If we say we will call back then we call back."),
    ("a26", "opinion", "I want this job because I enjoy solving problems for people. [p2.7:opinion] In my current role the best part of my day is a customer who leaves happier than they called."),
    ("a27", "opinion", "My biggest strength is staying calm under pressure. [p1.9:opinion] When the queue is long I still take each call one at a time."),
    ("a28", "opinion", "I think the hardest part of customer service is [p2.4:clause] saying no in a way that still feels helpful. You have to give people something they can act on."),
    ("a29", "opinion", "A weakness of mine is that I sometimes take on too much. [p3.1:opinion] I have learned to tell my lead early when my list is getting long."),
    ("a30", "opinion", "Teamwork matters more in a contact centre than people think. [uh] [p2.0:filler] Everyone sees different customers and we learn the most from each other."),
    ("a31", "opinion", "I measure my own work by how many calls I close without a transfer. [p1.4:opinion] It tells me if I really understood the problem."),
    ("a32", "opinion", "I stay motivated by setting myself small goals for each shift. [p2.6:opinion] On a slow day that might be one new thing learned about a product."),
    # finished answers with no thinking pause: the reply should come quickly, except after a
    # one-line answer, which a patient interviewer lets breathe (see voiceprep/audio/turns.py)
    ("f01", "past", "A customer was charged twice for one order. She was worried because the money was for her rent. I refunded the duplicate charge while she was still on the phone. I emailed her the confirmation and she thanked me before we hung up."),
    ("f02", "past", "When our chat tool crashed during a busy evening I moved my open chats to email. I told each customer when to expect my reply and kept a list so nobody was missed. Everyone had an answer within the hour and nobody complained."),
    ("f03", "past", "I once had a caller who was angry about a missed delivery. I let him explain everything first without interrupting. Then I found the parcel had the wrong house number and I fixed it. It arrived the next morning and he called back to say thank you."),
    ("f04", "past", "In my last job my average handling time was above the team target. I spent two lunch breaks learning the billing screens properly. Within a month I had cut my handling time by two minutes and I shared my notes with the team."),
    ("f05", "plan", "I would apologise first and find out exactly what went wrong. Then I would tell the customer what I will do and by when. Before ending the call I would confirm they are happy with that plan."),
    ("f06", "plan", "I would check the order history before anything else. Then I would offer a replacement or a refund, whichever the customer prefers, and confirm it by email."),
    ("f07", "plan", "If a customer asked for something I am not allowed to approve I would explain that honestly. I would ask my team lead straight away and stay on the line while I do."),
    ("f08", "opinion", "I enjoy helping people and I like work where every day is a little different."),
    ("f09", "opinion", "My greatest strength is patience. I stay friendly even when a caller is rude."),
    ("f10", "opinion", "Yes, I am happy to work weekends and evenings."),
    ("f11", "opinion", "I see myself leading a small team here in a few years."),
    ("f12", "past", "We had a customer who waited three weeks for a new fridge. I arranged a delivery slot for the next morning and waived the delivery fee. She gave us a five star review that week."),
    ("f13", "opinion", "I think good service is about making things easy for the customer. That means clear answers, no jargon and following up when you say you will."),
    ("f14", "past", "A colleague was struggling with the new system so I offered to sit with her for an hour. We went through the screens she found confusing. By the end of the week she was one of the fastest on the team."),
    ("f15", "plan", "On a day with a long queue I would keep each call focused and write short notes as I go. That way I can close calls quickly without missing anything."),
]


def split(name: str) -> str:
    """Fixed before tuning: a third of the answers (by hash of the name) are held out."""
    return "held_out" if int(hashlib.sha256(name.encode()).hexdigest(), 16) % 3 == 0 else "dev"


def parse_kinds(script: str) -> tuple[str, list[str]]:
    """Strip the ':kind' suffix of each pause marker; return the plain script and the kinds in order."""
    import re

    kinds = re.findall(r"\[p[\d.]+:(\w+)\]", script)
    return re.sub(r"\[p([\d.]+):\w+\]", r"[p\1]", script), kinds


def main() -> int:
    voice = Voice()
    OUT.mkdir(parents=True, exist_ok=True)
    names = list(VOICES)
    truth = []
    for n, (name, kind, script) in enumerate(ANSWERS):
        voice_name = names[n % len(names)]
        ls, factor = VOICES[voice_name]
        plain, pause_kinds = parse_kinds(script)
        audio, t = build(voice, {"name": name, "length_scale": ls * factor, "question": "", "script": plain})
        if factor != 1.0:  # synthesized `factor` slower, then resampled: same rate, other pitch
            audio = pitch_shift(audio, SAMPLE_RATE, factor)
        scale = 1.0 / factor
        speech_end = t["speech_end"] * scale
        audio = np.concatenate([audio[: int(speech_end * SAMPLE_RATE)], np.zeros(int(TAIL_S * SAMPLE_RATE), dtype=np.float32)])
        write_flac(OUT / f"{name}.flac", audio)
        mids = [p for p in t["pauses"] if p["duration_s"] >= 1.0]
        assert len(mids) == len(pause_kinds), (name, mids, pause_kinds)
        truth.append({
            "file": f"{name}.flac", "question_kind": kind, "voice": voice_name, "split": split(name),
            "speech_start": round(t["speech_start"] * scale, 3), "speech_end": round(speech_end, 3),
            "mid_pauses": [{"start": round(p["start"] * scale, 3), "end": round(p["end"] * scale, 3),
                            "duration_s": round(p["duration_s"] * scale, 3), "after": k} for p, k in zip(mids, pause_kinds)],
        })
        print(name, voice_name, truth[-1]["split"], round(speech_end, 2), [p["duration_s"] for p in truth[-1]["mid_pauses"]])
    (OUT / "turnset.json").write_text(json.dumps({
        "about": "Turn-taking set: speech_end is where the answer really ends (then silence); every mid_pause is a "
                 "thinking pause during which the candidate keeps the turn, with what it follows ('after'). "
                 "split: dev (tune here) or held_out (report only).",
        "voices": {k: {"length_scale": v[0], "pitch_factor": v[1]} for k, v in VOICES.items()},
        "samples": truth,
    }, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
