"""The findings panel: what the rule engine says about the open project, kept current edit by edit."""

from .model import FindingRole, FindingsModel
from .panel import FindingsPanel

__all__ = ["FindingRole", "FindingsModel", "FindingsPanel"]
