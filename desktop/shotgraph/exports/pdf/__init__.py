"""Shared pieces of ShotGraph's printed exports: the embedded CJK font, text styles, paper sizes,
page numbers (over the file, or run by run as call sheets number each day), the DRAFT watermark,
ruled tables that split over pages, downscaled frame thumbnails and storyboard panels."""
