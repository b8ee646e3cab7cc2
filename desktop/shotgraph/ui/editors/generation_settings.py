"""The Project page's "Generation" group: where AI draws are sent, what they cost, when an episode's spend
is too far over its estimate, and whether each draw starts from the previous shot's chosen take."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from shotgraph.core.model import Project
from shotgraph.ui.translate_noop import QT_TRANSLATE_NOOP

from .fields import FieldSpec, LineField, NumberField, SettingsGroup, make_field, tr

TITLE = QT_TRANSLATE_NOOP("Editors", "Generation")
SERVER = FieldSpec("server", QT_TRANSLATE_NOOP("Editors", "Server address"))
TOKEN = FieldSpec("token", QT_TRANSLATE_NOOP("Editors", "Server token"))
COMPUTE = FieldSpec("cost_per_compute_second", QT_TRANSLATE_NOOP("Editors", "Cost per compute second"), "float",
                    unit=QT_TRANSLATE_NOOP("Editors", "per second"), maximum=1_000_000, decimals=4)
GENERATED = FieldSpec("cost_per_generated_second", QT_TRANSLATE_NOOP("Editors", "Cost per generated second"),
                      "float", unit=QT_TRANSLATE_NOOP("Editors", "per second"), maximum=1_000_000, decimals=4)
EXPECTED = FieldSpec("expected_compute_seconds", QT_TRANSLATE_NOOP("Editors", "Expected compute per draw"), "float",
                     unit="s", maximum=86_400, decimals=1)
MARGIN = FieldSpec("overspend_margin", QT_TRANSLATE_NOOP("Editors", "Overspend margin"), "float", unit="%",
                   maximum=10_000, decimals=0)
CHAIN = FieldSpec("chain_first_frame",
                  QT_TRANSLATE_NOOP("Editors", "Chain the first frame to the previous shot's chosen take"), "check")

_TIPS = {
    SERVER.path: QT_TRANSLATE_NOOP("Editors", "The ComfyUI server AI draws are sent to: an http:// or https:// "
                                              "address, such as http://127.0.0.1:8188"),
    TOKEN.path: QT_TRANSLATE_NOOP("Editors", "Sent as a bearer token to a server behind an authenticating proxy: "
                                             "ASCII letters, digits and punctuation. Anyone with the project file "
                                             "can read it."),
    COMPUTE.path: QT_TRANSLATE_NOOP("Editors", "What a second of a local server's compute costs (power, a rented "
                                               "GPU), in the budget's currency"),
    GENERATED.path: QT_TRANSLATE_NOOP("Editors", "What a cloud model charges per second of video it returns, in "
                                                 "the budget's currency"),
    EXPECTED.path: QT_TRANSLATE_NOOP("Editors", "The compute time the estimate before sending assumes for a draw"),
    MARGIN.path: QT_TRANSLATE_NOOP("Editors", "An episode whose AI spend passes what generating its shots was "
                                              "expected to cost by more than this gets a warning"),
    CHAIN.path: QT_TRANSLATE_NOOP("Editors", "Send the previous shot's chosen take as a draw's first frame, "
                                             "instead of the shot's storyboard frame"),
}


class TokenField(LineField):
    """The server token, shown masked."""

    def __init__(self, spec: FieldSpec, parent: QWidget) -> None:
        super().__init__(spec, parent)
        self.widget.setEchoMode(QLineEdit.EchoMode.Password)


class PercentField(NumberField):
    """A share (0.2) shown and typed as a percentage (20 %)."""

    def show(self, value: Any, project: Project) -> None:
        super().show(round(value * 100, 6), project)

    def value(self) -> float:
        return round(self.widget.value() / 100, 6)


class GenerationSettings(SettingsGroup):
    """The generation settings the editor shows; ``edited`` carries a change of ``project.generation``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(TITLE, parent)
        self.add_fields({SERVER.path: make_field(SERVER, self), TOKEN.path: TokenField(TOKEN, self),
                         COMPUTE.path: make_field(COMPUTE, self), GENERATED.path: make_field(GENERATED, self),
                         EXPECTED.path: make_field(EXPECTED, self), MARGIN.path: PercentField(MARGIN, self),
                         CHAIN.path: make_field(CHAIN, self)})
        for path, field in self.fields.items():
            field.widget.setToolTip(tr(_TIPS[path]))

    def value(self, project: Project, path: str) -> Any:
        return getattr(project.generation, path)
