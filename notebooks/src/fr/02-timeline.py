# ---
# jupyter:
#   jupytext:
#     cell_metadata_filter: en,tags,-all
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.7
# ---

# %% [markdown] en="42f23f27b1"
# # 02 · Chronologie d'un bras de fer
#
# **Durée :** 45 minutes (cours 20, exercices 25) · **Prérequis :** leçon 01 (filtrer un tableau pandas
# avec une condition)
#
# **Les questions de la leçon**
# - Dans quel ordre les faits se sont-ils succédé à l'été 2020, et quelles échéances les deux textes du
#   président fixaient-ils ?
# - Comment ajouter des jours à une date, et compter les jours entre deux dates, avec pandas ?
# - À quoi ressemble l'affaire à l'échelle de quelques mois, puis d'une décennie ?
#
# **Objectifs**
# - Calculer une échéance (une date plus un nombre de jours) et un écart (une date moins une date) avec pandas.
# - Vérifier le « il y a dix jours » d'un article en le confrontant aux sources.
# - Lire une frise chronologique à deux échelles et remettre les événements clés dans l'ordre.
#
# ---
#
# **Pourquoi les dates comptent.** La géopolitique est faite d'échéances : un texte du président laisse à une
# entreprise tant de jours pour vendre, une loi lui laisse tant de jours pour céder ses activités, un tribunal statue
# quelques jours avant qu'une échéance ne tombe. L'article de France 24 (18 août 2020) indique que le
# président Trump a agi « il y a dix jours » et que, « Vendredi 14 août », il a signé un second texte
# obligeant ByteDance à vendre les activités américaines de TikTok « d'ici 90 jours ».
# Vérifions ces dates avec pandas.

# %% en="28348b4ac8"
import pandas as pd

from lessons_lib import charts, check, fmt, load_claims, load_events, quiz, schema, set_language

set_language("fr")  # graphiques, quiz et vérifications en français ; l'édition anglaise indique "en"

pd.set_option("display.max_colwidth", None)  # les titres et les notes en entier
pd.set_option("display.width", 120)


def day(when):
    """Une date écrite « jeudi 6 août 2020 » (la même sur tous les systèmes d'exploitation)."""
    return fmt.long_day(when, weekday=True)

# %% [markdown] en="7b69f8eaee"
# ## 1. Lire : les dates dans la table des événements
#
# `load_events()` renvoie la colonne `date` sous forme de vraies dates (`datetime64`), et non de texte :
# pandas peut donc les trier, les soustraire et leur ajouter des jours.

# %% en="e2118f3c51"
events = load_events()
events[["id", "date", "date_precision", "deadline_days"]].dtypes

# %% [markdown] en="d2e42cb4b3"
# Toutes les dates ne sont pas connues au jour près. `date_precision` indique la précision de chaque date :
# une ligne connue seulement au mois près est enregistrée au premier jour de ce mois. Ne calculez jamais un
# écart en jours à partir d'une telle ligne sans le signaler.

# %% en="b22f1c216b"
precision = events["date_precision"].value_counts(sort=False)
precision[precision > 0].to_frame("événements par précision de la date")  # quarter, year : aucune ligne

# %% en="347d93905f"
rough = events[events["date_precision"] != "day"]
rough[["date", "date_precision", "title_fr"]]

# %% [markdown] en="f79c3b2ea7"
# L'été 2020, de juillet à novembre, dans l'ordre chronologique :

# %% en="849b22def6"
summer = events[(events["date"] >= "2020-07-01") & (events["date"] <= "2020-11-30")]
summer = summer.sort_values("date", kind="stable")
print(f"{len(summer)} événements entre juillet et novembre 2020, dont {int(summer['in_article'].sum())} "
      f"sont mentionnés dans l'article.")
summer[["date", "category", "in_article", "title_fr"]]

# %% [markdown] en="b35d182bcd"
# ## 2. Calculer : les échéances
#
# Certaines lignes ont une valeur `deadline_days` : le délai, en jours, qu'un décret ou une loi laissait
# avant d'entrer en vigueur ou de devoir être respecté. Ajouter des jours à une date tient en une ligne :
# `date + pd.Timedelta(days=n)`.
#
# L'article mentionne deux de ces délais. Le premier est celui du **décret 13942** (*executive order*,
# « EO 13942 » dans les sources américaines), signé début août contre les transactions avec ByteDance :

# %% en="4ece30d732"
by_id = events.set_index("id")
eo = by_id.loc["2020-08-06-eo-13942"]
eo_deadline = eo["date"] + pd.Timedelta(days=int(eo["deadline_days"]))
print(f"Décret 13942 signé le {day(eo['date'])} ; {eo['deadline_days']} jours plus tard : {day(eo_deadline)}")

# %% [markdown] en="abc461eea1"
# Le décret ne désignait pas lui-même les transactions interdites : il chargeait le secrétaire au Commerce
# de les définir, ce que le département du Commerce a fait deux jours avant l'échéance. Retrouvez cette ligne
# dans le tableau ci-dessus (catégorie `executive`, mi-septembre).
#
# Le second délai est celui du texte du 14 août. Attention à son nom : l'article parle d'un « deuxième
# décret », mais il s'agit d'une **décision présidentielle (*presidential order*) prise en vertu de la
# section 721 du *Defense Production Act***, la loi qui donne ses pouvoirs au CFIUS, le Comité pour
# l'investissement étranger aux États-Unis, chargé du contrôle des investissements étrangers. Ce n'est pas
# un décret numéroté. Sa colonne `category` le confirme :

# %% en="4ade197f54"
cfius = by_id.loc["2020-08-14-cfius-order"]
category = schema.label("events", "category", cfius["category"])  # le nom de la catégorie, pas son code
print(f"{day(cfius['date'])}, catégorie : {category}, délai : {cfius['deadline_days']} jours")
print(cfius["title_fr"])
print("Note :", cfius["note_fr"])

# %% [markdown] en="5049b11ed7"
# ### Exercice 1 (pandas) : quand tombait l'échéance de la cession ?
#
# Calculez la date à laquelle expirait le délai (`deadline_days`) de la décision présidentielle du 14 août
# 2020 (`cfius` ci-dessus), sous forme de `Timestamp` pandas, et mettez-la dans `answer`.

# %% en="f1d18726bb"
answer = None  # votre code ici

# %% tags=["solution"] en="c14a282f39"
answer = cfius["date"] + pd.Timedelta(days=int(cfius["deadline_days"]))
print(day(answer))

# %% tags=["check"] en="2dc02fe70a"
check(answer, exercise="02.1")

# %% [markdown] en="d79927a206"
# Que s'est-il passé le jour que vous avez trouvé ? Cherchez-le dans la table (le tableau reste vide tant
# que votre `answer` n'est pas l'une de ses dates) :

# %% en="503d703668"
events.loc[events["date"] == answer, ["date", "category", "title_fr"]]

# %% [markdown] en="d0a3348663"
# On peut calculer d'un coup l'échéance de tous les textes datés de la table. `deadline_days` est une
# colonne d'entiers qui admet des valeurs manquantes (vide pour la plupart des événements) : on ne garde
# donc que les lignes qui en ont une, puis on convertit les jours en durées. La table a aussi une colonne
# `deadline` : le jour où tombait l'échéance, **tel que les sources l'indiquent**. Mettons les deux côte à côte :

# %% en="af4e206394"
with_deadline = events.dropna(subset=["deadline_days"]).copy()
with_deadline["date_plus_days"] = with_deadline["date"] + pd.to_timedelta(
    with_deadline["deadline_days"].astype("int64"), unit="D")
with_deadline[["id", "date", "deadline_days", "date_plus_days", "deadline"]]

# %% [markdown] en="af18d025df"
# Le décret jumeau visant WeChat partage la première échéance ; les lignes suivantes concernent la loi de 2024
# et les décrets de 2025 qui ont reporté son application ou approuvé le plan de cession (leçon 08).
# La simple addition donne-t-elle toujours l'échéance indiquée par les sources ? Comparez les deux colonnes :

# %% en="89adb5f158"
stated = with_deadline.dropna(subset=["deadline"])
agree = stated["date_plus_days"] == stated["deadline"]
no_stated = with_deadline[with_deadline["deadline"].isna()]
print("Sans échéance indiquée\u00a0:", ", ".join(no_stated["id"]) or "aucune")
print(f"date + deadline_days donne l'échéance indiquée pour {int(agree.sum())} des {len(stated)} lignes "
      f"qui en indiquent une. Les autres\u00a0:")
stated.loc[~agree, ["id", "date_plus_days", "deadline", "note_fr"]]

# %% [markdown] en="a4851222b6"
# Les textes de 2020 et la loi de 2024 concordent, de même que certains reports de 2025. Les écarts
# concernent des reports signés la veille de l'échéance précédente : leurs jours courent **à partir de
# cette échéance précédente**, et non du jour de la signature, comme l'indiquent les notes ; la leçon 08
# (partie 6) reconstitue toute la chaîne. Le décret de septembre 2025 compte ses 120 jours à partir du jour
# de sa signature (*« 120 days from the date of this order »*, « 120 jours à compter de la date du présent
# décret ») : son échéance, le 23 janvier 2026, est la date que TikTok a donnée à la presse. « N jours plus
# tard » suppose toujours un jour de départ.

# %% [markdown] en="2465e5c8fb"
# ## 3. Calculer : le nombre de jours entre deux événements
#
# Soustraire deux dates donne un `Timedelta` ; son attribut `.days` est un simple nombre. Combien de temps
# avant l'article le décret 13942 a-t-il été signé ? Les événements propres à l'article (le lancement du site
# web, l'accord dans la musique) sont datés du jour qu'il décrit :

# %% en="4149ff6c46"
report_day = by_id.loc["2020-08-17-website", "date"]
gap = report_day - eo["date"]
print(f"Du décret 13942 ({day(eo['date'])}) au jour que décrit l'article ({day(report_day)}) : {gap.days} jours")

# %% [markdown] en="9afcef82af"
# L'article disait « il y a dix jours ». La table des affirmations, où chacune des affirmations de l'article
# est confrontée aux sources (leçon 06), donne son verdict :

# %% en="bd2f5425a8"
claim = load_claims().set_index("id").loc["c03-ten-days-earlier"]
print(f"Verdict : {schema.label('claims', 'verdict', claim['verdict'])}")
print(claim["evidence_fr"])

# %% [markdown] en="68044a588b"
# C'est juste, à condition de se demander quel calendrier compte : le décret a été signé tard le jeudi 6 août
# à Washington, alors qu'il était déjà le 7 août à Paris, soit dix jours avant le lundi 17 août. La soustraction
# ci-dessus compte des jours du calendrier américain. Les fuseaux horaires comptent aussi pour les échéances,
# quand un seul jour décide si une interdiction s'applique.
#
# ### Exercice 2 (pandas) : de la loi à la Cour suprême
#
# Quatre ans plus tard, le Congrès prend le relais avec sa propre loi. À l'aide de `by_id`, calculez le nombre
# de jours entre la promulgation de la loi de 2024 (`2024-04-24-pafaca-signed`) et l'arrêt de la Cour suprême
# (`2025-01-17-tiktok-v-garland`). Mettez un entier dans `answer`.

# %% en="f1d18726bb"
answer = None  # votre code ici

# %% tags=["solution"] en="a136f56247"
answer = (by_id.loc["2025-01-17-tiktok-v-garland", "date"] - by_id.loc["2024-04-24-pafaca-signed", "date"]).days
print(answer)

# %% tags=["check"] en="8bb30bc338"
check(answer, exercise="02.2")

# %% [markdown] en="08f13e9114"
# Comparez cet écart avec le délai fixé par la loi elle-même :

# %% en="aad820a4b5"
law = by_id.loc["2024-04-24-pafaca-signed"]
ruling = by_id.loc["2025-01-17-tiktok-v-garland"]
law_deadline = law["date"] + pd.Timedelta(days=int(law["deadline_days"]))
print(f"La loi accordait {law['deadline_days']} jours : échéance le {day(law_deadline)}.")
print(f"La Cour suprême a statué le {day(ruling['date'])}, "
      f"{(law_deadline - ruling['date']).days} jours avant l'échéance.")

# %% [markdown] en="07494a6dc4"
# ## 4. Calculer : le rythme de l'affaire
#
# `diff()` soustrait chaque ligne de la suivante : sur des dates triées, elle donne l'écart avec l'événement
# précédent. Où sont les longs silences, et les semaines chargées ?

# %% en="55062ab67a"
dated = events[events["date_precision"] == "day"].sort_values("date", kind="stable").reset_index(drop=True)
dated["days_since_previous"] = dated["date"].diff().dt.days
longest = dated.loc[dated["days_since_previous"].idxmax()]
print(f"Plus long écart entre deux événements datés au jour près : {int(longest['days_since_previous'])} jours, "
      f"jusqu'au {day(longest['date'])} : {longest['title_fr']}")

# %% [markdown] en="7fea6ee073"
# ### Exercice 3 (pandas) : l'année la plus chargée
#
# Comptez les événements de toute la table (`events`) par année civile, et mettez dans `answer` l'**année**
# qui compte le plus d'événements, sous forme d'entier.
#
# *Indice :* `events["date"].dt.year` donne l'année de chaque événement ; `value_counts()` les compte ;
# `idxmax()` renvoie l'étiquette de la valeur la plus grande.

# %% en="f1d18726bb"
answer = None  # votre code ici

# %% tags=["solution"] en="473aa116a7"
per_year = events["date"].dt.year.value_counts().sort_index()
print(per_year.to_string())
answer = int(per_year.idxmax())

# %% tags=["check"] en="b0e4301b41"
check(answer, exercise="02.3")

# %% [markdown] en="a8829eecc6"
# ## 5. Représenter : la frise chronologique à deux échelles
#
# D'abord l'été 2020. Chaque couloir correspond à une catégorie d'événements ; les bandes grisées vont d'un
# texte (décret, loi) jusqu'à son échéance telle que l'indiquent les sources (la colonne `deadline` ci-dessus) ;
# le jour que décrit l'article est signalé.

# %% en="54ce3c515a"
fig = charts.timeline(start="2020-07-01", end="2020-11-30")
print(charts.describe(fig))
fig

# %% [markdown] en="94120f4dc2"
# Puis toute l'affaire, de 2016 à 2026. L'été 2020 se réduit à une bande étroite : l'histoire ne s'est pas
# arrêtée avec l'article. Les décrets ont été suspendus par la justice, puis abrogés ; le Congrès a voté une
# loi, la Cour suprême l'a validée, et les activités américaines de TikTok ont finalement été placées dans une
# coentreprise américaine.

# %% en="6831f6f1d2"
fig = charts.timeline(start="2016-01-01", end="2026-12-31")
print(charts.describe(fig))
fig

# %% [markdown] en="92c56bac2f"
# > **Glossaire**
# > - *décret* (*executive order*, EO) : un texte numéroté du président des États-Unis, comme le décret 13942.
# > - *décision présidentielle* (*presidential order*) : ici, la décision du 14 août 2020, prise en vertu de la
# >   section 721 du *Defense Production Act* (la loi qui fonde le contrôle du CFIUS) ; elle n'est pas numérotée.
# > - *échéance* (*deadline*) : la date limite ; *délai* : le nombre de jours accordé, compté à partir d'une date.
# > - *écart* (*gap*) : le temps écoulé entre deux événements ; en pandas, un `Timedelta`.
# > - *précision de la date* (*date precision*) : jour, mois, trimestre ou année.
#
# ## Pistes de discussion
# - La frise de l'été montre de nombreux événements en quelques semaines. Que suggère ce rythme sur la manière
#   dont chaque camp a utilisé les échéances ? (Une bonne réponse relève que les échéances font pression sur
#   les négociations : les textes du président lancent le compte à rebours, l'entreprise répond par des actions
#   en justice, un site web et un accord.)
# - À l'échelle d'une décennie, quels événements choisiriez-vous comme tournants, et pourquoi ?
#
# ## À retenir
# - Les dates pandas peuvent être comparées, triées, soustraites (on obtient un `Timedelta`) et décalées d'un
#   nombre de jours (`pd.Timedelta`).
# - Vérifiez `date_precision` avant de calculer un écart en jours : une date connue au mois près n'est pas un jour.
# - Le « il y a dix jours » de l'article était juste à l'heure française (onze jours à l'heure américaine) :
#   demandez-vous quel calendrier utilise un décompte. Son « deuxième décret » était une décision présidentielle
#   prise en vertu de la loi qui encadre le CFIUS, et non un décret numéroté.
# - Les mêmes événements se lisent différemment à deux échelles : des semaines de pression en 2020, puis des
#   années de lois et de procès.
#
# ## Quiz
# Répondez, vérifiez et lisez l'explication. Une question vous demande de remettre des événements dans l'ordre.

# %% en="33a62b0cf3"
quiz.show("02-timeline")
