"""The Qt user interface: main window, pages (tabs), dialogs, models and widgets."""
