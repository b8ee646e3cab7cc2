"""Rules of the ai family."""
