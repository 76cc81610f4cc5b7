# %% [markdown]
# # 04 · Where data lives
#
# **Time:** 40 minutes (teaching 20 · exercises 20) · **Prerequisites:** lesson 00; lesson 02 helps
# (pandas dates)
#
# **Questions this lesson answers**
# - Where did TikTok say its US users' data was kept in August 2020, and what kind of statement was that?
# - What is *data sovereignty*: does the place of a server decide who can reach the data on it?
# - What happened next: the 2022 reports, Project Texas, and Oracle's role up to the 2026 joint venture?
# - How did India's ban and China's new export rule of 2020 shape what the US could demand?
#
# **Objectives**
# - Read the places table and tell a company's claim from a government record.
# - Explain three distinctions: storage vs access, a server's jurisdiction vs a company's, localisation vs control.
# - Compute the gaps between events with pandas dates and draw a filtered timeline.
# - Relate China's export control on recommendation algorithms and India's ban to a forced sale.

# %%

import pandas as pd

import lessons_lib
from lessons_lib import charts, fmt, load_claims, load_events, load_ownership, load_places, quiz, schema, set_language
from lessons_lib.i18n import pick

set_language("en")  # charts, quizzes and checks in English; the French edition says "fr"
pd.set_option("display.max_colwidth", None)  # show whole titles and notes, not their first 50 characters

# %% [markdown]
# ## 1. The claim: "stockées en Virginie avec une sauvegarde à Singapour"
#
# The August 2020 report quotes TikTok's new website: « Les données des utilisateurs américains sont stockées
# en Virginie avec une sauvegarde à Singapour », assure la société — *US users' data is stored in Virginia with a
# backup in Singapore, the company says* (France 24, 18 August 2020). Notice who speaks: the reporter
# does not say where the data is; the reporter says what TikTok **says**. The claims table keeps that line with
# its verdict:

# %%
claims = load_claims().set_index("id")
claim = claims.loc["c05-data-virginia-singapore"]
print(claim["statement_fr"])
kind = schema.label("claims", "claim_type", claim["claim_type"])  # names, not codes
print(f"Made by: {claim['made_by']} | kind of statement: {kind} | "
      f"verdict: {schema.label('claims', 'verdict', claim['verdict'])}")

# %% [markdown]
# The verdict is neither "correct" nor "false": the article reported the claim faithfully, and the claim was
# *disputed later*. We will see why in section 4. First, the places themselves.
#
# ## 2. The places table
#
# `load_places()` lists every place named in the case for storing, hosting or controlling TikTok's data,
# with the role it played, who runs it, and what kind of source the row rests on.

# %%
places = load_places()
places[["id", "name_en", "country", "role", "operator", "period", "in_article", "claim_type"]]

# %%
# the same rows for reading: the codes of the closed vocabularies in words
pd.DataFrame({
    "place": places["name_en"],
    "role": places["role"].map(schema.labels("places", "role")),
    "run by": places["operator"],
    "kind of source": places["claim_type"].map(schema.labels("places", "claim_type")),
    "confidence": places["confidence"].map(schema.labels("places", "confidence")),
})

# %% [markdown]
# The map below draws those rows. Marker shapes, not only colours, tell the roles apart; the source line under
# the chart names the documents the points come from.

# %%
fig = charts.where_data_lives(places)
print(charts.describe(fig))

# %%
fig

# %% [markdown]
# Read the notes too: the places are approximate. TikTok named a state and a city-state, not buildings.

# %%
places[["id", "note"]]

# %% [markdown]
# ### Exercise 1: which places rest on TikTok's word alone?
#
# Make `answer` the **list of ids** (in table order) of the places whose `claim_type` is `"company_claim"`.
# Use a boolean mask on `places`, then `.tolist()`.

# %%
answer = None  # your code here

# %% tags=["solution"]
answer = places.loc[places["claim_type"] == "company_claim", "id"].tolist()
answer

# %% tags=["check"]
lessons_lib.check(answer, exercise="04.1")

# %% [markdown]
# ## 3. What "data sovereignty" means
#
# *Data sovereignty* is the idea that data is subject to the laws, and the power, of some state. Which state?
# The TikTok case shows that there are several answers at once. Three distinctions help:
#
# 1. **Storage vs access.** *Where a disk sits* is one question; *who can read what is on it* is another. A server
#    in Virginia can be administered, queried or copied by an engineer anywhere in the world who holds the right
#    credentials. Saying where data is stored says nothing, on its own, about who can reach it.
# 2. **A server's jurisdiction vs a company's.** A US court can order things done to a server in Virginia. But
#    the company that runs the service answers to the laws of the places where *it* is incorporated and based.
#    The places table puts ByteDance in Beijing, and its note adds that the US order of August 2020 described
#    ByteDance Ltd. as incorporated in the Cayman Islands: one company, several jurisdictions.
# 3. **Localisation vs control.** *Data localisation* means keeping data inside a country's borders. It answers
#    "where", not "who decides". That is why the US orders of 2020 aimed at *ownership*: the order of August 2020
#    under the CFIUS statute required ByteDance to divest TikTok's US business **and** the US users' data.
#
# > **Glossaire / glossary**
# > - *souveraineté numérique / des données*: data sovereignty
# > - *localisation des données*: data localisation (keeping data in the country)
# > - *hébergeur*: host, the company that runs the servers (here, later, Oracle)
# > - *compétence (juridiction)*: which state's courts and laws apply
# > - *cession*: divestiture, the forced sale of a business
# > - *contrôle des exportations*: export control

# %%
beijing = places.set_index("id").loc["beijing"]
print(beijing["description_en"])
print("Note:", beijing["note"])
order = claims.loc["c04-second-order-90-days"]
print("\nThe order of 14 August 2020, as the record describes it:")
print(order["evidence_en"])

# %% [markdown]
# **Discuss (5 minutes).** TikTok's statement answered a question about *storage*. What question were US
# officials asking? Write one sentence for each of the three distinctions above, using the TikTok case.
#
# ## 4. What happened next: reports, Project Texas, Oracle
#
# Two years after the article, reporting cast doubt on what the storage claim implied. These rows of the events
# table tell the story; the claim types and confidence levels matter.

# %%
events = load_events()
after_ids = ["2020-08-17-website", "2022-06-17-buzzfeed-report", "2022-06-17-project-texas",
             "2022-07-tiktok-us-data-security", "2025-09-25-qualified-divestiture-eo",
             "2026-01-22-joint-venture-closes"]
after = events.set_index("id").loc[after_ids]
pd.DataFrame({
    "date": after["date"],
    "category": after["category"].map(schema.labels("events", "category")),
    "confidence": after["confidence"].map(schema.labels("events", "confidence")),
    "what happened": after["title_en"],
})

# %%
print(claim["evidence_en"])
print("Note:", claim["note"])

# %% [markdown]
# The BuzzFeed News report was about **access** by China-based staff, not about where the disks were. TikTok's
# answer, the same day, was about **hosting**: routing US traffic to Oracle, an American company. Project Texas
# then built a US subsidiary around that hosting. The day of the report is corroborated: Gizmodo calls it "a
# Friday BuzzFeed News report", and 17 June 2022 was a Friday (see the note).
#
# How long did the storage claim stand before it was publicly challenged? pandas subtracts dates:

# %%
when = events.set_index("id")["date"]
gap = when["2022-06-17-buzzfeed-report"] - when["2020-08-17-website"]
print(f"From the website's claim to the BuzzFeed News report: {gap.days} days "
      f"(about {fmt.number(gap.days / 365.25, decimals=1)} years)")

# %% [markdown]
# The other half of TikTok's line, « TikTok n'a jamais fourni aucune donnée américaine au gouvernement
# chinois » (quoted by the report), is in the claims table too. Its verdict is different: why?

# %%
never = claims.loc["c15-never-shared-data"]
print(f"{never['gloss_en']}\n"
      f"Verdict: {schema.label('claims', 'verdict', never['verdict'])}\n{never['evidence_en']}")

# %% [markdown]
# Oracle's part did not end with hosting. In the joint venture that closed in January 2026, Oracle is both
# the security provider named by the order of September 2025 and one of the owners:

# %%
ownership = load_ownership().set_index("holder")
print(f"Oracle's reported share of the joint venture: {fmt.percent(ownership.loc['oracle', 'share_percent'])} "
      f"({schema.label('ownership', 'claim_type', ownership.loc['oracle', 'claim_type'])}, "
      f"source: {fmt.source(ownership.loc['oracle', 'source_title'])})")

# %% [markdown]
# ## 5. Two other governments: India bans, China restricts exports
#
# The US was not the only state acting on TikTok in 2020. Two moves, one before and one after the article:
#
# - **India** blocked dozens of Chinese apps, TikTok among them, two weeks after a deadly border clash with China.
#   It did not ask for a sale or for local storage: it blocked.
# - **China** added "personalized information push service technology based on data analysis" (in the words of
#   Xinhua, China's state news agency, on 30 August 2020) to its catalogue of technologies whose export is
#   restricted. TikTok's value lies in its recommendation algorithm; a technology on that list needs the Chinese
#   authorities' approval before it can be sold abroad. A buyer who wanted TikTok *with* its algorithm now needed
#   Beijing's consent too.

# %%
context = events.set_index("id").loc[["2020-06-15-galwan-clash", "2020-06-29-india-ban",
                                      "2020-08-06-eo-13942", "2020-08-28-china-export-control",
                                      "2020-09-13-microsoft-rejected"]]
pd.DataFrame({
    "date": context["date"],
    "category": context["category"].map(schema.labels("events", "category")),
    "what happened": context["title_en"],
})

# %%
print("Note on the export-control row:", context.loc["2020-08-28-china-export-control", "note"])
india_to_eo = when["2020-08-06-eo-13942"] - when["2020-06-29-india-ban"]
print(f"India's ban came {india_to_eo.days} days before the first US order (EO 13942).")

# %% [markdown]
# ### Exercise 2: How many days between China's rule and ByteDance's refusal?
#
# Using `when` (the event dates indexed by id), compute the **number of days** between China's export-control
# change (`2020-08-28-china-export-control`) and ByteDance's refusal to sell to Microsoft
# (`2020-09-13-microsoft-rejected`). Make `answer` an integer (`.days`).

# %%
answer = None  # your code here

# %% tags=["solution"]
answer = (when["2020-09-13-microsoft-rejected"] - when["2020-08-28-china-export-control"]).days
answer

# %% tags=["check"]
lessons_lib.check(answer, exercise="04.2")

# %% [markdown]
# Careful with cause and effect: two dates close together do not prove that one caused the other. The record
# says the export rule *complicated* any sale; it does not say it decided ByteDance's answer to Microsoft.
#
# ## 6. The timeline of data and sovereignty
#
# The library's timeline can keep only some categories. Here we keep the moves of other states and US–China
# diplomacy (regulation, export control, diplomacy), the US investment screening, and the corporate and
# reporting events about data, from June 2020 to the joint venture.

# %%
data_story = events[events["category"].isin(["regulation", "export_control", "investment_screening", "diplomacy"])
                    | events["id"].isin(after_ids)]
fig = charts.timeline(data_story, start="2020-06-01", end="2026-02-28",
                      categories=["regulation", "export_control", "investment_screening", "diplomacy",
                                  "communication", "corporate", "executive"],
                      title=pick({"en": "Data and sovereignty: the TikTok case, 2020-2026",
                                  "fr": "Données et souveraineté : l'affaire TikTok, 2020-2026"}),
                      label_chars=44)
print(charts.describe(fig))

# %%
fig

# %% [markdown]
# ### Exercise 3 (challenge): count the story by category
#
# Make `answer` a pandas **Series** counting the rows of `data_story` between `"2020-06-01"` and `"2026-02-28"`
# per category, with only the categories that occur, largest first. Hint: filter on `date`, then `.value_counts()`
# on `category`. That column is a *categorical* (its categories are the whole vocabulary), so `value_counts()`
# lists every category, even those with no row: keep the counts above zero (`counts[counts > 0]`).

# %%
answer = None  # your code here

# %% tags=["solution"]
window = data_story[(data_story["date"] >= "2020-06-01") & (data_story["date"] <= "2026-02-28")]
counts = window["category"].value_counts()
answer = counts[counts > 0]
answer

# %% tags=["check"]
lessons_lib.check(answer, exercise="04.3", inputs={"data_story": data_story})

# %% [markdown]
# ## Discussion prompts
#
# 1. If TikTok's US data had stayed in Virginia the whole time, would that have answered the US government's
#    concern? Use the words *storage*, *access* and *control*.
# 2. India blocked; the US demanded a sale; China restricted the export of an algorithm. What power did each
#    government actually hold over TikTok?
# 3. Project Texas put US data on an American company's servers. What would you still need to trust, and who
#    could check it?
# 4. TikTok's "never provided any data" is *unverified*, not *false*. What evidence could settle it either way?
#
# ## Key points
# - "Stored in Virginia with a backup in Singapore" was **TikTok's claim**, faithfully reported; it was disputed
#   later, when BuzzFeed News reported that staff in China had **accessed** US data.
# - Data sovereignty has several layers: where data is stored, who can access it, and which state has power over
#   the company that controls it. Localisation answers only the first.
# - The answers moved from storage to ownership: a divestiture order in 2020 (never carried out); TikTok's own
#   move to Oracle hosting from 2022; and Oracle as security provider and shareholder in the joint venture of 2026.
# - Other governments acted too: India blocked the app; China put recommendation algorithms under export control,
#   which complicated any sale.
#
# ## Quiz

# %%
quiz.show("04-where-data-lives")
