"""The rule catalogue (docs/findings.md) as small registered functions, and the engine that runs them."""

from .engine import check_project
from .findings import Finding, Hit, Severity, Text
from .registry import Rule, Scope, all_rules, rule

__all__ = ["Finding", "Hit", "Rule", "Scope", "Severity", "Text", "all_rules", "check_project", "rule"]
