"""Widgets the docks and the window are built from: canvas, plots, controls, colours, numbers."""
