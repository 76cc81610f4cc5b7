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

# %% [markdown] en="2b58ce7d3e"
# # 01 · L'affaire en chiffres
#
# **Durée :** 40 minutes (cours 20, exercices 20) · **Prérequis :** leçon 00 ; savoir exécuter une cellule
# et avoir déjà vu un tableau pandas
#
# **Les questions de la leçon**
# - Quels acteurs, quelles dates et quels chiffres contient l'article d'août 2020 ?
# - Comment comparer des chiffres aussi différents qu'un milliard d'utilisateurs et quelques milliers de salariés ?
# - Pourquoi faut-il une échelle logarithmique pour les représenter sur un même graphique ?
#
# **Objectifs**
# - Transformer un article de presse en un petit tableau d'acteurs, de dates et de nombres avec pandas.
# - Calculer le rapport entre deux chiffres, et dire quand ce rapport compare des grandeurs comparables.
# - Expliquer, à partir de deux graphiques des mêmes chiffres, ce qu'une échelle logarithmique montre et
#   qu'une échelle linéaire cache.
#
# ---
#
# **Le document.** Un article de France 24 publié le 18 août 2020 décrivait le nouveau site
# web lancé par TikTok contre les « rumeurs », deux décrets signés par le président Trump qui, selon l'article,
# devaient forcer ByteDance à vendre les activités américaines de TikTok, les acheteurs possibles, un accord
# dans la musique et trois chiffres frappants. Un journaliste écrit un texte ; un analyste lit ce même texte
# comme un ensemble de **données** : qui a agi, quand, et dans quelles proportions. C'est ce que nous faisons
# ici, avec pandas.

# %% en="97ddef5d29"
import math

import pandas as pd

from lessons_lib import (
    charts,
    check,
    fmt,
    headline_figures,
    load_actors,
    load_events,
    load_user_stats,
    quiz,
    schema,
    set_language,
)

set_language("fr")  # graphiques, quiz et vérifications en français ; l'édition anglaise indique "en"

pd.set_option("display.max_colwidth", 70)
pd.set_option("display.width", 120)

# %% [markdown] en="8baad84f32"
# ## 1. Lire : les événements que mentionne l'article
#
# La table des événements couvre toute l'affaire, de 2016 à 2026. La colonne `in_article` vaut `True` pour
# les événements que l'article mentionne lui-même. En filtrant sur cette colonne, on obtient l'ossature de
# l'article.

# %% en="3590af2dda"
events = load_events()
article_events = events[events["in_article"]].sort_values("date")
first, last = article_events["date"].min(), article_events["date"].max()
print(f"La table des événements compte {len(events)} lignes ; l'article en mentionne {len(article_events)}, "
      f"de {fmt.long_month(first)} à {fmt.long_month(last)}.")
article_events[["date", "category", "actors", "title_fr"]]

# %% [markdown] en="38dfbd5f24"
# Lisez ce tableau comme le carnet de notes d'un journaliste. Chaque ligne est un fait daté, avec une
# catégorie (un décret, une décision d'entreprise, une prise de parole…) et les **acteurs** concernés,
# sous forme d'identifiants séparés par `;`. Certains de ces événements sont antérieurs à l'article :
# il les rappelle pour situer le contexte.
#
# La colonne `actors` regroupe plusieurs identifiants dans une même case. Pour compter les acteurs, on
# découpe chaque case en liste, puis on donne à chaque acteur sa propre ligne avec `explode` :

# %% en="8870e3e765"
mentions = article_events[["id", "actors"]].assign(actor=article_events["actors"].str.split(";")).explode("actor")
mentions.head(6)

# %% [markdown] en="d5663684d1"
# Les identifiants renvoient à la table des acteurs, qui donne pour chacun un nom, une nature et un pays :

# %% en="f51b182a21"
actors = load_actors().set_index("id")
named = mentions.join(actors[["name_fr", "kind", "country"]], on="actor")
named[["id", "actor", "name_fr", "kind", "country"]].head(6)

# %% [markdown] en="d22f274203"
# ### Exercice 1 (pandas) : combien d'acteurs différents ?
#
# À partir de `mentions` (une ligne par événement et par acteur), comptez combien d'acteurs **différents**
# apparaissent dans les événements que mentionne l'article. Mettez ce nombre dans `answer`.
#
# *Indice :* une Series possède une méthode qui compte ses valeurs distinctes.

# %% en="f1d18726bb"
answer = None  # votre code ici

# %% tags=["solution"] en="846331baef"
answer = mentions["actor"].nunique()
print(answer)

# %% tags=["check"] en="2c0c1740cf"
check(answer, exercise="01.1")

# %% [markdown] en="c00f479938"
# Quels types d'acteurs l'article met-il en scène ? Comptons les acteurs distincts selon leur nature :

# %% en="80eb8637bd"
kinds = named.drop_duplicates("actor")["kind"].value_counts()
kinds[kinds > 0].rename(index=schema.labels("actors", "kind")).to_frame("acteurs distincts par nature")

# %% [markdown] en="9b11246c26"
# ## 2. Calculer : les chiffres de l'article deviennent des données
#
# L'article donne trois chiffres qui marquent les esprits. Dans ses propres mots (l'article de France 24, 18
# août 2020) : TikTok « compte près d'un milliard d'utilisateurs dans le monde » ; Vanessa Pappas s'était dite
# « fière » des « 1 500 employés américains » et avait promis « 10 000 emplois additionnels dans ce pays au
# cours des trois prochaines années ».
#
# La table des statistiques d'utilisateurs enregistre ces chiffres dans des lignes marquées `in_article`,
# en **unités de base** (un milliard est écrit en entier), avec un `qualifier` (qualificatif) :
# « près de » devient `about` (environ).

# %% en="717df4ae63"
stats = load_user_stats()
article_figures = stats[stats["in_article"]]
article_figures[["id", "metric", "value", "unit", "qualifier", "scope", "claim_type", "confidence"]]

# %% en="e554a697be"
# les mêmes lignes, à lire : les codes des vocabulaires en mots (schema.labels), les chiffres écrits comme on les lit
pd.DataFrame({
    "chiffre": article_figures["label_fr"],
    "valeur": article_figures["value"].map(fmt.number),
    "unité": article_figures["unit"].map(schema.labels("user_stats", "unit")),
    "qualificatif": article_figures["qualifier"].map(schema.labels("user_stats", "qualifier")),
    "périmètre": article_figures["scope"].map(schema.labels("user_stats", "scope")),
})

# %% [markdown] en="6aa6078570"
# Deux colonnes méritent qu'on s'y arrête. `claim_type` vaut `press_report` (article de presse) : ces lignes
# enregistrent ce que l'article a *dit*, pas ce qui est vrai. Et la ligne des utilisateurs a pour mesure
# (`metric`) `users_undefined` : l'article ne précise pas s'il compte des téléchargements, des utilisateurs
# mensuels ou des utilisateurs quotidiens. Gardez-le en tête pour la leçon 03.
#
# `headline_figures()` associe chacun des chiffres de l'article à ce que montrent les sources :

# %% en="766fca1dd2"
figures = headline_figures()
figures[["reported_label", "reported_value", "record_label", "record_value", "record_claim_type", "ratio"]]

# %% en="ae30014571"
# les mêmes paires, à lire
pd.DataFrame({
    "ce que dit l'article": figures["reported_label"],
    "chiffre de l'article": figures["reported_value"].map(fmt.number),
    "ce que disent les sources": figures["record_label"],
    "chiffre des sources": figures["record_value"].map(fmt.number),
    "type de source": figures["record_claim_type"].map(schema.labels("user_stats", "claim_type")),
    "rapport article / sources": figures["ratio"].map(lambda ratio: fmt.number(ratio, decimals=2)),
})

# %% [markdown] en="f70d6e9d5e"
# Les mêmes paires sous forme de graphique, un panneau par chiffre : l'article en hachuré, les sources en uni.

# %% en="29ad330610"
fig = charts.reported_vs_record(figures)
print(charts.describe(fig))
fig

# %% [markdown] en="464c61cf4b"
# Un rapport égal à 1 signifie que l'article et les sources concordent. Le chiffre des salariés concorde avec
# le blog de TikTok de la fin août 2020 ; en 2023, l'entreprise revendiquait beaucoup plus de salariés aux
# États-Unis. Le chiffre des utilisateurs dépasse ce que TikTok avait lui-même déclaré à un tribunal pour
# juillet 2020, et ne correspond aux utilisateurs mensuels de l'entreprise que plus d'un an plus tard.
# Chaque ligne de ce tableau rapporte la parole de TikTok, que personne n'a auditée : une **déclaration de
# l'entreprise** sur ses utilisateurs ou ses salariés, ou une **promesse de l'entreprise** pour les emplois.

# %% [markdown] en="d719e30dd0"
# ## 3. Comparer : les rapports, et ce qu'ils signifient
#
# Un rapport transforme deux chiffres en un seul, plus facile à se représenter. Combien d'utilisateurs
# chaque salarié aux États-Unis « servait »-il ? Il est tentant de diviser les deux chiffres de l'article :

# %% en="9f3a79e671"
by_id = stats.set_index("id")
world_users = by_id.loc["article-users-1bn", "value"]
us_staff = by_id.loc["article-us-staff-1500", "value"]
print(f"Utilisateurs par salarié aux États-Unis, selon les chiffres de l'article : "
      f"{fmt.number(world_users / us_staff)}")

# %% [markdown] en="6b6b89be0e"
# Mais ce calcul divise des utilisateurs **du monde entier** par des salariés **aux États-Unis** seulement :
# les deux chiffres ne portent pas sur le même périmètre (regardez la colonne `scope` plus haut). Un rapport
# plus juste prend les deux chiffres au même endroit et le même mois, ici les chiffres de TikTok lui-même
# pour les États-Unis en août 2020 :

# %% en="cd2fb5bed4"
us_users = by_id.loc["tiktok-us-mau-2020-08"]
us_staff_record = by_id.loc["tiktok-us-staff-2020-08"]
claim_types = schema.labels("user_stats", "claim_type")
print(f"Utilisateurs actifs mensuels aux États-Unis : {fmt.figure(us_users['value'], us_users['qualifier'])} "
      f"({claim_types[us_users['claim_type']]})")
print(f"Salariés aux États-Unis : {fmt.figure(us_staff_record['value'], us_staff_record['qualifier'])} "
      f"({claim_types[us_staff_record['claim_type']]})")
print(f"Utilisateurs mensuels par salarié aux États-Unis : "
      f"environ {fmt.number(us_users['value'] / us_staff_record['value'])}")

# %% [markdown] en="2b0e30a3c4"
# Les deux chiffres sont des valeurs « plus de » (`more_than`) : le rapport ne donne donc qu'un ordre de
# grandeur, pas un nombre précis. C'est déjà utile : il montre que TikTok faisait fonctionner un très grand
# service aux États-Unis avec une petite équipe sur place, ce qui soulève une question reprise dans la
# leçon 04 : où, et par qui, un tel service est-il réellement géré ?
#
# ### Exercice 2 (pandas) : quelle était l'ampleur de la promesse ?
#
# La promesse d'emplois et le nombre de salariés cités par l'article sont les lignes `article-jobs-10000`
# et `article-us-staff-1500` de `by_id`. Calculez le **nombre d'emplois promis par salarié actuel aux
# États-Unis** (emplois promis divisés par salariés) et mettez-le dans `answer`.

# %% en="f1d18726bb"
answer = None  # votre code ici

# %% tags=["solution"] en="bcb86eaf26"
answer = by_id.loc["article-jobs-10000", "value"] / by_id.loc["article-us-staff-1500", "value"]
print(f"{fmt.number(answer, decimals=2)} emplois promis par salarié actuel aux États-Unis")

# %% tags=["check"] en="459a09e4c8"
check(answer, exercise="01.2")

# %% [markdown] en="dbbde73c55"
# Discutez-en avec votre voisin : la promesse aurait multiplié plusieurs fois l'effectif de TikTok aux
# États-Unis en trois ans. Une telle promesse est-elle un *fait* ou un *message* ? À qui s'adressait-elle ?
# TikTok l'a annoncée pour la première fois en juillet 2020, alors que Washington évoquait ouvertement une
# interdiction ; selon l'article, sa responsable aux États-Unis l'a répétée dans une vidéo début août, juste
# après que le président Trump a dit qu'il interdirait l'application. (La leçon 07 vérifie ce qu'il est
# advenu de cette promesse.)

# %% [markdown] en="c4acb9b3c8"
# ## 4. Représenter : pourquoi une échelle logarithmique ?
#
# Nos chiffres vont de quelques milliers de salariés à un milliard d'utilisateurs. Combien de **puissances
# de dix** séparent le plus petit du plus grand ?

# %% en="fafe7a27ed"
largest = article_figures["value"].max()
smallest = article_figures["value"].min()
print(f"Plus grand / plus petit : {fmt.number(largest / smallest)}, "
      f"soit {fmt.number(math.log10(largest / smallest), decimals=1)} puissances de dix")

# %% [markdown] en="a5a37db24a"
# Sur un axe ordinaire (linéaire), des distances égales représentent des **différences** égales. Avec des
# chiffres aussi éloignés, les plus petits se réduisent à rien. Sur un axe logarithmique, des distances
# égales représentent des **rapports** égaux : chaque graduation signifie « dix fois plus », et chaque
# chiffre reste visible. `charts.scale_comparison` trace les mêmes chiffres des deux façons, côte à côte.

# %% en="d0acb69de0"
fig = charts.scale_comparison(article_figures)
print(charts.describe(fig))
fig

# %% [markdown] en="6e36ab103a"
# Sur le panneau linéaire, seule la barre des utilisateurs est visible ; sur le panneau logarithmique,
# chaque barre peut être lue et comparée. Le prix à payer : le lecteur doit savoir qu'une barre deux fois
# plus longue ne représente *pas* une valeur deux fois plus grande. Dites-le toujours dans le titre de
# l'axe, comme le fait le graphique ci-dessus.
#
# ### Exercice 3 (matplotlib) : à vous de tracer
#
# Tracez avec matplotlib un diagramme en barres horizontales des trois chiffres de l'article
# (`article_figures`, colonnes `label_fr` et `value`), et passez l'axe des valeurs en échelle logarithmique.
# Donnez ensuite à `answer` la liste `[ax.get_xscale(), len(ax.patches)]` : le nom de l'échelle de votre
# axe des abscisses et le nombre de barres tracées.

# %% en="f1d18726bb"
answer = None  # votre code ici

# %% tags=["solution"] en="6aaef3b2dc"
import matplotlib.pyplot as plt

fig3, ax = plt.subplots(figsize=(7, 2.5))
ax.barh(article_figures["label_fr"], article_figures["value"])
ax.set_xscale("log")
ax.set_xlabel("Valeur selon l'article (échelle logarithmique : chaque graduation vaut dix fois plus)")
ax.set_title("Les trois chiffres de l'article")
fig3.tight_layout()
print(charts.describe(fig3))  # un titre et des titres d'axes rendent aussi le graphique lisible par un lecteur d'écran
answer = [ax.get_xscale(), len(ax.patches)]

# %% tags=["check"] en="e56d687cd7"
check(answer, exercise="01.3")

# %% [markdown] en="dc7a0ae89e"
# > **Glossaire**
# > - *chiffre déclaré* (*reported figure*) : ce qu'affirme une source, avant toute vérification.
# > - *ordre de grandeur* (*order of magnitude*) : une puissance de dix ; un milliard et un millier diffèrent de six
# >   ordres de grandeur.
# > - *échelle logarithmique* (*log scale*) : un axe où chaque graduation multiplie par le même facteur.
# > - *rapport* (*ratio*) : un chiffre divisé par un autre ; il n'a de sens que si les deux portent sur le même
# >   périmètre.
# > - *déclaration de l'entreprise* (*company claim*) : un chiffre qu'une entreprise donne sur elle-même, sans audit.
#
# ## Pistes de discussion
# - L'article donne un nombre d'utilisateurs sans dire ce qu'il compte. Quelles trois questions poseriez-vous
#   avant de l'utiliser ? (Quelle mesure ? À quelle date ? Qui l'affirme ?)
# - Pourquoi TikTok mettait-il en avant, à l'été 2020, ses salariés aux États-Unis et sa promesse d'emplois ?
#
# ## À retenir
# - Un article de presse peut se lire comme un ensemble de données : des événements avec leurs dates et leurs
#   acteurs, des chiffres avec leur unité, leur périmètre et leur source.
# - On enregistre les chiffres en unités de base, avec un qualificatif (« environ », « plus de ») et un type de
#   déclaration ; un chiffre rapporté par la presse forme une ligne à part, à côté de celle des sources, et ne
#   la remplace pas.
# - Un rapport n'a de sens que si les deux chiffres portent sur le même périmètre et la même date.
# - Quand des chiffres diffèrent de plusieurs puissances de dix, une échelle logarithmique les garde tous
#   visibles ; indiquez-le clairement.
#
# ## Quiz
# Répondez, vérifiez et lisez l'explication. Une mauvaise réponse donne un indice : réessayez.

# %% en="26fb683e9a"
quiz.show("01-story-in-numbers")
