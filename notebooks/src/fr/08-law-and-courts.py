# %% [markdown] en="ad5f251717"
# # 08 · Droit et tribunaux, 2020-2026
#
# **Durée :** 50 minutes (cours 25, exercices 15, quiz final 10) · **Prérequis :** leçon 02 (les dates avec
# pandas) ; le quiz final porte sur toute la série
#
# **Les questions de la leçon**
# - Quels instruments juridiques le gouvernement américain a-t-il employés contre TikTok en 2020, et qu'en ont fait
#   les juges ?
# - Qu'a abrogé le décret 14034 du président Biden en 2021, et qu'a-t-il laissé en vigueur ?
# - Comment le Congrès a-t-il voté la loi « céder ou être interdit » de 2024, et qu'a décidé la Cour suprême ?
# - Comment les échéances de 2025 se sont-elles enchaînées, et comment l'affaire s'est-elle terminée en
#   janvier 2026 ?
#
# **Objectifs**
# - Distinguer les deux voies juridiques d'août 2020 : les décrets fondés sur l'IEEPA et la décision présidentielle
#   du 14 août 2020, qui relève du CFIUS.
# - Calculer avec pandas les écarts et les échéances entre des événements juridiques.
# - Calculer et représenter en graphique la part des voix « pour » dans les trois votes de 2024.
# - Reconstituer à partir des données la chaîne des prolongations de 2025, et dire ce que les données ne permettent
#   pas de savoir.
#
# ---
#
# **La suite de l'histoire.** L'article de France 24 (18 août 2020), qui relate la journée du 17 août, évoque
# « deux décrets » signés par le président Trump. Tout ce que raconte cette leçon est venu après : l'article ne
# pouvait pas savoir que des juges bloqueraient ces textes, que le Congrès voterait une loi, ni que l'affaire se
# terminerait par une coentreprise. Lisez cette leçon comme « la suite de l'histoire », et non comme un contexte
# que l'article connaissait.

# %% en="662cda1022"
import pandas as pd

import lessons_lib
from lessons_lib import charts, fmt, load_events, load_ownership, load_votes, quiz, schema, set_language

set_language("fr")  # graphiques, quiz et vérifications en français ; l'édition anglaise dit "en"
pd.set_option("display.max_colwidth", None)  # les titres en entier, pas leurs 50 premiers caractères

events = load_events()
by_id = events.set_index("id")


def show(*ids):
    """Affiche la date, la catégorie et le titre français d'événements, désignés par leur id."""
    for event_id in ids:
        row = by_id.loc[event_id]
        print(f"{fmt.day(row['date'])}  [{schema.label('events', 'category', row['category'])}]  {row['title_fr']}")


# %% [markdown] en="4a412e7218"
# ## 1. Août 2020 : deux voies juridiques
#
# L'article parle de deux « décrets ». En droit, il s'agit de deux instruments différents :
#
# - le **décret 13942** (TikTok) et son jumeau, le **décret 13943** (WeChat), sont des décrets présidentiels
#   numérotés (*executive orders*). Ils s'appuient sur l'IEEPA (*International Emergency Economic Powers Act*,
#   la loi sur les pouvoirs économiques en cas d'urgence internationale) et sur l'état d'urgence nationale
#   proclamé par le décret 13873 ;
# - la **décision présidentielle** (*presidential order*) du 14 août 2020 sur le rachat de Musical.ly est prise en
#   vertu de la section 721 du *Defense Production Act*, la loi qui fonde le contrôle des investissements étrangers
#   par le CFIUS (*Committee on Foreign Investment in the United States*) : ce n'est *pas* un décret
#   numéroté.
#
# Chacun de ces textes fixe une échéance : le délai, en jours, est stocké dans la colonne `deadline_days`, et la
# date donnée par les sources dans `deadline`. Calculez la date du texte plus le délai, et comparez avec la date
# annoncée :

# %% en="553319de78"
orders = by_id.loc[["2020-08-06-eo-13942", "2020-08-06-eo-13943", "2020-08-14-cfius-order"]]
orders = orders.assign(computed=orders["date"] + pd.to_timedelta(orders["deadline_days"], unit="D"))
orders[["date", "category", "deadline_days", "computed", "deadline", "claim_type"]]

# %% en="6d77451ef3"
print(by_id.loc["2020-08-14-cfius-order", "note_fr"])

# %% [markdown] en="4aea87a586"
# ## 2. Automne 2020 : les juges interviennent
#
# Avant l'arrivée des échéances, le département du Commerce a dressé la liste des transactions interdites, et des
# utilisateurs comme l'entreprise ont saisi la justice. Voici les événements de l'exécutif et des tribunaux à
# l'automne 2020 :

# %% en="e81d01ff43"
autumn = events[
    events["date"].between("2020-09-01", "2020-12-31")
    & events["category"].isin(["executive", "court"])
]
autumn[["date", "category", "title_fr", "claim_type"]]

# %% en="1f4c6eb839"
fig = charts.timeline(events, start="2020-08-01", end="2020-12-31",
                      categories=["executive", "investment_screening", "court"])
print(charts.describe(fig))
fig

# %% [markdown] en="84d12ab7cd"
# Toutes les interdictions de 2020 ont été bloquées avant d'avoir pu produire leurs effets. Les motifs des juges
# comptent pour la suite. Pour WeChat, la juge fédérale (*magistrate judge*) Laurel Beeler s'est fondée sur le
# Premier amendement. Pour TikTok, la juge Wendy Beetlestone s'est appuyée sur les limites que l'IEEPA pose
# elle-même à l'interdiction des « informational materials » (les contenus d'information) ; les mots « phrased in
# the hypothetical », souvent attribués à sa décision, n'ont pas été trouvés dans les copies consultées. Le juge
# Carl Nichols a estimé que les interdictions du département du Commerce dépassaient probablement les pouvoirs que
# l'IEEPA donne au président. Dans les affaires TikTok, les juges ont dit que le président s'était appuyé sur
# une loi qui ne permettait pas cela, et non qu'aucune loi ne pourrait jamais le permettre.

# %% en="a3e47a23da"
show("2020-10-30-marland-injunction", "2020-12-07-second-injunction", "2020-11-12-commerce-non-enforcement")

# %% [markdown] en="16103059ca"
# ### Exercice 1 : combien de temps la première interdiction a-t-elle tenu sur le papier ?
#
# Calculez le nombre de jours entre la signature du décret 13942 et la première suspension provisoire
# (*preliminary injunction*) prononcée par le juge Nichols (`2020-09-27-first-injunction`). Utilisez la table
# `by_id`, et `.days` sur la différence de deux dates.

# %% en="f1d18726bb"
answer = None  # votre code ici

# %% tags=["solution"] en="c7ade5f17c"
answer = (by_id.loc["2020-09-27-first-injunction", "date"] - by_id.loc["2020-08-06-eo-13942", "date"]).days
print(answer)

# %% tags=["check"] en="136edc4922"
lessons_lib.check(answer, exercise="08.1")

# %% [markdown] en="3c442a0260"
# ## 3. Juin 2021 : le décret 14034 abroge les décrets de 2020 (mais pas tous les textes)
#
# Le président Biden a remplacé les interdictions d'applications par un examen, fondé sur des preuves, des
# applications liées à des puissances adverses. Quels textes son décret abroge-t-il ? Cherchez la réponse dans les
# données plutôt que dans votre mémoire :

# %% en="83de0c5d73"
show("2021-06-09-eo-14034")
eo_14034 = by_id.loc["2021-06-09-eo-14034", "title_fr"]
earlier = {"Décret 13942": "13942", "Décret 13943": "13943", "Décret 13971": "13971",
           "Décision du 14 août 2020 (CFIUS)": "cfius"}
for name, key in earlier.items():
    print(f"{name:<34} parmi les textes abrogés par le décret 14034 : {fmt.yes_no(key in eo_14034)}")
print("note sur le décret 14034 :", by_id.loc["2021-06-09-eo-14034", "note_fr"])

# %% [markdown] en="582f99e17e"
# La décision présidentielle du 14 août 2020 n'a **pas** été abrogée : la voie du contrôle des investissements
# étrangers (CFIUS) a continué de son côté. Une erreur courante consiste à la prendre pour un décret, et à croire
# qu'elle est tombée avec les autres.

# %% [markdown] en="ce5bbb5b56"
# ## 4. 2024 : le Congrès vote
#
# La loi « céder ou être interdit » (PAFACA, pour *Protecting Americans from Foreign Adversary Controlled
# Applications Act*) a fait l'objet de trois votes enregistrés. La table `votes` les contient :

# %% en="b4f0380a29"
votes = load_votes()
votes[["date", "chamber", "bill", "yeas", "nays", "source_title"]]

# %% [markdown] en="21a582f726"
# ### Exercice 2 : quelle était l'ampleur des majorités ?
#
# Ajoutez à `votes` une colonne `share_yeas` : les voix « pour » (`yeas`) divisées par le nombre de membres qui ont
# voté (voix « pour » plus voix « contre », `nays`), sous la forme d'une fraction comprise entre zéro et un. Puis
# donnez à `answer` la part **la plus faible** des trois votes.

# %% en="f1d18726bb"
answer = None  # votre code ici

# %% tags=["solution"] en="d29aa27af3"
votes["share_yeas"] = votes["yeas"] / (votes["yeas"] + votes["nays"])
answer = votes["share_yeas"].min()
pd.DataFrame({
    "date": votes["date"].map(fmt.day),
    "chambre": votes["chamber"].map(schema.labels("votes", "chamber")),
    "pour": votes["yeas"],
    "contre": votes["nays"],
    "part des votants": (100 * votes["share_yeas"]).map(fmt.percent),
})

# %% tags=["check"] en="325cd844c1"
lessons_lib.check(answer, exercise="08.2")

# %% en="bf6b9845fa"
fig = charts.votes(votes)
print(charts.describe(fig))
fig

# %% [markdown] en="48c34d4c00"
# La table ne compte que les voix « pour » et « contre » : les membres qui n'ont pas voté n'y figurent pas.
# « Part des votants » est donc l'étiquette honnête, et non « part du Congrès ».
#
# Joe Biden a promulgué le texte qui contenait la loi (un ensemble de mesures d'aide à l'Ukraine, à Israël et à
# Taïwan) le lendemain du vote du Sénat. La loi laissait à ByteDance un nombre de jours fixé à l'avance :

# %% en="f9820878ae"
law = by_id.loc["2024-04-24-pafaca-signed"]
law_deadline = law["date"] + pd.Timedelta(days=int(law["deadline_days"]))
print(f"Promulguée le {fmt.long_day(law['date'])} ; {law['deadline_days']} jours plus tard : "
      f"{fmt.long_day(law_deadline)}")
print(f"Échéance telle que l'indiquent les sources : {fmt.long_day(law['deadline'])}")
print(law["title_fr"])

# %% [markdown] en="124705688d"
# ## 5. Janvier 2025 : les juges confirment la loi, et TikTok s'éteint
#
# Cette fois, les juges n'ont pas bloqué la mesure. La question n'était plus de savoir si une loi autorisait le
# président à agir (le Congrès avait lui-même légiféré), mais si la loi violait le Premier amendement.

# %% en="26338beafa"
show("2024-12-06-dc-circuit-upholds", "2025-01-10-supreme-court-argument", "2025-01-17-tiktok-v-garland",
     "2025-01-18-shutdown", "2025-01-19-service-restored")

# %% en="b44a6b6a1c"
argued = by_id.loc["2025-01-10-supreme-court-argument", "date"]
decided = by_id.loc["2025-01-17-tiktok-v-garland", "date"]
print(f"Cour suprême : {(decided - argued).days} jours entre l'audience et l'arrêt ; "
      f"arrêt rendu {(law_deadline - decided).days} jours avant l'échéance de la loi")
print("La coupure, d'après la table des événements :", by_id.loc["2025-01-18-shutdown", "note_fr"])

# %% [markdown] en="68e26c95d6"
# ## 6. 2025 : une chaîne de prolongations
#
# Dès le jour de son investiture, le président Trump a ordonné de ne pas appliquer la loi pendant un certain
# nombre de jours, puis il a prolongé ce délai à plusieurs reprises. Les titres et la colonne `deadline` donnent
# les nouvelles échéances ; `deadline_days` stocke les délais :

# %% en="03c0b53c42"
extensions = events[events["id"].str.contains("extension")][["id", "date", "deadline_days", "deadline", "title_fr"]]
extensions

# %% [markdown] en="40c1c47934"
# Première hypothèse : chaque échéance est la date du décret plus son délai. Comparez le résultat avec les
# échéances qu'indiquent les sources :

# %% en="0c0ae783c6"
naive = extensions["date"] + pd.to_timedelta(extensions["deadline_days"], unit="D")
print(f"{int((naive != extensions['deadline']).sum())} hypothèses sur {len(extensions)} "
      f"tombent à côté de l'échéance annoncée")
pd.DataFrame({
    "signé le": extensions["date"].map(fmt.day),
    "jours": extensions["deadline_days"],
    "date + jours": naive.map(fmt.day),
    "échéance annoncée": extensions["deadline"].map(fmt.day),
    "même jour ?": (naive == extensions["deadline"]).map({True: "oui", False: "non"}),
})

# %% [markdown] en="49b142ae2c"
# Certaines tombent un jour à côté des échéances annoncées. Chaque prolongation a été signée le jour où la période
# précédente expirait, ou juste avant ; essayez donc une autre lecture : **chaque période commence là où la
# précédente s'est terminée**.
#
# ### Exercice 3 : enchaîner les échéances
#
# Calculez les quatre échéances comme la date du premier décret plus le *total cumulé* de `deadline_days`
# (`.cumsum()`), et donnez à `answer` cette Series de dates. La vérification les compare avec la colonne
# `deadline`, c'est-à-dire avec les échéances telles que les sources les indiquent.

# %% en="f1d18726bb"
answer = None  # votre code ici

# %% tags=["solution"] en="8271dc2532"
answer = extensions["date"].iloc[0] + pd.to_timedelta(extensions["deadline_days"].cumsum(), unit="D")
print([fmt.day(d) for d in answer])

# %% tags=["check"] en="e44907e37e"
lessons_lib.check(answer, exercise="08.3")

# %% [markdown] en="8b94a251b2"
# Les dates enchaînées correspondent à toutes les échéances annoncées par les sources (c'est ce que compare la
# vérification). Leçon d'éducation aux données : « N jours de plus » suppose un jour de départ, et ce n'est pas
# toujours la date de signature du décret.
#
# Le décret de septembre 2025 a reconnu au projet de coentreprise la qualité de « cession qualifiée »
# (*qualified divestiture*) et a accordé 120 jours supplémentaires de non-application, comptés cette fois à partir
# du jour de la signature (« 120 days from the date of this order », soit 120 jours à compter de la date du
# décret) : jusqu'au 23 janvier 2026, la date que TikTok a donnée à la presse. La coentreprise a été finalisée la
# veille :

# %% en="8ab1fd7e4a"
show("2025-09-15-madrid-framework", "2025-09-25-qualified-divestiture-eo")
print("deadline_days de ce décret :", by_id.loc["2025-09-25-qualified-divestiture-eo", "deadline_days"])
stated = by_id.loc["2025-09-25-qualified-divestiture-eo", "deadline"]
print("échéance indiquée dans la table :", "aucune" if pd.isna(stated) else fmt.day(stated))

# %% [markdown] en="4704dceb44"
# ## 7. Janvier 2026 : la coentreprise
#
# L'histoire se termine (pour l'instant) par un accord, et non par une interdiction. La leçon 05 examine en détail
# la répartition du capital ; voici les parts annoncées et la durée de toute la saga :

# %% en="fa1572f2f1"
show("2025-12-18-jv-agreements", "2026-01-22-joint-venture-closes")
shares = load_ownership()[["holder", "share_percent", "qualifier"]]
qualifiers = schema.labels("ownership", "qualifier")
print(shares.assign(qualifier=shares["qualifier"].map(qualifiers)).to_string(index=False))
print(f"Les parts annoncées totalisent {fmt.percent(shares['share_percent'].sum())}")
start, end = by_id.loc["2020-08-14-cfius-order", "date"], by_id.loc["2026-01-22-joint-venture-closes", "date"]
print(f"De la décision présidentielle du 14 août 2020 à la finalisation : {fmt.number((end - start).days)} jours, "
      f"soit environ {fmt.number((end - start).days / 365.25, decimals=1)} ans")

# %% [markdown] en="fe06a332c9"
# Tout le parcours juridique sur un seul graphique. Chaque barre va de la date d'un texte à son échéance telle que
# l'indiquent les sources (la colonne `deadline`) : les barres de 2025 s'arrêtent donc aux dates annoncées, et non
# à la date du texte plus le délai. Le décret de septembre 2025 court jusqu'au 23 janvier 2026.

# %% en="2b4d90c868"
fig = charts.timeline(events, start="2020-08-01", end="2026-01-31",
                      categories=["executive", "legislation", "court"])
print(charts.describe(fig))
fig

# %% [markdown] en="cd395e0aa2"
# ## Pistes de discussion
# 1. Les juges ont bloqué les textes de 2020 mais confirmé la loi de 2024. Qu'est-ce qui différait dans
#    l'*instrument* (un décret présidentiel fondé sur l'IEEPA d'un côté, une loi votée par le Congrès de l'autre) et
#    dans la *question* à laquelle les juges devaient répondre ?
# 2. De janvier à décembre 2025, une loi assortie d'une échéance n'a pas été appliquée par l'exécutif, sur simple
#    décret. Qu'est-ce que cela vous apprend sur qui décide vraiment ? Quelles questions poseriez-vous à un juriste ?
# 3. La coentreprise de 2026 est-elle la « vente » qu'exigeait la décision présidentielle du 14 août 2020 ?
#    Appuyez-vous sur les lignes de la table de répartition du capital et sur les événements de 2025 pour
#    argumenter dans un sens, puis dans l'autre.
#
# ## À retenir
# - Août 2020 a ouvert deux voies juridiques : des décrets fondés sur l'IEEPA (décrets 13942 et 13943) et une
#   décision présidentielle prise dans le cadre du contrôle du CFIUS. Le décret 14034 (2021) a abrogé les premiers,
#   pas la décision présidentielle.
# - Les juges ont bloqué toutes les interdictions de 2020 avant leur entrée en vigueur (pour TikTok parce que la
#   loi invoquée ne les permettait pas, pour WeChat au nom du Premier amendement) ; en 2025, la Cour suprême a
#   confirmé à l'unanimité la loi votée par le Congrès.
# - Un vote est un décompte : calculez des parts de votants, et dites qui ne figure pas dans le décompte.
# - « N jours plus tard » suppose un jour de départ : les prolongations de 2025 ne tombent sur les échéances
#   annoncées que si on les enchaîne.
# - Le dossier se clôt sur une coentreprise finalisée en janvier 2026, et non sur une interdiction.
#
# > **Glossaire**
# > - **décret** (*executive order*, EO) : texte présidentiel numéroté, publié au *Federal Register* (le journal
# >   officiel fédéral).
# > - **décision présidentielle** (*presidential order*) : ici, celle du 14 août 2020, prise en vertu de la
# >   section 721 du *Defense Production Act* ; ce n'est pas un décret numéroté.
# > - **abroger** (*revoke*) : mettre fin à un texte pour l'avenir.
# > - **suspension provisoire** (*preliminary injunction*) : décision d'un juge qui suspend une mesure en attendant
# >   le jugement au fond.
# > - **promulguer** (*sign into law*) : pour le président, signer un texte voté par le Congrès, qui devient loi.
# > - **arrêt *per curiam*** (*per curiam opinion*) : arrêt rendu au nom de la Cour, sans qu'un juge en soit
# >   désigné comme l'auteur.
# > - **cession** (*divestiture*) : vente imposée de tout ou partie d'une entreprise.
# > - **coentreprise** (*joint venture*) : société détenue en commun par plusieurs investisseurs.
#
# ## Quiz : toute la série
# Ce quiz final porte sur les leçons 01 à 08. Faites-le d'abord sans rouvrir les leçons, puis vérifiez.

# %% en="bccb46e78d"
quiz.show("08-law-and-courts")
