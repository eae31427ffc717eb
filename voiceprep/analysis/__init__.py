"""Pure analysis: given words and speech spans, return numbers. No I/O, no model loading."""
