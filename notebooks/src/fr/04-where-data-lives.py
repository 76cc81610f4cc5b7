# %% [markdown] en="1916aecf81"
# # 04 · Où sont stockées les données ?
#
# **Durée :** 40 minutes (cours 20, exercices 20) · **Prérequis :** leçon 00 ; la leçon 02 aide (les dates
# avec pandas)
#
# **Les questions de la leçon**
# - Où TikTok disait-il conserver les données de ses utilisateurs américains en août 2020, et de quel type de
#   déclaration s'agissait-il ?
# - Qu'est-ce que la *souveraineté des données* : l'endroit où se trouve un serveur décide-t-il de qui peut
#   accéder aux données qu'il contient ?
# - Que s'est-il passé ensuite : les révélations de 2022, le « Project Texas », et le rôle d'Oracle jusqu'à la
#   coentreprise de 2026 ?
# - Comment l'interdiction indienne et la nouvelle règle chinoise d'exportation de 2020 ont-elles pesé sur ce que
#   les États-Unis pouvaient exiger ?
#
# **Objectifs**
# - Lire la table des lieux et distinguer une déclaration de l'entreprise d'un document officiel.
# - Expliquer trois distinctions : stockage ou accès, compétence sur un serveur ou sur une entreprise,
#   localisation ou contrôle.
# - Calculer des écarts entre événements avec les dates de pandas, et tracer une frise chronologique filtrée.
# - Relier à une vente forcée le contrôle chinois des exportations d'algorithmes de recommandation et
#   l'interdiction indienne.

# %% en="76b95c3aa1"

import pandas as pd

import lessons_lib
from lessons_lib import charts, fmt, load_claims, load_events, load_ownership, load_places, quiz, schema, set_language
from lessons_lib.i18n import pick

set_language("fr")  # graphiques, quiz et vérifications en français ; l'édition anglaise dit "en"
pd.set_option("display.max_colwidth", None)  # les titres et les notes en entier, pas leurs 50 premiers caractères

# %% [markdown] en="ce859680e8"
# ## 1. La déclaration : « stockées en Virginie avec une sauvegarde à Singapour »
#
# L'article de France 24 (18 août 2020) reprend ce qu'affirme le nouveau site web de TikTok : « Les données des
# utilisateurs américains sont stockées en Virginie avec une sauvegarde à Singapour », assure la société.
# Remarquez qui parle : le journaliste ne dit pas où se trouvent les données ; il rapporte ce que TikTok
# **affirme**. La table des affirmations conserve cette phrase avec son verdict :

# %% en="536a979ffb"
claims = load_claims().set_index("id")
claim = claims.loc["c05-data-virginia-singapore"]
print(claim["statement_fr"])
kind = schema.label("claims", "claim_type", claim["claim_type"])  # des noms, pas des codes
print(f"Auteur : {claim['made_by']} | type de déclaration : {kind} | "
      f"verdict : {schema.label('claims', 'verdict', claim['verdict'])}")

# %% [markdown] en="3466ef6fe9"
# Le verdict n'est ni « exact » ni « faux » : l'article a rapporté fidèlement la déclaration, et celle-ci a été
# *contestée par la suite*. Nous verrons pourquoi dans la partie 4. Voyons d'abord les lieux eux-mêmes.
#
# ## 2. La table des lieux
#
# `load_places()` recense tous les lieux cités dans l'affaire pour stocker, héberger ou contrôler les données
# de TikTok, avec le rôle que chacun a joué, qui l'exploite et le type de source sur lequel repose la ligne.

# %% en="daa042961e"
places = load_places()
places[["id", "name_fr", "country", "role", "operator", "period", "in_article", "claim_type"]]

# %% en="5cf1b58246"
# les mêmes lignes, à lire : les codes des vocabulaires fermés en mots
pd.DataFrame({
    "lieu": places["name_fr"],
    "rôle": places["role"].map(schema.labels("places", "role")),
    "exploité par": places["operator"],
    "type de source": places["claim_type"].map(schema.labels("places", "claim_type")),
    "confiance": places["confidence"].map(schema.labels("places", "confidence")),
})

# %% [markdown] en="cb41c16e43"
# La carte ci-dessous représente ces lignes. La forme des marqueurs, et pas seulement leur couleur, distingue les
# rôles ; la ligne de source, sous le graphique, nomme les documents d'où viennent les points.

# %% en="43e37fcd10"
fig = charts.where_data_lives(places)
print(charts.describe(fig))

# %% en="b219a5c95d"
fig

# %% [markdown] en="774eab53bc"
# Lisez aussi les notes (colonne `note_fr`) : les emplacements sont approximatifs. TikTok a
# nommé un État et une cité-État, pas des bâtiments.

# %% en="fc956461cb"
places[["id", "note_fr"]]

# %% [markdown] en="6fa77ed24a"
# ### Exercice 1 : quels lieux ne reposent que sur la parole de TikTok ?
#
# Placez dans `answer` la **liste des identifiants** (dans l'ordre du tableau) des lieux dont la colonne
# `claim_type` vaut `"company_claim"`. Utilisez un masque booléen sur `places`, puis `.tolist()`.

# %% en="f1d18726bb"
answer = None  # votre code ici

# %% tags=["solution"] en="9656341a1a"
answer = places.loc[places["claim_type"] == "company_claim", "id"].tolist()
answer

# %% tags=["check"] en="c34b7a2c63"
lessons_lib.check(answer, exercise="04.1")

# %% [markdown] en="4bb7b95838"
# ## 3. Ce que veut dire « souveraineté des données »
#
# La *souveraineté des données* est l'idée que des données sont soumises aux lois, et au pouvoir, d'un État.
# Mais lequel ? L'affaire TikTok montre qu'il existe plusieurs réponses à la fois. Trois distinctions aident à y
# voir clair :
#
# 1. **Stockage ou accès.** *Où se trouve un disque* est une question ; *qui peut lire ce qu'il contient* en est
#    une autre. Un serveur situé en Virginie peut être administré, interrogé ou copié, de n'importe où dans le
#    monde, par un ingénieur qui dispose des bons identifiants. Dire où sont stockées les données ne dit rien, à
#    soi seul, de qui peut y accéder.
# 2. **Compétence sur un serveur ou sur une entreprise.** Un tribunal américain peut ordonner des mesures visant
#    un serveur situé en Virginie. Mais l'entreprise qui exploite le service relève des lois des pays où *elle*
#    est immatriculée et installée. La table des lieux situe ByteDance à Pékin, et sa note précise que la
#    décision présidentielle du 14 août 2020 (*presidential order*), prise en vertu de la section 721 du
#    *Defense Production Act*, présentait ByteDance Ltd. comme immatriculée aux îles Caïmans : une seule
#    entreprise, plusieurs juridictions.
# 3. **Localisation ou contrôle.** La *localisation des données* consiste à garder les données à l'intérieur
#    des frontières d'un pays. Elle répond à la question « où ? », pas à la question « qui décide ? ». C'est
#    pourquoi les textes américains de 2020 visaient la *propriété* : la décision présidentielle du 14 août 2020,
#    fondée sur la loi qui encadre le contrôle des investissements étrangers par le Comité pour l'investissement
#    étranger aux États-Unis (CFIUS), imposait à ByteDance de céder les activités américaines de TikTok **et**
#    les données de ses utilisateurs américains.
#
# > **Glossaire**
# > - **souveraineté numérique, souveraineté des données** (*data sovereignty*) : idée que des données relèvent
# >   des lois et du pouvoir d'un État.
# > - **localisation des données** (*data localisation*) : le fait de garder les données dans le pays.
# > - **hébergeur** (*host*) : l'entreprise qui exploite les serveurs (ici, plus tard, Oracle).
# > - **compétence, juridiction** (*jurisdiction*) : l'État dont les tribunaux et les lois s'appliquent.
# > - **cession** (*divestiture*) : la vente forcée d'une activité.
# > - **contrôle des exportations** (*export control*) : l'autorisation qu'un État exige avant qu'un bien ou une
# >   technologie soit vendu à l'étranger.

# %% en="7c59bcdc0f"
beijing = places.set_index("id").loc["beijing"]
print(beijing["description_fr"])
print("Note :", beijing["note_fr"])
order = claims.loc["c04-second-order-90-days"]
print("\nLa décision présidentielle du 14 août 2020, telle que la décrivent nos données :")
print(order["evidence_fr"])

# %% [markdown] en="5c982ef6e8"
# **Débat (5 minutes).** La déclaration de TikTok répondait à une question de *stockage*. Quelle question se
# posaient les responsables américains ? Écrivez une phrase pour chacune des trois distinctions ci-dessus, en
# prenant l'exemple de TikTok.
#
# ## 4. La suite : révélations, Project Texas, Oracle
#
# Deux ans après l'article, des révélations de presse ont jeté le doute sur ce que laissait entendre la
# déclaration sur le stockage. Ces lignes de la table des événements racontent l'histoire ; regardez bien les
# types de déclaration et les niveaux de confiance.

# %% en="ff7f45a085"
events = load_events()
after_ids = ["2020-08-17-website", "2022-06-17-buzzfeed-report", "2022-06-17-project-texas",
             "2022-07-tiktok-us-data-security", "2025-09-25-qualified-divestiture-eo",
             "2026-01-22-joint-venture-closes"]
after = events.set_index("id").loc[after_ids]
pd.DataFrame({
    "date": after["date"],
    "catégorie": after["category"].map(schema.labels("events", "category")),
    "confiance": after["confidence"].map(schema.labels("events", "confidence")),
    "ce qui s'est passé": after["title_fr"],
})

# %% en="174acedb4b"
print(claim["evidence_fr"])
print("Note :", claim["note_fr"])

# %% [markdown] en="9d40ca7a92"
# L'enquête de BuzzFeed News portait sur l'**accès** aux données par des employés basés en Chine, pas sur
# l'endroit où se trouvaient les disques. La réponse de TikTok, le jour même, portait sur l'**hébergement** :
# faire passer le trafic américain par Oracle, une entreprise américaine. Le « Project Texas » a ensuite bâti une
# filiale américaine autour de cet hébergement. La date de l'enquête est confirmée : Gizmodo parle
# d'« a Friday BuzzFeed News report » (une enquête de BuzzFeed News parue un vendredi), et le 17 juin 2022 était
# bien un vendredi (voir la note).
#
# Combien de temps la déclaration sur le stockage a-t-elle tenu avant d'être contestée publiquement ? pandas
# sait soustraire des dates :

# %% en="1fbe87110e"
when = events.set_index("id")["date"]
gap = when["2022-06-17-buzzfeed-report"] - when["2020-08-17-website"]
print(f"De la déclaration du site à l'enquête de BuzzFeed News : {gap.days} jours "
      f"(environ {fmt.number(gap.days / 365.25, decimals=1)} an)")

# %% [markdown] en="d5dd158bde"
# L'autre moitié de la phrase de TikTok, « TikTok n'a jamais fourni aucune donnée américaine au gouvernement
# chinois » (citée par l'article), figure elle aussi dans la table des affirmations. Son verdict est
# différent : pourquoi ?

# %% en="53c4bfccc3"
never = claims.loc["c15-never-shared-data"]
print(f"{never['statement_fr']}\n"
      f"Verdict : {schema.label('claims', 'verdict', never['verdict'])}\n{never['evidence_fr']}")

# %% [markdown] en="6adf781048"
# Le rôle d'Oracle ne s'est pas arrêté à l'hébergement. Dans la coentreprise finalisée en janvier 2026, Oracle
# est à la fois le prestataire de sécurité désigné par le décret de septembre 2025 et l'un des propriétaires :

# %% en="1a87f08dbd"
ownership = load_ownership().set_index("holder")
print(f"Part d'Oracle dans la coentreprise, selon la presse : {fmt.percent(ownership.loc['oracle', 'share_percent'])} "
      f"({schema.label('ownership', 'claim_type', ownership.loc['oracle', 'claim_type'])}, "
      f"source : {fmt.source(ownership.loc['oracle', 'source_title'])})")

# %% [markdown] en="f5730007e5"
# ## 5. Deux autres gouvernements : l'Inde interdit, la Chine restreint les exportations
#
# Les États-Unis n'étaient pas le seul État à s'en prendre à TikTok en 2020. Deux décisions, l'une avant
# l'article, l'autre après :
#
# - L'**Inde** a bloqué des dizaines d'applications chinoises, dont TikTok, deux semaines après un affrontement
#   frontalier meurtrier avec la Chine. Elle n'a exigé ni vente ni stockage local : elle a bloqué.
# - La **Chine** a inscrit à son catalogue des technologies dont l'exportation est restreinte la « personalized
#   information push service technology based on data analysis », selon les mots de Xinhua, l'agence de presse
#   d'État chinoise, le 30 août 2020 (en français : technologie de diffusion personnalisée d'informations
#   fondée sur l'analyse de données). La valeur de TikTok tient à son algorithme de recommandation ; une
#   technologie inscrite sur cette liste doit être approuvée par les autorités chinoises avant de pouvoir être
#   vendue à l'étranger. Un acheteur qui voulait TikTok *avec* son algorithme avait désormais besoin, en plus, de
#   l'accord de Pékin.

# %% en="78929fb6cf"
context = events.set_index("id").loc[["2020-06-15-galwan-clash", "2020-06-29-india-ban",
                                      "2020-08-06-eo-13942", "2020-08-28-china-export-control",
                                      "2020-09-13-microsoft-rejected"]]
pd.DataFrame({
    "date": context["date"],
    "catégorie": context["category"].map(schema.labels("events", "category")),
    "ce qui s'est passé": context["title_fr"],
})

# %% en="add8798217"
print("Note sur la ligne du contrôle des exportations :", context.loc["2020-08-28-china-export-control", "note_fr"])
india_to_eo = when["2020-08-06-eo-13942"] - when["2020-06-29-india-ban"]
print(f"L'interdiction indienne est intervenue {india_to_eo.days} jours "
      f"avant le premier décret américain (décret 13942).")

# %% [markdown] en="d14e4eee8a"
# ### Exercice 2 : combien de jours entre la règle chinoise et le refus de ByteDance ?
#
# À l'aide de `when` (les dates des événements, indexées par identifiant), calculez le **nombre de jours** entre
# la modification du contrôle chinois des exportations (`2020-08-28-china-export-control`) et le refus de
# ByteDance de vendre à Microsoft (`2020-09-13-microsoft-rejected`). `answer` doit être un entier (`.days`).

# %% en="f1d18726bb"
answer = None  # votre code ici

# %% tags=["solution"] en="c271377dbe"
answer = (when["2020-09-13-microsoft-rejected"] - when["2020-08-28-china-export-control"]).days
answer

# %% tags=["check"] en="ff22f0dfe0"
lessons_lib.check(answer, exercise="04.2")

# %% [markdown] en="f639a2124c"
# Attention aux liens de cause à effet : deux dates proches ne prouvent pas que l'un des événements a causé
# l'autre. Nos données disent que la règle chinoise d'exportation a *compliqué* toute vente ; elles ne disent pas
# qu'elle a dicté la réponse de ByteDance à Microsoft.
#
# ## 6. La frise des données et de la souveraineté
#
# La frise chronologique de la bibliothèque peut ne garder que certaines catégories. Nous gardons ici les
# décisions des autres États et la diplomatie sino-américaine (régulation, contrôle des exportations,
# diplomatie), le contrôle américain des investissements étrangers, ainsi que les événements d'entreprise et les
# révélations de presse qui concernent les données, de juin 2020 à la coentreprise.

# %% en="5628e8ef4c"
data_story = events[events["category"].isin(["regulation", "export_control", "investment_screening", "diplomacy"])
                    | events["id"].isin(after_ids)]
fig = charts.timeline(data_story, start="2020-06-01", end="2026-02-28",
                      categories=["regulation", "export_control", "investment_screening", "diplomacy",
                                  "communication", "corporate", "executive"],
                      title=pick({"en": "Data and sovereignty: the TikTok case, 2020-2026",
                                  "fr": "Données et souveraineté : l'affaire TikTok, 2020-2026"}),
                      label_chars=44)
print(charts.describe(fig))

# %% en="b219a5c95d"
fig

# %% [markdown] en="94cb2812c0"
# ### Exercice 3 (défi) : compter les événements par catégorie
#
# Placez dans `answer` une **Series** pandas qui compte, par catégorie, les lignes de `data_story` comprises
# entre `"2020-06-01"` et `"2026-02-28"`, avec seulement les catégories présentes, de la plus fréquente à la moins
# fréquente. Indice : filtrez sur `date`, puis appliquez
# `.value_counts()` à `category`. Cette colonne est *catégorielle* (ses catégories forment tout le vocabulaire) :
# `value_counts()` y liste toutes les catégories, même celles sans ligne. Gardez les effectifs supérieurs à zéro
# (`counts[counts > 0]`).

# %% en="f1d18726bb"
answer = None  # votre code ici

# %% tags=["solution"] en="d917e8ada7"
window = data_story[(data_story["date"] >= "2020-06-01") & (data_story["date"] <= "2026-02-28")]
counts = window["category"].value_counts()
answer = counts[counts > 0]
answer

# %% tags=["check"] en="c42b8bc1ed"
lessons_lib.check(answer, exercise="04.3", inputs={"data_story": data_story})

# %% [markdown] en="7c398afeb3"
# ## Pistes de discussion
#
# 1. Si les données américaines de TikTok étaient restées en Virginie du début à la fin, cela aurait-il répondu
#    à l'inquiétude du gouvernement américain ? Employez les mots *stockage*, *accès* et *contrôle*.
# 2. L'Inde a bloqué ; les États-Unis ont exigé une vente ; la Chine a restreint l'exportation d'un algorithme.
#    De quel pouvoir chacun de ces gouvernements disposait-il réellement sur TikTok ?
# 3. Le « Project Texas » a placé les données américaines sur les serveurs d'une entreprise américaine. À quoi
#    faudrait-il encore faire confiance, et qui pourrait le vérifier ?
# 4. La phrase de TikTok selon laquelle il n'a « jamais fourni aucune donnée » est *non vérifiée*, pas *fausse*.
#    Quelle preuve permettrait de trancher, dans un sens ou dans l'autre ?
#
# ## À retenir
# - « Stockées en Virginie avec une sauvegarde à Singapour » : c'était une **déclaration de TikTok**, fidèlement
#   rapportée ; elle a été contestée par la suite, quand BuzzFeed News a rapporté que des employés en Chine
#   avaient **accédé** à des données d'utilisateurs américains.
# - La souveraineté des données a plusieurs niveaux : où les données sont stockées, qui peut y accéder, et quel
#   État a autorité sur l'entreprise qui les contrôle. La localisation ne répond qu'à la première question.
# - Les réponses sont passées du stockage à la propriété : une décision de cession en 2020 (jamais exécutée) ;
#   le passage de TikTok, de sa propre initiative, à l'hébergement par Oracle à partir de 2022 ; enfin Oracle,
#   prestataire de sécurité et actionnaire de la coentreprise de 2026.
# - D'autres gouvernements ont agi aussi : l'Inde a bloqué l'application ; la Chine a soumis les algorithmes de
#   recommandation au contrôle des exportations, ce qui a compliqué toute vente.
#
# ## Quiz

# %% en="c5fa505292"
quiz.show("04-where-data-lives")
