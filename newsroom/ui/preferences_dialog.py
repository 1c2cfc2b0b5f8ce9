"""Preferences: who sits at this desk, the paper's name, language, style sheet, proofreading."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from newsroom.proofing.families import REGISTRY
from newsroom.settings import Settings
from newsroom.ui.labels import category_text

#: Proofreading families a newsroom may switch off (value in Settings.proofing_off).
FAMILIES = tuple(f.name for f in REGISTRY if f.switchable)


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("首选项"))
        self.user_name = QLineEdit(settings.user_name, self)
        self.user_name.setPlaceholderText(self.tr("审稿、保存时记录的姓名"))
        self.paper_name = QLineEdit(settings.paper_name, self)
        self.language = QComboBox(self)
        for label, value in ((self.tr("跟随系统"), ""), ("中文", "zh_CN"), ("English", "en")):
            self.language.addItem(label, value)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.stylesheet = QLineEdit(settings.stylesheet, self)
        self.stylesheet.setPlaceholderText(self.tr("默认样式表"))
        browse = QPushButton(self.tr("选择…"), self)
        browse.clicked.connect(self._choose_stylesheet)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.stylesheet, 1)
        sheet_row.addWidget(browse)
        off = {name.strip() for name in settings.proofing_off.split(",")}
        self.families: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        for i, family in enumerate(FAMILIES):
            box = QCheckBox(category_text(family), self)
            box.setChecked(family not in off)
            self.families[family] = box
            grid.addWidget(box, i // 2, i % 2)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("当前用户"), self.user_name)
        form.addRow(self.tr("报纸名称（报眉）"), self.paper_name)
        form.addRow(self.tr("界面语言"), self.language)
        form.addRow(self.tr("版面样式表"), sheet_row)
        form.addRow(self.tr("校对项目"), grid)
        form.addRow(buttons)

    def _choose_stylesheet(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择样式表"), "", self.tr("样式表 (*.toml)")
        )
        if path:
            self.stylesheet.setText(path)

    def apply_to(self, settings: Settings) -> None:
        settings.user_name = self.user_name.text().strip()
        settings.paper_name = self.paper_name.text().strip() or settings.paper_name
        settings.language = self.language.currentData() or ""
        settings.stylesheet = self.stylesheet.text().strip()
        settings.proofing_off = ",".join(
            f for f, box in self.families.items() if not box.isChecked()
        )
