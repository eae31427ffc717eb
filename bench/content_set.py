"""Writes bench/content_set.json: hand-labelled interview answers for the content coach.

Kept as Python so each item reads as question, answer, labels. Items marked holdout were
written with the rest but only scored after the rules were frozen. Run to regenerate the JSON.
"""

import json
from pathlib import Path

B = "Tell me about a time you dealt with an angry customer."
C = "Describe a situation where you went above and beyond for a customer."
D = "Give me an example of a mistake you made at work."
E = "Tell me about a time you worked with a difficult colleague."
F = "Tell me about a time you handled a high volume of contacts."
G = "Why do you want to work in customer service?"
H = "What does good customer service mean to you?"
I = "How would you handle a customer who wants a refund outside policy?"
J = "Tell me about a time you improved a process."
K = "Why did you leave your last job?"

ITEMS = [
    # id, question, text, star parts present, flags, strengths, split
    ("a01", B, "Last winter a customer called because his heating repair had been cancelled twice. My task was to get an engineer to him that week. I apologised, listened to the whole story and checked the schedule myself. I found a cancelled slot for Thursday and booked it while he was on the line. He had heat by Thursday evening and he wrote a thank you email to my manager. I learned that owning the booking myself is faster than passing it on.", "STARI", [], ["empathy", "ownership"], "dev"),
    ("a02", B, "I would stay calm and listen to them. Then I would apologise and try to find a solution. I would make sure they feel heard.", "", ["hypothetical", "vague"], ["empathy"], "dev"),
    ("a03", B, "Honestly it was not my fault. My manager never trained us on the new system and the other team kept sending the wrong orders, so customers were always angry with us.", "S", ["blame", "negativity", "vague"], [], "dev"),
    ("a04", C, "A regular customer at the pharmacy was travelling abroad and had forgotten her prescription. I was responsible for the counter that afternoon. I called her doctor, arranged an emergency supply and drove it to the station before her train left at six. She made the train with her medicine and still sends the team a card every Christmas.", "STAR", [], ["ownership", "numbers"], "dev"),
    ("a05", D, "I once entered the wrong delivery address for a customer. My job was to fix it before the parcel left the warehouse. I called the warehouse, stopped the parcel and corrected the label. It arrived one day late instead of going to the wrong city. Since then I always read the address back to the customer.", "STARI", [], ["ownership", "confirming"], "dev"),
    ("a06", F, "During the Black Friday sale our chat queue went from 40 to 300 waiting contacts. My goal was to keep the wait under ten minutes. I sorted the queue by urgency, used saved replies for tracking questions and escalated payment failures to the billing team. We kept the average wait at eight minutes and our CSAT stayed at 91 percent that week.", "STAR", [], ["numbers", "kpi"], "dev"),
    ("a07", G, "I am a people person and I love helping people. I think I would be great at it because I am very patient and I always go the extra mile.", "", ["vague", "no_evidence"], [], "dev"),
    ("a08", H, "Good service means solving the problem on the first contact where possible, so the customer does not have to call back. In my last role our first contact resolution target was 75 percent and I averaged 82 percent by checking the account history before answering.", "AR", [], ["numbers", "kpi"], "dev"),
    ("a09", E, "A colleague kept leaving tickets half finished at the end of shifts. I asked her for a coffee and we talked about what was getting in the way. It turned out she had no time to write notes, so we agreed a short handover template. The unfinished tickets dropped from about ten a day to two.", "SAR", [], ["numbers"], "dev"),
    ("a10", K, "The company was a mess. Management did not care about anyone, the pay was terrible and honestly the whole place was toxic. I could not wait to get out.", "", ["negativity", "vague"], [], "dev"),
    ("a11", B, "A woman called in tears because her card had been charged twice for the same order. I said I understand how worrying that is and I am sorry this happened. I repeated the two amounts back to make sure I had it right, then refunded the duplicate while she waited. She thanked me and the refund showed the next morning.", "SAR", [], ["empathy", "confirming", "ownership"], "dev"),
    ("a12", J, "Our returns process needed three different forms. I noticed most agents copied the same details each time, so I built a single form in our CRM and tested it with two colleagues. After a month average handle time on returns fell from nine minutes to six. I learned that small tools can save a lot of time.", "SARI", [], ["numbers", "kpi", "ownership"], "dev"),
    ("a13", D, "I do not really make mistakes. I am very careful and detail oriented and I always double check everything.", "", ["no_evidence", "vague", "hypothetical"], [], "dev"),
    ("a14", B, "So basically there was this guy, and he was like really angry, and I just kind of handled it, you know, and it was fine in the end I guess.", "S", ["vague"], [], "dev"),
    ("a15", I, "First I would acknowledge how frustrating it is to be told no. Then I would check whether anything in the order history gives me room, such as a late delivery. If the policy still applies, I would offer what I can, for example store credit or an exchange, and explain the next step clearly.", "A", [], ["empathy"], "dev"),
    ("a16", F, "When I worked on the helpline during the flood warnings we had about 500 calls in a morning. I kept every call under four minutes by using a checklist and sending details by text instead of reading them out. We answered every call that morning without anyone waiting over five minutes.", "SAR", [], ["numbers"], "dev"),
    ("a17", C, "I always go above and beyond. Customers love me and I get great feedback all the time. My managers said I was the best on the team.", "", ["vague", "no_evidence", "hypothetical"], [], "dev"),
    ("a18", E, "My colleague was rude and lazy, so I reported him to the manager. It was his fault the team missed the targets and everybody knew it.", "S", ["blame", "negativity"], [], "dev"),
    ("a19", B, "Last year a customer shouted at me because his internet had been down for a week. I let him finish, told him I would feel the same in his position, and booked a technician for the next day. His service came back the next afternoon and he renewed his contract. What I took from it is that people calm down once they know exactly what happens next.", "SARI", [], ["empathy", "ownership"], "dev"),
    ("a20", H, "It means being friendly and helpful and making sure customers are happy with the service they get.", "", ["vague"], [], "dev"),
    ("a21", J, "The team kept missing callback times. I set up a shared calendar so every callback had an owner and a reminder. Missed callbacks went down by about half within a month, and our NPS went up from 31 to 40.", "SAR", [], ["numbers", "kpi", "ownership"], "dev"),
    ("a22", D, "I promised a customer a refund before I checked the policy. The order was outside the window, so I went to my supervisor, explained my mistake and asked for an exception. We gave store credit instead and the customer accepted it. Now I check the policy before I promise anything.", "SARI", [], ["ownership"], "dev"),
    ("a23", G, "I have worked in retail for three years and I enjoy the moment a frustrated person leaves smiling. Last month I helped an elderly customer set up online banking over two visits, and she came back to tell me she had paid her bills on her own.", "SAR", [], ["numbers"], "dev"),
    ("a24", B, "The customer was completely wrong and kept yelling. The system had failed again, so there was nothing I could do. Eventually he hung up.", "SR", ["blame"], [], "dev"),
    ("a25", F, "On my first week at the contact centre the phones crashed and we had a backlog of 200 emails. I was asked to clear the billing ones. I grouped them by problem, wrote three template replies and personalised the first line of each. I cleared 120 emails in one shift and none were reopened.", "STAR", [], ["numbers"], "dev"),
    ("a26", I, "Policy is policy. I would tell them the rules are the rules and there is nothing I can do about it.", "", ["vague"], [], "dev"),
    ("a27", E, "In my last job I shared a queue with someone who answered very differently from me. I suggested we listen to each other's calls for a day. I learned a lot about her calm tone and she picked up my shortcuts in the CRM. Our combined CSAT went from 84 to 90 percent.", "SAIR", [], ["numbers", "kpi"], "dev"),
    ("a43", B, "So this was at my second job, not the first one, the second one, which was at a phone shop in the town centre, and it was a Saturday I think, or maybe a Sunday, and a customer came in about his phone contract. Now the contract thing is complicated because there are different tariffs and different upgrade dates and some people are on the old tariffs and some on the new ones, and the shop had just changed the system as well, so everything was taking longer than it should. Anyway he wanted to upgrade early and the system said he could not, and he was not happy, and I explained the tariffs, and then I explained them again, and he asked about the other tariffs, and I explained those too. Then my colleague came over and she also explained the tariffs, and we looked at the screen together for a while, and there was also another customer waiting, so I was trying to keep an eye on that as well. The thing about phone contracts is that people do not read them, which is understandable because they are long, and I have always thought the shop should give a one page summary, which I mentioned to my manager a few times, and she agreed it would be good, but nothing happened with that in the end. Anyway after a long time he decided to wait for his upgrade date, which was about two months away, and he left, and I think he was fine in the end, although he did not say much, and then I served the next customer who had been waiting, and that customer wanted a screen protector, which was easy. So yes, that was the situation with the contract and the tariffs and the upgrade, and I think it shows I can stay patient when things take a long time and when the system is slow and when there are lots of tariffs to explain to people.", "SAR", ["rambling", "vague"], ["numbers"], "dev"),
    ("a44", H, "I think customer service is about the customer. The customer is the most important thing, so the customer should always come first. When the customer comes first the customer is happy, and a happy customer comes back. So for me the customer comes first, always, because the customer is what the business is about. If the customer is not happy then the business is not happy, and that is why the customer comes first. I always put the customer first in everything I do, because the customer comes first and that is what good service means to me, putting the customer first every time.", "", ["rambling", "vague"], [], "dev"),
    ("a28", C, "A small business owner could not access her invoices the night before her tax deadline. It was my responsibility to escalate account locks, but the escalation team had gone home. I verified her identity with the backup process, unlocked the account and stayed on the phone while she downloaded everything. She filed on time and later moved two more accounts to us.", "STAR", [], ["ownership", "numbers"], "holdout"),
    ("a29", B, "I would probably just stay calm, maybe apologise, and I guess try to help them as much as I can.", "", ["hypothetical", "vague"], [], "holdout"),
    ("a30", D, "Once I closed a ticket before the customer confirmed the fix worked. He had to call back the next day, which hurt our first contact resolution. I apologised, fixed it properly and set myself a rule to confirm with the customer before closing. My reopened tickets dropped to almost none after that.", "SARI", [], ["ownership", "kpi", "confirming"], "holdout"),
    ("a31", K, "I left because the company moved the support team overseas. I enjoyed the work and my team, and I want to keep growing in a contact centre where I can move into a team lead role.", "S", [], [], "holdout"),
    ("a32", F, "During the energy price change we had double the usual calls for two weeks. My task was to keep my handle time steady without rushing people. I prepared answers to the five most common questions and sent written summaries by email. My average handle time stayed at seven minutes and my satisfaction scores did not drop.", "STAR", [], ["numbers", "kpi"], "holdout"),
    ("a33", E, "There was a colleague who nobody liked. Everybody complained about him. I just kept my head down and did my job.", "S", ["vague"], [], "holdout"),
    ("a34", B, "A customer called furious that his order had gone to his old address. I said that sounds really frustrating and let me make sure I have the details right. I read back the new address, reshipped the order with express delivery at no cost and emailed him the tracking number. The parcel arrived the next day and he left a five star review.", "SAR", [], ["empathy", "confirming", "ownership", "numbers"], "holdout"),
    ("a35", G, "Customer service is something I am passionate about. I am a great communicator and a fast learner and I know I would be an asset to your company.", "", ["vague", "no_evidence"], [], "holdout"),
    ("a36", J, "I noticed we were transferring a lot of calls about delivery dates to the logistics team. I asked them for read access to the delivery system and wrote a short guide for the team. Transfers fell by a quarter over the next month. It taught me to ask why a problem keeps coming back instead of just solving it each time.", "SARI", [], ["numbers"], "holdout"),
    ("a37", I, "I would tell them I understand why they are disappointed and explain the policy in plain words. I would look for what I can offer instead, like an exchange, and I would confirm what they would prefer before ending the call.", "A", [], ["empathy", "confirming"], "holdout"),
    ("a38", D, "My previous boss was terrible at planning, which is why the mistakes happened. Every week something went wrong because of him.", "", ["blame", "negativity", "vague"], [], "holdout"),
    ("a39", C, "I would always go the extra mile for a customer if they needed it. I think that is what good service is.", "", ["hypothetical", "vague"], [], "holdout"),
    ("a40", F, "On results day at the college helpline we had a queue of 80 students. I was in charge of the chat channel. I pinned answers to the top questions, asked a colleague to take the phone overflow and kept students updated on wait times. Everyone had an answer within the hour and our satisfaction survey came back at 4.6 out of 5.", "STAR", [], ["numbers"], "holdout"),
    ("a41", B, "There was a customer who was upset about a delay. I explained the situation and it got sorted.", "S", ["vague"], [], "holdout"),
    ("a42", H, "To me it is about making the next step clear. I always tell customers what will happen and when, and I repeat their request back to check I have understood it. In my last job that kept my repeat contacts below five percent.", "AR", [], ["confirming", "numbers"], "holdout"),
]


def main() -> None:
    letters = {"S": "situation", "T": "task", "A": "action", "R": "result", "I": "insight"}
    out = [
        {
            "id": i,
            "question": q,
            "text": t,
            "star": {name: (letter in star) for letter, name in letters.items()},
            "flags": sorted(flags),
            "strengths": sorted(strengths),
            "split": split,
        }
        for i, q, t, star, flags, strengths, split in ITEMS
    ]
    path = Path(__file__).with_name("content_set.json")
    path.write_text(json.dumps(out, indent=1) + "\n")
    print(f"wrote {len(out)} items to {path}")


if __name__ == "__main__":
    main()
