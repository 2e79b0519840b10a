"""The parts of the main window, one concern per module.

:mod:`pactdesk.ui.main_window` puts them together.
"""
