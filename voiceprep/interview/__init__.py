"""The interviewer: question bank, brains that decide follow-ups, and the interview script."""
