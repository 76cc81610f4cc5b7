"""The course's machinery, for the teacher and the person who deploys it (not the learner's API).

A learner's notebook never imports from this subpackage; the ``techgeo-lessons`` commands
(``lessons_lib/commands/``) are thin adapters over it:

- ``catalogue``: the lessons, where their notebooks are and what ``lessons.yaml`` says about them
- ``workspace``: the learner's working copy, synced without ever overwriting their work (``lab``)
- ``launch``: JupyterLab and Voila command lines and the folders they open (``lab``, ``present``)
- ``jupyterlite``: the JupyterLite build (``lite``); ``output``: output folders swapped in whole
- ``environment``: the checks of ``techgeo-lessons check``
- ``quiz_key`` and ``tables``: a quiz's answer key and the results tables a teacher reads (``answers``, ``results``)
- ``words``: what all of these say, from the ``cli`` gettext catalogue (English and French)

The course site joins them as ``course/site.py``.
"""
