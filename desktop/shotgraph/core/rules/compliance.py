"""Rules of the compliance family."""
