"""Files in and out of the core: project store, shot lists, scripts."""
