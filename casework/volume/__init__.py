"""Bulk generation of synthetic data for benchmarks (see generator.py)."""

from casework.volume.generator import VolumeGenerator, foreign_data_present

__all__ = ["VolumeGenerator", "foreign_data_present"]
