"""The interview questions of the first labelled answers (content_set.py), shared by the rounds
that ask them again in the same words."""

B = "Tell me about a time you dealt with an angry customer."
C = "Describe a situation where you went above and beyond for a customer."
D = "Give me an example of a mistake you made at work."
E = "Tell me about a time you worked with a difficult colleague."
F = "Tell me about a time you handled a high volume of contacts."
G = "Why do you want to work in customer service?"
H = "What does good customer service mean to you?"
I = "How would you handle a customer who wants a refund outside policy?"  # noqa: E741
J = "Tell me about a time you improved a process."
K = "Why did you leave your last job?"
