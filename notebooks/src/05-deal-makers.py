# %% [markdown]
# # 05 · The deal makers
#
# **Time:** 40 minutes (teaching 20 · exercises 20) · **Prerequisites:** lesson 00; lesson 02 helps
# (filtering events)
#
# **Questions this lesson answers**
# - Who tried to buy TikTok's US business in 2020, and who finally owned it in 2026?
# - What did each side want: the buyers, the investors, ByteDance, and the governments in Washington and Beijing?
# - How do you find every event an actor took part in, when a table lists several actors in one cell?
# - Who owns the 2026 joint venture, and how do the reported shares add up?
#
# **Objectives**
# - Filter the actors table by kind and read each actor's role.
# - Find an actor's events with `str.split` and `explode`, and see why `str.contains` can over-count.
# - Read the joint-venture ownership chart and compute what the reported shares add up to.
# - Match each actor to its role.

# %%

import pandas as pd

import lessons_lib
from lessons_lib import (
               charts,
               fmt,
               load_actors,
               load_events,
               load_ownership,
               load_user_stats,
               quiz,
               schema,
               set_language,
)
from lessons_lib.i18n import pick

set_language("en")  # charts, quizzes and checks in English; the French edition says "fr"
pd.set_option("display.max_colwidth", None)  # show whole roles and titles, not their first 50 characters

# %% [markdown]
# ## 1. The cast
#
# The August 2020 report names two possible buyers: « Microsoft est en négociations avancées pour racheter
# l'application » and, « selon l'agence Bloomberg », Oracle « aussi sur les rangs » with the venture-capital firm
# Sequoia Capital (France 24, 18 August 2020; lesson 06 shows the scoop was in fact the Financial Times').
# The story that followed brought in more players. The actors table gives each one a kind, a country and a role.
# Each row also has a `note` saying where a detail comes from: MGX's country, for one, is not in the research files.

# %%
actors = load_actors()
deal_makers = ["microsoft", "oracle", "walmart", "sequoia", "general-atlantic", "silver-lake", "mgx",
               "bytedance-investors", "bytedance", "trump", "biden", "china-government", "tiktok-usds-jv"]
cast = actors.set_index("id").loc[deal_makers, ["name_en", "kind", "country", "role_en"]]
cast[["name_en", "kind", "country"]]

# %%
pd.DataFrame({
    "actor": cast["name_en"],
    "kind": cast["kind"].map(schema.labels("actors", "kind")),  # the kind in words, not its code
    "role": cast["role_en"],
})

# %%
kinds = cast["kind"].value_counts()  # a categorical counts every kind of the vocabulary, even absent ones
kinds[kinds > 0].rename(index=schema.labels("actors", "kind")).to_frame("deal makers by kind")

# %% [markdown]
# ## 2. Who wanted what
#
# Roles are facts; *wants* are an interpretation. The table below reads each actor's wants from what it did,
# as recorded in the events and actors tables. Treat it as a hypothesis to test, not as a record.
#
# | Actor | What it did | What it seems to have wanted |
# |---|---|---|
# | Microsoft | Confirmed talks for TikTok's business in the US, Canada, Australia and New Zealand; turned down by ByteDance | A large consumer app, bought outright |
# | Oracle | Bidder, then "trusted technology partner" of the TikTok Global plan, host of US data (Project Texas), shareholder of the joint venture | A lasting role: first as owner, then as host, then as part-owner |
# | Walmart | Oracle's partner in TikTok Global, which never closed | A stake beside Oracle (its reasons are not in our sources) |
# | Sequoia, General Atlantic | Existing ByteDance investors working with Oracle in 2020 | To protect the value of what they already owned (an inference) |
# | Silver Lake, MGX | Managing investors of the joint venture | A stake in the US business (their reasons are not in our sources) |
# | ByteDance | Refused Microsoft; kept a minority stake in the joint venture | To keep as much of TikTok, and of its algorithm, as it could |
# | US government | Orders of 2020, the law of 2024, the order of September 2025 | To end Chinese control over the app and its US data |
# | Chinese government | Export control on recommendation algorithms (2020); signed off on the deal, says the White House (2026) | A say over the technology and the terms |
#
# **Discuss.** Pick one row. What evidence in the tables supports the right-hand column? What would weaken it?
#
# ## 3. Which events involve whom
#
# In `events.csv`, the `actors` column lists actor ids separated by `;`, for example `trump;bytedance`. Two ways to
# find an actor's events:

# %%
events = load_events()
print(events.loc[events["id"] == "2025-12-18-jv-agreements", "actors"].iloc[0])

# %%
by_contains = events["actors"].str.contains("tiktok")
print(f"Rows whose actors text contains 'tiktok': {int(by_contains.sum())}")

exploded = events.assign(actor=events["actors"].str.split(";")).explode("actor")
exact = exploded[exploded["actor"] == "tiktok"]
print(f"Rows with the actor id exactly 'tiktok': {exact['id'].nunique()}")

# %% [markdown]
# Why do the two counts differ? `str.contains` looks for the letters anywhere in the cell, so `tiktok-usds-jv` (the
# joint venture) matches "tiktok" too. After `explode`, each row holds one actor id, and `==` matches only the exact id.
# The rows that make the difference:

# %%
extra = events[by_contains & ~events["id"].isin(exact["id"])]
print(extra[["id", "actors"]].to_string(index=False))

# %% [markdown]
# With one actor per row, counting every deal maker's events is one line:

# %%
counts = exploded[exploded["actor"].isin(deal_makers)]["actor"].value_counts()
counts.rename("events")

# %% [markdown]
# ### Exercise 1: Oracle's events
#
# Using `exploded`, make `answer` the **number of events** in which `oracle` is one of the actors.
# (Count rows where the `actor` column equals `"oracle"`.)

# %%
answer = None  # your code here

# %% tags=["solution"]
answer = int((exploded["actor"] == "oracle").sum())
answer

# %% tags=["check"]
lessons_lib.check(answer, exercise="05.1")

# %% [markdown]
# Now read Oracle's path from bidder to owner, event by event:

# %%
oracle = exploded[exploded["actor"] == "oracle"].sort_values("date")
pd.DataFrame({
    "date": oracle["date"],
    "category": oracle["category"].map(schema.labels("events", "category")),
    "what happened": oracle["title_en"],
})

# %% [markdown]
# ## 4. The deals on a timeline
#
# The corporate and executive moves around a sale, from Microsoft's talks in 2020 to the joint venture in 2026.
# The chart keeps only events with at least one deal maker other than the two presidents.

# %%
buyers = [a for a in deal_makers if a not in ("trump", "biden")]
deal_ids = exploded.loc[exploded["actor"].isin(buyers), "id"].unique()
deal_events = events[events["id"].isin(deal_ids)]
fig = charts.timeline(deal_events, start="2020-07-15", end="2026-02-28",
                      categories=["corporate", "executive", "export_control", "diplomacy"],
                      title=pick({"en": "The deal makers: from bids to a joint venture, 2020-2026",
                                  "fr": "Les faiseurs d'accords : des offres à la coentreprise, 2020-2026"}))
print(charts.describe(fig))

# %%
fig

# %% [markdown]
# What was the business worth? The record has one official valuation of the US business, from September 2025. A
# valuation is an estimate of worth, not a price paid:

# %%
value = load_user_stats().set_index("id").loc["tiktok-us-valuation-2025-09"]
print(f"{value['label_en']}: about US${fmt.number(value['value'] / 1e9)} billion "
      f"({schema.label('user_stats', 'claim_type', value['claim_type'])})")
print("Note:", value["note"])

# %% [markdown]
# ## 5. Who owns the joint venture
#
# Binding agreements were signed in December 2025 and the TikTok USDS Joint Venture closed in January 2026.
# `load_ownership()` holds the reported shares:

# %%
ownership = load_ownership()
ownership[["holder", "share_percent", "qualifier", "claim_type", "confidence"]]

# %%
fig = charts.ownership(ownership)
print(charts.describe(fig))

# %%
fig

# %% [markdown]
# ### Exercise 2: what do the reported shares add up to?
#
# Make `answer` the **sum** of the `share_percent` column of `ownership`, as a plain `float`.
# Then check it against the structure the memo reports: 50% for new investors, 30.1% and 19.9%.

# %%
answer = None  # your code here

# %% tags=["solution"]
answer = float(ownership["share_percent"].sum())
print(f"Reported shares add up to {fmt.percent(answer)}")

# %% tags=["check"]
lessons_lib.check(answer, exercise="05.2")

# %%
bytedance_share = float(ownership.set_index("holder").loc["bytedance", "share_percent"])
consortium = ownership.set_index("holder").loc[["oracle", "silver-lake", "mgx", "other-new-investors"], "share_percent"]
print(f"New-investor consortium: {fmt.percent(float(consortium.sum()))}, "
      f"of which {fmt.percent(float(consortium.drop('other-new-investors').sum()))} for the three named investors.")
print(f"ByteDance keeps {fmt.percent(bytedance_share)}, the largest single holding after the "
      f"group of ByteDance investors' affiliates.")
print("Note on ByteDance's row:", ownership.set_index("holder").loc["bytedance", "note"])

# %% [markdown]
# **Read the whole sentence.** Add up only the holders the memo names (three investors and the two ByteDance groups) and
# you find 5% short of the whole. The memo fills the gap: the joint venture is "50 percent held by a consortium of new
# investors, including Oracle, Silver Lake and MGX with 15 percent each" (AP). So the other 5% belongs to consortium
# members the memo does not name; the row for them is derived (50 minus 3 × 15), and its qualifier says *about*. At
# closing, MacRumors named the Dell Family Office and affiliates of Susquehanna among the additional stakeholders. Two
# cautions remain: the shares are **company statements relayed by the press**, and the "affiliates of existing ByteDance
# investors" are not named, so we cannot tell how much of that block is linked to investors who also appear elsewhere in
# the story.
#
# ### Exercise 3 (challenge): first and last appearance
#
# Using `exploded`, make `answer` a DataFrame with one row per **investor** (the actors whose `kind` is `investor`)
# and three columns, `actor`, `first` and `last`: the dates of the first and last events each appears in, sorted
# by `first`, then by `actor`. Hint: `groupby("actor")["date"].agg(first="min", last="max")`, then `.reset_index()`.

# %%
answer = None  # your code here

# %% tags=["solution"]
investors = actors.loc[actors["kind"] == "investor", "id"]
answer = (exploded[exploded["actor"].isin(investors)]
          .groupby("actor")["date"].agg(first="min", last="max")
          .reset_index().sort_values(["first", "actor"]))
answer

# %% tags=["check"]
lessons_lib.check(answer, exercise="05.3")

# %% [markdown]
# ## Discussion prompts
#
# 1. In 2020 the order of 14 August required a full divestiture; in 2026 ByteDance still holds a stake. Who gained,
#    and who gave way, between the two? Use the ownership table.
# 2. The venture-capital firms that backed ByteDance appear on both sides of the table in 2020. Is that a
#    conflict of interest, or a normal part of a sale?
# 3. Why might a government prefer a joint venture with a named security provider to an outright ban?
# 4. One ownership row is computed, not stated. How should a chart or a caption show a figure you derived?
#
# ## Key points
# - The deal makers were buyers (Microsoft, Oracle, Walmart), investors (Sequoia, General Atlantic, Silver Lake,
#   MGX, and ByteDance's investors' affiliates), the seller (ByteDance) and two governments.
# - Microsoft was turned down in 2020; the Oracle–Walmart plan never closed; the joint venture closed in 2026
#   with Oracle among its owners.
# - A `;`-separated list in a cell needs `str.split` and `explode` for exact matching; `str.contains` matches
#   substrings and can over-count.
# - Read a figure in its sentence: "including" put the three 15% stakes inside a 50% consortium. Label a derived
#   figure as derived, and never invent an owner.
#
# ## Quiz

# %%
quiz.show("05-deal-makers")
