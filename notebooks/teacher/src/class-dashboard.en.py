# %% [markdown]
# # Class dashboard: how did the class do on the quizzes?
#
# **For the teacher.** **Time:** 5 minutes · **Needs:** read access to your learners' results files
#
# This notebook gathers your learners' quiz answers, **read-only** (it never changes a learner's
# file and takes no lock, so learners can keep answering), and shows per question: who tried it,
# who got it right at the first try, who got it right in the end, and the most common wrong answers.
#
# **Point it at your class.** Set `RESULTS` below to the folder that holds your learners' results
# (on a hub set up as in `docs/deployment.md`, `/srv/techgeo-results`), or to a list of files and
# folders. Left empty, the dashboard shows a small made-up class that ships with the package.
# The same report on the command line: `techgeo-lessons results class FOLDER`; one CSV of every
# answer: `techgeo-lessons results collect FOLDER -o class.csv --pseudonymise`.

# %%
import os

from lessons_lib import charts
from lessons_lib.quiz import class_report, collect, not_yet_right, sample_class

# Your class: a folder (or a list of files and folders) holding results-*.jsonl files.
RESULTS = os.environ.get("TECHGEO_CLASS_RESULTS", "")
PSEUDONYMOUS = False  # True: learner-01, learner-02... instead of names (e.g. to show the screen to the class)

answers = collect([RESULTS or sample_class()], pseudonymous=PSEUDONYMOUS)
print(f"{len(answers.records)} answers from {len(answers.learners)} learners, read from {len(answers.files)} files"
      + (f"; {answers.duplicates} duplicates dropped" if answers.duplicates else ""))
for problem in answers.problems:  # a file that could not be read is named here, never skipped silently
    print("Could not read:", problem)

# %% [markdown]
# ## Per question
#
# `learners`: who tried the question; `right_first_try`: right at their first try, without a hint;
# `right_eventually`: right in the end (first try included); `not_yet_right`: tried, never right yet;
# `common_wrong`: the wrong answers given most often, with how many learners gave each.

# %%
report = class_report(answers.records)
report

# %%
charts.class_results(report, lang="en")

# %% [markdown]
# ## Who may need a word
#
# Each learner's questions tried but not yet answered right, with their last answer.

# %%
not_yet_right(answers.records)

# %% [markdown]
# **Key points**
# - The answers stay in each learner's private file; this notebook only reads them.
# - A wrong answer many learners share is worth a minute in class: it is usually a confusion the
#   lesson can name (for lesson 00, the article's "nearly a billion" users against the court's 689 million).
