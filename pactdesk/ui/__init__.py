"""The PySide6 desktop application: the only package that imports Qt.

The window calls the core through :mod:`pactdesk.services`; every draft
operation runs on the single worker thread of :mod:`pactdesk.ui.tasks`.
"""
