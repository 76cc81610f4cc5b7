# %% [markdown]
# # 02 · Timeline of a showdown
#
# **Time:** 45 minutes (teaching 20, exercises 25) · **Prerequisites:** lesson 01 (filtering a pandas
# table with a condition)
#
# **Questions this lesson answers**
# - In what order did things happen in the summer of 2020, and what deadlines did the two orders set?
# - How do we add days to a date, and count the days between two dates, with pandas?
# - How does the story look at the scale of a few months, then of a decade?
#
# **Objectives**
# - Compute a deadline (a date plus a number of days) and a gap (a date minus a date) with pandas.
# - Check a report's "ten days ago" against the record.
# - Read a timeline at two scales and put the key events in order.
#
# ---
#
# **Why dates matter.** Geopolitics is made of deadlines: an order gives a company so many days to sell,
# a law gives it so many days to divest, a court rules days before a deadline falls. The French news
# report of 17–18 August 2020 says President Trump acted « il y a dix jours » and, « Vendredi 14 août »,
# signed a second order forcing ByteDance to sell TikTok's US business « d'ici 90 jours ».
# Let us check those dates with pandas.

# %%
import pandas as pd

from lessons_lib import charts, check, fmt, load_claims, load_events, quiz, schema, set_language

set_language("en")  # charts, quizzes and checks in English; the French edition says "fr"

pd.set_option("display.max_colwidth", None)  # whole titles and notes
pd.set_option("display.width", 120)


def day(when):
    """A date as 'Thursday 6 August 2020' (the same on every operating system)."""
    return fmt.long_day(when, weekday=True)

# %% [markdown]
# ## 1. Read: dates in the events table
#
# `load_events()` returns the `date` column as real dates (`datetime64`), not text, so pandas can sort
# them, subtract them and add days to them.

# %%
events = load_events()
events[["id", "date", "date_precision", "deadline_days"]].dtypes

# %% [markdown]
# Not every date is known to the day. `date_precision` says how precise each date is: a row known only
# to the month is stored on the first day of that month. Never compute a gap in days from such a row
# without saying so.

# %%
precision = events["date_precision"].value_counts(sort=False)
precision[precision > 0].to_frame("events by date precision")  # quarter and year: in the vocabulary, in no row

# %%
rough = events[events["date_precision"] != "day"]
rough[["date", "date_precision", "title_en"]]

# %% [markdown]
# The summer of 2020, from July to November, in date order:

# %%
summer = events[(events["date"] >= "2020-07-01") & (events["date"] <= "2020-11-30")]
summer = summer.sort_values("date", kind="stable")
print(f"{len(summer)} events between July and November 2020, of which {int(summer['in_article'].sum())} "
      f"are mentioned in the report.")
summer[["date", "category", "in_article", "title_en"]]

# %% [markdown]
# ## 2. Compute: deadlines
#
# Some rows carry a `deadline_days`: the number of days an order or a law gave before it took effect or
# had to be obeyed. Adding days to a date is one line: `date + pd.Timedelta(days=n)`.
#
# The report mentions two such deadlines. The first is **EO 13942**, the executive order of early August
# against transactions with ByteDance:

# %%
by_id = events.set_index("id")
eo = by_id.loc["2020-08-06-eo-13942"]
eo_deadline = eo["date"] + pd.Timedelta(days=int(eo["deadline_days"]))
print(f"EO 13942 signed {day(eo['date'])}; {eo['deadline_days']} days later: {day(eo_deadline)}")

# %% [markdown]
# The order did not name the banned transactions itself: it asked the Secretary of Commerce to
# identify them, which Commerce did two days before the deadline. Find that row in the table above
# (category `executive`, mid-September).
#
# The second is the order of 14 August. Careful with its name: the report calls it a « deuxième décret »
# (a second decree), but it is a **presidential order under section 721 of the Defense Production Act**,
# the law that gives CFIUS, the committee that screens foreign investment, its powers. It is not a
# numbered executive order. Its `category` says so:

# %%
cfius = by_id.loc["2020-08-14-cfius-order"]
category = schema.label("events", "category", cfius["category"])  # the category's name, not its code
print(f"{day(cfius['date'])}, category: {category}, deadline: {cfius['deadline_days']} days")
print(cfius["title_en"])
print("Note:", cfius["note"])

# %% [markdown]
# ### Exercise 1 (pandas): when did the divestiture deadline fall?
#
# Compute the date on which the `deadline_days` of the 14 August order (`cfius` above) ran out, as a
# pandas `Timestamp`, and put it in `answer`.

# %%
answer = None  # your code here

# %% tags=["solution"]
answer = cfius["date"] + pd.Timedelta(days=int(cfius["deadline_days"]))
print(day(answer))

# %% tags=["check"]
check(answer, exercise="02.1")

# %% [markdown]
# What happened on the day you found? Look it up in the table (the table stays empty until your `answer` is a date
# in it):

# %%
events.loc[events["date"] == answer, ["date", "category", "title_en"]]

# %% [markdown]
# Every dated order in the table can get a computed deadline in one go. `deadline_days` is a nullable
# integer column (empty for most events), so keep only the rows that have one, then convert days to
# durations. The table also has a `deadline` column: the day the deadline ran to, **as the sources state
# it**. Put the two side by side:

# %%
with_deadline = events.dropna(subset=["deadline_days"]).copy()
with_deadline["date_plus_days"] = with_deadline["date"] + pd.to_timedelta(
    with_deadline["deadline_days"].astype("int64"), unit="D")
with_deadline[["id", "date", "deadline_days", "date_plus_days", "deadline"]]

# %% [markdown]
# The twin order against WeChat shares the first deadline; the later rows belong to the 2024 law and
# to the executive orders of 2025 that postponed its enforcement or approved the divestiture plan (lesson 08).
# Does the simple sum always give the deadline the sources state? Compare the two columns:

# %%
stated = with_deadline.dropna(subset=["deadline"])
agree = stated["date_plus_days"] == stated["deadline"]
no_stated = with_deadline[with_deadline["deadline"].isna()]
print("No stated deadline:", ", ".join(no_stated["id"]) or "none")
print(f"date + deadline_days gives the stated deadline for {int(agree.sum())} of {len(stated)} rows "
      f"with a stated deadline. The others:")
stated.loc[~agree, ["id", "date_plus_days", "deadline", "note"]]

# %% [markdown]
# The 2020 orders and the 2024 law match, and so do some of the 2025 extensions. The mismatches are extensions signed
# the day before the previous deadline fell: their days ran **from that previous deadline**, not from the signing day,
# as the notes say; lesson 08 (section 6) rebuilds the whole chain. The order of September 2025 counts its 120 days from
# the signing day ("120 days from the date of this order"): its deadline, 23 January 2026, is the date TikTok gave the
# press. "N days later" always needs a starting day.

# %% [markdown]
# ## 3. Compute: days between events
#
# Subtracting two dates gives a `Timedelta`; its `.days` is a plain number. How long before the report
# was EO 13942 signed? The report's own events (the website launch, the music deal) are dated on the day
# it describes:

# %%
report_day = by_id.loc["2020-08-17-website", "date"]
gap = report_day - eo["date"]
print(f"From EO 13942 ({day(eo['date'])}) to the day the report describes ({day(report_day)}): {gap.days} days")

# %% [markdown]
# The report said « il y a dix jours ». The claims table, where each of the report's statements is
# checked against the record (lesson 06), gives its verdict:

# %%
claim = load_claims().set_index("id").loc["c03-ten-days-earlier"]
print(f"Verdict: {schema.label('claims', 'verdict', claim['verdict'])}")
print(claim["evidence_en"])

# %% [markdown]
# Right, once you ask whose calendar counts: the order was signed late on Thursday 6 August in Washington,
# already 7 August in Paris, ten days before Monday 17 August. The subtraction above counts US calendar days.
# Time zones matter for deadlines too, where a day decides whether a ban applies.
#
# ### Exercise 2 (pandas): from the law to the Supreme Court
#
# Four years later, Congress took over with a law of its own. Using `by_id`, compute the number of days
# from the signing of the 2024 law (`2024-04-24-pafaca-signed`) to the Supreme Court's ruling
# (`2025-01-17-tiktok-v-garland`). Put a plain integer in `answer`.

# %%
answer = None  # your code here

# %% tags=["solution"]
answer = (by_id.loc["2025-01-17-tiktok-v-garland", "date"] - by_id.loc["2024-04-24-pafaca-signed", "date"]).days
print(answer)

# %% tags=["check"]
check(answer, exercise="02.2")

# %% [markdown]
# Compare that gap with the law's own deadline:

# %%
law = by_id.loc["2024-04-24-pafaca-signed"]
ruling = by_id.loc["2025-01-17-tiktok-v-garland"]
law_deadline = law["date"] + pd.Timedelta(days=int(law["deadline_days"]))
print(f"The law gave {law['deadline_days']} days: deadline {day(law_deadline)}.")
print(f"The Supreme Court ruled on {day(ruling['date'])}, "
      f"{(law_deadline - ruling['date']).days} days before the deadline.")

# %% [markdown]
# ## 4. Compute: the rhythm of the story
#
# `diff()` subtracts each row from the next: on dates sorted in order, it gives the gap since the
# previous event. Where are the long silences, and the busy weeks?

# %%
dated = events[events["date_precision"] == "day"].sort_values("date", kind="stable").reset_index(drop=True)
dated["days_since_previous"] = dated["date"].diff().dt.days
longest = dated.loc[dated["days_since_previous"].idxmax()]
print(f"Longest gap between two events known to the day: {int(longest['days_since_previous'])} days, "
      f"ending {day(longest['date'])}: {longest['title_en']}")

# %% [markdown]
# ### Exercise 3 (pandas): the busiest year
#
# Count the events of the whole table (`events`) per calendar year, and put the **year** with the most
# events in `answer`, as an integer.
#
# *Hint:* `events["date"].dt.year` gives each event's year; `value_counts()` counts them; `idxmax()`
# returns the label of the largest count.

# %%
answer = None  # your code here

# %% tags=["solution"]
per_year = events["date"].dt.year.value_counts().sort_index()
print(per_year.to_string())
answer = int(per_year.idxmax())

# %% tags=["check"]
check(answer, exercise="02.3")

# %% [markdown]
# ## 5. Chart: the timeline at two scales
#
# First the summer of 2020. Each lane is a category of event; shaded bars run from an order to its
# deadline as the sources state it (the `deadline` column above); the day the report describes is marked.

# %%
fig = charts.timeline(start="2020-07-01", end="2020-11-30")
print(charts.describe(fig))
fig

# %% [markdown]
# Now the whole case, 2016 to 2026. The summer of 2020 shrinks to a narrow band: the story did not end
# with the report. The executive orders were blocked in court, then revoked; Congress passed a law, the
# Supreme Court upheld it, and TikTok's US business was finally placed in a US joint venture.

# %%
fig = charts.timeline(start="2016-01-01", end="2026-12-31")
print(charts.describe(fig))
fig

# %% [markdown]
# > **Glossaire / Glossary**
# > - *décret présidentiel* (executive order): a numbered order of the US President, such as EO 13942.
# > - *ordonnance présidentielle* (presidential order): here, an order under the CFIUS statute, not numbered.
# > - *délai* (deadline): a number of days counted from a date.
# > - *écart* (gap): the time between two events; in pandas, a `Timedelta`.
# > - *précision de la date* (date precision): day, month, quarter or year.
#
# ## Discussion
# - The summer timeline shows many events in a few weeks. What does this pace suggest about how each side
#   used deadlines? (A good answer notes that deadlines put pressure on negotiations: the orders set the
#   clock, the company answered with lawsuits, a website and a deal.)
# - At the scale of a decade, which events would you choose as turning points, and why?
#
# ## Key points
# - pandas dates can be compared, sorted, subtracted (a `Timedelta`) and shifted by days (`pd.Timedelta`).
# - Check `date_precision` before computing a gap in days: a month-only date is not a day.
# - The report's "ten days ago" was right in French time (eleven days in US time): ask whose calendar a count
#   uses. Its "second decree" was an order under the CFIUS statute, not a numbered executive order.
# - The same events read differently at two scales: weeks of pressure in 2020, years of law and courts after.
#
# ## Quiz
# Answer, check, and read the explanation. One question asks you to put events in order.

# %%
quiz.show("02-timeline")
