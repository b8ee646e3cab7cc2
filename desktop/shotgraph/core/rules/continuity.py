"""Rules of the continuity family."""
