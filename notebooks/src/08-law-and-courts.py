# %% [markdown]
# # 08 · Law and courts, 2020–2026
#
# **Time:** 50 minutes (teaching 25, exercises 15, closing quiz 10) · **Prerequisites:** lesson 02 (pandas dates);
# the closing quiz draws on the whole series
#
# **Questions this lesson answers**
# - What legal instruments did the US government use against TikTok in 2020, and what did courts make of them?
# - What did President Biden's EO 14034 revoke in 2021, and what did it leave standing?
# - How did Congress vote on the 2024 divest-or-ban law, and what did the Supreme Court decide?
# - How did the deadlines of 2025 follow one another, and how did the story end in January 2026?
#
# **Objectives**
# - Tell apart the two legal tracks of August 2020: orders under IEEPA and the CFIUS order.
# - Compute gaps and deadlines between legal events with pandas.
# - Compute and chart the share of yeas in the three 2024 votes.
# - Reconstruct the chain of 2025 extensions from the data, and say what the data cannot tell.
#
# ---
#
# **What happened next.** The French report of 17–18 August 2020 describes « deux décrets » signed by
# President Trump (the article). Everything in this lesson came after it: the report could not know that
# courts would block the orders, that Congress would pass a law, or that the story would end in a joint
# venture. Treat it as "what happened next", not as context the article had.

# %%
import pandas as pd

import lessons_lib
from lessons_lib import charts, fmt, load_events, load_ownership, load_votes, quiz, schema, set_language

set_language("en")  # charts, quizzes and checks in English; the French edition says "fr"
pd.set_option("display.max_colwidth", None)  # whole titles, not their first 50 characters

events = load_events()
by_id = events.set_index("id")


def show(*ids):
    """Print the date, category and English title of events, by id."""
    for event_id in ids:
        row = by_id.loc[event_id]
        print(f"{fmt.day(row['date'])}  [{schema.label('events', 'category', row['category'])}]  {row['title_en']}")


# %% [markdown]
# ## 1. August 2020: two legal tracks
#
# The article speaks of two "décrets". Legally they were different instruments:
#
# - **EO 13942** (TikTok) and its twin **EO 13943** (WeChat), numbered executive orders resting on the
#   International Emergency Economic Powers Act (IEEPA) and the national emergency of EO 13873;
# - the order of 14 August 2020 on the Musical.ly acquisition, a **presidential order under the CFIUS statute**
#   (section 721 of the Defense Production Act), *not* a numbered executive order.
#
# Each sets a deadline: its length in days is stored in `deadline_days`, and the day the sources give in
# `deadline`. Compute the date plus the days, and compare with the stated day:

# %%
orders = by_id.loc[["2020-08-06-eo-13942", "2020-08-06-eo-13943", "2020-08-14-cfius-order"]]
orders = orders.assign(computed=orders["date"] + pd.to_timedelta(orders["deadline_days"], unit="D"))
orders[["date", "category", "deadline_days", "computed", "deadline", "claim_type"]]

# %%
print(by_id.loc["2020-08-14-cfius-order", "note"])

# %% [markdown]
# ## 2. Autumn 2020: the courts step in
#
# Before the deadlines arrived, the Commerce Department listed the banned transactions, and users and the
# company went to court. Here are the executive and court events of autumn 2020:

# %%
autumn = events[
    events["date"].between("2020-09-01", "2020-12-31")
    & events["category"].isin(["executive", "court"])
]
autumn[["date", "category", "title_en", "claim_type"]]

# %%
fig = charts.timeline(events, start="2020-08-01", end="2020-12-31",
                      categories=["executive", "investment_screening", "court"])
print(charts.describe(fig))
fig

# %% [markdown]
# Every one of the 2020 prohibitions was blocked before it could bite. The judges' grounds matter for what came later.
# For WeChat, Magistrate Judge Beeler ruled on First Amendment grounds. For TikTok, Judge Beetlestone relied on the
# limits IEEPA itself puts on banning "informational materials" (the words "phrased in the hypothetical", often
# attributed to her ruling, were not found in the copies read); Judge Nichols found the Commerce prohibitions likely
# beyond IEEPA. In the TikTok cases the courts said the President had used a statute that did not allow this, not that
# no law ever could.

# %%
show("2020-10-30-marland-injunction", "2020-12-07-second-injunction", "2020-11-12-commerce-non-enforcement")

# %% [markdown]
# ### Exercise 1: how long did the first ban survive on paper?
#
# Compute the number of days between the signing of EO 13942 and Judge Nichols's first injunction
# (`2020-09-27-first-injunction`). Use the `by_id` table and `.days` on the difference of two dates.

# %%
answer = None  # your code here

# %% tags=["solution"]
answer = (by_id.loc["2020-09-27-first-injunction", "date"] - by_id.loc["2020-08-06-eo-13942", "date"]).days
print(answer)

# %% tags=["check"]
lessons_lib.check(answer, exercise="08.1")

# %% [markdown]
# ## 3. June 2021: EO 14034 revokes the orders (but not all of them)
#
# President Biden replaced the app bans with an evidence-based review of apps linked to foreign adversaries.
# Which orders does his EO revoke? Read it from the data rather than from memory:

# %%
show("2021-06-09-eo-14034")
eo_14034 = by_id.loc["2021-06-09-eo-14034", "title_en"]
earlier = {"EO 13942": "13942", "EO 13943": "13943", "EO 13971": "13971",
           "Order of 14 Aug 2020 (CFIUS)": "cfius"}
for name, key in earlier.items():
    print(f"{name:<30} revoked by EO 14034: {fmt.yes_no(key in eo_14034)}")
print("note on EO 14034:", by_id.loc["2021-06-09-eo-14034", "note"])

# %% [markdown]
# The CFIUS order of 14 August 2020 was **not** revoked: the investment-screening track continued separately.
# A common slip is to call it an executive order and assume it fell with the others.

# %% [markdown]
# ## 4. 2024: Congress votes
#
# The Protecting Americans from Foreign Adversary Controlled Applications Act (PAFACA) went through three
# recorded votes. The `votes` table holds them:

# %%
votes = load_votes()
votes[["date", "chamber", "bill", "yeas", "nays", "source_title"]]

# %% [markdown]
# ### Exercise 2: how wide were the margins?
#
# Add a column `share_yeas` to `votes`: the yeas divided by the members who voted (yeas plus nays), as a
# fraction between zero and one. Then set `answer` to the **smallest** share of the three votes.

# %%
answer = None  # your code here

# %% tags=["solution"]
votes["share_yeas"] = votes["yeas"] / (votes["yeas"] + votes["nays"])
answer = votes["share_yeas"].min()
pd.DataFrame({
    "date": votes["date"].map(fmt.day),
    "chamber": votes["chamber"].map(schema.labels("votes", "chamber")),
    "yeas": votes["yeas"],
    "nays": votes["nays"],
    "share of those voting": (100 * votes["share_yeas"]).map(fmt.percent),
})

# %% tags=["check"]
lessons_lib.check(answer, exercise="08.2")

# %%
fig = charts.votes(votes)
print(charts.describe(fig))
fig

# %% [markdown]
# The table counts yeas and nays only: members who did not vote are not in it, so "share of those voting"
# is the honest label, not "share of Congress".
#
# Biden signed the package the day after the Senate vote. The law gave ByteDance a fixed number of days:

# %%
law = by_id.loc["2024-04-24-pafaca-signed"]
law_deadline = law["date"] + pd.Timedelta(days=int(law["deadline_days"]))
print(f"Signed {fmt.long_day(law['date'])}; {law['deadline_days']} days later: {fmt.long_day(law_deadline)}")
print(f"Deadline as the sources state it: {fmt.long_day(law['deadline'])}")
print(law["title_en"])

# %% [markdown]
# ## 5. January 2025: the courts uphold the law, and TikTok goes dark
#
# This time the courts did not block the measure. The question was no longer whether a statute allowed the
# President to act (Congress had acted itself) but whether the law broke the First Amendment.

# %%
show("2024-12-06-dc-circuit-upholds", "2025-01-10-supreme-court-argument", "2025-01-17-tiktok-v-garland",
     "2025-01-18-shutdown", "2025-01-19-service-restored")

# %%
argued = by_id.loc["2025-01-10-supreme-court-argument", "date"]
decided = by_id.loc["2025-01-17-tiktok-v-garland", "date"]
print(f"Supreme Court: argued to decided in {(decided - argued).days} days; "
      f"decided {(law_deadline - decided).days} days before the law's deadline")
print("The shutdown, per the events table:", by_id.loc["2025-01-18-shutdown", "note"])

# %% [markdown]
# ## 6. 2025: a chain of extensions
#
# From his inauguration day, President Trump ordered the law not to be enforced for a number of days, then
# extended that period again and again. The titles and the `deadline` column state the new deadlines;
# `deadline_days` stores the lengths:

# %%
extensions = events[events["id"].str.contains("extension")][["id", "date", "deadline_days", "deadline", "title_en"]]
extensions

# %% [markdown]
# A first guess: each deadline is the order's date plus its days. Compare the result with the deadlines
# the sources state:

# %%
naive = extensions["date"] + pd.to_timedelta(extensions["deadline_days"], unit="D")
print(f"{int((naive != extensions['deadline']).sum())} of {len(extensions)} guesses miss the stated deadline")
pd.DataFrame({
    "signed": extensions["date"].map(fmt.day),
    "days": extensions["deadline_days"],
    "date + days": naive.map(fmt.day),
    "stated deadline": extensions["deadline"].map(fmt.day),
    "same day?": (naive == extensions["deadline"]).map({True: "yes", False: "no"}),
})

# %% [markdown]
# Some of these are a day off the stated deadlines. Each extension was signed on or just before the day the
# previous period ran out, so try another reading: **each period starts where the previous one ended**.
#
# ### Exercise 3: chain the deadlines
#
# Compute the four deadlines as the first order's date plus the *running total* of `deadline_days`
# (`.cumsum()`), and set `answer` to that Series of dates. The check compares them with the `deadline` column,
# the deadlines as the sources state them.

# %%
answer = None  # your code here

# %% tags=["solution"]
answer = extensions["date"].iloc[0] + pd.to_timedelta(extensions["deadline_days"].cumsum(), unit="D")
print([fmt.day(d) for d in answer])

# %% tags=["check"]
lessons_lib.check(answer, exercise="08.3")

# %% [markdown]
# The chained dates match every deadline the sources state (that is what the check compares). Data literacy
# lesson: "N more days" needs a starting day, and the order's signature date is not always it.
#
# The order of September 2025 declared the joint-venture plan a "qualified divestiture" and gave another
# 120 days of non-enforcement, counted this time from the signing day ("120 days from the date of this order"):
# 23 January 2026, the date TikTok gave the press. The joint venture closed one day before:

# %%
show("2025-09-15-madrid-framework", "2025-09-25-qualified-divestiture-eo")
print("deadline_days of that order:", by_id.loc["2025-09-25-qualified-divestiture-eo", "deadline_days"])
stated = by_id.loc["2025-09-25-qualified-divestiture-eo", "deadline"]
print("deadline stated in the table:", "none" if pd.isna(stated) else fmt.day(stated))

# %% [markdown]
# ## 7. January 2026: the joint venture
#
# The story ends (for now) with a deal, not a ban. Lesson 05 reads the ownership in detail; here are the
# reported shares and the length of the whole saga:

# %%
show("2025-12-18-jv-agreements", "2026-01-22-joint-venture-closes")
shares = load_ownership()[["holder", "share_percent", "qualifier"]]
qualifiers = schema.labels("ownership", "qualifier")
print(shares.assign(qualifier=shares["qualifier"].map(qualifiers)).to_string(index=False))
print(f"Reported shares add up to {fmt.percent(shares['share_percent'].sum())}")
start, end = by_id.loc["2020-08-14-cfius-order", "date"], by_id.loc["2026-01-22-joint-venture-closes", "date"]
print(f"From the divestiture order to the closing: {fmt.number((end - start).days)} days, "
      f"about {fmt.number((end - start).days / 365.25, decimals=1)} years")

# %% [markdown]
# The whole legal path on one chart. Each bar runs from an order's date to its deadline as the sources state
# it (the `deadline` column), so the 2025 bars end on the stated days, not on date plus days. The order of
# September 2025 runs to 23 January 2026.

# %%
fig = charts.timeline(events, start="2020-08-01", end="2026-01-31",
                      categories=["executive", "legislation", "court"])
print(charts.describe(fig))
fig

# %% [markdown]
# ## Discussion
# 1. Courts blocked the 2020 orders but upheld the 2024 law. What was different about the *instrument*
#    (a presidential order under IEEPA vs an act of Congress) and about the *question* the judges had to answer?
# 2. From January to December 2025 a law with a deadline was not enforced by the executive, by order.
#    What does that tell you about who really decides, and what questions would you ask a lawyer?
# 3. Was the 2026 joint venture the "sale" that the August 2020 order demanded? Use the ownership rows
#    and the events of 2025 to argue for and against.
#
# ## Key points
# - August 2020 opened two legal tracks: IEEPA executive orders (EO 13942, EO 13943) and a presidential
#   order under the CFIUS statute. EO 14034 (2021) revoked the first kind, not the CFIUS order.
# - Courts blocked every 2020 prohibition before it took effect (TikTok's on statutory grounds, WeChat's on First
#   Amendment grounds); in 2025 the Supreme Court, unanimously, upheld the law Congress had passed.
# - Votes are counts: compute shares of those voting, and say who is not in the count.
# - "N days later" needs a starting day: the 2025 extensions only match their stated deadlines when chained.
# - The record ends in a joint venture closed in January 2026, not in a ban.
#
# ## Quiz: the whole series
# This closing quiz covers lessons 01 to 08. Take it without the notebooks first, then check.

# %%
quiz.show("08-law-and-courts")
