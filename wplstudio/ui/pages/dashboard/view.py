from PySide6.QtWidgets import QWidget
class DashboardPage(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
import time; time.sleep(0.3)
