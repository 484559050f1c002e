"""Geometry (Pybricks 3.2 and older kept Axis here; newer versions use pybricks.parameters)."""

from .parameters import Axis

__all__ = ["Axis"]
