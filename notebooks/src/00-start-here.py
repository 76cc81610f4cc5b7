# %% [markdown]
# # 00 · Start here: how these lessons work
#
# **Time:** 10 minutes (reading 5, quiz 5) · **Level:** anyone who can press Shift+Enter
#
# **Questions this lesson answers**
# - How do I run a lesson, and where are the exercises' solutions?
# - What did the August 2020 news report claim, and what does the record say?
# - Where does every number in these lessons come from?
#
# **Objectives**
# - Run a lesson from top to bottom and answer a quiz.
# - See the article's three headline figures beside what the sources show.
# - Know which tables hold the data and how sure we are of each row.
#
# ---
#
# **How to use the lessons.** Run each cell in order with **Shift+Enter** (or *Run > Run All Cells*):
# running a lesson never answers an exercise for you. An **exercise** is a cell that reads
# `answer = None  # your code here`: write your code there so that it sets `answer`, run it, then run the
# **check** cell under it. The check says *○ Not answered yet*, *✗ Not yet* with a hint, or *✓ Correct*;
# it never shows the expected value. Stuck? Click **Show a solution** under the exercise: the solution
# unfolds as text and is never run, so try your own first, and copy it into your cell if you want to use it.
# Quizzes at the end of each lesson give feedback at once; your answers are kept on your computer, outside
# the notebooks. Every lesson also exists in French, in `notebooks/fr/` (`techgeo-lessons lab --lang fr`
# copies them); this edition sets English where it imports `lessons_lib`.
#
# **The case.** A French news report of 17–18 August 2020 described TikTok's new website against "rumours", two orders
# signed by President Trump which, the report says, were meant to force ByteDance to sell TikTok's US business,
# Microsoft and Oracle as possible buyers, and a few striking figures. These lessons read that report as data, check it
# against the record, and follow the story up to the joint venture of January 2026.

# %%
# On Google Colab only: install the lessons' package first (elsewhere this cell does nothing).
# Colab comes with pandas 2; after this install, use Runtime > Restart session, then run all cells.
import subprocess
import sys

if "google.colab" in sys.modules:
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "techgeo-lessons"], check=True)

# %%
import pandas as pd

from lessons_lib import fmt, headline_figures, load_claims, load_events, load_user_stats, quiz, schema, set_language

set_language("en")  # charts, quizzes and checks in English; the French edition says "fr"
pd.set_option("display.max_colwidth", None)  # whole titles, not their first 50 characters

# %% [markdown]
# ## The report itself
#
# The report these lessons check was published by **France 24** on 18 August 2020, at
# `france24.com/fr/20200818-face-à-donald-trump-tiktok-contre-attaque-pour-combattre-les-rumeurs-de-washington`. The
# text below is the one the lessons quote; as far as the stored copy of that page shows, it is the same word for word,
# down to its typo (« amériacaine »). The copy we read does not name the reporter. We quote it in full, in French and
# with its source, for teaching and critique: read the document before checking it. Lessons 01 to 08 turn each of its
# statements into rows of data, and lesson 06 checks them one by one.
#
# > *TikTok, accusé d'espionnage par le gouvernement de Donald Trump, a renforcé sa campagne de communication américaine
# > lundi avec un nouveau site web pour combattre les "rumeurs". Le réseau social chinois a également poursuivi son
# > expansion en signant un accord avec une société de distribution de musique aux États-Unis.*
# >
# > Alors qu'il est accusé d'espionnage par Donald Trump et son gouvernement depuis des mois, le réseau social TikTok a
# > renforcé lundi 17 août sa campagne de communication aux États-Unis, dans le but de faire face aux "rumeurs" et
# > "rétablir la vérité" avec un nouveau site web. La plateforme a également poursuivi son expansion en signant un
# > accord avec une société de distribution de musique amériacaine.
# >
# > "Étant donné les rumeurs et la désinformation sur TikTok qui prolifèrent à Washington et dans les médias, nous
# > voulons rétablir la vérité", dit le très populaire réseau social sur son site, sous le slogan "le dernier coin de
# > soleil de l'Internet".
# >
# > Sans présenter de preuve, le président américain accuse depuis des mois la plateforme de partage de vidéos de
# > siphonner les données des utilisateurs américains au profit de Pékin. Il a signé deux décrets visant à forcer
# > ByteDance, le propriétaire chinois de TikTok, à vendre rapidement les opérations américaines du réseau, sous peine
# > de le bloquer aux États-Unis.
# >
# > **"TikTok n'a jamais fourni aucune donnée américaine au gouvernement chinois"**
# >
# > "TikTok n'est pas disponible en Chine. Les données des utilisateurs américains sont stockées en Virginie avec une
# > sauvegarde à Singapour", assure la société. "TikTok n'a jamais fourni aucune donnée américaine au gouvernement
# > chinois, et ne le ferait pas si on le lui demandait".
# >
# > Dans un contexte de fortes tensions commerciales et politiques avec la Chine, Donald Trump a déjà pris il y a dix
# > jours des mesures radicales à l'encontre du réseau très fréquenté par les plus jeunes, lui interdisant, d'ici à 45
# > jours, toute transaction avec un partenaire américain.
# >
# > Vendredi 14 août, il a signé un deuxième décret pour obliger ByteDance à vendre les activités américaines de TikTok
# > d'ici 90 jours.
# >
# > "Depuis près d'un an, nous avons cherché à discuter avec le gouvernement américain pour trouver une solution", avait
# > réagi TikTok. "Mais nous nous sommes retrouvés face à une administration qui n'accorde aucune importance aux faits,
# > ne respecte pas les procédures légales et tente de s'immiscer dans des négociations entre des entreprises privées".
# >
# > **Microsoft négocie l'achat de TikTok, Oracle aussi**
# >
# > Microsoft est en négociations avancées pour racheter l'application. Selon l'agence Bloomberg, le groupe informatique
# > Oracle est désormais aussi sur les rangs.
# >
# > Le spécialiste américain des logiciels a engagé des démarches préliminaires auprès d'autres parties, dont la société
# > de capital-risque Sequoia Capital, pour s'associer à elle dans une offre pour les opérations de l'application aux
# > États-Unis, au Canada, en Australie et en Nouvelle-Zélande, écrit Bloomberg, citant des sources ayant requis
# > l'anonymat.
# >
# > **TikTok s'accorde avec une société de distribution musicale**
# >
# > TikTok ne ménage pas ses efforts depuis des mois pour démontrer que son identité et ses pratiques sont solidement
# > ancrées aux États-Unis. Pour preuve la nomination à sa tête, le 1er juin, de Kevin Mayer, l'ancien responsable des
# > plateformes de streaming de Disney.
# >
# > Lundi 17 août, le réseau social a également annoncé un accord passé avec UnitedMasters, une société de distribution
# > de musique américaine, pour permettre aux artistes du réseau de diffuser leurs morceaux directement depuis
# > l'application vers les services de streaming, comme Apple Music, Spotify ou YouTube.
# >
# > "Si vous êtes musicien, TikTok est le meilleur endroit pour que votre musique devienne virale et UnitedMasters est
# > le meilleur endroit pour la faire exister dans la durée, tout en conservant les droits sur votre travail", a
# > détaillé Steve Stoute, le patron de UnitedMasters.
# >
# > "En combinant les deux, nous créons la plateforme pour les stars de demain, qui seront célèbres, ultra-indépendantes
# > et riches".
# >
# > **"Nous sommes ici pour longtemps", brandit la responsable américaine de TikTok**
# >
# > TikTok a construit son succès sur des outils de création et partage de vidéos courtes, décalées, jouant sur la
# > musique et l'humour, et diffusées par des algorithmes en fonction des goûts de chacun et non des contacts.
# >
# > "Nous sommes ici pour longtemps", avait déclaré début août Vanessa Pappas, responsable de sa branche États-Unis,
# > dans une vidéo enjouée sur l'application, à l'attention des utilisateurs. Elle s'était aussi dite "fière" des 1 500
# > employés américains et avait promis de créer "10 000 emplois additionnels dans ce pays au cours des trois prochaines
# > années".
# >
# > La plateforme de divertissement compte près d'un milliard d'utilisateurs dans le monde. Sa popularité s'est encore
# > renforcée à la faveur des mois de confinement.

# %% [markdown]
# ## The three headline figures
#
# The report gave three numbers that stick in the mind: "près d'un milliard d'utilisateurs dans le monde"
# (nearly a billion users worldwide), "1 500 employés américains" and "10 000 emplois additionnels" promised
# over three years (as reported by the article). Here they are as data, each beside what the record shows.

# %%
figures = headline_figures()
# a table for reading: readable column names, figures as people write them, kinds of source in words
pd.DataFrame({
    "the report says": figures["reported_label"],
    "figure": figures["reported_value"].map(fmt.number),
    "the record says": figures["record_label"],
    "record": figures["record_value"].map(fmt.number),
    "kind of source": figures["record_claim_type"].map(schema.labels("user_stats", "claim_type")),
    "report / record": figures["ratio"].map(lambda ratio: fmt.number(ratio, decimals=2)),
})

# %% [markdown]
# Read the first line closely: the report's "nearly a billion users" is larger than the **monthly active
# users** that TikTok itself gave a court for July 2020; TikTok announced a billion monthly users only in
# September 2021 (second line). A billion was, however, close to the number of **downloads** that the US
# order of 6 August 2020 cited. Users, monthly users, daily users and downloads are different measures:
# lesson 03 untangles them. Note also the claim type: these figures are TikTok's own
# word (claims, and a pledge for the jobs), not audited.

# %% [markdown]
# ## Where the data comes from
#
# Every row of every table names its source, a confidence level (high, medium, low) and what kind of
# statement it is: a company claim, a court record, a government record, an official statistic, a press report...

# %%
events = load_events()
stats = load_user_stats()
claims = load_claims()
tables = {"events": events, "user_stats": stats, "claims": claims}
confidence = pd.DataFrame({name: table["confidence"].value_counts(sort=False) for name, table in tables.items()}).T
confidence.rename(columns=schema.labels("events", "confidence")).rename_axis(index="table", columns="confidence")

# %%
counts = stats["claim_type"].value_counts()
counts[counts > 0].rename(index=schema.labels("user_stats", "claim_type")).to_frame("rows in user_stats")

# %% [markdown]
# The events of the report itself are flagged `in_article`. Each row carries its date, what happened in
# English and in French, and its source:

# %%
in_article = events[events["in_article"]]
in_article[["date", "title_en"]]

# %% [markdown]
# The report's own claims are checked one by one in the claims table (lesson 06):

# %%
verdicts = claims["verdict"].value_counts(sort=False)
verdicts.rename(index=schema.labels("claims", "verdict")).to_frame("claims by verdict")

# %% [markdown]
# ## Key points
# - Run cells in order with Shift+Enter; answer an exercise in its own cell, then run its check.
# - A solution appears only when you click **Show a solution**; it is never run for you.
# - Every number in these lessons comes from a table in `lessons_lib`, and every row names its source.
# - The report's "nearly a billion users" is not what TikTok's own court filing said for July 2020:
#   checking a figure means asking *which measure*, *when*, and *who says so*.
#
# ## Quiz
# Answer, check, and read the explanation. Wrong answers are how quizzes teach: try again after a hint.

# %%
quiz.show("00-start-here")
