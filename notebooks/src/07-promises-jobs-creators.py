# %% [markdown]
# # 07 · Promises, jobs and creators
#
# **Time:** 40 minutes (teaching 20, exercises 20) · **Prerequisites:** lesson 00; lesson 02 helps (pandas dates)
#
# **Questions this lesson answers**
# - How many people did TikTok say it employed in the United States in 2020, and what did it promise?
# - What do "fewer than", "about" and "more than" change when we compute with a figure?
# - What is a promise worth as data, and can the record tell us whether this one was kept?
# - Why did a music-distribution deal matter in the middle of a national-security fight?
#
# **Objectives**
# - Select TikTok's US staff figures and its jobs pledge from the `user_stats` table, and chart them.
# - Compute with qualified figures as bounds, not as exact numbers.
# - Compute the pledge's deadline and what it implies, and explain why the data cannot say whether it was met.
# - Place the UnitedMasters deal and TikTok's creators in the story.
#
# ---
#
# **The story so far.** In July 2020 TikTok was under pressure in Washington: the Secretary of State talked
# of banning Chinese apps, and the President was about to sign his orders (lesson 02). TikTok answered with
# figures about itself: how many Americans it employed, how many jobs it would create. The French report of
# 17–18 August 2020 repeats them: Vanessa Pappas, head of TikTok's US branch, said she was « fière » of
# « 1 500 employés américains » and promised « 10 000 emplois additionnels dans ce pays au cours des trois
# prochaines années » (the article, quoting her). This lesson asks what kind of data each of those figures is.

# %%
import pandas as pd

import lessons_lib
from lessons_lib import charts, fmt, load_claims, load_events, load_user_stats, quiz, schema, set_language

set_language("en")  # charts, quizzes and checks in English; the French edition says "fr"
pd.set_option("display.max_colwidth", None)  # whole titles, not their first 50 characters

stats = load_user_stats()
events = load_events()
claims = load_claims()

# %% [markdown]
# ## 1. Two figures, two kinds of statement
#
# The article's figures are rows of `user_stats`, flagged `in_article`. Look at the `metric` and
# `claim_type` columns: one figure counts people already employed, the other counts jobs that do not exist yet.

# %%
columns = ["id", "metric", "value", "unit", "qualifier", "claim_type"]
article_rows = stats[stats["in_article"] & stats["metric"].isin(["employees", "pledged_jobs"])]
article_rows[columns]

# %% [markdown]
# The article is a *press report*: it relays what TikTok said. To check it we go back to what TikTok itself
# published, and to what it said later. Here are all of TikTok's US staff figures in the table, oldest first:

# %%
staff = stats[
    (stats["subject"] == "tiktok")
    & (stats["metric"] == "employees")
    & (stats["scope"] == "us")
    & ~stats["in_article"]
].sort_values("date")
staff[["id", "date", "value", "qualifier", "claim_type", "source_title"]]

# %% [markdown]
# ## 2. Qualifiers are part of the figure
#
# A source rarely gives an exact head count. The `qualifier` column keeps its words: `fewer_than` is a
# ceiling, `more_than` is a floor, `about` is a rounded value, `exact` is what the source stated without a
# qualifier (which is not the same as audited). Read each row back as a sentence:

# %%
claim_types = schema.labels("user_stats", "claim_type")  # each code's name: "company_claim" -> "company claim"

for row in staff.itertuples():
    said = fmt.qualified(fmt.number(row.value), row.qualifier)  # "fewer than 1,000", "about 1,400"...
    print(f"{fmt.long_month(row.date)}: {said} US employees "
          f"({claim_types[row.claim_type]}; {fmt.source(row.source_title)[:45]}...)")

# %%
print(f"Claim types of these {len(staff)} rows: {', '.join(staff['claim_type'].map(claim_types).unique())}")

# %% [markdown]
# Every one of these figures comes from TikTok itself: its announcement of July 2020, its blog of
# August 2020, its chief executive in March 2023. Nobody audited them. They are still useful: a company that
# inflates its head count in public takes a risk, and these figures can be compared with one another.
#
# The chart draws the same rows (we pass it our `staff` table, so the article's own figure is left out).
# Read its source line and its description.

# %%
fig = charts.growth(staff)
print(charts.describe(fig))
fig

# %% [markdown]
# ### Exercise 1: how much did the staff grow in 2020?
#
# In its announcement of July 2020, TikTok gave two figures: *fewer than* a number of US employees in
# January 2020, and *about* a number in July 2020 (the first two rows above). Compute, from the `staff` table
# and not by typing the figures, the **smallest** net growth these two statements allow between January and
# July. Which of the two values is a ceiling, and what does that do to the subtraction?
#
# Tip: `staff.set_index("id").loc["tiktok-us-staff-2020-07", "value"]` reads one value.

# %%
answer = None  # your code here

# %% tags=["solution"]
by_id = staff.set_index("id")
answer = by_id.loc["tiktok-us-staff-2020-07", "value"] - by_id.loc["tiktok-us-staff-2020-01", "value"]
print(f"More than about {fmt.number(answer)} people, net, in about six months")

# %% tags=["check"]
lessons_lib.check(answer, exercise="07.1")

# %% [markdown]
# Because January's figure is a ceiling, the true growth was *larger* than your result. Now the other end:
# between August 2020 (a *more than* figure, a floor) and March 2023, the same subtraction gives a *ceiling*:

# %%
by_id = staff.set_index("id")
august, march_2023 = by_id.loc["tiktok-us-staff-2020-08"], by_id.loc["tiktok-us-staff-2023-03"]
growth_2020_2023 = march_2023["value"] - august["value"]
print(f"August 2020: {fmt.qualified(fmt.number(august['value']), august['qualifier'])}; "
      f"March 2023: {fmt.number(march_2023['value'])} "
      f"({schema.label('user_stats', 'qualifier', march_2023['qualifier'])} as stated)")
print(f"Net growth August 2020 -> March 2023: at most about {fmt.number(growth_2020_2023)} employees")

# %% [markdown]
# ## 3. The pledge as data
#
# The promise of new jobs is a row of its own, with a claim type found nowhere else in the table:

# %%
pledge = stats.set_index("id").loc["tiktok-jobs-pledge-2020-07"]
unit = schema.label("user_stats", "unit", pledge["unit"])
print(f"{pledge['label_en']}: {fmt.number(pledge['value'])} {unit}, announced {fmt.long_day(pledge['date'])}")
print(f"claim type: {schema.label('user_stats', 'claim_type', pledge['claim_type'])}; note: {pledge['note']}")
print(f"rows of user_stats with this claim type: {(stats['claim_type'] == 'company_pledge').sum()}")

# %% [markdown]
# A **company claim** describes the present ("we have ... employees"); a **company pledge** describes a
# future the company chooses to announce. A claim can be checked against other sources at the same date; a
# pledge can only be checked later, against an outcome measured the same way. Both are unaudited.
#
# Note also that the article places the promise in Pappas's early-August video, while the record dates the
# announcement to July 2020 (the claims table says so):

# %%
jobs_claim = claims.set_index("id").loc["c17-jobs-10000"]
print(f"verdict: {schema.label('claims', 'verdict', jobs_claim['verdict'])}\n"
      f"{jobs_claim['evidence_en']}\nnote: {jobs_claim['note']}")

# %% [markdown]
# ### Exercise 2: when was the pledge due?
#
# The pledge covers "the next three years" from its announcement. Compute its deadline as a pandas
# `Timestamp` from `pledge["date"]`. `pd.DateOffset(years=...)` adds calendar years, whatever the number of
# days in between. (Challenge: add a `pd.Timedelta` of three years' worth of days instead. Same date? Why?)

# %%
answer = None  # your code here

# %% tags=["solution"]
answer = pledge["date"] + pd.DateOffset(years=3)
print(f"Pledge due: {fmt.long_day(answer)}")
print(f"Last staff figure in the table: {fmt.long_day(march_2023['date'])}, "
      f"{(answer - march_2023['date']).days} days before the deadline")

# %% tags=["check"]
lessons_lib.check(answer, exercise="07.2")

# %% [markdown]
# ### Exercise 3: what would "kept" look like?
#
# Suppose the new jobs came on top of the staff TikTok had when it made the promise. Compute that implied
# head count at the deadline: the July 2020 staff figure plus the pledged jobs, both read from the data.

# %%
answer = None  # your code here

# %% tags=["solution"]
answer = by_id.loc["tiktok-us-staff-2020-07", "value"] + pledge["value"]
print(f"About {fmt.number(answer)} US employees by the deadline, if the pledge meant net new jobs")

# %% tags=["check"]
lessons_lib.check(answer, exercise="07.3")

# %% [markdown]
# Now draw your implied head count (your `answer` to exercise 3) on the staff chart. The chart function returns a
# chart whose matplotlib axes, `fig.ax`, takes ordinary matplotlib calls; until you have an answer, the chart
# shows the staff figures alone.

# %%
fig = charts.growth(staff)
print(charts.describe(fig))
if answer is not None:  # your answer to exercise 3, as a dashed line
    ax = fig.ax
    ax.set_ylim(0, answer * 1.4)  # make room for the new line above the points
    ax.axhline(answer, linestyle="--", color="black", linewidth=1)
    ax.annotate("staff of July 2020 + pledged jobs (if net)", (ax.get_xlim()[1], answer),
                xytext=(-8, 6), textcoords="offset points", ha="right", fontsize=8)
    print(f"Added: a dashed line at {fmt.number(answer)} employees (your implied head count).")
fig

# %% [markdown]
# On the face of it, the last figure falls short of that line. **But the sources do not establish whether the
# pledge was met**, and the data says so (`note` of the pledge row). Before you conclude, list what you would
# need to know:
#
# - *What counts as a job?* The pledge speaks of jobs; the staff figures count employees. Our sources define
#   neither (contractors? jobs at ByteDance's other US units?).
# - *Gross or net?* Does the promise mean jobs created, or head count after departures?
# - *When?* The last figure predates the deadline, and nothing in the table is dated at the deadline.
# - *Who says so?* Every figure here is TikTok's own; we have no independent count.
#
# A careful sentence: "TikTok pledged new US jobs over three years in July 2020; its own later figure of
# March 2023 is well below staff plus pledge, and no source we found says whether the pledge was met."

# %% [markdown]
# ## 4. Creators: the people TikTok needed on its side
#
# The same Monday the article reports, TikTok announced a deal with **UnitedMasters**, a US music
# distributor:

# %%
deal = events.set_index("id").loc["2020-08-17-unitedmasters"]
print(f"{fmt.long_day(deal['date'])} ({schema.label('events', 'category', deal['category'])}): {deal['title_en']}")
print(f"source: {fmt.source(deal['source_title'])}; {deal['note']}")

# %% [markdown]
# The **creator economy** is the name for people who earn a living from what they post (music, videos,
# commentary) and for the firms that serve them: platforms, distributors, agencies. A platform needs creators
# to bring an audience; creators need a way to turn attention into income.
#
# Steve Stoute, UnitedMasters' founder and chief executive, put the deal this way, as quoted in French by the
# article: « TikTok est le meilleur endroit pour que votre musique devienne virale », and UnitedMasters the
# place to make it last « tout en conservant les droits sur votre travail ». The deal is confirmed; the
# wording of the quotation is not, and the claims table says so:

# %%
stoute = claims.set_index("id").loc["c19-stoute-quote"]
print(f"verdict: {schema.label('claims', 'verdict', stoute['verdict'])}\n{stoute['evidence_en']}")

# %% [markdown]
# Why would a deal about songs matter in a national-security fight? The article gives its own reading: TikTok
# was trying to show that « son identité et ses pratiques sont solidement ancrées aux États-Unis » (the article).
# The deal gave American artists and an American firm a stake in TikTok's future: a ban would hit them too.
#
# Creators did more than sign deals. The case that blocked the November 2020 prohibitions was brought by
# TikTok creators (Marland, one of them, gave the case its name):

# %%
creators_in_court = events[events["note"].fillna("").str.contains("creators")]
creators_in_court[["date", "category", "title_en", "claim_type"]]

# %% [markdown]
# And the article's other Pappas quotation, « Nous sommes ici pour longtemps »? It checks out: Canyon News quotes
# the same video ending "we're here for the long run", which the French renders fairly. No full transcript was found.

# %%
long_haul = claims.set_index("id").loc["c10-long-haul-quote"]
print(f"verdict: {schema.label('claims', 'verdict', long_haul['verdict'])}\n{long_haul['evidence_en']}")

# %% [markdown]
# > **Glossaire / Glossary**
# > - *pledge*: promesse, engagement (une déclaration sur l'avenir)
# > - *head count, staff*: effectif
# > - *company claim*: déclaration de l'entreprise (non vérifiée par un tiers)
# > - *qualifier*: « moins de », « environ », « plus de » — un plafond, un arrondi, un plancher
# > - *creator economy*: économie des créateurs
#
# ## Discussion
# 1. A politician says "TikTok broke its promise of American jobs." Using only this lesson's data, what can
#    you say for and against that sentence?
# 2. Why would a company under threat of a ban publish job figures and a jobs pledge? Who was the audience?
# 3. Creators were plaintiffs in one of the cases against the 2020 orders. Whose interests does a ban touch,
#    beyond the company and the two governments?
#
# ## Key points
# - A staff figure and a jobs pledge are different kinds of data: a `company_claim` about the present and a
#   `company_pledge` about the future. Both are TikTok's own, unaudited words.
# - Qualifiers are part of a figure: "fewer than" is a ceiling, "more than" a floor. A difference between two
#   qualified figures is itself a bound.
# - A pledge can only be checked against an outcome measured the same way at the deadline. Our sources have
#   none, so whether the pledge was met is **not established**.
# - The UnitedMasters deal shows TikTok tying its fate to American creators; creators then took the 2020
#   orders to court.
#
# ## Quiz

# %%
quiz.show("07-promises-jobs-creators")
