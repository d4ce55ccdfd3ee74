"""Work off the UI thread: the worker facade, its jobs, and the pictures it makes."""
