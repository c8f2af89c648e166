"""One open delegation: its overview, members, agenda, timeline and conflicts."""
