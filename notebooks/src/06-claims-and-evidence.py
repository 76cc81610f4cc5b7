# %% [markdown]
# # 06 · Claims and evidence
#
# **Time:** 45 minutes (teaching 20 · exercises 25) · **Prerequisites:** lesson 00; lessons 03 and 04 help
#
# **Questions this lesson answers**
# - How well does the August 2020 article stand up, claim by claim?
# - What does "sans présenter de preuve" (without presenting evidence) mean, and what did the orders rest on?
# - How did US courts judge the 2020 orders against TikTok, and what did they *not* decide?
#
# **Objectives**
# - Fact-check the article with the claims table: count verdicts with `value_counts` and chart them.
# - Tell apart *correct*, *imprecise*, *overstated*, *unverified* and *disputed later*, with an example of each.
# - Explain the difference between "no public evidence" and "false".
# - Filter the court events of 2020 and say what the injunctions decided.

# %%
import matplotlib.pyplot as plt
import pandas as pd

import lessons_lib
from lessons_lib import charts, fmt, load_claims, load_events, quiz, set_language
from lessons_lib.i18n import pick
from lessons_lib.schema import label

set_language("en")  # charts, quizzes and checks in English; the French edition says "fr"
pd.set_option("display.max_colwidth", None)  # show whole titles and notes, not their first 50 characters

# %% [markdown]
# ## 1. The article as a list of claims
#
# The claims table takes each statement of the report (France 24, 18 August 2020; in French, as printed), says what it
# means in English, who made it, and gives a **verdict** with the evidence and its source. `made_by` is `the-article`
# when the reporter speaks, or the person or company the reporter quotes.

# %%
claims = load_claims()
print(f"{len(claims)} claims checked")
claims[["id", "made_by", "verdict", "confidence"]]

# %%
claims["made_by"].value_counts().rename("claims")

# %% [markdown]
# ## 2. Counting the verdicts
#
# The verdict is a closed vocabulary, stored as a pandas *categorical*: the categories come in a fixed order, so
# `value_counts(sort=False)` lists them in that order, even a verdict no claim received.

# %%
verdicts = claims["verdict"].value_counts(sort=False)
verdicts

# %%
share_correct = verdicts["correct"] / verdicts.sum()
print(f"Correct as printed: {verdicts['correct']} of {verdicts.sum()} claims ({fmt.percent(100 * share_correct)}).")
print(f"Not simply correct: {verdicts.sum() - verdicts['correct']} claims.")
print("Fewer than half simply correct:", fmt.yes_no(share_correct < 0.5))

# %% [markdown]
# A bar chart makes the balance visible. No library chart draws verdicts, so we use plain matplotlib, with the
# house style, verdict names in the learner's language (`lessons_lib.schema.label`, which reads them from the
# data package), the count written on each bar, and a hatch pattern per
# verdict so that colour is never the only cue. We write the screen-reader description ourselves.

# %%
HATCHES = ["", "//", "xx", "..", "\\\\"]
palette = [charts.OKABE_ITO[name] for name in ("green", "orange", "vermillion", "sky_blue", "blue")]

with charts.house_style():
    fig, ax = plt.subplots(figsize=(9, 4.5), dpi=100)
    labels = [label("claims", "verdict", v) for v in verdicts.index]  # names stated in datapackage.json
    bars = ax.barh(labels[::-1], verdicts.to_numpy()[::-1], color=palette[:len(labels)][::-1],
                   edgecolor="#222222")
    for bar, hatch in zip(bars, HATCHES[:len(labels)][::-1], strict=True):
        bar.set_hatch(hatch)
    ax.bar_label(bars, padding=4, fontweight="bold")
    ax.set_xlabel(pick({"en": "Number of claims", "fr": "Nombre d'affirmations"}))
    ax.set_title(pick({"en": "The August 2020 article, checked claim by claim",
                       "fr": "L'article d'août 2020, vérifié affirmation par affirmation"}), loc="left")
    fig.text(0.01, 0.01, pick({
        "en": "Source: techgeo-lessons claims table (each row names its own source)",
        "fr": "Source : table des affirmations de techgeo-lessons (chaque ligne cite sa source)",
    }), fontsize=8)
    fig.subplots_adjust(left=0.25, bottom=0.2)
    description = pick({"en": "Bar chart of the article's claims by verdict: ",
                        "fr": "Diagramme en barres des affirmations de l'article par verdict : "}) + "; ".join(
        f"{label} {count}" for label, count in zip(labels, verdicts.to_numpy(), strict=True)) + "."
plt.close(fig)  # we show the figure once, below, rather than letting pyplot show it too
chart = charts.Chart.of(fig, description)  # our figure with its sentence, as the library's charts carry theirs
print(charts.describe(chart))

# %%
fig

# %% [markdown]
# ### Exercise 1: how often is the reporter not simply right?
#
# Make `answer` the **number of claims made by `the-article`** (the reporter's own statements) whose verdict is
# **not** `"correct"`. Combine two conditions with `&`.

# %%
answer = None  # your code here

# %% tags=["solution"]
answer = int(((claims["made_by"] == "the-article") & (claims["verdict"] != "correct")).sum())
answer

# %% tags=["check"]
lessons_lib.check(answer, exercise="06.1")

# %% [markdown]
# ## 3. One example of each verdict
#
# Numbers of claims tell little by themselves. Read one claim per verdict, with what the record shows:

# %%
examples = ["c09-unitedmasters", "c04-second-order-90-days", "c11-one-billion-users",
            "c10-long-haul-quote", "c05-data-virginia-singapore"]
by_id = claims.set_index("id")
for claim_id in examples:
    row = by_id.loc[claim_id]
    verdict = label("claims", "verdict", row["verdict"])  # the verdict's name, not its code
    source = fmt.source(row["source_title"])
    print(f"[{verdict}] {row['statement_fr']}\n  -> {row['evidence_en']}\n  Source: {source}\n")

# %% [markdown]
# Notice how each verdict is earned:
# - *imprecise*: the gist is right but a detail is wrong (a date, an attribution, the legal form of an order);
# - *overstated*: the figure is bigger than the record allows, here a billion users when TikTok's own count of
#   monthly users was 689 million (where the billion came from is a hypothesis);
# - *unverified*: no source found either confirms or refutes it, so we say so and do not guess;
# - *disputed later*: reported faithfully at the time, challenged by later evidence.
#
# ## 4. "Sans présenter de preuve"
#
# The article says: « Sans présenter de preuve, le président américain accuse depuis des mois la plateforme [...] de
# siphonner les données des utilisateurs américains au profit de Pékin » (France 24, 18 August 2020). The claims
# table rates that sentence:

# %%
no_evidence = by_id.loc["c02-no-evidence"]
verdict = label("claims", "verdict", no_evidence["verdict"])
print(f"Verdict: {verdict}\n{no_evidence['evidence_en']}\nSource: {fmt.source(no_evidence['source_title'])}")

# %% [markdown]
# Read the words the government itself used. EO 13942 rests on what TikTok "reportedly" does and on what its data
# collection "threatens to allow" (Federal Register, 85 FR 48637). The order of 14 August 2020 cites "credible
# evidence" but does not disclose it. Judge Wendy Beetlestone's ruling in *Marland v. Trump* (E.D. Pa., 30 October
# 2020) is often quoted as finding the threat "phrased in the hypothetical"; we could not find those words in the
# copies we read, so the table keeps them as unverified.
#
# What "without presenting evidence" means, and what it does not:
# - It means the **public** documents do not show the evidence; they speak of risks and reports.
# - It does **not** mean the accusation is false. Evidence may exist and be classified, or not exist: the record
#   cannot tell. That is why TikTok's opposite claim, that it never gave US data to the Chinese government, is also
#   rated *unverified* in the table (lesson 04).
# - It shifts the question to **who must prove what**. In court, the government had to justify its orders under
#   the statutes it used.
#
# ## 5. How courts judged the 2020 orders
#
# The events table tags court decisions with the category `court`. Here are those of 2020, with the government's
# moves around them:

# %%
events = load_events()
in_2020 = events[(events["date"] >= "2020-08-01") & (events["date"] <= "2020-12-31")]
legal = in_2020[in_2020["category"].isin(["court", "executive", "investment_screening"])]
pd.DataFrame({
    "date": legal["date"],
    "category": legal["category"].map(lambda code: label("events", "category", code)),
    "what happened": legal["title_en"],
})

# %% [markdown]
# On the chart we keep the TikTok measures and the rulings on them (WeChat had its own case), so that each
# injunction gets its label.

# %%
tiktok_legal = legal[~legal["id"].isin(["2020-08-06-eo-13943", "2020-09-19-wechat-injunction",
                                        "2020-09-19-app-store-ban-delayed"])]
fig = charts.timeline(tiktok_legal, start="2020-08-01", end="2020-12-31",
                      categories=["executive", "investment_screening", "court"],
                      title=pick({"en": "The 2020 orders and the courts",
                                  "fr": "Les décrets de 2020 et les tribunaux"}))
print(charts.describe(fig))

# %%
fig

# %% [markdown]
# Three injunctions stopped the TikTok measures before they took effect. They were **preliminary**: a judge finds
# that the challengers are *likely* to win and that waiting would harm them, and pauses the measure. The grounds were
# the limits of the statute the orders used (IEEPA), and the way Commerce applied it, not a finding on whether TikTok
# shared data. The notes and titles of the rows say which:

# %%
injunction_ids = ["2020-09-27-first-injunction", "2020-10-30-marland-injunction", "2020-12-07-second-injunction"]
injunctions = events.set_index("id").loc[injunction_ids]
pd.DataFrame({
    "date": injunctions["date"].map(fmt.day),
    "what happened": injunctions["title_en"],
    "source": injunctions["source_title"].map(fmt.source),
    "note": injunctions["note"].fillna(""),
})

# %% [markdown]
# ### Exercise 2: the court calendar of 2020
#
# Make `answer` the **list of dates** (as `"YYYY-MM-DD"` strings, in time order) of the events of **2020** whose
# category is `"court"`. Hint: filter `events` on the year (`events["date"].dt.year`) and on the category, then
# `.dt.strftime("%Y-%m-%d").tolist()`.

# %%
answer = None  # your code here

# %% tags=["solution"]
courts_2020 = events[(events["date"].dt.year == 2020) & (events["category"] == "court")].sort_values("date")
answer = courts_2020["date"].dt.strftime("%Y-%m-%d").tolist()
answer

# %% tags=["check"]
lessons_lib.check(answer, exercise="06.2")

# %% [markdown]
# Which of those are about TikTok, and which about WeChat, or are TikTok's own lawsuit rather than a ruling?
# Read the titles in your answer: not every `court` row is an injunction.
#
# ### Exercise 3 (challenge): who is quoted, and how reliable?
#
# Make `answer` a table counting claims by `made_by` (rows) and `verdict` (columns) with `pd.crosstab`. Keep all
# five verdict columns, even empty ones (`dropna=False` keeps categories with no claim).

# %%
answer = None  # your code here

# %% tags=["solution"]
answer = pd.crosstab(claims["made_by"], claims["verdict"], dropna=False)
answer

# %% tags=["check"]
lessons_lib.check(answer, exercise="06.3")

# %% [markdown]
# ## Discussion prompts
#
# 1. The article got the gist right, but only about half its claims are simply correct (the share computed in
#    section 2), and several are imprecise. Which imprecision matters most for a reader, and why? (Think of the
#    legal form of the orders and of the user figure.)
# 2. "Without presenting evidence" and "false" are different. Give an example from this case of each kind of claim.
# 3. The courts paused the 2020 orders on statutory grounds. Why might a court avoid ruling on the security threat
#    itself? What changed when Congress passed a law in 2024 (lesson 08)?
# 4. A claim can be *correct as reported* and still *disputed later*. How should a newsroom, or a student, update a
#    fact-check when new evidence appears?
#
# ## Key points
# - A fact-check is a table: each claim, who made it, a verdict from a closed list, the evidence, and its source.
# - The article got the gist right, but only about half its claims are simply correct: several are imprecise
#   (dates, attribution, the legal form of the orders) and the user figure is overstated.
# - "Without presenting evidence" describes the public record: the orders spoke of what TikTok "reportedly" did;
#   the order of 14 August cited "credible evidence" without showing it. No public evidence is not proof of innocence.
# - In 2020 courts paused the TikTok measures with preliminary injunctions on statutory grounds; they did not rule
#   on whether TikTok shared data.
#
# ## Quiz

# %%
quiz.show("06-claims-and-evidence")
