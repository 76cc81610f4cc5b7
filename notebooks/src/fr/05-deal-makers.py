# %% [markdown] en="a7020f5afd"
# # 05 · Les négociateurs
#
# **Durée :** 40 minutes (cours 20, exercices 20) · **Prérequis :** leçon 00 ; la leçon 02 aide (filtrer des
# événements)
#
# **Les questions de la leçon**
# - Qui a tenté d'acheter les activités américaines de TikTok en 2020, et à qui appartenaient-elles finalement
#   en 2026 ?
# - Que voulait chaque partie : les acheteurs, les investisseurs, ByteDance, et les gouvernements de Washington et
#   de Pékin ?
# - Comment retrouver tous les événements auxquels un acteur a pris part, quand une table range plusieurs
#   acteurs dans une même cellule ?
# - À qui appartient la coentreprise de 2026, et à quel total arrivent les parts annoncées ?
#
# **Objectifs**
# - Filtrer la table des acteurs par type et lire le rôle de chacun.
# - Retrouver les événements d'un acteur avec `str.split` et `explode`, et comprendre pourquoi `str.contains`
#   peut compter des lignes en trop.
# - Lire le graphique de répartition du capital de la coentreprise, et calculer le total des parts annoncées.
# - Associer chaque acteur à son rôle.

# %% en="3452c6a287"

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

set_language("fr")  # graphiques, quiz et vérifications en français ; l'édition anglaise dit "en"
pd.set_option("display.max_colwidth", None)  # les rôles et les titres en entier, pas leurs 50 premiers caractères

# %% [markdown] en="402bf379d1"
# ## 1. Les acteurs
#
# L'article de France 24 (18 août 2020) cite deux acheteurs possibles : « Microsoft est en négociations avancées
# pour racheter l'application » et, « selon l'agence Bloomberg », Oracle, « aussi sur les rangs » avec la société
# de capital-risque Sequoia Capital (la leçon 06 montre que l'information venait en réalité du *Financial
# Times*). La suite de l'histoire a fait entrer d'autres acteurs en scène. La table des acteurs donne à chacun
# un type, un pays et un rôle. Chaque ligne a aussi une note (`note_fr` en français, `note` en anglais) qui
# indique d'où vient un détail : le pays de MGX, par exemple, ne figure pas dans les documents de recherche.

# %% en="47346fd464"
actors = load_actors()
deal_makers = ["microsoft", "oracle", "walmart", "sequoia", "general-atlantic", "silver-lake", "mgx",
               "bytedance-investors", "bytedance", "trump", "biden", "china-government", "tiktok-usds-jv"]
cast = actors.set_index("id").loc[deal_makers, ["name_fr", "kind", "country", "role_fr"]]
cast[["name_fr", "kind", "country"]]

# %% en="f54783d0cd"
pd.DataFrame({
    "acteur": cast["name_fr"],
    "nature": cast["kind"].map(schema.labels("actors", "kind")),  # la nature en mots, pas son code
    "rôle": cast["role_fr"],
})

# %% en="1d11f9d051"
kinds = cast["kind"].value_counts()  # une variable catégorielle compte toutes les natures du vocabulaire
kinds[kinds > 0].rename(index=schema.labels("actors", "kind")).to_frame("acteurs par nature")

# %% [markdown] en="1d93965c58"
# ## 2. Qui voulait quoi
#
# Les rôles sont des faits ; les *intentions* sont une interprétation. Le tableau ci-dessous déduit les
# intentions de chaque acteur de ce qu'il a fait, tel que le consignent les tables des événements et des
# acteurs. Prenez-le comme une hypothèse à vérifier, pas comme un fait établi.
#
# | Acteur | Ce qu'il a fait | Ce qu'il semble avoir voulu |
# |---|---|---|
# | Microsoft | A confirmé des négociations pour les activités de TikTok aux États-Unis, au Canada, en Australie et en Nouvelle-Zélande ; a été écarté par ByteDance | Une grande application grand public, achetée en totalité |
# | Oracle | Candidat au rachat, puis « partenaire technologique de confiance » (*trusted technology partner*) du projet TikTok Global, hébergeur des données des utilisateurs américains (Project Texas), actionnaire de la coentreprise | Un rôle durable : d'abord comme propriétaire, puis comme hébergeur, enfin comme copropriétaire |
# | Walmart | Partenaire d'Oracle dans TikTok Global, projet jamais conclu | Une participation aux côtés d'Oracle (ses raisons ne figurent pas dans nos sources) |
# | Sequoia, General Atlantic | Investisseurs déjà présents au capital de ByteDance, associés à Oracle en 2020 | Protéger la valeur de ce qu'ils possédaient déjà (une déduction) |
# | Silver Lake, MGX | Investisseurs gérants de la coentreprise (*managing investors*) | Une participation dans l'activité américaine (leurs raisons ne figurent pas dans nos sources) |
# | ByteDance | A refusé l'offre de Microsoft ; a gardé une participation minoritaire dans la coentreprise | Garder autant que possible de TikTok, et de son algorithme |
# | Gouvernement américain | Décisions de 2020, loi de 2024, décret de septembre 2025 | Mettre fin au contrôle chinois sur l'application et sur ses données américaines |
# | Gouvernement chinois | Contrôle des exportations d'algorithmes de recommandation (2020) ; feu vert à l'accord, selon la Maison-Blanche (2026) | Avoir son mot à dire sur la technologie et sur les conditions |
#
# **Débat.** Choisissez une ligne. Quels éléments des tables appuient la colonne de droite ? Qu'est-ce qui
# l'affaiblirait ?
#
# ## 3. Qui a pris part à quels événements
#
# Dans `events.csv`, la colonne `actors` donne les identifiants des acteurs séparés par `;`, par exemple
# `trump;bytedance`. Il y a deux façons de retrouver les événements d'un acteur :

# %% en="305e7bb101"
events = load_events()
print(events.loc[events["id"] == "2025-12-18-jv-agreements", "actors"].iloc[0])

# %% en="90b6768e68"
by_contains = events["actors"].str.contains("tiktok")
print(f"Lignes dont le texte de la colonne actors contient « tiktok » : {int(by_contains.sum())}")

exploded = events.assign(actor=events["actors"].str.split(";")).explode("actor")
exact = exploded[exploded["actor"] == "tiktok"]
print(f"Lignes où l'identifiant d'acteur vaut exactement « tiktok » : {exact['id'].nunique()}")

# %% [markdown] en="2cb9581b23"
# Pourquoi les deux comptes diffèrent-ils ? `str.contains` cherche les lettres n'importe où dans la cellule, si
# bien que `tiktok-usds-jv` (la coentreprise) contient lui aussi « tiktok ». Après `explode`, chaque ligne ne porte
# qu'un identifiant d'acteur, et `==` ne retient que l'identifiant exact. Voici les lignes qui font la
# différence :

# %% en="bba864922d"
extra = events[by_contains & ~events["id"].isin(exact["id"])]
print(extra[["id", "actors"]].to_string(index=False))

# %% [markdown] en="27d976ab34"
# Avec un acteur par ligne, compter les événements de chaque acteur de l'accord tient en une ligne :

# %% en="504579f609"
counts = exploded[exploded["actor"].isin(deal_makers)]["actor"].value_counts()
counts.rename("événements")

# %% [markdown] en="b46ac8f88b"
# ### Exercice 1 : les événements d'Oracle
#
# À partir de `exploded`, placez dans `answer` le **nombre d'événements** dont `oracle` est l'un des acteurs.
# (Comptez les lignes où la colonne `actor` vaut `"oracle"`.)

# %% en="f1d18726bb"
answer = None  # votre code ici

# %% tags=["solution"] en="86ddecb22f"
answer = int((exploded["actor"] == "oracle").sum())
answer

# %% tags=["check"] en="6a31a88769"
lessons_lib.check(answer, exercise="05.1")

# %% [markdown] en="d1a9b8fb4f"
# Suivez maintenant, événement par événement, le parcours d'Oracle, de candidat au rachat à copropriétaire :

# %% en="d5933d3724"
oracle = exploded[exploded["actor"] == "oracle"].sort_values("date")
pd.DataFrame({
    "date": oracle["date"],
    "catégorie": oracle["category"].map(schema.labels("events", "category")),
    "ce qui s'est passé": oracle["title_fr"],
})

# %% [markdown] en="933530b390"
# ## 4. Les accords sur une frise chronologique
#
# Voici les décisions des entreprises et de l'exécutif autour d'une vente, des négociations de Microsoft en 2020
# à la coentreprise de 2026. Le graphique ne garde que les événements où figure au moins un acteur de l'accord
# autre que les deux présidents.

# %% en="b348467b69"
buyers = [a for a in deal_makers if a not in ("trump", "biden")]
deal_ids = exploded.loc[exploded["actor"].isin(buyers), "id"].unique()
deal_events = events[events["id"].isin(deal_ids)]
fig = charts.timeline(deal_events, start="2020-07-15", end="2026-02-28",
                      categories=["corporate", "executive", "export_control", "diplomacy"],
                      title=pick({"en": "The deal makers: from bids to a joint venture, 2020-2026",
                                  "fr": "Les artisans de l'accord : des offres à la coentreprise, 2020-2026"}))
print(charts.describe(fig))

# %% en="b219a5c95d"
fig

# %% [markdown] en="c3afd62230"
# Combien valait l'activité ? Nos données contiennent une seule valorisation officielle de l'activité américaine,
# datée de septembre 2025. Une valorisation est une estimation de ce que vaut une entreprise, pas un prix payé :

# %% en="3fc8b9a070"
value = load_user_stats().set_index("id").loc["tiktok-us-valuation-2025-09"]
print(f"{value['label_fr']} : environ {fmt.number(value['value'] / 1e9)} milliards de dollars "
      f"({schema.label('user_stats', 'claim_type', value['claim_type'])})")
print("Note :", value["note_fr"])

# %% [markdown] en="e5b3d20f16"
# ## 5. À qui appartient la coentreprise
#
# Les accords définitifs ont été signés en décembre 2025, et la TikTok USDS Joint Venture a été finalisée en
# janvier 2026. `load_ownership()` contient les parts annoncées :

# %% en="09c0c44969"
ownership = load_ownership()
ownership[["holder", "share_percent", "qualifier", "claim_type", "confidence"]]

# %% en="a1cca8dd83"
fig = charts.ownership(ownership)
print(charts.describe(fig))

# %% en="b219a5c95d"
fig

# %% [markdown] en="82b130f9b0"
# ### Exercice 2 : à quel total arrivent les parts annoncées ?
#
# Placez dans `answer` la **somme** de la colonne `share_percent` de `ownership`, sous la forme d'un simple
# `float`. Comparez-la ensuite à la structure décrite par la note interne : 50 % pour les nouveaux investisseurs,
# 30,1 % et 19,9 %.

# %% en="f1d18726bb"
answer = None  # votre code ici

# %% tags=["solution"] en="400dfbb4ff"
answer = float(ownership["share_percent"].sum())
print(f"Total des parts annoncées : {fmt.percent(answer)}")

# %% tags=["check"] en="76050ebe6d"
lessons_lib.check(answer, exercise="05.2")

# %% en="4fea91bad3"
bytedance_share = float(ownership.set_index("holder").loc["bytedance", "share_percent"])
consortium = ownership.set_index("holder").loc[["oracle", "silver-lake", "mgx", "other-new-investors"], "share_percent"]
print(f"Consortium des nouveaux investisseurs : {fmt.percent(float(consortium.sum()))}, "
      f"dont {fmt.percent(float(consortium.drop('other-new-investors').sum()))} pour les trois investisseurs nommés.")
print(f"ByteDance garde {fmt.percent(bytedance_share)}, la plus grosse participation après celle du "
      f"groupe des sociétés liées aux investisseurs de ByteDance.")
print("Note sur la ligne de ByteDance :", ownership.set_index("holder").loc["bytedance", "note_fr"])

# %% [markdown] en="1b5d209baf"
# **Lisez toute la phrase.** Additionnez seulement les détenteurs que nomme la note interne (trois investisseurs
# et les deux groupes liés à ByteDance) : il manque 5 % pour arriver au total. La note comble l'écart : la
# coentreprise est « 50 percent held by a consortium of new investors, including Oracle, Silver Lake and MGX
# with 15 percent each » (AP), c'est-à-dire détenue à 50 % par un consortium de nouveaux investisseurs, *dont*
# Oracle, Silver Lake et MGX, à 15 % chacun. Les 5 % restants appartiennent donc à des membres du consortium que
# la note ne nomme pas ; leur ligne est calculée (50 moins 3 × 15), et son qualificatif indique *environ*. À la
# finalisation, MacRumors citait le Dell Family Office et des sociétés liées à Susquehanna parmi les autres
# actionnaires. Deux précautions restent de mise : les parts sont des **déclarations des entreprises relayées
# par la presse**, et les « affiliates of existing ByteDance investors » (sociétés liées aux investisseurs
# actuels de ByteDance) ne sont pas nommées : on ne peut donc pas savoir quelle part de ce bloc revient à des
# investisseurs qui apparaissent aussi ailleurs dans l'histoire.
#
# ### Exercice 3 (défi) : première et dernière apparition
#
# À partir de `exploded`, placez dans `answer` un DataFrame avec une ligne par **investisseur** (les acteurs dont
# la colonne `kind` vaut `investor`) et trois colonnes, `actor`, `first` et `last` : les dates du premier et du
# dernier événement où chacun apparaît, triées par `first`, puis par `actor`. Indice :
# `groupby("actor")["date"].agg(first="min", last="max")`, puis `.reset_index()`.

# %% en="f1d18726bb"
answer = None  # votre code ici

# %% tags=["solution"] en="2f2a8bea11"
investors = actors.loc[actors["kind"] == "investor", "id"]
answer = (exploded[exploded["actor"].isin(investors)]
          .groupby("actor")["date"].agg(first="min", last="max")
          .reset_index().sort_values(["first", "actor"]))
answer

# %% tags=["check"] en="a89a4a1143"
lessons_lib.check(answer, exercise="05.3")

# %% [markdown] en="16f1f1e71b"
# ## Pistes de discussion
#
# 1. La décision présidentielle du 14 août 2020 exigeait une cession totale ; en 2026, ByteDance détient encore
#    une participation. Entre les deux dates, qui a gagné, et qui a fait des concessions ? Appuyez-vous sur la
#    table de répartition du capital.
# 2. En 2020, les sociétés de capital-risque qui finançaient ByteDance se retrouvent dans les deux camps.
#    Est-ce un conflit d'intérêts, ou un aspect normal d'une vente ?
# 3. Pourquoi un gouvernement pourrait-il préférer une coentreprise dotée d'un prestataire de sécurité désigné à
#    une interdiction pure et simple ?
# 4. Une ligne de la table de répartition du capital est calculée, et non annoncée. Comment un graphique ou une
#    légende doit-il présenter un chiffre que l'on a déduit soi-même ?
#
# ## À retenir
# - Les artisans de l'accord étaient des acheteurs (Microsoft, Oracle, Walmart), des investisseurs (Sequoia,
#   General Atlantic, Silver Lake, MGX, et les sociétés liées aux investisseurs de ByteDance), le vendeur
#   (ByteDance) et deux gouvernements.
# - Microsoft a été écarté en 2020 ; le projet Oracle-Walmart n'a jamais été conclu ; la coentreprise a été
#   finalisée en 2026, avec Oracle parmi ses propriétaires.
# - Une liste séparée par des `;` dans une cellule exige `str.split` et `explode` pour une correspondance
#   exacte ; `str.contains` trouve aussi des morceaux de mots et peut compter des lignes en trop.
# - Lisez un chiffre dans sa phrase : « including » (*dont*) plaçait les trois participations de 15 % à
#   l'intérieur d'un consortium de 50 %. Présentez un chiffre déduit comme déduit, et n'inventez jamais de
#   propriétaire.
#
# ## Quiz

# %% en="bfa892dc29"
quiz.show("05-deal-makers")
