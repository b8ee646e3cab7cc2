"""ShotGraph: shot planning for hybrid live-action and AI short dramas."""

__version__ = "0.1.0"
