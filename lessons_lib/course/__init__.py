"""The course's machinery, for the teacher and the person who deploys it (not the learner's API).

Building the course site, the JupyterLite build, the class's working folders and the environment
check live here; the ``techgeo-lessons`` commands are thin adapters over these modules. A learner's
notebook never imports from this subpackage.
"""
