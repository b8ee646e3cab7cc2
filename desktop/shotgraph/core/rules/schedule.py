"""Rules of the schedule family."""
