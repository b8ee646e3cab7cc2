"""``python -m shotgraph`` runs the same command line as ``shotgraph``."""

import sys

from shotgraph.cli import main

sys.exit(main())
