"""The Qt-free core of ShotGraph: model, document, edits, rules, planning and file I/O."""
