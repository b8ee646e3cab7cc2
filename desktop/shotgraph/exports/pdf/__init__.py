"""Shared pieces of ShotGraph's printed exports: the embedded CJK font, text styles, paper sizes,
"page X of Y" footers, the DRAFT watermark and downscaled frame thumbnails."""
