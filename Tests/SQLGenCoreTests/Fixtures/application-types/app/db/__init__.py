"""Database helpers of the application."""
from .types import GUID

__all__ = ["GUID"]
