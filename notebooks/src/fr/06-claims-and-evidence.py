# %% [markdown] en="bfe8816556"
# # 06 · Affirmations et preuves
#
# **Durée :** 45 minutes (cours 20, exercices 25) · **Prérequis :** leçon 00 ; les leçons 03 et 04 sont utiles
#
# **Les questions de la leçon**
# - L'article d'août 2020 résiste-t-il à la vérification, affirmation par affirmation ?
# - Que veut dire « sans présenter de preuve », et sur quoi reposaient les mesures du gouvernement américain ?
# - Comment les tribunaux américains ont-ils jugé les mesures de 2020 contre TikTok, et qu'ont-ils laissé *sans
#   réponse* ?
#
# **Objectifs**
# - Vérifier l'article avec la table des affirmations : compter les verdicts avec `value_counts` et les représenter par
#   un diagramme.
# - Distinguer les verdicts *exact*, *imprécis*, *exagéré*, *non vérifié* et *contesté par la suite*, avec un exemple de
#   chacun.
# - Expliquer la différence entre « aucune preuve publique » et « faux ».
# - Sélectionner les décisions de justice de 2020 et dire ce qu'ont tranché les suspensions provisoires.

# %% en="f5643f0121"
import matplotlib.pyplot as plt
import pandas as pd

import lessons_lib
from lessons_lib import charts, fmt, load_claims, load_events, quiz, set_language
from lessons_lib.i18n import pick
from lessons_lib.schema import label

set_language("fr")  # graphiques, quiz et vérifications en français ; l'édition anglaise indique "en"
pd.set_option("display.max_colwidth", None)  # les titres et les notes en entier, pas leurs 50 premiers caractères

# %% [markdown] en="afc0e4f178"
# ## 1. L'article, une liste d'affirmations
#
# La table des affirmations (`claims`) reprend chaque affirmation de l'article de France 24 (18 août 2020), en
# français, telle qu'elle y a été publiée. Elle en donne le sens en anglais, indique qui l'a faite et lui attribue un
# **verdict**, avec la preuve et sa source. La colonne `made_by` (« faite par ») vaut `the-article` quand le
# journaliste parle en son nom ; sinon, elle nomme la personne ou l'entreprise qu'il cite.

# %% en="0c456d3435"
claims = load_claims()
print(f"{len(claims)} affirmations vérifiées")
claims[["id", "made_by", "verdict", "confidence"]]

# %% en="2839398ea1"
claims["made_by"].value_counts().rename("affirmations")

# %% [markdown] en="5d9478eb56"
# ## 2. Compter les verdicts
#
# Le verdict est pris dans une liste fermée, enregistrée comme une *catégorie* pandas (type `categorical`) : les
# catégories sont rangées dans un ordre fixe. `value_counts(sort=False)` les donne donc dans cet ordre, y compris un
# verdict qu'aucune affirmation n'a reçu.
#
# Dans les données, chaque verdict est un code en anglais. Le graphique plus bas les traduit :
# - `correct` : exact ;
# - `imprecise` : imprécis ;
# - `overstated` : exagéré ;
# - `unverified` : non vérifié ;
# - `disputed_later` : contesté par la suite.

# %% en="e1004d4189"
verdicts = claims["verdict"].value_counts(sort=False)
verdicts

# %% en="4ac01fca76"
share_correct = verdicts["correct"] / verdicts.sum()
print(f"Exactes telles que publiées : {verdicts['correct']} affirmations sur {verdicts.sum()} "
      f"({fmt.percent(100 * share_correct)}).")
print(f"Pas simplement exactes : {verdicts.sum() - verdicts['correct']} affirmations.")
print("Moins de la moitié sont simplement exactes :", fmt.yes_no(share_correct < 0.5))

# %% [markdown] en="a4ea7b3cf1"
# Un diagramme en barres rend cet équilibre visible. Aucun graphique de la bibliothèque ne représente les verdicts :
# nous utilisons donc matplotlib directement, avec le style maison, les noms des verdicts dans la langue de l'élève
# (`lessons_lib.schema.label`, qui les lit dans le descripteur des données), l'effectif écrit sur chaque barre et
# un motif de hachures propre à chaque verdict, pour que la couleur ne soit jamais le seul repère. Nous rédigeons
# nous-mêmes la description destinée aux lecteurs d'écran.

# %% en="6b0033bb62"
HATCHES = ["", "//", "xx", "..", "\\\\"]
palette = [charts.OKABE_ITO[name] for name in ("green", "orange", "vermillion", "sky_blue", "blue")]

with charts.house_style():
    fig, ax = plt.subplots(figsize=(9, 4.5), dpi=100)
    labels = [label("claims", "verdict", v) for v in verdicts.index]  # noms donnés dans datapackage.json
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
        "fr": "Source : table des affirmations de techgeo-lessons (chaque ligne cite sa source)",
    }), fontsize=8)
    fig.subplots_adjust(left=0.25, bottom=0.2)
    description = pick({"en": "Bar chart of the article's claims by verdict: ",
                        "fr": "Diagramme en barres des affirmations de l'article par verdict : "}) + " ; ".join(
        f"{label} : {count}" for label, count in zip(labels, verdicts.to_numpy(), strict=True)) + "."
plt.close(fig)  # on affiche la figure une seule fois, plus bas, au lieu de laisser pyplot l'afficher aussi
chart = charts.Chart.of(fig, description)  # notre figure et sa phrase, comme les graphiques de la bibliothèque
print(charts.describe(chart))

# %% en="b219a5c95d"
fig

# %% [markdown] en="ceb5059ffd"
# ### Exercice 1 : combien de fois le journaliste n'a-t-il pas tout à fait raison ?
#
# Affectez à `answer` le **nombre d'affirmations faites par `the-article`** (celles du journaliste lui-même) dont
# le verdict n'est **pas** `"correct"`. Reliez deux conditions par `&`.

# %% en="f1d18726bb"
answer = None  # votre code ici

# %% tags=["solution"] en="cf302335f9"
answer = int(((claims["made_by"] == "the-article") & (claims["verdict"] != "correct")).sum())
answer

# %% tags=["check"] en="0ba2945126"
lessons_lib.check(answer, exercise="06.1")

# %% [markdown] en="3521b2eded"
# ## 3. Un exemple de chaque verdict
#
# Un nombre d'affirmations, seul, dit peu de chose. Lisez une affirmation par verdict, avec ce que montrent les
# sources (la référence de chaque source est donnée telle qu'elle est enregistrée, dans sa langue) :

# %% en="0a7cc5b56b"
examples = ["c09-unitedmasters", "c04-second-order-90-days", "c11-one-billion-users",
            "c10-long-haul-quote", "c05-data-virginia-singapore"]
by_id = claims.set_index("id")
for claim_id in examples:
    row = by_id.loc[claim_id]
    verdict = label("claims", "verdict", row["verdict"])  # le nom du verdict, pas son code
    source = fmt.source(row["source_title"])
    print(f"[{verdict}] {row['statement_fr']}\n  → {row['evidence_fr']}\n  Source : « {source} »\n")

# %% [markdown] en="22c064b843"
# Observez ce qui justifie chaque verdict :
# - *imprécis* (`imprecise`) : l'essentiel est juste, mais un détail est faux (une date, une attribution, la nature
#   juridique d'une mesure) ;
# - *exagéré* (`overstated`) : le chiffre dépasse ce que permettent les sources, ici un milliard d'utilisateurs,
#   alors que TikTok lui-même comptait 689 millions d'utilisateurs mensuels (sur l'origine de ce milliard, on
#   n'a que des hypothèses) ;
# - *non vérifié* (`unverified`) : aucune source trouvée ne le confirme ni ne le dément ; nous le disons, sans
#   chercher à deviner ;
# - *contesté par la suite* (`disputed_later`) : l'article l'a rapporté fidèlement sur le moment, mais des éléments
#   ultérieurs l'ont remis en cause.
#
# ## 4. « Sans présenter de preuve »
#
# L'article écrit : « Sans présenter de preuve, le président américain accuse depuis des mois la plateforme [...] de
# siphonner les données des utilisateurs américains au profit de Pékin » (France 24, 18 août 2020). Voici le
# verdict de la table des affirmations sur cette phrase :

# %% en="c5e294f782"
no_evidence = by_id.loc["c02-no-evidence"]
verdict = label("claims", "verdict", no_evidence["verdict"])
print(f"Verdict : {verdict}\n{no_evidence['evidence_fr']}\nSource : {fmt.source(no_evidence['source_title'])}")

# %% [markdown] en="1506ad6748"
# Lisez les mots du gouvernement lui-même. Le décret 13942 s'appuie sur ce que TikTok ferait « reportedly » (selon
# certaines informations) et sur ce que sa collecte de données « threatens to allow » (menace de permettre) (Federal
# Register, 85 FR 48637). La décision présidentielle (*presidential order*) du 14 août 2020, prise en vertu de la
# section 721 du *Defense Production Act*, invoque des preuves crédibles (« credible evidence ») sans les rendre
# publiques. On cite souvent la décision de la juge fédérale Wendy Beetlestone (Philadelphie) dans l'affaire *Marland v.
# Trump* (30 octobre 2020) : elle aurait relevé une menace « phrased in the hypothetical » (formulée au conditionnel).
# Nous n'avons pas trouvé ces mots dans les copies consultées : la table les classe donc comme non vérifiés.
#
# Ce que « sans présenter de preuve » veut dire, et ce que cela ne veut pas dire :
# - Cela veut dire que les documents **publics** ne montrent pas la preuve : ils parlent de risques et
#   d'informations rapportées.
# - Cela ne veut **pas** dire que l'accusation est fausse. La preuve peut exister et rester secrète, ou ne pas
#   exister : les sources ne permettent pas de trancher. C'est pourquoi l'affirmation inverse de TikTok (l'entreprise
#   n'aurait jamais fourni de données américaines au gouvernement chinois) est elle aussi classée *non vérifiée*
#   dans la table (leçon 04).
# - Cela déplace la question : **qui doit prouver quoi ?** Devant les tribunaux, le gouvernement devait justifier
#   ses mesures au regard des lois qu'il invoquait.
#
# ## 5. Comment les tribunaux ont jugé les mesures de 2020
#
# La table des événements range les décisions de justice dans la catégorie `court` (« Tribunaux »). Voici celles
# de 2020, entourées des mesures du gouvernement (catégories `executive` et `investment_screening`) :

# %% en="eecb54d3d7"
events = load_events()
in_2020 = events[(events["date"] >= "2020-08-01") & (events["date"] <= "2020-12-31")]
legal = in_2020[in_2020["category"].isin(["court", "executive", "investment_screening"])]
pd.DataFrame({
    "date": legal["date"],
    "catégorie": legal["category"].map(lambda code: label("events", "category", code)),
    "ce qui s'est passé": legal["title_fr"],
})

# %% [markdown] en="562fcdcc9c"
# Sur le graphique, nous gardons les mesures visant TikTok et les décisions de justice qui les concernent (WeChat a
# eu sa propre affaire), pour que chaque suspension provisoire ait son étiquette.

# %% en="7df886f29c"
tiktok_legal = legal[~legal["id"].isin(["2020-08-06-eo-13943", "2020-09-19-wechat-injunction",
                                        "2020-09-19-app-store-ban-delayed"])]
fig = charts.timeline(tiktok_legal, start="2020-08-01", end="2020-12-31",
                      categories=["executive", "investment_screening", "court"],
                      title=pick({"en": "The 2020 orders and the courts",
                                  "fr": "Les mesures de 2020 contre TikTok et les tribunaux"}))
print(charts.describe(fig))

# %% en="b219a5c95d"
fig

# %% [markdown] en="119ded7c98"
# Trois décisions de justice ont suspendu les mesures contre TikTok avant leur entrée en vigueur. C'étaient des
# **suspensions provisoires** (*preliminary injunctions*) : le juge estime que les plaignants ont *de bonnes chances*
# de gagner et qu'attendre leur causerait un préjudice, et il suspend la mesure. Les motifs tenaient aux limites de la
# loi sur laquelle reposaient les mesures, l'IEEPA (*International Emergency Economic Powers Act*, la loi de 1977 sur
# les pouvoirs économiques en cas d'urgence internationale), et à la manière dont le département du Commerce l'avait
# appliquée. Aucune de ces décisions ne tranchait la question de savoir si TikTok partageait des données. Les titres
# des lignes et leurs notes (colonne `note_fr`) précisent les motifs :

# %% en="c0edf7305a"
injunction_ids = ["2020-09-27-first-injunction", "2020-10-30-marland-injunction", "2020-12-07-second-injunction"]
injunctions = events.set_index("id").loc[injunction_ids]
pd.DataFrame({
    "date": injunctions["date"].map(fmt.day),
    "ce qui s'est passé": injunctions["title_fr"],
    "source": injunctions["source_title"].map(fmt.source),
    "note": injunctions["note_fr"].fillna(""),
})

# %% [markdown] en="5bb765be8e"
# ### Exercice 2 : le calendrier judiciaire de 2020
#
# Affectez à `answer` la **liste des dates** (sous forme de chaînes `"AAAA-MM-JJ"`, dans l'ordre chronologique) des
# événements de **2020** dont la catégorie est `"court"`. Indice : filtrez `events` sur l'année
# (`events["date"].dt.year`) et sur la catégorie, puis utilisez `.dt.strftime("%Y-%m-%d").tolist()`.

# %% en="f1d18726bb"
answer = None  # votre code ici

# %% tags=["solution"] en="ae6eb27052"
courts_2020 = events[(events["date"].dt.year == 2020) & (events["category"] == "court")].sort_values("date")
answer = courts_2020["date"].dt.strftime("%Y-%m-%d").tolist()
answer

# %% tags=["check"] en="b1b7260a68"
lessons_lib.check(answer, exercise="06.2")

# %% [markdown] en="ba61a4e522"
# Lesquels de ces événements concernent TikTok, lesquels WeChat, et lesquels sont l'action en justice de TikTok
# lui-même plutôt qu'une décision ? Relisez les titres des événements de votre réponse : toutes les lignes
# `court` ne sont pas des suspensions provisoires.
#
# ### Exercice 3 (défi) : qui est cité, et avec quelle fiabilité ?
#
# Affectez à `answer` un tableau croisé, construit avec `pd.crosstab`, qui compte les affirmations par auteur
# (`made_by`, en lignes) et par verdict (`verdict`, en colonnes). Gardez les cinq colonnes de verdicts, même vides
# (`dropna=False` conserve les catégories qu'aucune affirmation n'a reçues).

# %% en="f1d18726bb"
answer = None  # votre code ici

# %% tags=["solution"] en="239aba6869"
answer = pd.crosstab(claims["made_by"], claims["verdict"], dropna=False)
answer

# %% tags=["check"] en="a809118fd0"
lessons_lib.check(answer, exercise="06.3")

# %% [markdown] en="b7f1fc39d3"
# ## Pistes de discussion
#
# 1. L'article a vu juste sur l'essentiel, mais environ la moitié seulement de ses affirmations sont simplement
#    exactes (la part calculée dans la partie 2), et plusieurs sont imprécises. Quelle imprécision compte le plus
#    pour un lecteur, et pourquoi ? (Pensez à la nature juridique des mesures et au nombre d'utilisateurs.)
# 2. « Sans présenter de preuve » et « faux » ne disent pas la même chose. Donnez, dans cette affaire, un exemple de
#    chacun de ces deux types d'affirmation.
# 3. Les tribunaux ont suspendu les mesures de 2020 en s'appuyant sur les limites des lois invoquées. Pourquoi un
#    tribunal peut-il éviter de se prononcer sur la menace pour la sécurité elle-même ? Qu'est-ce qui a changé quand
#    le Congrès a voté une loi en 2024 (leçon 08) ?
# 4. Une affirmation peut être *exacte au moment où elle est rapportée* et *contestée par la suite*. Comment une
#    rédaction, ou un élève, doit-il mettre à jour une vérification quand de nouveaux éléments apparaissent ?
#
# ## À retenir
# - Une vérification des faits est un tableau : chaque affirmation, son auteur, un verdict choisi dans une liste
#   fermée, la preuve et sa source.
# - L'article a vu juste sur l'essentiel, mais environ la moitié seulement de ses affirmations sont simplement
#   exactes : plusieurs sont imprécises (dates, attributions, nature juridique des mesures) et le nombre
#   d'utilisateurs est exagéré.
# - « Sans présenter de preuve » décrit les documents publics : le décret parlait de ce que TikTok ferait
#   « reportedly » (selon certaines informations) ; la décision présidentielle du 14 août invoquait des preuves
#   crédibles sans les montrer. L'absence de preuve publique n'est pas une preuve d'innocence.
# - En 2020, les tribunaux ont suspendu les mesures contre TikTok par des décisions de suspension provisoire
#   fondées sur les limites de la loi ; ils n'ont pas tranché la question de savoir si TikTok partageait des données.
#
# > **Glossaire**
# > - affirmation : *claim* ; vérification des faits : *fact-checking*
# > - décret : *executive order* (décret 13942 du 6 août 2020)
# > - décision présidentielle du 14 août 2020 : *presidential order* (prise en vertu de la section 721 du
# >   *Defense Production Act*, ce n'est pas un décret numéroté)
# > - suspension provisoire : *preliminary injunction* (décision d'un juge qui suspend une mesure en attendant le
# >   jugement au fond)
# > - action en justice : *lawsuit* ; plaignant : *plaintiff*
#
# ## Quiz

# %% en="25c1496576"
quiz.show("06-claims-and-evidence")
