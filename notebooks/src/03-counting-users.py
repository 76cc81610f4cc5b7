# %% [markdown]
# # 03 · Counting users
#
# **Time:** 45 minutes (teaching 20, exercises 25) · **Prerequisites:** lesson 01 (rows of the user
# statistics table, ratios)
#
# **Questions this lesson answers**
# - What is the difference between a download, a monthly active user and a daily active user?
# - Did TikTok really have « près d'un milliard d'utilisateurs » in August 2020, as the report said?
# - How much weight should we give a company's count of its own users?
#
# **Objectives**
# - Tell downloads, monthly active users and daily active users apart in a table, and never add or
#   plot them together.
# - Check the report's users figure against the record, date by date.
# - Compute a share of a population, and compare a company claim with an independent estimate.
#
# ---
#
# **Why this matters.** "Users" sounds like one thing; it is at least three. A **download** is counted
# each time someone installs the app, and stays in the running total even if the app is deleted the next day.
# A **monthly active user** (MAU) opened the app at least once in a month; a **daily active user** (DAU)
# on a given day. The same app can therefore have very different "user" figures at the same date, and
# each side of a dispute picks the one that suits it.

# %%
import pandas as pd

from lessons_lib import charts, check, fmt, load_claims, load_user_stats, quiz, schema, set_language

set_language("en")  # charts, quizzes and checks in English; the French edition says "fr"

pd.set_option("display.max_colwidth", 70)
pd.set_option("display.width", 120)

stats = load_user_stats()
by_id = stats.set_index("id")

# %% [markdown]
# ## 1. Read: which measures does the table hold?
#
# Every row of the user statistics table says **what** it counts (`metric`), **where** (`scope`) and
# **who says so** (`claim_type`). Counting the rows about users and downloads of TikTok and of its
# Chinese sister app Douyin, by measure and by kind of source:

# %%
apps = stats[stats["subject"].isin(["tiktok", "douyin"]) & stats["unit"].isin(["users", "downloads"])]
table = pd.crosstab(apps["metric"], apps["claim_type"])
table.rename(index=schema.labels("user_stats", "metric"), columns=schema.labels("user_stats", "claim_type"))

# %% [markdown]
# Most TikTok figures are **company claims**: numbers TikTok gave about itself, in a court complaint, a
# blog post or a CEO's video. Nobody audited them. Note the metric `users_undefined` ("Users (kind not
# stated)"): some claims say "users" without saying which kind.

# %% [markdown]
# ## 2. Compute: « près d'un milliard »?
#
# The report wrote that TikTok « compte près d'un milliard d'utilisateurs dans le monde » (French news
# report of 17–18 August 2020). Set that beside every figure near a billion in the record:

# %%
near_billion = ["tiktok-mau-2020-07", "eo-13942-downloads-world", "tiktok-downloads-2020-08",
                "article-users-1bn", "tiktok-mau-2021-09"]
compare = by_id.loc[near_billion, ["date", "metric", "value", "qualifier", "scope", "claim_type"]]
compare

# %%
article = by_id.loc["article-users-1bn", "value"]
# the same rows for reading: each figure with its qualifier in words, and the report's figure divided by it
pd.DataFrame({
    "month": compare["date"].map(fmt.month),
    "measure": compare["metric"].map(schema.labels("user_stats", "metric")),
    "figure": [fmt.figure(value, qualifier)
               for value, qualifier in zip(compare["value"], compare["qualifier"], strict=True)],
    "report / this": (article / compare["value"]).map(lambda ratio: fmt.number(ratio, decimals=2)),
})

# %% [markdown]
# Read the lines in date order:
# - TikTok's own court filing gave its **monthly active users** outside China for July 2020: clearly
#   fewer than a billion.
# - In the days around the report, a billion (and more) was the number of **downloads**: the US
#   executive order cited more than a billion downloads worldwide, and TikTok said it had passed two
#   billion.
# - TikTok announced a billion **monthly active users** only in September 2021, more than a year after
#   the report.
#
# So « près d'un milliard d'utilisateurs » overstated TikTok's monthly users. Where the billion came from is a
# hypothesis, not a finding: it matches the downloads cited by EO 13942 (over a billion), and it was already press
# shorthand (AFP wrote of "some one billion users" in July 2020), and it may count TikTok and Douyin together.
# The claims table records the verdict:

# %%
claim = load_claims().set_index("id").loc["c11-one-billion-users"]
print(f"Verdict: {schema.label('claims', 'verdict', claim['verdict'])}")
print(claim["evidence_en"])

# %% [markdown]
# How long did TikTok take to grow from its July 2020 figure to the billion it announced?

# %%
start, end = by_id.loc["tiktok-mau-2020-07"], by_id.loc["tiktok-mau-2021-09"]
months = (end["date"].to_period("M") - start["date"].to_period("M")).n  # whole months between the two
billion = fmt.qualified(fmt.number(end["value"] / 1e9) + " billion", end["qualifier"])
print(f"From {fmt.number(start['value'] / 1e6)} million ({fmt.long_month(start['date'])}) to "
      f"{billion} ({fmt.long_month(end['date'])}): "
      f"{months} months, a growth of at least {fmt.percent(100 * (end['value'] / start['value'] - 1))}.")

# %% [markdown]
# The growth of TikTok's monthly users outside China, as TikTok stated it, on one chart. Every point is
# a company claim, drawn with its qualifier ("more than"):

# %%
world_mau = stats[(stats["subject"] == "tiktok") & (stats["metric"] == "monthly_active_users")
                  & (stats["scope"] == "world_excl_china") & ~stats["in_article"]]
fig = charts.growth(world_mau)
print(charts.describe(fig))
fig

# %% [markdown]
# ### Exercise 1 (pandas): how fast did TikTok grow?
#
# Select the rows of `stats` whose `metric` is `monthly_active_users` and whose `scope` is
# `world_excl_china`, sort them by `date`, and compute the **growth factor** from the first figure to the
# last (last value divided by first value). Put it in `answer`.

# %%
answer = None  # your code here

# %% tags=["solution"]
world_mau = stats[(stats["metric"] == "monthly_active_users") & (stats["scope"] == "world_excl_china")]
world_mau = world_mau.sort_values("date")
answer = world_mau["value"].iloc[-1] / world_mau["value"].iloc[0]
print(f"{fmt.number(answer, decimals=1)} times more monthly users, "
      f"from {fmt.long_month(world_mau['date'].iloc[0])} to {fmt.long_month(world_mau['date'].iloc[-1])}")

# %% tags=["check"]
check(answer, exercise="03.1")

# %% [markdown]
# ## 3. Compute: what share of Americans?
#
# The report did not give a US figure, but TikTok did a week later, in the complaint it filed against
# the US government. A share of a population needs two rows that cover the **same place and time**:
# TikTok's US monthly users of August 2020 and the US census of April 2020.

# %%
by_id.loc[["tiktok-us-mau-2020-08", "tiktok-us-dau-2020-08", "us-population-2020"],
          ["date", "metric", "value", "qualifier", "claim_type", "source_title"]]

# %% [markdown]
# ### Exercise 2 (pandas): TikTok's US users as a share of the population
#
# Compute TikTok's US monthly active users in August 2020 (`tiktok-us-mau-2020-08`) as a **percentage** of
# the US resident population (`us-population-2020`), and put it in `answer` (a number between 0 and 100).

# %%
answer = None  # your code here

# %% tags=["solution"]
answer = 100 * by_id.loc["tiktok-us-mau-2020-08", "value"] / by_id.loc["us-population-2020", "value"]
print(f"{fmt.percent(answer)} of US residents")

# %% tags=["check"]
check(answer, exercise="03.2")

# %% [markdown]
# Before repeating "nearly a third of Americans use TikTok", keep three caveats in mind:
# - The users figure is a "more than", and a company claim.
# - It counts **accounts** active in a month, not people: one person with two accounts counts twice; a
#   family sharing a phone counts once.
# - The population counts everyone, babies included. A share of the population is not a share of
#   internet users or of adults.
#
# The same complaint gave a **daily** figure too. Daily users are a subset of monthly users: on a given
# day, only part of the month's users open the app.

# %%
us_mau, us_dau = by_id.loc["tiktok-us-mau-2020-08", "value"], by_id.loc["tiktok-us-dau-2020-08", "value"]
print(f"US daily active users / US monthly active users, August 2020: {fmt.percent(100 * us_dau / us_mau)} "
      f"(both company claims; 'about' and 'more than')")

# %% [markdown]
# TikTok's US monthly users over time, as TikTok stated them. Only rows whose metric is monthly active
# users are drawn: the later claims that say "users" without a definition are left out, on purpose.

# %%
us_mau = stats[(stats["subject"] == "tiktok") & (stats["metric"] == "monthly_active_users")
               & (stats["scope"] == "us") & ~stats["in_article"]]
fig = charts.growth(us_mau)
print(charts.describe(fig))
fig

# %% [markdown]
# The report noted that TikTok's « popularité s'est encore renforcée à la faveur des mois de confinement »
# (French news report of 17–18 August 2020). The steepest segment of the line, from late 2019 to mid-2020,
# agrees, as far as TikTok's own figures go.

# %% [markdown]
# ## 4. Compare: a company claim and an independent estimate
#
# From 2024 TikTok repeated one round US figure again and again, and the Supreme Court repeated it in its
# ruling of January 2025. Independent estimates, built from advertising audiences, came out lower. Here is
# an independent estimate, and the company claim closest to it in time:

# %%
estimate = by_id.loc["tiktok-us-estimate-2025-02"]
us_claims = stats[(stats["subject"] == "tiktok") & (stats["scope"] == "us")
                  & (stats["claim_type"] == "company_claim") & (stats["unit"] == "users")]
closest_id = (us_claims["date"] - estimate["date"]).abs().idxmin()
claim_row = us_claims.loc[closest_id]
metrics, levels = schema.labels("user_stats", "metric"), schema.labels("user_stats", "confidence")
claimed = fmt.qualified(fmt.number(claim_row["value"] / 1e6) + " million", claim_row["qualifier"])
estimated = fmt.qualified(fmt.number(estimate["value"] / 1e6, decimals=1) + " million", estimate["qualifier"])
print(f"Company claim:        {claimed}, {fmt.long_month(claim_row['date'])}, "
      f"metric: {metrics[claim_row['metric']]}, confidence: {levels[claim_row['confidence']]}")
print(f"  what it is:         {claim_row['label_en']}")
print(f"Independent estimate: {estimated}, {fmt.long_month(estimate['date'])}, "
      f"metric: {metrics[estimate['metric']]}, confidence: {levels[estimate['confidence']]}")
print(f"Source of the estimate: {fmt.source(estimate['source_title'])}")

# %% [markdown]
# ### Exercise 3 (pandas): how far apart?
#
# By how many **percent** is the company claim (`claim_row["value"]`) above the independent estimate
# (`estimate["value"]`)? Compute `100 * (claim - estimate) / estimate` and put it in `answer`.

# %%
answer = None  # your code here

# %% tags=["solution"]
answer = 100 * (claim_row["value"] - estimate["value"]) / estimate["value"]
print(f"The claim is {fmt.percent(answer)} above the estimate")

# %% tags=["check"]
check(answer, exercise="03.3")

# %% [markdown]
# Who is right? Neither figure is audited, and they do not measure the same thing: the company says
# "users" without a definition, the estimate measures **advertising reach** (people an advertiser can
# target), and its confidence is low. A gap this size is a reason to say *"TikTok says..."* and *"an
# independent estimate puts it at..."*, never to pick one silently.

# %% [markdown]
# ## 5. Keep Douyin apart
#
# TikTok is not available in mainland China; ByteDance runs a separate app there, **Douyin**. Douyin
# reported **daily** active users. Its growth has its own chart:

# %%
douyin_dau = stats[(stats["subject"] == "douyin") & (stats["metric"] == "daily_active_users")]
fig = charts.growth(douyin_dau)
print(charts.describe(fig))
fig

# %% [markdown]
# Why not add Douyin's daily users to TikTok's monthly users to get "over a billion"? Because the sum
# mixes two apps and two measures: a daily figure is always smaller than the monthly figure of the same
# app, so the total means nothing. The chart library refuses to draw the two measures on one line, and
# says why:

# %%
try:
    charts.growth(metric=["monthly_active_users", "daily_active_users"], subject=["tiktok", "douyin"])
except ValueError as err:
    print("ValueError:", err)

# %% [markdown]
# > **Glossaire / Glossary**
# > - *téléchargement* (download): one installation of the app; cumulative, never decreases.
# > - *utilisateurs actifs mensuels* (monthly active users, MAU): accounts that used the app in a month.
# > - *utilisateurs actifs quotidiens* (daily active users, DAU): accounts that used it on a given day.
# > - *portée publicitaire* (advertising reach): people an advertiser can reach; an estimate, not a count.
# > - *estimation indépendante* (independent estimate): a figure from someone other than the company.
#
# ## Discussion
# - In August 2020 both TikTok and the US government quoted download figures. Why might each side prefer
#   downloads to monthly users? (The biggest number makes the strongest case: popularity and the cost of a
#   ban for one, the scale of the risk for the other.)
# - A politician says "half of America uses TikTok". Which rows would you look at, and what would you
#   answer?
#
# ## Key points
# - Downloads, monthly active users and daily active users count different things; never add them or put
#   them on one line.
# - « Près d'un milliard d'utilisateurs » in August 2020 overstated monthly users: TikTok's own passed a billion only in
#   September 2021. That the billion echoed downloads (EO 13942: over a billion) is a hypothesis, not a fact.
# - A share of a population needs the same place and time for both figures, and says what it counts.
# - Company claims and independent estimates can differ by a wide margin; report both, with their source.
#
# ## Quiz
# Answer, check, and read the explanation.

# %%
quiz.show("03-counting-users")
