"""The Schedule tab: the shooting days as a stripboard."""

from .board import ScheduleBoard

__all__ = ["ScheduleBoard"]
