"""The call rehearsal: scenarios, the customer and their mood, the call script, the phone line."""
