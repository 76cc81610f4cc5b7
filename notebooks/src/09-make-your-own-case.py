# %% [markdown]
# # 09 · Make your own case
#
# **Time:** 60 minutes (teaching 20, exercises 40) · **Prerequisites:** lesson 02 (the events table and its
# timeline); lesson 06 helps (sources and verdicts)
#
# **Questions this lesson answers**
# - What does an events file need so that `lessons_lib` can read it, check it and draw it?
# - How do I read a validation report, and fix what it finds?
# - What makes a good source for a row, and how sure should I say I am?
# - Which other cases of tech geopolitics fit this shape?
#
# **Objectives**
# - Build an events table for another case (here WeChat, 2020–2021) as a pandas DataFrame, from sourced facts only.
# - Write it to a CSV file and validate it with `lessons_lib.validate`, then fix every problem the report lists.
# - Load the fixed file with `load_events(path)` and draw its timeline.
# - Choose sources and confidence levels you can defend, and plan a case of your own.
#
# ---
#
# **Why WeChat?** On the same day as the TikTok order, President Trump signed a twin order against WeChat, the
# messaging app of the Chinese company Tencent. Its story is short, well documented by court records and the
# Federal Register, and it ended sooner: blocked in court, revoked in 2021, and no law followed. It is a good
# first case to build yourself. The facts below all come from the project's research notes, each with its source.

# %%
import tempfile
from pathlib import Path

import pandas as pd
from IPython.display import display

import lessons_lib
from lessons_lib import charts, load_events, quiz, schema, set_language

set_language("en")  # charts, quizzes and checks in English; the French edition says "fr"

# Every file this lesson writes goes to a temporary folder, never into the notebooks folder.
workdir = tempfile.TemporaryDirectory(prefix="techgeo-09-")
folder = Path(workdir.name)

# %% [markdown]
# ## 1. The shape of an events file
#
# The columns of an events table are not written in this notebook: they come from the package's schema
# (`data/datapackage.json`), the same one the validator uses. Ask it:

# %%
fields = schema.fields("events")
columns = [f["name"] for f in fields]


def rule(field):
    """What a column accepts, in words: its closed list of values, its hint, or its type."""
    constraints = field.get("constraints", {})
    if "enum" in constraints:
        return "one of: " + ", ".join(constraints["enum"])
    return field.get("x-hint") or field.get("type", "string")


guide = pd.DataFrame({
    "column": columns,
    "required": [bool(f.get("constraints", {}).get("required")) for f in fields],
    "accepts": [rule(f) for f in fields],
})
with pd.option_context("display.max_colwidth", 90):
    display(guide)

# %% [markdown]
# Two columns deserve a word before you write any row:
#
# - `claim_type` says *what kind of statement* the row rests on: a `government_record` (an executive order in
#   the Federal Register), a `court_record` (a ruling), a `company_claim`, a `press_report`...
# - `confidence` says *how sure you are*: `high` for a primary source or several agreeing sources, `medium` for a
#   single secondary source or an unconfirmed detail, `low` for an aggregator or an estimate.

# %%
for f in fields:
    if f["name"] in ("claim_type", "confidence", "source_url"):
        print(f"{f['name']}: {f.get('description', '')}")

# %% [markdown]
# ## 2. A first draft, with the mistakes people really make
#
# Here is a first draft of the WeChat case: six events from the research notes, each with its source. It
# contains **three deliberate mistakes**, the kind a spreadsheet or a hurried afternoon produces. Don't look
# for them yet: let the validator find them.

# %%
rows = [
    {"id": "2020-06-29-india-blocks-apps", "date": "2020-06-29", "date_precision": "day",
     "category": "regulation", "actors": "india-government;wechat;tiktok",
     "title_en": "India blocks 59 Chinese apps, including TikTok and WeChat, under section 69A of its IT Act.",
     "title_fr": "L'Inde bloque 59 applications chinoises, dont TikTok et WeChat, en vertu de l'article 69A de sa loi sur les technologies de l'information.",
     "in_article": False, "deadline_days": None, "deadline": None,
     "source_title": "CNA (Channel NewsAsia): India bans 59 Chinese mobile apps over 'security' concerns",
     "source_url": "https://www.channelnewsasia.com/news/business/india-bans-59-chinese-mobile-apps-over-security-concerns-12882644",
     "confidence": "high", "claim_type": "press_report", "note": "Two weeks after the Galwan Valley clash of 15 June 2020."},
    {"id": "2020-08-06-eo-13943", "date": "06/08/2020", "date_precision": "day",
     "category": "executive", "actors": "trump;wechat;tencent",
     "title_en": "Trump signs EO 13943 against WeChat and Tencent: transactions to be banned after 45 days.",
     "title_fr": "Donald Trump signe le décret 13943 contre WeChat et Tencent : transactions interdites au bout de 45 jours.",
     "in_article": False, "deadline_days": 45, "deadline": "2020-09-20",
     "source_title": "U.S. District Court, N.D. Cal., No. 20-cv-05910-LB: Order Granting Motion for Preliminary Injunction (via DocumentCloud)",
     "source_url": "https://assets.documentcloud.org/documents/7213825/WE-CHAT-USERS-ALLIANCE-ORDER-GRANTING-MOTION-for.txt",
     "confidence": "high", "claim_type": "government_record", "note": "Date and content as described in the WeChat injunction order."},
    {"id": "2020-09-18-commerce-identifies", "date": "2020-09-18", "date_precision": "day",
     "category": "executive", "actors": "us-commerce;wechat;tiktok",
     "title_en": "Commerce identifies the banned transactions, including app-store distribution of WeChat from 20 September.",
     "title_fr": "Le département du Commerce définit les transactions interdites, dont la distribution de WeChat dans les magasins d'applications dès le 20 septembre.",
     "in_article": False, "deadline_days": None, "deadline": None,
     "source_title": "Chain Store Age: U.S. readies TikTok ban, status of Oracle-Walmart deal uncertain",
     "source_url": "https://chainstoreage.com/us-readies-tiktok-ban-status-oracle-walmart-deal-uncertain",
     "confidence": "high", "claim_type": "press_report", "note": "Published at 85 FR 60061 on 24 Sept 2020."},
    {"id": "2020-09-19-wechat-injunction", "date": "2020-09-19", "date_precision": "day",
     "category": "court", "actors": "beeler;wechat",
     "title_en": "Magistrate Judge Laurel Beeler enjoins EO 13943 on First Amendment grounds (U.S. WeChat Users Alliance v. Trump).",
     "title_fr": "La juge Laurel Beeler suspend le décret 13943 au nom du Premier amendement (U.S. WeChat Users Alliance v. Trump).",
     "in_article": False, "deadline_days": None, "deadline": None,
     "source_title": "U.S. District Court, N.D. Cal., No. 20-cv-05910-LB: Order Granting Motion for Preliminary Injunction (via DocumentCloud)",
     "source_url": "https://assets.documentcloud.org/documents/7213825/WE-CHAT-USERS-ALLIANCE-ORDER-GRANTING-MOTION-for.txt",
     "confidence": "high", "claim_type": "court_record", "note": None},
    {"id": "2021-01-05-eo-13971", "date": "2021-01-05", "date_precision": "day",
     "category": "executive order", "actors": "trump;wechat",
     "title_en": "Trump signs EO 13971 against eight more China-linked apps, such as Alipay and WeChat Pay.",
     "title_fr": "Donald Trump signe le décret 13971 visant huit autres applications liées à la Chine, dont Alipay et WeChat Pay.",
     "in_article": False, "deadline_days": None, "deadline": None,
     "source_title": "Steptoe International Compliance Blog (Jun 2021): Biden administration revokes TikTok and WeChat executive orders",
     "source_url": "https://www.steptoeinternationalcomplianceblog.com/2021/06/biden-administration-revokes-tiktok-and-wechat-executive-orders-revises-framework-on-security-threats-from-foreign-apps/",
     "confidence": "high", "claim_type": "press_report", "note": None},
    {"id": "2021-06-09-eo-14034", "date": "2021-06-09", "date_precision": "day",
     "category": "executive", "actors": "biden;wechat",
     "title_en": "Biden's EO 14034 revokes EOs 13942, 13943 and 13971 and orders an evidence-based review of apps linked to foreign adversaries.",
     "title_fr": "Le décret 14034 de Joe Biden abroge les décrets 13942, 13943 et 13971 et ordonne un examen, fondé sur des preuves, des applications liées à des puissances adverses.",
     "in_article": False, "deadline_days": None, "deadline": None,
     "source_title": "Steptoe International Compliance Blog (Jun 2021): Biden administration revokes TikTok and WeChat executive orders",
     "source_url": "",
     "confidence": "high", "claim_type": "press_report", "note": None},
]
draft = pd.DataFrame(rows).reindex(columns=columns)  # the schema's column order
draft["deadline_days"] = draft["deadline_days"].astype("Int64")  # whole numbers, empty where there is none
draft[["id", "date", "category", "source_url"]]

# %% [markdown]
# Write it to a CSV file, as a spreadsheet would, and validate the file:

# %%
path = folder / "wechat_events.csv"
draft.to_csv(path, index=False)
report = lessons_lib.validate(path)
print(report)

# %% [markdown]
# ## 3. Reading the report
#
# The validator lists **every** problem at once, not just the first, and each one says *where* (the line of
# the file and the column), *what it found* and *what it expected*. Line one is the header, so the first data
# row is line two. The report is also data you can compute with:

# %%
for problem in report.problems:
    found = repr(problem.value) if problem.value is not None else "(an empty cell)"
    print(f"line {problem.line} | column {problem.column!r} | found {found}")
    print(f"    expected {problem.expectation()}")

# %% [markdown]
# Look at the date. In a French spreadsheet, the day comes first: this is 6 August. An American reader takes
# the month first and reads 8 June. The ISO form (year, month, day) is the only one nobody misreads, which is why
# the schema insists on it. (The date in the validator's message is its standing example; the right date for this
# row is the order's own.) The category `executive order` is a natural phrase but not one of the allowed
# values, and the report suggests the closest one. The last row has no address for its source.
#
# ### Exercise 1: which columns need fixing?
#
# Using `report.problems`, compute the **sorted list** of the columns that have a problem (each column once).

# %%
answer = None  # your code here

# %% tags=["solution"]
answer = sorted({problem.column for problem in report.problems})
print(answer)

# %% tags=["check"]
lessons_lib.check(answer, exercise="09.1", inputs={"path": path})

# %% [markdown]
# ### Exercise 2: fix the draft and validate again
#
# Correct the three cells in `draft` with `.loc` (find each row by its `id`), write the file again to the same
# `path`, validate it, and set `answer` to the new report's `.ok` (true when no problem is left).
#
# For the missing address: the source of the last row is the same blog post as the row before it, so its
# address is in `draft` already.

# %%
answer = None  # your code here

# %% tags=["solution"]
fixed = draft.set_index("id")
fixed.loc["2020-08-06-eo-13943", "date"] = "2020-08-06"
fixed.loc["2021-01-05-eo-13971", "category"] = "executive"
fixed.loc["2021-06-09-eo-14034", "source_url"] = fixed.loc["2021-01-05-eo-13971", "source_url"]
draft = fixed.reset_index()
draft.to_csv(path, index=False)
answer = lessons_lib.validate(path).ok
print(lessons_lib.validate(path))

# %% tags=["check"]
lessons_lib.check(answer, exercise="09.2", inputs={"path": path})

# %% [markdown]
# From here on the lesson needs a valid file. If yours still has problems, this cell keeps it as it is and goes on
# with the package's own rows for the same events (come back to exercise 2 when you like).

# %%
report = lessons_lib.validate(path)
if report.ok:
    print(f"Your file is valid ({report.rows} rows): the rest of the lesson uses it.")
else:
    print(f"Your file still has {len(report.problems)} problems: the rest of the lesson uses the package's rows.")
    record = pd.read_csv(schema.data_dir() / "events.csv", dtype=str, keep_default_na=False)
    path = folder / "wechat_events_from_the_package.csv"
    record[record["id"].isin(draft["id"])].to_csv(path, index=False)

# %% [markdown]
# **Saved from a French spreadsheet?** Excel in French saves "CSV" with semicolons between columns, and sometimes a
# byte-order mark. The validator reads such a file and says how it read it, in its *notes*:

# %%
french_path = folder / "wechat_events_excel_fr.csv"
pd.read_csv(path, dtype=str, keep_default_na=False).to_csv(french_path, index=False, sep=";", encoding="utf-8-sig")
print(lessons_lib.validate(french_path, table="events"))

# %% [markdown]
# ## 4. Load it and draw it
#
# A valid file loads with the same loader as the package's own data, with real types: dates you can subtract,
# categories, whole numbers.

# %%
wechat = load_events(path)
wechat.dtypes

# %% [markdown]
# ### Exercise 3: how close did the ban come?
#
# EO 13943 gave its ban a delay in days (`deadline_days`). Compute from `wechat` the number of days between the
# order and Judge Beeler's injunction. Compare it with the order's delay: how close did the ban come to taking
# effect?

# %%
answer = None  # your code here

# %% tags=["solution"]
case = wechat.set_index("id")
answer = (case.loc["2020-09-19-wechat-injunction", "date"] - case.loc["2020-08-06-eo-13943", "date"]).days
print(f"{answer} days after the order; the delay was {case.loc['2020-08-06-eo-13943', 'deadline_days']} days")

# %% tags=["check"]
lessons_lib.check(answer, exercise="09.3")

# %% [markdown]
# Your check compared your file with the package's own events table, which holds the same two events. Cross-checking
# a new file against a reference is a habit worth keeping. Which of your rows are already in the reference?

# %%
reference = load_events()
in_reference = wechat["id"].isin(reference["id"])
print(f"{in_reference.sum()} of {len(wechat)} rows have an id already in the package's events table:")
print(wechat.loc[in_reference, "id"].tolist())

# %% [markdown]
# Not every id of your draft matches, yet every event of your file is in the reference: the package names some of
# them differently (for example `2020-06-29-india-ban`). An id is a name someone chose, so a missing id does not
# prove a missing event. Match the other rows on their date as well, then read the titles to confirm (if the
# lesson went on with the package's rows, every id matches and this table is empty):

# %%
others = wechat.loc[~in_reference, ["id", "date"]]
same_day = others.merge(reference[["id", "date"]], on="date", suffixes=("_yours", "_reference"))
print(same_day.to_string(index=False))

# %% [markdown]
# Now draw the case. The timeline reads your file like the package's own, with the order's delay as a bar from
# its date to its `deadline` (a row without a `deadline` gets no bar).
# By default it marks the date of the TikTok article and uses the TikTok title; for another case, change both
# (the title in the learner's language, through `lessons_lib.i18n.pick`):

# %%
title = lessons_lib.i18n.pick({"en": "The WeChat case, 2020-2021", "fr": "L'affaire WeChat, 2020-2021"})
fig = charts.timeline(wechat, article_date=None, title=title)
print(charts.describe(fig))
fig

# %% [markdown]
# ## 5. Your own case
#
# Start from an empty table with the schema's columns. Each row needs a source you have read yourself: the
# package's research notes, an official register, a court docket, a news wire.

# %%
template = pd.DataFrame(columns=columns)
template

# %% [markdown]
# Another case to start from: Huawei. The package's events table already holds one row about it, with its source;
# it is your first row. What other events of the Huawei case could you source, and from where?

# %%
huawei = reference[reference["actors"].str.contains("huawei")]
huawei[["id", "date", "category", "title_en", "source_title", "confidence"]]

# %% [markdown]
# **What makes a good source?**
#
# | Kind of source | Example in this case | Typical claim type | Typical confidence |
# |---|---|---|---|
# | The document itself | the Federal Register text of an order; a court's ruling | `government_record`, `court_record` | high |
# | A careful secondary account | a law firm's compliance blog; a news wire | `press_report` (the document's own type is for its own text) | high or medium |
# | A mirror or re-post | a copy of a wire story on another site | same as the original | lower: swap for the original |
# | A company statement | a blog post, a CEO's video | `company_claim`, `company_pledge` | high that it was *said* |
# | An aggregator or estimate | a statistics site | `independent_estimate` | low |
#
# Note the last-but-one line: a company blog is a high-confidence source *that the company said something*, not
# that it is true. The `claim_type` column keeps that difference.
#
# > **Glossaire / Glossary**
# > - *schema*: schéma (la liste des colonnes et de ce qu'elles acceptent)
# > - *validation report*: rapport de validation
# > - *primary source*: source primaire (le document lui-même)
# > - *injunction*: ordonnance de suspension (référé)
# > - *ISO date*: date au format AAAA-MM-JJ
#
# ## Discussion
# 1. Which other cases fit this shape (dated events, actors, sources)? Think of Huawei and the Entity List, India's
#    app ban, the Montana state ban, the TikTok device bans... What would the first three rows of each be, and
#    where would you find their sources?
# 2. What makes a good source? Rank the sources of your WeChat file from the most to the least direct, and say
#    which ones you would replace before publishing.
# 3. The validator checks the *form* of a row (a real date, a known category, an address). What can it not check?
#    Who checks that the row is *true*?
# 4. WeChat's ban was blocked before it took effect; TikTok's story went on for years. What in the two timelines
#    explains the difference, and what is missing from your file to answer that?
#
# ## Key points
# - An events file follows the package's schema; get the columns from `schema.fields("events")` rather than
#   typing them.
# - `lessons_lib.validate(path)` lists every problem with its line, column, value and what was expected: fix them
#   all, then validate again.
# - Write dates as YYYY-MM-DD: a day/month date reads differently on each side of the Atlantic.
# - A valid file loads with `load_events(path)` and draws with `charts.timeline`, exactly like the package's data.
# - The validator checks form, not truth: every row needs a source you have read, a claim type and an honest
#   confidence level.
#
# ## Quiz

# %%
quiz.show("09-make-your-own-case")
