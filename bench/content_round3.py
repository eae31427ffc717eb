"""Round 3 interview answers for the content coach, written by a separate author.

Written from the label definitions in content_set.py's docstring only, without seeing the
content rules, the lexicons or any earlier item, so the wording is new to the coach. Each item is
(question, answer, star, flags, strengths):
- star: the STAR+I letters present at answer level (S situation, T task, A action, R result,
  I insight); "" for none. For plan questions ("how would you...", "what would you do if...")
  the planned steps count as A.
- flags: from ["blame", "vague", "hypothetical", "rambling", "no_evidence", "negativity"].
- strengths: from ["numbers", "kpi", "ownership", "empathy", "confirming"].
About thirty answers are written as spoken transcripts (fillers, restarts, run-on sentences).
"""

# Questions also defined in content_set.py (same wording).
Q_ANGRY = "Tell me about a time you dealt with an angry customer."
Q_ABOVE = "Describe a situation where you went above and beyond for a customer."
Q_MISTAKE = "Give me an example of a mistake you made at work."
Q_COLLEAGUE = "Tell me about a time you worked with a difficult colleague."
Q_VOLUME = "Tell me about a time you handled a high volume of contacts."
Q_WHY_CS = "Why do you want to work in customer service?"
Q_GOOD = "What does good customer service mean to you?"
Q_REFUND = "How would you handle a customer who wants a refund outside policy?"
Q_PROCESS = "Tell me about a time you improved a process."
Q_LEAVE = "Why did you leave your last job?"

# Questions new in round 3.
Q_SAY_NO = "Tell me about a time you had to tell a customer no."
Q_EXPLAIN = "Give me an example of when you explained something complicated to a customer."
Q_ESCALATE = "Describe a situation where you had to escalate a customer's problem."
Q_FEEDBACK = "Tell me about a time you got negative feedback from a customer or a manager."
Q_TEARS = "How would you handle a caller who is upset and crying?"
Q_DONT_KNOW = "What would you do if a customer asked something you didn't know the answer to?"
Q_TARGET = "Give me an example of a time you had to hit a target under pressure."
Q_OWNERSHIP = "What does taking ownership mean to you?"
Q_UNDERSTAND = "Describe a time you made sure you had understood a customer's problem correctly."
Q_PRESSURE = "How do you keep calm when the queue is full and customers are waiting?"

NEW3 = [
    # question, answer, star, flags, strengths

    # --- angry customer -------------------------------------------------------------------------
    (Q_ANGRY, "In March a man rang our broadband line shouting because his connection had dropped on the morning of a job interview he was doing by video. It was my call, so calming things down and getting him back online fell to me. I told him I was sorry it had happened on the one day it really mattered, then read back his address and the router's serial number to be sure I was testing the right line. The test showed a fault at the street cabinet, so I booked an engineer for the next morning and added a free 20 gigabyte mobile data boost so he could work in the meantime. He rang back two days later just to say thanks. What I took from it is that people settle faster when they can hear you doing something, not just saying sorry.",
     "STARI", [], ["numbers", "empathy", "confirming"]),
    (Q_ANGRY, "Honestly the angry ones were usually because the warehouse had messed up again. There was a woman whose sofa came with a ripped cushion and she screamed at me for ten minutes, which was not fair because I don't pack the sofas. I told her it was the warehouse's problem and she'd have to wait for them to sort it.",
     "SA", ["blame", "negativity"], ["numbers"]),
    (Q_ANGRY, "I'd probably let them vent first, because there's no point interrupting someone who's cross. Then I'd say sorry, find out what went wrong and try to fix it, and if I couldn't, I'd get my team leader involved.",
     "", ["hypothetical", "vague"], ["empathy"]),
    (Q_ANGRY, "um so yeah there was this one lady at the, at the garden centre, she'd bought a hedge trimmer and it died after like a week and she came back in really angry, like properly angry. and I said look I'm really sorry, that's rubbish, and she said she would never shop with us again, and I, uh, I checked the receipt and it was still inside the thirty day window so I swapped it there and then and gave her a ten pound voucher as well. she came back the week after and bought some pots actually so yeah.",
     "SAR", [], ["numbers", "empathy"]),
    (Q_ANGRY, "I'm not one to point fingers, but the angriest customer I ever had was only angry because our billing team had sent him a final demand by mistake. He was shouting before I'd even said my name. I explained it wasn't anything I'd done and passed him over to billing, because it was their error to fix.",
     "SA", ["blame"], []),
    (Q_ANGRY, "Last year at an energy supplier a customer rang after her direct debit had doubled overnight. She was furious and convinced we were ripping her off. I was on first-line billing that shift, so this was mine to resolve rather than push into the complaints queue. I let her finish, said I could hear how worrying a jump like that is, and went through her last three meter readings with her out loud. One was an estimate that was way off. I put in her real reading, recalculated the payment to £84 a month and stayed on the line while the new figure came through. She gave me five out of five on the post-call survey, and our team's CSAT on billing calls was the highest on the floor that month. Since then I look for estimated readings before I even start explaining a bill.",
     "STARI", [], ["numbers", "kpi", "ownership", "empathy", "confirming"]),
    (Q_ANGRY, "I'm really good with angry customers. I just stay calm and they calm down too. I've never had one I couldn't win round, to be honest. It's a gift I have.",
     "", ["vague", "hypothetical", "no_evidence"], []),
    (Q_ANGRY, "what I normally do is, um, I let them get it all out first, yeah, and then I go okay so what I'm hearing is, and I repeat it back, so they know I've actually listened. and then, you know, I fix it if I can.",
     "", ["hypothetical"], ["confirming"]),
    (Q_ANGRY, "Two weeks before Christmas a customer at the parcel company called because his daughter's present showed as delivered but wasn't there. He said he would close his account if we couldn't find it. I told him I'd take it on myself rather than open a claim. I rang the driver's depot, got the photo taken at the drop and saw it had gone to the house next door. I called him back within the hour and he found it with his neighbour. He kept his account and emailed my manager to say thanks.",
     "STAR", [], ["numbers", "ownership"]),
    (Q_ANGRY, "Retail customers are just rude in general, so you get used to it. At my last shop people would shout at you over a voucher. I never let it get to me.",
     "", ["negativity", "vague", "hypothetical"], []),

    # --- above and beyond ------------------------------------------------------------------------
    (Q_ABOVE, "I worked on reception at a hotel, and a guest told me at check-out that she'd left her late husband's watch in the safe at our Leeds hotel, two hundred miles away, and she was flying home to Canada the next day. Nobody's job description covered that, but I said I'd handle it. I rang the Leeds duty manager, had the safe opened, and arranged a same-day courier to our airport hotel where she was staying that night. The watch reached her at ten that evening. I learned that 'not my department' is usually just the start of the conversation, and I've used the same branch-to-branch courier three times since.",
     "STARI", [], ["numbers", "ownership"]),
    (Q_ABOVE, "I always go above and beyond, it's just who I am. Customers have told me loads of times that I made their day. I'd say I do it every shift, really.",
     "", ["vague", "hypothetical", "no_evidence"], []),
    (Q_ABOVE, "okay so, um, this was at the phone shop, an older gentleman came in, his wife had passed away and all their photos were on her phone which was locked and he didn't know the code. and I just, I said I'm so sorry, that must be so hard, and um, technically we're meant to send them to the manufacturer, but I stayed on after my shift and we went through the account recovery with the email address he had and we got them all back, like four thousand photos. he cried, I nearly cried. yeah.",
     "SAR", [], ["numbers", "ownership", "empathy"]),
    (Q_ABOVE, "I haven't had that exactly, but I would look for a small extra touch, like a handwritten card or ringing them back a few days later to check everything worked. Little things like that are what people remember.",
     "", ["hypothetical"], []),
    (Q_ABOVE, "Our airline partner cancelled a family's flight to Tenerife the night before they were due to fly. It wasn't our doing, but they had booked through me, so I took it on. I spent the afternoon ringing round, found four seats on a flight from Bristol the next morning and got the airline to cover the difference. They flew out eighteen hours later than planned and sent the office a postcard.",
     "STAR", [], ["numbers", "ownership"]),
    (Q_ABOVE, "To be honest, at my last place going above and beyond wasn't appreciated, management only cared about their figures, so I stopped bothering. But I'm the kind of person who always goes the extra mile.",
     "", ["negativity", "vague", "no_evidence"], []),
    (Q_ABOVE, "right so, uh, there was a guy who'd ordered a suit for his wedding and it came in the wrong size, like two days before. I was on the online orders desk so it was my order to fix. so, um, I read his measurements back to him to make sure we had them right this time, chest forty two inches, leg thirty one, and I found the right one in our Glasgow store and drove it to the courier depot myself on my lunch. he got it the day before the wedding. and what I learned is, you know, always read the sizes back before it goes out, which I do now every time.",
     "STARI", [], ["numbers", "ownership", "confirming"]),

    # --- mistake ---------------------------------------------------------------------------------
    (Q_MISTAKE, "In my first few weeks on the helpdesk I reset the wrong customer's password because the account names were almost identical. I realised when the real customer rang back locked out. It was my error, so I told my team leader straight away, rang both customers to apologise, and had both accounts working again within the hour. Nobody's data was exposed. Since then I always ask for the postcode and read the full account name back before changing anything, and the team added that check to the script after I suggested it.",
     "SARI", [], ["ownership", "empathy", "confirming"]),
    (Q_MISTAKE, "Honestly, the mistakes I've made weren't really mine. Once a refund went to the wrong card, but that was the payment system, it picks the default card and nobody told us. I logged a ticket with IT.",
     "SA", ["blame"], []),
    (Q_MISTAKE, "If I made a mistake I'd own up to it straight away and fix it, because hiding it only makes things worse.",
     "", ["hypothetical", "vague"], ["ownership"]),
    (Q_MISTAKE, "I don't want to throw anyone under the bus, but the handover notes I was given that morning were useless, so I ended up promising a customer a callback time the team couldn't meet. She complained. It wasn't ideal.",
     "SAR", ["blame", "negativity"], []),
    (Q_MISTAKE, "so um the big one was, I, I sent out about sixty emails to customers with the wrong, uh, the wrong delivery date in them, it said the fourth instead of the fourteenth. that was me, I'd copied the template wrong. so I flagged it to my manager the same morning and then I sent a correction to all sixty customers with an apology, and I rang the, like, the eight who'd already replied. only one cancelled in the end. and now I get someone to check any bulk email before it goes.",
     "SARI", [], ["numbers", "ownership", "empathy"]),
    (Q_MISTAKE, "I've made mistakes like everyone, small things mostly, but I always learn from them and move on. I think that's the main thing really.",
     "", ["vague", "hypothetical", "no_evidence"], []),
    (Q_MISTAKE, "Early on at a bank's call centre I gave a customer the wrong cut-off time for a same-day transfer, and his payment to a solicitor missed the deadline. He told me he would lose the house if it didn't go through. It was my mistake, so making it right was my job. My team leader and I got the payments team to push it through manually and it cleared at 4.40 that afternoon, in time. I logged it as a learning case and I now keep the cut-off times pinned on my screen. My CSAT the following month was 96 percent, up from 88.",
     "STARI", [], ["numbers", "kpi", "ownership"]),
    (Q_MISTAKE, "My last manager made mistakes all the time and then blamed us for them. The only mistake I'd say I made was trusting her when she said the system would update overnight, which it didn't.",
     "", ["blame", "negativity", "vague"], []),
    (Q_MISTAKE, "In that situation you should always tell your manager first and then the customer. Honesty is the best policy when it comes to mistakes.",
     "", ["hypothetical", "vague"], []),

    # --- difficult colleague ---------------------------------------------------------------------
    (Q_COLLEAGUE, "When I joined the returns team, one colleague, Mark, would take the easy tickets first and leave the complex ones for the late shift, which was me. Rather than complain, I asked him if we could try splitting the queue by age instead of type for a fortnight. He agreed, a bit reluctantly. The oldest ticket went from nine days to three, and he admitted it made his day less stressful too. What I learned is to bring a fix, not a grievance.",
     "SARI", [], ["numbers"]),
    (Q_COLLEAGUE, "Honestly most of my old team were lazy. One girl in particular never answered her phone and just chatted all day. I did her work as well as mine and never got thanked for it.",
     "SA", ["negativity"], []),
    (Q_COLLEAGUE, "um I get on with pretty much everyone to be honest so I haven't really had that, but if it happened I'd, like, take them aside and have a chat, find out what's going on with them.",
     "", ["hypothetical", "vague", "no_evidence"], []),
    (Q_COLLEAGUE, "Last summer a colleague on my shift kept transferring billing calls to me without notes, so customers had to repeat everything. Complaints about having to repeat themselves were going up, and as the senior agent on that shift I felt it was mine to sort out. I sat with her for half an hour, found she didn't know the notes shortcut, and showed her. Over the next month nearly all of her transfers came through with notes.",
     "STAR", [], ["numbers", "ownership"]),
    (Q_COLLEAGUE, "I'm not saying it was all on him, but my colleague's attitude was the reason our team missed target that quarter. I tried talking to him once and he wasn't interested, so I left it to management.",
     "SAR", ["blame", "negativity"], []),
    (Q_COLLEAGUE, "Every team has difficult people. I just stay professional and focus on the customer, and things usually work out fine.",
     "", ["hypothetical", "vague"], []),
    (Q_COLLEAGUE, "so there was this, um, this guy on my team who'd, like, snap at people in the team chat, and I was the buddy for new starters so it was sort of on me, cos they were getting upset. so I just asked him for a quick coffee and, um, it turned out he was covering for someone who'd left and was totally swamped. so I, I went to our manager with him and we got some of his work moved. and he was fine after that, honestly, way nicer. and what I learned, I guess, is, like, ask before you assume.",
     "STARI", [], ["ownership"]),

    # --- high volume -----------------------------------------------------------------------------
    (Q_VOLUME, "When a storm knocked the power out across the county in January, our inbound queue hit 1,200 calls in the first hour. I was team lead on the early shift, so getting the queue under control fell to me. Within twenty minutes I recorded a short outage message for the IVR, which took about a third of callers out of the queue, moved two email agents onto phones, and updated the floor every half hour. We were answering 80 percent of calls within our SLA by lunchtime, up from 35 percent at nine. Since then we keep an outage message ready to go, so it takes five minutes, not twenty.",
     "STARI", [], ["numbers", "kpi"]),
    (Q_VOLUME, "yeah so we had loads of calls, like, all the time at Christmas and um I just kind of got on with it, you know, worked through them as fast as I could, and it was fine, we got through it.",
     "AR", ["vague"], []),
    (Q_VOLUME, "What I'd do is prioritise: anything involving money or safety goes first, and the rest I'd batch, like answering all the where's-my-parcel ones with one template.",
     "", ["hypothetical"], []),
    (Q_VOLUME, "During a product recall at the toy company we went from about 300 contacts a day to over 2,000. My task was to bring our average handle time down without rushing people. I wrote a four-line script covering the three questions everyone asked and put the refund form link into our chat macros. AHT dropped from eleven minutes to just under six over the week, and complaints about wait times fell by half.",
     "STAR", [], ["numbers", "kpi"]),
    (Q_VOLUME, "We did badly that week, but it wasn't the agents, it was the workforce planning team, who put most of us on training the same day as the sale launched. There was nothing I could do about the numbers.",
     "SR", ["blame", "vague"], []),
    (Q_VOLUME, "I thrive under pressure. Busy days are my favourite and I'm extremely fast and accurate. I can handle any volume you throw at me.",
     "", ["vague", "no_evidence"], []),
    (Q_VOLUME, "okay so the, the one that comes to mind is launch day for the new app, um, I was on chat and we had, I think it was four hundred chats waiting at one point, and my bit was the login problems. so I, I noticed everyone was hitting the same error, so I wrote a quick, like, canned answer with the three steps and shared it in the team channel and everyone started using it, and we got the queue down under fifty by about two o'clock. what I'd do differently, honestly, is shout about it sooner, I sat on it for like an hour before sharing.",
     "STARI", [], ["numbers"]),
    (Q_VOLUME, "yeah so, um, the busiest I've seen it was when the, the website went down, and obviously that wasn't us, that was the tech people, and we had like three hundred people waiting and everyone was really cross and there wasn't much we could do really cos it was their mess.",
     "S", ["blame", "vague"], ["numbers"]),

    # --- why customer service --------------------------------------------------------------------
    (Q_WHY_CS, "I've always loved people and helping others. I'm a natural communicator and very empathetic, so customer service feels like the perfect fit for me.",
     "", ["vague", "no_evidence"], []),
    (Q_WHY_CS, "Because I like fixing things for people and seeing the difference straight away. In my Saturday job at a bike shop I ended up on the phones, and the bit I enjoyed was when someone rang in stressed about a repair and left the call sorted. I averaged about forty calls a shift there and asked for more phone shifts, not fewer.",
     "A", [], ["numbers"]),
    (Q_WHY_CS, "Honestly I want out of retail, because customers in shops are rude and my manager is a nightmare. Phones can't be any worse.",
     "", ["negativity", "vague"], []),
    (Q_WHY_CS, "um, I guess, like, I'm good with people? everyone says I'm really patient, like my friends always say that, so yeah I think it would suit me.",
     "", ["vague", "no_evidence"], []),
    (Q_WHY_CS, "I like that in a contact centre you can see whether you're actually helping. At the council I tracked my first contact resolution every week and got it from 64 to 79 percent by learning the housing benefit rules properly instead of transferring callers. That feeling of one call, done, is why I want this job.",
     "AR", [], ["numbers", "kpi", "ownership"]),
    (Q_WHY_CS, "My mum ran a corner shop, and I grew up watching her remember every regular's usual order and ask after their kids by name. I want a job where that kind of attention is the actual work, not a bonus.",
     "", [], []),

    # --- good customer service -------------------------------------------------------------------
    (Q_GOOD, "It means treating every customer like they're your only customer and going the extra mile every single time, whatever it takes. That's it really.",
     "", ["vague"], []),
    (Q_GOOD, "For me it's the customer never having to chase. On a utilities complaints desk I set myself a rule: every callback I promised, I made, even if it was only to say there was no news yet. Over six months my reopened complaints were the lowest on the team, two out of about 150.",
     "AR", [], ["numbers", "ownership"]),
    (Q_GOOD, "Good service is listening properly. I repeat the problem back in my own words before I touch anything, something like 'so the app logs you out every time you open the camera, is that right?', because often the first version isn't the real problem.",
     "", [], ["confirming"]),
    (Q_GOOD, "uh good customer service, it's, it's like when the customer's happy, basically, and they come back, you know, and you've done a good job for them.",
     "", ["vague"], []),
    (Q_GOOD, "Good service is impossible if the company doesn't back you. At my last job we had no tools and no training, so however good you were, the customers got bad service.",
     "", ["blame", "negativity", "vague"], []),
    (Q_GOOD, "It means people would recommend you. We measured NPS at the gym chain where I worked, and comments that named a member of staff scored far higher than the rest, so I started giving my name and a direct line on every complaint I handled. My own mentions went from three to fourteen in a quarter.",
     "AR", [], ["numbers", "kpi", "ownership"]),
    (Q_GOOD, "for me it's, um, it's like, I had this lady once whose, whose dog had died and she was ringing to cancel the insurance and she could barely talk, and I just said I'm so sorry, there's no rush, and I did the cancellation, and then I, um, I refunded the month she'd just paid even though technically I didn't have to. and she sent a card. so that, that's what good service is to me.",
     "SAR", [], ["empathy"]),

    # --- refund outside policy (plan question) ---------------------------------------------------
    (Q_REFUND, "First I'd listen and make sure I have the facts, reading back the order date and what's wrong with the item. I'd be honest that it's outside the 30 days, then look at what I can offer: a repair, an exchange, store credit, or asking my team leader for a one-off exception if there's a good reason like a hospital stay. I'd say I'm sorry it isn't the answer they hoped for and tell them exactly what happens next.",
     "A", [], ["numbers", "empathy", "confirming"]),
    (Q_REFUND, "I would explain the policy politely and try to find a solution that works for everyone involved, while keeping the customer as happy as possible.",
     "A", ["vague"], []),
    (Q_REFUND, "I'd tell them the policy is the policy. Customers who want refunds outside the rules are usually trying it on, so you can't give in or they'll all expect it.",
     "A", ["negativity"], []),
    (Q_REFUND, "I'd do what I did last spring with a customer whose walking boots split at day 40. I apologised, looked at the photos of the stitching she sent, and offered either a repair through the manufacturer or half the price back as credit. She chose the credit and left a five-star review. So: listen, look for the fault, and offer a choice within what I'm allowed to give.",
     "SAR", [], ["numbers", "empathy"]),
    (Q_REFUND, "um so I'd, first thing, I'd check is it actually outside policy, like sometimes people think it is and it isn't, and then, uh, if it really is I'd see if there's, like, a goodwill thing I can do, a voucher or whatever, and if they're still not happy I'd get my supervisor.",
     "A", [], []),
    (Q_REFUND, "I'd make it my job to get them an answer, not just a no. If the system says no, I'd still take the case to my manager myself rather than tell the customer to write in, and I'd ring them back by the end of the day with a decision either way.",
     "A", [], ["ownership"]),

    # --- improved a process ----------------------------------------------------------------------
    (Q_PROCESS, "At the water company about one call in five was someone asking for a copy of their bill, and each took six minutes because we had to post it. I was a second-year agent with no project role, but I offered to take it on. I worked with the web team to add a download button to the account page and wrote the script line pointing people to it. Those calls dropped by roughly 70 percent in three months, and our FCR went up four points because agents had more time for complex calls. What I'd tell anyone now is to count the boring calls first; that's where the easy wins are.",
     "STARI", [], ["numbers", "kpi", "ownership"]),
    (Q_PROCESS, "I'm always looking for ways to improve things. At my last job I suggested lots of ideas and some of them got used, which made things more efficient.",
     "AR", ["vague", "no_evidence"], []),
    (Q_PROCESS, "I tried to improve our refund process but IT never implemented it, so nothing changed. That's the problem with big companies.",
     "AR", ["blame", "negativity", "vague"], []),
    (Q_PROCESS, "so, um, our returns were all on paper, like actual paper forms, and they kept getting lost. I, uh, I made a shared spreadsheet, just a simple one with the order number, the date, and who had it, and got the team to use it. lost returns went from, I think about ten a month to basically none.",
     "SAR", [], ["numbers"]),
    (Q_PROCESS, "I'd look at where customers get stuck most and fix that first, maybe with a short survey or by listening back to calls. That's generally how I approach these things.",
     "", ["hypothetical"], []),
    (Q_PROCESS, "Customers kept calling back because they'd misunderstood the repair dates we gave them. My manager asked me to find out why. I listened to thirty recorded calls and found we said the dates but never checked them. I added a readback step to our script, 'so that's Thursday the 9th, morning slot, is that right?', and trained the team on it. Repeat calls about dates fell from 12 percent to 4 over two months. I learned that the fix is often a single sentence.",
     "STARI", [], ["numbers", "confirming"]),

    # --- leaving last job ------------------------------------------------------------------------
    (Q_LEAVE, "The management were clueless and the place was falling apart. They kept changing targets every week and nobody listened to us. I'd had enough.",
     "", ["blame", "negativity", "vague"], []),
    (Q_LEAVE, "I'd been there four years and done every role on the floor, including covering the team leader for six months. There wasn't a permanent step up coming, so I started looking for somewhere I could grow into a coaching role.",
     "A", [], ["numbers"]),
    (Q_LEAVE, "um I don't want to slag them off or anything but honestly the, the pay was rubbish and the shift patterns were, like, all over the place, and my manager just didn't care so yeah.",
     "", ["blame", "negativity", "vague"], []),
    (Q_LEAVE, "The contract ended. It was a twelve-month temporary role covering maternity leave, and when she came back my post finished. They offered me bank shifts, but I want something permanent.",
     "", [], ["numbers"]),
    (Q_LEAVE, "I was ready for a new challenge. I'm a very driven person and I want to keep learning and growing in my career.",
     "", ["vague", "no_evidence"], []),

    # --- telling a customer no (new) --------------------------------------------------------------
    (Q_SAY_NO, "A pensioner rang our airline desk wanting to change a non-refundable fare because her sister was ill. The fare rules meant a refund wasn't possible, and it was my call to tell her. I said how sorry I was about her sister, explained plainly that I couldn't refund it, then went through what I could do: move the date for a £35 fee, or keep the ticket value as credit for a year. She chose the credit and said she appreciated being told straight. I've learned that a no lands better when it comes with two yeses attached.",
     "STARI", [], ["numbers", "empathy"]),
    (Q_SAY_NO, "I'd say no nicely and explain why, and then offer an alternative if there is one. You have to be firm but fair.",
     "", ["hypothetical", "vague"], []),
    (Q_SAY_NO, "I had to tell a customer no about a price match, which she wasn't happy about, but that's head office's policy, not mine, so I told her to email them if she didn't like it.",
     "SA", ["blame"], []),
    (Q_SAY_NO, "uh there was a guy wanting us to, um, unlock his late brother's account, but he wasn't named on it, so I couldn't. I said I was sorry about his brother, and then I, I said just to check I've understood, you've got the death certificate but not the, the grant of probate yet, and he said yeah. so I explained once he had that we could do it in one call, and I gave him my direct line. he rang back like three weeks later and we did it in, like, ten minutes.",
     "SAR", [], ["numbers", "ownership", "empathy", "confirming"]),
    (Q_SAY_NO, "Saying no is one of my strengths. I'm assertive without being rude, and customers always respect that about me in the end.",
     "", ["vague", "no_evidence"], []),
    (Q_SAY_NO, "A landlord called demanding we give him his tenant's new phone number, and he said he would take us to court if we didn't. I told him data protection meant I couldn't share it, but offered to pass a message on with his details. He wasn't pleased, but the tenant called him that same afternoon and he rang back to withdraw his complaint.",
     "SAR", [], []),
    (Q_SAY_NO, "Customers need to hear no more often, honestly. At my last job people got away with murder because the managers caved every time.",
     "", ["negativity", "vague"], []),

    # --- explaining something complicated (new) --------------------------------------------------
    (Q_EXPLAIN, "An 80-year-old customer couldn't understand why his bill had gone up after he switched to a smart meter tariff. I had to explain time-of-use pricing without losing him. I dropped the jargon, compared it to cheaper off-peak train tickets, and went through his usage hour by hour: most of it fell between five and seven in the evening, the dearest slot. I asked him to tell me back in his own words what he'd change, and he said 'run the washing machine at night'. His next bill was £22 lower. Now I always ask people to explain it back rather than asking whether it makes sense.",
     "STARI", [], ["numbers", "confirming"]),
    (Q_EXPLAIN, "yeah I explain stuff all the time, like, tech stuff to customers, and I just, you know, keep it simple, break it down, and they get it.",
     "", ["hypothetical", "vague"], []),
    (Q_EXPLAIN, "I'd start by finding out what they already know, then use an everyday comparison, and finish by getting them to repeat the key step back to me.",
     "", ["hypothetical"], ["confirming"]),
    (Q_EXPLAIN, "I explained the new mortgage rules to a couple three times but they still didn't get it, because the letter head office had sent them was so confusing. In the end they complained about me, which wasn't fair.",
     "SAR", ["blame"], ["numbers"]),
    (Q_EXPLAIN, "On the insurance helpline a widow called about her husband's life policy, confused by the claim form. I said how sorry I was for her loss and that we'd do it together. I went through it section by section over two calls, filling in what I could from our own records. The claim paid out in nine days against the usual thirty, and she gave us a satisfaction score of ten out of ten.",
     "SAR", [], ["numbers", "kpi", "ownership", "empathy"]),
    (Q_EXPLAIN, "so this was broadband, a woman working from home, her, um, her speeds were really slow and she thought we were ripping her off. and my job was basically to, to show her the speed to the house was fine and it was the wifi inside. so I, uh, I got her to do a test with the cable plugged in and it was, like, seventy meg, and then on wifi upstairs it was eight. and she just went oh. and we got her a booster and it was fine. I think what I learned is show them, don't tell them.",
     "STARI", [], ["numbers"]),
    (Q_EXPLAIN, "honestly I normally just, like, use the, the comparison thing, like, you know, a router is like a post office for your house, and I keep going with that till they're with me.",
     "", ["hypothetical"], []),

    # --- escalation (new) ------------------------------------------------------------------------
    (Q_ESCALATE, "A small business customer had been without phone lines for two days and our fault team kept quoting a standard 72-hour fix time. He was losing orders. I decided it couldn't sit in the normal queue. I wrote a one-page summary with his account, the business impact and both fault numbers and took it to the duty manager in person instead of just raising a ticket. She got it prioritised and an engineer fixed it that afternoon. I rang him myself to check the lines were working. Since then I always put the customer's impact in an escalation, not just the fault.",
     "SARI", [], ["numbers", "ownership"]),
    (Q_ESCALATE, "I escalate when something's not my responsibility. Like when deliveries go wrong, that's the courier's problem, so I pass it to the logistics team and let them deal with it.",
     "", ["hypothetical", "blame"], []),
    (Q_ESCALATE, "I'd probably escalate if, um, if it's above my level, like, a big refund or a complaint about a member of staff, yeah, I'd go to the team leader and explain the situation to them.",
     "", ["hypothetical"], []),
    (Q_ESCALATE, "A customer's direct debit had been taken three times in one month. Before escalating to payments I read the three dates and amounts back to her to be sure, and checked she hadn't set up a second mandate herself. Then I raised it as urgent and kept chasing it myself. The two extra payments, £140 in total, were back in her account within 48 hours.",
     "SAR", [], ["numbers", "ownership", "confirming"]),
    (Q_ESCALATE, "I don't like to blame other teams, but escalating at my last job was pointless because the complaints team sat on everything for weeks. I stopped bothering and told customers to write in instead.",
     "A", ["blame", "negativity"], []),
    (Q_ESCALATE, "I escalated a complaint once when it got too much. My manager sorted it out and the customer was happy in the end.",
     "AR", ["vague"], []),

    # --- negative feedback (new) -----------------------------------------------------------------
    (Q_FEEDBACK, "In my first review my team leader played me a call where I'd talked over a customer three times. It was uncomfortable to hear, but she was right. My goal for the next month was to let every customer finish before I spoke. I started counting two seconds after they stopped, and every Friday I listened back to five of my own calls. At my next review my listening mark had gone from 3 to 4.5 out of 5, and customers' comments mentioned being listened to far more often. I still do the two-second pause.",
     "STARI", [], ["numbers", "ownership"]),
    (Q_FEEDBACK, "I got a bad survey once, but it was because the customer was annoyed about the price, nothing to do with me. Surveys aren't very fair like that.",
     "S", ["blame", "vague"], []),
    (Q_FEEDBACK, "um yeah so my manager said I was, um, too abrupt on chats, like too short, and at first I was a bit, like, what? but then I looked back at my chats and yeah, fair enough, they were. so I started using the customer's name and adding, like, one line of, um, of sorry that's happened, and my CSAT went up from like eighty-one to eighty-nine percent.",
     "SAR", [], ["numbers", "kpi", "ownership", "empathy"]),
    (Q_FEEDBACK, "I don't really get negative feedback. I'm a perfectionist, so I always make sure everything's right first time. It's never really been an issue for me.",
     "", ["vague", "no_evidence"], []),
    (Q_FEEDBACK, "If I got negative feedback I'd take it on board and look at how to improve, because feedback is a gift.",
     "", ["hypothetical", "vague"], []),
    (Q_FEEDBACK, "A customer wrote in to say I'd been rude to her. She'd called me an idiot twice before that, and frankly customers like that don't deserve much patience. My manager made me ring her back anyway.",
     "SA", ["blame", "negativity"], []),

    # --- caller in tears (new, plan question) ----------------------------------------------------
    (Q_TEARS, "I'd slow right down and give them space, saying something like 'take your time, I'm not going anywhere', and only when they're ready ask what's happened. I'd repeat the key details back so they don't have to say it all twice, and before the call ends I'd make sure they know exactly what I'm doing next and when I'll call them back.",
     "A", [], ["ownership", "empathy", "confirming"]),
    (Q_TEARS, "I'd be understanding and supportive with them, show them I really care, and try to make them feel better before moving on.",
     "A", ["vague"], []),
    (Q_TEARS, "Last year a woman rang in tears because her card had been stolen on holiday. I told her that must be frightening and that her money was protected, stopped the card while she was on the line, and arranged emergency cash at a branch near her hotel for that evening. So for me it's reassure first, then act while they're still on the phone.",
     "SA", [], ["empathy"]),
    (Q_TEARS, "honestly I'd, um, I'd let them cry it out, but some people, like, do it to get stuff, you know, so you have to be a bit careful not to just give them whatever they want.",
     "A", ["negativity"], []),
    (Q_TEARS, "I'd make sure I wasn't rushing them just to protect my handle time. In my last job I'd flag that kind of call to my team leader so nobody chased me about AHT, and I'd book a fifteen-minute follow-up call myself so they had a named person to come back to.",
     "A", [], ["numbers", "kpi", "ownership"]),

    # --- not knowing the answer (new, plan question) ---------------------------------------------
    (Q_DONT_KNOW, "I'd never guess. I'd say honestly that I want to check so I give them the right answer, offer a short hold or a callback, look in the knowledge base or ask a senior, and then come back with the answer and where it came from. If it's taking longer than I said, I'd update them anyway.",
     "A", [], ["ownership"]),
    (Q_DONT_KNOW, "I'd find out the answer and get back to them, because it's important never to leave a customer hanging or feeling ignored.",
     "A", ["vague"], []),
    (Q_DONT_KNOW, "That happened in my first week at the pension provider, when a caller asked about transferring his pension abroad. I told him I'd rather check than guess, read his question back to make sure I had it right, took his number and got the answer from our transfers specialist. I called him back within forty minutes. I'd do exactly the same now, and I've since written it up in our team's FAQ.",
     "SARI", [], ["numbers", "ownership", "confirming"]),
    (Q_DONT_KNOW, "To be honest, if I don't know something it's usually because the training didn't cover it, so I'd tell the customer that and put them through to someone who was trained properly.",
     "A", ["blame"], []),
    (Q_DONT_KNOW, "um so I'd, like, I'd be honest and say I'm not sure but I'll find out, and then, you know, ask someone, like my team leader, and ring them back the same day, I always make sure I do ring back.",
     "A", [], ["ownership"]),
    (Q_DONT_KNOW, "I'd, um, first I'd repeat the question back, like, so you're asking whether the warranty covers, you know, accidental damage, yeah? so I know I've got it right, and then I'd say give me a minute and check the policy wording, and if it's not in there I'd ask my supervisor.",
     "A", [], ["confirming"]),

    # --- target under pressure (new) --------------------------------------------------------------
    (Q_TARGET, "In the third quarter our retention team had to keep 40 percent of customers who called to cancel, and halfway through I was on 31 percent. That target was mine to hit, so I listened back to ten of my lost calls and found I was offering discounts too early, before finding out why people were leaving. I switched to asking two questions first. I finished the quarter on 44 percent and passed the questions on to two newer colleagues. The lesson for me was diagnosis before discount.",
     "STARI", [], ["numbers"]),
    (Q_TARGET, "I haven't had hard targets before, but if I did I'd break the target into daily chunks and check myself against them every afternoon.",
     "", ["hypothetical"], []),
    (Q_TARGET, "We missed our target that month, but to be fair most of the team were off sick and the new starters weren't trained, so the numbers were never realistic.",
     "SR", ["blame", "vague"], []),
    (Q_TARGET, "so our, um, our SLA was eighty percent of emails answered within twenty-four hours and we were down at like sixty because of a backlog. I took the oldest ones, the ones nobody wanted, the really long complaints, and I did those for, um, for a whole week, like thirty a day. by the Friday we were back at eighty-two.",
     "SAR", [], ["numbers", "kpi", "ownership"]),
    (Q_TARGET, "I always smash my targets. I'm very competitive and results-driven, and I've never missed a deadline in my life, not once.",
     "", ["vague", "no_evidence"], []),
    (Q_TARGET, "At the catalogue company our manager told us that if we didn't cut average handle time by a minute, the whole team would lose the bonus. I was one of the slower agents. I asked our best performer if I could listen in on a few of her calls, and picked up her trick of typing notes while the customer talked. I got from nine minutes to under seven in three weeks, and we kept the bonus.",
     "SAR", [], ["numbers", "kpi"]),
    (Q_TARGET, "uh yeah we had targets all the time at the, at the call centre and, um, I was usually fine with them, like, I just worked hard and got there in the end.",
     "", ["hypothetical", "vague"], []),

    # --- taking ownership (new, opinion question) ------------------------------------------------
    (Q_OWNERSHIP, "It means that once a customer's problem reaches me, it's mine until it's fixed or properly handed over with a name and a date. On the council tax line I kept a list of every case I'd promised to check on and cleared it before I logged off, even on Fridays. In eighteen months I didn't get a single complaint about nobody calling back.",
     "AR", [], ["numbers", "ownership"]),
    (Q_OWNERSHIP, "Ownership means taking responsibility and being accountable for your own actions at work. It's really important in customer service, and in any job really.",
     "", ["vague"], []),
    (Q_OWNERSHIP, "um for me it's, like, saying 'that was me' when it was. like there was a time I, I promised a customer a refund I wasn't allowed to give, and I had to ring her back and say sorry, I got that wrong, and then I sorted what I could, which was a partial credit. and she was actually okay about it cos I was straight with her.",
     "SAR", [], ["ownership", "empathy"]),
    (Q_OWNERSHIP, "Ownership is great in theory, but it only works if your company lets you. I was always told to pass things on, so I never really got to own anything.",
     "", ["blame", "vague"], []),
    (Q_OWNERSHIP, "For me it's what I did when a courier we used lost a customer's anniversary present. It wasn't our team's mistake, but she was my customer, so I dealt with it end to end: I got a replacement dispatched the same day, paid for the upgrade to next-day delivery out of the goodwill budget and rang her the next morning to make sure it had come. Ownership means not caring whose fault it was.",
     "STAR", [], ["ownership"]),

    # --- understanding the problem (new) ---------------------------------------------------------
    (Q_UNDERSTAND, "A customer emailed saying our app had 'deleted her money'. Rather than assume, I rang her and asked her to walk me through it, then repeated it back: she'd moved £500 into a savings pot and it had vanished from her main balance. She said that was exactly it, and the money was sitting in the pot. I showed her where to find it and she laughed. Since then I always restate the problem in plain words before I start investigating; it saves me chasing the wrong thing.",
     "SARI", [], ["numbers", "confirming"]),
    (Q_UNDERSTAND, "I'd always repeat back what they've said and ask if I've got it right, because assuming things leads to mistakes.",
     "", ["hypothetical"], ["confirming"]),
    (Q_UNDERSTAND, "so um there was a man who kept saying his, his heating wouldn't come on, and I nearly booked an engineer, but I went, hang on, so just to check, it's the heating not the hot water, and it's every room, and he went, oh no, just the one radiator. so it was, it was just the valve. saved him a sixty pound callout.",
     "SAR", [], ["numbers", "confirming"]),
    (Q_UNDERSTAND, "I always make sure I understand the customer fully before I do anything. Listening is really important in this job.",
     "", ["hypothetical", "vague", "no_evidence"], []),
    (Q_UNDERSTAND, "A deaf customer contacted us through the relay service, so every sentence went through an operator and the call was slow. Our handle time target was six minutes, but I decided that didn't matter here. I confirmed each detail in short sentences and waited for her to agree before moving on. It took twenty-five minutes, and her wrong charge was corrected on that one contact. She emailed later to say it was the first time she hadn't had to call twice.",
     "SAR", [], ["numbers", "kpi", "confirming"]),
    (Q_UNDERSTAND, "I did once get a customer's problem wrong, but only because the previous agent's notes said something completely different from what she actually wanted. If the notes had been right it wouldn't have happened.",
     "S", ["blame", "vague"], []),

    # --- staying calm under pressure (new, opinion question) -------------------------------------
    (Q_PRESSURE, "I keep calm by controlling the next ten minutes, not the whole queue. On busy days at the bank I stopped looking at the wallboard between calls, took one slow breath before picking up, and wrote my callback promises on a sticky note so nothing was floating around in my head. My errors on the quality checks dropped to zero that quarter.",
     "AR", [], ["numbers"]),
    (Q_PRESSURE, "I'm naturally a very calm person. Nothing really fazes me and I work well under pressure, always have, so busy queues don't bother me.",
     "", ["vague", "no_evidence"], []),
    (Q_PRESSURE, "um, honestly? I just, I remind myself it's not personal, like they're angry at the situation not at me, and I, I take a sip of water between calls. it sounds silly but it works for me.",
     "", [], []),
    (Q_PRESSURE, "Honestly the pressure comes from bad management. If they staffed properly we wouldn't have queues. I just put my headphones on and get through it.",
     "", ["blame", "negativity", "vague"], []),
    (Q_PRESSURE, "When the queue's over 50 I remind myself that the person on the line has probably waited twenty minutes, so I open with 'thanks for waiting, I'm sorry it's been so long'. It's easier to stay calm when I'm focused on them and not on the board.",
     "", [], ["numbers", "empathy"]),

    # --- rambling answers ------------------------------------------------------------------------
    (Q_ANGRY, "So angry customers, yeah, I've had a lot of angry customers, in retail and on the phones, angry customers are part of the job really. I think the main thing with an angry customer is staying calm, because if you're not calm they won't be calm, and I'm a very calm person, so I stay calm. There was one man, I think it was a Tuesday or maybe a Wednesday, it was definitely before the sale started, or it might have been during the sale actually, anyway he was angry about a delivery, or it might have been a refund, I get them mixed up because there were so many, and he was really angry, shouting, and I stayed calm, like I said, because that's what you have to do with angry customers. And then I listened, because listening is really important, you have to let them talk, and I let him talk, and he talked for ages, and then I said sorry about the delivery, and he calmed down a bit, and then he got angry again because he'd been on hold, which wasn't my fault, I can't control the hold times, nobody can really, and so I stayed calm again. And I think that's the thing, you just keep staying calm, because if you stay calm then eventually they run out of steam, and he did run out of steam in the end, I think, and he was fine, or fine-ish. So yeah, staying calm and listening, those are the main things, and not taking it personally, because it's not personal, they're angry at the situation, not at you, even if it feels like it's at you, which it sometimes does, especially when they're shouting. And I've had a lot of practice, so I'm good at it now, I'd say I'm better than most people at staying calm, my friends always say I'm the calmest person they know. So that's what I'd say about angry customers really, stay calm, listen, say sorry, and don't take it personally, and they usually calm down in the end, most of them anyway.",
     "SAR", ["blame", "rambling", "vague", "no_evidence"], ["empathy"]),
    (Q_WHY_CS, "Well, I think customer service is really important, because without customers there's no business, and without good service there are no customers, so it all comes back to the service really. I've always been a people person, ever since school, I was always the one people came to, and I think that's a big part of it, being the one people come to. And I like helping, I really do like helping, it's something I've always liked, helping people, whether it's friends or family or strangers, I just like to help. So when I saw this job I thought, that's helping people, that's customer service, that's me really. And I think I'd be good at it because I'm patient, I'm a good listener, I'm friendly, I'm reliable, I'm hard-working, and I'm a team player, and all of those are things you need in customer service, I think, because you need to be patient with customers and listen to them and be friendly and reliable and work hard and work with your team. And customer service is a growing area as well, there's always going to be customers, so there's always going to be customer service, so it's a good career, I think, a good career for someone like me who likes people and likes helping. I've also heard good things about your company, that it's a good place to work and that you care about your customers, and that's important to me, working for a company that cares about its customers, because if the company cares then you can care too, and that makes a difference to the customer, and to you as well. So yeah, that's why, I think it's mainly the helping and the people, and the fact that I'm a people person, and that it's a good career, and your company being a good company. I think that covers it really, it's about the people for me, it always has been, and I think that's what customer service is, it's about people, so it's a perfect match.",
     "", ["rambling", "vague", "no_evidence"], []),
    (Q_PROCESS, "okay so, um, this is a bit of a long one, so at the, the furniture place, we had this thing where delivery dates, right, customers would ring up asking where's my sofa, and we'd have to, um, we'd have to go into three different systems, like the order system, the warehouse one and then the courier's website, just to answer one question, and that was taking, I timed it actually, about four minutes a call just on the looking up, and we were getting, like, I want to say two hundred of these a day, maybe more in January with the sales. and nobody had asked me to do anything about it, I was just an agent, but it was driving me mad, honestly, so I, um, I kind of took it on myself. so first I, I went to the, the warehouse manager, Dave, and asked him if his system could send us a daily file, and he said yeah actually it already does, it just goes to, um, it went to someone in finance who'd left, so it was just sitting there. so then I, uh, I built a lookup in a spreadsheet, nothing fancy, you put the order number in and it gives you the warehouse status and the courier reference, and I tested it for, like, a week on my own calls, and then I showed my team leader and she, she let the whole team use it. and, um, the looking-up time went from about four minutes to under one, and we worked out it saved something like ten hours a day across the team, which, yeah, was a lot. and then IT saw it and built it properly into the order screen a few months later, which was nice, they did credit me. and, um, what I learned, I think, is that half the time the data's already there, someone just has to, like, ask for it, and I'd, I'd always ask now before building anything, because I nearly built the whole thing from scratch before I talked to Dave, so yeah, ask first, build second. sorry, that was long.",
     "STARI", ["rambling"], ["numbers", "ownership"]),
]
