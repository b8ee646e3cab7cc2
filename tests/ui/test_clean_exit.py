"""The editor ends cleanly: after copying shots, quitting returns to the shell without a crash."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from shotgraph.demo import demo_project_path


def test_quitting_after_a_copy_ends_without_a_crash(tmp_path):
    script = textwrap.dedent(f"""
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        os.environ["SHOTGRAPH_DATA_DIR"] = {str(tmp_path)!r}
        os.environ["XDG_CONFIG_HOME"] = {str(tmp_path)!r}  # recent files go to the test's folder
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        app = QApplication(sys.argv)
        from shotgraph.ui.main_window import MainWindow
        window = MainWindow()
        window.open_project({str(demo_project_path())!r})
        window.show()
        window.bridge.select([window.bridge.episode.shots[0].id])
        assert window.commands.trigger("copy")
        QTimer.singleShot(0, app.quit)
        app.exec()
        print("quit")
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.stdout.strip().endswith("quit")
    assert result.returncode == 0, result.stderr[-2000:]
