"""Storyboard views: shots as 9:16 thumbnails in cut order."""
