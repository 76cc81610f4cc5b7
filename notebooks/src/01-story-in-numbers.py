# %% [markdown]
# # 01 · The story in numbers
#
# **Time:** 40 minutes (teaching 20, exercises 20) · **Prerequisites:** lesson 00; you can run a cell and
# have seen a pandas table before
#
# **Questions this lesson answers**
# - Which actors, dates and figures does the August 2020 news report contain?
# - How do we compare figures as different in size as a billion users and a few thousand employees?
# - Why do such figures need a logarithmic scale to share one chart?
#
# **Objectives**
# - Turn a news report into a small table of actors, dates and numbers with pandas.
# - Compute ratios between figures, and say when a ratio compares like with like.
# - Explain, with two charts of the same figures, what a log scale shows that a linear scale hides.
#
# ---
#
# **The source.** A French news report of 17–18 August 2020 described TikTok's new website against "rumours", two orders
# signed by President Trump which, the report says, were meant to force ByteDance to sell TikTok's US business, the
# possible buyers, a music deal, and three striking figures. A journalist writes prose; an analyst reads the same text
# as **data**: who acted, when, and how much. That is what we do here, with pandas.

# %%
import math

import pandas as pd

from lessons_lib import (
    charts,
    check,
    fmt,
    headline_figures,
    load_actors,
    load_events,
    load_user_stats,
    quiz,
    schema,
    set_language,
)

set_language("en")  # charts, quizzes and checks in English; the French edition says "fr"

pd.set_option("display.max_colwidth", 70)
pd.set_option("display.width", 120)

# %% [markdown]
# ## 1. Read: the events the report mentions
#
# The events table holds the whole case, 2016 to 2026. The column `in_article` is `True` for the events
# the report itself mentions. Filtering on it gives the report's skeleton.

# %%
events = load_events()
article_events = events[events["in_article"]].sort_values("date")
first, last = article_events["date"].min(), article_events["date"].max()
print(f"The events table has {len(events)} rows; the report mentions {len(article_events)} of them, "
      f"from {fmt.long_month(first)} to {fmt.long_month(last)}.")
article_events[["date", "category", "actors", "title_en"]]

# %% [markdown]
# Read the table like a reporter's notebook. Each row is one dated fact, with a category (an executive
# order, a corporate decision, a piece of communication...) and the **actors** involved, as ids separated
# by `;`. Some of these events are older than the report: the report mentions them as background.
#
# The `actors` column packs several ids in one cell. To count actors, split each cell into a list and
# give each actor its own row with `explode`:

# %%
mentions = article_events[["id", "actors"]].assign(actor=article_events["actors"].str.split(";")).explode("actor")
mentions.head(6)

# %% [markdown]
# The actor ids point into the actors table, which gives each one a name, a kind and a country:

# %%
actors = load_actors().set_index("id")
named = mentions.join(actors[["name_en", "kind", "country"]], on="actor")
named[["id", "actor", "name_en", "kind", "country"]].head(6)

# %% [markdown]
# ### Exercise 1 (pandas): how many different actors?
#
# Using `mentions` (one row per event and actor), count how many **different** actors appear in the
# events the report mentions. Put the number in `answer`.
#
# *Hint:* a Series has a method that counts its distinct values.

# %%
answer = None  # your code here

# %% tags=["solution"]
answer = mentions["actor"].nunique()
print(answer)

# %% tags=["check"]
check(answer, exercise="01.1")

# %% [markdown]
# Which kinds of actor does the report bring on stage? Count the distinct actors by kind:

# %%
kinds = named.drop_duplicates("actor")["kind"].value_counts()
kinds[kinds > 0].rename(index=schema.labels("actors", "kind")).to_frame("distinct actors by kind")

# %% [markdown]
# ## 2. Compute: the report's numbers as data
#
# The report gives three figures that stick in the mind. In its own words (French news report of
# 17–18 August 2020): TikTok « compte près d'un milliard d'utilisateurs dans le monde »; Vanessa Pappas was
# « fière » of the « 1 500 employés américains » and promised « 10 000 emplois additionnels dans ce pays
# au cours des trois prochaines années ».
#
# The user statistics table stores these figures as rows flagged `in_article`, in **base units**
# (a billion is written out in full) with a `qualifier`: "près de" (nearly) becomes `about`.

# %%
stats = load_user_stats()
article_figures = stats[stats["in_article"]]
article_figures[["id", "metric", "value", "unit", "qualifier", "scope", "claim_type", "confidence"]]

# %%
# the same rows for reading: codes of the vocabularies in words (schema.labels), figures as people write them
pd.DataFrame({
    "figure": article_figures["label_en"],
    "value": article_figures["value"].map(fmt.number),
    "unit": article_figures["unit"].map(schema.labels("user_stats", "unit")),
    "qualifier": article_figures["qualifier"].map(schema.labels("user_stats", "qualifier")),
    "scope": article_figures["scope"].map(schema.labels("user_stats", "scope")),
})

# %% [markdown]
# Two columns deserve a second look. `claim_type` is `press_report`: these rows record what the
# report *said*, not what is true. And the users row has the metric `users_undefined`: the report does
# not say whether it counts downloads, monthly users or daily users. Keep that in mind for lesson 03.
#
# `headline_figures()` pairs each of the report's figures with what the record shows:

# %%
figures = headline_figures()
figures[["reported_label", "reported_value", "record_label", "record_value", "record_claim_type", "ratio"]]

# %%
# the same pairs for reading
pd.DataFrame({
    "the report says": figures["reported_label"],
    "figure": figures["reported_value"].map(fmt.number),
    "the record says": figures["record_label"],
    "record": figures["record_value"].map(fmt.number),
    "kind of source": figures["record_claim_type"].map(schema.labels("user_stats", "claim_type")),
    "report / record": figures["ratio"].map(lambda ratio: fmt.number(ratio, decimals=2)),
})

# %% [markdown]
# The same pairs as a chart, one panel per figure: the report hatched, the record plain.

# %%
fig = charts.reported_vs_record(figures)
print(charts.describe(fig))
fig

# %% [markdown]
# A ratio of one means the report and the record agree. The staff figure agrees with TikTok's own blog
# of late August 2020; by 2023 the company claimed far more staff in the US. The users figure is larger
# than what TikTok itself told a court for July 2020, and matches the company's monthly users only more
# than a year later. Every record here is TikTok's own word, which nobody audited: a **company claim** about users or
# staff, and a **company pledge** for the jobs.

# %% [markdown]
# ## 3. Compare: ratios, and what they mean
#
# A ratio turns two figures into one that is easier to feel. How many users did each US employee
# "serve"? Dividing the report's two figures is tempting:

# %%
by_id = stats.set_index("id")
world_users = by_id.loc["article-users-1bn", "value"]
us_staff = by_id.loc["article-us-staff-1500", "value"]
print(f"Report's users per US employee: {fmt.number(world_users / us_staff)}")

# %% [markdown]
# But this divides users **in the whole world** by employees **in the US** alone: the two figures do not
# cover the same scope (look at the `scope` column above). A fairer ratio takes both from the same
# place and the same month, here TikTok's own figures for the US in August 2020:

# %%
us_users = by_id.loc["tiktok-us-mau-2020-08"]
us_staff_record = by_id.loc["tiktok-us-staff-2020-08"]
claim_types = schema.labels("user_stats", "claim_type")
print(f"US monthly active users: {fmt.figure(us_users['value'], us_users['qualifier'])} "
      f"({claim_types[us_users['claim_type']]})")
print(f"US employees: {fmt.figure(us_staff_record['value'], us_staff_record['qualifier'])} "
      f"({claim_types[us_staff_record['claim_type']]})")
print(f"US monthly users per US employee: about {fmt.number(us_users['value'] / us_staff_record['value'])}")

# %% [markdown]
# Both figures are "more than" values, so the ratio is only an order of magnitude, not a precise
# number. That is still useful: it says TikTok ran a very large US service with a small US team, which
# raises a question lesson 04 takes up: where, and by whom, is such a service really run?
#
# ### Exercise 2 (pandas): how big was the promise?
#
# The report's jobs pledge and staff figure are rows `article-jobs-10000` and `article-us-staff-1500` of
# `by_id`. Compute **pledged new jobs per current US employee** (pledged jobs divided by staff) and put it
# in `answer`.

# %%
answer = None  # your code here

# %% tags=["solution"]
answer = by_id.loc["article-jobs-10000", "value"] / by_id.loc["article-us-staff-1500", "value"]
print(f"{fmt.number(answer, decimals=2)} pledged jobs per current US employee")

# %% tags=["check"]
check(answer, exercise="01.2")

# %% [markdown]
# Discuss with a neighbour: the pledge would have multiplied TikTok's US headcount several times over in
# three years. Is a promise like this a *fact* or a *message*? Who was it addressed to? TikTok first
# announced it in July 2020, while Washington openly discussed a ban; according to the report, its US head
# repeated it in a video in early August, just after President Trump said he would ban the app.
# (Lesson 07 checks what became of the pledge.)

# %% [markdown]
# ## 4. Chart: why a log scale?
#
# Our figures run from a few thousand employees to a billion users. How many **powers of ten** separate
# the smallest from the largest?

# %%
largest = article_figures["value"].max()
smallest = article_figures["value"].min()
print(f"Largest / smallest: {fmt.number(largest / smallest)}, "
      f"that is {fmt.number(math.log10(largest / smallest), decimals=1)} powers of ten")

# %% [markdown]
# On an ordinary (linear) axis, equal distances mean equal **differences**. With figures this far
# apart, the small ones shrink to nothing. On a logarithmic axis, equal distances mean equal **ratios**:
# each step is "ten times more", so every figure stays visible. `charts.scale_comparison` draws the same
# figures both ways, side by side.

# %%
fig = charts.scale_comparison(article_figures)
print(charts.describe(fig))
fig

# %% [markdown]
# On the linear panel, only the users bar is visible; on the log panel, each bar can be read and
# compared. The price of a log scale: readers must know that a bar twice as long is *not* twice as big.
# Always say so in the axis label, as the chart above does.
#
# ### Exercise 3 (matplotlib): draw it yourself
#
# Draw a horizontal bar chart of the report's three figures (`article_figures`, columns `label_en` and
# `value`) with matplotlib, and put the value axis on a log scale. Then set `answer` to the list
# `[ax.get_xscale(), len(ax.patches)]`: the name of your x-axis scale and the number of bars you drew.

# %%
answer = None  # your code here

# %% tags=["solution"]
import matplotlib.pyplot as plt

fig3, ax = plt.subplots(figsize=(7, 2.5))
ax.barh(article_figures["label_en"], article_figures["value"])
ax.set_xscale("log")
ax.set_xlabel("Value as reported (log scale: each step is ten times more)")
ax.set_title("The report's three figures")
fig3.tight_layout()
print(charts.describe(fig3))  # a title and axis labels also make a chart readable by a screen reader
answer = [ax.get_xscale(), len(ax.patches)]

# %% tags=["check"]
check(answer, exercise="01.3")

# %% [markdown]
# > **Glossaire / Glossary**
# > - *chiffre déclaré* (reported figure): what a source says, before it is checked.
# > - *ordre de grandeur* (order of magnitude): a power of ten; a billion and a thousand differ by six.
# > - *échelle logarithmique* (log scale): an axis where each step multiplies by the same factor.
# > - *rapport* (ratio): one figure divided by another, meaningful only if both cover the same scope.
# > - *déclaration de l'entreprise* (company claim): a figure a company gives about itself, unaudited.
#
# ## Discussion
# - The report gives a users figure without saying what it counts. What three questions would you ask
#   before using it? (Which measure? When? Who says so?)
# - Why would TikTok publicise its US staff and its jobs pledge in the summer of 2020?
#
# ## Key points
# - A news report can be read as data: events with dates and actors, figures with units, scope and source.
# - Store figures in base units with a qualifier ("about", "more than") and a claim type; a reported figure
#   is a row of its own, next to the record, not a replacement for it.
# - A ratio means something only when both figures cover the same scope and date.
# - When figures differ by several powers of ten, a log scale keeps them all visible; label it clearly.
#
# ## Quiz
# Answer, check, and read the explanation. A wrong answer gives a hint: try again.

# %%
quiz.show("01-story-in-numbers")
