"""The shared office in the window: who is signed in, colleagues' changes, the connection."""
