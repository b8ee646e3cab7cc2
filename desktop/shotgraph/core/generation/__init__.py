"""Sending AI shots to a generator and bringing the results back as takes (docs/generation.md).

``engine.py`` is what any generator offers; ``comfyui.py`` is the one ComfyUI adapter;
``workflow.py`` reads workflow templates and binds shot data to them; ``batch.py`` runs
draws and records takes; ``costs.py`` prices them.
"""
