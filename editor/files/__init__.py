"""The ground floor: writing files atomically (temp file, fsync, replace) and where the app keeps its caches.

Everything above may use it (media, storage, export, the app); it imports nothing of the editor but itself.
"""
